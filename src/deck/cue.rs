//! A cue card: what the presenter's second screen (`brief notes`) shows about where the
//! presentation stands. The presenting brief sends one as a JSON line whenever it changes.
//!
//! Built by the deck from the briefing and the slide clock alone, so the message carries
//! plain words and numbers and the follower needs nothing else to draw it.

use serde::{Deserialize, Serialize};

use super::timing::SlideClock;
use super::{Deck, Slide};
use crate::model::{Briefing, Language, Section};
use crate::texts::texts;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    pub title: String,
    pub presenting: bool,
    /// 1-based slide number and count, when presenting.
    pub slide: usize,
    pub slides: usize,
    /// What is on screen now (the slide's or the selected item's title) and its section.
    pub current: String,
    pub section: String,
    pub next: Option<String>,
    pub notes: Option<String>,
    /// Presentation start and current slide entry, in milliseconds since the Unix epoch.
    pub started_ms: Option<i64>,
    pub entered_ms: Option<i64>,
    /// Time already spent on this slide in earlier visits, in seconds.
    pub spent_before_s: u64,
    /// The plan: when this slide should start, its budget, and the whole meeting, in seconds.
    pub planned_start_s: Option<u64>,
    pub budget_s: Option<u64>,
    pub total_s: Option<u64>,
    pub language_zh: bool,
}

/// Where the presenter is: on a slide, or (before presenting) on an item of the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    Slide(usize),
    Item(Section, usize),
}

impl Cue {
    pub fn language(&self) -> Language {
        if self.language_zh {
            Language::Zh
        } else {
            Language::En
        }
    }
}

impl Deck {
    pub fn cue(&self, briefing: &Briefing, at: At, clock: &SlideClock) -> Cue {
        let mut cue = Cue {
            title: briefing.meta.title.clone(),
            language_zh: briefing.meta.language == Language::Zh,
            total_s: briefing.meta.duration.map(|d| d.as_secs()),
            ..Cue::default()
        };
        match at {
            At::Slide(slide) => {
                let index = slide.min(self.last());
                cue.presenting = true;
                cue.slide = index + 1;
                cue.slides = self.len();
                (cue.current, cue.section, cue.notes) = describe(briefing, self.get(index));
                cue.next = self.get(index + 1).map(|s| describe(briefing, Some(s)).0);
                cue.started_ms = clock.started.map(|t| t.timestamp_millis());
                cue.entered_ms = clock.entered.map(|t| t.timestamp_millis());
                cue.spent_before_s = clock
                    .spent
                    .get(&index)
                    .map_or(0, std::time::Duration::as_secs);
                cue.planned_start_s = self.planned_start(index).map(|d| d.as_secs());
                cue.budget_s = self.budget(index).map(|d| d.as_secs());
            }
            At::Item(section, index) => {
                let item = briefing.section(section).get(index);
                briefing.section_name(section).clone_into(&mut cue.section);
                cue.current = item.map(|i| i.title.clone()).unwrap_or_default();
                cue.notes = item.and_then(|i| i.notes.clone());
            }
        }
        cue
    }
}

/// (title, section, notes) of a slide.
fn describe(briefing: &Briefing, slide: Option<Slide>) -> (String, String, Option<String>) {
    match slide {
        Some(Slide::Item(s, i)) => {
            let item = briefing.section(s).get(i);
            (
                item.map(|i| i.title.clone()).unwrap_or_default(),
                briefing.section_name(s).to_owned(),
                item.and_then(|i| i.notes.clone()),
            )
        }
        Some(Slide::Section(s)) => (
            briefing.section_name(s).to_owned(),
            briefing.section_name(s).to_owned(),
            None,
        ),
        Some(Slide::KeyMetrics) => (
            texts(briefing.meta.language).key_metrics.to_owned(),
            String::new(),
            None,
        ),
        Some(Slide::Trajectory) => (
            texts(briefing.meta.language).trajectory.to_owned(),
            String::new(),
            None,
        ),
        Some(Slide::Title) | None => (
            briefing.meta.title.clone(),
            String::new(),
            briefing.meta.notes.clone(),
        ),
    }
}
