//! What changed since an older briefing, in words: the screen's `--compare` marks and
//! `brief diff` say each change through here, so they always agree.

use crate::compare::{Comparison, Delta, ItemEdit, MetricChange, PlanResult, ValueChange};
use crate::figures::in_points;
use crate::model::{Metric, Number, Target};
use crate::texts::{Texts, status_symbol};

use super::fmt;

/// "▼ −100 ms (−25%)", "▼ −0.3 pp": the change of a figure in its unit, in percent of the old
/// value too for a quantity (never for a rate: a fall from 5.4% to 5.1% is −0.3 pp, not
/// −5.6%), and whether it is good news.
pub fn delta(d: &Delta, metric: &Metric, t: &Texts) -> (String, bool) {
    let (arrow, good) = fmt::change_with_unit(d.absolute, metric, t);
    let relative = d
        .relative
        .filter(|_| !in_points(metric))
        .map(|r| format!(" ({})", fmt::signed_percent(r)))
        .unwrap_or_default();
    (format!("{arrow}{relative}"), good)
}

/// A metric's change as shown after its figure: "Δ ▼ −100 ms (−25%)", "Δ new", "Δ 3纵31横 →",
/// "Δ target ≈ 3% →" (when only the target moved), with whether it is good news (None:
/// neither, or not a number).
pub fn metric_since(change: &MetricChange, t: &Texts) -> Option<(String, Option<bool>)> {
    let metric = change.new.as_ref()?;
    match change.change {
        ValueChange::Number(d) if d.absolute != 0.0 && !change.unit_changed() => {
            let (text, good) = delta(&d, metric, t);
            Some((format!("Δ {text}"), Some(good)))
        }
        ValueChange::Added => Some((format!("Δ {}", t.new_item), None)),
        // A figure that cannot be subtracted from the old one says what the old one was, in
        // words that cannot be read as a change even when the line is cut: "Δ was 12.56
        // million (2024)", not "Δ 12.56 million".
        ValueChange::Changed | ValueChange::Number(_) if change.value_changed() => {
            Some((format!("Δ {} {}", t.was, shown(change.old.as_ref())), None))
        }
        _ if change.target_changed() => {
            let old = change.old.as_ref().and_then(|m| fmt::target(m, t));
            Some((
                format!(
                    "Δ {} {} {}",
                    t.target,
                    t.was,
                    old.unwrap_or_else(|| "—".to_owned())
                ),
                None,
            ))
        }
        _ => None,
    }
}

/// The lines `brief diff` gives a metric: its value ("p99 latency: 350 ms → 300 ms · ▼ −50 ms
/// (−14.3%) · better"), its target, its unit, and a period's result revised.
pub fn metric_lines(m: &MetricChange, t: &Texts) -> Vec<String> {
    let (old, new) = (shown(m.old.as_ref()), shown(m.new.as_ref()));
    let mut lines = Vec::new();
    match (m.change, &m.new) {
        (ValueChange::Added, _) => lines.push(format!("+ {}: {new} · {}", m.label, t.new_item)),
        (ValueChange::Removed, _) => lines.push(format!("− {}: {old} · {}", m.label, t.gone_item)),
        (ValueChange::Number(d), Some(metric)) if d.absolute != 0.0 && !m.unit_changed() => {
            let (text, _) = delta(&d, metric, t);
            lines.push(format!(
                "{}: {old} → {new} · {text}{}",
                m.label,
                verdict(d.improved, t)
            ));
        }
        _ if m.value_changed() => lines.push(format!("{}: {old} → {new}", m.label)),
        _ => {}
    }
    if let (true, Some(before), Some(after)) = (m.target_changed(), &m.old, &m.new) {
        let words = |metric: &Metric| fmt::target(metric, t).unwrap_or_else(|| "—".to_owned());
        lines.push(format!(
            "{} {}: {} → {}",
            m.label,
            t.target,
            words(before),
            words(after)
        ));
    }
    if let (true, Some(before), Some(after)) = (m.unit_changed(), &m.old, &m.new) {
        let unit = |metric: &Metric| metric.unit.clone().unwrap_or_else(|| "—".to_owned());
        lines.push(format!(
            "{} {}: {} → {}",
            m.label,
            t.unit,
            unit(before),
            unit(after)
        ));
    }
    if let (Some(result), Some(metric)) = (&m.plan_result, &m.new) {
        lines.push(plan_result_line(&m.label, result, metric, t));
    }
    if let (Some((period, before, after)), Some(metric)) = (&m.same_period, &m.new) {
        let number = |v: f64| fmt::with_unit(&Number::from(v).to_string(), metric.unit.as_deref());
        lines.push(format!(
            "{}, {period}: {} → {} ({})",
            m.label,
            number(*before),
            number(*after),
            t.revised
        ));
    }
    lines
}

