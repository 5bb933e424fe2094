//! Keys: a required one missing, an unknown one (with the key it was probably meant to be), or
//! one that belongs to another section.

use crate::{assert_error, rendered};

// ---- missing required field -----------------------------------------------------------------

#[test]
fn missing_briefing_title() {
    assert_error(
        "missing_title",
        1,
        1,
        "missing required key `title`",
        Some("add `title = …` at the top of the file, above the first `[…]` header"),
    );
}

#[test]
fn missing_item_title() {
    assert_error(
        "missing_item_title",
        3,
        1,
        "missing required key `title`",
        Some("add `title = …` to this table"),
    );
    assert_eq!(
        rendered("missing_item_title"),
        "error: missing required key `title`\n --> missing_item_title.toml:3:1\n  |\n3 | [[goals]]\n  | ^^^^^^^^^\n  = help: add `title = …` to this table\n"
    );
}

#[test]
fn missing_metric_label() {
    assert_error(
        "missing_metric_label",
        6,
        1,
        "missing required key `label`",
        Some("add `label = …` to this table"),
    );
}

// ---- unknown keys ---------------------------------------------------------------------------

#[test]
fn unknown_key_taget_in_a_metric() {
    assert_error(
        "unknown_key_taget",
        9,
        1,
        "unknown key `taget`",
        Some("did you mean `target`?"),
    );
    assert_eq!(
        rendered("unknown_key_taget"),
        "error: unknown key `taget`\n --> unknown_key_taget.toml:9:1\n  |\n9 | taget = 60\n  | ^^^^^\n  = help: did you mean `target`?\n"
    );
}

#[test]
fn unknown_key_presentor_at_the_top() {
    assert_error(
        "unknown_key_presentor",
        2,
        1,
        "unknown key `presentor`",
        Some("did you mean `presenter`?"),
    );
}

#[test]
fn unknown_key_at_lest_in_a_target() {
    // Regression: the error used to point at the `{` of the whole target, column 10.
    assert_error(
        "unknown_key_at_lest",
        9,
        12,
        "unknown key `at_lest` in target",
        Some("did you mean `at_least`?"),
    );
    assert_eq!(
        rendered("unknown_key_at_lest"),
        "error: unknown key `at_lest` in target\n --> unknown_key_at_lest.toml:9:12\n  |\n9 | target = { at_lest = 60, by = 2025-12-31 }\n  |            ^^^^^^^\n  = help: did you mean `at_least`?\n"
    );
}

#[test]
fn unknown_key_in_a_baseline() {
    assert_error(
        "unknown_key_in_baseline",
        9,
        26,
        "unknown key `dat`",
        Some("did you mean `date`?"),
    );
}

#[test]
fn regression_caret_lines_up_under_tab_indented_keys() {
    // The excerpt shows a tab as four spaces; the caret used to stay one column in.
    assert_error(
        "tab_indented",
        8,
        2,
        "unknown key `taget`",
        Some("did you mean `target`?"),
    );
    assert_eq!(
        rendered("tab_indented"),
        "error: unknown key `taget`\n --> tab_indented.toml:8:2\n  |\n8 |     taget = 60\n  |     ^^^^^\n  = help: did you mean `target`?\n"
    );
}

// ---- a key of another section ---------------------------------------------------------------

#[test]
fn field_in_the_wrong_section() {
    assert_error(
        "field_in_wrong_section",
        5,
        12,
        "`severity` belongs to challenges, not goals",
        Some("remove `severity` from this item, or move the item to [[challenges]]"),
    );
}
