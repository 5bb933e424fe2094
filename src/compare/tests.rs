//! Unit tests of the comparison: briefings written as TOML, as a person would.

use std::path::Path;

use super::*;

fn load(text: &str) -> Briefing {
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    match crate::load::load_str(text, Path::new("t.toml"), today) {
        Ok(loaded) => loaded.briefing,
        Err(e) => panic!("{e:#?}"),
    }
}

const OLD: &str = r#"
title = "Q2"
date = 2026-07-01

[[goals]]
id = "latency"
title = "Cut latency"
  [[goals.metrics]]
  label = "p99"
  unit = "ms"
  value = 400
  baseline = { value = 410, date = 2026-04-01 }
  target = { at_most = 250, by = 2026-12-31 }
  [[goals.metrics]]
  label = "error rate"
  unit = "%"
  value = 0

[[goals]]
id = "old-goal"
title = "Retire v1"
summary = "gone next time"

[[achievements]]
id = "roads"
title = "Roads"
  [[achievements.metrics]]
  label = "grid"
  value = "3纵30横"
  [[achievements.metrics]]
  label = "schools"
  value = 300
  [[achievements.metrics]]
  label = "dropped"
  value = 1

[[challenges]]
id = "flaky"
title = "Flaky tests"
severity = "medium"
summary = "s"
"#;

const NEW: &str = r#"
title = "Q3"
date = 2026-10-01

[[goals]]
id = "latency"
title = "Cut latency"
  [[goals.metrics]]
  label = "p99"
  unit = "ms"
  value = 300
  baseline = { value = 410, date = 2026-04-01 }
  target = { at_most = 250, by = 2026-12-31 }
  [[goals.metrics]]
  label = "error rate"
  unit = "%"
  value = 0.5

[[goals]]
id = "new-goal"
title = "Ship v3"
summary = "new this time"

[[achievements]]
id = "roads"
title = "Roads"
  [[achievements.metrics]]
  label = "grid"
  value = "3纵31横"
  [[achievements.metrics]]
  label = "schools"
  value = 322
  [[achievements.metrics]]
  label = "added"
  value = 2

[[challenges]]
id = "flaky"
title = "Flaky tests"
severity = "critical"
summary = "s"
"#;

fn delta(c: &Comparison, item: &str, label: &str) -> Delta {
    match c.metric_change(item, label).map(|m| m.change) {
        Some(ValueChange::Number(d)) => d,
        other => panic!("{item}/{label}: {other:?}"),
    }
}

#[test]
fn changed_values_give_absolute_and_relative_change() {
    let c = compare(&load(OLD), &load(NEW));
    let d = delta(&c, "roads", "schools");
    assert_eq!(d.absolute, 22.0);
    assert!((d.relative.unwrap_or_default() - 22.0 / 3.0).abs() < 1e-9);
    assert_eq!(d.improved, Some(true));
    let change = c.metric_change("roads", "schools");
    assert!(change.is_some_and(MetricChange::is_changed));
}

#[test]
fn lower_is_better_turns_a_fall_into_good_news() {
    let c = compare(&load(OLD), &load(NEW));
    let d = delta(&c, "latency", "p99");
    assert_eq!(d.absolute, -100.0);
    assert_eq!(d.relative, Some(-25.0));
    assert_eq!(d.improved, Some(true));
}

#[test]
fn a_change_from_zero_has_no_relative_change() {
    let c = compare(&load(OLD), &load(NEW));
    let d = delta(&c, "latency", "error rate");
    assert_eq!(d.absolute, 0.5);
    assert_eq!(d.relative, None);
    // `better` defaults to higher when nothing says otherwise.
    assert_eq!(d.improved, Some(true));
}

#[test]
fn new_and_removed_items_per_section() {
    let c = compare(&load(OLD), &load(NEW));
    assert!(c.is_new("new-goal"));
    assert!(!c.is_new("latency"));
    assert!(c.is_gone("old-goal"));
    assert_eq!(c.new_items.len(), 1);
    assert_eq!(c.new_items[0].section, Section::Goals);
    assert_eq!(c.gone_items[0].title, "Retire v1");
    // Items only on one side have no metric changes: the item itself is the news.
    assert!(c.metrics.iter().all(|m| m.item_id != "new-goal"));
}

