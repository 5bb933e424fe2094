//! A briefing's figures as words: its key metrics, how many goals have each status and
//! challenges each severity, and every computed figure in the briefing's language.
//!
//! The screen, the handouts and the diff all take their words from here, so a figure is
//! written once and says the same thing everywhere.

pub mod changes;
pub mod chart;
pub mod fmt;
pub mod marks;
pub mod metric;

use crate::model::{Briefing, Item, Metric, Section};
use crate::texts::texts;

pub use crate::figures::Measured;
pub use chart::ChartWords;
pub use marks::{Mark, Tally, Tone};
pub use metric::MetricWords;

/// What is worked out once per version of a briefing, rather than at every frame.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// The key metrics, in the order the cards show them.
    pub key_metrics: Vec<MetricRef>,
    /// Goals by status and challenges by severity, only the counts above zero.
    pub goals: Tally,
    pub challenges: Tally,
}

/// A metric of an item, by position, so a summary can be kept beside its briefing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MetricRef {
    pub section: Section,
    pub item: usize,
    pub metric: usize,
}

impl MetricRef {
    pub fn resolve<'b>(&self, briefing: &'b Briefing) -> Option<(&'b Item, &'b Metric)> {
        let item = briefing.section(self.section).get(self.item)?;
        Some((item, item.metrics.get(self.metric)?))
    }
}

impl Summary {
    pub fn of(briefing: &Briefing) -> Summary {
        let (goals, challenges) = marks::tallies(briefing, texts(briefing.meta.language));
        Summary {
            key_metrics: key_metric_refs(briefing),
            goals,
            challenges,
        }
    }
}

/// The key metrics: those marked key, then the first metric of each item marked key.
pub fn key_metrics(briefing: &Briefing) -> Vec<(&Item, &Metric)> {
    key_metric_refs(briefing)
        .iter()
        .filter_map(|r| r.resolve(briefing))
        .collect()
}

/// A card is an item's metric, named by item and label: two items' "GDP growth" are two cards
/// even when their figures agree (two districts can both grow 5.2%). Only an implied card (the
/// first metric of an item marked key, none of whose metrics is) gives way to a card already
/// showing the same label and value: that is one figure restated under a second item, as a
/// report repeats its GDP under a goal and an achievement.
fn key_metric_refs(briefing: &Briefing) -> Vec<MetricRef> {
    let mut out: Vec<MetricRef> = Vec::new();
    let shown = |out: &[MetricRef], metric: &Metric| {
        out.iter()
            .filter_map(|r| r.resolve(briefing))
            .any(|(_, m)| {
                m.label == metric.label && m.value == metric.value && m.unit == metric.unit
            })
    };
    for section in Section::ALL {
        for (index, item) in briefing.section(section).iter().enumerate() {
            let card = |metric| MetricRef {
                section,
                item: index,
                metric,
            };
            let marked: Vec<usize> = (0..item.metrics.len())
                .filter(|&m| item.metrics[m].key)
                .collect();
            if marked.is_empty() {
                if item.key && item.metrics.first().is_some_and(|m| !shown(&out, m)) {
                    out.push(card(0));
                }
                continue;
            }
            let mut labels: Vec<&str> = Vec::new();
            for m in marked {
                let label = item.metrics[m].label.as_str();
                if !labels.contains(&label) {
                    labels.push(label);
                    out.push(card(m));
                }
            }
        }
    }
    out
}
