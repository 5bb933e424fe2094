//! The trajectory chart of a goal metric, as a model: its points, the path it needs to take to
//! its target by the deadline, where it lands at the pace it has kept, the target, and the
//! axes with their labels. Computed once from a metric and its figures, then drawn by the
//! terminal (`view::chart`) and by the handout (`export::svg`), which only map it to their
//! own scale: both draw the same numbers, so they cannot disagree.
//!
//! Honest by construction: only measured, dated points are drawn (no smoothing, no invented
//! points); the projection stops at the deadline; a level's axis starts at zero unless its
//! values sit far from zero, and then `ValueAxis::from_zero` is false so renderers mark the
//! break.
//!
//! All that is read from `figures` is read in [`Chart::of`], so a change there touches one
//! function.

pub mod axis;
pub mod path;
pub mod periods;
#[cfg(test)]
mod tests;

use chrono::NaiveDate;

use crate::figures::Figures;
use crate::model::{Item, Metric, MetricKind, Number, Status, TargetKind};

pub use axis::{DateLabel, DateMark, Tick, TimeAxis, ValueAxis};
pub use path::Path;
pub use periods::{Column, Outcome, PeriodTarget, Periods, Verdict};

/// A chart of one metric.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The metric's unit, shown once at the top of the value axis.
    pub unit: Option<String>,
    /// The metric's computed status: the colour (and end symbol) of projection and target.
    pub status: Option<Status>,
    pub y: ValueAxis,
    pub kind: Kind,
}

/// What the chart shows along its horizontal axis.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A level over time, from the first point to the deadline.
    Trajectory(Trajectory),
    /// Targets for periods ("growth ≈ 5% in 2025"): each period's result beside the target
    /// set for it, on a row of periods rather than one path over time.
    Periods(Periods),
}

/// A level over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Trajectory {
    pub x: TimeAxis,
    /// Measured values in time order: the dated baseline and history, and the current value
    /// last. Never fewer than one.
    pub points: Vec<Pt>,
    /// Each point's value as the file writes it (67.7, 61.50), in step with `points`.
    pub written: Vec<String>,
    pub target: TargetMark,
    /// From the current value to the target by the deadline, at the rate needed.
    pub needed: Option<Path>,
    /// From the current value to the deadline, at the rate achieved so far.
    pub projection: Option<Path>,
}

/// A point of the chart: `t` days after the start of the time axis, value `v`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pt {
    pub t: f64,
    pub v: f64,
}

/// The target as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetMark {
    pub shape: TargetShape,
    /// The deadline, in days on the time axis, where the target is marked; none without `by`.
    pub at: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TargetShape {
    /// "Reach 60": a mark at the deadline.
    Point(f64),
    /// "At least": a floor across the chart, and a mark at the deadline.
    Floor(f64),
    /// "At most": a ceiling across the chart, and a mark at the deadline.
    Ceiling(f64),
    /// "Around" and "between": a band, its edges across the chart and a bar at the deadline.
    Band(f64, f64),
}

impl TargetShape {
    /// The values the target spans: one for a point, floor or ceiling, two for a band.
    pub fn values(&self) -> Vec<f64> {
        match *self {
            TargetShape::Point(v) | TargetShape::Floor(v) | TargetShape::Ceiling(v) => vec![v],
            TargetShape::Band(lo, hi) => vec![lo, hi],
        }
    }

    /// The shape of a resolved target (a fall or rise already turned into the bound it aims
    /// at, see `Figures::target`).
    pub fn of(kind: &TargetKind, metric: MetricKind) -> TargetShape {
        match kind {
            TargetKind::Reach(n) => TargetShape::Point(n.value),
            TargetKind::AtLeast(n) => TargetShape::Floor(n.value),
            TargetKind::AtMost(n) => TargetShape::Ceiling(n.value),
            TargetKind::Around { .. } | TargetKind::Between(..) => {
                let (lo, hi) = kind.band(metric).unwrap_or_default();
                TargetShape::Band(lo, hi)
            }
            TargetKind::DownBy { .. } | TargetKind::UpBy { .. } => TargetShape::Point(0.0),
        }
    }
}

impl Chart {
    /// The chart of a metric with a number value and a target, as of the briefing date; none
    /// when there is nothing to draw a time axis for (one point, no deadline).
    pub fn of(metric: &Metric, figures: &Figures, as_of: NaiveDate) -> Option<Chart> {
        let target = metric.target.as_ref()?;
        // A target for a period is judged by each period's result, not along a path to a
        // date: its chart is per period, never a compound curve.
        if target.period.is_some() {
            return Chart::periods(metric, figures, as_of);
        }
        let goal = figures.target.as_ref()?;
        let current = metric.number()?.value;
        let measured = metric.as_of.unwrap_or(as_of);
        let dated = measured_points(metric, measured);
        let x = TimeAxis::new(&dated, as_of, target.by)?;
        let points: Vec<Pt> = dated
            .iter()
            .map(|(d, n)| Pt {
                t: x.t(*d),
                v: n.value,
            })
            .collect();
        let written = dated.iter().map(|(_, n)| n.to_string()).collect();
        let now = Pt {
            t: x.t(measured),
            v: current,
        };
        let end = target.by.map(|by| x.t(by)).filter(|end| *end > now.t);
        let needed = end.filter(|_| figures.met == Some(false)).map(|end| {
            let aim = goal.aim(current);
            Path::toward(now, Pt { t: end, v: aim }, figures.needed_rate)
        });
        let projection = end.and_then(|end| match figures.achieved_rate {
            Some(rate) => Some(Path::compound(now, end, rate)),
            None => pace_per_day(&points).map(|slope| Path::linear(now, end, slope)),
        });
        let target_mark = TargetMark {
            shape: TargetShape::of(goal, metric.kind),
            at: target.by.map(|by| x.t(by)),
        };
        let mut values: Vec<f64> = points.iter().map(|p| p.v).collect();
        values.extend(target_mark.shape.values());
        values.extend(needed.iter().chain(&projection).flat_map(Path::values));
        Some(Chart {
            unit: metric.unit.clone(),
            status: figures.status,
            y: ValueAxis::of(&values, decimals(metric)),
            kind: Kind::Trajectory(Trajectory {
                x,
                points,
                written,
                target: target_mark,
                needed,
                projection,
            }),
        })
    }

