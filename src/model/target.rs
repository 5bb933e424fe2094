//! Targets as real plans state them: reach, at least, at most, around, between, and a fall or
//! rise from the previous period ("down around 2%").

use chrono::NaiveDate;

use super::{Direction, MetricKind, Number, Period};

#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub kind: TargetKind,
    /// The deadline of a level to reach ("60亿元 by 2025-12-31").
    pub by: Option<NaiveDate>,
    /// The period a target for a flow or a rate applies to ("over 12 million jobs in 2025").
    pub period: Option<Period>,
}

impl Target {
    /// The day by which the target is judged: `by`, else the last day of its period.
    pub fn deadline(&self) -> Option<NaiveDate> {
        self.by.or_else(|| self.period.as_ref().map(|p| p.end))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum TargetKind {
    /// "Reach 60": met once the value gets there in the better direction.
    Reach(Number),
    AtLeast(Number),
    AtMost(Number),
    Around {
        center: Number,
        tolerance: Option<Number>,
    },
    Between(Number, Number),
    /// "Down 2%" (a level or flow: percent of the previous period's value; a rate: points),
    /// at least that much unless a tolerance makes it "down around 2%".
    DownBy {
        by: Number,
        tolerance: Option<Number>,
    },
    /// "Up 5%", the same the other way.
    UpBy {
        by: Number,
        tolerance: Option<Number>,
    },
}

/// `around` without a tolerance, for a rate: a quarter of a point either side. Results are
/// published to one decimal, and a result that rounds to the target at the nearest half point
/// (4.8 against "around 5") is reported as meeting it, 4.7 as below it.
pub const RATE_TOLERANCE: f64 = 0.25;
/// `around` without a tolerance, for a level or a flow: 5% of the centre, the usual reading of
/// "about" for a quantity ("around 700 million tonnes": 665 to 735).
pub const LEVEL_TOLERANCE_SHARE: f64 = 0.05;

impl TargetKind {
    /// The target as an absolute band or bound, for a metric whose previous period's value is
    /// `previous`: a fall or rise is turned into the value it aims at. `None` for a fall or rise
    /// with nothing to measure it from.
    pub fn resolve(&self, kind: MetricKind, previous: Option<f64>) -> Option<TargetKind> {
        let (by, tolerance, down) = match self {
            TargetKind::DownBy { by, tolerance } => (by, tolerance, true),
            TargetKind::UpBy { by, tolerance } => (by, tolerance, false),
            other => return Some(other.clone()),
        };
        let previous = previous?;
        let step = |amount: f64| match kind {
            MetricKind::Rate => amount,
            MetricKind::Level | MetricKind::Flow => previous.abs() * amount / 100.0,
        };
        let sign = if down { -1.0 } else { 1.0 };
        let aim = previous + sign * step(by.value);
        let aim = Number::from(round_figure(aim));
        Some(match tolerance {
            Some(tol) => TargetKind::Around {
                center: aim,
                tolerance: Some(Number::from(round_figure(step(tol.value)))),
            },
            None if down => TargetKind::AtMost(aim),
            None => TargetKind::AtLeast(aim),
        })
    }

    /// Whether `value` meets the target (a resolved one: not a fall or rise). `better` says
    /// which way is good news; `stated` whether the file said so, which turns an `around` into
    /// a ceiling or a floor ("unemployment around 5.5%": anything under the band is met).
    pub fn is_met(&self, value: f64, kind: MetricKind, better: Direction, stated: bool) -> bool {
        match self {
            TargetKind::Reach(t) => match better {
                Direction::Higher => value >= t.value,
                Direction::Lower => value <= t.value,
            },
            TargetKind::AtLeast(t) => value >= t.value,
            TargetKind::AtMost(t) => value <= t.value,
            TargetKind::Around { center, tolerance } => {
                let tol = tolerance_of(center, tolerance.as_ref(), kind);
                match (stated, better) {
                    (true, Direction::Lower) => value <= center.value + tol,
                    (true, Direction::Higher) => value >= center.value - tol,
                    (false, _) => (value - center.value).abs() <= tol,
                }
            }
            TargetKind::Between(lo, hi) => value >= lo.value && value <= hi.value,
            TargetKind::DownBy { .. } | TargetKind::UpBy { .. } => false,
        }
    }

    /// How far `value` lies outside the target, in the metric's unit (0 inside it), and the
    /// distance that still counts as near: the tolerance of an `around`, half the width of a
    /// range, half a point for a rate's bound, 5% of a quantity's.
    pub fn miss(&self, value: f64, kind: MetricKind) -> Option<(f64, f64)> {
        let (lo, hi, near) = match self {
            TargetKind::AtLeast(t) => (t.value, f64::INFINITY, near_of(t.value, kind)),
            TargetKind::AtMost(t) => (f64::NEG_INFINITY, t.value, near_of(t.value, kind)),
            TargetKind::Around { center, tolerance } => {
                let tol = tolerance_of(center, tolerance.as_ref(), kind);
                (
                    center.value - tol,
                    center.value + tol,
                    tol.max(f64::EPSILON),
                )
            }
            TargetKind::Between(lo, hi) => (
                lo.value,
                hi.value,
                ((hi.value - lo.value) / 2.0).max(f64::EPSILON),
            ),
            _ => return None,
        };
        let outside = if value < lo {
            lo - value
        } else if value > hi {
            value - hi
        } else {
            0.0
        };
        Some((outside, near))
    }

    /// The point progress is measured toward: the bound, the centre, or the nearer edge of a
    /// range as seen from `from`.
    pub fn aim(&self, from: f64) -> f64 {
        match self {
            TargetKind::Reach(t) | TargetKind::AtLeast(t) | TargetKind::AtMost(t) => t.value,
            TargetKind::Around { center, .. } => center.value,
            TargetKind::Between(lo, hi) => {
                if from < lo.value {
                    lo.value
                } else if from > hi.value {
                    hi.value
                } else {
                    f64::midpoint(lo.value, hi.value)
                }
            }
            TargetKind::DownBy { .. } | TargetKind::UpBy { .. } => from,
        }
    }

    /// The range an "around" or "between" target accepts, both ends included.
    pub fn band(&self, kind: MetricKind) -> Option<(f64, f64)> {
        match self {
            TargetKind::Around { center, tolerance } => {
                let tol = tolerance_of(center, tolerance.as_ref(), kind);
                Some((center.value - tol, center.value + tol))
            }
            TargetKind::Between(lo, hi) => Some((lo.value, hi.value)),
            _ => None,
        }
    }

    /// Which way is better for this target, where the kind itself says so.
    pub fn implied_direction(&self) -> Option<Direction> {
        match self {
            TargetKind::AtLeast(_) | TargetKind::UpBy { .. } => Some(Direction::Higher),
            TargetKind::AtMost(_) | TargetKind::DownBy { .. } => Some(Direction::Lower),
            _ => None,
        }
    }

    /// Whether the target is a band (around, between) rather than a bound or a level.
    pub fn is_band(&self) -> bool {
        matches!(self, TargetKind::Around { .. } | TargetKind::Between(..))
    }

    /// "≥ 60", "≤ 5.5", "≈ 5", "4.5–5", "60", "↓ 2", "↓ ≈ 2": how a person would say it, without
    /// the unit (a fall or rise adds "%" or "pp" where it is shown).
    pub fn describe(&self) -> String {
        match self {
            TargetKind::Reach(t) => t.to_string(),
            TargetKind::AtLeast(t) => format!("≥ {t}"),
            TargetKind::AtMost(t) => format!("≤ {t}"),
            TargetKind::Around {
                center,
                tolerance: Some(tol),
            } => format!("≈ {center} ± {tol}"),
            TargetKind::Around {
                center,
                tolerance: None,
            } => format!("≈ {center}"),
            TargetKind::Between(lo, hi) => format!("{lo}–{hi}"),
            TargetKind::DownBy { by, tolerance } => format!("↓ {}{by}", about(tolerance.is_some())),
            TargetKind::UpBy { by, tolerance } => format!("↑ {}{by}", about(tolerance.is_some())),
        }
    }
}

fn about(around: bool) -> &'static str {
    if around { "≈ " } else { "" }
}

/// The tolerance of an `around`: as written, else by the metric's kind.
pub fn tolerance_of(center: &Number, tolerance: Option<&Number>, kind: MetricKind) -> f64 {
    match (tolerance, kind) {
        (Some(t), _) => t.value.abs(),
        (None, MetricKind::Rate) => RATE_TOLERANCE,
        (None, _) => center.value.abs() * LEVEL_TOLERANCE_SHARE,
    }
}

/// What counts as near a bound when judging a miss: half a point for a rate, 5% of the bound
/// for a quantity.
fn near_of(bound: f64, kind: MetricKind) -> f64 {
    match kind {
        MetricKind::Rate => 0.5,
        _ => (bound.abs() * LEVEL_TOLERANCE_SHARE).max(f64::EPSILON),
    }
}

/// A computed target figure to the precision a plan writes (no 0.48999999).
fn round_figure(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(v: f64) -> Number {
        Number::from(v)
    }

    const LEVEL: MetricKind = MetricKind::Level;
    const RATE: MetricKind = MetricKind::Rate;
    const UP: Direction = Direction::Higher;
    const DOWN: Direction = Direction::Lower;

    #[test]
    fn each_kind_is_met_its_own_way() {
        assert!(TargetKind::AtLeast(n(12.0)).is_met(12.0, LEVEL, DOWN, false));
        assert!(!TargetKind::AtLeast(n(12.0)).is_met(11.9, LEVEL, UP, false));
        assert!(TargetKind::AtMost(n(5.5)).is_met(5.5, RATE, UP, false));
        assert!(!TargetKind::AtMost(n(5.5)).is_met(5.6, RATE, DOWN, false));
        let around = TargetKind::Around {
            center: n(5.0),
            tolerance: Some(n(0.5)),
        };
        assert!(around.is_met(4.6, RATE, UP, false));
        assert!(!around.is_met(5.6, RATE, UP, false));
        let range = TargetKind::Between(n(4.5), n(5.0));
        assert!(range.is_met(4.7, RATE, UP, false));
        assert!(!range.is_met(5.1, RATE, UP, false));
    }

    #[test]
    fn around_a_rate_allows_a_quarter_point_and_a_quantity_five_percent() {
        let growth = TargetKind::Around {
            center: n(5.0),
            tolerance: None,
        };
        assert!(growth.is_met(4.8, RATE, UP, false));
        assert!(!growth.is_met(4.7, RATE, UP, false));
        assert!(!growth.is_met(4.6, RATE, UP, false));
        let inflation = TargetKind::Around {
            center: n(2.0),
            tolerance: None,
        };
        assert!(inflation.is_met(1.8, RATE, UP, false), "not 1.9–2.1");
        let grain = TargetKind::Around {
            center: n(700.0),
            tolerance: None,
        };
        assert!(grain.is_met(668.0, LEVEL, UP, false));
        assert!(!grain.is_met(660.0, LEVEL, UP, false));
    }

    #[test]
    fn around_with_a_stated_direction_is_a_ceiling_or_a_floor() {
        let unemployment = TargetKind::Around {
            center: n(5.5),
            tolerance: None,
        };
        assert!(
            unemployment.is_met(5.0, RATE, DOWN, true),
            "under the band is met"
        );
        assert!(
            !unemployment.is_met(5.0, RATE, DOWN, false),
            "two-sided without `better`"
        );
        assert!(!unemployment.is_met(5.9, RATE, DOWN, true));
        let energy = TargetKind::Around {
            center: n(-2.0),
            tolerance: None,
        };
        assert!(
            energy.is_met(-3.1, RATE, DOWN, true),
            "an overachieved reduction is met"
        );
    }

    #[test]
    fn a_fall_or_rise_is_measured_from_the_previous_value() {
        let down = TargetKind::DownBy {
            by: n(2.0),
            tolerance: Some(n(0.5)),
        };
        assert_eq!(
            down.resolve(LEVEL, Some(0.5)),
            Some(TargetKind::Around {
                center: n(0.49),
                tolerance: Some(n(0.0025))
            })
        );
        let cut = TargetKind::DownBy {
            by: n(0.5),
            tolerance: None,
        };
        assert_eq!(
            cut.resolve(RATE, Some(3.0)),
            Some(TargetKind::AtMost(n(2.5)))
        );
        assert_eq!(cut.resolve(RATE, None), None);
        let rise = TargetKind::UpBy {
            by: n(5.0),
            tolerance: None,
        };
        assert_eq!(
            rise.resolve(LEVEL, Some(200.0)),
            Some(TargetKind::AtLeast(n(210.0)))
        );
    }

    #[test]
    fn reach_follows_the_better_direction() {
        assert!(TargetKind::Reach(n(60.0)).is_met(61.0, LEVEL, UP, false));
        assert!(!TargetKind::Reach(n(200.0)).is_met(250.0, LEVEL, DOWN, false));
    }

    #[test]
    fn described_as_a_person_would() {
        assert_eq!(
            TargetKind::AtLeast(Number::new(1.2e7, Some("12000000"))).describe(),
            "≥ 12000000"
        );
        assert_eq!(
            TargetKind::Around {
                center: n(5.0),
                tolerance: None
            }
            .describe(),
            "≈ 5"
        );
        assert_eq!(TargetKind::Between(n(4.5), n(5.0)).describe(), "4.5–5");
        assert_eq!(
            TargetKind::DownBy {
                by: n(2.0),
                tolerance: Some(n(0.5))
            }
            .describe(),
            "↓ ≈ 2"
        );
    }

    #[test]
    fn range_aims_at_the_nearer_edge() {
        let range = TargetKind::Between(n(4.5), n(5.0));
        assert_eq!(range.aim(3.0), 4.5);
        assert_eq!(range.aim(6.0), 5.0);
    }
}
