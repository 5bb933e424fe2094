//! Every figure `brief::figures` computes, through the public API: progress, elapsed share,
//! days left, whether a target is met, the status rule in each branch, needed against achieved
//! growth, and a goal's status. One module a figure; the metrics they are computed from are
//! built here.

mod goal_status;
mod growth;
mod met;
mod progress;
mod status;
mod time;

use brief::model::{Direction, Metric, MetricKind, Number, Point, Target, TargetKind, Value};
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
