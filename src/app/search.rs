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
    texts(item).any(|t| contains_folded(t, lowercase_query))
}

/// Whether `text`, lower-cased, contains `lowercase_query`. ASCII text, most of most
/// briefings, is compared in place rather than copied lower-cased (2 M bullets were 2 M
/// allocations a key).
fn contains_folded(text: &str, lowercase_query: &str) -> bool {
    if !text.is_ascii() {
        return text.to_lowercase().contains(lowercase_query);
    }
    let query = lowercase_query.as_bytes();
    if !lowercase_query.is_ascii() || query.len() > text.len() {
        return false;
    }
    query.is_empty()
        || text
            .as_bytes()
            .windows(query.len())
            .any(|w| w.eq_ignore_ascii_case(query))
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

#[cfg(test)]
mod folded_tests {
    use super::contains_folded;

    #[test]
    fn ascii_and_other_text_fold_the_same_way() {
        for (text, query, found) in [
            ("Latency P95", "p95", true),
            ("Latency P95", "p96", false),
            ("GDP 33.6亿元", "gdp", true),
            ("ÉCOLE", "école", true),
            ("school", "é", false),
            ("ab", "abc", false),
        ] {
            assert_eq!(contains_folded(text, query), found, "{text:?} {query:?}");
            assert_eq!(
                contains_folded(text, query),
                text.to_lowercase().contains(query),
                "{text:?} {query:?}"
            );
        }
    }
}
