//! The status rule, branch by branch: met, missed, progress against elapsed time, the rate
//! needed against the rate achieved, a standing bound, and nothing to judge by.

use brief::figures::Figures;
use brief::model::{Status, TargetKind};

use crate::{AS_OF, close, date, metric, n, rated, timed, with_baseline, with_target};

#[test]
fn status_met_is_done_even_when_overdue() {
    let f = Figures::of(&timed(100.0), date(2024, 2, 1));
    assert_eq!(f.days_left, Some(-11));
    assert_eq!(f.status, Some(Status::Done));
}

#[test]
fn status_past_due_and_unmet_is_missed() {
    // Progress 0.99 would be on track by time; the deadline has passed.
    let f = Figures::of(&timed(99.0), date(2024, 1, 22));
    assert_eq!(f.status, Some(Status::Missed));
}

#[test]
fn status_on_the_due_day_is_judged_by_progress() {
    let f = Figures::of(&timed(95.0), date(2024, 1, 21));
    assert_eq!(f.days_left, Some(0));
    assert_eq!(f.status, Some(Status::OnTrack));
}

#[test]
fn status_from_progress_against_elapsed_time() {
    // Half the time has gone (elapsed 0.5).
    let at = date(2024, 1, 11);
    assert_eq!(
        Figures::of(&timed(60.0), at).status,
        Some(Status::OnTrack),
        "ahead"
    );
    assert_eq!(
        Figures::of(&timed(45.0), at).status,
        Some(Status::OnTrack),
        "within 10 points"
    );
    assert_eq!(
        Figures::of(&timed(35.0), at).status,
        Some(Status::AtRisk),
        "10–25 points behind"
    );
    assert_eq!(
        Figures::of(&timed(26.0), at).status,
        Some(Status::AtRisk),
        "just within 25 points"
    );
    assert_eq!(
        Figures::of(&timed(20.0), at).status,
        Some(Status::OffTrack),
        "over 25 points behind"
    );
    assert_eq!(
        Figures::of(&timed(-10.0), at).status,
        Some(Status::OffTrack),
        "regressed"
    );
}

#[test]
fn status_before_the_baseline_date_counts_no_time_elapsed() {
    // Elapsed −0.5 is clamped to 0 for the rule: zero progress is on track.
    let f = Figures::of(&timed(0.0), date(2023, 12, 22));
    assert_eq!(f.status, Some(Status::OnTrack));
}

#[test]
fn status_from_progress_when_lower_is_better() {
    // 300 → at most 200 ms over Jan 1–21; at Jan 11 half the time has gone.
    let latency = |now: f64| {
        with_baseline(
            with_target(
                metric(now),
                TargetKind::AtMost(n(200.0)),
                Some(date(2024, 1, 21)),
            ),
            300.0,
            Some(date(2024, 1, 1)),
        )
    };
    let at = date(2024, 1, 11);
    close(Figures::of(&latency(255.0), at).progress, 0.45, 1e-12);
    assert_eq!(
        Figures::of(&latency(255.0), at).status,
        Some(Status::OnTrack)
    );
    assert_eq!(
        Figures::of(&latency(270.0), at).status,
        Some(Status::AtRisk)
    );
    assert_eq!(
        Figures::of(&latency(290.0), at).status,
        Some(Status::OffTrack)
    );
    assert_eq!(
        Figures::of(&latency(310.0), at).status,
        Some(Status::OffTrack),
        "got worse"
    );
}

#[test]
fn status_from_needed_against_achieved_rate() {
    // 100 → 161.05 in five years needs 10% a year.
    let on = Figures::of(&rated(161.05, 10.5), AS_OF());
    close(on.needed_rate, 10.0, 0.01);
    assert_eq!(on.status, Some(Status::OnTrack), "needed ≤ achieved");
    let risk = Figures::of(&rated(161.05, 8.0), AS_OF());
    assert_eq!(risk.status, Some(Status::AtRisk), "needed ≤ 1.5 × achieved");
    let off = Figures::of(&rated(161.05, 6.0), AS_OF());
    assert_eq!(
        off.status,
        Some(Status::OffTrack),
        "needed > 1.5 × achieved"
    );
    let shrinking = Figures::of(&rated(161.05, -2.0), AS_OF());
    assert_eq!(
        shrinking.status,
        Some(Status::OffTrack),
        "achieved negative"
    );
}

#[test]
fn status_is_none_without_a_target_and_planned_without_a_value() {
    assert_eq!(Figures::of(&metric(5.0), AS_OF()).status, None);
    let mut m = rated(161.05, 10.5);
    m.value = None;
    assert_eq!(Figures::of(&m, AS_OF()).status, Some(Status::Planned));
}

#[test]
fn status_is_none_when_neither_time_nor_rates_nor_a_bound_say() {
    // A level to reach, with no deadline, no dated baseline and no rate: nothing to judge by.
    let m = with_target(metric(45.0), TargetKind::Reach(n(60.0)), None);
    assert_eq!(Figures::of(&m, AS_OF()).status, None);
}

#[test]
fn a_standing_bound_breached_is_off_track_and_near_it_at_risk() {
    let m = with_target(metric(45.0), TargetKind::AtLeast(n(60.0)), None);
    assert_eq!(Figures::of(&m, AS_OF()).status, Some(Status::OffTrack));
    let m = with_target(metric(58.0), TargetKind::AtLeast(n(60.0)), None);
    assert_eq!(Figures::of(&m, AS_OF()).status, Some(Status::AtRisk));
}

#[test]
fn status_from_rates_when_lower_is_better() {
    // Cut incidents from 100 to at most 50 in five years: needs about −12.9% a year; the
    // history achieved only −5% a year, so the goal is behind. The rule compares
    // needed (−12.9) ≤ achieved (−5) and says on track.
    let mut m = with_target(
        metric(100.0),
        TargetKind::AtMost(n(50.0)),
        Some(date(2029, 6, 1)),
    );
    m.annual_growth = Some(n(-5.0));
    let f = Figures::of(&m, AS_OF());
    close(f.needed_rate, -12.94, 0.05);
    assert_eq!(f.status, Some(Status::OffTrack));
}
