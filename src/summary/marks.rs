//! An item's marks and facts in words: a goal's status, a challenge's severity, the due date
//! and days left, owner and tags, the linked items, and the tallies of a whole briefing. The
//! screen, the handouts and the diff all say them through here, so they never disagree.

use chrono::NaiveDate;

use crate::figures::item_status;
use crate::model::{Briefing, Item, ItemKind, Severity, Status};
use crate::texts::{Texts, severity_symbol, status_symbol};

/// A status or severity as it is shown: symbol and word (never colour alone), and which it is,
/// for the colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    pub symbol: &'static str,
    pub word: &'static str,
    pub tone: Tone,
}

/// What a mark's colour follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Status(Option<Status>),
    Severity(Severity),
}

impl Mark {
    pub fn status(status: Option<Status>, t: &Texts) -> Mark {
        Mark {
            symbol: status_symbol(status),
            word: t.status(status),
            tone: Tone::Status(status),
        }
    }

    pub fn severity(severity: Severity, t: &Texts) -> Mark {
        Mark {
            symbol: severity_symbol(severity),
            word: t.severity(severity),
            tone: Tone::Severity(severity),
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
        Some(Status::Missed),
        Some(Status::Planned),
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
        ItemKind::Goal { due: Some(_), .. } => {
            out.extend(item_due(item, as_of, t).map(|(words, _)| words));
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

/// A goal's due date in words, and whether it is overdue (see [`due_words`]).
pub fn item_due(item: &Item, as_of: NaiveDate, t: &Texts) -> Option<(String, bool)> {
    let ItemKind::Goal { due: Some(due), .. } = &item.kind else {
        return None;
    };
    Some(due_words(*due, item_status(item, as_of), as_of, t))
}

/// "due 2025-12-31 (86 days left)", "(3 days overdue)", or "(met)" once done: a goal met at or
/// before its deadline is never overdue. The flag says whether it is overdue.
pub fn due_words(
    due: NaiveDate,
    status: Option<Status>,
    as_of: NaiveDate,
    t: &Texts,
) -> (String, bool) {
    let days = (due - as_of).num_days();
    if status == Some(Status::Done) {
        return (format!("{} {due} ({})", t.due, t.deadline_met), false);
    }
    (
        format!("{} {due} ({})", t.due, days_text(days, t)),
        days < 0,
    )
}

/// "86 days left" or "3 days overdue".
pub fn days_text(days: i64, t: &Texts) -> String {
    if days >= 0 {
        t.days_left.count(days)
    } else {
        t.days_overdue.count(-days)
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
