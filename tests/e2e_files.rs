//! What the screen does with files, on the real binary in a pty: it never writes the briefing,
//! and a FIFO where the briefing should be (at start-up, or renamed over the open file) is
//! refused without blocking in `open()`: the last good version stays on screen with the error,
//! and `q` still quits.

mod common;

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use common::Session;
use common::cli::mkfifo;

fn briefing(value: &str) -> String {
    format!(
        "title = \"Pipe test\"\ndate = 2026-10-06\n\n[[goals]]\nid = \"latency\"\n\
         title = \"Cut p99 latency\"\n\n[[goals.metrics]]\nlabel = \"p99 latency\"\n\
         unit = \"ms\"\nvalue = {value}\nkey = true\n"
    )
}

/// Puts `text` at `path` by write-and-rename, as editors save.
fn save(dir: &Path, path: &Path, text: &str) {
    let tmp = dir.join(".b.toml.new");
    std::fs::write(&tmp, text).expect("write");
    std::fs::rename(&tmp, path).expect("rename");
}

/// `q` ends brief with 0 and the terminal as the shell had it.
fn quit(mut s: Session) {
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn a_fifo_renamed_over_the_open_briefing_keeps_the_last_good_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("b.toml");
    std::fs::write(&file, briefing("310")).expect("write");
    let mut s = Session::start(&["b.toml"], 120, 40, dir.path(), &[]);
    s.wait_for("310 ms");
    let fifo = dir.path().join(".b.toml.fifo");
    mkfifo(&fifo);
    std::fs::rename(&fifo, &file).expect("rename the FIFO over the briefing");
    let screen = s.wait_for("this is a FIFO, not a briefing file");
    assert!(
        screen.contains("310 ms") && screen.contains("Cut p99 latency"),
        "the last good version stays on screen:\n{screen}"
    );
    assert!(
        screen.contains("b.toml"),
        "the banner names the file:\n{screen}"
    );
    // The loop still answers: a reload asked by hand reports the same, and a real file put
    // back is followed.
    s.send("r");
    save(dir.path(), &file, &briefing("295"));
    s.wait_for("295 ms");
    s.wait_gone("this is a FIFO");
    quit(s);
}

#[test]
fn a_fifo_at_start_up_shows_the_error_and_q_quits() {
    let dir = tempfile::tempdir().expect("temp dir");
    mkfifo(&dir.path().join("b.toml"));
    let s = Session::start(&["b.toml"], 100, 30, dir.path(), &[]);
    let screen = s.wait_for("this is a FIFO, not a briefing file");
    assert!(screen.contains("b.toml"), "{screen}");
    quit(s);
}

#[test]
fn the_screen_never_writes_the_briefing_or_beside_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let runtime = tempfile::tempdir().expect("runtime dir for the notes socket");
    let file = dir.path().join("b.toml");
    std::fs::write(&file, briefing("310")).expect("write");
    let before = std::fs::metadata(&file).expect("stat");
    let env = [("XDG_RUNTIME_DIR", runtime.path().to_str().expect("UTF-8"))];
    let mut s = Session::start(&["b.toml"], 120, 40, dir.path(), &env);
    s.wait_for("310 ms");
    // Open the detail, its notes, present, step, reload by hand, leave, quit.
    for key in ["\r", "n", "p", " ", " ", "r", "\x1b", "\x1b"] {
        s.send(key);
    }
    s.wait_for("310 ms");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let after = std::fs::metadata(&file).expect("stat");
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        briefing("310")
    );
    assert_eq!(
        (after.ino(), after.mode(), after.mtime(), after.mtime_nsec()),
        (
            before.ino(),
            before.mode(),
            before.mtime(),
            before.mtime_nsec()
        ),
        "the briefing was replaced, touched or changed mode"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["b.toml"], "brief left a file beside the briefing");
}