/// "GDP growth, 2025: 4.6% (target ≈ 5%, missed)": the old plan's target for a period against
/// the new briefing's result for it.
pub fn plan_result_line(label: &str, r: &PlanResult, metric: &Metric, t: &Texts) -> String {
    let value = fmt::with_unit(r.value.as_written(), metric.unit.as_deref());
    let target = Target {
        by: None,
        period: None,
        ..r.target.clone()
    };
    let verdict = match r.met {
        Some(true) => format!(", {}", t.met),
        Some(false) => format!(", {}", t.missed),
        None => String::new(),
    };
    format!(
        "{label}, {}: {value} ({} {}{verdict})",
        r.period,
        t.target,
        fmt::target_words(&target, metric, t)
    )
}

/// "title: Old → New", "due: 2025-12-31 → 2026-06-30": an item's own facts that changed.
pub fn item_edit_lines(edit: &ItemEdit, t: &Texts) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some((old, new)) = &edit.title {
        lines.push(format!("{}: {old} → {new}", t.title));
    }
    if let Some((old, new)) = &edit.due {
        let shown =
            |d: &Option<chrono::NaiveDate>| d.map_or_else(|| "—".to_owned(), |d| d.to_string());
        lines.push(format!("{}: {} → {}", t.due, shown(old), shown(new)));
    }
    lines
}

/// " · better", " · worse", or nothing.
pub fn verdict(improved: Option<bool>, t: &Texts) -> String {
    match improved {
        Some(true) => format!(" · {}", t.better),
        Some(false) => format!(" · {}", t.worse),
        None => String::new(),
    }
}

/// A metric's value as compared: with its period, so "5.2% (2023) → 5.0% (2024)" says the two
/// figures are different years' results.
fn shown(metric: Option<&Metric>) -> String {
    metric.map_or_else(|| "—".to_owned(), fmt::value_with_period)
}

/// "was ▲ at risk", "new": what an item was in the older briefing, when that changed.
pub fn was(c: &Comparison, item_id: &str, t: &Texts) -> Option<String> {
    if c.is_new(item_id) {
        return Some(t.new_item.to_owned());
    }
    if let Some((from, _)) = c.status_move(item_id) {
        return Some(format!(
            "{} {} {}",
            t.was,
            status_symbol(from),
            t.status(from)
        ));
    }
    c.severity_move(item_id)
        .map(|(from, _)| format!("{} {}", t.was, t.severity(from)))
}

/// "vs 2026-07-01: 5 figures changed · 1 new", the counts that are not zero, for a header
/// with no room for the whole headline.
pub fn headline_short(c: &Comparison, t: &Texts) -> String {
    let changed = c.metrics.iter().filter(|m| m.is_changed()).count();
    let counts: Vec<String> = [
        (changed, t.figures_changed),
        (c.new_items.len(), t.new_item),
        (c.gone_items.len(), t.gone_item),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, word)| format!("{n} {word}"))
    .collect();
    let counts = if counts.is_empty() {
        format!("0 {}", t.figures_changed)
    } else {
        counts.join(" · ")
    };
    format!("{} {}: {counts}", t.versus, c.old_date)
}

/// "vs 2026-07-01: 5 figures changed · 1 new · 1 gone", for the header.
pub fn headline(c: &Comparison, t: &Texts) -> String {
    let changed = c.metrics.iter().filter(|m| m.is_changed()).count();
    format!(
        "{} {}: {changed} {} · {} {} · {} {}",
        t.versus,
        c.old_date,
        t.figures_changed,
        c.new_items.len(),
        t.new_item,
        c.gone_items.len(),
        t.gone_item
    )
}
