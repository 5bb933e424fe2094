//! A metric's target: a plain number, or a table with one kind and an optional deadline.
//!
//! The table is read by hand, not by serde, so that each mistake in it gets its own message
//! pointing at the key or value at fault.

use chrono::NaiveDate;
use toml::Spanned;

use super::Validator;
use super::period::read_period;
use super::scalars::plain_date;
use crate::diagnostic::did_you_mean;
use crate::model::raw::{Span, TARGET_COMPANIONS, TARGET_KINDS, target_keys};
use crate::model::{Number, Target, TargetKind, loose_date};

impl Validator<'_> {
    /// The target in force, and the targets of earlier periods (earliest first) when the file
    /// gives a list of targets, one per period.
    pub(super) fn targets(&mut self, raw: &Spanned<toml::Value>) -> (Option<Target>, Vec<Target>) {
        let span = raw.span();
        match raw.get_ref() {
            toml::Value::Integer(_) | toml::Value::Float(_) => {
                let target = self.number(raw, "target").map(|n| Target {
                    kind: TargetKind::Reach(n),
                    by: None,
                    period: None,
                });
                (target, Vec::new())
            }
            toml::Value::Table(table) => (TargetReader { v: self, span }.read(table), Vec::new()),
            toml::Value::Array(list) => self.target_list(list, span),
            other => {
                self.fail(
                    span,
                    format!(
                        "target must be a number, a table or a list of tables, found {}",
                        other.type_str()
                    ),
                    "e.g. `target = 60` or `target = { at_least = 60, by = 2025-12-31 }`",
                );
                (None, Vec::new())
            }
        }
    }

    /// `target = [{ around = 5, period = "2024" }, { around = 5, period = "2025" }]`: each
    /// needs its own period, the periods differ, and the latest is the target in force.
    fn target_list(&mut self, list: &[toml::Value], span: Span) -> (Option<Target>, Vec<Target>) {
        let mut targets = Vec::new();
        for entry in list {
            let toml::Value::Table(table) = entry else {
                self.fail(
                    span.clone(),
                    format!("a list of targets holds tables, found {}", entry.type_str()),
                    "e.g. `target = [{ around = 5, period = \"2024\" }, { around = 5, period = \"2025\" }]`",
                );
                return (None, Vec::new());
            };
            let Some(target) = (TargetReader {
                v: self,
                span: span.clone(),
            })
            .read(table) else {
                return (None, Vec::new());
            };
            targets.push(target);
        }
        let Some(periods) = targets
            .iter()
            .map(|t| t.period.clone())
            .collect::<Option<Vec<_>>>()
        else {
            self.fail(
                span,
                "in a list of targets, each target needs its `period`",
                "the list says which target is for which period: add `period = \"2025\"` to each",
            );
            return (None, Vec::new());
        };
        for (i, p) in periods.iter().enumerate() {
            if periods[..i].iter().any(|q| q.same_span(p)) {
                self.fail(
                    span,
                    format!("two targets are for the same period, {p}"),
                    "keep one target per period",
                );
                return (None, Vec::new());
            }
        }
        targets.sort_by_key(|t| t.period.as_ref().map(|p| p.start));
        let current = targets.pop();
        (current, targets)
    }
}

