//! The application state and its update step. Pure: it never touches the terminal or the
//! disk. What it needs done outside (quit, edit, suspend, reload) it returns as an `Effect`
//! for the runtime to carry out, and what the view laid out comes back to it as `Drawn`.

mod drawn;
mod place;
mod reload;
pub mod search;
mod update;

use std::path::PathBuf;

use crate::deck::cue::{At, Cue};
use crate::deck::timing::SlideClock;
use crate::deck::{Deck, Slide};
use crate::document::Document;
use crate::keymap::{Keymap, Mode};
use crate::model::{Briefing, Section};
use crate::summary::Summary;

pub use drawn::{DetailDrawn, Drawn, PanelDrawn};

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
    /// Read the open briefings again from disk and hand them to [`App::on_loaded`].
    Reload,
    Suspend,
    Edit {
        path: PathBuf,
        line: usize,
    },
}

#[derive(Debug, Clone, Default)]
pub struct DetailState {
    pub section: Option<Section>,
    pub index: usize,
    pub scroll: usize,
    /// The selected link among the item's linked items.
    pub link: usize,
    /// The items left by following a link, the latest last: Esc goes back to them in turn, as
    /// a browser's back button does, and to the overview once there are none.
    pub back: Vec<Visit>,
}

/// An item of the back stack, by id so that it survives a reload that moves items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    pub section: Section,
    pub id: String,
    pub scroll: usize,
    pub link: usize,
}

#[derive(Debug, Clone, Default)]
pub struct PresentState {
    pub slide: usize,
    pub blank: bool,
    /// Digits typed after `g`.
    pub goto: Option<String>,
    pub clock: SlideClock,
}

impl PresentState {
    /// Moves to `slide`, booking the time spent on the one being left.
    pub fn go_to(&mut self, slide: usize, now: chrono::DateTime<chrono::Local>) {
        if slide == self.slide && self.clock.entered.is_some() {
            return;
        }
        self.clock.leave(self.slide, now);
        self.slide = slide;
    }

    /// Time spent on `slide` including the current visit, as of `now`.
    pub fn time_on(
        &self,
        slide: usize,
        now: chrono::DateTime<chrono::Local>,
    ) -> std::time::Duration {
        self.clock.time_on(slide, self.slide, now)
    }
}

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    /// The query being typed, while the search prompt is open.
    pub typing: Option<String>,
    /// The confirmed query; matches stay highlighted until it is cleared.
    pub query: String,
    /// The matches of the last query over the last reading it was run on: the view asks on
    /// every frame, and a search over 2 M bullets takes tens of milliseconds.
    matches: std::cell::RefCell<Option<SearchRun>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct SearchRun {
    doc: usize,
    reading: Option<u64>,
    query: String,
    found: Vec<(Section, usize)>,
}

#[derive(Debug, Clone)]
pub struct App {
    pub docs: Vec<Document>,
    pub current: usize,
    /// The current briefing's slides and budgets, and its figures in words, made once per
    /// version of the briefing.
    pub deck: Deck,
    pub summary: Summary,
    pub keymap: Keymap,
    pub screen: Screen,
    pub picker_selected: usize,
    pub focus: Section,
    pub selected: [usize; 3],
    pub detail: DetailState,
    pub present: PresentState,
    pub search: SearchState,
    pub show_help: bool,
    /// The first line of help shown, when help is taller than the screen.
    pub help_scroll: usize,
    pub show_notes: bool,
    /// What the view laid out at the last draw: sizes, panel rectangles, rows shown.
    pub drawn: Drawn,
    /// A one-line message for the footer, such as "reloaded 14:02:11".
    pub message: Option<String>,
    /// The wall clock, set by the runtime before each update and draw, so both stay pure.
    pub now: chrono::DateTime<chrono::Local>,
    /// With `--compare OLD`: the older briefing, and what changed since, kept current on reload.
    pub baseline: Option<Briefing>,
    pub comparison: Option<crate::compare::Comparison>,
    /// The place before a version that lacked part of it (half a save), kept to be restored
    /// when that part comes back, and where the reader was put meanwhile.
    kept_place: Option<place::Place>,
    kept_at: place::Position,
}

