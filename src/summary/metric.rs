//! One metric's computed figures, each put into words once for every place that shows them.

use chrono::NaiveDate;

use super::fmt;
use super::marks::{Mark, days_text};
use crate::figures::Figures;
use crate::model::{Metric, Status};
use crate::texts::Texts;

/// One metric's figures in words, as the detail view, the cards and the handouts show them.
pub struct MetricWords<'a> {
    pub metric: &'a Metric,
    pub figures: Figures,
    /// "67.7亿元", "3纵31横", "—".
    pub value: String,
    /// Change from the baseline, "▲ +2.1", and whether that is good news.
    pub change: Option<(String, bool)>,
    /// "410 ms (2026-04-01)".
    pub baseline: Option<String>,
    /// "≥ 60亿元 @ 2025-12-31".
    pub target: Option<String>,
    /// "1499 days left", and whether it is overdue.
    pub days: Option<(String, bool)>,
    /// "needs 12.3%/yr · achieved 5.2%/yr", and whether the need outruns the achievement.
    pub rates: Option<(String, bool)>,
    /// "26.1 → 33.6 ▁▂▃▅▆█".
    pub history: Option<String>,
    pub status: Option<Mark>,
    /// "source: Statistical Communiqué 2024, table 3".
    pub source: Option<String>,
    /// For a value that is an earlier period's result: "2024: 4.9% (target ≈ 5%, met) · 2025:
    /// not yet measured".
    pub periods: Option<String>,
}

impl<'a> MetricWords<'a> {
    pub fn of(metric: &'a Metric, as_of: NaiveDate, t: &Texts) -> MetricWords<'a> {
        let f = Figures::of(metric, as_of);
        let rates = match (f.needed_rate, f.achieved_rate) {
            (Some(need), Some(did)) => Some((
                fmt::rate_contrast(need, did, t),
                f.behind_rate() == Some(true),
            )),
            // Growth alone, with nothing it must keep up with, says what it spans: "2024–2025:
            // −6.1%/yr" (the stated `annual_growth` has no span to give).
            (None, Some(did)) => Some((
                match crate::figures::achieved_over(metric) {
                    Some((first, last)) => {
                        format!("{first}–{last}: {}{}", fmt::rate(did), t.per_year)
                    }
                    None => format!("{} {}{}", t.achieved_rate, fmt::rate(did), t.per_year),
                },
                false,
            )),
            _ => f
                .pace
                .map(|pace| (fmt::pace_contrast(pace, t), f.behind_rate() == Some(true))),
        };
        let history = (metric.history.len() >= 2).then(|| {
            let values: Vec<f64> = metric.history.iter().map(|p| p.value.value).collect();
            let (first, last) = (
                &metric.history[0],
                &metric.history[metric.history.len() - 1],
            );
            format!(
                "{} → {} {}",
                first.value,
                last.value,
                fmt::sparkline(&values, 24, fmt::Scale::of(metric))
            )
        });
        // Met stays met: no days left or overdue once the target is met.
        let days = f
            .days_left
            .filter(|_| f.status != Some(Status::Done))
            .map(|d| (days_text(d, t), d < 0));
        MetricWords {
            metric,
            value: fmt::value_with_period(metric),
            change: f.change.map(|c| fmt::change_with_unit(c, metric, t)),
            baseline: metric.baseline.as_ref().map(|b| {
                let when = b
                    .period
                    .as_ref()
                    .map(ToString::to_string)
                    .or(b.date.map(|d| d.to_string()))
                    .map(|w| format!(" ({w})"))
                    .unwrap_or_default();
                format!("{}{when}", fmt::number_with_unit(&b.value, metric))
            }),
            target: fmt::target(metric, t),
            days,
            rates,
            history,
            status: f.status.map(|s| Mark::status(Some(s), t)),
            source: metric.source.as_ref().map(|s| format!("{}: {s}", t.source)),
            periods: (f.measured == crate::figures::Measured::Earlier)
                .then(|| fmt::earlier_and_plan(metric, &f, t)),
            figures: f,
        }
    }
}
