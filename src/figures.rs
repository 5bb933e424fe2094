//! Figures computed from a metric and the as-of date: progress, time elapsed, days left,
//! status, and the growth rate needed against the rate achieved.
//!
//! The status rule, documented in docs/format.md:
//! - a met target is `done`;
//! - a deadline passed with the target unmet is `off track`;
//! - with a baseline date and a deadline, progress is compared with the share of time elapsed:
//!   progress ≥ elapsed − 10 points is `on track`, ≥ elapsed − 25 points `at risk`, else `off track`;
//! - otherwise, with a needed and an achieved rate per year: needed no steeper than achieved
//!   (in the better direction) is `on track`, up to 1.5 × as steep `at risk`, else `off track`;
//! - otherwise (nothing to judge the pace by) there is no computed status.

use chrono::NaiveDate;

use crate::model::{Direction, Item, ItemKind, Metric, Status};

const ON_TRACK_SLACK: f64 = 0.10;
const AT_RISK_SLACK: f64 = 0.25;
const AT_RISK_RATE_FACTOR: f64 = 1.5;
const DAYS_PER_YEAR: f64 = 365.2425;
/// Rates per year are only computed over at least this many years: annualising a quarter's
/// change gives figures like "needs 300%/yr" that mean nothing to a room.
const MIN_RATE_YEARS: f64 = 1.0;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Figures {
    /// Share of the way from baseline to target: 1.0 is there, above it overshoot, below 0 regression.
    pub progress: Option<f64>,
    /// Share of the time from baseline date to target date elapsed at the as-of date (unclamped).
    pub elapsed: Option<f64>,
    /// Days from the as-of date to the target date; negative when overdue.
    pub days_left: Option<i64>,
    pub met: Option<bool>,
    pub status: Option<Status>,
    /// Growth per year, in percent, needed from the current value to reach the target by its date.
    pub needed_rate: Option<f64>,
    /// Growth per year, in percent, that the history achieved (or the stated `annual_growth`).
    pub achieved_rate: Option<f64>,
    /// Change from the baseline value, in the metric's unit.
    pub change: Option<f64>,
}

impl Figures {
    pub fn of(metric: &Metric, as_of: NaiveDate) -> Figures {
        let current = metric.number().map(|n| n.value);
        let mut f = Figures {
            achieved_rate: achieved_rate(metric),
            ..Figures::default()
        };
        f.change = current
            .zip(metric.baseline.as_ref())
            .map(|(c, b)| c - b.value.value);
        let Some(target) = &metric.target else {
            return f;
        };
        f.days_left = target.by.map(|by| (by - as_of).num_days());
        let Some(current) = current else { return f };
        let met = target.kind.is_met(current, metric.better);
        f.met = Some(met);
        if let Some(baseline) = &metric.baseline {
            let start = baseline.value.value;
            let aim = target.kind.aim(start);
            if aim != start {
                f.progress = Some((current - start) / (aim - start));
            }
            if let (Some(from), Some(by)) = (baseline.date, target.by) {
                let span = (by - from).num_days();
                if span > 0 {
                    f.elapsed = Some((as_of - from).num_days() as f64 / span as f64);
                }
            }
        }
        if let Some(by) = target.by {
            let since = metric.as_of.unwrap_or(as_of);
            let years = (by - since).num_days() as f64 / DAYS_PER_YEAR;
            let aim = target.kind.aim(current);
            if years >= MIN_RATE_YEARS && current > 0.0 && aim > 0.0 && !met {
                f.needed_rate = Some(((aim / current).powf(1.0 / years) - 1.0) * 100.0);
            }
        }
        f.status = status(&f, met, metric.better);
        f
    }

    /// Whether the rate needed is steeper than the rate achieved, in the better direction.
    pub fn behind_rate(&self, better: Direction) -> Option<bool> {
        let (need, did) = (self.needed_rate?, self.achieved_rate?);
        Some(match better {
            Direction::Higher => need > did,
            Direction::Lower => need < did,
        })
    }
}

fn status(f: &Figures, met: bool, better: Direction) -> Option<Status> {
    if met {
        return Some(Status::Done);
    }
    if f.days_left.is_some_and(|d| d < 0) {
        return Some(Status::OffTrack);
    }
    if let (Some(progress), Some(elapsed)) = (f.progress, f.elapsed) {
        let elapsed = elapsed.clamp(0.0, 1.0);
        return Some(if progress >= elapsed - ON_TRACK_SLACK {
            Status::OnTrack
        } else if progress >= elapsed - AT_RISK_SLACK {
            Status::AtRisk
        } else {
            Status::OffTrack
        });
    }
    // Measured in the better direction, so that for lower-is-better a fall counts as positive.
    let sign = if better == Direction::Lower {
        -1.0
    } else {
        1.0
    };
    let (needed, achieved) = (f.needed_rate? * sign, f.achieved_rate? * sign);
    Some(if needed <= achieved {
        Status::OnTrack
    } else if achieved > 0.0 && needed <= achieved * AT_RISK_RATE_FACTOR {
        Status::AtRisk
    } else {
        Status::OffTrack
    })
}

/// Compound growth per year over the dated history, else the stated `annual_growth`.
fn achieved_rate(metric: &Metric) -> Option<f64> {
    let dated: Vec<_> = metric
        .history
        .iter()
        .filter_map(|p| p.date.map(|d| (d, p.value.value)))
        .collect();
    let first = dated.iter().min_by_key(|(d, _)| *d);
    let last = dated.iter().max_by_key(|(d, _)| *d);
    if let (Some((d0, v0)), Some((d1, v1))) = (first, last) {
        let years = (*d1 - *d0).num_days() as f64 / DAYS_PER_YEAR;
        if years >= MIN_RATE_YEARS && *v0 > 0.0 && *v1 > 0.0 {
            return Some(((v1 / v0).powf(1.0 / years) - 1.0) * 100.0);
        }
    }
    metric.annual_growth.as_ref().map(|g| g.value)
}

/// Whether a change is good news, given which way is better.
pub fn is_improvement(change: f64, better: Direction) -> bool {
    match better {
        Direction::Higher => change > 0.0,
        Direction::Lower => change < 0.0,
    }
}

/// A goal's status: the one the file sets, else the worst of its metrics' computed statuses,
/// else off track when past due; no status when nothing says.
pub fn item_status(item: &Item, as_of: NaiveDate) -> Option<Status> {
    let ItemKind::Goal { due, status } = &item.kind else {
        return None;
    };
    if status.is_some() {
        return *status;
    }
    let computed: Vec<Status> = item
        .metrics
        .iter()
        .filter_map(|m| Figures::of(m, as_of).status)
        .collect();
    if computed.is_empty() {
        return due.filter(|d| *d < as_of).map(|_| Status::OffTrack);
    }
    if computed.iter().all(|s| *s == Status::Done) {
        return Some(Status::Done);
    }
    computed.into_iter().filter(|s| *s != Status::Done).max()
}
