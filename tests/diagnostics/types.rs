//! A value of the wrong type: the message names what was expected in the format's words, and
//! the hint shows how to write it.

use crate::{assert_error, rendered};

#[test]
fn type_title_is_a_number() {
    assert_error(
        "type_title_number",
        1,
        9,
        "wrong type: integer `5`, expected a string",
        Some("put text in quotes, e.g. `\"…\"`"),
    );
    assert_eq!(
        rendered("type_title_number"),
        "error: wrong type: integer `5`, expected a string\n --> type_title_number.toml:1:9\n  |\n1 | title = 5\n  |         ^\n  = help: put text in quotes, e.g. `\"…\"`\n"
    );
}

#[test]
fn type_key_is_a_string() {
    assert_error(
        "type_key_string",
        5,
        7,
        "wrong type: string \"yes\", expected a boolean",
        Some("write `true` or `false`"),
    );
}

#[test]
fn type_tags_is_a_string() {
    assert_error(
        "type_tags_string",
        5,
        8,
        "wrong type: string \"economy\", expected a list",
        Some("write a list in brackets, e.g. `[\"a\", \"b\"]`"),
    );
}

#[test]
fn regression_internal_struct_names_do_not_leak() {
    // Was: "wrong type: integer `30`, expected struct RawPoint", with a generic hint.
    assert_error(
        "type_baseline_number",
        9,
        12,
        "wrong type: integer `30`, expected a table",
        Some("write a table, e.g. `{ value = 33.6, date = 2020-12-31 }`"),
    );
}

#[test]
fn regression_single_bracket_section_suggests_double_brackets() {
    // Was: "wrong type: map, expected a sequence" with the hint to write `["a", "b"]`.
    assert_error(
        "type_section_single_brackets",
        3,
        1,
        "wrong type: a single table, expected a list of tables",
        Some("write `[[goals]]`, with double brackets, above each entry"),
    );
}

#[test]
fn regression_non_string_value_hint_is_not_about_quotes() {
    // Was: "write the figure without quotes" for `value = true`.
    assert_error(
        "type_value_boolean",
        8,
        9,
        "value must be a number, found boolean",
        Some("write a number, e.g. `value = 67.7`"),
    );
}

#[test]
fn target_is_a_string() {
    assert_error(
        "target_string",
        9,
        10,
        "target must be a number, a table or a list of tables, found string",
        Some("e.g. `target = 60` or `target = { at_least = 60, by = 2025-12-31 }`"),
    );
}
