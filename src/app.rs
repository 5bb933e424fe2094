//! The application state and its update step. Never touches the terminal or the disk, except
//! through the `Effect`s it returns and `Document::reload`.

mod input;
mod place;
mod run;
pub mod search;
pub mod slides;
mod update;

use std::path::PathBuf;

use crate::document::Document;
use crate::keymap::Mode;
use crate::model::{Briefing, Section};

pub use input::spawn as spawn_input;
pub use run::run;
pub use slides::Slide;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Picker,
    Overview,
    Detail,
    Present,
}

/// What the update step asks the outside world to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    Redraw,
    Quit,
    Reload,
    Suspend,
    Edit { path: PathBuf, line: usize },
}

#[derive(Debug, Clone, Default)]
pub struct DetailState {
    pub section: Option<Section>,
    pub index: usize,
    pub scroll: usize,
    /// The selected link among the item's linked items.
    pub link: usize,
}

#[derive(Debug, Clone)]
pub struct PresentState {
    pub slide: usize,
    pub blank: bool,
    pub started: Option<chrono::DateTime<chrono::Local>>,
    /// Digits typed after `g`.
    pub goto: Option<String>,
    /// Time spent on each slide so far, by slide index, not counting the current visit.
    pub spent: std::collections::HashMap<usize, std::time::Duration>,
    /// When the current slide was entered.
    pub entered: Option<chrono::DateTime<chrono::Local>>,
}

impl PresentState {
    /// Time spent on `slide` including the current visit, as of `now`.
    pub fn time_on(
        &self,
        slide: usize,
        now: chrono::DateTime<chrono::Local>,
    ) -> std::time::Duration {
        let past = self.spent.get(&slide).copied().unwrap_or_default();
        let current = match self.entered {
            Some(at) if slide == self.slide => (now - at).to_std().unwrap_or_default(),
            _ => std::time::Duration::ZERO,
        };
        past + current
    }

    /// Moves to `slide`, booking the time spent on the one being left.
    pub fn go_to(&mut self, slide: usize, now: chrono::DateTime<chrono::Local>) {
        if slide == self.slide && self.entered.is_some() {
            return;
        }
        if let Some(at) = self.entered {
            *self.spent.entry(self.slide).or_default() += (now - at).to_std().unwrap_or_default();
        }
        self.slide = slide;
        self.entered = Some(now);
    }
}

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    /// The query being typed, while the search prompt is open.
    pub typing: Option<String>,
    /// The confirmed query; matches stay highlighted until it is cleared.
    pub query: String,
}

#[derive(Debug, Clone)]
pub struct App {
    pub docs: Vec<Document>,
    pub current: usize,
    pub screen: Screen,
    pub picker_selected: usize,
    pub focus: Section,
    pub selected: [usize; 3],
    pub detail: DetailState,
    pub present: PresentState,
    pub search: SearchState,
    pub show_help: bool,
    pub show_notes: bool,
    /// The terminal size at the last draw, for page sizes and mouse hits.
    pub size: (u16, u16),
    /// A one-line message for the footer, such as "reloaded 14:02:11".
    pub message: Option<String>,
    /// The wall clock, set by the main loop before each draw, so the view stays pure.
    pub now: chrono::DateTime<chrono::Local>,
    /// With `--compare OLD`: the older briefing, and what changed since, kept current on reload.
    pub baseline: Option<Briefing>,
    pub comparison: Option<crate::compare::Comparison>,
}

impl App {
    pub fn new(docs: Vec<Document>) -> App {
        let screen = if docs.len() == 1 {
            Screen::Overview
        } else {
            Screen::Picker
        };
        App {
            docs,
            current: 0,
            screen,
            picker_selected: 0,
            focus: Section::Goals,
            selected: [0; 3],
            detail: DetailState::default(),
            present: PresentState {
                slide: 0,
                blank: false,
                started: None,
                goto: None,
                spent: Default::default(),
                entered: None,
            },
            search: SearchState::default(),
            show_help: false,
            show_notes: false,
            size: (80, 24),
            message: None,
            now: chrono::Local::now(),
            baseline: None,
            comparison: None,
        }
    }

    pub fn doc(&self) -> Option<&Document> {
        self.docs.get(self.current)
    }

    pub fn briefing(&self) -> Option<&Briefing> {
        self.doc().and_then(Document::briefing)
    }

    pub fn mode(&self) -> Mode {
        match self.screen {
            Screen::Picker => Mode::Picker,
            Screen::Overview => Mode::Overview,
            Screen::Detail => Mode::Detail,
            Screen::Present => Mode::Present,
        }
    }

    /// A clock is on screen only while presenting (and not blanked); only then do we tick.
    pub fn clock_visible(&self) -> bool {
        self.screen == Screen::Present && !self.present.blank && self.briefing().is_some()
    }

    /// Starts presenting from the title slide, as `brief present` does.
    pub fn begin_presentation(&mut self) {
        self.screen = Screen::Present;
        self.present.started = Some(self.now);
        self.present.go_to(0, self.now);
    }

    /// Compares every later version of the open briefing with `old`.
    pub fn set_baseline(&mut self, old: Briefing) {
        self.baseline = Some(old);
        self.refresh_comparison();
    }

    pub fn refresh_comparison(&mut self) {
        self.comparison = match (&self.baseline, self.briefing()) {
            (Some(old), Some(new)) => Some(crate::compare::compare(old, new)),
            _ => None,
        };
    }

    pub fn slides(&self) -> Vec<Slide> {
        self.briefing().map(slides::slides).unwrap_or_default()
    }
}
