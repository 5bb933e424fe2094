//! `brief new FILE` and `brief new FILE --from LAST` through the real binary (issue 13.2): the
//! template checks clean, nothing is written over a file, and the next meeting's briefing
//! keeps the last one's text, moves each figure into its history and compares at once.

mod common;

use std::path::Path;
use std::process::Output;

use brief::compare::compare;
use brief::load::load_file;
use brief::model::{Briefing, Value};
use chrono::NaiveDate;

use common::cli::brief_in as brief;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn load(path: &Path) -> Briefing {
    match load_file(path, today()) {
        Ok(loaded) => loaded.briefing,
        Err(e) => panic!("{e:#?}"),
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn new_writes_a_template_that_checks_with_no_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = brief(&["new", "q4.toml"], dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let nested = brief(&["new", "briefings/q1.toml"], dir.path(), &[]);
    assert_eq!(
        nested.status.code(),
        Some(0),
        "the folder is made: {}",
        text(&nested.stderr)
    );
    std::fs::remove_dir_all(dir.path().join("briefings")).expect("clean");
    assert_eq!(
        text(&out.stdout),
        "wrote q4.toml\n  next: edit it, check it with `brief check q4.toml`, present it with `brief q4.toml`\n"
    );
    let written = std::fs::read_to_string(dir.path().join("q4.toml")).expect("written");
    assert!(written.starts_with("#:schema ./briefing.schema.json\n"));
    assert!(written.contains("brief schema > briefing.schema.json"));
    assert!(written.contains(&format!("\ndate = {}", today())));
    assert!(written.contains("language = \"en\""));
    let check = brief(&["check", "q4.toml"], dir.path(), &[]);
    assert_eq!(
        text(&check.stdout),
        "checked 1 file: 1 clean, 0 with errors (0 errors, 0 warnings)\n"
    );
    let b = load(&dir.path().join("q4.toml"));
    assert_eq!(
        [b.goals.len(), b.achievements.len(), b.challenges.len()],
        [1, 1, 1]
    );
    assert_eq!(names(dir.path()), ["q4.toml"], "no temporary file left");
}

#[test]
fn new_speaks_the_language_of_the_locale_unless_told() {
    let dir = tempfile::tempdir().expect("temp dir");
    let zh = brief(&["new", "zh.toml"], dir.path(), &[("LANG", "zh_CN.UTF-8")]);
    assert_eq!(zh.status.code(), Some(0));
    let b = load(&dir.path().join("zh.toml"));
    assert_eq!(b.meta.title, "工作汇报");
    assert_eq!(b.section_name(brief::model::Section::Goals), "奋斗目标");
    let en = brief(
        &["new", "en.toml", "--lang", "en"],
        dir.path(),
        &[("LC_ALL", "zh_CN.UTF-8")],
    );
    assert_eq!(en.status.code(), Some(0));
    assert_eq!(load(&dir.path().join("en.toml")).meta.title, "Team review");
    let check = brief(&["check", "zh.toml", "en.toml"], dir.path(), &[]);
    assert!(text(&check.stdout).ends_with("(0 errors, 0 warnings)\n"));
}

#[test]
fn new_never_writes_over_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("q4.toml"), "mine").expect("write");
    for args in [
        &["new", "q4.toml"][..],
        &["new", "q4.toml", "--from", "q4.toml"],
    ] {
        let out = brief(args, dir.path(), &[]);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(
            text(&out.stderr),
            "brief: q4.toml already exists, and brief new never writes over a file\n  pick another name, or move the old file away first\n"
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("q4.toml")).expect("read"),
        "mine"
    );
    assert_eq!(names(dir.path()), ["q4.toml"]);
}

/// The format example uses every key: its comments and number spellings must survive.
fn example_and_next(fresh: bool) -> (tempfile::TempDir, String, String, Output) {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-example.toml");
    let last = std::fs::read_to_string(fixture).expect("fixture");
    std::fs::write(dir.path().join("last.toml"), &last).expect("write");
    let mut args = vec!["new", "next.toml", "--from", "last.toml"];
    if fresh {
        args.push("--fresh");
    }
    let out = brief(&args, dir.path(), &[]);
    let next = std::fs::read_to_string(dir.path().join("next.toml")).unwrap_or_default();
    (dir, last, next, out)
}

