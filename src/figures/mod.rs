//! Figures computed from a metric and the as-of date: what the value is measured against,
//! whether the target is met, progress, time elapsed, days left, status, and the growth rate
//! needed against the rate achieved.
//!
//! Each figure is one a careful analyst would sign: a target for a period is judged only by
//! that period's result (never done on the day it is set), a rate changes in percentage points
//! and has no growth rate of its own, a met target stays met, and a figure that cannot be
//! known is left out rather than guessed. The status rule is documented in docs/format.md and
//! walked row by row in tests/status_rule.rs.

mod measure;
mod rates;
mod status;

use chrono::NaiveDate;

use crate::model::{Direction, Item, ItemKind, Metric, MetricKind, Period, Status, TargetKind};

pub use measure::{Measured, previous_value};
pub use rates::{DAYS_PER_YEAR, MIN_PACE_DAYS, MIN_RATE_DAYS, achieved_over};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    /// What the value is, measured against the target's period.
    pub measured: Measured,
    /// The target in force as an absolute bound or band (a fall or rise from the previous
    /// period resolved into the value it aims at); `None` without a target, or for a fall or
    /// rise with nothing to measure it from.
    pub target: Option<TargetKind>,
    /// The day the target is judged by: its `by`, else the end of its period.
    pub deadline: Option<NaiveDate>,
    /// Share of the way from baseline to target (from zero for a partial figure of a flow): 1.0
    /// is there, above it overshoot, below 0 regression. Raw: views clamp it where drawn.
    pub progress: Option<f64>,
    /// The baseline already met the target, so there is no way to measure progress along.
    pub met_at_baseline: bool,
    /// Share of the time from the start (baseline date, or the period's first day) to the
    /// deadline elapsed at the as-of date (unclamped).
    pub elapsed: Option<f64>,
    /// Days from the as-of date to the deadline; negative when past.
    pub days_left: Option<i64>,
    pub met: Option<bool>,
    pub status: Option<Status>,
    /// Growth per year, in percent, needed from the current value to reach the target by its
    /// date. Levels only: a rate has no growth rate that means anything to a room.
    pub needed_rate: Option<f64>,
    /// Growth per year, in percent, that the history achieved (or the stated `annual_growth`).
    pub achieved_rate: Option<f64>,
    /// For a rate (its figures are points, which add rather than compound): the change per
    /// year needed to reach the target by its date, against the change per year so far.
    pub pace: Option<Pace>,
    /// Change from the baseline, in the metric's unit (percentage points for a rate).
    pub change: Option<f64>,
    /// With the value a result of an earlier period than the target's: that result, judged
    /// against the target set for its own period when the file gives one.
    pub earlier: Option<PeriodResult>,
}

/// A rate's change per year, in percentage points: needed to reach its target by the
/// deadline, and achieved from its earliest dated figure to the current one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pace {
    pub needed: f64,
    pub achieved: f64,
}

/// Whether `achieved` falls short of `needed`, measured in the direction the target lies in
/// (a fall needed is kept up with by a fall at least as steep), whichever way is better.
fn behind(needed: f64, achieved: f64) -> bool {
    if needed < 0.0 {
        achieved > needed
    } else {
        achieved < needed
    }
}

/// One period's result against the target set for that period.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodResult {
    pub period: Period,
    pub value: f64,
    pub target: Option<crate::model::Target>,
    pub met: Option<bool>,
}

impl Figures {
    pub fn of(metric: &Metric, as_of: NaiveDate) -> Figures {
        let current = metric.number().map(|n| n.value);
        let mut f = Figures {
            achieved_rate: rates::achieved(metric),
            change: current
                .zip(metric.baseline.as_ref())
                .map(|(c, b)| c - b.value.value),
            ..Figures::default()
        };
        let Some(target) = &metric.target else {
            return f;
        };
        f.deadline = target.deadline();
        f.days_left = f.deadline.map(|d| (d - as_of).num_days());
        f.target = target
            .kind
            .resolve(metric.kind, measure::previous_value(metric, target));
        f.measured = measure::measured(metric, target, as_of);
        if f.measured == Measured::Earlier {
            f.earlier = measure::earlier_result(metric);
        }
        if let (Some(current), Some(goal)) = (current, f.target.clone())
            && f.measured != Measured::Earlier
        {
            let met = goal.is_met(current, metric.kind, metric.better, metric.better_stated);
            f.met = Some(met);
            measure::progress(&mut f, metric, target, &goal, current, as_of);
            if f.measured == Measured::Level && !met {
                f.needed_rate = rates::needed(metric, target, &goal, current, as_of);
                f.pace = rates::pace(metric, target, &goal, current, as_of);
            }
        }
        f.status = status::rule(&f, metric, as_of);
        f
    }

    /// Whether the rate achieved falls short of the rate needed, in the direction the target
    /// lies in (a price level above its "around" must fall, whichever way is called better).
    /// For a rate, the same of its pace in points.
    pub fn behind_rate(&self) -> Option<bool> {
        self.needed_and_achieved()
            .map(|(needed, achieved)| behind(needed, achieved))
    }

    /// The two rates the status rule sets against each other: growth per year for a level or
    /// flow, points per year for a rate.
    pub fn needed_and_achieved(&self) -> Option<(f64, f64)> {
        match (self.needed_rate, self.achieved_rate, self.pace) {
            (Some(needed), Some(achieved), _) => Some((needed, achieved)),
            (_, _, Some(pace)) => Some((pace.needed, pace.achieved)),
            _ => None,
        }
    }
}

/// Whether a change is good news, given which way is better.
pub fn is_improvement(change: f64, better: Direction) -> bool {
    match better {
        Direction::Higher => change > 0.0,
        Direction::Lower => change < 0.0,
    }
}

/// A goal's status: the one the file sets, else from its metrics' computed statuses: done
/// when all are done, planned when all that are not done are plans, else the worst of the
/// others. No status when nothing says (a goal past due with no figure to show whether it was
/// reached is not called missed: `brief check` warns instead).
pub fn item_status(item: &Item, as_of: NaiveDate) -> Option<Status> {
    let ItemKind::Goal { status, .. } = &item.kind else {
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
        return None;
    }
    let open = computed
        .iter()
        .copied()
        .filter(|s| !matches!(s, Status::Done | Status::Planned));
    match open.max() {
        Some(worst) => Some(worst),
        None if computed.contains(&Status::Planned) => Some(Status::Planned),
        None => Some(Status::Done),
    }
}

/// Whether the metric changes in percentage points.
pub fn in_points(metric: &Metric) -> bool {
    metric.kind == MetricKind::Rate
}
