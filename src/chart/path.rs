//! The two paths of a trajectory: the one the target needs (current value to target by the
//! deadline) and the one the pace so far leads to (current value to the deadline). Compound
//! where the rates are per year, so the curve is the one the "% a year" describes; straight
//! where they are not.

use super::Pt;

const DAYS_PER_YEAR: f64 = 365.2425;
/// Segments of a compound curve: smooth at 200 columns and in print.
const SEGMENTS: usize = 48;

#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    /// From the current value, in time order; the last point is where the path ends.
    pub points: Vec<Pt>,
    /// The growth per year in percent the path follows, when it is a compound curve.
    pub rate: Option<f64>,
}

impl Path {
    /// From `from` to `to`: the compound curve at `rate` per year when one is given (and both
    /// values are above zero), else a straight line. It ends exactly at `to`.
    pub fn toward(from: Pt, to: Pt, rate: Option<f64>) -> Path {
        let rate = rate.filter(|_| from.v > 0.0 && to.v > 0.0);
        let points = match rate {
            Some(_) => (0..=SEGMENTS)
                .map(|i| {
                    let s = i as f64 / SEGMENTS as f64;
                    Pt {
                        t: from.t + (to.t - from.t) * s,
                        v: from.v * (to.v / from.v).powf(s),
                    }
                })
                .collect(),
            None => vec![from, to],
        };
        Path { points, rate }
    }

    /// From `from` to day `end`, growing `rate` percent a year.
    pub fn compound(from: Pt, end: f64, rate: f64) -> Path {
        let years = (end - from.t) / DAYS_PER_YEAR;
        let to = Pt {
            t: end,
            v: from.v * (1.0 + rate / 100.0).powf(years),
        };
        Path {
            rate: Some(rate),
            ..Path::toward(from, to, Some(rate))
        }
    }

    /// From `from` to day `end`, changing by `per_day` each day.
    pub fn linear(from: Pt, end: f64, per_day: f64) -> Path {
        let to = Pt {
            t: end,
            v: from.v + per_day * (end - from.t),
        };
        Path::toward(from, to, None)
    }

    pub fn end(&self) -> Pt {
        self.points.last().copied().unwrap_or(Pt { t: 0.0, v: 0.0 })
    }

    pub fn values(&self) -> impl Iterator<Item = f64> + '_ {
        self.points.iter().map(|p| p.v)
    }
}