impl App {
    pub fn new(docs: Vec<Document>) -> App {
        let screen = if docs.len() == 1 {
            Screen::Overview
        } else {
            Screen::Picker
        };
        let mut app = App {
            docs,
            current: 0,
            deck: Deck::default(),
            summary: Summary::default(),
            keymap: Keymap::default(),
            screen,
            picker_selected: 0,
            focus: Section::Goals,
            selected: [0; 3],
            detail: DetailState::default(),
            present: PresentState::default(),
            search: SearchState::default(),
            show_help: false,
            help_scroll: 0,
            show_notes: false,
            drawn: Drawn::default(),
            message: None,
            now: chrono::Local::now(),
            baseline: None,
            comparison: None,
            kept_place: None,
            kept_at: place::Position::default(),
        };
        app.refresh();
        app
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

    /// The last frame of the detail had no time to measure the lines the screen asks for
    /// (`End` in a 15 MB text): another frame should follow at once, unless a key comes first.
    pub fn drawing_more(&self) -> bool {
        self.screen == Screen::Detail && self.drawn.detail.is_some_and(|d| d.measuring)
    }

    /// Starts presenting from the title slide, as `brief present` does.
    pub fn begin_presentation(&mut self) {
        self.screen = Screen::Present;
        self.present.clock.started = Some(self.now);
        self.present.go_to(0, self.now);
    }

    /// Compares every later version of the open briefing with `old`.
    pub fn set_baseline(&mut self, old: Briefing) {
        self.baseline = Some(old);
        self.refresh();
        self.message = self.comparison_warning();
    }

    /// What makes a comparison read wrong, said in the footer: the older briefing dated after
    /// this one (every change reads backwards), or no item in common (the wrong file, likely).
    fn comparison_warning(&self) -> Option<String> {
        let (old, new) = (self.baseline.as_ref()?, self.briefing()?);
        let t = crate::texts::texts(new.meta.language);
        if old.meta.date > new.meta.date {
            return Some(format!("⚠ {} ({})", t.compared_later, old.meta.date));
        }
        let shared = new.items().any(|(_, item)| old.find(&item.id).is_some());
        (!shared && old.items().next().is_some()).then(|| format!("⚠ {}", t.compared_unrelated))
    }

    /// Recomputes what is derived from the current briefing: the deck, the summary and the
    /// comparison with the baseline.
    fn refresh(&mut self) {
        let (deck, summary) = match self.briefing() {
            Some(b) => (Deck::of(b), Summary::of(b)),
            None => (Deck::default(), Summary::default()),
        };
        self.comparison = match (&self.baseline, self.briefing()) {
            (Some(old), Some(new)) => Some(crate::compare::compare(old, new)),
            _ => None,
        };
        self.deck = deck;
        self.summary = summary;
    }

    /// The slide on screen, when presenting.
    pub fn slide(&self) -> Option<Slide> {
        self.deck.get(self.present.slide.min(self.deck.last()))
    }

    /// What the presenter's notes terminal should show now.
    pub fn cue(&self) -> Option<Cue> {
        let briefing = self.briefing()?;
        let at = if self.screen == Screen::Present {
            At::Slide(self.present.slide)
        } else {
            At::Item(self.focus, self.selected[self.focus.index()])
        };
        Some(self.deck.cue(briefing, at, &self.present.clock))
    }

    /// Takes the view's report of what it laid out, for paging, scrolling and mouse hits.
    pub fn on_drawn(&mut self, drawn: Drawn) {
        if let Some(detail) = &drawn.detail {
            self.detail.scroll = self.detail.scroll.min(detail.max_scroll());
        }
        if let Some(help) = &drawn.help {
            self.help_scroll = self.help_scroll.min(help.max_scroll());
        }
        self.drawn = drawn;
    }

    /// The paths the runtime reads again for a reload asked for by hand (`r`).
    pub fn paths_to_reload(&self) -> Vec<PathBuf> {
        self.docs.iter().map(|d| d.path.clone()).collect()
    }
}
