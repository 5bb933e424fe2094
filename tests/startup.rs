//! What `brief` does before its screen opens (issue 11, items 1-3): what it opens with no
//! argument, a file that is not there, and no terminal to draw on. Each problem is a plain
//! message and exit 2, with no escape code written.

mod common;

use std::path::Path;
use std::process::Output;

use common::{Session, repo};

const BRIEFING: &str = "title = \"Here and now\"\ndate = 2026-10-01\nsummary = \"s\"\n";

/// `brief ARGS` in `cwd` with no terminal at all: standard input empty, output piped.
fn brief(args: &[&str], cwd: &Path) -> Output {
    common::cli::brief_in(args, cwd, &[])
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn with_no_argument_in_a_folder_without_briefings_it_says_how_to_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = brief(&[], dir.path());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "brief: no briefing here: no briefings/ folder and no .toml file in this folder
  start one:   brief new briefing.toml
  or open one: brief FILE.toml (or a folder of them)\n"
    );
    assert!(out.stdout.is_empty(), "nothing on standard output");
}

#[test]
fn with_no_argument_it_opens_the_toml_files_of_the_current_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("here.toml"), BRIEFING).expect("write");
    let mut s = Session::start(&[], 100, 30, dir.path(), &[]);
    let screen = s.wait_for("Here and now");
    assert!(
        !screen.contains("Platform team"),
        "not the bundled briefings of the build tree:\n{screen}"
    );
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn with_no_argument_briefings_folder_comes_before_the_current_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("loose.toml"), BRIEFING).expect("write");
    std::fs::create_dir(dir.path().join("briefings")).expect("mkdir");
    std::fs::write(
        dir.path().join("briefings/kept.toml"),
        BRIEFING.replace("Here and now", "Kept in briefings"),
    )
    .expect("write");
    let mut s = Session::start(&[], 100, 30, dir.path(), &[]);
    let screen = s.wait_for("Kept in briefings");
    assert!(!screen.contains("Here and now"), "{screen}");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn help_says_what_opens_with_no_argument() {
    let out = brief(&["--help"], repo());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(
        help.contains("[default: ./briefings/, else the .toml files here]"),
        "{help}"
    );
    assert!(help.contains("(brief new FILE)"), "{help}");
}

#[test]
fn a_file_that_is_not_there_is_an_error_with_the_nearest_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("team-q3.toml"), BRIEFING).expect("write");
    let out = brief(&["team-q4.toml"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "brief: team-q4.toml: no such file\n  did you mean `team-q3.toml`?\n"
    );
    let far = brief(&["budget.toml"], dir.path());
    assert_eq!(far.status.code(), Some(2));
    assert_eq!(
        stderr(&far),
        "brief: budget.toml: no such file\n  to start a new briefing there: brief new budget.toml\n"
    );
    let compare = brief(&["team-q3.toml", "--compare", "team-q2.toml"], dir.path());
    assert_eq!(compare.status.code(), Some(2));
    assert_eq!(
        stderr(&compare),
        "brief: team-q2.toml: no such file\n  did you mean `team-q3.toml`?\n"
    );
}

#[test]
fn without_a_terminal_it_says_what_to_use_instead_and_writes_no_escape_code() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("q3.toml"), BRIEFING).expect("write");
    for args in [
        &["q3.toml"][..],
        &["present", "q3.toml"],
        &["notes", "q3.toml"],
    ] {
        let out = brief(args, dir.path());
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}: no escape code on stdout");
        assert_eq!(
            stderr(&out),
            "brief: the screen needs a terminal, and standard input or output is not one (a pipe, a file, CI)
  to check a briefing: brief check q3.toml
  for a text handout:  brief export q3.toml --to md
  for what changed:    brief diff OLD q3.toml\n",
            "{args:?}"
        );
    }
}

#[test]
fn with_output_on_a_terminal_but_no_input_it_still_writes_no_escape_code() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("q3.toml"), BRIEFING).expect("write");
    let script = format!("'{}' q3.toml </dev/null", env!("CARGO_BIN_EXE_brief"));
    let mut s = Session::start_program("sh", &["-c", &script], 100, 30, dir.path(), &[]);
    assert_eq!(s.wait_exit(), 2);
    let output = String::from_utf8_lossy(&s.output()).into_owned();
    assert!(output.contains("the screen needs a terminal"), "{output:?}");
    assert!(!output.contains('\u{1b}'), "no escape code: {output:?}");
}
