//! Everything the main loop waits for, on one channel.

use std::path::PathBuf;

use crossterm::event::{KeyEvent, MouseEvent};

#[derive(Debug)]
pub enum Event {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize,
    /// A watched briefing file was created, written, removed or renamed.
    FileChanged(PathBuf),
    /// Live reload could not be set up or failed; brief goes on without it.
    WatchFailed(String),
    /// SIGTERM, SIGHUP or SIGINT: quit cleanly.
    Terminate(i32),
    /// SIGTSTP from outside: suspend as Ctrl-Z does.
    Suspend,
    /// SIGCONT: we were resumed; redraw everything.
    Continue,
    /// For `brief notes`: the presenter's latest state, or `None` when it went away.
    Notes(Option<Box<crate::notes::protocol::NotesState>>),
}

/// Turns signals into events, from a thread that sleeps until one arrives.
pub fn spawn_signal_thread(events: std::sync::mpsc::Sender<Event>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP, SIGWINCH};
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGWINCH, SIGTSTP, SIGCONT])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                let event = match signal {
                    SIGWINCH => Event::Resize,
                    SIGTSTP => Event::Suspend,
                    SIGCONT => Event::Continue,
                    other => Event::Terminate(other),
                };
                if events.send(event).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}
