//! Everything the main loop of `brief` waits for, on one channel.

use std::path::PathBuf;

use crossterm::event::{KeyEvent, MouseEvent};

use super::input::Input;
use super::signals::Signal;

#[derive(Debug)]
pub enum Event {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize,
    /// A watched briefing file was created, written, removed or renamed.
    FileChanged(PathBuf, Change),
    /// Live reload could not be set up or failed; brief goes on without it.
    WatchFailed(String),
    Signal(Signal),
    /// Something the presenter should know about the notes terminals, for the footer.
    Notes(String),
}

/// What a file event says about the file's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A save ended (closed after writing, renamed, created, removed): read it now.
    Saved,
    /// Bytes were written and more may follow: read it once the file has been quiet.
    Writing,
}

impl From<Input> for Event {
    fn from(input: Input) -> Event {
        match input {
            Input::Key(key) => Event::Key(key),
            Input::Mouse(mouse) => Event::Mouse(mouse),
            Input::Resize => Event::Resize,
        }
    }
}

impl From<Signal> for Event {
    fn from(signal: Signal) -> Event {
        Event::Signal(signal)
    }
}
