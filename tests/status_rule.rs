//! The status rule of docs/format.md ("Status"), one test per row, each from a metric written
//! as a person would. The numbers in the names are the rows of the page.

use std::path::Path;

use brief::figures::{Figures, item_status};
use brief::load::load_str;
use brief::model::{Briefing, Status};
use chrono::NaiveDate;

/// A briefing dated `date` with one goal whose one metric is `metric` (TOML lines).
fn briefing(date: &str, metric: &str) -> Briefing {
    let text = format!(
        "title = \"t\"\ndate = {date}\n\n[[goals]]\ntitle = \"g\"\n\n[[goals.metrics]]\nlabel = \"m\"\n{metric}\n"
    );
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    load_str(&text, Path::new("t.toml"), today)
        .unwrap_or_else(|e| panic!("{metric}: {e:#?}"))
        .briefing
}

fn status(date: &str, metric: &str) -> Option<Status> {
    let b = briefing(date, metric);
    Figures::of(&b.goals[0].metrics[0], b.meta.date).status
}

#[test]
fn row_1_nothing_measured_before_the_deadline_is_planned() {
    let plan = "unit = \"%\"\ntarget = { around = 3.5, period = \"2025\" }";
    assert_eq!(status("2025-03-05", plan), Some(Status::Planned));
    let earlier =
        "unit = \"%\"\nvalue = 4.9\nperiod = \"2024\"\ntarget = { around = 5, period = \"2025\" }";
    assert_eq!(
        status("2025-03-05", earlier),
        Some(Status::Planned),
        "last year's 4.9% never makes this year's ≈5% done"
    );
}

#[test]
fn row_2_nothing_measured_after_the_deadline_has_no_status() {
    let plan = "unit = \"%\"\ntarget = { around = 3.5, period = \"2025\" }";
    assert_eq!(status("2026-03-05", plan), None);
}

#[test]
fn row_3_the_period_result_is_done_or_missed() {
    let result = |v: &str| {
        format!(
            "unit = \"%\"\nvalue = {v}\nperiod = \"2025\"\ntarget = {{ around = 5, period = \"2025\" }}"
        )
    };
    assert_eq!(status("2026-03-05", &result("4.9")), Some(Status::Done));
    assert_eq!(status("2026-03-05", &result("4.6")), Some(Status::Missed));
    let range = "unit = \"%\"\nvalue = 4.2\nperiod = \"2025\"\ntarget = { between = [4.5, 5], period = \"2025\" }";
    assert_eq!(
        status("2026-03-05", range),
        Some(Status::Missed),
        "not 'not assessed'"
    );
}

#[test]
fn row_4_a_flow_that_reached_its_target_early_is_done() {
    let jobs = "unit = \"million\"\nkind = \"flow\"\nvalue = 11.2\nperiod = \"2025\"\nas_of = 2025-10-31\ntarget = { at_least = 11, period = \"2025\" }";
    assert_eq!(status("2025-11-05", jobs), Some(Status::Done));
}

#[test]
fn row_5_a_flow_so_far_is_judged_against_the_share_of_its_period_gone() {
    let jobs = |v: &str| {
        format!(
            "unit = \"million\"\nkind = \"flow\"\nvalue = {v}\nperiod = \"2026\"\nas_of = 2026-06-30\ntarget = {{ at_least = 11, period = \"2026\" }}"
        )
    };
    // Half the year gone: 5 of 11 (45%) is on track, 3.5 (32%) at risk, 2 (18%) off track.
    assert_eq!(status("2026-07-05", &jobs("5")), Some(Status::OnTrack));
    assert_eq!(status("2026-07-05", &jobs("3.5")), Some(Status::AtRisk));
    assert_eq!(status("2026-07-05", &jobs("2")), Some(Status::OffTrack));
}

#[test]
fn row_6_a_rate_so_far_inside_its_target_is_on_track_not_done() {
    let growth = "unit = \"%\"\nvalue = 5.1\nperiod = \"2025-H1\"\ntarget = { around = 5, period = \"2025\" }";
    assert_eq!(status("2025-07-20", growth), Some(Status::OnTrack));
}

#[test]
fn row_7_a_figure_so_far_outside_its_target_is_at_risk_near_it_else_off_track() {
    let growth = |v: &str| {
        format!(
            "unit = \"%\"\nvalue = {v}\nperiod = \"2025-H1\"\ntarget = {{ around = 5, period = \"2025\" }}"
        )
    };
    assert_eq!(status("2025-07-20", &growth("4.6")), Some(Status::AtRisk));
    assert_eq!(status("2025-07-20", &growth("4.2")), Some(Status::OffTrack));
}

