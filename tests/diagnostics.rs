//! One test per mistake a person can make in a briefing file: each asserts the exact line,
//! column, message and hint, and some the whole rendered report, caret line included.
//!
//! The files live in `tests/fixtures/errors/`, one small file per mistake; cases that need
//! bytes a text file cannot hold (not UTF-8, over the size limit) are written to a temp file.

mod common;

use std::path::{Path, PathBuf};

use brief::diagnostic::Diagnostic;
use brief::load::{MAX_FILE_BYTES, load_file, load_str};
use chrono::NaiveDate;

fn today() -> NaiveDate {
    common::date(2024, 6, 1)
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/errors")
}

fn fixture(name: &str) -> PathBuf {
    fixtures().join(format!("{name}.toml"))
}

/// Every error the fixture produces, loaded through the real file path.
fn errors(name: &str) -> Vec<Diagnostic> {
    match load_file(&fixture(name), today()) {
        Ok(loaded) => panic!("{name}.toml loaded, with warnings {:#?}", loaded.warnings),
        Err(errors) => errors,
    }
}

/// Asserts that the fixture fails with exactly one error, at `line`:`column`, saying
/// `message` and suggesting `hint`.
fn assert_error(
    name: &str,
    line: usize,
    column: usize,
    message: &str,
    hint: Option<&str>,
) -> Diagnostic {
    let mut all = errors(name);
    let rendered: String = all.iter().map(Diagnostic::render).collect();
    assert_eq!(
        all.len(),
        1,
        "expected one error from {name}.toml:\n{rendered}"
    );
    let d = all.remove(0);
    assert!(d.is_error(), "{rendered}");
    assert_eq!(d.file, fixture(name));
    assert_eq!(
        (d.line, d.column, d.message.as_str(), d.hint.as_deref()),
        (line, column, message, hint),
        "\n{rendered}"
    );
    d
}

