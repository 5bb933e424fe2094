//! brief reads briefings from regular files only: a FIFO, a device or a socket is refused at
//! once with a clear error, in every command, instead of blocking in `open()` or reading forever.
//! Each run has a time limit, so a regression fails instead of hanging the test run.

mod common;

use std::os::unix::net::UnixListener;
use std::path::Path;

use common::cli::{arg, brief_within, mkfifo};

const CLEAN: &str = "title = \"Q3 review\"\ndate = 2024-06-01\n";

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// What `brief check` prints for a file that is not a regular file.
fn refused(path: &str, kind: &str) -> String {
    format!(
        "error: this is {kind}, not a briefing file\n --> {path}\n  = help: a briefing is a \
         regular file of TOML text; brief does not read pipes, devices or sockets\n\n\
         checked 1 file: 0 clean, 1 with errors (1 error, 0 warnings)\n"
    )
}

/// `brief check PATH` ends promptly with exit 1 and says what PATH is.
fn assert_check_refuses(path: &Path, kind: &str) {
    let out = brief_within(&["check", arg(path)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stdout(&out), refused(arg(path), kind));
}

#[test]
fn check_of_a_fifo_returns_at_once_with_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("fifo.toml");
    mkfifo(&fifo);
    assert_check_refuses(&fifo, "a FIFO");
    // A link to a FIFO is judged by what it points to.
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&fifo, &link).expect("symlink");
    assert_check_refuses(&link, "a FIFO");
}

#[test]
fn check_of_a_character_device_refuses_before_reading() {
    assert_check_refuses(Path::new("/dev/zero"), "a character device");
}

#[test]
fn check_of_a_socket_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sock.toml");
    let _listener = UnixListener::bind(&path).expect("bind a socket");
    assert_check_refuses(&path, "a socket");
}

#[test]
fn export_and_diff_of_a_fifo_return_at_once_with_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("fifo.toml");
    mkfifo(&fifo);
    let clean = dir.path().join("clean.toml");
    std::fs::write(&clean, CLEAN).expect("write");
    let out_file = dir.path().join("out.md");
    let runs = [
        brief_within(&["export", arg(&fifo), "--to", "md"]),
        brief_within(&["export", arg(&fifo), "--to", "md", "-o", arg(&out_file)]),
        brief_within(&["diff", arg(&clean), arg(&fifo)]),
        brief_within(&["diff", arg(&fifo), arg(&clean)]),
        brief_within(&["--compare", arg(&fifo), arg(&clean)]),
    ];
    for out in runs {
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("error: this is a FIFO, not a briefing file"),
            "{}",
            stderr(&out)
        );
        assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    }
    assert!(!out_file.exists(), "a handout was written for a FIFO");
}
