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
    let Kind::Trajectory(trajectory) = chart.kind.clone() else {
        panic!("{id}: not a trajectory");
    };
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

/// The per-period chart of the first metric of goal `id`.
fn periods_of(b: &Briefing, id: &str) -> (Chart, Periods) {
    let goal = b.goals.iter().find(|g| g.id == id).unwrap();
    let chart = Chart::for_metric(&goal.metrics[0], b.meta.date).unwrap();
    let Kind::Periods(periods) = chart.kind.clone() else {
        panic!("{id}: not a per-period chart");
    };
    (chart, periods)
}

fn labels_of(p: &Periods) -> Vec<String> {
    p.columns.iter().map(|c| c.period.to_string()).collect()
}

fn shapes(p: &Periods) -> Vec<Option<TargetShape>> {
    p.columns
        .iter()
        .map(|c| c.target.as_ref().and_then(|t| t.shape))
        .collect()
}

#[test]
fn plan_growth_is_charted_per_period_missed_in_2025_and_planned_for_2026() {
    let b = bundled("plan-2026.toml");
    let (chart, p) = periods_of(&b, "growth");
    assert_eq!(labels_of(&p), ["2023", "2024", "2025", "2026"]);
    let results: Vec<Option<(f64, &str, bool)>> = p
        .columns
        .iter()
        .map(|c| {
            c.result
                .as_ref()
                .map(|r| (r.v, r.written.as_str(), r.so_far))
        })
        .collect();
    assert_eq!(
        results,
        [
            Some((5.2, "5.2", false)),
            Some((4.9, "4.9", false)),
            Some((4.6, "4.6", false)),
            None
        ]
    );
    // "Around 5" for a rate is a quarter point either side; 4.5–5 is the 2026 range.
    assert_eq!(
        shapes(&p),
        [
            None,
            None,
            Some(TargetShape::Band(4.75, 5.25)),
            Some(TargetShape::Band(4.5, 5.0))
        ]
    );
    let verdicts: Vec<Verdict> = p.columns.iter().map(|c| c.verdict).collect();
    assert_eq!(
        verdicts,
        [
            Verdict::Unjudged,
            Verdict::Unjudged,
            Verdict::Missed,
            Verdict::Planned
        ]
    );
    let symbols: Vec<&str> = verdicts.iter().map(|v| v.symbol()).collect();
    assert_eq!(symbols, ["●", "●", "✗", "◇"]);
    // The plan's mark sits in the middle of its range; the meeting falls in 2026.
    assert_eq!(p.mark_value(3), Some(4.75));
    assert_eq!(p.now, Some(3));
    assert_eq!(chart.status, Some(Status::Planned));
    // A rate: points, not stems, on a band of at least two points that says it does not
    // start at zero.
    assert!(!p.stems);
    assert!(!chart.y.from_zero);
    assert!(chart.y.hi - chart.y.lo >= 2.0);
    let ticks: Vec<&str> = chart.y.ticks.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(ticks, ["3.5", "4", "4.5", "5", "5.5"]);
    // Columns left to right, each target narrower than its column.
    assert_eq!(p.centre(0), 0.125);
    let (x0, x1) = p.target_span(2);
    assert!(x0 > 0.5 && x1 < 0.75 && f64::midpoint(x0, x1) == p.centre(2));
}

#[test]
fn plan_jobs_are_a_flow_from_zero_with_a_figure_so_far_for_2026() {
    let b = bundled("plan-2026.toml");
    let (chart, p) = periods_of(&b, "jobs");
    assert_eq!(labels_of(&p), ["2024", "2025", "2026"]);
    let so_far = p.columns[2].result.as_ref().unwrap();
    assert_eq!((so_far.v, so_far.so_far), (2.2, true));
    assert!(!p.columns[1].result.as_ref().unwrap().so_far);
    assert_eq!(
        shapes(&p),
        [
            None,
            Some(TargetShape::Floor(11.0)),
            Some(TargetShape::Floor(11.0))
        ]
    );
    // 2.2 million by the end of February is a fifth of 11 million, with a sixth of the year
    // gone: on track, as the figures say.
    let verdicts: Vec<Verdict> = p.columns.iter().map(|c| c.verdict).collect();
    assert_eq!(
        verdicts,
        [
            Verdict::Unjudged,
            Verdict::Met,
            Verdict::SoFar(Some(Status::OnTrack))
        ]
    );
    assert_eq!(chart.status, Some(Status::OnTrack));
    // An amount: stems from zero on an axis from zero.
    assert!(p.stems);
    assert!(chart.y.from_zero);
    assert_eq!(chart.y.lo, 0.0);
    assert!(chart.y.hi >= 12.56);
    assert_eq!(chart.unit.as_deref(), Some("million"));
}

#[test]
fn a_fall_is_measured_from_the_previous_periods_result() {
    let b = bundled("plan-2026.toml");
    let (chart, p) = periods_of(&b, "energy");
    assert_eq!(labels_of(&p), ["2024", "2025", "2026"]);
    let near = |shape: Option<TargetShape>, lo: f64, hi: f64| match shape {
        Some(TargetShape::Band(a, b)) => (a - lo).abs() < 1e-9 && (b - hi).abs() < 1e-9,
        _ => false,
    };
    let s = shapes(&p);
    // Down around 2% from 2024's 0.50, then from 2025's 0.4845.
    assert!(near(s[1], 0.4875, 0.4925), "{:?}", s[1]);
    assert!(near(s[2], 0.4748 - 0.0024, 0.4748 + 0.0024), "{:?}", s[2]);
    // 0.4845 beat the cut: met, as a fall beyond "around 2%" is.
    assert_eq!(p.columns[1].verdict, Verdict::Met);
    assert_eq!(p.columns[2].verdict, Verdict::Planned);
    // Far from zero: a broken axis, and no stems from a zero that is not on it.
    assert!(!chart.y.from_zero);
    assert!(!p.stems);
}

#[test]
fn a_plan_figure_alone_has_no_chart_and_a_value_without_a_period_takes_the_targets() {
    let b = bundled("plan-2026.toml");
    for id in ["deficit", "bonds"] {
        let goal = b.goals.iter().find(|g| g.id == id).unwrap();
        assert!(
            Chart::for_metric(&goal.metrics[0], b.meta.date).is_none(),
            "{id}"
        );
    }
    let text = "title = \"t\"\ndate = 2026-06-30\n[[goals]]\ntitle = \"g\"\n[[goals.metrics]]\nlabel = \"m\"\nvalue = 4\nkind = \"flow\"\ntarget = { at_least = 10, period = \"2026\" }\nhistory = [{ value = 9, period = \"2025\" }, { value = 7, date = 2025-06-30 }]\n";
    let b = crate::load::load_str(text, FsPath::new("t.toml"), date(2026, 6, 30))
        .unwrap()
        .briefing;
    let (_, p) = periods_of(&b, "g");
    // The dated point is no period's result; the value is 2026's so far.
    assert_eq!(labels_of(&p), ["2025", "2026"]);
    assert_eq!(p.columns[1].result.as_ref().map(|r| r.so_far), Some(true));
    assert!(matches!(p.columns[1].verdict, Verdict::SoFar(_)));
}
