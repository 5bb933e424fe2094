//! A date written another way (`31/12/2025`, `"2025-12-31"`, `2025.12.31`, `2025年12月31日`)
//! in a key that takes a date: the toml crate calls it unquoted text, a number followed by
//! junk, or a string where a datetime was expected; say instead how to write the date.

use crate::model::loose_date;
use crate::model::raw::Span;

/// The whole value, a message and a hint with the corrected date, when `error` is about a
/// date-like text in a date key; `None` for any other error.
pub fn written_otherwise(error: &toml::de::Error, text: &str) -> Option<(Span, String, String)> {
    let span = error.span()?;
    if error.message().contains("expected a TOML datetime") {
        let literal = text.get(span.clone())?.trim();
        let inner = literal
            .strip_prefix(['"', '\''])
            .and_then(|l| l.strip_suffix(['"', '\'']))?;
        let (message, hint) = loose_date::advice(inner, true)?;
        return Some((span, message, hint));
    }
    let (key, value) = key_and_value(text, span.start)?;
    let written = text.get(value.clone())?;
    // `2021-02-30` has the right form; the toml crate's own message says what is wrong.
    let iso = written.len() == 10 && written.as_bytes()[4] == b'-' && written.as_bytes()[7] == b'-';
    let reading = loose_date::read(written)?;
    if iso && reading == loose_date::LooseDate::NotReal {
        return None;
    }
    if !crate::schema::date_keys().iter().any(|k| k == key) {
        return None;
    }
    let (message, hint) = loose_date::advice(written, false)?;
    Some((value, message, hint))
}

/// The key and the span of the unquoted value around byte `at`: `key = value` on one line,
/// the value ending at a comma, brace or comment inside an inline table.
fn key_and_value(text: &str, at: usize) -> Option<(&str, Span)> {
    let line_start = text.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let line_end = text.get(at..)?.find('\n').map_or(text.len(), |i| at + i);
    let equals = line_start + text.get(line_start..at)?.rfind('=')?;
    let before = text.get(line_start..equals)?.trim_end();
    let key_start = before
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .map_or(0, |i| i + 1);
    let key = before.get(key_start..)?;
    let after = text.get(equals + 1..line_end)?;
    let value_start = equals + 1 + (after.len() - after.trim_start().len());
    let rest = text.get(value_start..line_end)?;
    let value_len = rest.find([',', '}', '#']).unwrap_or(rest.len());
    let value = rest.get(..value_len)?.trim_end();
    (!key.is_empty() && !value.is_empty()).then(|| (key, value_start..value_start + value.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_key_and_the_whole_value() {
        let text = "title = \"t\"\ndue = 2025.12.31 # end\n";
        let at = text.find(".31").unwrap_or(0);
        let (key, span) = key_and_value(text, at).expect("found");
        assert_eq!((key, &text[span]), ("due", "2025.12.31"));
        let text = "target = { at_least = 5, by = 31/12/2025 }\n";
        let at = text.find("31/").unwrap_or(0);
        let (key, span) = key_and_value(text, at).expect("found");
        assert_eq!((key, &text[span]), ("by", "31/12/2025"));
    }
}
