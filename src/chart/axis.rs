//! The chart's axes: a time axis from the first point to the deadline with the dates a reader
//! needs (start, as-of, deadline), and a value axis that starts at zero unless the values sit
//! far from it, with round ticks written the shortest way (67.7, not 67.70).

use chrono::NaiveDate;

use crate::model::number::format_rounded;

/// Values closer to each other than this share of their distance from zero are charted on an
/// axis that does not start at zero (availability from 99.82% to 99.95%: drawn from 0 it is a
/// flat line). The axis then says so.
const FAR_FROM_ZERO: f64 = 1.0 / 3.0;
/// Room above (and below, when not from zero) the values, as a share of their range.
const PAD: f64 = 0.04;
/// About this many steps between ticks.
const TICK_STEPS: f64 = 5.0;

#[derive(Debug, Clone, PartialEq)]
pub struct TimeAxis {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The briefing's date, "today" of the meeting.
    pub as_of: NaiveDate,
    /// The target's deadline, if it has one.
    pub deadline: Option<NaiveDate>,
    /// The dates to write under (or, for the as-of date, over) the axis, most important first.
    pub labels: Vec<DateLabel>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DateLabel {
    pub mark: DateMark,
    /// Days on the time axis.
    pub t: f64,
    /// The date as the briefing writes it: 2025-12-31.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateMark {
    /// The deadline, or the end of the axis when there is none.
    End,
    Start,
    AsOf,
}

impl TimeAxis {
    /// From the first measured point to the deadline, stretched to take in the as-of date; none
    /// when that is a single day.
    pub fn new<T>(
        points: &[(NaiveDate, T)],
        as_of: NaiveDate,
        deadline: Option<NaiveDate>,
    ) -> Option<TimeAxis> {
        let dates = points.iter().map(|p| p.0).chain([as_of]).chain(deadline);
        let from = dates.clone().min()?;
        let to = dates.max()?;
        if to <= from {
            return None;
        }
        let mut axis = TimeAxis {
            from,
            to,
            as_of,
            deadline,
            labels: Vec::new(),
        };
        let end = deadline.unwrap_or(to);
        for (mark, date) in [
            (DateMark::End, end),
            (DateMark::Start, from),
            (DateMark::AsOf, as_of),
        ] {
            axis.labels.push(DateLabel {
                mark,
                t: axis.t(date),
                text: date.to_string(),
            });
        }
        Some(axis)
    }

    /// Days from the start of the axis.
    pub fn t(&self, date: NaiveDate) -> f64 {
        (date - self.from).num_days() as f64
    }

    /// The date `t` days from the start (rounded to a day).
    pub fn date(&self, t: f64) -> NaiveDate {
        self.from + chrono::Days::new(t.round().max(0.0) as u64)
    }

    pub fn span(&self) -> f64 {
        self.t(self.to)
    }

    /// 0 at the start, 1 at the end.
    pub fn frac(&self, t: f64) -> f64 {
        t / self.span()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ValueAxis {
    pub lo: f64,
    pub hi: f64,
    /// Round values within the range, lowest first; the lowest is `lo` itself.
    pub ticks: Vec<Tick>,
    /// False when the axis starts away from zero: renderers then mark the break.
    pub from_zero: bool,
    /// The decimals the metric's numbers are written with, for values the chart computes.
    pub decimals: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub value: f64,
    pub text: String,
}

impl ValueAxis {
    /// An axis taking in all `values`, from zero unless they sit far from it.
    pub fn of(values: &[f64], decimals: usize) -> ValueAxis {
        let (mut lo, mut hi) = range(values);
        let far = if lo >= 0.0 {
            hi - lo < hi * FAR_FROM_ZERO
        } else if hi <= 0.0 {
            hi - lo < -lo * FAR_FROM_ZERO
        } else {
            false
        };
        if !far {
            lo = lo.min(0.0);
            hi = hi.max(0.0);
        }
        ValueAxis::spanning(lo, hi, far, decimals)
    }

    /// An axis for a rate: at least `span` tall around the values, so that a move of a fifth
    /// of a point looks as small as it is; from zero only where the values reach it, or where
    /// the band would dip below zero with every value above it.
    pub fn band(values: &[f64], span: f64, decimals: usize) -> ValueAxis {
        let (min, max) = range(values);
        let (mut lo, mut hi) = (min, max);
        if hi - lo < span {
            let middle = f64::midpoint(lo, hi);
            (lo, hi) = (middle - span / 2.0, middle + span / 2.0);
        }
        if lo < 0.0 && min >= 0.0 {
            (lo, hi) = (0.0, hi - lo);
        } else if hi > 0.0 && max <= 0.0 {
            (lo, hi) = (lo - hi, 0.0);
        }
        let broken = lo > 0.0 || hi < 0.0;
        ValueAxis::spanning(lo, hi, broken, decimals)
    }

    /// From `lo` to `hi` with some room; `broken` when the axis does not reach zero.
    fn spanning(mut lo: f64, mut hi: f64, broken: bool, decimals: usize) -> ValueAxis {
        let range = if hi > lo {
            hi - lo
        } else {
            hi.abs().max(1.0) * 0.1
        };
        let step = nice(range / TICK_STEPS);
        // The end away from zero gets some room; an end at zero stays there.
        if hi > 0.0 || broken {
            hi += range * PAD;
        }
        if lo < 0.0 || broken {
            lo -= range * PAD;
        }
        // Everything at zero: the axis still needs a height.
        if hi <= lo {
            hi = lo + range;
        }
        let places = step_decimals(step);
        // A broken axis starts at a round value, written as its lowest tick.
        if broken || lo < 0.0 {
            lo = snap((lo / step).floor() * step, places);
        }
        let first = (lo / step - 1e-9).ceil() as i64;
        let last = (hi / step + 1e-9).floor() as i64;
        // About six by construction; the cap guards against rounding at the ends of f64.
        let ticks = (first..=last)
            .take(12)
            .map(|k| {
                let value = snap(k as f64 * step, places);
                Tick {
                    value,
                    text: format_rounded(value, places),
                }
            })
            .collect();
        ValueAxis {
            lo,
            hi,
            ticks,
            // A broken axis whose round foot lands on zero reaches it after all.
            from_zero: lo <= 0.0 && hi >= 0.0,
            decimals,
        }
    }

    /// 0 at the bottom, 1 at the top.
    pub fn frac(&self, v: f64) -> f64 {
        (v - self.lo) / (self.hi - self.lo)
    }

    /// A value the chart computed, with the decimals of the metric's own numbers: 43.3.
    pub fn text(&self, v: f64) -> String {
        format_rounded(v, self.decimals)
    }
}

/// The lowest and highest finite values; 0 to 1 when there are none.
fn range(values: &[f64]) -> (f64, f64) {
    let (lo, hi) = values
        .iter()
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        });
    if lo.is_finite() { (lo, hi) } else { (0.0, 1.0) }
}

/// `v` rounded to `places` decimals, so that 0.1 steps add up to 99.8 and not 99.80000000000001.
fn snap(v: f64, places: usize) -> f64 {
    let scale = 10f64.powi(places as i32);
    (v * scale).round() / scale
}

/// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
fn nice(raw: f64) -> f64 {
    let power = 10f64.powf(raw.log10().floor());
    let f = raw / power;
    let m = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 2.5 {
        2.5
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    m * power
}

/// The decimals a tick of this step needs: 0.05 -> 2, 2.5 -> 1, 25 -> 0.
fn step_decimals(step: f64) -> usize {
    let exponent = step.log10().floor();
    let mantissa = step / 10f64.powf(exponent);
    let extra = if (mantissa - 2.5).abs() < 1e-9 {
        1.0
    } else {
        0.0
    };
    (extra - exponent).max(0.0) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice(15.6), 20.0);
        assert_eq!(nice(0.035), 0.05);
        assert_eq!(nice(2.2), 2.5);
        assert_eq!(step_decimals(0.05), 2);
        assert_eq!(step_decimals(2.5), 1);
        assert_eq!(step_decimals(25.0), 0);
        assert_eq!(step_decimals(20.0), 0);
    }

