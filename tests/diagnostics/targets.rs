//! Figures and targets: values that are not figures (NaN, inf, a number in quotes), and targets
//! that cannot be measured against (equal to the baseline, an empty range, two kinds at once).

use crate::{assert_error, rendered};

const NOT_A_FIGURE: &str = "nan and inf cannot be shown or compared; write the real number";

#[test]
fn nan_value() {
    assert_error(
        "value_nan",
        8,
        9,
        "value is NaN, which is not a figure",
        Some(NOT_A_FIGURE),
    );
}

#[test]
fn inf_baseline() {
    assert_error(
        "baseline_inf",
        9,
        22,
        "baseline is inf, which is not a figure",
        Some(NOT_A_FIGURE),
    );
}

#[test]
fn regression_inf_in_a_target_table_hint_is_not_about_quotes() {
    // Was: "write the figure without quotes", pointing at the whole target.
    assert_error(
        "target_inf",
        9,
        23,
        "target `at_least` must be a finite number, found -inf",
        Some(NOT_A_FIGURE),
    );
}

#[test]
fn target_equals_baseline() {
    assert_error(
        "target_equals_baseline",
        10,
        10,
        "the target equals the baseline (60)",
        Some("progress cannot be measured from a target to itself; check both values"),
    );
    // A two-digit line number widens the gutter.
    assert_eq!(
        rendered("target_equals_baseline"),
        "error: the target equals the baseline (60)\n  --> target_equals_baseline.toml:10:10\n   |\n10 | target = 60\n   |          ^^\n   = help: progress cannot be measured from a target to itself; check both values\n"
    );
}

#[test]
fn between_reversed() {
    assert_error(
        "between_reversed",
        9,
        22,
        "`between = [5, 4.5]` is empty",
        Some("put the lower bound first"),
    );
}

#[test]
fn regression_between_with_equal_bounds_is_not_called_reversed() {
    // Was: "`between = [5, 5]` is empty" with the hint "put the lower bound first".
    assert_error(
        "between_equal",
        9,
        22,
        "`between = [5, 5]` has no width",
        Some("for a single figure write `reach = 5` or `around = 5`"),
    );
}

#[test]
fn target_with_two_kinds() {
    assert_error(
        "target_two_kinds",
        9,
        10,
        "a target needs exactly one of `reach`, `at_least`, `at_most`, `around`, `between`, `down_by`, `up_by`",
        Some("e.g. `target = { at_least = 60, by = 2025-12-31 }`"),
    );
}

#[test]
fn tolerance_without_around() {
    assert_error(
        "target_tolerance_without_around",
        9,
        26,
        "`tolerance` only goes with `around`, `down_by` or `up_by`",
        Some("remove `tolerance`, or use `around`, `down_by` or `up_by`"),
    );
}

#[test]
fn a_quoted_number_in_a_target_table_of_its_own_has_the_caret_under_the_value() {
    // Was: the caret under the `[goals.metrics.target]` header.
    assert_eq!(
        rendered("target_table_number_in_quotes"),
        "error: target `at_least` must be a finite number, found \"12 million\"\n  --> target_table_number_in_quotes.toml:11:12\n   |\n11 | at_least = \"12 million\"\n   |            ^^^^^^^^^^^^\n   = help: write the number alone, in the metric's unit: `at_least = 12`, with `unit = \"million\"`\n"
    );
}

#[test]
fn regression_a_quoted_target_number_has_the_caret_under_the_value() {
    // Was: the caret under `at_least`.
    assert_eq!(
        rendered("target_number_in_quotes"),
        "error: target `at_least` must be a finite number, found \"12 million\"\n --> target_number_in_quotes.toml:9:23\n  |\n9 | target = { at_least = \"12 million\" }\n  |                       ^^^^^^^^^^^^\n  = help: write the number alone, in the metric's unit: `at_least = 12`, with `unit = \"million\"`\n"
    );
}
