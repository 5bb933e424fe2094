//! The status rule, documented in docs/format.md ("Status") and walked row by row in
//! tests/status_rule.rs. The first row that applies decides; the comments carry the rows'
//! numbers in that page.

use chrono::NaiveDate;

use super::{Figures, Measured};
use crate::model::{Direction, Metric, MetricKind, Status};

/// Progress this far behind the share of time elapsed is still on track; up to the second,
/// at risk; beyond, off track.
const ON_TRACK_SLACK: f64 = 0.10;
const AT_RISK_SLACK: f64 = 0.25;
/// A needed rate up to this many times the achieved one is at risk rather than off track.
const AT_RISK_RATE_FACTOR: f64 = 1.5;

pub fn rule(f: &Figures, metric: &Metric, as_of: NaiveDate) -> Option<Status> {
    metric.target.as_ref()?;
    let past_deadline = f.days_left.is_some_and(|d| d < 0);
    match f.measured {
        // 1-2. Nothing measured yet: a plan while its deadline is ahead, else no status.
        Measured::Nothing | Measured::Earlier => (!past_deadline).then_some(Status::Planned),
        // 3. The period's result is in: met or missed.
        Measured::Final => f
            .met
            .map(|met| if met { Status::Done } else { Status::Missed }),
        Measured::SoFar => so_far(f, metric),
        Measured::Level => level(f, metric, as_of),
    }
}

/// A partial figure for the target's period.
fn so_far(f: &Figures, metric: &Metric) -> Option<Status> {
    let met = f.met?;
    if metric.kind == MetricKind::Flow {
        // 4. A flow that has already reached its target for the period has met it for good.
        if met && metric.better == Direction::Higher {
            return Some(Status::Done);
        }
        // 5. Progress against the share of the period gone.
        if let Some(status) = pace(f) {
            return Some(status);
        }
    }
    // 6-7. A rate or level so far this period: inside the target is on track, not done (the
    // period's result may still differ); outside it, near or far.
    if met {
        return Some(Status::OnTrack);
    }
    off_target(f, metric)
}

/// A level against a level to reach by a date, or a standing bound.
fn level(f: &Figures, metric: &Metric, _as_of: NaiveDate) -> Option<Status> {
    // 8. Met stays met: a target met at or before its deadline is done.
    if f.met? {
        return Some(Status::Done);
    }
    // 9. The deadline passed with the target unmet.
    if f.days_left.is_some_and(|d| d < 0) {
        return Some(Status::Missed);
    }
    // 10. Progress against the share of time gone.
    if let Some(status) = pace(f) {
        return Some(status);
    }
    // 11. The rate needed against the rate achieved (for a rate, the points per year).
    if let Some(status) = rates(f) {
        return Some(status);
    }
    // 12. A standing target (no deadline) outside its band or over its bound; or one with a
    // deadline that the value has moved away from: met at the baseline and no longer, or
    // worse than the baseline. With a deadline ahead, a value short of the target and no
    // worse than where it started is only not there yet: without a pace to judge by, nothing
    // is claimed.
    let moved_away = f.met_at_baseline || f.progress.is_some_and(|p| p < 0.0);
    if f.deadline.is_some() && !moved_away {
        return None;
    }
    off_target(f, metric)
}

fn pace(f: &Figures) -> Option<Status> {
    let (progress, elapsed) = (f.progress?, f.elapsed?);
    let elapsed = elapsed.clamp(0.0, 1.0);
    Some(if progress >= elapsed - ON_TRACK_SLACK {
        Status::OnTrack
    } else if progress >= elapsed - AT_RISK_SLACK {
        Status::AtRisk
    } else {
        Status::OffTrack
    })
}

fn rates(f: &Figures) -> Option<Status> {
    let (needed, achieved) = f.needed_and_achieved()?;
    // Measured in the direction the target lies in, so that when a fall is needed a fall
    // counts as positive, whichever way is called better.
    let sign = if needed < 0.0 { -1.0 } else { 1.0 };
    let (needed, achieved) = (needed * sign, achieved * sign);
    Some(if needed <= achieved {
        Status::OnTrack
    } else if achieved > 0.0 && needed <= achieved * AT_RISK_RATE_FACTOR {
        Status::AtRisk
    } else {
        Status::OffTrack
    })
}

/// How far outside its target a value is: near (within the band's tolerance, half a range, or
/// a small step past a bound) is at risk, further is off track. A plain level to reach with
/// nothing to judge the pace by gets no status.
fn off_target(f: &Figures, metric: &Metric) -> Option<Status> {
    let goal = f.target.as_ref()?;
    let current = metric.number()?.value;
    let (outside, near) = goal.miss(current, metric.kind)?;
    Some(if outside <= near {
        Status::AtRisk
    } else {
        Status::OffTrack
    })
}
