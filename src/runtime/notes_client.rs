//! `brief notes FILE`: follows the presenting brief from another terminal.
//!
//! Either side may start first: until the presenter is there, the screen says it is waiting
//! and retries once a second, in step with the clock it shows anyway.

use std::io::BufRead;
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

pub fn run(briefing: &Path, theme: ThemeName) -> Exit {
    let socket = match super::socket::path_for(briefing) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("brief notes: {e}");
            return Exit::Problems;
        }
    };
    match main_loop(briefing, socket, &Theme::from_env(theme)) {
        Ok(exit) => exit,
        Err(e) => {
            terminal::leave();
            eprintln!("brief notes: {e}");
            Exit::Problems
        }
    }
}

fn main_loop(briefing: &Path, socket: PathBuf, theme: &Theme) -> std::io::Result<Exit> {
    let (tx, rx) = channel();
    signals::spawn(tx.clone())?;
    spawn_reader(socket, tx.clone())?;
    terminal::install_panic_hook();
    terminal::enter()?;
    let _guard = terminal::Guard;
    let _input = super::input::spawn(tx)?;
    let mut term = terminal::new()?;
    let keys = Keymap::default();
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
/// presenter goes away.
fn spawn_reader(socket: PathBuf, tx: Sender<NotesEvent>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("notes-reader".into())
        .spawn(move || {
            loop {
                if let Ok(stream) = UnixStream::connect(&socket) {
                    for line in std::io::BufReader::new(stream).lines() {
                        let Ok(line) = line else { break };
                        if let Ok(cue) = serde_json::from_str::<Cue>(&line)
                            && tx.send(NotesEvent::Cue(Some(Box::new(cue)))).is_err()
                        {
                            return;
                        }
                    }
                    if tx.send(NotesEvent::Cue(None)).is_err() {
                        return;
                    }
                }
                std::thread::sleep(Duration::from_secs(1));
            }
        })?;
    Ok(())
}
