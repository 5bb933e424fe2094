//! The item detail: all its text wrapped for CJK, its metrics as a table with gauges and
//! sparklines, its links, and its speaker notes on demand.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::chart::{self, ChartView};
use super::flow::{self, flow};
use super::{panel_block, render_footer, text, tone_style};
use crate::action::Action;
use crate::app::{App, DetailDrawn};
use crate::chart::Chart;
use crate::document::ChangeMark;
use crate::keymap::Mode;
use crate::model::{Briefing, Item, ItemKind, Metric, Section};
use crate::summary::{ChartWords, MetricWords, fmt, marks};
use crate::texts::Texts;
use crate::theme::Theme;

mod parts;
#[cfg(test)]
mod tests;
mod window;

use parts::{METRIC_PARTS, Part, Parts, Shape, optional_text};

/// Draws the item and reports how many lines it has and how many fit.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    theme: &Theme,
    t: &Texts,
) -> Option<DetailDrawn> {
    let (briefing, section, item) = current(app)?;
    let [body, footer] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    // Cut to the screen: a block measures its whole title on every frame.
    let title = Line::from(vec![
        Span::styled(format!(" {} ", briefing.section_name(section)), theme.dim),
        Span::styled(
            format!("{} ", text::truncate(&item.title, usize::from(body.width))),
            theme.accent,
        ),
    ]);
    let block = panel_block(title, true, theme);
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let key = key(app, briefing, section, inner)?;
    let parts = Parts::new(app, (briefing, section, item), inner, theme, t);
    let rows = usize::from(inner.height);
    let shown = window::window(&parts, key, app.detail.scroll, rows);
    frame.render_widget(Paragraph::new(shown.lines), inner);
    render_footer(frame, footer, app, theme, t);
    Some(DetailDrawn {
        lines: shown.total,
        rows,
        measuring: shown.measuring,
    })
}

/// What the detail's lines depend on beyond its item: see [`window::Key`].
fn key(app: &App, briefing: &Briefing, section: Section, inner: Rect) -> Option<window::Key> {
    Some(window::Key {
        reading: app.doc()?.good.as_ref()?.id,
        section,
        index: app.detail.index,
        width: inner.width,
        height: inner.height,
        notes: app.show_notes,
        language: briefing.meta.language,
    })
}

fn current(app: &App) -> Option<(&Briefing, Section, &Item)> {
    let briefing = app.briefing()?;
    let section = app.detail.section?;
    let item = briefing.section(section).get(app.detail.index)?;
    Some((briefing, section, item))
}

/// The facts with the change since an older briefing, flowed onto as many lines as the
/// view's width needs.
fn facts(parts: &Parts) -> Vec<Line<'static>> {
    let (app, item, theme, t) = (parts.app, parts.item, parts.theme, parts.t);
    let mut facts = fact_parts(item, parts.briefing, theme, t);
    if let Some(was) = super::since::was(app, item, t) {
        facts.push(flow::Part::new(format!("({was})"), theme.changed).after(" "));
    }
    flow(facts, parts.width(), usize::MAX, theme.dim)
}

/// "▲ at risk · due 2026-12-31 (86 days left) · owner Ana · #latency", each a part of its own
/// so that a narrow screen moves a part to the next line rather than dropping it.
fn fact_parts(item: &Item, briefing: &Briefing, theme: &Theme, t: &Texts) -> Vec<flow::Part> {
    let as_of = briefing.meta.date;
    let mut parts = Vec::new();
    let mark = marks::item_mark(item, as_of, t);
    if let Some(mark) = mark {
        let text = match item.kind {
            ItemKind::Challenge { .. } => format!("{} {} {}", mark.symbol, t.severity, mark.word),
            _ => mark.text(),
        };
        parts.push(flow::Part::new(text, tone_style(theme, mark.tone)));
    }
    match &item.kind {
        ItemKind::Goal { due: Some(due), .. } => {
            let status = match mark.map(|m| m.tone) {
                Some(crate::summary::Tone::Status(status)) => status,
                _ => None,
            };
            let (words, overdue) = marks::due_words(*due, status, as_of, t);
            parts.push(flow::Part::new(
                words,
                if overdue { theme.bad } else { theme.base },
            ));
        }
        ItemKind::Achievement { date: Some(date) } => {
            parts.push(flow::Part::new(format!("{} {date}", t.date), theme.base));
        }
        _ => {}
    }
    if let Some(owner) = &item.owner {
        parts.push(flow::Part::new(format!("{} {owner}", t.owner), theme.base));
    }
    if !item.tags.is_empty() {
        let tags: Vec<String> = item.tags.iter().map(|tag| format!("#{tag}")).collect();
        parts.push(flow::Part::new(tags.join(" "), theme.dim));
    }
    parts
}

