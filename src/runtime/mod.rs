//! The runtime: everything that touches the terminal, the disk, signals and sockets. It owns
//! the main loop of `brief` (block on one channel, update, draw only when something changed)
//! and the loop of `brief notes`; the state (`app`) and the view stay pure.

pub mod editor;
pub mod event;
pub mod input;
mod main_loop;
pub mod notes_client;
mod notes_clients;
mod notes_server;
pub mod reload;
pub mod signals;
pub mod socket;
pub mod terminal;
pub mod watch;

use std::path::PathBuf;
use std::sync::mpsc::channel;
use std::time::Duration;

use crate::app::App;
use crate::document::Document;
use crate::exit::Exit;
use crate::load::today;
use crate::model::Briefing;
use crate::theme::{Theme, ThemeName};
use main_loop::MainLoop;
use notes_server::NotesServer;

/// Opens the screen on `files` (checked by `crate::startup`), with `baseline` as the older
/// briefing to compare with, and the user's config (its keys, editor and language; a problem
/// with it is said in the footer), and says how it ended.
pub fn run(
    files: &[PathBuf],
    theme: ThemeName,
    present: bool,
    baseline: Option<Briefing>,
    config: &crate::config::Loaded,
) -> Exit {
    let today = today();
    let language = config.config.language;
    let docs = files.iter().map(|f| {
        let mut doc = Document::open(f, today);
        if let (Some(language), Some(good)) = (language, doc.good.as_mut()) {
            good.briefing.meta.assume_language(language);
        }
        doc
    });
    let mut app = App::new(docs.collect());
    crate::sys::release_freed_memory();
    app.keymap = config.config.keymap.clone();
    app.message = config.summary();
    if let Some(mut old) = baseline {
        if let Some(language) = language {
            old.meta.assume_language(language);
        }
        app.set_baseline(old);
    }
    if present {
        app.begin_presentation();
    }
    let settings = main_loop::Settings {
        editor: config.config.editor.clone(),
        language,
    };
    match main_loop(&mut app, files, &Theme::from_env(theme), settings) {
        Ok(exit) => exit,
        Err(e) => {
            terminal::leave();
            eprintln!("brief: {e}");
            Exit::Problems
        }
    }
}

fn main_loop(
    app: &mut App,
    files: &[PathBuf],
    theme: &Theme,
    settings: main_loop::Settings,
) -> std::io::Result<Exit> {
    let (tx, rx) = channel();
    signals::spawn(tx.clone())?;
    let _watch = match watch::watch(files, tx.clone()) {
        Ok(w) => Some(w),
        Err(e) => {
            let t = crate::view::app_texts(app);
            app.message = Some(format!("{}: {e}", t.live_reload_unavailable));
            None
        }
    };
    terminal::install_panic_hook();
    terminal::enter()?;
    let _guard = terminal::Guard;
    let input = input::spawn(tx.clone())?;
    let term = terminal::new()?;
    let notes = serve_notes(app, files, &tx);
    let mut main = MainLoop::new(app, theme, (term, input, rx), settings);
    main.notes = notes;
    main.run()
}

/// Serves presenter notes for a single open briefing; several open at once (the picker) have
/// no one presentation to follow.
fn serve_notes(
    app: &mut App,
    files: &[PathBuf],
    events: &std::sync::mpsc::Sender<event::Event>,
) -> Option<NotesServer> {
    let [file] = files else { return None };
    match NotesServer::start(file, events.clone()) {
        Ok(server) => Some(server),
        Err(e) => {
            let t = crate::view::app_texts(app);
            app.message = Some(format!("{}: {e}", t.notes_unavailable));
            None
        }
    }
}

/// How long until the clock on screen shows the next second.
pub fn to_next_second(now: chrono::DateTime<chrono::Local>) -> Duration {
    Duration::from_nanos(u64::from(
        1_000_000_000 - now.timestamp_subsec_nanos().min(999_999_999),
    ))
}
