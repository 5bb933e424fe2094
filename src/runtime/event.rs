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
    Notes(NotesNotice),
}

/// What happened to the notes terminals, said in the briefing's language by the main loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotesNotice {
    /// The server stopped, with the OS error.
    Stopped(String),
    /// Another brief on the same file quit, and this one serves the notes now.
    TakenOver,
    /// A notes terminal stopped reading and was disconnected.
    Dropped,
}

impl NotesNotice {
    /// The notice for the footer, in the briefing's language (an OS error stays as the
    /// system words it).
    pub fn words(&self, t: &crate::texts::Texts) -> String {
        match self {
            NotesNotice::Stopped(why) => format!("{}: {why}", t.notes_stopped),
            NotesNotice::TakenOver => t.notes_taken_over.to_owned(),
            NotesNotice::Dropped => t.notes_dropped.to_owned(),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;
    use crate::texts::texts;

    #[test]
    fn notices_about_the_notes_terminals_are_in_the_briefings_language() {
        let zh = texts(Language::Zh);
        for notice in [
            NotesNotice::Stopped("?".into()),
            NotesNotice::TakenOver,
            NotesNotice::Dropped,
        ] {
            let words = notice.words(zh);
            let english: Vec<&str> = words
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() > 1 && *w != "brief")
                .collect();
            assert!(english.is_empty(), "{words}");
        }
        assert!(
            NotesNotice::Dropped
                .words(texts(Language::En))
                .contains("fell behind")
        );
    }
}