    /// The per-period chart: its value axis takes in every result and target, from zero for
    /// amounts unless they sit far from it, at least `RATE_SPAN` points tall for a rate.
    fn periods(metric: &Metric, figures: &Figures, as_of: NaiveDate) -> Option<Chart> {
        let mut periods = Periods::of(metric, figures, as_of)?;
        let values = periods.values();
        let y = match metric.kind {
            MetricKind::Rate => ValueAxis::band(&values, periods::RATE_SPAN, decimals(metric)),
            MetricKind::Level | MetricKind::Flow => ValueAxis::of(&values, decimals(metric)),
        };
        // A stem from zero shows an amount; on a broken axis, or for a rate, it would not.
        periods.stems = y.from_zero && metric.kind != MetricKind::Rate;
        Some(Chart {
            unit: metric.unit.clone(),
            status: figures.status,
            y,
            kind: Kind::Periods(periods),
        })
    }

    /// The chart for a metric, its figures computed as of `as_of`.
    pub fn for_metric(metric: &Metric, as_of: NaiveDate) -> Option<Chart> {
        Chart::of(metric, &Figures::of(metric, as_of), as_of)
    }

    /// Whether the target is drawn as a band (an `around` or `between`), for the legend.
    pub fn band_target(&self) -> bool {
        match &self.kind {
            Kind::Trajectory(t) => matches!(t.target.shape, TargetShape::Band(..)),
            Kind::Periods(p) => p.has_band(),
        }
    }

    /// Where `v` sits on the value axis: 0 at the bottom, 1 at the top.
    pub fn y_frac(&self, v: f64) -> f64 {
        self.y.frac(v)
    }
}

impl Trajectory {
    /// Where `t` (days on the time axis) sits: 0 at the start, 1 at the end.
    pub fn x_frac(&self, t: f64) -> f64 {
        self.x.frac(t)
    }

    /// The current value: the last measured point.
    pub fn current(&self) -> Pt {
        self.points.last().copied().unwrap_or(Pt { t: 0.0, v: 0.0 })
    }
}

/// The metric of a goal whose chart stands for it on a slide: its first key metric that has a
/// chart, else its first metric that has one.
pub fn goal_metric(item: &Item, as_of: NaiveDate) -> Option<(usize, Chart)> {
    let charted = |keyed: bool| {
        item.metrics
            .iter()
            .enumerate()
            .filter(|(_, m)| !keyed || m.key)
            .find_map(|(i, m)| Chart::for_metric(m, as_of).map(|c| (i, c)))
    };
    charted(true).or_else(|| charted(false))
}

/// The dated baseline and history and the current value, in time order, one per date: the
/// current value wins over a history point of its own date, a history point over the baseline.
fn measured_points(metric: &Metric, measured: NaiveDate) -> Vec<(NaiveDate, &Number)> {
    let mut dated: Vec<(NaiveDate, &Number)> = Vec::new();
    let baseline = metric.baseline.iter();
    // A period's result stands at the period's last day, as the pace in the words takes it.
    for p in baseline.chain(&metric.history) {
        if let Some(d) = p.day() {
            dated.push((d, &p.value));
        }
    }
    if let Some(current) = metric.number() {
        dated.push((measured, current));
    }
    // Stable, so among points of one date the later-written stays last; keep that one.
    dated.sort_by_key(|(d, _)| *d);
    let mut out: Vec<(NaiveDate, &Number)> = Vec::with_capacity(dated.len());
    for p in dated {
        match out.last_mut() {
            Some(last) if last.0 == p.0 => *last = p,
            _ => out.push(p),
        }
    }
    // The current value is the latest thing known: a history point dated after it would put
    // the "now" of the paths in the past, so such points end the line at the current value.
    out.retain(|(d, _)| *d <= measured);
    out
}

/// The change per day between the earliest and the latest measured point: the pace a
/// straight projection keeps where there is no rate per year.
fn pace_per_day(points: &[Pt]) -> Option<f64> {
    let (first, last) = (points.first()?, points.last()?);
    let days = last.t - first.t;
    (days > 0.0).then(|| (last.v - first.v) / days)
}

/// How many decimals the metric's own numbers are written with (at most 3): the precision of
/// computed values on the chart.
fn decimals(metric: &Metric) -> usize {
    let written = metric
        .number()
        .into_iter()
        .chain(metric.baseline.iter().map(|b| &b.value))
        .chain(metric.history.iter().map(|p| &p.value));
    written
        .map(|n| {
            n.as_written().split_once('.').map_or(0, |(_, frac)| {
                frac.chars().take_while(char::is_ascii_digit).count()
            })
        })
        .max()
        .unwrap_or(0)
        .min(3)
}
