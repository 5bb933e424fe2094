//! Raw briefing -> validated `Briefing`, collecting every problem at once.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use toml::Spanned;
use toml::value::Datetime;

use super::raw::{RawBriefing, RawItem, RawMetric, RawPoint, Span};
use super::target::{Target, TargetKind};
use super::{
    Briefing, Direction, Item, ItemKind, Language, Meta, Metric, Number, Point, Section, Severity,
    Status, Value,
};
use crate::diagnostic::{Diagnostic, LineIndex, did_you_mean};
use crate::sanitize;

/// Validates `raw`; on success returns the briefing and its warnings, else every diagnostic.
pub fn validate(
    raw: RawBriefing,
    source: &str,
    path: &Path,
    today: NaiveDate,
) -> Result<(Briefing, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut v = Validator {
        source,
        lines: LineIndex::new(source),
        path,
        diagnostics: Vec::new(),
        ids: HashMap::new(),
        suggestions_left: SUGGESTED_IDS,
    };
    let briefing = v.briefing(raw, today);
    if v.diagnostics.iter().any(Diagnostic::is_error) {
        v.diagnostics.sort_by_key(|d| (d.line, d.column));
        Err(v.diagnostics)
    } else {
        v.warn_about(&briefing);
        v.diagnostics.sort_by_key(|d| (d.line, d.column));
        Ok((briefing, v.diagnostics))
    }
}

struct Validator<'a> {
    source: &'a str,
    /// Line starts of `source`: every item and metric records its line, and counting newlines
    /// from the top for each made loading quadratic (8 s for a 10,000-item file).
    lines: LineIndex,
    path: &'a Path,
    diagnostics: Vec<Diagnostic>,
    /// Every item id seen so far, and where it was first used.
    ids: HashMap<String, IdUse>,
    /// Unknown goal ids still worth a "did you mean" (each compares against every goal id).
    suggestions_left: usize,
}

struct IdUse {
    /// The `id`, or the title the id was derived from.
    span: Span,
    /// Whether it was written as an `id`.
    explicit: bool,
    section: Section,
}

/// How many unknown goal ids get a "did you mean": a rename gone wrong across thousands of
/// challenges made that thousands × thousands comparisons, seconds at every reload.
const SUGGESTED_IDS: usize = 100;

/// Threatened-goal references, checked once all goals are known.
struct Reference {
    id: String,
    span: Span,
}

