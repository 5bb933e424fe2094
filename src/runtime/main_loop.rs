//! The main loop of `brief`: block on one channel, update the state, draw only when something
//! changed. Wakes only for an event, the clock on screen (once a second, while presenting),
//! or a changed file becoming quiet.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::Instant;

use super::event::{Change, Event};
use super::notes_server::NotesServer;
use super::reload::Quiet;
use super::signals::Signal;
use super::terminal::{self, Tui};
use super::{editor, input};
use crate::app::{App, Effect};
use crate::document::{self, Reading};
use crate::exit::Exit;
use crate::model::Language;
use crate::theme::Theme;

/// What the main loop owns besides the state.
pub struct MainLoop<'a> {
    pub app: &'a mut App,
    pub theme: &'a Theme,
    pub term: Tui,
    pub input: input::InputControl,
    pub rx: Receiver<Event>,
    pub notes: Option<NotesServer>,
    settings: Settings,
    /// Events taken from the channel while collecting a burst of file changes, in order.
    pending: VecDeque<Event>,
    quiet: Quiet,
}

/// What the user's config changes in the loop.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// The editor command, before `$VISUAL` and `$EDITOR`.
    pub editor: Option<String>,
    /// The language of a briefing that names none.
    pub language: Option<Language>,
}

/// Why the loop woke.
enum Wake {
    Event(Event),
    /// A changed file has been quiet long enough to be read and shown.
    Quiet,
    /// The clock on screen shows a new second.
    Tick,
    /// Every sender is gone.
    Closed,
}

