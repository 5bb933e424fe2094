//! The chart of a metric whose targets are for periods ("growth around 5% in 2025", "over 11
//! million jobs in 2026"): a row of periods, each with its result beside the target set for
//! it, judged period by period as the figures judge them. Never a path to a date: a growth
//! rate has no compound curve, and last year's result is no progress toward this year's
//! target.
//!
//! The geometry (where each column sits, how wide its target is drawn) is decided here, so
//! the terminal and the handout place the same marks in the same places.

use chrono::NaiveDate;

use super::TargetShape;
use crate::figures::{Figures, Measured, previous_value};
use crate::model::{Metric, MetricKind, Period, Point, Status, Target, TargetKind};
use crate::texts::status_symbol;

/// At most this many periods, the latest: more would leave no readable column each.
pub const MAX_COLUMNS: usize = 12;
/// A target's mark spans this share of its column, centred, so neighbours stay apart.
const TARGET_SPAN: f64 = 0.7;
/// A rate's value axis spans at least this many points, so that a move of 0.2 points looks
/// as small as it is (the sparklines' band, `summary::fmt::Scale`).
pub const RATE_SPAN: f64 = 2.0;

/// One column per period, in time order.
#[derive(Debug, Clone, PartialEq)]
pub struct Periods {
    pub columns: Vec<Column>,
    /// Results are stems from zero (amounts, on an axis from zero), else points.
    pub stems: bool,
    /// The briefing's date, marked over the column of the period it falls in.
    pub as_of: NaiveDate,
    /// The column whose period holds the as-of date, if one does.
    pub now: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub period: Period,
    pub result: Option<Outcome>,
    pub target: Option<PeriodTarget>,
    pub verdict: Verdict,
}

/// A period's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub v: f64,
    /// As the file writes it, with its qualifier: "4.6", "> 90".
    pub written: String,
    /// A figure so far: measured before the period was over.
    pub so_far: bool,
}

/// The target set for a period.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodTarget {
    /// As the file sets it, for the words: "≈ 5", "↓ ≈ 2".
    pub set: Target,
    /// As an absolute bound or band (a fall or rise measured from the previous period's
    /// result); none for a fall or rise with nothing to measure it from.
    pub resolved: Option<TargetKind>,
    /// How it is drawn in the column, when it is resolved.
    pub shape: Option<TargetShape>,
}

/// How a period came out against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Met,
    Missed,
    /// A figure so far, and where it stands (the metric's status when it is the value judged
    /// against the target in force).
    SoFar(Option<Status>),
    /// A target for a period with no result yet.
    Planned,
    /// The period is over and the file gives no result for it.
    NoResult,
    /// A result with no target to judge it by.
    Unjudged,
}

impl Verdict {
    /// The status the verdict reads as, for its colour and its word.
    pub fn status(self) -> Option<Status> {
        match self {
            Verdict::Met => Some(Status::Done),
            Verdict::Missed => Some(Status::Missed),
            Verdict::SoFar(status) => status,
            Verdict::Planned => Some(Status::Planned),
            Verdict::NoResult | Verdict::Unjudged => None,
        }
    }

    /// The mark in the column: ✔ ✗ ◇, the status of a figure so far, a plain ● for a result
    /// with nothing to judge it by, ○ for a period with no result.
    pub fn symbol(self) -> &'static str {
        match self {
            Verdict::Unjudged => "●",
            other => status_symbol(other.status()),
        }
    }
}

impl Periods {
    /// The columns of a metric whose target in force has a period; none when no period has a
    /// result to show (a plan figure alone is said in words).
    pub fn of(metric: &Metric, figures: &Figures, as_of: NaiveDate) -> Option<Periods> {
        let in_force = metric.target.as_ref()?.period.clone()?;
        let mut columns: Vec<Column> = Vec::new();
        for (period, outcome) in results(metric, figures, &in_force, as_of) {
            column_of(&mut columns, &period).result = Some(outcome);
        }
        for target in metric.target.iter().chain(&metric.earlier_targets) {
            if let Some(period) = &target.period {
                column_of(&mut columns, period).target = Some(PeriodTarget {
                    set: target.clone(),
                    resolved: None,
                    shape: None,
                });
            }
        }
        if columns.iter().all(|c| c.result.is_none()) {
            return None;
        }
        columns.sort_by_key(|c| (c.period.start, c.period.end));
        let skip = columns.len().saturating_sub(MAX_COLUMNS);
        columns.drain(..skip);
        judge(&mut columns, metric, figures, &in_force, as_of);
        let now = columns
            .iter()
            .position(|c| c.period.start <= as_of && as_of <= c.period.end);
        Some(Periods {
            columns,
            stems: false,
            as_of,
            now,
        })
    }

    /// The values the chart must take in: results, targets' bounds.
    pub fn values(&self) -> Vec<f64> {
        let mut values: Vec<f64> = Vec::new();
        for c in &self.columns {
            values.extend(c.result.as_ref().map(|r| r.v));
            let shape = c.target.as_ref().and_then(|t| t.shape);
            values.extend(shape.iter().flat_map(TargetShape::values));
        }
        values
    }

    /// Where column `i`'s centre sits: 0 at the left of the plot, 1 at the right.
    pub fn centre(&self, i: usize) -> f64 {
        (i as f64 + 0.5) / self.columns.len().max(1) as f64
    }

