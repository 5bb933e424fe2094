//! One metric's computed figures, each put into words once for every place that shows them.

use chrono::NaiveDate;

use super::fmt;
use super::marks::{Mark, days_text};
use crate::figures::Figures;
use crate::model::Metric;
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
}

impl<'a> MetricWords<'a> {
    pub fn of(metric: &'a Metric, as_of: NaiveDate, t: &Texts) -> MetricWords<'a> {
        let f = Figures::of(metric, as_of);
        let rates = match (f.needed_rate, f.achieved_rate) {
            (Some(need), Some(did)) => Some((
                fmt::rate_contrast(need, did, t),
                f.behind_rate(metric.better) == Some(true),
            )),
            (None, Some(did)) => Some((
                format!("{} {}{}", t.achieved_rate, fmt::rate(did), t.per_year),
                false,
            )),
            _ => None,
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
                fmt::sparkline(&values, 24)
            )
        });
        MetricWords {
            metric,
            value: fmt::value(metric),
            change: f.change.map(|c| fmt::change(c, metric.better)),
            baseline: metric.baseline.as_ref().map(|b| {
                let date = b.date.map(|d| format!(" ({d})")).unwrap_or_default();
                format!("{}{date}", fmt::number_with_unit(&b.value, metric))
            }),
            target: fmt::target(metric),
            days: f.days_left.map(|d| (days_text(d, t), d < 0)),
            rates,
            history,
            status: f.status.map(|s| Mark::status(Some(s), t)),
            figures: f,
        }
    }
}
