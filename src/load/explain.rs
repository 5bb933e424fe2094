//! TOML and serde errors in plain words: what is wrong, where, and how to write it instead.
//!
//! The toml crate's messages are written for programmers ("invalid type: map, expected a
//! sequence", struct names); a person editing a briefing needs the key, the fix and an example.

use std::path::Path;

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::model::raw::Span;

/// Turns a toml/serde error into a diagnostic with a plain message and a hint.
pub fn toml_error(error: &toml::de::Error, text: &str, path: &Path) -> Diagnostic {
    if let Some((span, message, hint)) = explained_elsewhere(error, text) {
        return Diagnostic::error(path, message)
            .at(text, span)
            .with_hint(hint);
    }
    let literal = error.span().and_then(|s| text.get(s)).unwrap_or("").trim();
    let rest = error.span().and_then(|s| text.get(s.start..)).unwrap_or("");
    let (message, hint) = explain(error.message().trim(), literal, rest);
    let d = Diagnostic::error(path, message);
    let d = match error.span() {
        Some(span) => d.at(text, span),
        None => d,
    };
    match hint {
        Some(hint) => d.with_hint(hint),
        None => d,
    }
}

/// The errors whose message and position are not the toml crate's: a key nested too deep (no
/// position at all), a section's table before its first item, a date written another way.
fn explained_elsewhere(error: &toml::de::Error, text: &str) -> Option<(Span, String, String)> {
    if error.span().is_none() && error.message().trim() == "recursion limit" {
        let span = too_deep_key(text)?;
        let hint = "a briefing's keys have a few parts at most, e.g. `goals.metrics`";
        return Some((
            span,
            "a dotted key with more than 80 parts".into(),
            hint.into(),
        ));
    }
    super::misplaced::header(error, text).or_else(|| super::dates::written_otherwise(error, text))
}

/// A plain message and a hint: the message first, then the help line.
type Explained = (String, Option<String>);

/// `literal` is the source text the error points at, empty when unknown or when the error
/// points between characters; `rest` is the text from that point on.
fn explain(message: &str, literal: &str, rest: &str) -> Explained {
    unknown_field(message)
        .or_else(|| missing_field(message, literal))
        .or_else(|| after_a_number(message, literal))
        .or_else(|| unquoted(message, literal, rest))
        .or_else(|| wrong_type(message, literal))
        .or_else(|| impossible_date(message, literal))
        .or_else(|| duplicate_key(message, literal))
        .unwrap_or_else(|| (message.to_owned(), None))
}

fn unknown_field(message: &str) -> Option<Explained> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
    let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let hint = did_you_mean(field, known.iter().copied()).map_or_else(
        || {
            let known: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            format!("expected one of {}", known.join(", "))
        },
        |s| format!("did you mean `{s}`?"),
    );
    Some((format!("unknown key `{field}`"), Some(hint)))
}

fn missing_field(message: &str, literal: &str) -> Option<Explained> {
    let field = message
        .strip_prefix("missing field `")?
        .trim_end_matches('`');
    // An empty span is the top level of the file; otherwise it covers the table's header.
    let hint = if literal.is_empty() {
        format!("add `{field} = …` at the top of the file, above the first `[…]` header")
    } else {
        format!("add `{field} = …` to this table")
    };
    Some((format!("missing required key `{field}`"), Some(hint)))
}

/// `67.7亿`: a unit written after the figure.
fn after_a_number(message: &str, literal: &str) -> Option<Explained> {
    let number = message.starts_with("invalid float") || message.starts_with("invalid integer");
    (number && message.ends_with("expected nothing") && !literal.is_empty()).then(|| {
        (
            format!("unexpected `{literal}` after a number"),
            Some("a figure is a bare number: put the unit in `unit`, e.g. `value = 67.7` and `unit = \"亿元\"`".to_owned()),
        )
    })
}

/// `1,332` (a thousands comma) or `name = Ann` (text without quotes).
fn unquoted(message: &str, literal: &str, rest: &str) -> Option<Explained> {
    if message.starts_with("unexpected key or value") && rest.starts_with(',') {
        return Some((
            "unexpected `,` after a value".to_owned(),
            Some("write numbers without commas (`_` may group digits, e.g. `1_332`); one key per line".to_owned()),
        ));
    }
    if !message.starts_with("string values must be quoted") || literal.is_empty() {
        return None;
    }
    let yes_no = ["yes", "no", "on", "off", "True", "False", "TRUE", "FALSE"];
    let hint = if yes_no.contains(&literal) {
        format!("write `true` or `false` for a yes/no key, or `\"{literal}\"` for text")
    } else {
        format!("write `\"{literal}\"`")
    };
    Some(("text must be quoted".to_owned(), Some(hint)))
}

