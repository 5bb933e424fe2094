//! What a handout says, worked out once for both formats: the same words and figures the
//! screen shows, formatted by `view::fmt`, so Markdown, HTML and the screen never disagree.

use chrono::NaiveDate;

use crate::figures::{Figures, item_status};
use crate::model::{Briefing, Item, ItemKind, Metric, Severity, Status};
use crate::texts::{Texts, severity_symbol, status_symbol};
use crate::view::fmt;

/// A status or severity as a handout shows it: symbol and word (never colour alone), plus a
/// class name for the HTML colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub symbol: &'static str,
    pub word: &'static str,
    pub class: &'static str,
}

impl Mark {
    pub fn status(status: Option<Status>, t: &Texts) -> Mark {
        let class = match status {
            Some(Status::Done) => "s-done",
            Some(Status::OnTrack) => "s-on",
            Some(Status::AtRisk) => "s-risk",
            Some(Status::OffTrack) => "s-off",
            None => "s-none",
        };
        Mark {
            symbol: status_symbol(status),
            word: t.status(status),
            class,
        }
    }

    pub fn severity(severity: Severity, t: &Texts) -> Mark {
        let class = match severity {
            Severity::Critical => "sev-critical",
            Severity::High => "sev-high",
            Severity::Medium => "sev-medium",
            Severity::Low => "sev-low",
        };
        Mark {
            symbol: severity_symbol(severity),
            word: t.severity(severity),
            class,
        }
    }

    /// "✖ off track".
    pub fn text(&self) -> String {
        format!("{} {}", self.symbol, self.word)
    }
}

/// As-of date, period, presenter and organisation, in the order the screen's header gives them.
pub fn who_and_when(b: &Briefing, t: &Texts) -> Vec<String> {
    let m = &b.meta;
    [
        Some(format!("{} {}", t.as_of, m.date)),
        m.period.clone(),
        m.presenter.clone(),
        m.organisation.clone(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// How many items carry each mark, only the counts above zero.
pub type Tally = Vec<(usize, Mark)>;

/// How many goals have each status, and challenges each severity.
pub fn tallies(b: &Briefing, t: &Texts) -> (Tally, Tally) {
    let statuses: Vec<Option<Status>> = b
        .goals
        .iter()
        .map(|g| item_status(g, b.meta.date))
        .collect();
    let goals = [
        Some(Status::OnTrack),
        Some(Status::AtRisk),
        Some(Status::OffTrack),
        Some(Status::Done),
        None,
    ]
    .into_iter()
    .map(|s| {
        (
            statuses.iter().filter(|x| **x == s).count(),
            Mark::status(s, t),
        )
    })
    .filter(|(n, _)| *n > 0)
    .collect();
    let challenges = Severity::ALL
        .into_iter()
        .map(|s| {
            let n = b
                .challenges
                .iter()
                .filter(|c| severity(c) == Some(s))
                .count();
            (n, Mark::severity(s, t))
        })
        .filter(|(n, _)| *n > 0)
        .collect();
    (goals, challenges)
}

fn severity(item: &Item) -> Option<Severity> {
    match &item.kind {
        ItemKind::Challenge { severity, .. } => Some(*severity),
        _ => None,
    }
}

/// The status of a goal or the severity of a challenge; achievements have neither.
pub fn item_mark(item: &Item, as_of: NaiveDate, t: &Texts) -> Option<Mark> {
    match &item.kind {
        ItemKind::Goal { .. } => Some(Mark::status(item_status(item, as_of), t)),
        ItemKind::Challenge { severity, .. } => Some(Mark::severity(*severity, t)),
        ItemKind::Achievement { .. } => None,
    }
}

/// The item's facts after its mark: "due 2025-12-31 (1499 days left)", "date …", owner, tags.
pub fn item_facts(item: &Item, as_of: NaiveDate, t: &Texts) -> Vec<String> {
    let mut out = Vec::new();
    match &item.kind {
        ItemKind::Goal { due: Some(due), .. } => {
            out.push(format!(
                "{} {due} ({})",
                t.due,
                days_text((*due - as_of).num_days(), t)
            ));
        }
        ItemKind::Achievement { date: Some(date) } => out.push(format!("{} {date}", t.date)),
        _ => {}
    }
    if let Some(owner) = &item.owner {
        out.push(format!("{} {owner}", t.owner));
    }
    if !item.tags.is_empty() {
        let tags: Vec<String> = item.tags.iter().map(|tag| format!("#{tag}")).collect();
        out.push(tags.join(" "));
    }
    out
}

/// "86 days left" or "3 days overdue".
pub fn days_text(days: i64, t: &Texts) -> String {
    if days >= 0 {
        format!("{days} {}", t.days_left)
    } else {
        format!("{} {}", -days, t.days_overdue)
    }
}

/// The items linked to this one: the goals a challenge threatens, or the challenges that
/// threaten a goal, each with its mark.
pub fn links<'b>(b: &'b Briefing, item: &Item, t: &Texts) -> (&'static str, Vec<(&'b Item, Mark)>) {
    let as_of = b.meta.date;
    let linked: Vec<&Item> = match &item.kind {
        ItemKind::Challenge { threatens, .. } => threatens
            .iter()
            .filter_map(|id| b.goals.iter().find(|g| &g.id == id))
            .collect(),
        ItemKind::Goal { .. } => b
            .challenges
            .iter()
            .filter(|c| matches!(&c.kind, ItemKind::Challenge { threatens, .. } if threatens.contains(&item.id)))
            .collect(),
        ItemKind::Achievement { .. } => Vec::new(),
    };
    let heading = if matches!(item.kind, ItemKind::Challenge { .. }) {
        t.threatens
    } else {
        t.threatened_by
    };
    let marked = linked
        .into_iter()
        .filter_map(|l| item_mark(l, as_of, t).map(|m| (l, m)))
        .collect();
    (heading, marked)
}

/// One metric's figures, formatted as the screen's detail view formats them.
pub struct MetricView<'a> {
    pub metric: &'a Metric,
    pub figures: Figures,
    /// "67.7亿元", "3纵31横", "—".
    pub value: String,
    /// Change from the baseline, "▲ +2.1", and whether that is good news.
    pub change: Option<(String, bool)>,
    /// "410 ms (2026-04-01)".
    pub baseline: Option<String>,
    /// "≥ 60亿元 @ 2025-12-31".
    pub target: Option<String>,
    /// "1499 days left", and whether it is overdue.
    pub days: Option<(String, bool)>,
    /// "needs 12.3%/yr · achieved 5.2%/yr", and whether the need outruns the achievement.
    pub rates: Option<(String, bool)>,
    /// "26.1 → 33.6 ▁▂▃▅▆█".
    pub history: Option<String>,
    pub status: Option<Mark>,
}

