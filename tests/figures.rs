//! Every figure `brief::figures` computes, through the public API: progress, elapsed share,
//! days left, whether a target is met, the status rule in each branch, needed against achieved
//! growth, and a goal's status.

use std::path::Path;

use brief::figures::{Figures, is_improvement, item_status};
use brief::load::load_str;
use brief::model::{
    Direction, Item, ItemKind, Metric, MetricKind, Number, Point, Status, Target, TargetKind, Value,
};
use chrono::NaiveDate;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn n(v: f64) -> Number {
    Number::from(v)
}

fn point(v: f64, on: Option<NaiveDate>) -> Point {
    Point {
        value: n(v),
        date: on,
        period: None,
    }
}

/// A bare metric with a current value and nothing else.
fn metric(value: f64) -> Metric {
    Metric {
        label: "m".into(),
        unit: None,
        kind: MetricKind::Level,
        value: Some(Value::Number(n(value))),
        qualifier: None,
        period: None,
        as_of: None,
        baseline: None,
        target: None,
        earlier_targets: Vec::new(),
        history: Vec::new(),
        better: Direction::Higher,
        better_stated: false,
        key: false,
        note: None,
        source: None,
        annual_growth: None,
        line: 1,
    }
}

fn with_target(mut m: Metric, kind: TargetKind, by: Option<NaiveDate>) -> Metric {
    if let Some(better) = kind.implied_direction() {
        m.better = better;
        m.better_stated = true;
    }
    m.target = Some(Target {
        kind,
        by,
        period: None,
    });
    m
}

fn with_baseline(mut m: Metric, value: f64, on: Option<NaiveDate>) -> Metric {
    m.baseline = Some(point(value, on));
    m
}

fn close(actual: Option<f64>, expected: f64, tolerance: f64) {
    let actual = actual.unwrap_or_else(|| panic!("expected ≈ {expected}, got None"));
    assert!(
        (actual - expected).abs() <= tolerance,
        "expected {expected} ± {tolerance}, got {actual}"
    );
}

/// The briefing date of most tests.
#[allow(non_snake_case)]
fn AS_OF() -> NaiveDate {
    date(2024, 6, 1)
}

// ---- progress -------------------------------------------------------------------------------

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

// ---- time -----------------------------------------------------------------------------------

/// Baseline on Jan 1, target by Jan 21 (20 days), at 40 now out of 0 → 100.
fn timed(value: f64) -> Metric {
    with_baseline(
        with_target(
            metric(value),
            TargetKind::Reach(n(100.0)),
            Some(date(2024, 1, 21)),
        ),
        0.0,
        Some(date(2024, 1, 1)),
    )
}

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

// ---- each target kind's met rule ------------------------------------------------------------

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

// ---- the status rule ------------------------------------------------------------------------

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

