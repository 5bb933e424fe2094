//! Writing the output can fail. A reader that closed the pipe early (`brief … | head`) got what
//! it wanted: brief ends quietly, with 0 or the verdict it had reached (1 for a broken
//! briefing). Anything else (a full disk) is an error that says so,
//! with its own exit status (3), told apart from "the briefing has errors" (1).

mod common;

use std::process::{Output, Stdio};

use common::cli::{arg, brief_with_stdout};

const CLEAN: &str = "title = \"Q3 review\"\ndate = 2024-06-01\n\n[[goals]]\ntitle = \"Cut p99 \
                     latency\"\nsummary = \"Below 200 ms.\"\n";

/// Standard output on a device that is always full.
fn full_disk() -> Stdio {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("open /dev/full");
    Stdio::from(full)
}

/// Standard output on a pipe whose reader is already gone.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    Stdio::from(writer)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Each command that writes to standard output, on one clean briefing.
fn each_command(file: &str) -> Vec<Vec<&str>> {
    vec![
        vec!["schema"],
        vec!["check", file],
        vec!["check", "--format", "json", file],
        vec!["diff", file, file],
        vec!["export", file, "--to", "md"],
        vec!["export", file, "--to", "html", "-o", "-"],
        vec!["--help"],
        vec!["--version"],
    ]
}

/// Runs each command with `stdout` and checks how it ended.
fn each_command_ends(stdout: fn() -> Stdio, code: i32, said: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("clean.toml");
    std::fs::write(&file, CLEAN).expect("write");
    for args in each_command(arg(&file)) {
        let out = brief_with_stdout(&args, stdout());
        assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), said, "{args:?}");
    }
}

#[test]
fn a_full_disk_is_an_error_with_its_own_exit_status() {
    each_command_ends(
        full_disk,
        3,
        "error: cannot write the output: No space left on device (os error 28)\n",
    );
}

#[test]
fn a_closed_pipe_ends_quietly_with_0() {
    each_command_ends(closed_pipe, 0, "");
}

#[test]
fn a_full_disk_wins_over_errors_nobody_could_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("broken.toml");
    std::fs::write(&file, "title = \"t\"\ntaget = 3\n").expect("write");
    let out = brief_with_stdout(&["check", arg(&file)], full_disk());
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
}

/// Issue 14 pass: `brief check bad.toml | head -n1` ended with 0 when head had gone before the
/// report was written, so a CI step passed on a broken briefing.
#[test]
fn a_closed_pipe_keeps_checks_verdict_on_a_broken_briefing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("broken.toml");
    std::fs::write(&file, "title = \"t\"\ntaget = 3\n").expect("write");
    for format in ["human", "json"] {
        let out = brief_with_stdout(&["check", "--format", format, arg(&file)], closed_pipe());
        assert_eq!(out.status.code(), Some(1), "{format}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{format}");
    }
}

#[test]
fn help_lists_every_exit_status() {
    let out = brief_with_stdout(&["--help"], Stdio::piped());
    let help = String::from_utf8_lossy(&out.stdout);
    let expected = "Exit status:\n  0  done: the briefings are clean, the output written\n  \
                    1  a briefing has errors, or brief refused to write where it was asked\n  \
                    2  bad usage: an unknown option, a missing argument\n  \
                    3  the output could not be written (a full disk, an I/O error); a reader \
                    that closes the pipe early is not an error\n  \
                    128+N  the screen was ended by signal N (TERM 143, HUP 129, INT 130), the \
                    terminal restored\n";
    assert!(help.ends_with(expected), "{help}");
}
