//! Progress from the baseline toward the target, in either direction, past it or backwards;
//! and the change from the baseline.

use brief::figures::{Figures, is_improvement};
use brief::model::{Direction, Status, TargetKind, Value};

use crate::{AS_OF, close, metric, n, with_baseline, with_target};

#[test]
fn progress_from_baseline_toward_a_higher_target() {
    let m = with_baseline(
        with_target(metric(45.0), TargetKind::Reach(n(60.0)), None),
        30.0,
        None,
    );
    close(Figures::of(&m, AS_OF()).progress, 0.5, 1e-12);
}

#[test]
fn progress_toward_a_lower_target() {
    // p99 latency from 300 ms toward at most 200 ms, now 250 ms: half way.
    let m = with_baseline(
        with_target(metric(250.0), TargetKind::AtMost(n(200.0)), None),
        300.0,
        None,
    );
    assert_eq!(m.better, Direction::Lower);
    close(Figures::of(&m, AS_OF()).progress, 0.5, 1e-12);
}

#[test]
fn progress_toward_a_plain_reach_when_lower_is_better() {
    let mut m = with_baseline(
        with_target(metric(260.0), TargetKind::Reach(n(200.0)), None),
        300.0,
        None,
    );
    m.better = Direction::Lower;
    let f = Figures::of(&m, AS_OF());
    close(f.progress, 0.4, 1e-12);
    assert_eq!(f.met, Some(false));
}

#[test]
fn overshoot_is_above_one() {
    let m = with_baseline(
        with_target(metric(70.0), TargetKind::Reach(n(60.0)), None),
        30.0,
        None,
    );
    let f = Figures::of(&m, AS_OF());
    close(f.progress, 40.0 / 30.0, 1e-12);
    assert_eq!(f.met, Some(true));
    assert_eq!(f.status, Some(Status::Done));
}

#[test]
fn overshoot_when_lower_is_better() {
    let m = with_baseline(
        with_target(metric(150.0), TargetKind::AtMost(n(200.0)), None),
        300.0,
        None,
    );
    close(Figures::of(&m, AS_OF()).progress, 1.5, 1e-12);
}

#[test]
fn regression_is_below_zero() {
    let m = with_baseline(
        with_target(metric(20.0), TargetKind::Reach(n(60.0)), None),
        30.0,
        None,
    );
    close(Figures::of(&m, AS_OF()).progress, -1.0 / 3.0, 1e-12);
}

#[test]
fn regression_when_lower_is_better() {
    // Latency went up from 300 to 350 while the aim is 200.
    let m = with_baseline(
        with_target(metric(350.0), TargetKind::AtMost(n(200.0)), None),
        300.0,
        None,
    );
    close(Figures::of(&m, AS_OF()).progress, -0.5, 1e-12);
}

#[test]
fn no_progress_without_a_baseline_or_a_value() {
    let m = with_target(metric(45.0), TargetKind::Reach(n(60.0)), None);
    assert_eq!(Figures::of(&m, AS_OF()).progress, None);
    let mut m = with_baseline(
        with_target(metric(45.0), TargetKind::Reach(n(60.0)), None),
        30.0,
        None,
    );
    m.value = None;
    let f = Figures::of(&m, AS_OF());
    // A target with no value yet is a plan, not a judgement.
    assert_eq!(
        (f.progress, f.met, f.status),
        (None, None, Some(Status::Planned))
    );
}

#[test]
fn text_values_have_no_progress() {
    let mut m = with_baseline(
        with_target(metric(0.0), TargetKind::Reach(n(60.0)), None),
        30.0,
        None,
    );
    m.value = Some(Value::Text("3纵31横".into()));
    let f = Figures::of(&m, AS_OF());
    assert_eq!(
        (f.progress, f.met, f.status, f.change),
        (None, None, Some(Status::Planned), None)
    );
}

#[test]
fn change_from_the_baseline() {
    let m = with_baseline(metric(67.7), 38.7, None);
    close(Figures::of(&m, AS_OF()).change, 29.0, 1e-9);
    assert_eq!(Figures::of(&metric(67.7), AS_OF()).change, None);
}

#[test]
fn improvement_follows_the_better_direction() {
    assert!(is_improvement(1.0, Direction::Higher));
    assert!(!is_improvement(-1.0, Direction::Higher));
    assert!(is_improvement(-1.0, Direction::Lower));
    assert!(!is_improvement(1.0, Direction::Lower));
    assert!(!is_improvement(0.0, Direction::Higher));
    assert!(!is_improvement(0.0, Direction::Lower));
}
