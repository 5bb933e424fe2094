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
    FileChanged(PathBuf),
    /// Live reload could not be set up or failed; brief goes on without it.
    WatchFailed(String),
    Signal(Signal),
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
