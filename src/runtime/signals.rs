//! Signals turned into ordinary events, from a thread that sleeps until one arrives, so that
//! a signal to quit restores the terminal like `q` does.

use std::sync::mpsc::Sender;

use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP, SIGWINCH};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// SIGTERM, SIGHUP or SIGINT: quit cleanly; the number is kept for the exit status.
    Terminate(i32),
    /// SIGTSTP from outside: suspend as Ctrl-Z does.
    Suspend,
    /// SIGCONT: we were resumed; redraw everything.
    Continue,
    /// SIGWINCH: the terminal changed size.
    Resize,
}

pub fn spawn<E: From<Signal> + Send + 'static>(events: Sender<E>) -> std::io::Result<()> {
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGWINCH, SIGTSTP, SIGCONT])?;
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