#[test]
fn goal_status_moves_are_computed_at_each_briefing_date() {
    let c = compare(&load(OLD), &load(NEW));
    assert_eq!(
        c.status_move("latency"),
        Some((Some(Status::OffTrack), Some(Status::OnTrack)))
    );
    assert_eq!(c.status_moves[0].improved(), Some(true));
    assert_eq!(c.status_move("new-goal"), None);
}

#[test]
fn the_same_briefing_a_day_later_can_move_status() {
    // Nothing edited, but the deadline passes between the two meeting dates. Before it,
    // nothing judges the pace, so there is no status; after it, the goal was missed.
    let text = |date: &str| {
        format!(
            "title = \"t\"\ndate = {date}\n[[goals]]\nid = \"g\"\ntitle = \"g\"\n[[goals.metrics]]\nlabel = \"x\"\nvalue = 1\ntarget = {{ reach = 2, by = 2026-06-30 }}\n"
        )
    };
    let c = compare(&load(&text("2026-06-30")), &load(&text("2026-07-01")));
    assert_eq!(c.status_move("g"), Some((None, Some(Status::Missed))));
    assert_eq!(c.status_moves[0].improved(), None);
    assert!(
        !c.metric_change("g", "x")
            .is_some_and(MetricChange::is_changed)
    );
}

#[test]
fn challenge_severity_changes() {
    let c = compare(&load(OLD), &load(NEW));
    assert_eq!(
        c.severity_move("flaky"),
        Some((Severity::Medium, Severity::Critical))
    );
    assert!(!c.severity_moves[0].improved());
}

#[test]
fn text_values_are_changed_or_unchanged_never_subtracted() {
    let c = compare(&load(OLD), &load(NEW));
    let grid = c.metric_change("roads", "grid");
    assert_eq!(grid.map(|m| m.change), Some(ValueChange::Changed));
    let same = compare(&load(OLD), &load(OLD));
    let grid = same.metric_change("roads", "grid");
    assert_eq!(grid.map(|m| m.change), Some(ValueChange::Unchanged));
    assert!(same.is_empty());
}

#[test]
fn metrics_missing_on_one_side_are_added_or_removed() {
    let c = compare(&load(OLD), &load(NEW));
    let added = c.metric_change("roads", "added");
    assert_eq!(added.map(|m| m.change), Some(ValueChange::Added));
    assert!(added.is_some_and(|m| m.old.is_none() && m.new.is_some()));
    let dropped = c.metric_change("roads", "dropped");
    assert_eq!(dropped.map(|m| m.change), Some(ValueChange::Removed));
    assert!(dropped.is_some_and(|m| m.old.is_some() && m.new.is_none()));
    // Removed metrics come after the rest.
    assert_eq!(
        c.metrics.last().map(|m| m.change),
        Some(ValueChange::Removed)
    );
    assert_eq!(c.metric_change("roads", "no such metric"), None);
}

#[test]
fn a_value_that_appears_or_a_unit_that_changes_is_not_subtracted() {
    let with = |value: &str, unit: &str| {
        load(&format!(
            "title = \"t\"\n[[goals]]\nid = \"g\"\ntitle = \"g\"\n[[goals.metrics]]\nlabel = \"x\"\n{value}\n{unit}\n"
        ))
    };
    let c = compare(&with("", ""), &with("value = 3", ""));
    assert_eq!(
        c.metric_change("g", "x").map(|m| m.change),
        Some(ValueChange::Changed)
    );
    let c = compare(
        &with("value = 3", "unit = \"s\""),
        &with("value = 3000", "unit = \"ms\""),
    );
    assert_eq!(
        c.metric_change("g", "x").map(|m| m.change),
        Some(ValueChange::Changed)
    );
}

#[test]
fn a_label_used_twice_pairs_in_order() {
    let text = |a: u32, b: u32| {
        load(&format!(
            "title = \"t\"\n[[goals]]\nid = \"g\"\ntitle = \"g\"\n[[goals.metrics]]\nlabel = \"x\"\nvalue = {a}\n[[goals.metrics]]\nlabel = \"x\"\nvalue = {b}\n"
        ))
    };
    let c = compare(&text(1, 10), &text(2, 20));
    let deltas: Vec<f64> = c
        .metrics
        .iter()
        .filter_map(|m| match m.change {
            ValueChange::Number(d) => Some(d.absolute),
            _ => None,
        })
        .collect();
    assert_eq!(deltas, [1.0, 10.0]);
}
