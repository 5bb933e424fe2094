//! The item detail: all its text wrapped for CJK, its metrics as a table with gauges and
//! sparklines, its links, and its speaker notes on demand.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::chart::{self, ChartView};
use super::flow::{Part, flow};
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
    let title = Line::from(vec![
        Span::styled(format!(" {} ", briefing.section_name(section)), theme.dim),
        Span::styled(format!("{} ", item.title), theme.accent),
    ]);
    let block = panel_block(title, true, theme);
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let lines = lines(app, briefing, item, inner, theme, t);
    let drawn = DetailDrawn {
        lines: lines.len(),
        rows: usize::from(inner.height),
    };
    let scroll = app.detail.scroll.min(drawn.max_scroll());
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .collect();
    frame.render_widget(Paragraph::new(visible), inner);
    render_footer(frame, footer, app, theme, t);
    Some(drawn)
}

fn current(app: &App) -> Option<(&Briefing, Section, &Item)> {
    let briefing = app.briefing()?;
    let section = app.detail.section?;
    let item = briefing.section(section).get(app.detail.index)?;
    Some((briefing, section, item))
}

fn lines(
    app: &App,
    briefing: &Briefing,
    item: &Item,
    inner: Rect,
    theme: &Theme,
    t: &Texts,
) -> Vec<Line<'static>> {
    let width = usize::from(inner.width);
    let mut out = Vec::new();
    let mut facts = facts(item, briefing, theme, t);
    if let Some(was) = super::since::was(app, item, t) {
        facts.push(Part::new(format!("({was})"), theme.changed).after(" "));
    }
    out.extend(flow(facts, width, usize::MAX, theme.dim));
    if let Some(summary) = &item.summary {
        out.push(Line::raw(""));
        out.extend(
            text::wrap(summary, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.base)),
        );
    }
    bullets(&mut out, t.details, &item.details, width, theme);
    if let ItemKind::Challenge { mitigation, .. } = &item.kind {
        bullets(&mut out, t.mitigation, mitigation, width, theme);
    }
    if !item.metrics.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(t.metrics, theme.title));
        let changed = |m: &Metric| {
            app.doc().is_some_and(|d| {
                d.changed.contains(&ChangeMark::Metric {
                    item: item.id.clone(),
                    label: m.label.clone(),
                })
            })
        };
        for metric in &item.metrics {
            let mut lines =
                metric_lines(metric, briefing.meta.date, width, changed(metric), theme, t);
            if let (Some(since), Some(head)) = (
                super::since::metric(app, item, metric, theme, t),
                lines.get_mut(1),
            ) {
                head.spans.push(since);
            }
            out.extend(lines);
            if matches!(item.kind, ItemKind::Goal { .. }) {
                out.extend(chart_lines(metric, briefing.meta.date, inner, theme, t));
            }
        }
    }
    links(&mut out, app, item, briefing, theme, t);
    out.push(Line::raw(""));
    match (&item.notes, app.show_notes) {
        (Some(notes), true) => {
            out.push(Line::styled(t.notes, theme.title));
            out.extend(
                text::wrap(notes, width)
                    .into_iter()
                    .map(|l| Line::styled(l, theme.warn)),
            );
        }
        (Some(_), false) => {
            let key = key_label(app, Action::ToggleNotes);
            out.push(Line::styled(
                format!("({})", t.notes_hidden(&key)),
                theme.dim,
            ));
        }
        (None, _) => {}
    }
    out
}

/// "▲ at risk · due 2026-12-31 (86 days left) · owner Ana · #latency", each a part of its own
/// so that a narrow screen moves a part to the next line rather than dropping it.
fn facts(item: &Item, briefing: &Briefing, theme: &Theme, t: &Texts) -> Vec<Part> {
    let as_of = briefing.meta.date;
    let mut parts = Vec::new();
    let mark = marks::item_mark(item, as_of, t);
    if let Some(mark) = mark {
        let text = match item.kind {
            ItemKind::Challenge { .. } => format!("{} {} {}", mark.symbol, t.severity, mark.word),
            _ => mark.text(),
        };
        parts.push(Part::new(text, tone_style(theme, mark.tone)));
    }
    match &item.kind {
        ItemKind::Goal { due: Some(due), .. } => {
            let status = match mark.map(|m| m.tone) {
                Some(crate::summary::Tone::Status(status)) => status,
                _ => None,
            };
            let (words, overdue) = marks::due_words(*due, status, as_of, t);
            parts.push(Part::new(
                words,
                if overdue { theme.bad } else { theme.base },
            ));
        }
        ItemKind::Achievement { date: Some(date) } => {
            parts.push(Part::new(format!("{} {date}", t.date), theme.base));
        }
        _ => {}
    }
    if let Some(owner) = &item.owner {
        parts.push(Part::new(format!("{} {owner}", t.owner), theme.base));
    }
    if !item.tags.is_empty() {
        let tags: Vec<String> = item.tags.iter().map(|tag| format!("#{tag}")).collect();
        parts.push(Part::new(tags.join(" "), theme.dim));
    }
    parts
}

