//! What changed between two briefings: metric values, new and gone items, goal statuses,
//! challenge severities.
//!
//! Pure: two validated briefings in, plain data out. `brief diff` prints it; the screen can ask
//! it about one item or metric through the lookup helpers. Items are matched by id (unique
//! across a briefing), metrics by item id and label. An item whose id changed (a derived id
//! follows its title) reads as one gone and one new: there is nothing else to match it by.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::figures::{is_improvement, item_status};
use crate::model::{
    Briefing, Item, ItemKind, Metric, Number, Period, Section, Severity, Status, Target, Value,
};

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The as-of dates of the two briefings; statuses are computed each at its own.
    pub old_date: NaiveDate,
    pub new_date: NaiveDate,
    /// Metrics of the items present in both, in the new briefing's order, then those gone.
    pub metrics: Vec<MetricChange>,
    pub new_items: Vec<ItemRef>,
    pub gone_items: Vec<ItemRef>,
    pub status_moves: Vec<StatusMove>,
    pub severity_moves: Vec<SeverityMove>,
    /// Items present in both whose title or due date changed.
    pub item_edits: Vec<ItemEdit>,
}

/// What changed in an item's own facts (its figures are in `metrics`).
#[derive(Debug, Clone, PartialEq)]
pub struct ItemEdit {
    pub section: Section,
    pub item_id: String,
    /// (old, new) where it changed.
    pub title: Option<(String, String)>,
    pub due: Option<(Option<NaiveDate>, Option<NaiveDate>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ItemRef {
    pub section: Section,
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MetricChange {
    /// The section and title as the new briefing has them (the old one's for a gone metric).
    pub section: Section,
    pub item_id: String,
    pub label: String,
    /// The metric as each briefing has it; `None` on the side where it does not exist. Kept
    /// whole so that a view formats both with the same functions it uses for any metric.
    pub old: Option<Metric>,
    pub new: Option<Metric>,
    pub change: ValueChange,
    /// The results compared, when both briefings have one for the same period (a year's
    /// forecast then its final figure): the period, and the old and new value for it.
    pub same_period: Option<(Period, f64, f64)>,
    /// The old plan's target for a period, and the new briefing's result for that period:
    /// what the meeting asks first ("2025: 4.6% against ≈ 5%: missed").
    pub plan_result: Option<PlanResult>,
}

/// A period's result against the target an older briefing set for it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanResult {
    pub period: Period,
    pub value: Number,
    pub target: Target,
    /// `None` when the target cannot be judged (a fall with nothing to measure it from).
    pub met: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueChange {
    /// Both values are numbers in the same unit.
    Number(Delta),
    /// Equal text values, or both missing.
    Unchanged,
    /// The values differ but cannot be subtracted: text, a unit that changed, a value that
    /// appeared or went.
    Changed,
    /// The metric is new in an item both briefings have.
    Added,
    /// The metric was in the old briefing and is gone from the new.
    Removed,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Delta {
    /// New value minus old value, in the metric's unit.
    pub absolute: f64,
    /// The change as a percentage of the old value; `None` when the old value is zero.
    pub relative: Option<f64>,
    /// Whether the change is good news in the metric's better direction; `None` if no change.
    pub improved: Option<bool>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatusMove {
    pub section: Section,
    pub item_id: String,
    pub title: String,
    pub from: Option<Status>,
    pub to: Option<Status>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SeverityMove {
    pub item_id: String,
    pub title: String,
    pub from: Severity,
    pub to: Severity,
}

impl MetricChange {
    /// Whether the figure, its target or its unit changed.
    pub fn is_changed(&self) -> bool {
        self.value_changed() || self.target_changed() || self.unit_changed()
    }

    pub fn value_changed(&self) -> bool {
        match self.change {
            ValueChange::Number(d) => d.absolute != 0.0,
            ValueChange::Unchanged => false,
            _ => true,
        }
    }

    /// The target in force, its kind, deadline or period, changed ("≈3% → ≈2.5%", "for 2025 →
    /// for 2026").
    pub fn target_changed(&self) -> bool {
        match (&self.old, &self.new) {
            (Some(old), Some(new)) => old.target != new.target,
            _ => false,
        }
    }

    pub fn unit_changed(&self) -> bool {
        match (&self.old, &self.new) {
            (Some(old), Some(new)) => unit(old) != unit(new),
            _ => false,
        }
    }
}

impl ItemEdit {
    pub fn is_empty(&self) -> bool {
        self.title.is_none() && self.due.is_none()
    }
}

impl StatusMove {
    /// Better or worse, when both sides have a status: done is best, off track worst.
    pub fn improved(&self) -> Option<bool> {
        Some(self.to? < self.from?)
    }
}

impl SeverityMove {
    /// Lower severity is better.
    pub fn improved(&self) -> bool {
        self.to < self.from
    }
}

impl Comparison {
    /// The change of one metric of an item present in both briefings.
    pub fn metric_change(&self, item_id: &str, label: &str) -> Option<&MetricChange> {
        self.metrics
            .iter()
            .find(|m| m.item_id == item_id && m.label == label)
    }

    /// Whether the item is in the new briefing only.
    pub fn is_new(&self, item_id: &str) -> bool {
        self.new_items.iter().any(|i| i.id == item_id)
    }

    /// Whether the item is in the old briefing only.
    pub fn is_gone(&self, item_id: &str) -> bool {
        self.gone_items.iter().any(|i| i.id == item_id)
    }

    /// The goal's status in the old and the new briefing, when it moved.
    pub fn status_move(&self, item_id: &str) -> Option<(Option<Status>, Option<Status>)> {
        self.status_moves
            .iter()
            .find(|m| m.item_id == item_id)
            .map(|m| (m.from, m.to))
    }

    /// The challenge's severity in the old and the new briefing, when it changed.
    pub fn severity_move(&self, item_id: &str) -> Option<(Severity, Severity)> {
        self.severity_moves
            .iter()
            .find(|m| m.item_id == item_id)
            .map(|m| (m.from, m.to))
    }

    /// Whether anything at all differs.
    pub fn is_empty(&self) -> bool {
        self.new_items.is_empty()
            && self.gone_items.is_empty()
            && self.status_moves.is_empty()
            && self.severity_moves.is_empty()
            && self.item_edits.is_empty()
            && !self.metrics.iter().any(MetricChange::is_changed)
    }

    /// The edits of one item's title or due date, when any.
    pub fn item_edit(&self, item_id: &str) -> Option<&ItemEdit> {
        self.item_edits.iter().find(|e| e.item_id == item_id)
    }

    /// Whether the two briefings share any item at all: none means the wrong file, most likely.
    pub fn shares_items(&self, old: &Briefing, new: &Briefing) -> bool {
        new.items().any(|(_, item)| old.find(&item.id).is_some())
    }
}

/// Compares `old` with `new`.
pub fn compare(old: &Briefing, new: &Briefing) -> Comparison {
    let old_items: HashMap<&str, (Section, &Item)> =
        old.items().map(|(s, i)| (i.id.as_str(), (s, i))).collect();
    let new_ids: HashMap<&str, Section> = new.items().map(|(s, i)| (i.id.as_str(), s)).collect();
    let mut out = Comparison {
        old_date: old.meta.date,
        new_date: new.meta.date,
        metrics: Vec::new(),
        new_items: Vec::new(),
        gone_items: Vec::new(),
        status_moves: Vec::new(),
        severity_moves: Vec::new(),
        item_edits: Vec::new(),
    };
    for (section, item) in new.items() {
        let Some((_, before)) = old_items.get(item.id.as_str()) else {
            out.new_items.push(item_ref(section, item));
            continue;
        };
        compare_metrics(
            section,
            before,
            item,
            (old.meta.date, new.meta.date),
            &mut out.metrics,
        );
        let edit = item_edit(section, before, item);
        if !edit.is_empty() {
            out.item_edits.push(edit);
        }
        let (from, to) = (
            item_status(before, old.meta.date),
            item_status(item, new.meta.date),
        );
        if from != to {
            out.status_moves.push(StatusMove {
                section,
                item_id: item.id.clone(),
                title: item.title.clone(),
                from,
                to,
            });
        }
        if let (Some(from), Some(to)) = (severity(before), severity(item))
            && from != to
        {
            out.severity_moves.push(SeverityMove {
                item_id: item.id.clone(),
                title: item.title.clone(),
                from,
                to,
            });
        }
    }
    for (section, item) in old.items() {
        if !new_ids.contains_key(item.id.as_str()) {
            out.gone_items.push(item_ref(section, item));
        }
    }
    // Gone metrics go last so that the list reads in the new briefing's order first.
    out.metrics
        .sort_by_key(|m| matches!(m.change, ValueChange::Removed));
    out
}

fn item_edit(section: Section, old: &Item, new: &Item) -> ItemEdit {
    let due = |item: &Item| match &item.kind {
        ItemKind::Goal { due, .. } => *due,
        _ => None,
    };
    ItemEdit {
        section,
        item_id: new.id.clone(),
        title: (old.title != new.title).then(|| (old.title.clone(), new.title.clone())),
        due: (due(old) != due(new)).then(|| (due(old), due(new))),
    }
}

fn item_ref(section: Section, item: &Item) -> ItemRef {
    ItemRef {
        section,
        id: item.id.clone(),
        title: item.title.clone(),
    }
}

fn severity(item: &Item) -> Option<Severity> {
    match &item.kind {
        ItemKind::Challenge { severity, .. } => Some(*severity),
        _ => None,
    }
}

/// Pairs metrics by label; a label used twice in an item pairs first with first, second with
/// second, so nothing is compared with the wrong figure.
/// Compares the metrics of one item; `dates` are the two briefings' as-of dates.
fn compare_metrics(
    section: Section,
    old: &Item,
    new: &Item,
    dates: (NaiveDate, NaiveDate),
    out: &mut Vec<MetricChange>,
) {
    let mut used = vec![false; old.metrics.len()];
    for metric in &new.metrics {
        let found = old
            .metrics
            .iter()
            .enumerate()
            .find(|(i, m)| !used[*i] && m.label == metric.label);
        let old_metric = found.map(|(i, m)| {
            used[i] = true;
            m
        });
        let change = match old_metric {
            Some(before) => value_change(before, metric, dates),
            None => ValueChange::Added,
        };
        out.push(MetricChange {
            section,
            item_id: new.id.clone(),
            label: metric.label.clone(),
            old: old_metric.cloned(),
            new: Some(metric.clone()),
            change,
            same_period: old_metric.and_then(|before| same_period(before, metric)),
            plan_result: old_metric.and_then(|before| plan_result(before, metric, dates.1)),
        });
    }
    for (metric, _) in old.metrics.iter().zip(used).filter(|(_, used)| !used) {
        out.push(MetricChange {
            section,
            item_id: new.id.clone(),
            label: metric.label.clone(),
            old: Some(metric.clone()),
            new: None,
            change: ValueChange::Removed,
            same_period: None,
            plan_result: None,
        });
    }
}

fn unit(m: &Metric) -> String {
    m.unit.as_deref().map_or("", str::trim).to_owned()
}

/// Every result a metric gives for a period: its history's and its value's.
fn results(m: &Metric) -> Vec<(Period, Number)> {
    let own = m.period.clone().zip(m.number().cloned());
    m.history
        .iter()
        .filter_map(|p| p.period.clone().map(|period| (period, p.value.clone())))
        .chain(own)
        .collect()
}

/// The new briefing's latest period result and the old one's for that same period, when both
/// have one and they differ: a figure revised, or a partial figure against the outturn.
fn same_period(old: &Metric, new: &Metric) -> Option<(Period, f64, f64)> {
    if unit(old) != unit(new) {
        return None;
    }
    let new_results = results(new);
    let old_results = results(old);
    new_results
        .iter()
        .rev()
        .find_map(|(period, value)| {
            old_results
                .iter()
                .find(|(p, _)| p.same_span(period))
                .map(|(_, before)| (period.clone(), before.value, value.value))
        })
        // The same result in both files says nothing new.
        .filter(|(_, before, after)| before != after)
}

/// The old briefing's target for a period and the new one's final result for that period.
fn plan_result(old: &Metric, new: &Metric, new_date: NaiveDate) -> Option<PlanResult> {
    let target = old.target.clone()?;
    let period = target.period.clone()?;
    if unit(old) != unit(new) || !period.is_over(new.as_of.unwrap_or(new_date)) {
        return None;
    }
    let value = results(new)
        .into_iter()
        .find(|(p, _)| p.same_span(&period))
        .map(|(_, v)| v)?;
    let met = target
        .kind
        .resolve(new.kind, crate::figures::previous_value(new, &target))
        .map(|goal| goal.is_met(value.value, new.kind, new.better, new.better_stated));
    Some(PlanResult {
        period,
        value,
        target,
        met,
    })
}

/// Whether the two values can be subtracted: figures for periods, both final and of the same
/// length (two years' results), or plain levels. A year's total against two months of the
/// next, or a figure so far against a final one, is no change anyone could state.
fn comparable(old: &Metric, new: &Metric, (old_date, new_date): (NaiveDate, NaiveDate)) -> bool {
    // "Over 706" then 709: the change is not 3, and no one can say what it is.
    if old.qualifier.is_some() || new.qualifier.is_some() {
        return false;
    }
    // (days in the period, whether the figure is its final result)
    let span = |m: &Metric, date: NaiveDate| {
        m.period
            .as_ref()
            .map(|p| (p.days(), m.as_of.unwrap_or(date) >= p.end))
    };
    match (span(old, old_date), span(new, new_date)) {
        (None, None) => true,
        (Some((a, final_a)), Some((b, final_b))) => final_a && final_b && (a - b).abs() <= 3,
        // One side a period's figure, the other a level: only a level metric's can be compared.
        _ => new.kind == crate::model::MetricKind::Level,
    }
}

fn value_change(old: &Metric, new: &Metric, dates: (NaiveDate, NaiveDate)) -> ValueChange {
    match (&old.value, &new.value) {
        (Some(Value::Number(a)), Some(Value::Number(b)))
            if !comparable(old, new, dates)
                && (a != b || old.qualifier != new.qualifier || old.period != new.period) =>
        {
            ValueChange::Changed
        }
        (Some(Value::Number(a)), Some(Value::Number(b))) if unit(old) == unit(new) => {
            let absolute = b.value - a.value;
            ValueChange::Number(Delta {
                absolute,
                relative: (a.value != 0.0).then(|| absolute / a.value.abs() * 100.0),
                improved: (absolute != 0.0).then(|| is_improvement(absolute, new.better)),
            })
        }
        (Some(Value::Text(a)), Some(Value::Text(b))) if a == b && unit(old) == unit(new) => {
            ValueChange::Unchanged
        }
        (None, None) => ValueChange::Unchanged,
        _ => ValueChange::Changed,
    }
}

#[cfg(test)]
mod tests;
