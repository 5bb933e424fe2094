//! The three section panels: a scrollable list of items with marker and headline figure.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{layout, panel_block, text};
use crate::app::{App, search};
use crate::document::ChangeMark;
use crate::model::{Briefing, Item, ItemKind, Section};
use crate::summary::{fmt, marks};
use crate::texts::Texts;
use crate::theme::Theme;

pub fn render(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    briefing: &Briefing,
    section: Section,
    theme: &Theme,
    t: &Texts,
) -> usize {
    let focused = app.focus == section;
    let items = briefing.section(section);
    let title = Line::from(vec![
        Span::styled(format!(" {} ", section.index() + 1), theme.dim),
        Span::styled(
            format!("{} ", briefing.section_name(section)),
            if focused { theme.accent } else { theme.title },
        ),
        Span::styled(format!("({}) ", items.len()), theme.dim),
    ]);
    let block = panel_block(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if items.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(t.empty_section, theme.dim)),
            inner,
        );
        return 0;
    }
    let visible = usize::from(inner.height);
    let selected = app.selected[section.index()].min(items.len() - 1);
    let offset = layout::list_offset(selected, visible);
    let query = if app.search.typing.is_some() {
        app.search.typing.as_deref().unwrap_or("")
    } else {
        &app.search.query
    };
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(i, item)| {
            let style = match (i == selected, focused) {
                (true, true) => theme.selected,
                (true, false) => theme.selected_unfocused,
                _ => Style::default(),
            };
            let changed = app
                .doc()
                .is_some_and(|d| d.changed.contains(&ChangeMark::Item(item.id.clone())));
            let mark = super::since::item_mark(app, item, theme);
            let mark_width = mark.as_ref().map_or(0, |m| m.width() + 1);
            let mut line = item_line(
                item,
                briefing,
                usize::from(inner.width).saturating_sub(mark_width),
                query,
                changed,
                theme,
                t,
            );
            if let Some(mark) = mark {
                line.spans.splice(0..0, [mark, Span::raw(" ")]);
            }
            line.style(style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    offset
}

/// "✎ ▲ at risk  Cut p99 latency           310 ms".
fn item_line(
    item: &Item,
    briefing: &Briefing,
    width: usize,
    query: &str,
    changed: bool,
    theme: &Theme,
    t: &Texts,
) -> Line<'static> {
    let wide = width >= 32;
    let (marker, marker_style) = marker(item, briefing, wide, theme, t);
    let figure = headline(item).unwrap_or_default();
    let mut spans = Vec::new();
    let mut used = 0;
    if changed {
        spans.push(Span::styled("✎ ", theme.changed));
        used += 2;
    }
    let marker = format!("{marker} ");
    used += text::width(&marker);
    spans.push(Span::styled(marker, marker_style));
    // A long figure (a text value, a long unit) gets at most two thirds of the line, so that
    // it cannot push the title out.
    let rest = width.saturating_sub(used);
    let figure = text::truncate(&figure, rest - rest / 3);
    let figure_width = if figure.is_empty() {
        0
    } else {
        text::width(&figure) + 1
    };
    let room = width.saturating_sub(used + figure_width);
    let title = text::truncate(&item.title, room);
    let title_width = text::width(&title);
    spans.extend(highlight(
        &title,
        query,
        if item.key { theme.title } else { theme.base },
        theme.matched,
    ));
    if figure_width > 0 && used + title_width + figure_width <= width {
        spans.push(Span::raw(
            " ".repeat(width - used - title_width - figure_width + 1),
        ));
        spans.push(Span::styled(figure, theme.figure));
    }
    Line::from(spans)
}

fn marker(
    item: &Item,
    briefing: &Briefing,
    wide: bool,
    theme: &Theme,
    t: &Texts,
) -> (String, Style) {
    let Some(mark) = marks::item_mark(item, briefing.meta.date, t) else {
        return (if item.key { "★" } else { "•" }.to_owned(), theme.accent);
    };
    let pad = match &item.kind {
        ItemKind::Goal { .. } => 9,
        _ => 8,
    };
    let word = if wide {
        format!(" {}", text::pad(mark.word, pad))
    } else {
        String::new()
    };
    (
        format!("{}{word}", mark.symbol),
        super::tone_style(theme, mark.tone),
    )
}

/// The item's headline figure: its first key metric, else its first metric.
pub fn headline(item: &Item) -> Option<String> {
    let metric = item
        .metrics
        .iter()
        .find(|m| m.key)
        .or(item.metrics.first())?;
    Some(fmt::value(metric))
}

/// Splits `text` into spans with the matches of `query` highlighted.
pub fn highlight(text: &str, query: &str, base: Style, matched: Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for range in search::ranges(text, query) {
        if range.start < at {
            continue;
        }
        spans.push(Span::styled(text[at..range.start].to_owned(), base));
        spans.push(Span::styled(text[range.clone()].to_owned(), matched));
        at = range.end;
    }
    spans.push(Span::styled(text[at..].to_owned(), base));
    spans
}

/// For narrow terminals: one tab per section, the focused one highlighted.
pub fn render_tabs(frame: &mut Frame, area: Rect, app: &App, briefing: &Briefing, theme: &Theme) {
    let mut spans = Vec::new();
    for section in Section::ALL {
        let label = format!(
            " {} {} ({}) ",
            section.index() + 1,
            briefing.section_name(section),
            briefing.section(section).len()
        );
        let style = if section == app.focus {
            theme.selected
        } else {
            theme.dim
        };
        spans.push(Span::styled(label, style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
