//! `brief notes FILE`: follows the presenting brief from another terminal.
//!
//! Either side may start first: until the presenter is there, the screen says it is waiting
//! and retries once a second, in step with the clock it shows anyway.

use std::io::{BufRead, Read};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Sender, channel};
use std::time::Duration;

use super::input::Input;
use super::signals::{self, Signal};
use super::terminal;
use crate::deck::cue::Cue;
use crate::exit::Exit;
use crate::keymap::{Keymap, Mode};
use crate::model::Language;
use crate::theme::{Theme, ThemeName};

/// What the notes terminal waits for.
enum NotesEvent {
    Input(Input),
    Signal(Signal),
    /// The presenter's latest cue, or `None` when it went away.
    Cue(Option<Box<Cue>>),
}

impl From<Input> for NotesEvent {
    fn from(input: Input) -> NotesEvent {
        NotesEvent::Input(input)
    }
}

impl From<Signal> for NotesEvent {
    fn from(signal: Signal) -> NotesEvent {
        NotesEvent::Signal(signal)
    }
}

/// Follows the presenter of `briefing`; `keys` is the user's key table (its `[keys.notes]`).
pub fn run(briefing: &Path, theme: ThemeName, keys: &Keymap) -> Exit {
    let socket = match super::socket::path_for(briefing) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("brief notes: {e}");
            return Exit::Problems;
        }
    };
    match main_loop(briefing, socket, &Theme::from_env(theme), keys) {
        Ok(exit) => exit,
        Err(e) => {
            terminal::leave();
            eprintln!("brief notes: {e}");
            Exit::Problems
        }
    }
}

fn main_loop(
    briefing: &Path,
    socket: PathBuf,
    theme: &Theme,
    keys: &Keymap,
) -> std::io::Result<Exit> {
    let (tx, rx) = channel();
    signals::spawn(tx.clone())?;
    spawn_reader(socket, tx.clone())?;
    terminal::install_panic_hook();
    terminal::enter()?;
    let _guard = terminal::Guard;
    let _input = super::input::spawn(tx)?;
    let mut term = terminal::new()?;
    let mut cue: Option<Cue> = None;
    // The waiting screen speaks the briefing's language: the file's, until a cue says it.
    let mut language = crate::load::load_file(briefing, crate::load::today())
        .map_or(Language::En, |l| l.briefing.meta.language);
    loop {
        let now = chrono::Local::now();
        term.draw(|f| crate::view::notes::render(f, cue.as_ref(), briefing, language, now, theme))?;
        match rx.recv_timeout(super::to_next_second(now)) {
            Ok(NotesEvent::Input(Input::Key(key)))
                if keys.action_for(Mode::Notes, key) == Some(crate::action::Action::Quit) =>
            {
                return Ok(Exit::Ok);
            }
            Ok(NotesEvent::Signal(Signal::Terminate(signal))) => return Ok(Exit::signal(signal)),
            Ok(NotesEvent::Cue(update)) => {
                language = update.as_ref().map_or(language, |c| c.language());
                cue = update.map(|b| *b);
            }
            Ok(_) | Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return Ok(Exit::Ok),
        }
    }
}

/// Connects (retrying once a second), then forwards every state line; `None` when the
/// presenter goes away. When the presenting brief quits, another brief on the same file takes
/// over the socket, and the next retry finds it.
fn spawn_reader(socket: PathBuf, tx: Sender<NotesEvent>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("notes-reader".into())
        .spawn(move || {
            loop {
                if let Ok(stream) = UnixStream::connect(&socket)
                    && follow(stream, &tx).is_err()
                {
                    return;
                }
                if tx.send(NotesEvent::Cue(None)).is_err() {
                    return;
                }
                std::thread::sleep(Duration::from_secs(1));
            }
        })?;
    Ok(())
}

/// No cue comes near this; a longer line is not from a brief, and is not kept in memory.
const MAX_LINE: u64 = 1 << 20;

/// Forwards each cue the presenter sends, cleaned; returns when the connection ends, `Err`
/// when the notes screen has gone.
fn follow(stream: UnixStream, tx: &Sender<NotesEvent>) -> Result<(), ()> {
    let mut reader = std::io::BufReader::new(stream);
    let mut line = Vec::new();
    loop {
        line.clear();
        match (&mut reader).take(MAX_LINE).read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => return Ok(()),
            Ok(_) if line.last() != Some(&b'\n') => return Ok(()),
            Ok(_) => {}
        }
        if let Ok(cue) = serde_json::from_slice::<Cue>(&line) {
            tx.send(NotesEvent::Cue(Some(Box::new(cleaned(cue)))))
                .map_err(|_| ())?;
        }
    }
}

/// The cue with every text made safe to draw, as the main screen's text is: the socket is
/// only as trustworthy as whoever bound it.
fn cleaned(cue: Cue) -> Cue {
    use crate::sanitize::{line, multiline};
    Cue {
        title: line(&cue.title),
        current: line(&cue.current),
        section: line(&cue.section),
        next: cue.next.as_deref().map(line),
        notes: cue.notes.as_deref().map(multiline),
        ..cue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_of_a_cue_is_cleaned() {
        let bad = "a\u{1b}[31m\u{202e}b";
        let cue = cleaned(Cue {
            title: bad.into(),
            current: bad.into(),
            section: bad.into(),
            next: Some(bad.into()),
            notes: Some(format!("{bad}\n{bad}")),
            ..Cue::default()
        });
        let texts = [&cue.title, &cue.current, &cue.section];
        for text in texts.into_iter().chain(&cue.next).chain(&cue.notes) {
            let unsafe_char = |c: char| c != '\n' && crate::sanitize::is_unsafe(c);
            assert!(!text.chars().any(unsafe_char), "{text:?}");
        }
        assert_eq!(
            cue.notes.as_deref(),
            Some("a\u{241b}[31m\u{FFFD}b\na\u{241b}[31m\u{FFFD}b")
        );
    }
}
