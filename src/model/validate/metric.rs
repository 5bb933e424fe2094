//! A metric: its value, baseline, history, direction and target, and the numbers in them.

use toml::Spanned;

use super::Validator;
use crate::model::raw::{RawMetric, RawPoint, Span};
use crate::model::{Direction, Metric, Number, Point, Target, TargetKind, Value};
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
        let value = raw.value.as_ref().and_then(|v| self.value(v));
        let baseline = raw
            .baseline
            .as_ref()
            .and_then(|b| self.point(b, "baseline"));
        let target = raw.target.as_ref().and_then(|t| self.target(t));
        if let (Some(t), Some(b), Some(raw_target)) = (&target, &baseline, &raw.target) {
            self.target_against_baseline(t, b, raw_target.span());
        }
        let better = match &raw.better {
            Some(b) => self.direction(b),
            None => target
                .as_ref()
                .and_then(|t| t.kind.implied_direction())
                .unwrap_or(Direction::Higher),
        };
        Metric {
            label: sanitize::line(raw.label.get_ref()),
            unit: raw.unit.as_deref().map(sanitize::line),
            value,
            as_of: raw.as_of.as_ref().and_then(|d| self.date(d)),
            baseline,
            target,
            history: raw
                .history
                .iter()
                .filter_map(|p| self.point(p, "history point"))
                .collect(),
            better,
            key: raw.key,
            note: raw.note.as_deref().map(sanitize::multiline),
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

    fn value(&mut self, raw: &Spanned<toml::Value>) -> Option<Value> {
        match raw.get_ref() {
            toml::Value::String(text) => Some(Value::Text(sanitize::line(text))),
            _ => self.number(raw, "value").map(Value::Number),
        }
    }

    fn point(&mut self, raw: &Spanned<RawPoint>, what: &str) -> Option<Point> {
        let point = raw.get_ref();
        let value = self.number(&point.value, what);
        let date = point.date.as_ref().and_then(|d| self.date(d));
        value.map(|value| Point { value, date })
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