/// The rendered report for text loaded under the short name `NAME.toml`.
fn rendered(name: &str) -> String {
    let text = std::fs::read_to_string(fixture(name)).expect("fixture is readable");
    match load_str(&text, Path::new(&format!("{name}.toml")), today()) {
        Ok(_) => panic!("{name}.toml loaded"),
        Err(errors) => errors
            .iter()
            .map(Diagnostic::render)
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// A file under the system temp dir that is removed when dropped, even if the test fails.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str) -> TempFile {
        TempFile(
            std::env::temp_dir().join(format!("brief-diagnostics-{}-{name}", std::process::id())),
        )
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn every_error_fixture_fails_to_load() {
    let mut names: Vec<_> = std::fs::read_dir(fixtures())
        .expect("fixtures dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    names.sort();
    assert!(names.len() >= 40, "{names:?}");
    for path in names {
        let errors = load_file(&path, today())
            .err()
            .unwrap_or_else(|| panic!("{} loaded", path.display()));
        for d in &errors {
            assert!(!d.message.is_empty());
            assert!(
                d.line > 0 || d.message.contains("empty"),
                "{} has no position:\n{}",
                path.display(),
                d.render()
            );
        }
    }
}

// ---- TOML syntax ----------------------------------------------------------------------------

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

// ---- wrong type -----------------------------------------------------------------------------

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

// ---- dates ----------------------------------------------------------------------------------

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

// ---- ids and references ---------------------------------------------------------------------

#[test]
fn duplicate_ids() {
    assert_error(
        "duplicate_id",
        8,
        6,
        "duplicate id `gdp`",
        Some("`gdp` is already used at line 4; ids must be unique"),
    );
}

#[test]
fn regression_duplicate_of_a_derived_id_names_its_line() {
    // Was: "another item's title already gives the id `gdp`; choose another", without saying which.
    assert_error(
        "duplicate_derived_id",
        7,
        6,
        "duplicate id `gdp`",
        Some("the item at line 4 gets the id `gdp` from its title; give one of them another `id`"),
    );
}

#[test]
fn threatens_a_missing_id() {
    assert_error(
        "threatens_missing_id",
        9,
        14,
        "no goal has the id `grow-gpd`",
        Some("did you mean `grow-gdp`?"),
    );
}

#[test]
fn threatens_something_that_is_not_a_goal() {
    assert_error(
        "threatens_not_a_goal",
        9,
        14,
        "`roads` is one of the achievements, not a goal",
        Some("`threatens` lists the ids of goals"),
    );
}

// ---- numbers and targets --------------------------------------------------------------------

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

// ---- fields and names -----------------------------------------------------------------------

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

#[test]
fn regression_unknown_status_suggests_the_close_one() {
    // Was: only the list of statuses, where `ontrack` is one space away from `on track`.
    assert_error(
        "unknown_status",
        5,
        10,
        "unknown status `ontrack`",
        Some("did you mean `on track`?"),
    );
}

#[test]
fn unknown_severity() {
    assert_error(
        "unknown_severity",
        5,
        12,
        "unknown severity `hgih`",
        Some("did you mean `high`?"),
    );
}

#[test]
fn unknown_language() {
    assert_error(
        "unknown_language",
        2,
        12,
        "unknown language `fr`, expected `en` or `zh`",
        Some("use `en` or `zh`"),
    );
}

#[test]
fn unknown_better() {
    assert_error(
        "unknown_better",
        9,
        10,
        "`better` must be `higher` or `lower`, not `lowr`",
        Some("did you mean `lower`?"),
    );
}

// ---- whole-file problems --------------------------------------------------------------------

const EMPTY_HINT: &str = "a briefing needs at least `title = \"…\"`";

#[test]
fn empty_file() {
    assert_error("empty", 0, 0, "the file is empty", Some(EMPTY_HINT));
    assert_eq!(
        rendered("empty"),
        format!("error: the file is empty\n --> empty.toml\n  = help: {EMPTY_HINT}\n")
    );
}

#[test]
fn whitespace_only_file() {
    assert_error(
        "whitespace_only",
        0,
        0,
        "the file is empty",
        Some(EMPTY_HINT),
    );
}

#[test]
fn regression_non_utf8_file_names_the_byte_offset_line_and_column() {
    // Was: the offset only, with no line or column.
    let bytes = b"title = \"Q3\"\nsummary = \"caf\xe9 au lait\"\n";
    let offset = bytes.iter().position(|&b| b == 0xe9).expect("the bad byte");
    assert_eq!(offset, 27);
    let file = TempFile::new("latin1.toml");
    std::fs::write(&file.0, bytes).expect("write temp file");
    let errors = load_file(&file.0, today()).expect_err("not UTF-8");
    assert_eq!(errors.len(), 1);
    let d = &errors[0];
    assert_eq!(
        (d.line, d.column, d.message.as_str(), d.hint.as_deref()),
        (
            2,
            15,
            "the file is not UTF-8 text: invalid byte at offset 27",
            Some("save the file as UTF-8 in your editor")
        )
    );
    let expected = format!(
        "error: the file is not UTF-8 text: invalid byte at offset 27\n --> {}:2:15\n  |\n2 | summary = \"caf\u{FFFD} au lait\"\n  |               ^\n  = help: save the file as UTF-8 in your editor\n",
        file.0.display()
    );
    assert_eq!(d.render(), expected);
}

#[test]
fn file_over_the_size_limit() {
    let file = TempFile::new("huge.toml");
    let handle = std::fs::File::create(&file.0).expect("create temp file");
    handle.set_len(MAX_FILE_BYTES + 1).expect("sparse file");
    drop(handle);
    let errors = load_file(&file.0, today()).expect_err("too large");
    assert_eq!(errors.len(), 1);
    let d = &errors[0];
    assert_eq!(
        (d.line, d.column, d.message.as_str(), d.hint.as_deref()),
        (
            0,
            0,
            "the file is 16777217 bytes, over the 16 MiB limit for a briefing",
            Some("split the briefing, or check that this is the right file")
        )
    );
    assert_eq!(
        d.render(),
        format!(
            "error: the file is 16777217 bytes, over the 16 MiB limit for a briefing\n --> {}\n  = help: split the briefing, or check that this is the right file\n",
            file.0.display()
        )
    );
}

#[test]
fn missing_file() {
    let errors =
        load_file(Path::new("tests/fixtures/no-such-briefing.toml"), today()).expect_err("missing");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].message.starts_with("cannot read the file: "),
        "{}",
        errors[0].message
    );
    assert_eq!(errors[0].line, 0);
}

#[test]
fn directory_is_not_a_briefing() {
    let errors = load_file(&fixtures(), today()).expect_err("directory");
    assert_eq!(
        errors[0].message,
        "this is a directory, not a briefing file"
    );
}

// ---- several problems at once ---------------------------------------------------------------

#[test]
fn regression_every_semantic_error_is_reported_at_once_in_file_order() {
    // Was: reported in the order they were found (the `severity` at line 12 before the
    // duplicate id at line 10).
    let found: Vec<(usize, usize, String)> = errors("many_errors")
        .into_iter()
        .map(|d| (d.line, d.column, d.message))
        .collect();
    let expected = [
        (2, 12, "unknown language `fr`, expected `en` or `zh`"),
        (6, 9, "the title is empty"),
        (7, 7, "`2025-12-31T12:00:00` is not a plain date"),
        (10, 6, "duplicate id `gdp`"),
        (12, 12, "`severity` belongs to challenges, not goals"),
        (17, 22, "baseline must be a number, found string"),
        (21, 14, "no goal has the id `gpd`"),
    ];
    let expected: Vec<(usize, usize, String)> = expected
        .into_iter()
        .map(|(l, c, m)| (l, c, m.to_owned()))
        .collect();
    assert_eq!(found, expected);
}

// ---- warnings -------------------------------------------------------------------------------

const WARNINGS: &str = r#"title = "Q3 review"
date = 2024-06-01

[[goals]]
title = "Ship the app"
due = 2024-03-31
summary = "Late and not done."

[[goals]]
title = "Shipped early"
due = 2024-03-31
status = "done"
summary = "Past due but done: no warning."

[[goals]]
title = "Grow GDP"
summary = "A target past its deadline without a figure."

[[goals.metrics]]
label = "GDP"
target = { reach = 60, by = 2024-03-31 }

[[goals]]
title = "Plan"
summary = "A target still ahead without a figure is a plan: no warning."

[[goals.metrics]]
label = "Deficit ratio"
unit = "%"
target = { around = 3.5, period = "2024" }

[[achievements]]
title = "Roads built"
"#;

#[test]
fn warnings_do_not_fail_the_load() {
    let loaded = load_str(WARNINGS, Path::new("w.toml"), today()).expect("warnings only");
    let found: Vec<_> = loaded
        .warnings
        .iter()
        .map(|d| {
            (
                d.is_error(),
                d.line,
                d.column,
                d.message.as_str(),
                d.hint.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                false,
                4,
                1,
                "goal `ship-the-app` was due 2024-03-31 and is not done",
                Some("set `status = \"done\"` if it is, or move `due` to the new date")
            ),
            (
                false,
                19,
                1,
                "metric `GDP` has a target due 2024-03-31 but no value",
                Some("add the result with `value = …` (and its `period`)")
            ),
            (
                false,
                32,
                1,
                "`roads-built` has nothing beyond its title",
                Some("add a `summary`, `details` or `metrics` so there is something to present")
            ),
        ]
    );
    assert_eq!(
        loaded.warnings[0].render(),
        "warning: goal `ship-the-app` was due 2024-03-31 and is not done\n --> w.toml:4:1\n  |\n4 | [[goals]]\n  | ^^^^^^^^^\n  = help: set `status = \"done\"` if it is, or move `due` to the new date\n"
    );
}

#[test]
fn a_goal_whose_metrics_are_all_met_is_not_overdue() {
    let text = "title = \"Q3\"\ndate = 2024-06-01\n\n[[goals]]\ntitle = \"Hire\"\ndue = 2024-03-31\n\n[[goals.metrics]]\nlabel = \"Hires\"\nvalue = 12\ntarget = { at_least = 10 }\n";
    let loaded = load_str(text, Path::new("w.toml"), today()).expect("loads");
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
}

#[test]
fn warnings_use_the_briefing_date_not_today() {
    // Due after the briefing date but before `today()`: not overdue at the meeting.
    let text = "title = \"Q3\"\ndate = 2024-01-01\n\n[[goals]]\ntitle = \"Ship\"\ndue = 2024-03-31\nsummary = \"s\"\n";
    let loaded = load_str(text, Path::new("w.toml"), today()).expect("loads");
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
}

#[test]
fn a_clean_briefing_has_no_diagnostics() {
    let text = r#"title = "Q3 review"
date = 2024-06-01

[[goals]]
id = "gdp"
title = "Grow GDP"
due = 2025-12-31

[[goals.metrics]]
label = "GDP"
unit = "亿元"
value = 33.6
as_of = 2020-12-31
target = { at_least = 60, by = 2025-12-31 }
annual_growth = 5.2

[[challenges]]
title = "Weak demand"
severity = "high"
threatens = ["gdp"]
mitigation = ["Invest in roads"]
"#;
    let loaded = load_str(text, Path::new("ok.toml"), today()).expect("loads");
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
}

#[cfg(target_os = "linux")]
#[test]
fn regression_endless_special_file_is_refused_before_reading() {
    // `/dev/zero` reports a length of 0; reading it used to go on until memory ran out, then
    // until the size limit. A device is not a briefing: it is refused without a read.
    let errors = load_file(Path::new("/dev/zero"), today()).expect_err("endless");
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].message,
        "this is a character device, not a briefing file"
    );
}