/// Where a problem with one key of a target is pointed at.
enum At<'k> {
    Key(&'k str),
    Value(&'k str),
}

/// Reads the table form of a target, where each key is checked by hand.
struct TargetReader<'v, 'a> {
    v: &'v mut Validator<'a>,
    span: Span,
}

impl TargetReader<'_, '_> {
    fn read(mut self, table: &toml::Table) -> Option<Target> {
        self.known_keys(table)?;
        let kind = self.the_kind(table)?;
        let by = self.deadline(table.get("by"))?;
        let period = match table.get("period") {
            None => None,
            Some(value) => match read_period(value) {
                Ok(period) => Some(period),
                Err((message, hint)) => return self.fail_at(At::Value("period"), message, hint),
            },
        };
        let value = &table[kind];
        let tolerance = match table.get("tolerance") {
            Some(t) => Some(self.num(t, "tolerance")?),
            None => None,
        };
        let kind = match kind {
            "reach" => TargetKind::Reach(self.num(value, kind)?),
            "at_least" => TargetKind::AtLeast(self.num(value, kind)?),
            "at_most" => TargetKind::AtMost(self.num(value, kind)?),
            "around" => {
                let center = self.num(value, kind)?;
                TargetKind::Around { center, tolerance }
            }
            "between" => self.between(value)?,
            "down_by" | "up_by" => {
                let by = self.num(value, kind)?;
                if by.value <= 0.0 {
                    return self.fail_at(
                        At::Value(kind),
                        format!("`{kind} = {by}` is not a change"),
                        "write the size of the fall or rise as a positive number: `down_by = 2` is a fall of 2%",
                    );
                }
                if kind == "down_by" {
                    TargetKind::DownBy { by, tolerance }
                } else {
                    TargetKind::UpBy { by, tolerance }
                }
            }
            // A kind added to TARGET_KINDS and not read here; a test reads every kind.
            other => {
                return self.fail(
                    format!("`{other}` targets are not supported by this version of brief"),
                    "use another kind of target",
                );
            }
        };
        Some(Target { kind, by, period })
    }

    /// Refuses the first key the target does not know.
    fn known_keys(&mut self, table: &toml::Table) -> Option<()> {
        let known = target_keys();
        let Some(key) = table.keys().find(|k| !known.contains(&k.as_str())) else {
            return Some(());
        };
        let hint = did_you_mean(key, known.iter().copied()).map_or_else(
            || {
                let keys: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
                format!("expected one of {}", keys.join(", "))
            },
            |s| format!("did you mean `{s}`?"),
        );
        self.fail_at(At::Key(key), format!("unknown key `{key}` in target"), hint)
    }

    /// The one kind key of the table, and its companion keys only with their kind.
    fn the_kind(&mut self, table: &toml::Table) -> Option<&'static str> {
        let kinds: Vec<&str> = TARGET_KINDS
            .into_iter()
            .filter(|k| table.contains_key(*k))
            .collect();
        let [kind] = kinds[..] else {
            let names = TARGET_KINDS.map(|k| format!("`{k}`")).join(", ");
            return self.fail(
                format!("a target needs exactly one of {names}"),
                "e.g. `target = { at_least = 60, by = 2025-12-31 }`",
            );
        };
        for (key, owners) in TARGET_COMPANIONS {
            if table.contains_key(key) && !owners.contains(&kind) {
                let names: Vec<String> = owners.iter().map(|o| format!("`{o}`")).collect();
                let names = match names.split_last() {
                    Some((last, [])) => last.clone(),
                    Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
                    None => String::new(),
                };
                return self.fail_at(
                    At::Key(key),
                    format!("`{key}` only goes with {names}"),
                    format!("remove `{key}`, or use {names}"),
                );
            }
        }
        Some(kind)
    }

    /// `by`, the deadline: `Some(None)` when there is none, `None` when it is wrong.
    #[allow(
        clippy::option_option,
        reason = "read as 'checked: maybe a deadline', like every reader here"
    )]
    fn deadline(&mut self, by: Option<&toml::Value>) -> Option<Option<NaiveDate>> {
        match by {
            None => Some(None),
            Some(toml::Value::Datetime(dt)) => match plain_date(dt) {
                Some(date) => Some(Some(date)),
                None => self.fail_at(
                    At::Value("by"),
                    format!("target `by = {dt}` is not a plain date"),
                    "write YYYY-MM-DD",
                ),
            },
            Some(toml::Value::String(text)) if loose_date::advice(text, true).is_some() => {
                let (message, hint) = loose_date::advice(text, true)?;
                self.fail_at(At::Value("by"), message, hint)
            }
            Some(other) => self.fail_at(
                At::Value("by"),
                format!("target `by` must be a date, found {other}"),
                "write `by = 2025-12-31`, without quotes",
            ),
        }
    }

    fn between(&mut self, value: &toml::Value) -> Option<TargetKind> {
        let bounds = value.as_array().filter(|a| a.len() == 2);
        let Some(bounds) = bounds else {
            return self.fail_at(
                At::Value("between"),
                "`between` takes two numbers",
                "e.g. `between = [4.5, 5]`",
            );
        };
        let lo = self.num(&bounds[0], "between")?;
        let hi = self.num(&bounds[1], "between")?;
        if lo.value == hi.value {
            let hint = format!("for a single figure write `reach = {lo}` or `around = {lo}`");
            let message = format!("`between = [{lo}, {hi}]` has no width");
            return self.fail_at(At::Value("between"), message, hint);
        }
        if lo.value > hi.value {
            return self.fail_at(
                At::Value("between"),
                format!("`between = [{lo}, {hi}]` is empty"),
                "put the lower bound first",
            );
        }
        Some(TargetKind::Between(lo, hi))
    }

    fn num(&mut self, value: &toml::Value, key: &str) -> Option<Number> {
        let value = match value {
            toml::Value::Integer(i) => *i as f64,
            toml::Value::Float(f) if f.is_finite() => *f,
            other => {
                let hint = match other {
                    toml::Value::Float(_) => {
                        "nan and inf cannot be shown or compared; write the real number"
                    }
                    toml::Value::String(text) => &quoted_number_hint(key, text),
                    _ => "write a number, e.g. `at_least = 60`",
                };
                return self.fail_at(
                    At::Value(key),
                    format!("target `{key}` must be a finite number, found {other}"),
                    hint,
                );
            }
        };
        Some(Number::from(value))
    }

    /// Reports a problem with the target as a whole.
    fn fail<T>(&mut self, message: impl Into<String>, hint: impl Into<String>) -> Option<T> {
        self.v.fail(self.span.clone(), message, hint);
        None
    }

    /// Reports a problem with one key of the target, pointing at the key or at its value.
    #[allow(clippy::needless_pass_by_value, reason = "`At` is a word of the call")]
    fn fail_at<T>(
        &mut self,
        at: At<'_>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Option<T> {
        let (key, at_value) = match at {
            At::Key(key) => (key, false),
            At::Value(key) => (key, true),
        };
        let span = self.spans(key).map_or_else(
            || self.span.clone(),
            |(key, value)| if at_value { value } else { key },
        );
        self.v.fail(span, message, hint);
        None
    }

    /// Where `key` and its value are written inside the target, when the target is an inline
    /// table; the parsed table keeps no spans of its own, so its text is parsed again here,
    /// only when there is a problem to point at.
    fn spans(&self, key: &str) -> Option<(Span, Span)> {
        let text = self.v.source.get(self.span.clone())?;
        if text.trim_start().starts_with('[') {
            return self.spans_under_header(key);
        }
        let parsed = toml::de::DeValue::parse(text).ok()?;
        let toml::de::DeValue::Table(table) = parsed.get_ref() else {
            return None;
        };
        let (k, v) = table.iter().find(|(k, _)| k.get_ref() == key)?;
        let at = |span: Span| self.span.start + span.start..self.span.start + span.end;
        Some((at(k.span()), at(v.span())))
    }

    /// The same for a target written as a table of its own (`[goals.metrics.target]`): its
    /// keys are on the lines after the header, up to the next header.
    fn spans_under_header(&self, key: &str) -> Option<(Span, Span)> {
        let source = self.v.source;
        let start = self.span.start + source.get(self.span.start..)?.find('\n')? + 1;
        let rest = source.get(start..)?;
        let mut end = rest.len();
        let mut at = 0;
        for line in rest.split_inclusive('\n') {
            if line.trim_start().starts_with('[') {
                end = at;
                break;
            }
            at += line.len();
        }
        let body = rest.get(..end)?;
        let table: toml::Spanned<toml::de::DeTable> = toml::de::DeTable::parse(body).ok()?;
        let (k, v) = table.get_ref().iter().find(|(k, _)| k.get_ref() == key)?;
        let at = |span: Span| start + span.start..start + span.end;
        Some((at(k.span()), at(v.span())))
    }
}

