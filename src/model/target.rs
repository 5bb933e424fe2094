//! Targets as real plans state them: reach, at least, at most, around, between.

use chrono::NaiveDate;

use super::{Direction, Number};

#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub kind: TargetKind,
    pub by: Option<NaiveDate>,
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
}

impl TargetKind {
    /// Whether `value` meets the target; `better` only matters for a plain "reach".
    pub fn is_met(&self, value: f64, better: Direction) -> bool {
        match self {
            TargetKind::Reach(t) => match better {
                Direction::Higher => value >= t.value,
                Direction::Lower => value <= t.value,
            },
            TargetKind::AtLeast(t) => value >= t.value,
            TargetKind::AtMost(t) => value <= t.value,
            TargetKind::Around { center, tolerance } => {
                (value - center.value).abs() <= self.tolerance_of(center, tolerance.as_ref())
            }
            TargetKind::Between(lo, hi) => value >= lo.value && value <= hi.value,
        }
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
                    (lo.value + hi.value) / 2.0
                }
            }
        }
    }

    /// The range an "around" or "between" target accepts, both ends included.
    pub fn band(&self) -> Option<(f64, f64)> {
        match self {
            TargetKind::Around { center, tolerance } => {
                let tol = self.tolerance_of(center, tolerance.as_ref());
                Some((center.value - tol, center.value + tol))
            }
            TargetKind::Between(lo, hi) => Some((lo.value, hi.value)),
            _ => None,
        }
    }

    /// Which way is better for this target, where the kind itself says so.
    pub fn implied_direction(&self) -> Option<Direction> {
        match self {
            TargetKind::AtLeast(_) => Some(Direction::Higher),
            TargetKind::AtMost(_) => Some(Direction::Lower),
            _ => None,
        }
    }

    /// "≥ 60", "≤ 5.5", "≈ 5", "4.5–5", "60": how a person would say it, without the unit.
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
        }
    }

    /// "around" without a tolerance allows 5% of the centre, the usual reading of "about".
    fn tolerance_of(&self, center: &Number, tolerance: Option<&Number>) -> f64 {
        tolerance.map_or(center.value.abs() * 0.05, |t| t.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(v: f64) -> Number {
        Number::from(v)
    }

    #[test]
    fn each_kind_is_met_its_own_way() {
        assert!(TargetKind::AtLeast(n(12.0)).is_met(12.0, Direction::Lower));
        assert!(!TargetKind::AtLeast(n(12.0)).is_met(11.9, Direction::Higher));
        assert!(TargetKind::AtMost(n(5.5)).is_met(5.5, Direction::Higher));
        assert!(!TargetKind::AtMost(n(5.5)).is_met(5.6, Direction::Lower));
        let around = TargetKind::Around {
            center: n(5.0),
            tolerance: Some(n(0.5)),
        };
        assert!(around.is_met(4.6, Direction::Higher));
        assert!(!around.is_met(5.6, Direction::Higher));
        assert!(
            TargetKind::Around {
                center: n(5.0),
                tolerance: None
            }
            .is_met(5.2, Direction::Higher)
        );
        let range = TargetKind::Between(n(4.5), n(5.0));
        assert!(range.is_met(4.7, Direction::Higher));
        assert!(!range.is_met(5.1, Direction::Higher));
    }

    #[test]
    fn reach_follows_the_better_direction() {
        assert!(TargetKind::Reach(n(60.0)).is_met(61.0, Direction::Higher));
        assert!(!TargetKind::Reach(n(200.0)).is_met(250.0, Direction::Lower));
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
    }

    #[test]
    fn range_aims_at_the_nearer_edge() {
        let range = TargetKind::Between(n(4.5), n(5.0));
        assert_eq!(range.aim(3.0), 4.5);
        assert_eq!(range.aim(6.0), 5.0);
    }
}