#[test]
fn regression_unknown_reference_hint_lists_a_few_goal_ids_not_all() {
    // Was: every goal id of the file in one hint, however many.
    let mut text = String::from("title = \"Q3\"\n");
    for i in 0..10 {
        text.push_str(&format!(
            "\n[[goals]]\nid = \"goal{i}\"\ntitle = \"G{i}\"\nsummary = \"s\"\n"
        ));
    }
    text.push_str("\n[[challenges]]\ntitle = \"C\"\nsummary = \"s\"\nthreatens = [\"zzz\"]\n");
    let errors = load_str(&text, Path::new("r.toml"), today()).expect_err("unknown id");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].message, "no goal has the id `zzz`");
    assert_eq!(
        errors[0].hint.as_deref(),
        Some(
            "known goal ids: `goal0`, `goal1`, `goal2`, `goal3`, `goal4`, `goal5`, `goal6`, `goal7`, and 2 more"
        )
    );
}

#[test]
fn unknown_reference_without_any_goal() {
    let text =
        "title = \"Q3\"\n\n[[challenges]]\ntitle = \"C\"\nsummary = \"s\"\nthreatens = [\"gdp\"]\n";
    let errors = load_str(text, Path::new("r.toml"), today()).expect_err("no goals");
    assert_eq!(
        (errors[0].line, errors[0].column, errors[0].hint.as_deref()),
        (
            6,
            14,
            Some("there are no goals; `threatens` lists the ids of goals")
        )
    );
}