    #[test]
    fn a_level_starts_at_zero() {
        let axis = ValueAxis::of(&[33.6, 60.0, 43.3], 1);
        assert!(axis.from_zero);
        assert_eq!(axis.lo, 0.0);
        let ticks: Vec<&str> = axis.ticks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(ticks, ["0", "20", "40", "60"]);
        assert!(axis.hi >= 60.0);
    }

    #[test]
    fn values_far_from_zero_break_the_axis_at_a_labelled_minimum() {
        let axis = ValueAxis::of(&[99.82, 99.95, 99.9], 2);
        assert!(!axis.from_zero);
        assert_eq!(axis.ticks[0].text, "99.8");
        assert_eq!(axis.ticks[0].value, axis.lo);
        assert!(axis.hi >= 99.95);
        // Written the shortest way: 99.9, not 99.90.
        assert!(
            axis.ticks
                .iter()
                .all(|t| !(t.text.contains('.') && t.text.ends_with('0')))
        );
    }

    #[test]
    fn values_all_at_zero_still_get_an_axis_with_a_height() {
        let axis = ValueAxis::of(&[0.0, 0.0], 0);
        assert!(axis.hi > axis.lo);
        assert_eq!(axis.frac(0.0), 0.0);
    }

    #[test]
    fn a_rate_gets_a_band_of_two_points_and_a_broken_axis() {
        // Growth of 4.5 to 5.25: a band from 3.875 to 5.875, its foot at a round 3.5.
        let axis = ValueAxis::band(&[5.2, 4.9, 4.6, 4.75, 5.25, 4.5, 5.0], 2.0, 1);
        assert!(!axis.from_zero);
        assert_eq!(axis.lo, 3.5);
        assert!(axis.hi >= 5.875);
        let ticks: Vec<&str> = axis.ticks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(ticks, ["3.5", "4", "4.5", "5", "5.5"]);
        // A move of 0.2 points is under a tenth of the axis.
        assert!(0.2 / (axis.hi - axis.lo) < 0.1);
    }

    #[test]
    fn a_rate_near_zero_starts_at_zero_and_a_wide_one_is_not_widened() {
        let inflation = ValueAxis::band(&[0.0, 0.2], 2.0, 1);
        assert!(inflation.from_zero);
        assert_eq!(inflation.lo, 0.0);
        assert!(inflation.hi >= 2.0);
        // Eight points apart: not widened, and its round foot is zero, so no break is marked.
        let wide = ValueAxis::band(&[1.0, 9.0], 2.0, 0);
        assert!(wide.hi < 10.0);
        assert!(wide.from_zero && wide.lo == 0.0);
        let falls = ValueAxis::band(&[-3.1, -2.0], 2.0, 1);
        assert!(!falls.from_zero && falls.hi < 0.0, "{falls:?}");
    }

    #[test]
    fn negative_values_keep_zero_in_view() {
        let axis = ValueAxis::of(&[-3.0, 2.0], 0);
        assert!(axis.from_zero);
        assert!(axis.lo <= -3.0 && axis.hi >= 2.0);
        assert!(axis.ticks.iter().any(|t| t.text == "0"));
    }
}