impl<'a> MainLoop<'a> {
    pub fn new(
        app: &'a mut App,
        theme: &'a Theme,
        (term, input, rx): (Tui, input::InputControl, Receiver<Event>),
        settings: Settings,
    ) -> MainLoop<'a> {
        MainLoop {
            app,
            theme,
            term,
            input,
            rx,
            notes: None,
            settings,
            pending: VecDeque::new(),
            quiet: Quiet::default(),
        }
    }

    pub fn run(&mut self) -> std::io::Result<Exit> {
        let mut dirty = true;
        loop {
            if dirty {
                self.draw()?;
                dirty = false;
            }
            let effect = match self.wake() {
                Wake::Event(event) => {
                    // Time-keeping books time at each key, so the clock must be current.
                    self.app.now = chrono::Local::now();
                    match self.on_event(event) {
                        Ok(effect) => effect,
                        Err(exit) => return Ok(exit),
                    }
                }
                Wake::Quiet => self.read_quiet_files(),
                Wake::Tick => Effect::Redraw,
                Wake::Closed => return Ok(Exit::Ok),
            };
            dirty |= effect != Effect::None;
            if let Some(exit) = self.carry_out(effect)? {
                return Ok(exit);
            }
        }
    }

    fn draw(&mut self) -> std::io::Result<()> {
        self.app.now = chrono::Local::now();
        let mut drawn = None;
        let (app, theme) = (&*self.app, self.theme);
        self.term
            .draw(|frame| drawn = Some(crate::view::render(frame, app, theme)))?;
        if let Some(drawn) = drawn {
            self.app.on_drawn(drawn);
        }
        if let (Some(server), Some(cue)) = (&self.notes, self.app.cue()) {
            server.publish(&cue);
        }
        Ok(())
    }

    /// Waits for the next event, the next quiet file or the clock's next second.
    fn wake(&mut self) -> Wake {
        if let Some(event) = self.pending.pop_front() {
            return Wake::Event(event);
        }
        let now = Instant::now();
        let quiet = self.quiet.deadline();
        let tick = if self.app.drawing_more() {
            // A detail still measuring draws again now, after any key already waiting.
            Some(now)
        } else {
            self.app
                .clock_visible()
                .then(|| now + super::to_next_second(chrono::Local::now()))
        };
        let Some(deadline) = [quiet, tick].into_iter().flatten().min() else {
            return self.rx.recv().map_or(Wake::Closed, Wake::Event);
        };
        match self
            .rx
            .recv_timeout(deadline.saturating_duration_since(now))
        {
            Ok(event) => Wake::Event(event),
            Err(RecvTimeoutError::Disconnected) => Wake::Closed,
            Err(RecvTimeoutError::Timeout) if quiet.is_some_and(|q| q <= Instant::now()) => {
                Wake::Quiet
            }
            Err(RecvTimeoutError::Timeout) => Wake::Tick,
        }
    }

    /// The state's answer to one event; `Err` ends the loop with that status.
    fn on_event(&mut self, event: Event) -> Result<Effect, Exit> {
        Ok(match event {
            Event::Key(key) => self.app.on_key(key),
            Event::Mouse(mouse) => self.app.on_mouse(mouse),
            Event::Resize | Event::Signal(Signal::Resize | Signal::Continue) => Effect::Redraw,
            Event::FileChanged(path, change) => {
                let changes = self.collect_burst(path, change);
                self.on_file_changes(changes)
            }
            Event::WatchFailed(why) => {
                let t = crate::view::app_texts(self.app);
                self.app.message = Some(format!("{}: {why}", t.live_reload_unavailable));
                Effect::Redraw
            }
            Event::Notes(notice) => {
                let t = crate::view::app_texts(self.app);
                self.app.message = Some(notice.words(t));
                Effect::Redraw
            }
            Event::Signal(Signal::Terminate(signal)) => return Err(Exit::signal(signal)),
            Event::Signal(Signal::Suspend) => Effect::Suspend,
        })
    }

    /// The file events already waiting behind the first, one per path, the last word of each
    /// (a write after a close means more is coming); other events are kept for later, in order.
    fn collect_burst(&mut self, path: PathBuf, change: Change) -> Vec<(PathBuf, Change)> {
        let mut changes = vec![(path, change)];
        loop {
            match self.rx.try_recv() {
                Ok(Event::FileChanged(path, change)) => {
                    match changes.iter_mut().find(|(p, _)| *p == path) {
                        Some(seen) => seen.1 = change,
                        None => changes.push((path, change)),
                    }
                }
                Ok(other) => self.pending.push_back(other),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => return changes,
            }
        }
    }

    /// A completed save is read at once and shown unless it looks like half a save; anything
    /// doubtful waits for the file to be quiet.
    fn on_file_changes(&mut self, changes: Vec<(PathBuf, Change)>) -> Effect {
        let now = Instant::now();
        let mut effect = Effect::None;
        for (path, change) in changes {
            if change == Change::Writing {
                self.quiet.wait(&path, now);
                continue;
            }
            let reading = self.read(&path);
            if self.app.doubts(&path, &reading) {
                self.quiet.wait(&path, now);
            } else {
                self.quiet.settled(&path);
                effect = merge(effect, self.app.on_loaded(&path, reading));
            }
        }
        crate::sys::release_freed_memory();
        effect
    }

    /// The files quiet since their last change, read and shown as they are now.
    fn read_quiet_files(&mut self) -> Effect {
        self.app.now = chrono::Local::now();
        let due = self.quiet.take_due(Instant::now());
        let effect = self.reload(&due);
        crate::sys::release_freed_memory();
        effect
    }

    /// Reads `paths` again and hands each version to the state.
    fn reload(&mut self, paths: &[PathBuf]) -> Effect {
        paths.iter().fold(Effect::None, |acc, path| {
            self.quiet.settled(path);
            let reading = self.read(path);
            merge(acc, self.app.on_loaded(path, reading))
        })
    }

    /// Carries out what the state asked for; `Some` ends the loop with that status.
    fn carry_out(&mut self, effect: Effect) -> std::io::Result<Option<Exit>> {
        match effect {
            Effect::None | Effect::Redraw => {}
            Effect::Quit => return Ok(Some(Exit::Ok)),
            Effect::Reload => {
                let paths = self.app.paths_to_reload();
                self.reload(&paths);
                crate::sys::release_freed_memory();
            }
            Effect::Suspend => {
                self.hand_over(super::signals::stop_self)?;
            }
            Effect::Edit { path, line } => {
                let editor = self.settings.editor.clone();
                let status =
                    self.hand_over(|| editor::command(&path, line, editor.as_deref()).status())?;
                if let Err(e) = status {
                    let t = crate::view::app_texts(self.app);
                    self.app.message = Some(format!("{}: {e}", t.editor_failed));
                }
                // The editor has exited: the save is complete, shown whatever it is.
                self.reload(std::slice::from_ref(&path));
            }
        }
        Ok(None)
    }

    /// Gives the terminal to `f` (an editor, the shell) and takes it back, redrawing from
    /// scratch.
    fn hand_over<T>(&mut self, f: impl FnOnce() -> T) -> std::io::Result<T> {
        self.input.pause();
        terminal::leave();
        let result = f();
        terminal::enter()?;
        self.term.clear()?;
        self.input.resume();
        Ok(result)
    }
}

fn merge(acc: Effect, next: Effect) -> Effect {
    if next == Effect::None { acc } else { next }
}

impl MainLoop<'_> {
    /// Reads and loads `path` as of today, in the configured language if it names none.
    fn read(&self, path: &Path) -> Reading {
        let mut reading = document::read(path, crate::load::today());
        if let (Some(language), Ok(loaded)) = (self.settings.language, &mut reading.result) {
            loaded.briefing.meta.assume_language(language);
        }
        reading
    }
}
