//! The chart model of the bundled briefings' goals: where each path ends, what the target
//! looks like, and what the axes say.

use std::path::Path as FsPath;

use chrono::NaiveDate;

use super::*;
use crate::load::load_file;
use crate::model::Briefing;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn bundled(name: &str) -> Briefing {
    let path = FsPath::new(env!("CARGO_MANIFEST_DIR"))
        .join("briefings")
        .join(name);
    load_file(&path, date(2000, 1, 1)).unwrap().briefing
}

/// The chart of the first metric of the goal `id`.
fn chart_of(b: &Briefing, id: &str) -> (Chart, Trajectory) {
    let goal = b.goals.iter().find(|g| g.id == id).unwrap();
    let chart = Chart::for_metric(&goal.metrics[0], b.meta.date).unwrap();
    let Kind::Trajectory(trajectory) = chart.kind.clone();
    (chart, trajectory)
}

fn labels(t: &Trajectory) -> Vec<(DateMark, &str)> {
    t.x.labels
        .iter()
        .map(|l| (l.mark, l.text.as_str()))
        .collect()
}

#[test]
fn the_seed_gdp_needs_a_path_to_60_by_2025_and_its_pace_lands_near_43() {
    let b = bundled("xihe-2021.toml");
    let (chart, t) = chart_of(&b, "fushu");
    let deadline = t.x.t(date(2025, 12, 31));
    assert_eq!(t.points, [Pt { t: 0.0, v: 33.6 }]);
    let needed = t.needed.as_ref().unwrap();
    assert_eq!(needed.end().t, deadline);
    assert!((needed.end().v - 60.0).abs() < 1e-9, "{:?}", needed.end());
    // The compound curve at about 12.3% a year: below the straight line half way.
    assert!((needed.rate.unwrap() - 12.3).abs() < 0.05);
    let half = needed.points[needed.points.len() / 2];
    assert!(half.v < f64::midpoint(33.6, 60.0), "{half:?}");
    let projection = t.projection.as_ref().unwrap();
    assert_eq!(projection.end().t, deadline);
    assert_eq!(chart.y.text(projection.end().v), "43.3");
    assert_eq!(projection.rate, Some(5.2));
    assert_eq!(t.target.shape, TargetShape::Floor(60.0));
    assert_eq!(t.target.at, Some(deadline));
    assert_eq!(chart.unit.as_deref(), Some("亿元"));
    assert_eq!(chart.status, Some(Status::OffTrack));
    assert!(chart.y.from_zero);
    let ticks: Vec<&str> = chart.y.ticks.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(ticks, ["0", "20", "40", "60"]);
    assert_eq!(
        labels(&t),
        [
            (DateMark::End, "2025-12-31"),
            (DateMark::Start, "2020-12-31"),
            (DateMark::AsOf, "2021-11-23")
        ]
    );
}

#[test]
fn an_around_target_is_a_band_and_a_short_horizon_is_a_straight_path() {
    let b = bundled("team-q3.toml");
    let (chart, t) = chart_of(&b, "deploy-cadence");
    // around = 20, tolerance = 2.
    assert_eq!(t.target.shape, TargetShape::Band(18.0, 22.0));
    // Under a year to go: no rate per year, so the needed path is a straight line, to the
    // centre as progress counts it.
    let needed = t.needed.as_ref().unwrap();
    assert_eq!(needed.rate, None);
    assert_eq!(needed.points.len(), 2);
    assert_eq!(needed.end().v, 20.0);
    // The pace of the history (6 to 14 from January to September) lands short of the band:
    // "at that pace we land at 17 in December".
    assert_eq!(chart.y.text(t.projection.as_ref().unwrap().end().v), "17");
    assert_eq!(t.points.len(), 9);
    assert!(chart.y.from_zero);
}

#[test]
fn a_between_target_is_a_band_and_a_met_target_needs_no_path() {
    let b = bundled("team-q3.toml");
    let (chart, t) = chart_of(&b, "error-budget");
    assert_eq!(t.target.shape, TargetShape::Band(0.5, 1.0));
    assert_eq!(chart.status, Some(Status::Done));
    assert!(t.needed.is_none());
    // Measured on its deadline: nothing left to project.
    assert!(t.projection.is_none());
    // The meeting came after the deadline: the axis runs on to the as-of date.
    assert_eq!(t.x.to, date(2026, 10, 6));
    assert_eq!(t.x.labels[0].text, "2026-09-30");
}

#[test]
fn availability_far_from_zero_gets_a_broken_axis_with_its_minimum_labelled() {
    let b = bundled("team-q3.toml");
    let goal = b.goals.iter().find(|g| g.id == "error-budget").unwrap();
    let chart = Chart::for_metric(&goal.metrics[1], b.meta.date).unwrap();
    assert!(!chart.y.from_zero);
    assert_eq!(chart.y.ticks[0].text, "99.8");
    assert_eq!(chart.y.lo, 99.8);
}

#[test]
fn floors_ceilings_and_projections_stop_at_the_deadline() {
    let b = bundled("team-q3.toml");
    let (_, latency) = chart_of(&b, "latency");
    assert_eq!(latency.target.shape, TargetShape::Ceiling(250.0));
    let deadline = latency.x.t(date(2026, 12, 31));
    assert_eq!(latency.projection.as_ref().unwrap().end().t, deadline);
    for (_, t) in [chart_of(&b, "coverage"), chart_of(&b, "incidents")] {
        let end = t.x.t(t.x.deadline.unwrap());
        for path in t.needed.iter().chain(&t.projection) {
            assert!(path.points.iter().all(|p| p.t <= end), "{path:?}");
        }
    }
    let (_, coverage) = chart_of(&b, "coverage");
    assert_eq!(coverage.target.shape, TargetShape::Floor(80.0));
}

#[test]
fn undated_points_and_points_after_the_value_are_left_out() {
    let text = "title = \"t\"\ndate = 2026-06-01\n[[goals]]\ntitle = \"g\"\n[[goals.metrics]]\nlabel = \"m\"\nvalue = 5\nas_of = 2026-05-01\ntarget = { reach = 9, by = 2027-06-01 }\nhistory = [{ value = 1 }, { value = 3, date = 2026-01-01 }, { value = 7, date = 2026-09-01 }]\n";
    let b = crate::load::load_str(text, FsPath::new("t.toml"), date(2026, 6, 1))
        .unwrap()
        .briefing;
    let (_, t) = chart_of(&b, "g");
    let values: Vec<f64> = t.points.iter().map(|p| p.v).collect();
    assert_eq!(values, [3.0, 5.0]);
}

#[test]
fn no_chart_without_a_target_or_a_number() {
    let b = bundled("xihe-2021.toml");
    let achievement = &b.achievements[0].metrics[0];
    assert!(Chart::for_metric(achievement, b.meta.date).is_none());
    // A goal without metrics has no chart metric.
    let goal = b.goals.iter().find(|g| g.id == "xiumei").unwrap();
    assert!(goal_metric(goal, b.meta.date).is_none());
    let fushu = b.goals.iter().find(|g| g.id == "fushu").unwrap();
    assert_eq!(goal_metric(fushu, b.meta.date).map(|(i, _)| i), Some(0));
}