impl Validator<'_> {
    fn error(&mut self, span: Span, message: impl Into<String>) -> &mut Diagnostic {
        let d = Diagnostic::error(self.path, message).at_indexed(self.source, &self.lines, span);
        self.diagnostics.push(d);
        self.diagnostics.last_mut().expect("just pushed")
    }

    fn warning(&mut self, line: usize, message: impl Into<String>, hint: impl Into<String>) {
        let start = self.lines.start(line);
        let end = self.source[start..]
            .find('\n')
            .map_or(self.source.len(), |i| start + i);
        let d = Diagnostic::warning(self.path, message)
            .at_indexed(self.source, &self.lines, start..end)
            .with_hint(hint);
        self.diagnostics.push(d);
    }

    /// The line of the `[[section]]` header above `span`: where an editor should open the item.
    fn header_line(&self, span: &Span) -> usize {
        let before = &self.source[..span.start.min(self.source.len())];
        let header = before
            .rmatch_indices('\n')
            .map(|(i, _)| i + 1)
            .chain([0])
            .find(|&i| before[i..].trim_start().starts_with("[["));
        self.line_of(&(header.unwrap_or(span.start)..span.end))
    }

    fn line_of(&self, span: &Span) -> usize {
        self.lines.line(span.start.min(self.source.len()))
    }

    fn briefing(&mut self, raw: RawBriefing, today: NaiveDate) -> Briefing {
        if raw.title.get_ref().trim().is_empty() {
            self.error(raw.title.span(), "the title is empty").hint =
                Some("write what the meeting is about, e.g. `title = \"Q3 review\"`".into());
        }
        let language = raw
            .language
            .as_ref()
            .map_or(Language::En, |l| self.language(l));
        let date = raw.date.as_ref().and_then(|d| self.date(d));
        let duration = raw.duration.as_ref().and_then(|d| self.duration(d));
        let mut sections = raw.sections.unwrap_or_default();
        let budgets = sections.durations.take().unwrap_or_default();
        let section_durations = [budgets.goals, budgets.achievements, budgets.challenges]
            .map(|d| d.as_ref().and_then(|d| self.duration(d)));
        let defaults = default_section_names(language);
        let section_names = [sections.goals, sections.achievements, sections.challenges]
            .into_iter()
            .zip(defaults)
            .map(|(given, default)| {
                given.map_or_else(|| default.to_owned(), |g| sanitize::line(&g))
            })
            .collect::<Vec<_>>()
            .try_into()
            .unwrap_or_else(|_| defaults.map(str::to_owned));
        let meta = Meta {
            title: sanitize::line(raw.title.get_ref()),
            subtitle: raw.subtitle.as_deref().map(sanitize::line),
            presenter: raw.presenter.as_deref().map(sanitize::line),
            organisation: raw.organisation.as_deref().map(sanitize::line),
            date: date.unwrap_or(today),
            date_given: date.is_some(),
            period: raw.period.as_deref().map(sanitize::line),
            summary: raw.summary.as_deref().map(sanitize::multiline),
            notes: raw.notes.as_deref().map(sanitize::multiline),
            language,
            language_given: raw.language.is_some(),
            duration,
            section_names,
            section_durations,
        };
        let mut references = Vec::new();
        let goals = self.items(raw.goals, Section::Goals, &mut references);
        let achievements = self.items(raw.achievements, Section::Achievements, &mut references);
        let challenges = self.items(raw.challenges, Section::Challenges, &mut references);
        let briefing = Briefing {
            meta,
            goals,
            achievements,
            challenges,
        };
        for reference in references {
            self.reference(&briefing, reference);
        }
        briefing
    }

    fn language(&mut self, raw: &Spanned<String>) -> Language {
        match raw.get_ref().trim().to_ascii_lowercase().as_str() {
            "en" | "english" => Language::En,
            "zh" | "zh-cn" | "zh-hans" | "chinese" | "中文" => Language::Zh,
            other => {
                let hint = did_you_mean(other, ["en", "zh"]).map_or_else(
                    || "use `en` or `zh`".to_owned(),
                    |s| format!("did you mean `{s}`?"),
                );
                self.error(
                    raw.span(),
                    format!("unknown language `{other}`, expected `en` or `zh`"),
                )
                .hint = Some(hint);
                Language::En
            }
        }
    }

    fn items(
        &mut self,
        raw: Vec<RawItem>,
        section: Section,
        refs: &mut Vec<Reference>,
    ) -> Vec<Item> {
        let mut items: Vec<Item> = raw
            .into_iter()
            .map(|item| self.item(item, section, refs))
            .collect();
        // `key = true` promotes an item to the front of its section; the rest keep file order.
        items.sort_by_key(|item| !item.key);
        items
    }

    fn item(&mut self, raw: RawItem, section: Section, refs: &mut Vec<Reference>) -> Item {
        let title_span = raw.title.span();
        if raw.title.get_ref().trim().is_empty() {
            self.error(title_span.clone(), "the title is empty").hint =
                Some("write a short title; it is what the screen shows for this item".into());
        }
        self.refuse_foreign_fields(&raw, section);
        let id = self.item_id(&raw, section);
        let kind = match section {
            Section::Goals => ItemKind::Goal {
                due: raw.due.as_ref().and_then(|d| self.date(d)),
                status: raw.status.as_ref().and_then(|s| self.status(s)),
            },
            Section::Achievements => ItemKind::Achievement {
                date: raw.date.as_ref().and_then(|d| self.date(d)),
            },
            Section::Challenges => {
                // Compared with ids, which are cleaned: a raw id with a control in it would
                // never match its goal.
                refs.extend(raw.threatens.iter().map(|t| Reference {
                    id: sanitize::line(t.get_ref()),
                    span: t.span(),
                }));
                ItemKind::Challenge {
                    severity: raw
                        .severity
                        .as_ref()
                        .map_or(Severity::Medium, |s| self.severity(s)),
                    mitigation: raw
                        .mitigation
                        .iter()
                        .map(|m| sanitize::multiline(m))
                        .collect(),
                    threatens: raw
                        .threatens
                        .iter()
                        .map(|t| sanitize::line(t.get_ref()))
                        .collect(),
                }
            }
        };
        Item {
            id,
            title: sanitize::line(raw.title.get_ref()),
            summary: raw.summary.as_deref().map(sanitize::multiline),
            details: raw.details.iter().map(|d| sanitize::multiline(d)).collect(),
            owner: raw.owner.as_deref().map(sanitize::line),
            tags: raw.tags.iter().map(|t| sanitize::line(t)).collect(),
            notes: raw.notes.as_deref().map(sanitize::multiline),
            key: raw.key,
            duration: raw.duration.as_ref().and_then(|d| self.duration(d)),
            metrics: raw.metrics.into_iter().map(|m| self.metric(m)).collect(),
            kind,
            line: self.header_line(&title_span),
        }
    }

    /// Explicit ids must be unique; ids derived from titles are made unique with a suffix.
    fn item_id(&mut self, raw: &RawItem, section: Section) -> String {
        if let Some(id) = &raw.id {
            let text = sanitize::line(id.get_ref().trim());
            if text.is_empty() {
                self.error(id.span(), "the id is empty").hint =
                    Some("remove `id` to derive one from the title".into());
            } else if let Some(first) = self.ids.get(&text) {
                let (line, explicit) = (self.line_of(&first.span), first.explicit);
                let d = self.error(id.span(), format!("duplicate id `{text}`"));
                d.hint = Some(if explicit {
                    format!("`{text}` is already used at line {line}; ids must be unique")
                } else {
                    format!(
                        "the item at line {line} gets the id `{text}` from its title; give one of them another `id`"
                    )
                });
            } else {
                let first = IdUse {
                    span: id.span(),
                    explicit: true,
                    section,
                };
                self.ids.insert(text.clone(), first);
            }
            return text;
        }
        let base = slug(raw.title.get_ref());
        let mut id = base.clone();
        let mut n = 2;
        while self.ids.contains_key(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let first = IdUse {
            span: raw.title.span(),
            explicit: false,
            section,
        };
        self.ids.insert(id.clone(), first);
        id
    }

    fn refuse_foreign_fields(&mut self, raw: &RawItem, section: Section) {
        let present: [(&str, Option<Span>, Section); 6] = [
            ("due", raw.due.as_ref().map(Spanned::span), Section::Goals),
            (
                "status",
                raw.status.as_ref().map(Spanned::span),
                Section::Goals,
            ),
            (
                "date",
                raw.date.as_ref().map(Spanned::span),
                Section::Achievements,
            ),
            (
                "severity",
                raw.severity.as_ref().map(Spanned::span),
                Section::Challenges,
            ),
            (
                "threatens",
                raw.threatens.first().map(Spanned::span),
                Section::Challenges,
            ),
            (
                "mitigation",
                (!raw.mitigation.is_empty()).then(|| raw.title.span()),
                Section::Challenges,
            ),
        ];
        for (key, span, owner) in present {
            if let Some(span) = span.filter(|_| owner != section) {
                self.error(
                    span,
                    format!("`{key}` belongs to {}, not {}", owner.key(), section.key()),
                )
                .hint = Some(format!(
                    "remove `{key}` from this item, or move the item to [[{}]]",
                    owner.key()
                ));
            }
        }
    }

    fn status(&mut self, raw: &Spanned<String>) -> Option<Status> {
        let status = Status::parse(raw.get_ref());
        if status.is_none() {
            let written = raw
                .get_ref()
                .trim()
                .to_ascii_lowercase()
                .replace(['-', '_'], " ");
            let hint = did_you_mean(&written, ["on track", "at risk", "off track", "done"])
                .map_or_else(
                    || "expected one of `on track`, `at risk`, `off track`, `done`".to_owned(),
                    |s| format!("did you mean `{s}`?"),
                );
            self.error(raw.span(), format!("unknown status `{}`", raw.get_ref()))
                .hint = Some(hint);
        }
        status
    }

    fn severity(&mut self, raw: &Spanned<String>) -> Severity {
        Severity::parse(raw.get_ref()).unwrap_or_else(|| {
            let names = ["low", "medium", "high", "critical"];
            let hint = did_you_mean(&raw.get_ref().to_ascii_lowercase(), names).map_or_else(
                || "expected one of `low`, `medium`, `high`, `critical`".to_owned(),
                |s| format!("did you mean `{s}`?"),
            );
            self.error(raw.span(), format!("unknown severity `{}`", raw.get_ref()))
                .hint = Some(hint);
            Severity::Medium
        })
    }

    fn reference(&mut self, briefing: &Briefing, reference: Reference) {
        let Reference { id, span } = reference;
        // The id map, not `Briefing::find`: a scan of every item per reference was quadratic.
        match self.ids.get(&id).map(|first| first.section) {
            Some(Section::Goals) => {}
            Some(section) => {
                self.error(
                    span,
                    format!("`{id}` is one of the {}, not a goal", section.key()),
                )
                .hint = Some("`threatens` lists the ids of goals".into());
            }
            None => {
                let suggest = self.suggestions_left > 0;
                self.suggestions_left = self.suggestions_left.saturating_sub(1);
                let suggestion = suggest
                    .then(|| did_you_mean(&id, briefing.goals.iter().map(|g| g.id.as_str())))
                    .flatten();
                let hint = suggestion
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| {
                        const SHOWN: usize = 8;
                        let goals = &briefing.goals;
                        let known: Vec<_> = goals
                            .iter()
                            .take(SHOWN)
                            .map(|g| format!("`{}`", g.id))
                            .collect();
                        match goals.len() {
                            0 => "there are no goals; `threatens` lists the ids of goals".into(),
                            n if n > SHOWN => {
                                format!(
                                    "known goal ids: {}, and {} more",
                                    known.join(", "),
                                    n - SHOWN
                                )
                            }
                            _ => format!("known goal ids: {}", known.join(", ")),
                        }
                    });
                self.error(span, format!("no goal has the id `{id}`")).hint = Some(hint);
            }
        }
    }

    fn metric(&mut self, raw: Spanned<RawMetric>) -> Metric {
        let line = self.line_of(&raw.span());
        let raw = raw.into_inner();
        if raw.label.get_ref().trim().is_empty() {
            self.error(raw.label.span(), "the metric label is empty")
                .hint = Some("write what the figure measures, e.g. `label = \"GDP\"`".into());
        }
        let value = raw.value.as_ref().and_then(|v| self.value(v));
        let baseline = raw
            .baseline
            .as_ref()
            .and_then(|b| self.point(b, "baseline"));
        let target_span = raw.target.as_ref().map(Spanned::span);
        let target = raw.target.as_ref().and_then(|t| self.target(t));
        let better = match &raw.better {
            Some(b) => self.direction(b),
            None => target
                .as_ref()
                .and_then(|t| t.kind.implied_direction())
                .unwrap_or(Direction::Higher),
        };
        if let (Some(t), Some(b), Some(span)) = (&target, &baseline, target_span) {
            let aim = t.kind.aim(b.value.value);
            // "At most 5.5, from 5.5" holds a line and is fine; "reach 60 from 60" measures nothing.
            if aim == b.value.value && matches!(t.kind, TargetKind::Reach(_)) {
                self.error(
                    span,
                    format!("the target equals the baseline ({})", b.value),
                )
                .hint = Some(
                    "progress cannot be measured from a target to itself; check both values".into(),
                );
            }
        }
        let better_stated = raw.better.is_some()
            || target
                .as_ref()
                .is_some_and(|t| t.kind.implied_direction().is_some());
        let unit = raw.unit.as_deref().map(sanitize::line);
        Metric {
            label: sanitize::line(raw.label.get_ref()),
            kind: super::MetricKind::from_unit(unit.as_deref()),
            unit,
            value,
            qualifier: None,
            period: None,
            as_of: raw.as_of.as_ref().and_then(|d| self.date(d)),
            baseline,
            target,
            earlier_targets: Vec::new(),
            better_stated,
            source: None,
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

    fn direction(&mut self, raw: &Spanned<String>) -> Direction {
        match raw.get_ref().trim().to_ascii_lowercase().as_str() {
            "higher" | "up" => Direction::Higher,
            "lower" | "down" => Direction::Lower,
            other => {
                let hint = did_you_mean(other, ["higher", "lower"]).map_or_else(
                    || "use `higher` or `lower`".to_owned(),
                    |s| format!("did you mean `{s}`?"),
                );
                self.error(
                    raw.span(),
                    format!("`better` must be `higher` or `lower`, not `{other}`"),
                )
                .hint = Some(hint);
                Direction::Higher
            }
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
        value.map(|value| Point {
            value,
            date,
            period: None,
        })
    }

    fn number(&mut self, raw: &Spanned<toml::Value>, what: &str) -> Option<Number> {
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
                self.error(
                    span,
                    format!("{what} must be a number, found {}", other.type_str()),
                )
                .hint = Some(hint.into());
                return None;
            }
        };
        if !value.is_finite() {
            self.error(span, format!("{what} is {value}, which is not a figure"))
                .hint =
                Some("nan and inf cannot be shown or compared; write the real number".into());
            return None;
        }
        Some(Number::new(value, self.source.get(raw.span())))
    }

    fn target(&mut self, raw: &Spanned<toml::Value>) -> Option<Target> {
        let span = raw.span();
        let table = match raw.get_ref() {
            toml::Value::Integer(_) | toml::Value::Float(_) => {
                return self.number(raw, "target").map(|n| Target {
                    period: None,
                    kind: TargetKind::Reach(n),
                    by: None,
                });
            }
            toml::Value::Table(table) => table,
            other => {
                self.error(
                    span,
                    format!(
                        "target must be a number or a table, found {}",
                        other.type_str()
                    ),
                )
                .hint = Some(
                    "e.g. `target = 60` or `target = { at_least = 60, by = 2025-12-31 }`".into(),
                );
                return None;
            }
        };
        TargetReader { v: self, span }.read(table)
    }

    fn date(&mut self, raw: &Spanned<Datetime>) -> Option<NaiveDate> {
        let dt = raw.get_ref();
        let date = match (dt.date, dt.time) {
            (Some(d), None) => {
                NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
            }
            _ => None,
        };
        if date.is_none() {
            self.error(raw.span(), format!("`{dt}` is not a plain date"))
                .hint = Some("write a date as YYYY-MM-DD, without a time".into());
        }
        date
    }

    fn duration(&mut self, raw: &Spanned<String>) -> Option<std::time::Duration> {
        let parsed = parse_duration(raw.get_ref());
        if parsed.is_none() {
            self.error(raw.span(), format!("`{}` is not a duration", raw.get_ref()))
                .hint = Some("write it like \"90s\", \"5m\", \"1h30m\"".into());
        }
        parsed
    }

    fn warn_about(&mut self, briefing: &Briefing) {
        let as_of = briefing.meta.date;
        for (_, item) in briefing.items() {
            if let ItemKind::Goal {
                due: Some(due),
                status,
            } = &item.kind
            {
                let done = *status == Some(Status::Done)
                    || crate::figures::item_status(item, as_of) == Some(Status::Done);
                if *due < as_of && !done {
                    self.warning(
                        item.line,
                        format!("goal `{}` was due {due} and is not done", item.id),
                        "set `status = \"done\"` if it is, or move `due` to the new date",
                    );
                }
            }
            for metric in &item.metrics {
                if metric.target.is_some() && metric.value.is_none() {
                    self.warning(
                        metric.line,
                        format!(
                            "metric `{}` has a target but no current value",
                            metric.label
                        ),
                        "add `value = …` with the latest figure",
                    );
                }
                let quoted_number = matches!(&metric.value, Some(super::Value::Text(t)) if t.trim().parse::<f64>().is_ok());
                if metric.target.is_some() && quoted_number {
                    self.warning(
                        metric.line,
                        format!("metric `{}` has its value in quotes, so it is text and its target cannot be judged", metric.label),
                        "write the number without quotes",
                    );
                }
            }
            let empty = item.summary.is_none()
                && item.details.is_empty()
                && item.metrics.is_empty()
                && item.notes.is_none()
                && !matches!(&item.kind, ItemKind::Challenge { mitigation, .. } if !mitigation.is_empty());
            if empty {
                self.warning(
                    item.line,
                    format!("`{}` has nothing beyond its title", item.id),
                    "add a `summary`, `details` or `metrics` so there is something to present",
                );
            }
        }
    }
}

