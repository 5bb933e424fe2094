//! What the presenter publishes: one JSON object per line, sent whenever it changes.

use serde::{Deserialize, Serialize};

use crate::app::{App, Screen, Slide};
use crate::model::Briefing;
use crate::timing;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotesState {
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

pub fn snapshot(app: &App) -> Option<NotesState> {
    let briefing = app.briefing()?;
    let mut state = NotesState {
        title: briefing.meta.title.clone(),
        language_zh: briefing.meta.language == crate::model::Language::Zh,
        total_s: briefing.meta.duration.map(|d| d.as_secs()),
        ..NotesState::default()
    };
    if app.screen == Screen::Present {
        let slides = app.slides();
        let index = app.present.slide.min(slides.len().saturating_sub(1));
        let budgets = timing::budgets(briefing, &slides);
        state.presenting = true;
        state.slide = index + 1;
        state.slides = slides.len();
        (state.current, state.section, state.notes) =
            describe(briefing, slides.get(index).copied());
        state.next = slides
            .get(index + 1)
            .map(|s| describe(briefing, Some(*s)).0);
        state.started_ms = app.present.started.map(|t| t.timestamp_millis());
        state.entered_ms = app.present.entered.map(|t| t.timestamp_millis());
        state.spent_before_s = app.present.spent.get(&index).map_or(0, |d| d.as_secs());
        if budgets.iter().any(Option::is_some) {
            state.planned_start_s = Some(
                budgets
                    .iter()
                    .take(index)
                    .flatten()
                    .map(|d| d.as_secs())
                    .sum(),
            );
        }
        state.budget_s = budgets.get(index).copied().flatten().map(|d| d.as_secs());
    } else {
        let item = briefing
            .section(app.focus)
            .get(app.selected[app.focus.index()]);
        state.section = briefing.section_name(app.focus).to_owned();
        state.current = item.map(|i| i.title.clone()).unwrap_or_default();
        state.notes = item.and_then(|i| i.notes.clone());
    }
    Some(state)
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
        Some(Slide::KeyMetrics) => ("Key metrics · 关键指标".to_owned(), String::new(), None),
        Some(Slide::Title) | None => (
            briefing.meta.title.clone(),
            String::new(),
            briefing.meta.notes.clone(),
        ),
    }
}
