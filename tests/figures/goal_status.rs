//! A goal's status: the one written in the file, or else the worst of its metrics'.

use brief::figures::item_status;
use brief::model::{Item, ItemKind, Metric, Status, TargetKind};
use chrono::NaiveDate;

use crate::{AS_OF, date, metric, n, timed, with_target};

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
