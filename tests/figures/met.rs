//! Each target kind's rule for when it is met, and which edge of a range progress aims at.

use brief::figures::Figures;
use brief::model::{Direction, Target, TargetKind};

use crate::{AS_OF, close, metric, n, with_baseline, with_target};

fn met(kind: TargetKind, value: f64, better: Direction) -> Option<bool> {
    let mut m = metric(value);
    m.target = Some(Target {
        kind,
        by: None,
        period: None,
    });
    m.better = better;
    Figures::of(&m, AS_OF()).met
}

#[test]
fn reach_is_met_in_the_better_direction() {
    assert_eq!(
        met(TargetKind::Reach(n(60.0)), 60.0, Direction::Higher),
        Some(true)
    );
    assert_eq!(
        met(TargetKind::Reach(n(60.0)), 59.9, Direction::Higher),
        Some(false)
    );
    assert_eq!(
        met(TargetKind::Reach(n(200.0)), 200.0, Direction::Lower),
        Some(true)
    );
    assert_eq!(
        met(TargetKind::Reach(n(200.0)), 250.0, Direction::Lower),
        Some(false)
    );
    assert_eq!(
        met(TargetKind::Reach(n(200.0)), 150.0, Direction::Lower),
        Some(true)
    );
}

#[test]
fn at_least_is_met_at_or_above() {
    assert_eq!(
        met(TargetKind::AtLeast(n(12.0)), 12.0, Direction::Higher),
        Some(true)
    );
    assert_eq!(
        met(TargetKind::AtLeast(n(12.0)), 13.0, Direction::Higher),
        Some(true)
    );
    assert_eq!(
        met(TargetKind::AtLeast(n(12.0)), 11.9, Direction::Higher),
        Some(false)
    );
    // The kind decides, whatever `better` says.
    assert_eq!(
        met(TargetKind::AtLeast(n(12.0)), 13.0, Direction::Lower),
        Some(true)
    );
}

#[test]
fn at_most_is_met_at_or_below() {
    assert_eq!(
        met(TargetKind::AtMost(n(5.5)), 5.5, Direction::Lower),
        Some(true)
    );
    assert_eq!(
        met(TargetKind::AtMost(n(5.5)), 4.0, Direction::Lower),
        Some(true)
    );
    assert_eq!(
        met(TargetKind::AtMost(n(5.5)), 5.6, Direction::Lower),
        Some(false)
    );
    assert_eq!(
        met(TargetKind::AtMost(n(5.5)), 4.0, Direction::Higher),
        Some(true)
    );
}

#[test]
fn around_is_met_within_the_tolerance() {
    let around = || TargetKind::Around {
        center: n(5.0),
        tolerance: Some(n(0.5)),
    };
    assert_eq!(met(around(), 5.5, Direction::Higher), Some(true));
    assert_eq!(met(around(), 4.5, Direction::Higher), Some(true));
    assert_eq!(met(around(), 5.6, Direction::Higher), Some(false));
    assert_eq!(met(around(), 4.4, Direction::Higher), Some(false));
}

#[test]
fn around_without_a_tolerance_allows_five_percent() {
    let around = || TargetKind::Around {
        center: n(100.0),
        tolerance: None,
    };
    assert_eq!(met(around(), 105.0, Direction::Higher), Some(true));
    assert_eq!(met(around(), 95.0, Direction::Higher), Some(true));
    assert_eq!(met(around(), 105.1, Direction::Higher), Some(false));
    assert_eq!(met(around(), 94.9, Direction::Higher), Some(false));
}

#[test]
fn between_is_met_inside_the_range_bounds_included() {
    let range = || TargetKind::Between(n(4.5), n(5.0));
    assert_eq!(met(range(), 4.5, Direction::Higher), Some(true));
    assert_eq!(met(range(), 4.7, Direction::Higher), Some(true));
    assert_eq!(met(range(), 5.0, Direction::Higher), Some(true));
    assert_eq!(met(range(), 4.4, Direction::Higher), Some(false));
    assert_eq!(met(range(), 5.1, Direction::Higher), Some(false));
}

#[test]
fn between_progress_aims_at_the_nearer_edge() {
    // From 3 toward 4.5–5: 4 is two thirds of the way to 4.5.
    let m = with_baseline(
        with_target(metric(4.0), TargetKind::Between(n(4.5), n(5.0)), None),
        3.0,
        None,
    );
    close(Figures::of(&m, AS_OF()).progress, 2.0 / 3.0, 1e-12);
}
