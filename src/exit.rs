//! How a command ended, as one small enum. Commands return it; only `main` turns it into a
//! process exit status, so the numbers live in one place (and in `--help`, from `cli`).

use std::io::{ErrorKind, Write};

/// The outcome of a command, from the user's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Done: the briefings are clean, the output written (or its reader left early).
    Ok,
    /// A briefing has errors, or brief refused to write where it was asked (over the
    /// briefing itself, into a FIFO, over a read-only file).
    Problems,
    /// Bad usage: an unknown option, a missing argument, a folder without briefings.
    Usage,
    /// The output could not be written: a full disk, an I/O error.
    Output,
    /// Ended by this signal (TERM, HUP, INT, QUIT, USR1, …) after restoring the terminal; shells report
    /// 128 + its number.
    Signal(u8),
}

/// What a failed write of the output means. A reader that closed the pipe early (`brief … |
/// head`) got what it wanted, so brief ends quietly with success, as ripgrep does: a 141
/// ("killed by SIGPIPE") would fail every `set -o pipefail` script that reads only the top.
/// Anything else is said, once, and gets its own status.
pub fn output_failed(error: &std::io::Error) -> Exit {
    if error.kind() == ErrorKind::BrokenPipe {
        return Exit::Ok;
    }
    let _ = writeln!(
        std::io::stderr().lock(),
        "error: cannot write the output: {error}"
    );
    Exit::Output
}

/// Runs `command` with standard output, flushes it, and maps a failed write with
/// [`output_failed`]. The flush matters: what is still buffered at exit is written by the
/// runtime, which drops the error.
pub fn to_stdout(command: impl FnOnce(&mut dyn Write) -> std::io::Result<Exit>) -> Exit {
    let mut out = std::io::stdout().lock();
    command(&mut out)
        .and_then(|exit| out.flush().map(|()| exit))
        .unwrap_or_else(|e| output_failed(&e))
}

impl Exit {
    /// Ended by signal `number` (as signal-hook reports it).
    pub fn signal(number: i32) -> Exit {
        Exit::Signal(u8::try_from(number).unwrap_or(u8::MAX))
    }
}