#[test]
fn row_8_met_stays_met_whatever_the_date() {
    let budget =
        "value = 0.8\nbetter = \"lower\"\ntarget = { between = [0.5, 1.0], by = 2026-09-30 }";
    assert_eq!(status("2026-10-06", budget), Some(Status::Done));
    let b = briefing("2026-10-06", budget);
    let f = Figures::of(&b.goals[0].metrics[0], b.meta.date);
    assert_eq!(f.days_left, Some(-6), "the days are known…");
    let t = brief::texts::texts(brief::model::Language::En);
    let words = brief::summary::MetricWords::of(&b.goals[0].metrics[0], b.meta.date, t);
    assert_eq!(
        words.days, None,
        "…but a met target is not said to be overdue"
    );
}

#[test]
fn row_9_a_deadline_passed_unmet_is_missed() {
    let latency = "unit = \"ms\"\nvalue = 260\ntarget = { at_most = 250, by = 2026-09-30 }";
    assert_eq!(status("2026-10-06", latency), Some(Status::Missed));
}

#[test]
fn row_10_progress_against_time_elapsed() {
    // Half-time: 40% or more is on track, 25% to 40% at risk, below 25% off track.
    let reach = |v: &str| {
        format!(
            "value = {v}\nbaseline = {{ value = 0, date = 2026-01-01 }}\ntarget = {{ reach = 100, by = 2026-12-31 }}"
        )
    };
    let mid = "2026-07-02";
    assert_eq!(status(mid, &reach("40")), Some(Status::OnTrack));
    assert_eq!(status(mid, &reach("30")), Some(Status::AtRisk));
    assert_eq!(status(mid, &reach("20")), Some(Status::OffTrack));
    // A figure measured at half-time, shown three months later, is held against the time gone
    // when it was measured (was: against 75%, off track).
    let measured = format!("{}\nas_of = 2026-07-02", reach("40"));
    assert_eq!(status("2026-10-01", &measured), Some(Status::OnTrack));
}

#[test]
fn row_11_the_rate_needed_against_the_rate_achieved() {
    let gdp = |growth: &str| {
        format!(
            "unit = \"亿元\"\nvalue = 33.6\nas_of = 2020-12-31\nannual_growth = {growth}\ntarget = {{ reach = 60, by = 2025-12-31 }}"
        )
    };
    // Needs 12.3% a year.
    assert_eq!(status("2021-03-01", &gdp("13")), Some(Status::OnTrack));
    assert_eq!(status("2021-03-01", &gdp("9")), Some(Status::AtRisk));
    assert_eq!(status("2021-03-01", &gdp("5.2")), Some(Status::OffTrack));
}

#[test]
fn row_11_holds_for_a_one_year_target_of_365_days() {
    let b = briefing(
        "2025-01-01",
        "value = 100\nas_of = 2024-12-31\nannual_growth = 5\ntarget = { reach = 110, by = 2025-12-31 }",
    );
    let f = Figures::of(&b.goals[0].metrics[0], b.meta.date);
    let needed = f.needed_rate.expect("a one-year target has its rate");
    assert!((needed - 10.0).abs() < 0.05, "{needed}");
    assert_eq!(f.status, Some(Status::OffTrack));
}

#[test]
fn row_11_a_rate_is_judged_by_its_points_per_year() {
    // 59.8% seen in time now, 65% by 2026-03-31 (304 days on): needs +6.2 pp a year.
    let seen = |first: &str| {
        format!(
            "unit = \"%\"\nvalue = 59.8\nas_of = 2025-05-31\nhistory = [{{ value = {first}, date = 2024-05-31 }}, {{ value = 59.8, date = 2025-05-31 }}]\ntarget = {{ at_least = 65, by = 2026-03-31 }}"
        )
    };
    assert_eq!(status("2025-06-30", &seen("50")), Some(Status::OnTrack));
    assert_eq!(status("2025-06-30", &seen("55")), Some(Status::AtRisk));
    assert_eq!(status("2025-06-30", &seen("57.2")), Some(Status::OffTrack));
    let b = briefing("2025-06-30", &seen("57.2"));
    let f = Figures::of(&b.goals[0].metrics[0], b.meta.date);
    let pace = f.pace.expect("a rate with a year of history has a pace");
    assert!((pace.needed - 6.25).abs() < 0.01, "{pace:?}");
    assert!((pace.achieved - 2.6).abs() < 0.01, "{pace:?}");
    assert_eq!(f.needed_rate, None, "and no growth rate of a rate");
    let t = brief::texts::texts(brief::model::Language::En);
    let words = brief::summary::MetricWords::of(&b.goals[0].metrics[0], b.meta.date, t);
    assert_eq!(
        words.rates.map(|r| r.0).as_deref(),
        Some("needs +6.2 pp/yr · achieved +2.6 pp/yr")
    );
}

