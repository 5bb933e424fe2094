//! The presentation as a deck: the sequence of slides a briefing makes, each slide's time
//! budget, and what a presenter's second screen needs to know about any slide.
//!
//! Pure: a briefing in, a deck out. It is computed once per version of the briefing and kept,
//! not rebuilt at every key and frame.

pub mod cue;
pub mod timing;

use std::time::Duration;

use crate::chart::{self, Chart};
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
    /// Each goal's chart, in goal order: worked out once per version of the briefing for its
    /// slide and the trajectory slide.
    pub charts: Vec<GoalChart>,
}

/// The chart that stands for a goal on the slides.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalChart {
    pub goal: usize,
    pub metric: usize,
    /// A key goal (marked key, or with a key metric): on the trajectory slide.
    pub key: bool,
    pub chart: Chart,
}

impl Deck {
    pub fn of(briefing: &Briefing) -> Deck {
        let charts = charts(briefing);
        let slides = slides(briefing, charts.iter().any(|c| c.key));
        let budgets = timing::budgets(briefing, &slides);
        Deck {
            slides,
            budgets,
            charts,
        }
    }

    /// The charts of the trajectory slide: every key goal's.
    pub fn trajectories(&self) -> impl Iterator<Item = &GoalChart> {
        self.charts.iter().filter(|c| c.key)
    }

    /// The chart of goal `index`'s slide, if it has one.
    pub fn goal_chart(&self, index: usize) -> Option<&GoalChart> {
        self.charts.iter().find(|c| c.goal == index)
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

/// Each goal's chart, where one of its metrics has one.
fn charts(briefing: &Briefing) -> Vec<GoalChart> {
    let as_of = briefing.meta.date;
    briefing
        .goals
        .iter()
        .enumerate()
        .filter_map(|(goal, g)| {
            let (metric, chart) = chart::goal_metric(g, as_of)?;
            Some(GoalChart {
                goal,
                metric,
                key: g.key || g.metrics.iter().any(|m| m.key),
                chart,
            })
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled(name: &str) -> Briefing {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("briefings")
            .join(name);
        let today = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
        crate::load::load_file(&path, today).unwrap().briefing
    }

    #[test]
    fn the_trajectory_slide_follows_the_key_metrics_with_every_key_goal() {
        let team = bundled("team-q3.toml");
        let deck = Deck::of(&team);
        assert_eq!(
            deck.slides[..3],
            [Slide::Title, Slide::KeyMetrics, Slide::Trajectory]
        );
        let ids: Vec<&str> = deck
            .trajectories()
            .map(|c| team.goals[c.goal].id.as_str())
            .collect();
        assert_eq!(ids, ["latency", "deploy-cadence", "coverage", "incidents"]);
        // The error budget is no key goal, but its own slide has its chart.
        let budget = team
            .goals
            .iter()
            .position(|g| g.id == "error-budget")
            .unwrap();
        assert!(deck.goal_chart(budget).is_some_and(|c| !c.key));
        let xihe = bundled("xihe-2021.toml");
        let ids: Vec<&str> = Deck::of(&xihe)
            .trajectories()
            .map(|c| xihe.goals[c.goal].id.as_str())
            .collect();
        assert_eq!(ids, ["fushu"]);
    }

    #[test]
    fn no_trajectory_slide_without_a_key_goal_to_chart() {
        let text = "title = \"t\"\n[[goals]]\ntitle = \"g\"\nkey = true\n[[goals.metrics]]\nlabel = \"m\"\nvalue = 3\n";
        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let b = crate::load::load_str(text, std::path::Path::new("t.toml"), today)
            .unwrap()
            .briefing;
        let deck = Deck::of(&b);
        assert!(!deck.slides.contains(&Slide::Trajectory));
        assert!(deck.slides.contains(&Slide::KeyMetrics));
    }
}