/// What to write instead of a number in quotes: the number alone, and a word after it (
/// "12 million", "1200万") in the metric's `unit`, so that following the hint gives a target
/// that loads.
fn quoted_number_hint(key: &str, text: &str) -> String {
    let text = text.trim();
    // "1,5" may be one and a half or fifteen, "1.200,5" a European 1200.5: no number to offer.
    if text.contains(',') {
        return format!(
            "write the figure as a number, without quotes or separators, e.g. `{key} = 12000000` \
             or `{key} = 12_000_000`"
        );
    }
    let digits = text
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '_' | ',' | '-' | '+')))
        .unwrap_or(text.len());
    let (number, word) = text.split_at(digits);
    let number = number.replace('_', "");
    if number.is_empty() || number.parse::<f64>().is_err() {
        return "write the figure as a number, without quotes".to_owned();
    }
    match word.trim() {
        "" => format!("write the figure without quotes: `{key} = {number}`"),
        word => format!(
            "write the number alone, in the metric's unit: `{key} = {number}`, with `unit = \"{word}\"`"
        ),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_quoted_number_gets_the_number_to_write_unless_a_comma_makes_it_ambiguous() {
        assert_eq!(
            super::quoted_number_hint("at_least", "12 million"),
            "write the number alone, in the metric's unit: `at_least = 12`, with `unit = \"million\"`"
        );
        assert_eq!(
            super::quoted_number_hint("around", "5"),
            "write the figure without quotes: `around = 5`"
        );
        for ambiguous in ["1,5", "1.200,5", "12,000,000"] {
            assert!(
                super::quoted_number_hint("reach", ambiguous)
                    .contains("without quotes or separators"),
                "{ambiguous}"
            );
        }
    }

    use std::path::Path;

    use crate::model::raw::TARGET_KINDS;
    use crate::model::validate::validate;

    #[test]
    fn every_target_kind_is_read() {
        for kind in TARGET_KINDS {
            let value = if kind == "between" { "[1, 2]" } else { "5" };
            // A fall or rise needs a value to fall or rise from.
            let text = format!(
                "title = \"t\"\n[[goals]]\ntitle = \"g\"\n[[goals.metrics]]\nlabel = \"m\"\nvalue = 1\nbaseline = {{ value = 3 }}\ntarget = {{ {kind} = {value} }}\n"
            );
            let raw = toml::from_str(&text).expect("valid TOML");
            let today = chrono::NaiveDate::default();
            let briefing = validate(raw, &text, Path::new("t.toml"), today)
                .unwrap_or_else(|e| panic!("{kind}: {e:?}"));
            assert!(briefing.goals[0].metrics[0].target.is_some(), "{kind}");
        }
    }
}