#[test]
fn new_from_last_keeps_its_text_and_moves_each_figure_into_history() {
    let (dir, last, next, out) = example_and_next(false);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        format!(
            "wrote next.toml from last.toml: dated {}, 7 goals carried, 8 figures kept in history; achievements and challenges carried commented out at the end\n  next: edit it, check it with `brief check next.toml`, present it with `brief next.toml`\n",
            today()
        )
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("last.toml")).expect("read"),
        last,
        "the last briefing is untouched"
    );
    assert_eq!(names(dir.path()), ["last.toml", "next.toml"]);
    // The date moves to today, the comment beside it stays.
    assert!(next.contains(&format!(
        "date = {}          # the meeting; every figure below is computed as of this day",
        today()
    )));
    // A goal without an id gets the one derived from its title, so a new title keeps it.
    assert!(next.contains(
        "[[goals]]                  # no id: it is derived from the title, \"create-jobs-keep-unemployment-low\"\nid = \"create-jobs-keep-unemployment-low\"\ntitle = \"Create jobs"
    ));
    // The value stays, spelt as written, with its date; history gains it.
    assert!(next.contains(
        "  # 2021-03-01's figure, kept in history: write this meeting's value and as_of\n  value = 2_600            # shown as 2600\n  as_of = 2021-03-01\n"
    ), "{next}");
    assert!(next.contains("  history = [{ value = 2_600, date = 2021-03-01 }]\n"));
    assert!(next.contains("  history = [{ value = 14_210, date = 2021-03-01 }]\n"));
    assert!(next.contains("{ value = 38, date = 2020-12-31 }, { value = 38, date = 2021-03-01 }]"));
    // Achievements and challenges, commented out at the end, uncomment back to the original.
    let (_, block) = next
        .split_once("# ── Carried from the last briefing (2021-03-01), commented out")
        .expect("block");
    assert!(block.contains("\n# [[achievements]]\n# title = \"Poverty eliminated\"\n"));
    assert!(block.contains("\n#   value = 38.74            # shown as written: 38.74\n"));
    assert!(
        !next
            .lines()
            .any(|l| l.starts_with("[[achievements") || l.starts_with("[[challenges"))
    );
    let check = brief(&["check", "next.toml"], dir.path(), &[]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
    assert!(text(&check.stdout).contains("1 clean, 0 with errors (0 errors,"));
}

#[test]
fn new_from_last_compares_with_it_at_once() {
    let (dir, _, _, out) = example_and_next(false);
    assert_eq!(out.status.code(), Some(0));
    let (last, next) = (
        load(&dir.path().join("last.toml")),
        load(&dir.path().join("next.toml")),
    );
    let c = compare(&last, &next);
    assert!(c.new_items.is_empty());
    assert!(
        !c.metrics.iter().any(|m| m.is_changed()),
        "every figure reads unchanged until the new ones are written: {:#?}",
        c.metrics
    );
    assert_eq!(
        c.gone_items.len(),
        5,
        "the commented-out achievements and challenges"
    );
    let gdp = &next
        .goals
        .iter()
        .find(|g| g.id == "gdp-60")
        .expect("gdp")
        .metrics[0];
    assert!(matches!(&gdp.value, Some(Value::Number(n)) if n.value == 33.6));
    let fresh = example_and_next(true);
    assert_eq!(fresh.3.status.code(), Some(0));
    assert!(
        !fresh.2.contains("Poverty eliminated"),
        "--fresh drops them"
    );
    assert!(text(&fresh.3.stdout).contains("8 figures kept in history\n"));
}

#[test]
fn new_from_a_file_that_is_not_there_or_is_broken_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("q3.toml"),
        "title = \"t\"\nsumary = \"s\"\n",
    )
    .expect("write");
    let missing = brief(&["new", "q4.toml", "--from", "q2.toml"], dir.path(), &[]);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(
        text(&missing.stderr),
        "brief: q2.toml: no such file\n  did you mean `q3.toml`?\n"
    );
    let broken = brief(&["new", "q4.toml", "--from", "q3.toml"], dir.path(), &[]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(text(&broken.stderr).contains("error: unknown key `sumary`"));
    assert_eq!(names(dir.path()), ["q3.toml"]);
}

/// Every briefing the loader accepts carries over into one it accepts too, with the same
/// goals and every numeric goal figure unchanged: the bundled briefings, the format example
/// and the test fixtures that load (some with warnings).
#[test]
fn every_loadable_briefing_carries_over_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = ["briefings", "tests/fixtures", "tests/fixtures/errors"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root.join(d)).expect("list"))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let today = NaiveDate::from_ymd_opt(2027, 1, 15).expect("date");
    let mut carried = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read");
        let Ok(last) = brief::load::load_str(&text, &file, today) else {
            continue;
        };
        for fresh in [false, true] {
            let next = brief::new::next_briefing(&text, &last.briefing, today, fresh)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let loaded = brief::load::load_str(&next.text, &file, today)
                .unwrap_or_else(|e| panic!("{}:\n{}\n{e:#?}", file.display(), next.text));
            let c = compare(&last.briefing, &loaded.briefing);
            assert!(
                c.metrics.iter().all(|m| !m.is_changed()),
                "{}: {:#?}",
                file.display(),
                c.metrics
            );
            assert_eq!(loaded.briefing.goals.len(), last.briefing.goals.len());
            assert_eq!(loaded.briefing.meta.date, today);
        }
        carried += 1;
    }
    assert!(
        carried >= 3,
        "the bundled briefings and the example at least"
    );
}