#[test]
fn row_11_a_fall_needed_is_kept_up_with_by_a_fall_whichever_way_is_better() {
    // A price index above its "around 100", with no better written: it must fall 5% a year.
    let index = |growth: &str| {
        format!(
            "value = 121.6\nas_of = 2025-12-31\nannual_growth = {growth}\ntarget = {{ around = 100, by = 2029-12-31 }}"
        )
    };
    assert_eq!(status("2026-01-05", &index("-6")), Some(Status::OnTrack));
    assert_eq!(status("2026-01-05", &index("-2")), Some(Status::OffTrack));
    assert_eq!(
        status("2026-01-05", &index("1")),
        Some(Status::OffTrack),
        "rising away from the target is not on track"
    );
}

#[test]
fn row_12_outside_a_band_or_past_a_bound_with_no_pace() {
    let bound = |v: &str| format!("unit = \"%\"\nvalue = {v}\ntarget = {{ at_most = 5.5 }}");
    assert_eq!(status("2026-01-01", &bound("5.8")), Some(Status::AtRisk));
    assert_eq!(status("2026-01-01", &bound("6.5")), Some(Status::OffTrack));
    let band = |v: &str| format!("unit = \"%\"\nvalue = {v}\ntarget = {{ around = 5 }}");
    // The band is 4.75–5.25; 4.6 is 0.15 below it, within one tolerance: near.
    assert_eq!(
        status("2026-01-01", &band("4.6")),
        Some(Status::AtRisk),
        "not 'not assessed'"
    );
    assert_eq!(status("2026-01-01", &band("4.2")), Some(Status::OffTrack));
}

/// Found in review: a target met at the baseline and missed since (PM2.5 33 at the baseline,
/// 40 now, at most 35 by 2027) had no status once row 12 kept to standing targets; so had a
/// value gone the wrong way from an undated baseline.
#[test]
fn row_12_a_value_that_moved_away_from_its_target_is_judged_as_it_stands() {
    let pm = |v: &str| {
        format!(
            "unit = \"µg/m³\"\nbetter = \"lower\"\nvalue = {v}\nbaseline = {{ value = 33, date = 2024-12-31 }}\ntarget = {{ at_most = 35, by = 2027-12-31 }}"
        )
    };
    assert_eq!(status("2025-12-31", &pm("40")), Some(Status::OffTrack));
    assert_eq!(status("2025-12-31", &pm("36")), Some(Status::AtRisk));
    let beds =
        "value = 750\nbaseline = { value = 800 }\ntarget = { at_least = 1000, by = 2027-03-31 }";
    assert_eq!(status("2025-06-30", beds), Some(Status::OffTrack));
}

#[test]
fn row_13_a_level_to_reach_with_nothing_to_judge_by_has_no_status() {
    assert_eq!(status("2026-01-01", "value = 45\ntarget = 60"), None);
    // A bound with a deadline ahead is not yet reached, not off track: 800 beds of at least
    // 1000 by 2027 says nothing of the pace without a history or a dated baseline.
    let beds = "value = 800\ntarget = { at_least = 1000, by = 2027-03-31 }";
    assert_eq!(status("2025-06-30", beds), None);
    let seen = "unit = \"%\"\nvalue = 59.8\ntarget = { at_least = 65, by = 2026-03-31 }";
    assert_eq!(status("2025-06-30", seen), None);
}

#[test]
fn a_goal_of_plans_and_done_metrics_is_planned_and_of_only_done_ones_done() {
    let text = r#"title = "t"
date = 2026-03-05

[[goals]]
title = "g"

[[goals.metrics]]
label = "done"
unit = "%"
value = 5
period = "2025"
target = { around = 5, period = "2025" }

[[goals.metrics]]
label = "plan"
unit = "%"
target = { around = 4, period = "2026" }
"#;
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let b = load_str(text, Path::new("t.toml"), today).unwrap().briefing;
    assert_eq!(item_status(&b.goals[0], b.meta.date), Some(Status::Planned));
}

#[test]
fn the_status_section_of_the_format_doc_has_these_thirteen_rows() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/format.md"))
        .unwrap();
    let section = doc
        .split("## Status\n")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("a Status section");
    for row in 1..=13 {
        assert!(
            section.contains(&format!("\n{row}. ")),
            "row {row} of the rule is not in docs/format.md"
        );
    }
    assert!(!section.contains("\n14. "), "a row this test does not walk");
}
