//! TOML syntax errors, and the excerpt of a line too long to print whole.

use std::path::Path;

use brief::load::load_str;

use crate::{assert_error, rendered, today};

#[test]
fn syntax_unclosed_header() {
    assert_error(
        "syntax_unclosed_header",
        3,
        9,
        "unclosed array table, expected `]`",
        None,
    );
    assert_eq!(
        rendered("syntax_unclosed_header"),
        "error: unclosed array table, expected `]`\n --> syntax_unclosed_header.toml:3:9\n  |\n3 | [[goals]\n  |         ^\n"
    );
}

#[test]
fn syntax_unterminated_string() {
    assert_error(
        "syntax_unterminated_string",
        1,
        19,
        "invalid basic string, expected `\"`",
        None,
    );
}

#[test]
fn syntax_bare_string_must_be_quoted() {
    assert_error(
        "syntax_bare_string",
        2,
        13,
        "text must be quoted",
        Some("write `\"Ann\"`"),
    );
}

#[test]
fn regression_bare_yes_suggests_a_boolean() {
    assert_error(
        "syntax_bare_yes",
        5,
        7,
        "text must be quoted",
        Some("write `true` or `false` for a yes/no key, or `\"yes\"` for text"),
    );
}

#[test]
fn regression_duplicate_key_names_the_key() {
    assert_error(
        "syntax_duplicate_key",
        2,
        1,
        "duplicate key `title`",
        Some("`title` is already set in this table; keep only one of them"),
    );
}

#[test]
fn regression_unit_written_in_the_value_is_explained() {
    assert_error(
        "syntax_unit_in_value",
        8,
        13,
        "unexpected `亿` after a number",
        Some(
            "a figure is a bare number: put the unit in `unit`, e.g. `value = 67.7` and `unit = \"亿元\"`",
        ),
    );
    // The marker sits under the wide character and is as wide as it.
    assert!(rendered("syntax_unit_in_value").contains("8 | value = 67.7亿\n  |             ^^\n"));
}

#[test]
fn regression_thousands_comma_is_explained() {
    assert_error(
        "syntax_thousands_comma",
        8,
        10,
        "unexpected `,` after a value",
        Some("write numbers without commas (`_` may group digits, e.g. `1_332`); one key per line"),
    );
}

// ---- Long lines -----------------------------------------------------------------------------

#[test]
fn regression_a_long_line_is_shown_as_a_window_around_the_column() {
    // Was: the whole 2 MB line of brackets, printed for one error.
    let text = format!("title = \"t\"\nx = {}\n", "[".repeat(2_000_000));
    let errors = load_str(&text, Path::new("long.toml"), today()).expect_err("too deep");
    let bar = "[".repeat(98);
    assert_eq!(
        errors[0].render(),
        format!(
            "error: cannot recurse further; max recursion depth met\n --> long.toml:2:85\n  |\n2 | …{bar}…\n  |                                ^\n"
        )
    );
}

#[test]
fn regression_the_window_keeps_the_caret_under_wide_characters() {
    let text = format!(
        "title = \"{}\" 错误{}\n",
        "地区生产总值".repeat(30),
        "标题".repeat(40)
    );
    let errors = load_str(&text, Path::new("cjk.toml"), today()).expect_err("junk after");
    assert_eq!(
        errors[0].render(),
        format!(
            "error: unexpected key or value, expected newline, `#`\n --> cjk.toml:1:192\n  |\n1 | …总值{}\" 错误{}…\n  |                                ^\n",
            "地区生产总值".repeat(2),
            "标题".repeat(16)
        )
    );
}

#[test]
fn regression_a_too_deep_dotted_key_has_a_line() {
    // Was: "recursion limit", with no line, column or hint.
    assert_error(
        "syntax_deep_dotted_key",
        2,
        1,
        "a dotted key with more than 80 parts",
        Some("a briefing's keys have a few parts at most, e.g. `goals.metrics`"),
    );
    let shown = "a.".repeat(49);
    assert_eq!(
        rendered("syntax_deep_dotted_key"),
        format!(
            "error: a dotted key with more than 80 parts\n --> syntax_deep_dotted_key.toml:2:1\n  |\n2 | {shown}…\n  | ^\n  = help: a briefing's keys have a few parts at most, e.g. `goals.metrics`\n"
        )
    );
}