impl<'a> MetricView<'a> {
    pub fn of(metric: &'a Metric, as_of: NaiveDate, t: &Texts) -> MetricView<'a> {
        let f = Figures::of(metric, as_of);
        let rates = match (f.needed_rate, f.achieved_rate) {
            (Some(need), Some(did)) => Some((
                format!(
                    "{} {}{} · {} {}{}",
                    t.needed_rate,
                    fmt::rate(need),
                    t.per_year,
                    t.achieved_rate,
                    fmt::rate(did),
                    t.per_year
                ),
                f.behind_rate(metric.better) == Some(true),
            )),
            (None, Some(did)) => Some((
                format!("{} {}{}", t.achieved_rate, fmt::rate(did), t.per_year),
                false,
            )),
            _ => None,
        };
        let history = (metric.history.len() >= 2).then(|| {
            let values: Vec<f64> = metric.history.iter().map(|p| p.value.value).collect();
            let (first, last) = (
                &metric.history[0],
                &metric.history[metric.history.len() - 1],
            );
            format!(
                "{} → {} {}",
                first.value,
                last.value,
                fmt::sparkline(&values, 24)
            )
        });
        MetricView {
            metric,
            value: fmt::value(metric),
            change: f.change.map(|c| fmt::change(c, metric.better)),
            baseline: metric.baseline.as_ref().map(|b| {
                let date = b.date.map(|d| format!(" ({d})")).unwrap_or_default();
                format!("{}{date}", fmt::number_with_unit(&b.value, metric))
            }),
            target: fmt::target(metric),
            days: f.days_left.map(|d| (days_text(d, t), d < 0)),
            rates,
            history,
            status: f.status.map(|s| Mark::status(Some(s), t)),
            figures: f,
        }
    }
}