#[test]
fn a_reference_to_a_goal_with_a_derived_id_resolves() {
    let text = "title = \"Q3\"\n\n[[goals]]\ntitle = \"Grow GDP\"\nsummary = \"s\"\n\n[[challenges]]\ntitle = \"C\"\nsummary = \"s\"\nthreatens = [\"grow-gdp\"]\n";
    let loaded = load_str(text, Path::new("r.toml"), today()).expect("resolves");
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
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

// ---- Errors that used to lead nowhere -------------------------------------------------------

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

#[test]
fn regression_metrics_before_their_goal_are_reported_at_their_header() {
    // Was: "duplicate key `goals`" at the later `[[goals]]`, "keep only one of them".
    assert_eq!(
        rendered("metrics_before_goal"),
        "error: `[[goals.metrics]]` has no goal above it to belong to\n --> metrics_before_goal.toml:3:1\n  |\n3 | [[goals.metrics]]\n  | ^^^^^^^^^^^^^^^^^\n  = help: a metric belongs to the item above it: add a `[[goals]]` item, with its `title`, above this line\n"
    );
}

#[test]
fn regression_achievement_metrics_pasted_under_a_goal_name_the_goal() {
    // Was: "duplicate key `achievements`" at the `[[achievements]]` four lines further down.
    assert_error(
        "metrics_pasted_under_goal",
        7,
        1,
        "`[[achievements.metrics]]` has no achievement above it to belong to",
        Some(
            "it sits under the goal at line 3: write `[[goals.metrics]]` to give the metric to that goal, or move it under an achievement",
        ),
    );
}

#[test]
fn regression_a_metric_under_another_sections_item_is_not_silently_moved() {
    // Was: no error; the figure went to the goal at line 3, far above the challenge it sits under.
    assert_eq!(
        rendered("metrics_under_other_section"),
        "error: `[[goals.metrics]]` is under the challenge at line 7, but adds its metric to the goal `Grow GDP` at line 3\n  --> metrics_under_other_section.toml:11:1\n   |\n11 | [[goals.metrics]]\n   | ^^^^^^^^^^^^^^^^^\n   = help: write `[[challenges.metrics]]` to give the metric to the challenge, or move it under the goal\n"
    );
}

#[test]
fn regression_a_quoted_target_number_has_the_caret_under_the_value() {
    // Was: the caret under `at_least`.
    assert_eq!(
        rendered("target_number_in_quotes"),
        "error: target `at_least` must be a finite number, found \"12 million\"\n --> target_number_in_quotes.toml:9:23\n  |\n9 | target = { at_least = \"12 million\" }\n  |                       ^^^^^^^^^^^^\n  = help: write the figure without quotes\n"
    );
}

#[test]
fn regression_a_duplicate_id_is_listed_once_in_a_knock_on_hint() {
    // Was: "known goal ids: `gdp`, `gdp`".
    let found: Vec<(usize, usize, String, Option<String>)> = errors("duplicate_id_knock_on")
        .into_iter()
        .map(|d| (d.line, d.column, d.message, d.hint))
        .collect();
    assert_eq!(
        found,
        [
            (
                9,
                6,
                "duplicate id `gdp`".to_owned(),
                Some("`gdp` is already used at line 4; ids must be unique".to_owned())
            ),
            (
                16,
                14,
                "no goal has the id `exports`".to_owned(),
                Some("known goal ids: `gdp`".to_owned())
            ),
        ]
    );
}
