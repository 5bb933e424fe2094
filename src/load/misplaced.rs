//! A `[[goals.metrics]]` (or any `[goals.…]` table) before any `[[goals]]` item.
//!
//! TOML then makes `goals` a table, and the `[[goals]]` further down collides with it: the toml
//! crate reports "duplicate key `goals`" at that later, innocent line, or "expected a list of
//! tables" when no `[[goals]]` follows. Point at the misplaced header instead, and say which
//! item it sits under.

use crate::model::Section;
use crate::model::raw::Span;

/// The header at fault, a message and a hint, when `error` comes from a section's table
/// written before any item of that section; `None` for any other error.
pub fn header(error: &toml::de::Error, text: &str) -> Option<(Span, String, String)> {
    let literal = error.span().and_then(|s| text.get(s))?.trim();
    let section = Section::ALL.into_iter().find(|s| s.key() == literal)?;
    let message = error.message();
    if message != "duplicate key" && !message.contains("expected a sequence") {
        return None;
    }
    let mut item_above: Option<(Section, usize)> = None;
    for header in headers(text) {
        let item = (header.array && header.path.len() == 1)
            .then(|| Section::ALL.into_iter().find(|s| s.key() == header.path[0]))
            .flatten();
        match item {
            Some(s) if s == section => return None,
            Some(s) => item_above = Some((s, header.line)),
            None if header.path.len() > 1 && header.path[0] == section.key() => {
                return Some(report(&header, section, item_above));
            }
            None => {}
        }
    }
    None
}

fn report(
    header: &Header,
    section: Section,
    above: Option<(Section, usize)>,
) -> (Span, String, String) {
    let message = format!(
        "`{}` has no {} above it to belong to",
        header.text,
        section.singular()
    );
    let rest = header.path[1..].join(".");
    let what = if rest == "metrics" { "metric" } else { "table" };
    let hint = match above {
        Some((other, line)) => {
            let (open, close) = if header.array {
                ("[[", "]]")
            } else {
                ("[", "]")
            };
            format!(
                "it sits under the {} at line {line}: write `{open}{}.{rest}{close}` to give the {what} to that {}, or move it under {} {}",
                other.singular(),
                other.key(),
                other.singular(),
                if section == Section::Goals { "a" } else { "an" },
                section.singular()
            )
        }
        None => format!(
            "a {what} belongs to the item above it: add a `[[{}]]` item, with its `title`, above this line",
            section.key()
        ),
    };
    (header.span.clone(), message, hint)
}

/// A `[table]` or `[[array]]` header line.
struct Header {
    text: String,
    span: Span,
    line: usize,
    path: Vec<String>,
    array: bool,
}

/// Every header of `text`, skipping lines inside multi-line strings.
fn headers(text: &str) -> Vec<Header> {
    let mut found = Vec::new();
    let mut in_string: Option<&str> = None;
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        for quotes in ["\"\"\"", "'''"] {
            let count = line.matches(quotes).count();
            if count % 2 == 1 && in_string.is_none_or(|q| q == quotes) {
                in_string = if in_string.is_some() {
                    None
                } else {
                    Some(quotes)
                };
            }
        }
        let trimmed = line.trim();
        if in_string.is_some() || !trimmed.starts_with('[') {
            continue;
        }
        let array = trimmed.starts_with("[[");
        let close = if array { "]]" } else { "]" };
        let Some(end) = trimmed.find(close) else {
            continue;
        };
        let name = trimmed[if array { 2 } else { 1 }..end].trim();
        let text = &trimmed[..end + close.len()];
        let lead = line.len() - line.trim_start().len();
        found.push(Header {
            text: text.to_owned(),
            span: start + lead..start + lead + text.len(),
            line: index + 1,
            path: name
                .split('.')
                .map(|p| p.trim().trim_matches(['"', '\'']).to_owned())
                .collect(),
            array,
        });
    }
    found
}
