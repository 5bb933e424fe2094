//! What changed since an older briefing, in words: the screen's `--compare` marks and
//! `brief diff` say each change through here, so they always agree.

use crate::compare::{Comparison, Delta, MetricChange, ValueChange};
use crate::model::{Direction, Metric};
use crate::texts::{Texts, status_symbol};

use super::fmt;

/// "▼ −100 (−25%)": the change of a figure, and whether it is good news.
pub fn delta(d: &Delta, better: Direction) -> (String, bool) {
    let (arrow, good) = fmt::change(d.absolute, better);
    let relative = d
        .relative
        .map(|r| format!(" ({})", fmt::signed_percent(r)))
        .unwrap_or_default();
    (format!("{arrow}{relative}"), good)
}

/// A metric's change as shown after its figure: "Δ ▼ −100 (−25%)", "Δ new", "Δ 3纵31横 →",
/// with whether it is good news (None: neither, or not a number).
pub fn metric_since(
    change: &MetricChange,
    better: Direction,
    t: &Texts,
) -> Option<(String, Option<bool>)> {
    match change.change {
        ValueChange::Number(d) if d.absolute != 0.0 => {
            let (text, good) = delta(&d, better);
            Some((format!("Δ {text}"), Some(good)))
        }
        ValueChange::Added => Some((format!("Δ {}", t.new_item), None)),
        ValueChange::Changed => Some((format!("Δ {} →", shown(&change.old)), None)),
        _ => None,
    }
}

/// "p99 latency: 350 ms → 300 ms · ▼ −50 (−14.3%) · better", for `brief diff`.
pub fn metric_line(m: &MetricChange, t: &Texts) -> String {
    let (old, new) = (shown(&m.old), shown(&m.new));
    match m.change {
        ValueChange::Added => format!("+ {}: {new} · {}", m.label, t.new_item),
        ValueChange::Removed => format!("− {}: {old} · {}", m.label, t.gone_item),
        ValueChange::Number(d) => {
            let better = m.new.as_ref().map_or(Direction::Higher, |n| n.better);
            let (text, _) = delta(&d, better);
            format!(
                "{}: {old} → {new} · {text}{}",
                m.label,
                verdict(d.improved, t)
            )
        }
        ValueChange::Changed | ValueChange::Unchanged => format!("{}: {old} → {new}", m.label),
    }
}

/// " · better", " · worse", or nothing.
pub fn verdict(improved: Option<bool>, t: &Texts) -> String {
    match improved {
        Some(true) => format!(" · {}", t.better),
        Some(false) => format!(" · {}", t.worse),
        None => String::new(),
    }
}

fn shown(metric: &Option<Metric>) -> String {
    metric.as_ref().map_or_else(|| "—".to_owned(), fmt::value)
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
