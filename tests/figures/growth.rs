//! Growth: the annual rate needed to reach the target by its date (the report's GDP case), and
//! the rate achieved, from a dated history or the stated growth.

use std::path::Path;

use brief::figures::{Figures, item_status};
use brief::load::load_str;
use brief::model::{Metric, Number, Status, TargetKind, Value};

use crate::{AS_OF, close, date, metric, n, point, rated, with_target};

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
