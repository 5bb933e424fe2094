//! The presentation as a deck: the sequence of slides a briefing makes, each slide's time
//! budget, and what a presenter's second screen needs to know about any slide.
//!
//! Pure: a briefing in, a deck out. It is computed once per version of the briefing and kept,
//! not rebuilt at every key and frame.

pub mod cue;
pub mod timing;

use std::time::Duration;

use crate::chart;
use crate::model::{Briefing, Section};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    Title,
    KeyMetrics,
    /// Every key goal's trajectory chart, side by side.
    Trajectory,
    Section(Section),
    Item(Section, usize),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Deck {
    pub slides: Vec<Slide>,
    /// The time budget of each slide, in step with `slides`; `None` where nothing gives one.
    pub budgets: Vec<Option<Duration>>,
    /// The charts of the trajectory slide: (goal, metric) of each key goal that has one.
    pub trajectories: Vec<(usize, usize)>,
}

impl Deck {
    pub fn of(briefing: &Briefing) -> Deck {
        let trajectories = trajectories(briefing);
        let slides = slides(briefing, !trajectories.is_empty());
        let budgets = timing::budgets(briefing, &slides);
        Deck {
            slides,
            budgets,
            trajectories,
        }
    }

    pub fn len(&self) -> usize {
        self.slides.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
    }

    pub fn last(&self) -> usize {
        self.slides.len().saturating_sub(1)
    }

    pub fn get(&self, index: usize) -> Option<Slide> {
        self.slides.get(index).copied()
    }

    /// The slide that shows `section`'s item `index`, if any.
    pub fn slide_of(&self, section: Section, index: usize) -> Option<usize> {
        self.slides
            .iter()
            .position(|s| *s == Slide::Item(section, index))
    }

    /// Where `slide` stands on the planned clock: the budgets of the slides before it.
    pub fn planned_start(&self, slide: usize) -> Option<Duration> {
        self.budgets
            .iter()
            .any(Option::is_some)
            .then(|| self.budgets.iter().take(slide).flatten().sum())
    }

    pub fn budget(&self, slide: usize) -> Option<Duration> {
        self.budgets.get(slide).copied().flatten()
    }
}

/// Each key goal (marked key, or with a key metric) whose chart metric has a chart.
fn trajectories(briefing: &Briefing) -> Vec<(usize, usize)> {
    let as_of = briefing.meta.date;
    briefing
        .goals
        .iter()
        .enumerate()
        .filter(|(_, g)| g.key || g.metrics.iter().any(|m| m.key))
        .filter_map(|(i, g)| chart::goal_metric(g, as_of).map(|(m, _)| (i, m)))
        .collect()
}

fn slides(briefing: &Briefing, trajectory: bool) -> Vec<Slide> {
    let mut out = vec![Slide::Title];
    if briefing
        .items()
        .any(|(_, item)| item.key || item.metrics.iter().any(|m| m.key))
    {
        out.push(Slide::KeyMetrics);
    }
    if trajectory {
        out.push(Slide::Trajectory);
    }
    for section in Section::ALL {
        let items = briefing.section(section);
        if items.is_empty() {
            continue;
        }
        out.push(Slide::Section(section));
        out.extend((0..items.len()).map(|i| Slide::Item(section, i)));
    }
    out
}