fn wrong_type(message: &str, literal: &str) -> Option<Explained> {
    if !message.starts_with("invalid type") {
        return None;
    }
    if message.contains("map, expected a sequence") {
        let name = literal.trim_matches(['[', ']', ' ']);
        let hint = if literal.starts_with('[') && !literal.starts_with("[[") {
            format!("write `[[{name}]]`, with double brackets, above each entry")
        } else {
            "write a list, e.g. `[{ … }, { … }]`, or a `[[…]]` header above each entry".to_owned()
        };
        let message = "wrong type: a single table, expected a list of tables".to_owned();
        return Some((message, Some(hint)));
    }
    let hint = if let Some(raw) = message.split("expected struct ").nth(1) {
        match raw.trim() {
            "RawPoint" => "write a table, e.g. `{ value = 33.6, date = 2020-12-31 }`",
            "RawMetric" => "write a table, e.g. `{ label = \"GDP\", value = 67.7 }`",
            _ => "write a table",
        }
    } else if message.contains("expected a TOML datetime") {
        "write a date as YYYY-MM-DD, without quotes, e.g. 2025-12-31"
    } else if message.contains("expected a string") {
        "put text in quotes, e.g. `\"…\"`"
    } else if message.contains("expected a sequence") {
        "write a list in brackets, e.g. `[\"a\", \"b\"]`"
    } else if message.contains("expected a boolean") {
        "write `true` or `false`"
    } else if message.contains("expected a map") {
        "write a table: a `[name]` header with its keys on the lines below, or `{ key = … }`"
    } else {
        "check the value's type in docs/format.md (a briefing) or docs/config.md (the config file)"
    };
    let message = message
        .replace("invalid type: ", "wrong type: ")
        .replace("a sequence", "a list")
        .replace("a TOML datetime", "a date");
    let message = match message.split_once("expected struct ") {
        Some((head, _)) => format!("{head}expected a table"),
        None => message,
    };
    Some((message, Some(hint.to_owned())))
}

fn impossible_date(message: &str, literal: &str) -> Option<Explained> {
    let expected = message
        .strip_prefix("invalid date, ")
        .filter(|_| !literal.is_empty())?;
    let hint = if expected.contains("day between") {
        "check the day against the month's length"
    } else if expected.contains("month between") {
        "months run from 01 to 12; write dates as YYYY-MM-DD"
    } else {
        "write dates as YYYY-MM-DD"
    };
    Some((
        format!("`{literal}` is not a real date: {expected}"),
        Some(hint.to_owned()),
    ))
}

fn duplicate_key(message: &str, literal: &str) -> Option<Explained> {
    (message == "duplicate key" && !literal.is_empty()).then(|| {
        (
            format!("duplicate key `{literal}`"),
            Some(format!(
                "`{literal}` is already set in this table; keep only one of them"
            )),
        )
    })
}

/// The first part of the first key of more than 80 dotted parts, for the toml crate's
/// "recursion limit", which comes without a position. Dots inside quotes and between digits (a
/// float) do not count.
fn too_deep_key(text: &str) -> Option<Span> {
    const PARTS: usize = 80;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let (mut dots, mut quote, mut previous) = (0, None, ' ');
        let (mut key_start, mut first_part) = (0, 0..0);
        let mut chars = line.char_indices().peekable();
        while let Some((i, ch)) = chars.next() {
            match (quote, ch) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(ch),
                (None, '#') => break,
                (None, '{' | '[' | ',' | '=' | ' ' | '\t') => key_start = i + 1,
                (None, '.') => {
                    let next = chars.peek().map_or(' ', |&(_, c)| c);
                    if !(previous.is_ascii_digit() && next.is_ascii_digit()) {
                        dots += 1;
                    }
                    if dots == 1 {
                        first_part = offset + key_start..offset + i;
                    } else if dots == PARTS {
                        return Some(first_part);
                    }
                }
                _ => {}
            }
            previous = ch;
        }
        offset += line.len();
    }
    None
}