/// Reads the table form of a target, where each key is checked by hand.
struct TargetReader<'v, 'a> {
    v: &'v mut Validator<'a>,
    span: Span,
}

const TARGET_KEYS: [&str; 7] = [
    "reach",
    "at_least",
    "at_most",
    "around",
    "tolerance",
    "between",
    "by",
];

impl TargetReader<'_, '_> {
    /// Reports a problem with the target as a whole.
    fn fail(&mut self, message: impl Into<String>, hint: impl Into<String>) -> Option<Target> {
        self.v.error(self.span.clone(), message).hint = Some(hint.into());
        None
    }

    /// Reports a problem with one key of the target, pointing at that key.
    fn fail_at(
        &mut self,
        key: &str,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Option<Target> {
        let span = self.key_span(key);
        self.v.error(span, message).hint = Some(hint.into());
        None
    }

    /// Where `key = …` is written inside the target; the whole target if it cannot be found
    /// (e.g. a quoted key). The parsed table keeps no spans of its own.
    fn key_span(&self, key: &str) -> Span {
        let text = self.v.source.get(self.span.clone()).unwrap_or("");
        let is_key_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
        text.match_indices(key)
            .find(|&(i, _)| {
                let before = text[..i].chars().next_back();
                let after = text[i + key.len()..].trim_start_matches([' ', '\t']);
                !before.is_some_and(is_key_char) && after.starts_with('=')
            })
            .map_or(self.span.clone(), |(i, _)| {
                self.span.start + i..self.span.start + i + key.len()
            })
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
                    toml::Value::String(_) => "write the figure without quotes",
                    _ => "write a number, e.g. `at_least = 60`",
                };
                self.fail_at(
                    key,
                    format!("target `{key}` must be a finite number, found {other}"),
                    hint,
                );
                return None;
            }
        };
        Some(Number::from(value))
    }

    fn read(mut self, table: &toml::Table) -> Option<Target> {
        for key in table.keys() {
            if !TARGET_KEYS.contains(&key.as_str()) {
                let hint = did_you_mean(key, TARGET_KEYS).map_or_else(
                    || {
                        format!(
                            "expected one of {}",
                            TARGET_KEYS.map(|k| format!("`{k}`")).join(", ")
                        )
                    },
                    |s| format!("did you mean `{s}`?"),
                );
                return self.fail_at(key, format!("unknown key `{key}` in target"), hint);
            }
        }
        let kinds: Vec<&str> = ["reach", "at_least", "at_most", "around", "between"]
            .into_iter()
            .filter(|k| table.contains_key(*k))
            .collect();
        let [kind] = kinds[..] else {
            return self.fail(
                "a target needs exactly one of `reach`, `at_least`, `at_most`, `around`, `between`",
                "e.g. `target = { at_least = 60, by = 2025-12-31 }`",
            );
        };
        if table.contains_key("tolerance") && kind != "around" {
            return self.fail_at(
                "tolerance",
                "`tolerance` only goes with `around`",
                "remove `tolerance`, or use `around`",
            );
        }
        let by = match table.get("by") {
            None => None,
            Some(toml::Value::Datetime(dt)) => match (dt.date, dt.time) {
                (Some(d), None) => {
                    NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                }
                _ => {
                    return self.fail_at(
                        "by",
                        format!("target `by = {dt}` is not a plain date"),
                        "write YYYY-MM-DD",
                    );
                }
            },
            Some(other) => {
                return self.fail_at(
                    "by",
                    format!("target `by` must be a date, found {other}"),
                    "write `by = 2025-12-31`, without quotes",
                );
            }
        };
        let value = &table[kind];
        let kind = match kind {
            "reach" => TargetKind::Reach(self.num(value, kind)?),
            "at_least" => TargetKind::AtLeast(self.num(value, kind)?),
            "at_most" => TargetKind::AtMost(self.num(value, kind)?),
            "around" => {
                let tolerance = match table.get("tolerance") {
                    Some(t) => Some(self.num(t, "tolerance")?),
                    None => None,
                };
                TargetKind::Around {
                    center: self.num(value, kind)?,
                    tolerance,
                }
            }
            _ => {
                let bounds = value.as_array().filter(|a| a.len() == 2);
                let Some(bounds) = bounds else {
                    return self.fail_at(
                        "between",
                        "`between` takes two numbers",
                        "e.g. `between = [4.5, 5]`",
                    );
                };
                let (lo, hi) = (self.num(&bounds[0], kind)?, self.num(&bounds[1], kind)?);
                if lo.value == hi.value {
                    let hint =
                        format!("for a single figure write `reach = {lo}` or `around = {lo}`");
                    return self.fail_at(
                        "between",
                        format!("`between = [{lo}, {hi}]` has no width"),
                        hint,
                    );
                }
                if lo.value > hi.value {
                    return self.fail_at(
                        "between",
                        format!("`between = [{lo}, {hi}]` is empty"),
                        "put the lower bound first",
                    );
                }
                TargetKind::Between(lo, hi)
            }
        };
        Some(Target {
            kind,
            by,
            period: None,
        })
    }
}

