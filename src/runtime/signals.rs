//! Signals turned into ordinary events, from a thread that sleeps until one arrives, so that
//! a signal to quit restores the terminal like `q` does.
//!
//! Every signal whose default action ends the process is covered, in one of three ways:
//! - sent from outside (a `kill`, the terminal, a timer, a resource limit): caught here and
//!   turned into a clean quit with status 128 + N, as TERM, HUP and INT always were;
//! - a fault of the process itself (SEGV, BUS, ILL, FPE, ABRT, TRAP, SYS): no clean quit is
//!   possible, so a last-resort handler ([`crate::sys::on_fatal_signal`]) writes the reset
//!   sequence, puts the terminal's saved settings back, and lets the signal end the process
//!   as it would have (core dump included);
//! - SIGPIPE: Rust programs ignore it from the start (a write to a closed pipe fails with
//!   EPIPE instead, which `export` and `check` rely on), so it ends nothing and is left alone.
//!
//! KILL and STOP cannot be caught by any program; after a `kill -9` run `reset`.

use std::sync::mpsc::Sender;

use libc::c_int;
use signal_hook::consts::{SIGCONT, SIGTSTP, SIGWINCH};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// A signal that would end the process: quit cleanly; the number is kept for the exit
    /// status.
    Terminate(i32),
    /// SIGTSTP from outside: suspend as Ctrl-Z does.
    Suspend,
    /// SIGCONT: we were resumed; redraw everything.
    Continue,
    /// SIGWINCH: the terminal changed size.
    Resize,
}

/// The signals that end a process by default and come from outside it: each is a clean quit.
pub fn quitting() -> Vec<c_int> {
    let mut signals = vec![
        libc::SIGHUP,
        libc::SIGINT,
        libc::SIGQUIT,
        libc::SIGTERM,
        libc::SIGUSR1,
        libc::SIGUSR2,
        libc::SIGALRM,
        libc::SIGVTALRM,
        libc::SIGPROF,
        libc::SIGXCPU,
        libc::SIGXFSZ,
        libc::SIGIO,
        libc::SIGPWR,
        libc::SIGSTKFLT,
    ];
    // The real-time signals end a process too; the C library keeps the first few for itself.
    signals.extend(libc::SIGRTMIN()..=libc::SIGRTMAX());
    signals
}

/// The signals a fault of the process raises: caught only to restore the terminal on the way
/// down.
pub const FATAL: [c_int; 7] = [
    libc::SIGSEGV,
    libc::SIGBUS,
    libc::SIGILL,
    libc::SIGFPE,
    libc::SIGABRT,
    libc::SIGTRAP,
    libc::SIGSYS,
];

pub fn spawn<E: From<Signal> + Send + 'static>(events: Sender<E>) -> std::io::Result<()> {
    let mut wanted = quitting();
    wanted.extend([SIGWINCH, SIGTSTP, SIGCONT]);
    let mut signals = signal_hook::iterator::Signals::new(wanted)?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                let signal = match signal {
                    SIGWINCH => Signal::Resize,
                    SIGTSTP => Signal::Suspend,
                    SIGCONT => Signal::Continue,
                    other => Signal::Terminate(other),
                };
                if events.send(E::from(signal)).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}

/// Stops this process as the shell's job control expects, after the terminal was handed back.
/// SIGSTOP, not SIGTSTP: we catch SIGTSTP ourselves to get here.
pub fn stop_self() {
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
}
