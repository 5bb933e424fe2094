//! `brief check` run as a real process: exit status 0 clean, 1 errors, 2 bad usage, and
//! `--format json` for tools.

mod common;

use std::path::Path;
use std::process::Output;

const CLEAN: &str = r#"title = "Q3 review"
date = 2024-06-01

[[goals]]
id = "p99"
title = "Cut p99 latency"
summary = "Below 200 ms by the end of the year."

[[goals.metrics]]
label = "p99 latency"
unit = "ms"
value = 250
baseline = { value = 300, date = 2024-01-01 }
target = { at_most = 200, by = 2024-12-31 }
"#;

const BROKEN: &str = r#"title = "Q3 review"

[[goals]]
title = "Cut p99 latency"

[[goals.metrics]]
label = "p99 latency"
value = 250
taget = 200
"#;

const WARNS: &str = r#"title = "Q3 review"
date = 2024-06-01

[[achievements]]
title = "Shipped"
"#;

use common::cli::brief;

fn code(output: &Output) -> i32 {
    output.status.code().expect("exited normally")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// A fresh directory under the system temp dir, removed when dropped.
struct TempDir(common::TempDir);

impl TempDir {
    fn new(name: &str) -> TempDir {
        TempDir(common::temp_dir(&format!("check-cli-{name}")))
    }

    fn file(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, text).expect("write temp file");
        path_arg(&path)
    }
}

fn path_arg(path: &Path) -> String {
    path.to_str().expect("UTF-8 temp path").to_owned()
}

#[test]
fn clean_file_exits_0() {
    let dir = TempDir::new("clean");
    let file = dir.file("clean.toml", CLEAN);
    let out = brief(&["check", &file]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("checked 1 file: 1 clean, 0 with errors (0 errors, 0 warnings)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn warnings_alone_exit_0() {
    let dir = TempDir::new("warns");
    let file = dir.file("warns.toml", WARNS);
    let out = brief(&["check", &file]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("warning: `shipped` has nothing beyond its title"),
        "{text}"
    );
    // An item's warnings point at its `[[achievements]]` header.
    assert!(text.contains(&format!("{file}:4:1")), "{text}");
}

#[test]
fn file_with_errors_exits_1_and_names_file_line_column() {
    let dir = TempDir::new("broken");
    let file = dir.file("broken.toml", BROKEN);
    let out = brief(&["check", &file]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    let text = stdout(&out);
    assert!(text.contains("error: unknown key `taget`"), "{text}");
    assert!(text.contains(&format!("--> {file}:9:1\n")), "{text}");
    assert!(
        text.contains("9 | taget = 200\n  | ^^^^^\n  = help: did you mean `target`?"),
        "{text}"
    );
    assert!(
        text.contains("checked 1 file: 0 clean, 1 with errors (1 error, 0 warnings)"),
        "{text}"
    );
}

#[test]
fn one_bad_file_among_good_ones_exits_1() {
    let dir = TempDir::new("mixed");
    let clean = dir.file("a.toml", CLEAN);
    let broken = dir.file("b.toml", BROKEN);
    let out = brief(&["check", &clean, &broken]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("checked 2 files: 1 clean, 1 with errors"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_directory_is_checked_file_by_file() {
    let dir = TempDir::new("dir");
    dir.file("a.toml", CLEAN);
    dir.file("notes.txt", "not a briefing");
    let out = brief(&["check", &path_arg(&dir.0)]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("checked 1 file: 1 clean"),
        "{}",
        stdout(&out)
    );
    dir.file("b.toml", BROKEN);
    let out = brief(&["check", &path_arg(&dir.0)]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("checked 2 files: 1 clean, 1 with errors"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn no_paths_is_bad_usage() {
    let out = brief(&["check"]);
    assert_eq!(code(&out), 2);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Usage"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn unknown_flag_is_bad_usage() {
    let dir = TempDir::new("flag");
    let file = dir.file("clean.toml", CLEAN);
    let out = brief(&["check", "--strict", &file]);
    assert_eq!(code(&out), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--strict"));
}

#[test]
fn unknown_format_is_bad_usage() {
    let dir = TempDir::new("format");
    let file = dir.file("clean.toml", CLEAN);
    assert_eq!(code(&brief(&["check", "--format", "yaml", &file])), 2);
}

#[test]
fn directory_without_briefings_is_bad_usage() {
    let dir = TempDir::new("empty-dir");
    dir.file("notes.txt", "not a briefing");
    let out = brief(&["check", &path_arg(&dir.0)]);
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("no .toml briefing in this directory"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn json_format_parses_and_has_the_fields() {
    let dir = TempDir::new("json");
    let clean = dir.file("a.toml", CLEAN);
    let broken = dir.file("b.toml", BROKEN);
    let out = brief(&["check", "--format", "json", &clean, &broken]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    let reports = json.as_array().expect("an array of file reports");
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[0]["file"], clean.as_str());
    assert_eq!(reports[0]["ok"], true);
    assert_eq!(reports[0]["diagnostics"], serde_json::json!([]));
    assert_eq!(reports[1]["file"], broken.as_str());
    assert_eq!(reports[1]["ok"], false);
    let d = &reports[1]["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], broken.as_str());
    assert_eq!(d["line"], 9);
    assert_eq!(d["column"], 1);
    assert_eq!(d["message"], "unknown key `taget`");
    assert_eq!(d["hint"], "did you mean `target`?");
}

#[test]
fn json_format_on_a_clean_file_exits_0() {
    let dir = TempDir::new("json-clean");
    let file = dir.file("a.toml", WARNS);
    let out = brief(&["check", "--format=json", &file]);
    assert_eq!(code(&out), 0);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    let d = &json[0]["diagnostics"][0];
    assert_eq!(d["severity"], "warning");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(4), Some(1))
    );
    assert!(d["hint"].is_string());
}

#[test]
fn schema_exits_0() {
    let out = brief(&["schema"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
}
