//! The real binary run as a command with a time limit, and the special files it must refuse.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Long enough for a debug build on a busy machine, short enough that a hang fails the test.
pub const PROMPT: Duration = Duration::from_secs(10);

/// Runs `brief ARGS` with `stdout` as its standard output; panics if it has not ended within
/// [`PROMPT`], so that a regression that blocks fails instead of hanging the test run.
pub fn brief_with_stdout(args: &[&str], stdout: Stdio) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn brief");
    let start = Instant::now();
    while child.try_wait().expect("wait for brief").is_none() {
        if start.elapsed() > PROMPT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("brief {args:?} still running after {PROMPT:?}: it hung");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().expect("collect brief's output")
}

/// Runs `brief ARGS` capturing both outputs, within [`PROMPT`].
pub fn brief_within(args: &[&str]) -> Output {
    brief_with_stdout(args, Stdio::piped())
}

/// Runs `brief ARGS` and collects its output, colour off.
pub fn brief(args: &[&str]) -> Output {
    brief_in(args, Path::new("."), &[])
}

/// Runs `brief ARGS` in `cwd` with `env` added (and the locale variables removed, so that a
/// test never depends on the machine's language), colour off, standard input closed.
pub fn brief_in(args: &[&str], cwd: &Path, env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_brief"));
    command
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(var);
    }
    command.envs(env.iter().copied());
    command.output().expect("run brief")
}

/// Makes a FIFO (named pipe) at `path`.
pub fn mkfifo(path: &Path) {
    let c = CString::new(path.as_os_str().as_bytes()).expect("no NUL in a temp path");
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file-system node.
    let rc = unsafe { libc::mkfifo(c.as_ptr(), 0o644) };
    assert_eq!(
        rc,
        0,
        "mkfifo {path:?}: {}",
        std::io::Error::last_os_error()
    );
}

/// The text of a path, for an argument.
pub fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}
