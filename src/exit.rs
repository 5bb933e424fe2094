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
/// head`) got what it wanted, so brief ends quietly, as ripgrep does: a 141 ("killed by
/// SIGPIPE") would fail every `set -o pipefail` script that reads only the top. It ends with
/// success here, where nothing was decided yet; a command that had reached its verdict keeps
/// it (see [`to_stdout`] and `check`). Anything else is said, once, and gets its own status.
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
/// runtime, which drops the error. A reader gone by the flush leaves the command's own
/// verdict standing: `brief check bad.toml | head -n1` still ends with 1.
pub fn to_stdout(command: impl FnOnce(&mut dyn Write) -> std::io::Result<Exit>) -> Exit {
    let mut out = std::io::stdout().lock();
    match command(&mut out) {
        Ok(exit) => match out.flush() {
            Err(e) if e.kind() != ErrorKind::BrokenPipe => output_failed(&e),
            _ => exit,
        },
        Err(e) => output_failed(&e),
    }
}

/// The verdict a command reached, whatever became of its report: a reader that closed the
/// pipe early does not turn "the briefing has errors" into success. Other write errors stay
/// errors.
pub fn keep_verdict(verdict: Exit, written: std::io::Result<()>) -> std::io::Result<Exit> {
    match written {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => Err(e),
        _ => Ok(verdict),
    }
}

impl Exit {
    /// Ended by signal `number` (as signal-hook reports it).
    pub fn signal(number: i32) -> Exit {
        Exit::Signal(u8::try_from(number).unwrap_or(u8::MAX))
    }
}