/// One metric in its `METRIC_PARTS` parts: its figure line, the baseline → current → target
/// row, a gauge per target, the time elapsed, the rate contrast and the history's sparkline;
/// its source and note; for a goal, its chart.
fn metric_parts<'a>(parts: &Parts<'a>, metric: &'a Metric) -> Vec<Part<'a>> {
    let (app, item, theme, t) = (parts.app, parts.item, parts.theme, parts.t);
    let as_of = parts.briefing.meta.date;
    let width = parts.width();
    let words = MetricWords::of(metric, as_of, t);
    let changed = app.doc().is_some_and(|d| {
        d.changed.contains(&ChangeMark::Metric {
            item: item.id.clone(),
            label: metric.label.clone(),
        })
    });
    let mut head = Vec::new();
    if changed {
        head.push(Span::styled(format!("✎ {} ", t.changed), theme.changed));
    }
    // Cut to the view (a line is cut at its edge anyway): a label may be megabytes long.
    head.push(Span::styled(
        text::truncate(&metric.label, width),
        theme.title,
    ));
    head.push(Span::raw("  "));
    head.extend(super::cards::figure_line(&words, theme).spans);
    head.extend(super::since::metric(app, item, metric, theme, t));
    let mut row = Vec::new();
    if let Some(b) = &words.baseline {
        row.push(format!("{} {b}", t.baseline));
    }
    row.push(format!("{} {}", t.current, words.value));
    if let Some(target) = &words.target {
        row.push(format!("{} {target}", t.target));
    }
    let chart = if matches!(item.kind, ItemKind::Goal { .. }) {
        chart_lines(metric, as_of, parts.inner, theme, t)
    } else {
        Vec::new()
    };
    let made = vec![
        Part::Lines(vec![Line::raw(""), Line::from(head)]),
        optional_text(Some(row.join("  →  ").into()), Shape::Indented(theme.base)),
        Part::Lines(figure_lines(&words, width, theme, t)),
        optional_text(
            words.source.clone().map(Into::into),
            Shape::Indented(theme.dim),
        ),
        optional_text(
            metric.note.as_deref().map(Into::into),
            Shape::Indented(theme.dim),
        ),
        Part::Lines(chart),
    ];
    debug_assert_eq!(made.len(), METRIC_PARTS);
    made
}

/// Under a metric's row: the plan or an earlier result, a gauge per target, the time elapsed,
/// the rate contrast and the history's sparkline.
fn figure_lines(words: &MetricWords, width: usize, theme: &Theme, t: &Texts) -> Vec<Line<'static>> {
    let (metric, f) = (words.metric, &words.figures);
    let mut out = Vec::new();
    if let Some(context) = figures_context(words, t) {
        out.push(Line::styled(format!("  {context}"), theme.base));
    }
    let gauge_width = width.saturating_sub(24).clamp(4, 40);
    if let Some(p) = f.progress {
        out.push(gauge(
            t.progress,
            p,
            gauge_width,
            theme.status(f.status),
            theme,
        ));
    }
    let days = words.days.as_ref().map(|(text, overdue)| {
        Span::styled(
            format!("  {text}"),
            if *overdue { theme.bad } else { theme.base },
        )
    });
    // Time elapsed only while the target is open: a met one is done, whatever the clock says.
    match (f.elapsed.filter(|_| words.days.is_some()), days) {
        (Some(e), days) => {
            let mut line = gauge(t.elapsed, e, gauge_width, theme.dim, theme);
            line.spans.extend(days);
            out.push(line);
        }
        (None, Some(days)) => out.push(Line::from(days)),
        (None, None) => {}
    }
    if let Some((rates, behind)) = &words.rates {
        let needed = f.needed_rate.is_some() || f.pace.is_some();
        let style = match (needed, behind) {
            (false, _) => theme.base,
            (true, true) => theme.bad,
            (true, false) => theme.good,
        };
        out.push(Line::styled(format!("  {rates}"), style));
    }
    if metric.history.len() >= 2 {
        let values: Vec<f64> = metric.history.iter().map(|p| p.value.value).collect();
        let first = &metric.history[0];
        let last = &metric.history[metric.history.len() - 1];
        let label = format!("  {} {} → {} ", t.history, first.value, last.value);
        let room = width.saturating_sub(text::width(&label));
        out.push(Line::from(vec![
            Span::styled(label, theme.dim),
            Span::styled(
                fmt::sparkline(&values, room, fmt::Scale::of(metric)),
                theme.accent,
            ),
        ]));
    }
    out
}

