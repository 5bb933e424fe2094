//! The detail of an item as a sequence of parts: a few lines made at once (the facts, a
//! heading, a metric's figures, a chart), or one text wrapped to the view (the summary, a
//! bullet, a metric's source or note, the speaker notes).
//!
//! Any part can be made on its own, by its number, so the view makes only the parts on screen:
//! an item with 2 M bullets or a 15 MB summary costs what its visible lines cost.

use std::borrow::Cow;
use std::cell::RefCell;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::model::{Briefing, Item, ItemKind, Section};
use crate::texts::Texts;
use crate::theme::Theme;

pub enum Part<'a> {
    Lines(Vec<Line<'static>>),
    Text(Text<'a>),
}

/// A text wrapped to the view's width, its lines shaped alike.
pub struct Text<'a> {
    pub text: Cow<'a, str>,
    pub shape: Shape,
}

#[derive(Clone, Copy)]
pub enum Shape {
    Plain(Style),
    /// Two spaces in, in this style.
    Indented(Style),
    /// " • " before the first line and "   " before the others, in this style.
    Bullet(Style),
}

impl Text<'_> {
    /// The columns the text itself wraps in, within a view `width` wide.
    pub fn wrap_width(&self, width: usize) -> usize {
        match self.shape {
            Shape::Plain(_) => width,
            Shape::Indented(_) => width.saturating_sub(2),
            Shape::Bullet(_) => width.saturating_sub(3),
        }
    }

    /// One wrapped line as drawn; `first` for the text's first line.
    pub fn line(&self, line: String, first: bool) -> Line<'static> {
        match self.shape {
            Shape::Plain(style) => Line::styled(line, style),
            Shape::Indented(style) => Line::styled(format!("  {line}"), style),
            Shape::Bullet(style) => Line::from(vec![
                Span::styled(if first { " • " } else { "   " }, style),
                Span::raw(line),
            ]),
        }
    }
}

/// The groups of parts, in the order they are shown.
#[derive(Clone, Copy)]
enum Group {
    Facts,
    Summary,
    Details,
    Mitigation,
    Metrics,
    Links,
    Notes,
}

const GROUPS: [Group; 7] = [
    Group::Facts,
    Group::Summary,
    Group::Details,
    Group::Mitigation,
    Group::Metrics,
    Group::Links,
    Group::Notes,
];

/// The parts of a metric: its blank line and figure line, the baseline → current → target
/// row, its context, gauges and sparkline, its source, its note, and its chart.
pub const METRIC_PARTS: usize = 6;

/// One item's detail, ready to be made part by part.
pub struct Parts<'a> {
    pub app: &'a App,
    pub briefing: &'a Briefing,
    pub item: &'a Item,
    pub inner: Rect,
    pub theme: &'a Theme,
    pub t: &'a Texts,
    links: Vec<(Section, usize)>,
    /// The parts of the metric made last: a metric's figures are worked out once for its six.
    metric: RefCell<Option<(usize, Vec<Option<Part<'a>>>)>>,
}

