//! Growth per year: the rate a target needs and the rate the history achieved. Only for
//! levels and flows: the growth rate of a growth rate means nothing to a room. A rate gets a
//! pace instead: the change in points per year needed and achieved.

use chrono::NaiveDate;

use super::Pace;
use crate::model::{Metric, MetricKind, Target, TargetKind};

pub const DAYS_PER_YEAR: f64 = 365.2425;
/// Rates per year are only computed over at least a year, counted in days so that a
/// one-year span of 365 days counts (2024-12-31 to 2025-12-31): annualising a quarter's change
/// gives figures like "needs 300%/yr" that mean nothing to a room.
pub const MIN_RATE_DAYS: i64 = 365;

/// Compound growth per year over the dated history, else the stated `annual_growth`.
pub fn achieved(metric: &Metric) -> Option<f64> {
    if metric.kind == MetricKind::Rate {
        return None;
    }
    match history_span(metric) {
        Some(((d0, v0), (d1, v1))) => Some(per_year(v1 / v0, (d1 - d0).num_days())),
        None => metric.annual_growth.as_ref().map(|g| g.value),
    }
}

/// The first and last history points the achieved growth is computed over, as the file names
/// them ("2024" for a period's result, else the date), so the rate can say what it spans.
pub fn achieved_over(metric: &Metric) -> Option<(String, String)> {
    if metric.kind == MetricKind::Rate {
        return None;
    }
    let ((first, _), (last, _)) = history_span(metric)?;
    let name = |day: NaiveDate| {
        metric
            .history
            .iter()
            .find(|p| p.day() == Some(day))
            .and_then(|p| p.period.as_ref())
            .map_or_else(|| day.to_string(), ToString::to_string)
    };
    Some((name(first), name(last)))
}

type Dated = (NaiveDate, f64);

/// The earliest and latest dated history points, when at least a year apart and both
/// positive (a growth rate from or to zero or below means nothing).
fn history_span(metric: &Metric) -> Option<(Dated, Dated)> {
    let dated: Vec<Dated> = metric
        .history
        .iter()
        .filter_map(|p| p.day().map(|d| (d, p.value.value)))
        .collect();
    let first = *dated.iter().min_by_key(|(d, _)| *d)?;
    let last = *dated.iter().max_by_key(|(d, _)| *d)?;
    let days = (last.0 - first.0).num_days();
    (days >= MIN_RATE_DAYS && first.1 > 0.0 && last.1 > 0.0).then_some((first, last))
}

/// The growth per year needed from `current` (measured at the metric's `as_of`, else the
/// briefing date) to reach the target by its deadline.
pub fn needed(
    metric: &Metric,
    target: &Target,
    goal: &TargetKind,
    current: f64,
    as_of: NaiveDate,
) -> Option<f64> {
    if metric.kind == MetricKind::Rate {
        return None;
    }
    let by = target.deadline()?;
    let since = metric.as_of.unwrap_or(as_of);
    let days = (by - since).num_days();
    let aim = goal.aim(current);
    (days >= MIN_RATE_DAYS && current > 0.0 && aim > 0.0).then(|| per_year(aim / current, days))
}

/// A rate's pace is annualised only over at least a quarter left: a gap of half a point a
/// month before the deadline "needs 6 pp/yr", a figure that reads oddly in a room.
pub const MIN_PACE_DAYS: i64 = 91;

/// For a rate: the change per year in points needed from `current` to the target by its
/// deadline, against the change per year from the earliest dated figure (baseline or
/// history, a year or more before) to `current`. Straight lines: points add, they do not
/// compound.
pub fn pace(
    metric: &Metric,
    target: &Target,
    goal: &TargetKind,
    current: f64,
    as_of: NaiveDate,
) -> Option<Pace> {
    if metric.kind != MetricKind::Rate {
        return None;
    }
    let since = metric.as_of.unwrap_or(as_of);
    let days_left = (target.deadline()? - since).num_days();
    if days_left < MIN_PACE_DAYS {
        return None;
    }
    let (first_day, first) = metric
        .baseline
        .iter()
        .chain(&metric.history)
        .filter_map(|p| p.day().map(|d| (d, p.value.value)))
        .filter(|(d, _)| *d < since)
        .min_by_key(|(d, _)| *d)?;
    let days_so_far = (since - first_day).num_days();
    (days_so_far >= MIN_RATE_DAYS).then(|| Pace {
        needed: (goal.aim(current) - current) * DAYS_PER_YEAR / days_left as f64,
        achieved: (current - first) * DAYS_PER_YEAR / days_so_far as f64,
    })
}

/// Compound growth per year, in percent, of a ratio reached over `days`.
fn per_year(ratio: f64, days: i64) -> f64 {
    (ratio.powf(DAYS_PER_YEAR / days as f64) - 1.0) * 100.0
}