    /// Whether any column's target is a band, for the legend's sample.
    pub fn has_band(&self) -> bool {
        self.columns.iter().any(|c| {
            c.target
                .as_ref()
                .is_some_and(|t| matches!(t.shape, Some(TargetShape::Band(..))))
        })
    }

    /// From where to where column `i`'s target is drawn across.
    pub fn target_span(&self, i: usize) -> (f64, f64) {
        let half = TARGET_SPAN / 2.0 / self.columns.len().max(1) as f64;
        let centre = self.centre(i);
        (centre - half, centre + half)
    }

    /// Where column `i`'s mark goes: at its result, else (a plan) at its target's aim.
    pub fn mark_value(&self, i: usize) -> Option<f64> {
        let column = self.columns.get(i)?;
        if let Some(result) = &column.result {
            return Some(result.v);
        }
        match column.target.as_ref()?.shape? {
            TargetShape::Band(lo, hi) => Some(f64::midpoint(lo, hi)),
            TargetShape::Point(v) | TargetShape::Floor(v) | TargetShape::Ceiling(v) => Some(v),
        }
    }
}

/// The column of `period`, added at the end if there is none yet.
fn column_of<'c>(columns: &'c mut Vec<Column>, period: &Period) -> &'c mut Column {
    let index = if let Some(i) = columns.iter().position(|c| c.period.same_span(period)) {
        i
    } else {
        columns.push(Column {
            period: period.clone(),
            result: None,
            target: None,
            verdict: Verdict::Unjudged,
        });
        columns.len() - 1
    };
    &mut columns[index]
}

/// Each period's result: the baseline's, the history's, then the value's, a later one
/// replacing an earlier one of the same period. A value without a period of its own, or for a
/// part of the target's period (a quarter of the year), is a figure for the target's period
/// when the figures measure it against that target; otherwise it is left out, as is every
/// point with a date but no period.
fn results(
    metric: &Metric,
    figures: &Figures,
    in_force: &Period,
    as_of: NaiveDate,
) -> Vec<(Period, Outcome)> {
    let point = |p: &Point| {
        let period = p.period.clone()?;
        let so_far = as_of < period.end;
        Some((
            period,
            Outcome {
                v: p.value.value,
                written: p.value.to_string(),
                so_far,
            },
        ))
    };
    let mut out: Vec<(Period, Outcome)> = metric
        .baseline
        .iter()
        .chain(&metric.history)
        .filter_map(point)
        .collect();
    if let Some(n) = metric.number() {
        let within = |p: &Period| p.start >= in_force.start && p.end <= in_force.end;
        let judged = matches!(figures.measured, Measured::SoFar | Measured::Final);
        let period = match &metric.period {
            Some(own) if judged && within(own) => Some(in_force.clone()),
            Some(own) => Some(own.clone()),
            None if judged => Some(in_force.clone()),
            None => None,
        };
        if let Some(period) = period {
            let on = metric.as_of.unwrap_or(as_of);
            let written = match metric.qualifier {
                Some(q) => format!("{} {n}", q.sign()),
                None => n.to_string(),
            };
            let so_far = on < period.end;
            out.push((
                period,
                Outcome {
                    v: n.value,
                    written,
                    so_far,
                },
            ));
        }
    }
    out
}

/// Resolves each column's target against the previous period's result and judges the result
/// by it.
fn judge(
    columns: &mut [Column],
    metric: &Metric,
    figures: &Figures,
    in_force: &Period,
    as_of: NaiveDate,
) {
    for i in 0..columns.len() {
        let start = columns[i].period.start;
        // The latest whole result of a period that ended before this one began.
        let previous = columns[..i]
            .iter()
            .rev()
            .filter(|c| c.period.end < start)
            .find_map(|c| c.result.as_ref().filter(|r| !r.so_far).map(|r| r.v));
        let column = &mut columns[i];
        if let Some(target) = &mut column.target {
            let from = previous.or_else(|| previous_value(metric, &target.set));
            target.resolved = target.set.kind.resolve(metric.kind, from);
            target.shape = target
                .resolved
                .as_ref()
                .map(|k| TargetShape::of(k, metric.kind));
        }
        let goal = column.target.as_ref().and_then(|t| t.resolved.as_ref());
        column.verdict = match (&column.result, goal) {
            (None, _) if column.period.is_over(as_of) => Verdict::NoResult,
            (None, _) => Verdict::Planned,
            (Some(_), None) => Verdict::Unjudged,
            (Some(r), Some(goal)) => {
                let met = goal.is_met(r.v, metric.kind, metric.better, metric.better_stated);
                if !r.so_far {
                    if met { Verdict::Met } else { Verdict::Missed }
                } else if column.period.same_span(in_force) && figures.measured == Measured::SoFar {
                    Verdict::SoFar(figures.status)
                } else {
                    Verdict::SoFar(Some(so_far_status(goal, r.v, met, metric.kind)))
                }
            }
        };
    }
}

/// Where a figure so far stands against its period's target, when it is not the value the
/// figures judge: inside is on track, outside near or far (the status rule's rows 6 and 7).
fn so_far_status(goal: &TargetKind, v: f64, met: bool, kind: MetricKind) -> Status {
    if met {
        return Status::OnTrack;
    }
    match goal.miss(v, kind) {
        Some((outside, near)) if outside <= near => Status::AtRisk,
        _ => Status::OffTrack,
    }
}
