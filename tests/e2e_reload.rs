//! Live reload on the real binary: edits in place, by rename, broken then fixed, deleted and
//! recreated, bursts, the place kept, and the editor round trip.

mod common;

use std::path::Path;

use common::{Session, temp_dir};

fn briefing(value: &str, extra: &str) -> String {
    format!(
        r#"title = "Reload test"
date = 2026-10-06

[[goals]]
id = "latency"
title = "Cut p99 latency"
summary = "Make the API fast."
due = 2026-12-31

[[goals.metrics]]
label = "p99 latency"
unit = "ms"
value = {value}
baseline = {{ value = 480, date = 2026-07-01 }}
target = {{ at_most = 250, by = 2026-12-31 }}
key = true

[[goals]]
id = "coverage"
title = "Raise test coverage"
summary = "Cover the billing paths."

[[achievements]]
title = "Shipped search"
summary = "Search is live."
{extra}
"#
    )
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

fn start(dir: &Path, env: &[(&str, &str)]) -> Session {
    let s = Session::start(&["b.toml"], 120, 40, dir, env);
    s.wait_for("Reload test");
    s
}

#[test]
fn an_edit_in_place_shows_at_once() {
    let dir = temp_dir("in-place");
    let file = dir.join("b.toml");
    write(&file, &briefing("310", ""));
    let mut s = start(&dir, &[]);
    s.wait_for("310 ms");
    write(&file, &briefing("295", ""));
    // Both in one wait: a frame can be read half drawn, the footer not yet there.
    s.wait_until(
        |screen| screen.contains("295 ms") && screen.contains("reloaded"),
        "the new value and \"reloaded\" in the status line",
    );
    s.send("q");
    s.wait_exit();
}

#[test]
fn a_write_and_rename_save_is_followed() {
    let dir = temp_dir("rename");
    let file = dir.join("b.toml");
    write(&file, &briefing("310", ""));
    let s = start(&dir, &[]);
    for value in ["301", "302"] {
        let tmp = dir.join(".b.toml.swp");
        write(&tmp, &briefing(value, ""));
        std::fs::rename(&tmp, &file).unwrap();
        s.wait_for(&format!("{value} ms"));
    }
}

#[test]
fn a_broken_edit_keeps_the_last_good_version_then_the_fix_clears_the_banner() {
    let dir = temp_dir("broken");
    let file = dir.join("b.toml");
    write(&file, &briefing("310", ""));
    let s = start(&dir, &[]);
    write(
        &file,
        &briefing("310", "").replace("key = true", "key = true\ntaget = 3"),
    );
    let screen = s.wait_for("did you mean `target`");
    assert!(
        screen.contains("310 ms"),
        "last good version still on screen:\n{screen}"
    );
    assert!(
        screen.contains("b.toml:"),
        "banner names file:line:col:\n{screen}"
    );
    write(&file, &briefing("280", ""));
    let screen = s.wait_for("280 ms");
    assert!(
        !screen.contains("did you mean"),
        "banner gone after the fix:\n{screen}"
    );
}

#[test]
fn a_deleted_file_waits_and_comes_back() {
    let dir = temp_dir("delete");
    let file = dir.join("b.toml");
    write(&file, &briefing("310", ""));
    let s = start(&dir, &[]);
    std::fs::remove_file(&file).unwrap();
    let screen = s.wait_for("waiting for");
    assert!(
        screen.contains("310 ms"),
        "last good version stays:\n{screen}"
    );
    write(&file, &briefing("333", ""));
    s.wait_for("333 ms");
    s.wait_gone("waiting for");
}

#[test]
fn a_burst_of_writes_ends_on_the_last_one() {
    let dir = temp_dir("burst");
    let file = dir.join("b.toml");
    write(&file, &briefing("310", ""));
    let s = start(&dir, &[]);
    for value in 400..410 {
        write(&file, &briefing(&value.to_string(), ""));
    }
    s.wait_for("409 ms");
}

#[test]
fn the_place_is_kept_across_a_reload() {
    let dir = temp_dir("place");
    let file = dir.join("b.toml");
    write(&file, &briefing("310", ""));
    let mut s = start(&dir, &[]);
    // Second goal, opened in detail.
    s.send("j");
    s.send("\r");
    s.wait_for("Cover the billing paths.");
    // An edit above it moves it down the file; the detail must stay on it.
    write(
        &file,
        &briefing("290", "").replace(
            "[[goals]]\nid = \"coverage\"",
            "[[goals]]\nid = \"coverage\"\nowner = \"Ana\"",
        ),
    );
    let screen = s.wait_for("owner Ana");
    assert!(screen.contains("Raise test coverage"), "{screen}");
}

#[test]
fn changed_items_are_marked_until_the_next_key() {
    let dir = temp_dir("marks");
    let file = dir.join("b.toml");
    write(&file, &briefing("310", ""));
    let mut s = start(&dir, &[]);
    write(&file, &briefing("290", ""));
    let screen = s.wait_for("290 ms");
    assert!(
        // The status column is as wide as "not assessed", the longest status word.
        screen.contains("✎ ● on track     Cut p99"),
        "the changed goal is marked:\n{screen}"
    );
    assert!(
        !screen.contains("✎ ○"),
        "the unchanged goal is not:\n{screen}"
    );
    s.send("j");
    s.wait_gone("✎");
}

#[test]
fn the_editor_round_trip_changes_the_value() {
    let dir = temp_dir("editor");
    let file = dir.join("b.toml");
    write(&file, &briefing("310", ""));
    let editor = dir.join("fake-editor.sh");
    // Records its arguments and changes the value, as a person would in vi.
    write(
        &editor,
        "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/editor-args\"\nsed -i 's/value = 310/value = 222/' \"$2\"\n",
    );
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let mut s = start(
        &dir,
        &[("EDITOR", editor.to_str().unwrap()), ("VISUAL", "")],
    );
    s.wait_for("310 ms");
    s.send("e");
    s.wait_for("222 ms");
    let args = std::fs::read_to_string(dir.join("editor-args")).unwrap();
    assert_eq!(
        args.trim(),
        "+4 b.toml",
        "opened at the selected item's line"
    );
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}