/// What the row of figures does not say on its own: an earlier period's result and the plan,
/// or that the baseline already met the target.
fn figures_context(words: &MetricWords, t: &Texts) -> Option<String> {
    if let Some(periods) = &words.periods {
        return Some(periods.clone());
    }
    words
        .figures
        .met_at_baseline
        .then(|| t.met_at_baseline.to_owned())
}

/// The metric's trajectory chart, as wide as the view and a bit under half its height (a
/// per-period chart two rows more), so the text around it stays readable at 80×24; nothing when the view is too small for one (the
/// figures and the sparkline above then say it in words).
fn chart_lines(
    metric: &Metric,
    as_of: chrono::NaiveDate,
    inner: Rect,
    theme: &Theme,
    t: &Texts,
) -> Vec<Line<'static>> {
    const MIN_ROWS: u16 = 14;
    if inner.height < MIN_ROWS || inner.width < chart::MIN_WIDTH {
        return Vec::new();
    }
    let Some(chart) = Chart::for_metric(metric, as_of) else {
        return Vec::new();
    };
    let words = ChartWords::of(&chart, metric, t);
    let view = ChartView {
        chart: &chart,
        words: &words,
        theme,
    };
    // A per-period chart has two more rows of words under its axis: it gets them on top.
    let extra = 2 * (view.min_height() - chart::MIN_HEIGHT);
    let height = (inner.height * 9 / 20 + extra).clamp(view.min_height() + 1, 18 + extra);
    let mut out = vec![Line::raw("")];
    out.extend(view.lines(inner.width, height));
    out
}

fn gauge(
    label: &str,
    share: f64,
    width: usize,
    style: ratatui::style::Style,
    theme: &Theme,
) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("  {} ", text::pad(label, 12)), theme.dim),
        Span::styled(fmt::bar(share, width), style),
        Span::raw(format!(" {}", fmt::percent_clamped(share))),
    ])
}

/// The heading of the links to other items.
fn links_heading(parts: &Parts) -> Vec<Line<'static>> {
    let heading = if matches!(parts.item.kind, ItemKind::Challenge { .. }) {
        parts.t.threatens
    } else {
        parts.t.threatened_by
    };
    let keys = [Action::NextPanel, Action::Open].map(|a| key_label(parts.app, a));
    vec![
        Line::raw(""),
        Line::styled(
            format!("{heading}  ({})", keys.join(", ")),
            parts.theme.title,
        ),
    ]
}

/// Link `i`: the linked item's title and mark, highlighted when selected.
fn link_line(parts: &Parts, links: &[(Section, usize)], i: usize) -> Vec<Line<'static>> {
    let (briefing, theme, t) = (parts.briefing, parts.theme, parts.t);
    let (s, index) = links[i];
    let Some(linked) = briefing.section(s).get(index) else {
        return Vec::new();
    };
    let marker = marks::item_mark(linked, briefing.meta.date, t)
        .map(|m| format!("{} {}", m.symbol, m.word))
        .unwrap_or_default();
    let style = if i == parts.app.detail.link {
        theme.selected
    } else {
        theme.base
    };
    vec![Line::from(vec![
        Span::styled(
            format!(" ▸ {}  ", text::truncate(&linked.title, parts.width())),
            style,
        ),
        Span::styled(marker, theme.dim),
    ])]
}

/// The first key of `action` in the detail, as the key table names it.
pub(super) fn key_label(app: &App, action: Action) -> String {
    app.keymap
        .binding(Mode::Detail, action)
        .map(crate::keymap::Binding::short_label)
        .unwrap_or_default()
}
