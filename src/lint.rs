//! Warnings about a valid briefing: things that load but are probably not what was meant.
//!
//! Run by `load` after validation. It lives outside `model` because one warning needs a
//! computed figure (is an overdue goal done by its metrics?), and `figures` sits above `model`.

use std::path::Path;

use crate::diagnostic::{Diagnostic, LineIndex};
use crate::figures;
use crate::model::{Briefing, Item, ItemKind, Metric, MetricKind, Status, Value};

/// The warnings for `briefing`, read from `source`, in file order.
pub fn lint(briefing: &Briefing, source: &str, path: &Path) -> Vec<Diagnostic> {
    let mut lint = Lint {
        source,
        path,
        lines: None,
        warnings: Vec::new(),
    };
    for (_, item) in briefing.items() {
        lint.overdue(item, briefing.meta.date);
        lint.metrics(item, briefing.meta.date);
        lint.empty(item);
    }
    lint.warnings.sort_by_key(|d| (d.line, d.column));
    lint.warnings
}

struct Lint<'a> {
    source: &'a str,
    path: &'a Path,
    /// Built at the first warning: most briefings have none.
    lines: Option<LineIndex>,
    warnings: Vec<Diagnostic>,
}

impl Lint<'_> {
    /// A warning pointing at the whole of 1-based `line`.
    fn warn(&mut self, line: usize, message: String, hint: &str) {
        let lines = self
            .lines
            .get_or_insert_with(|| LineIndex::new(self.source));
        let start = lines.start(line);
        let end = self.source[start..]
            .find('\n')
            .map_or(self.source.len(), |i| start + i);
        let d = Diagnostic::warning(self.path, message)
            .at_indexed(self.source, lines, start..end)
            .with_hint(hint);
        self.warnings.push(d);
    }

    /// A goal past its due date at the meeting and not done, by its status or its metrics.
    fn overdue(&mut self, item: &Item, as_of: chrono::NaiveDate) {
        let ItemKind::Goal {
            due: Some(due),
            status,
        } = &item.kind
        else {
            return;
        };
        let done = *status == Some(Status::Done)
            || figures::item_status(item, as_of) == Some(Status::Done);
        if *due < as_of && !done {
            self.warn(
                item.line,
                format!("goal `{}` was due {due} and is not done", item.id),
                "set `status = \"done\"` if it is, or move `due` to the new date",
            );
        }
    }

    /// A target that cannot be judged: no result once its deadline has passed (before, a
    /// target without a value is a plan, which is normal), a number written in quotes; and a
    /// growth rate stated for a rate.
    fn metrics(&mut self, item: &Item, as_of: chrono::NaiveDate) {
        for metric in &item.metrics {
            self.rate_growth(metric);
        }
        for metric in item.metrics.iter().filter(|m| m.target.is_some()) {
            let label = &metric.label;
            let figures = figures::Figures::of(metric, as_of);
            let past = figures.deadline.filter(|d| *d < as_of);
            match (&metric.value, past) {
                (None, Some(deadline)) => self.warn(
                    metric.line,
                    format!("metric `{label}` has a target due {deadline} but no value"),
                    "add the result with `value = …` (and its `period`)",
                ),
                (Some(_), Some(_)) if figures.measured == figures::Measured::Earlier => {
                    let period = metric
                        .target
                        .as_ref()
                        .and_then(|t| t.period.as_ref())
                        .map_or_else(String::new, ToString::to_string);
                    self.warn(
                        metric.line,
                        format!(
                            "metric `{label}`: its target is for {period}, which is over, but its value is an earlier period's"
                        ),
                        "add the period's result: `value = …` with `period`",
                    );
                }
                (Some(Value::Text(t)), _) if t.trim().parse::<f64>().is_ok() => self.warn(
                    metric.line,
                    format!(
                        "metric `{label}` has its value in quotes, so it is text and its target cannot be judged"
                    ),
                    "write the number without quotes",
                ),
                _ => {}
            }
        }
    }

    /// `annual_growth` on a rate: a growth rate of a growth rate means nothing to a room.
    fn rate_growth(&mut self, metric: &Metric) {
        if metric.kind == MetricKind::Rate && metric.annual_growth.is_some() {
            self.warn(
                metric.line,
                format!(
                    "metric `{}` is a rate, so it has no growth rate per year: `annual_growth` is left out",
                    metric.label
                ),
                "remove `annual_growth`, or write `kind = \"level\"` if the figure is a quantity",
            );
        }
    }

    /// An item with nothing but a title has nothing to present.
    fn empty(&mut self, item: &Item) {
        let mitigated =
            matches!(&item.kind, ItemKind::Challenge { mitigation, .. } if !mitigation.is_empty());
        let empty = item.summary.is_none()
            && item.details.is_empty()
            && item.metrics.is_empty()
            && item.notes.is_none()
            && !mitigated;
        if empty {
            self.warn(
                item.line,
                format!("`{}` has nothing beyond its title", item.id),
                "add a `summary`, `details` or `metrics` so there is something to present",
            );
        }
    }
}