/// 100 now (as of the briefing), aiming for `aim` by five years on, achieving `achieved` a year.
fn rated(aim: f64, achieved: f64) -> Metric {
    let mut m = with_target(
        metric(100.0),
        TargetKind::AtLeast(n(aim)),
        Some(date(2029, 6, 1)),
    );
    m.annual_growth = Some(n(achieved));
    m
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

// ---- needed and achieved growth: the report's GDP case --------------------------------------

fn gdp() -> Metric {
    let mut m = with_target(
        metric(33.6),
        TargetKind::AtLeast(n(60.0)),
        Some(date(2025, 12, 31)),
    );
    m.as_of = Some(date(2020, 12, 31));
    m.annual_growth = Some(n(5.2));
    m
}

#[test]
fn gdp_needs_about_12_3_percent_a_year_against_5_2_achieved() {
    let f = Figures::of(&gdp(), date(2021, 3, 1));
    close(f.needed_rate, 12.3, 0.05);
    close(f.achieved_rate, 5.2, 1e-12);
    assert_eq!(f.met, Some(false));
    assert_eq!(f.status, Some(Status::OffTrack));
}

#[test]
fn gdp_needed_rate_counts_from_the_value_date_not_the_meeting() {
    // The meeting date moves; the value was measured at the end of 2020 either way.
    let early = Figures::of(&gdp(), date(2021, 1, 1)).needed_rate;
    let late = Figures::of(&gdp(), date(2023, 1, 1)).needed_rate;
    assert_eq!(early, late);
}

#[test]
fn gdp_case_loaded_from_toml() {
    let text = r#"title = "西和县政府工作报告"
date = 2021-03-01
language = "zh"

[[goals]]
id = "gdp-60"
title = "地区生产总值达到60亿元"
due = 2025-12-31

[[goals.metrics]]
label = "地区生产总值"
unit = "亿元"
value = 33.6
as_of = 2020-12-31
target = { at_least = 60, by = 2025-12-31 }
annual_growth = 5.2
"#;
    let loaded = load_str(text, Path::new("xihe.toml"), date(2024, 6, 1)).expect("loads");
    let goal = &loaded.briefing.goals[0];
    let metric = &goal.metrics[0];
    assert_eq!(metric.number().map(Number::as_written), Some("33.6"));
    let f = Figures::of(metric, loaded.briefing.meta.date);
    close(f.needed_rate, 12.3, 0.05);
    close(f.achieved_rate, 5.2, 1e-12);
    assert_eq!(f.status, Some(Status::OffTrack));
    assert_eq!(
        f.days_left,
        Some((date(2025, 12, 31) - date(2021, 3, 1)).num_days())
    );
    assert_eq!(
        item_status(goal, loaded.briefing.meta.date),
        Some(Status::OffTrack)
    );
}

#[test]
fn no_needed_rate_once_met_or_without_a_date() {
    let mut m = gdp();
    m.value = Some(Value::Number(n(61.0)));
    assert_eq!(Figures::of(&m, AS_OF()).needed_rate, None);
    let m = with_target(metric(33.6), TargetKind::AtLeast(n(60.0)), None);
    assert_eq!(Figures::of(&m, AS_OF()).needed_rate, None);
}

#[test]
fn no_needed_rate_past_the_deadline_or_from_zero() {
    let mut m = gdp();
    m.as_of = Some(date(2026, 1, 1));
    assert_eq!(Figures::of(&m, AS_OF()).needed_rate, None);
    let mut m = gdp();
    m.value = Some(Value::Number(n(0.0)));
    assert_eq!(Figures::of(&m, AS_OF()).needed_rate, None);
}

#[test]
fn needed_rate_counts_from_the_briefing_date_when_the_value_has_none() {
    // 100 → 121 in two years (2024-06-01 → 2026-06-01, 730 days): about 10% a year.
    let m = with_target(
        metric(100.0),
        TargetKind::AtLeast(n(121.0)),
        Some(date(2026, 6, 1)),
    );
    close(Figures::of(&m, date(2024, 6, 1)).needed_rate, 10.0, 0.02);
}

// ---- achieved rate --------------------------------------------------------------------------

#[test]
fn achieved_rate_from_a_dated_history() {
    // 100 → 121 over two years: 10% a year, whatever order the points are written in.
    let mut m = metric(121.0);
    m.history = vec![
        point(121.0, Some(date(2022, 1, 1))),
        point(100.0, Some(date(2020, 1, 1))),
        point(108.0, Some(date(2021, 1, 1))),
    ];
    close(Figures::of(&m, AS_OF()).achieved_rate, 10.0, 0.02);
}

#[test]
fn achieved_rate_from_history_wins_over_the_stated_growth() {
    let mut m = metric(121.0);
    m.annual_growth = Some(n(3.0));
    m.history = vec![
        point(100.0, Some(date(2020, 1, 1))),
        point(121.0, Some(date(2022, 1, 1))),
    ];
    close(Figures::of(&m, AS_OF()).achieved_rate, 10.0, 0.02);
}

#[test]
fn achieved_rate_falls_back_to_the_stated_growth() {
    let mut m = metric(121.0);
    m.annual_growth = Some(n(3.0));
    // One dated point, undated points, and non-positive values cannot give a rate.
    m.history = vec![point(100.0, Some(date(2020, 1, 1))), point(110.0, None)];
    assert_eq!(Figures::of(&m, AS_OF()).achieved_rate, Some(3.0));
    m.history = vec![
        point(0.0, Some(date(2020, 1, 1))),
        point(121.0, Some(date(2022, 1, 1))),
    ];
    assert_eq!(Figures::of(&m, AS_OF()).achieved_rate, Some(3.0));
    m.annual_growth = None;
    assert_eq!(Figures::of(&m, AS_OF()).achieved_rate, None);
}

#[test]
fn achieved_rate_of_a_decline_is_negative() {
    let mut m = metric(81.0);
    m.history = vec![
        point(100.0, Some(date(2020, 1, 1))),
        point(81.0, Some(date(2022, 1, 1))),
    ];
    close(Figures::of(&m, AS_OF()).achieved_rate, -10.0, 0.02);
}

#[test]
fn achieved_rate_from_history_decides_the_status() {
    // Needs 10% a year; the history shows 12% a year: on track.
    let mut m = rated(161.05, 0.0);
    m.annual_growth = None;
    m.history = vec![
        point(100.0, Some(date(2021, 6, 1))),
        point(125.44, Some(date(2023, 6, 1))),
    ];
    let f = Figures::of(&m, AS_OF());
    close(f.achieved_rate, 12.0, 0.05);
    assert_eq!(f.status, Some(Status::OnTrack));
}

// ---- a goal's status ------------------------------------------------------------------------

fn goal(due: Option<NaiveDate>, status: Option<Status>, metrics: Vec<Metric>) -> Item {
    Item {
        id: "g".into(),
        title: "G".into(),
        summary: None,
        details: Vec::new(),
        owner: None,
        tags: Vec::new(),
        notes: None,
        key: false,
        duration: None,
        metrics,
        kind: ItemKind::Goal { due, status },
        line: 1,
    }
}

#[test]
fn item_status_explicit_overrides_the_metrics() {
    let met = timed(100.0);
    let item = goal(None, Some(Status::AtRisk), vec![met]);
    assert_eq!(item_status(&item, date(2024, 1, 11)), Some(Status::AtRisk));
    let item = goal(Some(date(2020, 1, 1)), Some(Status::OnTrack), Vec::new());
    assert_eq!(
        item_status(&item, AS_OF()),
        Some(Status::OnTrack),
        "even past due"
    );
}

#[test]
fn item_status_is_the_worst_of_its_metrics() {
    let at = date(2024, 1, 11);
    let item = goal(None, None, vec![timed(60.0), timed(35.0), timed(100.0)]);
    assert_eq!(item_status(&item, at), Some(Status::AtRisk));
    let item = goal(None, None, vec![timed(60.0), timed(20.0), timed(35.0)]);
    assert_eq!(item_status(&item, at), Some(Status::OffTrack));
    let item = goal(None, None, vec![timed(100.0), timed(60.0)]);
    assert_eq!(
        item_status(&item, at),
        Some(Status::OnTrack),
        "done metrics do not count"
    );
}

#[test]
fn item_status_all_done_is_done() {
    let item = goal(
        Some(date(2024, 1, 1)),
        None,
        vec![timed(100.0), timed(120.0)],
    );
    assert_eq!(item_status(&item, date(2024, 1, 11)), Some(Status::Done));
}

#[test]
fn item_status_ignores_metrics_without_a_status() {
    let item = goal(None, None, vec![metric(5.0), timed(35.0)]);
    assert_eq!(item_status(&item, date(2024, 1, 11)), Some(Status::AtRisk));
}

#[test]
fn item_status_past_due_without_figures_is_not_called_missed() {
    // Nothing shows whether it was reached: `brief check` warns; the screen does not guess.
    let item = goal(Some(date(2024, 1, 1)), None, Vec::new());
    assert_eq!(item_status(&item, date(2024, 1, 2)), None);
    let item = goal(Some(date(2024, 1, 1)), None, vec![metric(5.0)]);
    assert_eq!(
        item_status(&item, date(2024, 1, 2)),
        None,
        "metrics that say nothing"
    );
}

#[test]
fn item_status_none_when_nothing_says() {
    assert_eq!(item_status(&goal(None, None, Vec::new()), AS_OF()), None);
    assert_eq!(
        item_status(&goal(Some(date(2030, 1, 1)), None, Vec::new()), AS_OF()),
        None
    );
}

#[test]
fn item_status_only_for_goals() {
    let mut item = goal(None, None, vec![timed(35.0)]);
    item.kind = ItemKind::Achievement { date: None };
    assert_eq!(item_status(&item, date(2024, 1, 11)), None);
}

#[test]
fn item_status_past_due_goal_is_not_on_track() {
    // The goal was due on Jan 1; its metric has a target but no `by`, baseline date or rate,
    // so it falls back to on track, and item_status returns that while the loader warns
    // "goal was due … and is not done".
    let m = with_target(metric(45.0), TargetKind::AtLeast(n(60.0)), None);
    let item = goal(Some(date(2024, 1, 1)), None, vec![m]);
    assert_eq!(item_status(&item, date(2024, 6, 1)), Some(Status::OffTrack));
}