pub fn default_section_names(language: Language) -> [&'static str; 3] {
    match language {
        Language::En => ["Goals", "Achievements", "Challenges"],
        Language::Zh => ["奋斗目标", "主要成绩", "困难挑战"],
    }
}

/// A stable id from a title: lowercase words joined by `-`; CJK characters are kept as they are.
pub fn slug(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    for ch in title.trim().chars() {
        // ASCII first: `is_alphanumeric` and `to_lowercase` look up Unicode tables.
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !ch.is_ascii() && ch.is_alphanumeric() {
            out.extend(ch.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.truncate(out.trim_end_matches('-').len());
    if out.is_empty() {
        "item".to_owned()
    } else {
        out
    }
}

/// "90s", "5m", "1h30m", "1h 30m".
pub fn parse_duration(text: &str) -> Option<std::time::Duration> {
    let mut total = 0u64;
    let mut digits = String::new();
    let mut any = false;
    for ch in text.chars().filter(|c| !c.is_whitespace()) {
        if ch.is_ascii_digit() {
            digits.push(ch);
            continue;
        }
        let n: u64 = digits.parse().ok()?;
        digits.clear();
        total += n * match ch {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => return None,
        };
        any = true;
    }
    (digits.is_empty() && any).then(|| std::time::Duration::from_secs(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Briefing {
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        match crate::load::load_str(text, Path::new("t.toml"), today) {
            Ok(loaded) => loaded.briefing,
            Err(e) => panic!("{e:?}"),
        }
    }

    #[test]
    fn key_items_come_first_and_the_rest_keep_file_order() {
        let b = load(
            "title = \"t\"\n[[goals]]\ntitle = \"a\"\nsummary = \"s\"\n[[goals]]\ntitle = \"b\"\nsummary = \"s\"\n[[goals]]\ntitle = \"c\"\nsummary = \"s\"\nkey = true\n",
        );
        let titles: Vec<&str> = b.goals.iter().map(|g| g.title.as_str()).collect();
        assert_eq!(titles, ["c", "a", "b"]);
    }

    #[test]
    fn a_held_line_may_equal_its_baseline() {
        let b = load(
            "title = \"t\"\n[[goals]]\ntitle = \"jobs\"\n[[goals.metrics]]\nlabel = \"unemployment\"\nvalue = 5.4\nbaseline = { value = 5.5 }\ntarget = { at_most = 5.5 }\n",
        );
        assert_eq!(b.goals[0].metrics.len(), 1);
    }

    #[test]
    fn a_goal_id_with_control_characters_can_still_be_threatened() {
        let b = load(
            "title = \"t\"\n[[goals]]\nid = \"g\\u001b]0;x\\u0007\"\ntitle = \"g\"\nsummary = \"s\"\n[[challenges]]\ntitle = \"c\"\nsummary = \"s\"\nthreatens = [\"g\\u001b]0;x\\u0007\"]\n",
        );
        assert_eq!(b.goals[0].id, "g\u{241b}]0;x\u{2407}");
        assert!(
            matches!(&b.challenges[0].kind, ItemKind::Challenge { threatens, .. } if threatens == &[b.goals[0].id.clone()])
        );
    }

    #[test]
    fn slugs_keep_cjk_and_join_words() {
        assert_eq!(slug("Cut p99 latency!"), "cut-p99-latency");
        assert_eq!(slug("GDP 达到 60亿元"), "gdp-达到-60亿元");
        assert_eq!(slug("   "), "item");
        assert_eq!(slug("--Ärger 2024 — Q3!--"), "ärger-2024-q3");
        assert_eq!(slug("ΣΑΣ  x"), "σασ-x");
    }

    #[test]
    fn durations_parse_like_people_write_them() {
        assert_eq!(
            parse_duration("5m"),
            Some(std::time::Duration::from_secs(300))
        );
        assert_eq!(
            parse_duration("1h 30m"),
            Some(std::time::Duration::from_secs(5400))
        );
        assert_eq!(parse_duration("5"), None);
        assert_eq!(parse_duration("5x"), None);
    }
}
