//! Time: the share of the time from the baseline date to the target date that has passed, and
//! the days left.

use brief::figures::Figures;
use brief::model::TargetKind;

use crate::{AS_OF, close, date, metric, n, timed, with_baseline, with_target};

#[test]
fn elapsed_share_of_the_time_from_baseline_to_target() {
    close(
        Figures::of(&timed(40.0), date(2024, 1, 11)).elapsed,
        0.5,
        1e-12,
    );
    close(
        Figures::of(&timed(40.0), date(2024, 1, 1)).elapsed,
        0.0,
        1e-12,
    );
    close(
        Figures::of(&timed(40.0), date(2024, 1, 21)).elapsed,
        1.0,
        1e-12,
    );
}

#[test]
fn elapsed_is_not_clamped() {
    close(
        Figures::of(&timed(40.0), date(2024, 1, 31)).elapsed,
        1.5,
        1e-12,
    );
    close(
        Figures::of(&timed(40.0), date(2023, 12, 22)).elapsed,
        -0.5,
        1e-12,
    );
}

#[test]
fn elapsed_needs_both_dates() {
    let m = with_baseline(
        with_target(metric(40.0), TargetKind::Reach(n(100.0)), None),
        0.0,
        Some(date(2024, 1, 1)),
    );
    assert_eq!(Figures::of(&m, date(2024, 1, 11)).elapsed, None);
    let m = with_baseline(
        with_target(
            metric(40.0),
            TargetKind::Reach(n(100.0)),
            Some(date(2024, 1, 21)),
        ),
        0.0,
        None,
    );
    assert_eq!(Figures::of(&m, date(2024, 1, 11)).elapsed, None);
}

#[test]
fn elapsed_is_none_when_the_target_date_is_not_after_the_baseline_date() {
    let m = with_baseline(
        with_target(
            metric(40.0),
            TargetKind::Reach(n(100.0)),
            Some(date(2024, 1, 1)),
        ),
        0.0,
        Some(date(2024, 1, 1)),
    );
    assert_eq!(Figures::of(&m, date(2024, 1, 11)).elapsed, None);
}

#[test]
fn days_left_and_overdue() {
    assert_eq!(
        Figures::of(&timed(40.0), date(2024, 1, 11)).days_left,
        Some(10)
    );
    assert_eq!(
        Figures::of(&timed(40.0), date(2024, 1, 21)).days_left,
        Some(0)
    );
    assert_eq!(
        Figures::of(&timed(40.0), date(2024, 1, 24)).days_left,
        Some(-3)
    );
}

#[test]
fn days_left_without_a_current_value() {
    let mut m = timed(40.0);
    m.value = None;
    assert_eq!(Figures::of(&m, date(2024, 1, 11)).days_left, Some(10));
}

#[test]
fn no_days_left_without_a_target_date() {
    let m = with_target(metric(40.0), TargetKind::Reach(n(100.0)), None);
    assert_eq!(Figures::of(&m, AS_OF()).days_left, None);
}
