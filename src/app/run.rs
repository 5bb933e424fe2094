//! The main loop: block on one channel, update, draw only when something changed.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use super::{App, Effect, input};
use crate::cli::ThemeName;
use crate::document::Document;
use crate::event::{Event, spawn_signal_thread};
use crate::load::today;
use crate::model::Briefing;
use crate::terminal::{self, Tui};
use crate::theme::Theme;
use crate::{editor, view, watch};

/// Edits arrive as bursts of events (truncate, write, close, rename); wait this long for the
/// burst to end before reloading once.
const COALESCE: Duration = Duration::from_millis(12);

/// Opens the screen on `files` (checked by `crate::startup`), with `baseline` as the older
/// briefing to compare with, and returns the exit status.
pub fn run(files: &[PathBuf], theme: ThemeName, present: bool, baseline: Option<Briefing>) -> i32 {
    let today = today();
    let mut app = App::new(files.iter().map(|f| Document::open(f, today)).collect());
    super::update::release_freed_memory();
    if let Some(old) = baseline {
        app.set_baseline(old);
    }
    if present {
        app.begin_presentation();
    }
    match main_loop(&mut app, files, &Theme::from_env(theme)) {
        Ok(status) => status,
        Err(e) => {
            terminal::leave();
            eprintln!("brief: {e}");
            1
        }
    }
}

fn main_loop(app: &mut App, files: &[PathBuf], theme: &Theme) -> std::io::Result<i32> {
    let (tx, rx) = channel();
    spawn_signal_thread(tx.clone())?;
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
            if let (Some(server), Some(state)) = (&notes, crate::notes::protocol::snapshot(app)) {
                server.publish(&state);
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
                None => return Ok(0),
            },
        };
        // Time-keeping books time at each key, so the clock must be current, not last frame's.
        app.now = chrono::Local::now();
        let effect = match event {
            Event::Key(key) => app.on_key(key),
            Event::Mouse(mouse) => app.on_mouse(mouse),
            Event::Resize | Event::Continue => Effect::Redraw,
            Event::FileChanged(path) => {
                let changed = coalesce(&rx, path, &mut pending);
                changed
                    .iter()
                    .fold(Effect::None, |acc, p| match app.reload(today(), Some(p)) {
                        Effect::None => acc,
                        e => e,
                    })
            }
            Event::WatchFailed(why) => {
                app.message = Some(format!("live reload unavailable: {why}"));
                Effect::Redraw
            }
            Event::Terminate(signal) => return Ok(128 + signal),
            Event::Suspend => Effect::Suspend,
            Event::Notes(_) => Effect::None,
        };
        match effect {
            Effect::None => {}
            Effect::Redraw => dirty = true,
            Effect::Quit => return Ok(0),
            Effect::Reload => {
                app.reload(today(), None);
                dirty = true;
            }
            Effect::Suspend => {
                hand_over(&mut term, &mut input, || {
                    // SIGSTOP, not SIGTSTP: we catch SIGTSTP ourselves to get here.
                    // SAFETY: raising a signal on our own process has no memory effects.
                    unsafe { libc::raise(libc::SIGSTOP) };
                })?;
                dirty = true;
            }
            Effect::Edit { path, line } => {
                let status = hand_over(&mut term, &mut input, || {
                    editor::command(&path, line).status()
                })?;
                if let Err(e) = status {
                    app.message = Some(format!("could not start the editor: {e}"));
                }
                app.reload(today(), Some(&path));
                dirty = true;
            }
        }
    }
}

/// Serves presenter notes for a single open briefing; several open at once (the picker) have
/// no one presentation to follow.
fn serve_notes(app: &mut App, files: &[PathBuf]) -> Option<crate::notes::NotesServer> {
    let [file] = files else { return None };
    match crate::notes::NotesServer::start(file) {
        Ok(server) => server,
        Err(e) => {
            app.message = Some(format!("presenter notes unavailable: {e}"));
            None
        }
    }
}

fn draw(term: &mut Tui, app: &mut App, theme: &Theme) -> std::io::Result<()> {
    let size = term.size()?;
    app.size = (size.width, size.height);
    app.now = chrono::Local::now();
    term.draw(|frame| view::render(frame, app, theme))?;
    Ok(())
}

/// Waits for the next event; with a clock on screen, at most until the next whole second.
fn next_event(rx: &Receiver<Event>, clock: bool) -> Option<Event> {
    if !clock {
        return rx.recv().ok();
    }
    let now = chrono::Local::now();
    let to_next_second = Duration::from_nanos(u64::from(
        1_000_000_000 - now.timestamp_subsec_nanos().min(999_999_999),
    ));
    rx.recv_timeout(to_next_second).ok()
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
