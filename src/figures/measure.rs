//! What a value is measured against: the result of the target's period, a partial figure for
//! it, an earlier period's result, or a level now against a level to reach by a date.

use chrono::NaiveDate;

use super::{Figures, PeriodResult};
use crate::model::{Metric, MetricKind, Target, TargetKind};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Measured {
    /// No number to judge: no value, or a text value.
    #[default]
    Nothing,
    /// A level now, against a level to reach by a date (or a standing bound).
    Level,
    /// A partial figure for the target's period: a flow so far, a rate so far this year.
    SoFar,
    /// The result of the target's whole period.
    Final,
    /// The result of an earlier period: the target's period has no result yet.
    Earlier,
}

/// When the value was measured: its own `as_of`, else the briefing's date.
fn measured_on(metric: &Metric, as_of: NaiveDate) -> NaiveDate {
    metric.as_of.unwrap_or(as_of)
}

pub fn measured(metric: &Metric, target: &Target, as_of: NaiveDate) -> Measured {
    if metric.number().is_none() {
        return Measured::Nothing;
    }
    let Some(period) = &target.period else {
        return Measured::Level;
    };
    let on = measured_on(metric, as_of);
    match &metric.period {
        Some(own) if own.end < period.start => Measured::Earlier,
        Some(own) if own.same_span(period) || own.start > period.end => {
            // A result for the period once measured on its last day or after; before, a
            // figure so far.
            if on >= period.end {
                Measured::Final
            } else {
                Measured::SoFar
            }
        }
        // A part of the period (a quarter of the year): a figure so far.
        Some(_) => Measured::SoFar,
        None if on < period.start => Measured::Earlier,
        None if on >= period.end => Measured::Final,
        None => Measured::SoFar,
    }
}

/// The value a fall or rise is measured from: the latest result before the target's period
/// (the baseline, the history, or the value when it is an earlier period's result), so "down
/// 2% in 2026" is measured from 2025 even when the baseline is 2024. A target without a period,
/// or a file with nothing dated before it, measures from the baseline.
pub fn previous_value(metric: &Metric, target: &Target) -> Option<f64> {
    let baseline = metric.baseline.as_ref().map(|b| b.value.value);
    let Some(start) = target.period.as_ref().map(|p| p.start) else {
        return baseline;
    };
    // A period's last day is in it, so it must end before the start; a level read on the
    // first day is the level the period starts from.
    let before = |period: Option<&crate::model::Period>, date: Option<NaiveDate>| match period {
        Some(p) => Some(p.end).filter(|end| *end < start),
        None => date.filter(|day| *day <= start),
    };
    let own = metric
        .number()
        .and_then(|n| before(metric.period.as_ref(), metric.as_of).map(|end| (end, n.value)));
    let based = metric
        .baseline
        .as_ref()
        .and_then(|b| before(b.period.as_ref(), b.date).map(|end| (end, b.value.value)));
    metric
        .history
        .iter()
        .filter_map(|p| before(p.period.as_ref(), p.date).map(|end| (end, p.value.value)))
        .chain(based)
        .chain(own)
        .max_by_key(|(end, _)| *end)
        .map(|(_, v)| v)
        .or(baseline)
}

/// The value's own period's result, judged against the target the file sets for that period.
pub fn earlier_result(metric: &Metric) -> Option<PeriodResult> {
    let period = metric.period.clone()?;
    let value = metric.number()?.value;
    let target = metric.target_for(&period).cloned();
    let met = target.as_ref().and_then(|t| {
        let goal = t.kind.resolve(metric.kind, previous_value(metric, t))?;
        Some(goal.is_met(value, metric.kind, metric.better, metric.better_stated))
    });
    Some(PeriodResult {
        period,
        value,
        target,
        met,
    })
}

/// Progress and time elapsed, where they can be measured.
pub fn progress(
    f: &mut Figures,
    metric: &Metric,
    target: &Target,
    goal: &TargetKind,
    current: f64,
    as_of: NaiveDate,
) {
    if f.measured == Measured::SoFar && metric.kind == MetricKind::Flow {
        // A flow so far is measured from zero against the share of its period gone.
        let aim = goal.aim(0.0);
        if aim != 0.0 {
            f.progress = Some(current / aim);
        }
        if let Some(period) = &target.period {
            f.elapsed = Some(period.elapsed(measured_on(metric, as_of)));
        }
        return;
    }
    if f.measured != Measured::Level {
        return;
    }
    let Some(baseline) = &metric.baseline else {
        return;
    };
    let start = baseline.value.value;
    if goal.is_met(start, metric.kind, metric.better, metric.better_stated) {
        f.met_at_baseline = true;
        return;
    }
    let aim = goal.aim(start);
    if aim != start {
        f.progress = Some((current - start) / (aim - start));
    }
    // Time is measured on the day the value was, as for a flow so far: progress and time
    // elapsed are compared at one date, so a figure a few months old is not held against
    // the months since.
    if let (Some(from), Some(by)) = (baseline.date, f.deadline) {
        let span = (by - from).num_days();
        if span > 0 {
            let on = measured_on(metric, as_of);
            f.elapsed = Some((on - from).num_days() as f64 / span as f64);
        }
    }
}
