//! The runtime: everything that touches the terminal, the disk, signals and sockets. It owns
//! the main loop of `brief` (block on one channel, update, draw only when something changed)
//! and the loop of `brief notes`; the state (`app`) and the view stay pure.

pub mod editor;
pub mod event;
pub mod input;
pub mod notes_client;
mod notes_server;
pub mod signals;
pub mod socket;
pub mod terminal;
pub mod watch;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use crate::app::{App, Effect};
use crate::document::{self, Document};
use crate::exit::Exit;
use crate::load::{expand_paths, today};
use crate::theme::{Theme, ThemeName};
use crate::view;
use event::Event;
use notes_server::NotesServer;
use signals::Signal;
use terminal::Tui;

/// Edits arrive as bursts of events (truncate, write, close, rename); wait this long for the
/// burst to end before reloading once.
const COALESCE: Duration = Duration::from_millis(12);

/// Opens the screen on `paths` (default: the bundled briefings) and says how it ended.
pub fn run(paths: &[PathBuf], theme: ThemeName, present: bool, compare: Option<&Path>) -> Exit {
    let paths = if paths.is_empty() {
        vec![default_dir()]
    } else {
        paths.to_vec()
    };
    let files = match expand_paths(&paths) {
        Ok(files) => files,
        Err(message) => {
            eprintln!("brief: {message}");
            return Exit::Usage;
        }
    };
    let today = today();
    let mut app = App::new(files.iter().map(|f| Document::open(f, today)).collect());
    crate::sys::release_freed_memory();
    if let Some(old) = compare {
        match crate::load::load_file(old, today) {
            Ok(loaded) => app.set_baseline(loaded.briefing),
            Err(errors) => {
                for e in &errors {
                    eprint!("{}", e.render());
                }
                return Exit::Problems;
            }
        }
    }
    if present {
        app.begin_presentation();
    }
    match main_loop(&mut app, &files, &Theme::from_env(theme)) {
        Ok(exit) => exit,
        Err(e) => {
            terminal::leave();
            eprintln!("brief: {e}");
            Exit::Problems
        }
    }
}

/// `briefings/` here, else the one bundled beside the sources.
fn default_dir() -> PathBuf {
    let here = PathBuf::from("briefings");
    if here.is_dir() {
        here
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings")
    }
}

fn main_loop(app: &mut App, files: &[PathBuf], theme: &Theme) -> std::io::Result<Exit> {
    let (tx, rx) = channel();
    signals::spawn(tx.clone())?;
    let _watch = match watch::watch(files, tx.clone()) {
        Ok(w) => Some(w),
        Err(e) => {
            app.message = Some(format!("live reload unavailable: {e}"));
            None
        }
    };
    terminal::install_panic_hook();
    terminal::enter()?;
    let _guard = terminal::Guard;
    let mut input = input::spawn(tx)?;
    let mut term = terminal::new()?;
    let notes = serve_notes(app, files);
    let mut pending = VecDeque::new();
    let mut dirty = true;
    loop {
        if dirty {
            draw(&mut term, app, theme)?;
            dirty = false;
            if let (Some(server), Some(cue)) = (&notes, app.cue()) {
                server.publish(&cue);
            }
        }
        let event = match pending.pop_front() {
            Some(event) => event,
            None => match next_event(&rx, app.clock_visible()) {
                Some(event) => event,
                None if app.clock_visible() => {
                    dirty = true;
                    continue;
                }
                None => return Ok(Exit::Ok),
            },
        };
        // Time-keeping books time at each key, so the clock must be current, not last frame's.
        app.now = chrono::Local::now();
        let effect = match event {
            Event::Key(key) => app.on_key(key),
            Event::Mouse(mouse) => app.on_mouse(mouse),
            Event::Resize | Event::Signal(Signal::Resize | Signal::Continue) => Effect::Redraw,
            Event::FileChanged(path) => {
                let changed = coalesce(&rx, path, &mut pending);
                reload(app, &changed)
            }
            Event::WatchFailed(why) => {
                app.message = Some(format!("live reload unavailable: {why}"));
                Effect::Redraw
            }
            Event::Signal(Signal::Terminate(signal)) => return Ok(Exit::signal(signal)),
            Event::Signal(Signal::Suspend) => Effect::Suspend,
        };
        match effect {
            Effect::None => {}
            Effect::Redraw => dirty = true,
            Effect::Quit => return Ok(Exit::Ok),
            Effect::Reload => {
                let paths = app.paths_to_reload();
                reload(app, &paths);
                dirty = true;
            }
            Effect::Suspend => {
                hand_over(&mut term, &mut input, signals::stop_self)?;
                dirty = true;
            }
            Effect::Edit { path, line } => {
                let status = hand_over(&mut term, &mut input, || {
                    editor::command(&path, line, None).status()
                })?;
                if let Err(e) = status {
                    app.message = Some(format!("could not start the editor: {e}"));
                }
                reload(app, std::slice::from_ref(&path));
                dirty = true;
            }
        }
    }
}

/// Reads `paths` again and hands each version to the state.
fn reload(app: &mut App, paths: &[PathBuf]) -> Effect {
    let today = today();
    app.now = chrono::Local::now();
    let effect = paths.iter().fold(Effect::None, |acc, path| {
        match app.on_loaded(path, document::read(path, today)) {
            Effect::None => acc,
            e => e,
        }
    });
    crate::sys::release_freed_memory();
    effect
}

/// Serves presenter notes for a single open briefing; several open at once (the picker) have
/// no one presentation to follow.
fn serve_notes(app: &mut App, files: &[PathBuf]) -> Option<NotesServer> {
    let [file] = files else { return None };
    match NotesServer::start(file) {
        Ok(server) => server,
        Err(e) => {
            app.message = Some(format!("presenter notes unavailable: {e}"));
            None
        }
    }
}

fn draw(term: &mut Tui, app: &mut App, theme: &Theme) -> std::io::Result<()> {
    app.now = chrono::Local::now();
    let mut drawn = None;
    term.draw(|frame| drawn = Some(view::render(frame, app, theme)))?;
    if let Some(drawn) = drawn {
        app.on_drawn(drawn);
    }
    Ok(())
}

/// Waits for the next event; with a clock on screen, at most until the next whole second.
fn next_event(rx: &Receiver<Event>, clock: bool) -> Option<Event> {
    if !clock {
        return rx.recv().ok();
    }
    rx.recv_timeout(to_next_second(chrono::Local::now())).ok()
}

/// How long until the clock on screen shows the next second.
pub fn to_next_second(now: chrono::DateTime<chrono::Local>) -> Duration {
    Duration::from_nanos(u64::from(
        1_000_000_000 - now.timestamp_subsec_nanos().min(999_999_999),
    ))
}

/// Collects the rest of a burst of file events; other events are kept for later, in order.
fn coalesce(rx: &Receiver<Event>, first: PathBuf, pending: &mut VecDeque<Event>) -> Vec<PathBuf> {
    let mut changed = vec![first];
    while let Ok(event) = rx.recv_timeout(COALESCE) {
        match event {
            Event::FileChanged(path) if !changed.contains(&path) => changed.push(path),
            Event::FileChanged(_) => {}
            other => pending.push_back(other),
        }
    }
    changed
}

/// Gives the terminal to `f` (an editor, the shell) and takes it back, redrawing from scratch.
fn hand_over<T>(
    term: &mut Tui,
    input: &mut input::InputControl,
    f: impl FnOnce() -> T,
) -> std::io::Result<T> {
    input.pause();
    terminal::leave();
    let result = f();
    terminal::enter()?;
    term.clear()?;
    input.resume();
    Ok(result)
}