impl<'a> Parts<'a> {
    pub fn new(
        app: &'a App,
        (briefing, section, item): (&'a Briefing, Section, &'a Item),
        inner: Rect,
        theme: &'a Theme,
        t: &'a Texts,
    ) -> Parts<'a> {
        Parts {
            app,
            briefing,
            item,
            inner,
            theme,
            t,
            links: app.links(section, app.detail.index),
            metric: RefCell::new(None),
        }
    }

    pub fn width(&self) -> usize {
        usize::from(self.inner.width)
    }

    fn mitigation(&self) -> &'a [String] {
        match &self.item.kind {
            ItemKind::Challenge { mitigation, .. } => mitigation,
            _ => &[],
        }
    }

    /// How many parts a group has.
    fn count(&self, group: Group) -> usize {
        let item = self.item;
        let headed = |n: usize| if n == 0 { 0 } else { 1 + n };
        match group {
            Group::Facts => 1,
            Group::Summary => 2 * usize::from(item.summary.is_some()),
            Group::Details => headed(item.details.len()),
            Group::Mitigation => headed(self.mitigation().len()),
            Group::Metrics => headed(item.metrics.len() * METRIC_PARTS),
            Group::Links => headed(self.links.len()),
            Group::Notes => match (&item.notes, self.app.show_notes) {
                (Some(_), true) => 3,
                (Some(_), false) => 2,
                (None, _) => 1,
            },
        }
    }

    /// Part `k`, or `None` past the last.
    pub fn part(&self, mut k: usize) -> Option<Part<'a>> {
        for group in GROUPS {
            let n = self.count(group);
            if k < n {
                return Some(self.part_of(group, k));
            }
            k -= n;
        }
        None
    }

    fn part_of(&self, group: Group, k: usize) -> Part<'a> {
        let (item, theme, t) = (self.item, self.theme, self.t);
        let text = |text: &'a str, shape| {
            Part::Text(Text {
                text: Cow::Borrowed(text),
                shape,
            })
        };
        let heading = |title: &str| {
            Part::Lines(vec![
                Line::raw(""),
                Line::styled(title.to_owned(), theme.title),
            ])
        };
        let bullet = |list: &'a [String]| text(&list[k - 1], Shape::Bullet(theme.accent));
        match (group, k) {
            (Group::Facts, _) => Part::Lines(super::facts(self)),
            (Group::Summary, 0) => Part::Lines(vec![Line::raw("")]),
            (Group::Summary, _) => text(
                item.summary.as_deref().unwrap_or(""),
                Shape::Plain(theme.base),
            ),
            (Group::Details, 0) => heading(t.details),
            (Group::Details, _) => bullet(&item.details),
            (Group::Mitigation, 0) => heading(t.mitigation),
            (Group::Mitigation, _) => bullet(self.mitigation()),
            (Group::Metrics, 0) => heading(t.metrics),
            (Group::Metrics, _) => self.metric_part((k - 1) / METRIC_PARTS, (k - 1) % METRIC_PARTS),
            (Group::Links, 0) => Part::Lines(super::links_heading(self)),
            (Group::Links, _) => Part::Lines(super::link_line(self, &self.links, k - 1)),
            (Group::Notes, 0) => Part::Lines(vec![Line::raw("")]),
            (Group::Notes, 1) if self.app.show_notes => {
                Part::Lines(vec![Line::styled(t.notes, theme.title)])
            }
            (Group::Notes, 1) => {
                let key = super::key_label(self.app, crate::action::Action::ToggleNotes);
                Part::Lines(vec![Line::styled(
                    format!("({})", t.notes_hidden(&key)),
                    theme.dim,
                )])
            }
            (Group::Notes, _) => text(
                item.notes.as_deref().unwrap_or(""),
                Shape::Plain(theme.warn),
            ),
        }
    }

    /// Part `s` of metric `m`, made with the metric's other parts the first time one is asked.
    fn metric_part(&self, m: usize, s: usize) -> Part<'a> {
        let mut memo = self.metric.borrow_mut();
        if memo.as_ref().is_none_or(|(at, _)| *at != m) {
            let parts = super::metric_parts(self, &self.item.metrics[m]);
            *memo = Some((m, parts.into_iter().map(Some).collect()));
        }
        let parts = &mut memo.as_mut().expect("made above").1;
        if let Some(part) = parts[s].take() {
            part
        } else {
            // Asked twice (not in order): made again.
            drop(memo);
            *self.metric.borrow_mut() = None;
            self.metric_part(m, s)
        }
    }
}

/// A text part of `text`, or no lines when there is none.
pub fn optional_text(text: Option<Cow<'_, str>>, shape: Shape) -> Part<'_> {
    match text {
        Some(text) => Part::Text(Text { text, shape }),
        None => Part::Lines(Vec::new()),
    }
}
