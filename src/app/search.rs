//! Full-text search over a briefing: titles and every text field, Chinese included.

use crate::model::{Briefing, Item, ItemKind, Section, Value};

/// Every item whose text contains `query` (case-insensitive), in section order.
pub fn matches(briefing: &Briefing, query: &str) -> Vec<(Section, usize)> {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return Vec::new();
    }
    Section::ALL
        .into_iter()
        .flat_map(|s| {
            briefing
                .section(s)
                .iter()
                .enumerate()
                .map(move |(i, item)| (s, i, item))
        })
        .filter(|(_, _, item)| item_matches(item, &query))
        .map(|(s, i, _)| (s, i))
        .collect()
}

pub fn item_matches(item: &Item, lowercase_query: &str) -> bool {
    texts(item).any(|t| t.to_lowercase().contains(lowercase_query))
}

fn texts(item: &Item) -> impl Iterator<Item = &str> {
    let own = [
        Some(&item.title),
        item.summary.as_ref(),
        item.owner.as_ref(),
        item.notes.as_ref(),
    ]
    .into_iter()
    .flatten()
    .chain(&item.details)
    .chain(&item.tags)
    .map(String::as_str);
    let metrics = item.metrics.iter().flat_map(|m| {
        let value = match &m.value {
            Some(Value::Text(t)) => Some(t.as_str()),
            Some(Value::Number(n)) => Some(n.as_written()),
            None => None,
        };
        [
            Some(m.label.as_str()),
            m.unit.as_deref(),
            m.note.as_deref(),
            value,
        ]
        .into_iter()
        .flatten()
    });
    let mitigation = match &item.kind {
        ItemKind::Challenge { mitigation, .. } => mitigation.as_slice(),
        _ => &[],
    };
    own.chain(metrics)
        .chain(mitigation.iter().map(String::as_str))
}

/// Byte ranges of `query` in `text`, case-insensitive, for highlighting.
pub fn ranges(text: &str, query: &str) -> Vec<std::ops::Range<usize>> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    let lower = text.to_lowercase();
    let q = query.to_lowercase();
    // Lower-casing can change byte lengths outside ASCII; only highlight when it did not.
    if lower.len() != text.len() {
        return Vec::new();
    }
    lower
        .match_indices(&q)
        .map(|(i, m)| i..i + m.len())
        .collect()
}