fn bullets(
    out: &mut Vec<Line<'static>>,
    heading: &str,
    items: &[String],
    width: usize,
    theme: &Theme,
) {
    if items.is_empty() {
        return;
    }
    out.push(Line::raw(""));
    out.push(Line::styled(heading.to_owned(), theme.title));
    for item in items {
        for (i, line) in text::wrap(item, width.saturating_sub(3))
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 { " • " } else { "   " };
            out.push(Line::from(vec![
                Span::styled(lead, theme.accent),
                Span::raw(line),
            ]));
        }
    }
}

/// One metric: its figure line, the baseline → current → target row, a gauge per target,
/// the time elapsed, the rate contrast and the history's sparkline.
fn metric_lines(
    metric: &Metric,
    as_of: chrono::NaiveDate,
    width: usize,
    changed: bool,
    theme: &Theme,
    t: &Texts,
) -> Vec<Line<'static>> {
    let words = MetricWords::of(metric, as_of, t);
    let f = &words.figures;
    let mut out = vec![Line::raw("")];
    let mut head = Vec::new();
    if changed {
        head.push(Span::styled(format!("✎ {} ", t.changed), theme.changed));
    }
    head.push(Span::styled(metric.label.clone(), theme.title));
    head.push(Span::raw("  "));
    head.extend(super::cards::figure_line(&words, theme).spans);
    out.push(Line::from(head));
    let mut row = Vec::new();
    if let Some(b) = &words.baseline {
        row.push(format!("{} {b}", t.baseline));
    }
    row.push(format!("{} {}", t.current, words.value));
    if let Some(target) = &words.target {
        row.push(format!("{} {target}", t.target));
    }
    out.extend(
        text::wrap(&row.join("  →  "), width.saturating_sub(2))
            .into_iter()
            .map(|l| Line::styled(format!("  {l}"), theme.base)),
    );
    if let Some(context) = figures_context(&words, t) {
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
        let style = match (f.needed_rate, behind) {
            (None, _) => theme.base,
            (Some(_), true) => theme.bad,
            (Some(_), false) => theme.good,
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
    if let Some(source) = &words.source {
        out.extend(
            text::wrap(source, width.saturating_sub(2))
                .into_iter()
                .map(|l| Line::styled(format!("  {l}"), theme.dim)),
        );
    }
    if let Some(note) = &metric.note {
        out.extend(
            text::wrap(note, width.saturating_sub(2))
                .into_iter()
                .map(|l| Line::styled(format!("  {l}"), theme.dim)),
        );
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

fn links(
    out: &mut Vec<Line<'static>>,
    app: &App,
    item: &Item,
    briefing: &Briefing,
    theme: &Theme,
    t: &Texts,
) {
    let Some(section) = app.detail.section else {
        return;
    };
    let links = app.links(section, app.detail.index);
    if links.is_empty() {
        return;
    }
    let heading = if matches!(item.kind, ItemKind::Challenge { .. }) {
        t.threatens
    } else {
        t.threatened_by
    };
    out.push(Line::raw(""));
    let keys = [Action::NextPanel, Action::Open].map(|a| key_label(app, a));
    out.push(Line::styled(
        format!("{heading}  ({})", keys.join(", ")),
        theme.title,
    ));
    for (i, (s, index)) in links.iter().enumerate() {
        let Some(linked) = briefing.section(*s).get(*index) else {
            continue;
        };
        let marker = marks::item_mark(linked, briefing.meta.date, t)
            .map(|m| format!("{} {}", m.symbol, m.word))
            .unwrap_or_default();
        let style = if i == app.detail.link {
            theme.selected
        } else {
            theme.base
        };
        out.push(Line::from(vec![
            Span::styled(format!(" ▸ {}  ", linked.title), style),
            Span::styled(marker, theme.dim),
        ]));
    }
}

/// The first key of `action` in the detail, as the key table names it.
fn key_label(app: &App, action: Action) -> String {
    app.keymap
        .binding(Mode::Detail, action)
        .map(crate::keymap::Binding::short_label)
        .unwrap_or_default()
}
