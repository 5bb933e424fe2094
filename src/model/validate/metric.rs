//! A metric: its value, baseline, history, direction and target, and the numbers in them.

use toml::Spanned;

use super::Validator;
use crate::model::raw::{RawMetric, RawPoint, Span};
use crate::model::{
    Direction, Metric, MetricKind, Number, Point, Qualifier, Target, TargetKind, Value,
};
use crate::sanitize;

impl Validator<'_> {
    pub(super) fn metric(&mut self, raw: Spanned<RawMetric>) -> Metric {
        let line = self.line_of(&raw.span());
        let raw = raw.into_inner();
        if raw.label.get_ref().trim().is_empty() {
            self.fail(
                raw.label.span(),
                "the metric label is empty",
                "write what the figure measures, e.g. `label = \"GDP\"`",
            );
        }
        let (value, qualifier) = match raw.value.as_ref().map(|v| self.value(v)) {
            Some(Some((value, qualifier))) => (Some(value), qualifier),
            _ => (None, None),
        };
        let baseline = raw
            .baseline
            .as_ref()
            .and_then(|b| self.point(b, "baseline"));
        let (target, earlier_targets) = match &raw.target {
            Some(t) => self.targets(t),
            None => (None, Vec::new()),
        };
        if let (Some(t), Some(b), Some(raw_target)) = (&target, &baseline, &raw.target) {
            self.target_against_baseline(t, b, raw_target.span());
        }
        let implied = target.as_ref().and_then(|t| t.kind.implied_direction());
        let better = match &raw.better {
            Some(b) => self.direction(b),
            None => implied.unwrap_or(Direction::Higher),
        };
        let unit = raw.unit.as_deref().map(sanitize::line);
        let kind = match &raw.kind {
            Some(k) => self.metric_kind(k),
            None => MetricKind::from_unit(unit.as_deref()),
        };
        Metric {
            label: sanitize::line(raw.label.get_ref()),
            unit,
            kind,
            value,
            qualifier,
            period: raw.period.as_ref().and_then(|p| self.period(p)),
            as_of: raw.as_of.as_ref().and_then(|d| self.date(d)),
            baseline,
            target,
            earlier_targets,
            history: raw
                .history
                .iter()
                .filter_map(|p| self.point(p, "history point"))
                .collect(),
            better,
            better_stated: raw.better.is_some() || implied.is_some(),
            key: raw.key,
            note: raw.note.as_deref().map(sanitize::multiline),
            source: raw.source.as_deref().map(sanitize::line),
            annual_growth: raw
                .annual_growth
                .as_ref()
                .and_then(|g| self.number(g, "annual_growth")),
            line,
        }
    }

    /// "At most 5.5, from 5.5" holds a line and is fine; "reach 60 from 60" measures nothing.
    fn target_against_baseline(&mut self, target: &Target, baseline: &Point, span: Span) {
        let aim = target.kind.aim(baseline.value.value);
        if aim == baseline.value.value && matches!(target.kind, TargetKind::Reach(_)) {
            self.fail(
                span,
                format!("the target equals the baseline ({})", baseline.value),
                "progress cannot be measured from a target to itself; check both values",
            );
        }
    }

    /// A number, text, or a qualified number: `{ over = 90 }`, `{ under = 5 }`, `{ about = 0.4 }`.
    fn value(&mut self, raw: &Spanned<toml::Value>) -> Option<(Value, Option<Qualifier>)> {
        match raw.get_ref() {
            toml::Value::String(text) => Some((Value::Text(sanitize::line(text)), None)),
            toml::Value::Table(table) => {
                let qualified = match table.iter().collect::<Vec<_>>()[..] {
                    [(word, number)] => {
                        let qualifier = match word.as_str() {
                            "over" | "above" => Some(Qualifier::Over),
                            "under" | "below" => Some(Qualifier::Under),
                            "about" | "around" => Some(Qualifier::About),
                            _ => None,
                        };
                        qualifier.zip(Some(number))
                    }
                    _ => None,
                };
                let Some((qualifier, number)) = qualified else {
                    self.fail(
                        raw.span(),
                        "a qualified value is one of `over`, `under`, `about` with its number",
                        "e.g. `value = { over = 90 }` for \"over 90\", `value = { about = 0.4 }`",
                    );
                    return None;
                };
                let spanned = Spanned::new(raw.span(), number.clone());
                let number = self.number(&spanned, "value")?;
                Some((Value::Number(number), Some(qualifier)))
            }
            _ => self.number(raw, "value").map(|n| (Value::Number(n), None)),
        }
    }

    fn point(&mut self, raw: &Spanned<RawPoint>, what: &str) -> Option<Point> {
        let point = raw.get_ref();
        let value = self.number(&point.value, what);
        let date = point.date.as_ref().and_then(|d| self.date(d));
        let period = point.period.as_ref().and_then(|p| self.period(p));
        value.map(|value| Point {
            value,
            date,
            period,
        })
    }

    /// A finite number, kept as written so that `67.70` is shown as `67.70`.
    pub(super) fn number(&mut self, raw: &Spanned<toml::Value>, what: &str) -> Option<Number> {
        let span = raw.span();
        let value = match raw.get_ref() {
            toml::Value::Integer(i) => *i as f64,
            toml::Value::Float(f) => *f,
            other => {
                let hint = if other.is_str() {
                    "write the figure without quotes, e.g. `value = 67.7`, and put the unit in `unit`"
                } else {
                    "write a number, e.g. `value = 67.7`"
                };
                let found = other.type_str();
                self.fail(
                    span,
                    format!("{what} must be a number, found {found}"),
                    hint,
                );
                return None;
            }
        };
        if !value.is_finite() {
            self.fail(
                span,
                format!("{what} is {value}, which is not a figure"),
                "nan and inf cannot be shown or compared; write the real number",
            );
            return None;
        }
        Some(Number::new(value, self.source.get(raw.span())))
    }
}
