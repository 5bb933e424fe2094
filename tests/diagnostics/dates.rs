//! Dates: impossible ones, ones with a time, and ones not written the TOML way (slashes, dots,
//! quotes, 年月日), which get the date back as TOML writes it.

use crate::{assert_error, rendered};

#[test]
fn impossible_date() {
    assert_error(
        "impossible_date",
        2,
        8,
        "`2021-02-30` is not a real date: expected day between 01 and 28",
        Some("check the day against the month's length"),
    );
    assert_eq!(
        rendered("impossible_date"),
        "error: `2021-02-30` is not a real date: expected day between 01 and 28\n --> impossible_date.toml:2:8\n  |\n2 | date = 2021-02-30\n  |        ^^^^^^^^^^\n  = help: check the day against the month's length\n"
    );
}

#[test]
fn regression_impossible_month_names_the_date() {
    // Was: "invalid date, expected month between 01 and 12", without the date or a hint.
    assert_error(
        "impossible_month",
        2,
        8,
        "`2021-13-01` is not a real date: expected month between 01 and 12",
        Some("months run from 01 to 12; write dates as YYYY-MM-DD"),
    );
}

#[test]
fn date_with_a_time() {
    assert_error(
        "date_with_time",
        5,
        7,
        "`2025-12-31T12:00:00` is not a plain date",
        Some("write a date as YYYY-MM-DD, without a time"),
    );
}

// ---- dates not written the TOML way ---------------------------------------------------------

#[test]
fn regression_a_date_with_slashes_gets_the_date_written_as_toml_writes_it() {
    // Was: "text must be quoted", whose hint led to a quoted date, another error.
    assert_error(
        "date_slashes",
        5,
        7,
        "`31/12/2025` is not written as a date",
        Some("write the date as 2025-12-31"),
    );
    assert_eq!(
        rendered("date_slashes"),
        "error: `31/12/2025` is not written as a date\n --> date_slashes.toml:5:7\n  |\n5 | due = 31/12/2025\n  |       ^^^^^^^^^^\n  = help: write the date as 2025-12-31\n"
    );
}

#[test]
fn regression_a_quoted_date_gets_the_date_without_quotes() {
    // Was: "wrong type: string \"31/12/2025\", expected a TOML datetime" and a generic help.
    assert_error(
        "date_quoted",
        5,
        7,
        "`\"31/12/2025\"` is text, not a date",
        Some("write the date as 2025-12-31, without quotes"),
    );
}

#[test]
fn regression_a_date_with_dots_is_one_value_not_a_number() {
    // Was: "unexpected `.31` after a number", about units.
    assert_eq!(
        rendered("date_dots"),
        "error: `2025.12.31` is not written as a date\n --> date_dots.toml:5:8\n  |\n5 | date = 2025.12.31\n  |        ^^^^^^^^^^\n  = help: write the date as 2025-12-31\n"
    );
}

#[test]
fn regression_a_chinese_date_gets_the_toml_date() {
    assert_eq!(
        rendered("date_cjk"),
        "error: `2025年12月31日` is not written as a date\n --> date_cjk.toml:2:8\n  |\n2 | date = 2025年12月31日\n  |        ^^^^^^^^^^^^^^\n  = help: write the date as 2025-12-31\n"
    );
}

#[test]
fn regression_a_date_that_reads_two_ways_says_so() {
    assert_error(
        "date_ambiguous",
        5,
        7,
        "`\"03/04/2025\"` is text, not a date",
        Some(
            "`03/04/2025` could be 3 April or 4 March: write the date as 2025-04-03 or 2025-03-04, without quotes",
        ),
    );
}

#[test]
fn regression_a_quoted_deadline_points_at_its_value_with_the_date() {
    // Was: "target `by` must be a date, found \"31/12/2025\"" under `by`, with `by = 2025-12-31`.
    assert_eq!(
        rendered("date_in_target"),
        "error: `\"31/12/2025\"` is text, not a date\n --> date_in_target.toml:9:32\n  |\n9 | target = { at_least = 60, by = \"31/12/2025\" }\n  |                                ^^^^^^^^^^^^\n  = help: write the date as 2025-12-31, without quotes\n"
    );
}
