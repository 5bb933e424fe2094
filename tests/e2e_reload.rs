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
        // Three panels side by side at 120 columns: the status words give way to their
        // symbols, so that the title keeps its room beside the figure.
        screen.contains("✎ ● Cut p99 latency"),
        "the changed goal is marked:\n{screen}"
    );
    assert!(
        !screen.contains("✎ ○"),
        "the unchanged goal is not:\n{screen}"
    );
    s.send("j");
    s.wait_gone("✎");
}

const CHALLENGES: &str = r#"
[[challenges]]
id = "hiring"
title = "Hiring is slow"
summary = "Two roles open."
severity = "high"

[[challenges]]
id = "budget"
title = "Budget cut"
summary = "Ten percent less."
severity = "medium"
"#;

/// Saves `text` as an editor that writes in two chunks does: one open file, the first
/// `cut` bytes, a pause, the rest, then the close.
fn write_in_two_chunks(path: &Path, text: &str, cut: usize, pause_ms: u64) {
    use std::io::Write;
    let mut file = std::fs::File::create(path).unwrap();
    file.write_all(&text.as_bytes()[..cut]).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(pause_ms));
    file.write_all(&text.as_bytes()[cut..]).unwrap();
}

/// Issue 11 item 18: the first chunk of a save, cut inside a table, flashed the error banner
/// for the moment before the rest arrived.
#[test]
fn regression_half_a_save_never_flashes_the_error_banner() {
    let dir = temp_dir("two-chunks-broken");
    let file = dir.join("b.toml");
    write(&file, &briefing("310", CHALLENGES));
    let s = start(&dir, &[]);
    s.wait_for("310 ms");
    for (value, pause) in [("295", 30), ("294", 150)] {
        s.record();
        let text = briefing(value, CHALLENGES);
        let cut = text.find("Two roles").unwrap();
        write_in_two_chunks(&file, &text, cut, pause);
        s.wait_for(&format!("{value} ms"));
        let flashed: Vec<String> = s
            .screens()
            .into_iter()
            .filter(|screen| screen.contains("b.toml:"))
            .collect();
        assert!(
            flashed.is_empty(),
            "the banner flashed ({pause} ms pause):\n{}",
            flashed.join("\n----\n")
        );
    }
    // An error that stays is shown, once the file is quiet.
    write(
        &file,
        &briefing("310", CHALLENGES).replace("severity = \"high\"", "severity = 3"),
    );
    s.wait_for("b.toml:");
}

/// Issue 14 item 5: the first chunk cut at `[[challenges]]` is valid TOML; brief showed it,
/// the presenter's last slide (a challenge) moved back to the last slide left, and stayed
/// there once the whole file was back.
#[test]
fn regression_half_a_save_does_not_move_the_presenter() {
    let dir = temp_dir("two-chunks-valid");
    let file = dir.join("b.toml");
    write(&file, &briefing("310", CHALLENGES));
    let mut s = start(&dir, &[]);
    s.send("p");
    s.wait_for("slide ");
    s.send("\x1b[F");
    let screen = s.wait_for("Budget cut");
    let at = screen
        .split("slide ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap()
        .to_owned();
    s.record();
    let text = briefing("290", CHALLENGES).replace("Ten percent", "Twelve percent");
    let cut = text.find("[[challenges]]").unwrap();
    write_in_two_chunks(&file, &text, cut, 100);
    let screen = s.wait_for("Twelve percent less.");
    assert!(
        screen.contains(&format!("slide {at}")),
        "still on slide {at}:\n{screen}"
    );
    let moved: Vec<String> = s
        .screens()
        .into_iter()
        .filter(|screen| !screen.contains(&format!("slide {at}")))
        .collect();
    assert!(
        moved.is_empty(),
        "the slide moved for a moment:\n{}",
        moved.join("\n----\n")
    );
}

/// A fake editor that records its arguments and changes the value, as a person would in vi.
fn fake_editor(dir: &Path) -> std::path::PathBuf {
    let editor = dir.join("fake-editor.sh");
    write(
        &editor,
        "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/editor-args\"\nsed -i 's/value = 310/value = 222/' \"$2\"\n",
    );
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    editor
}

/// Starts brief with `args` in `dir`, presses `e`, waits for the edited value, and returns
/// the editor's arguments.
fn edit_round_trip(dir: &Path, args: &[&str]) -> String {
    let editor = fake_editor(dir);
    let env = [("EDITOR", editor.to_str().unwrap()), ("VISUAL", "")];
    let mut s = Session::start(args, 120, 40, dir, &env);
    s.wait_for("310 ms");
    s.send("e");
    s.wait_for("222 ms");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
    let args = std::fs::read(dir.join("editor-args")).unwrap();
    String::from_utf8_lossy(&args).into_owned()
}

#[test]
fn the_editor_round_trip_changes_the_value() {
    let dir = temp_dir("editor");
    write(&dir.join("b.toml"), &briefing("310", ""));
    let args = edit_round_trip(&dir, &["b.toml"]);
    assert_eq!(
        args.trim(),
        "+4 b.toml",
        "opened at the selected item's line"
    );
}

/// Issue 14 item 15: a name that is not UTF-8 reached the editor with U+FFFD in it (another
/// file), and `-x.toml` reached it as an option.
#[test]
fn regression_the_editor_gets_the_file_name_as_it_is() {
    let dir = temp_dir("editor-names");
    let dash = dir.join("dash");
    std::fs::create_dir_all(&dash).unwrap();
    write(&dash.join("-x.toml"), &briefing("310", ""));
    let args = edit_round_trip(&dash, &["--", "-x.toml"]);
    assert_eq!(args.trim(), "+4 ./-x.toml");
    let latin1 = dir.join("latin1");
    std::fs::create_dir_all(&latin1).unwrap();
    let name = <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(b"r\xe9union.toml");
    write(&latin1.join(name), &briefing("310", ""));
    edit_round_trip(&latin1, &["."]);
    let args = std::fs::read(latin1.join("editor-args")).unwrap();
    assert_eq!(args, b"+4 ./r\xe9union.toml\n");
}
