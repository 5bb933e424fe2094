//! Presentation mode: one slide at a time for the room, numbers large.

mod block;
mod footer;
mod item;
mod links;
mod trajectory;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use tui_big_text::{BigText, PixelSize};

use super::{cards, centered, header, text, tone_style};
use crate::app::App;
use crate::deck::Slide;
use crate::model::{Briefing, Section};
use crate::summary::{Summary, marks};
use crate::texts::Texts;
use crate::theme::Theme;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, t: &Texts) {
    if app.present.blank {
        return;
    }
    let Some(briefing) = app.briefing() else {
        return;
    };
    let index = app.present.slide.min(app.deck.last());
    let Some(slide) = app.deck.get(index) else {
        return;
    };
    let notes = app
        .show_notes
        .then(|| slide_notes(briefing, slide))
        .flatten();
    let notes_height = if notes.is_some() {
        (area.height / 4).max(3)
    } else {
        0
    };
    let [body, notes_area, footer] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(notes_height),
        Constraint::Length(1),
    ])
    .areas(area);
    let body = pad(body);
    match slide {
        Slide::Title => title_slide(frame, body, briefing, &app.summary, theme),
        Slide::KeyMetrics => key_metrics_slide(frame, body, briefing, &app.summary, theme, t),
        Slide::Trajectory => trajectory::slide(frame, body, app, briefing, theme, t),
        Slide::Section(section) => section_slide(frame, body, briefing, section, theme, t),
        Slide::Item(section, i) => {
            if let Some(item) = briefing.section(section).get(i) {
                // A goal's chart was worked out with the deck.
                let chart = match section {
                    Section::Goals => app.deck.goal_chart(i),
                    _ => None,
                };
                item::slide(frame, body, app, (item, chart), theme, t);
            }
        }
    }
    if let Some(notes) = notes {
        let block = Block::new()
            .borders(Borders::TOP)
            .border_style(theme.border)
            .title(Span::styled(format!(" {} ", t.notes), theme.warn));
        let inner = block.inner(notes_area);
        frame.render_widget(block, notes_area);
        let lines: Vec<Line> = text::lines(&notes, usize::from(inner.width))
            .take(usize::from(inner.height))
            .map(Line::raw)
            .collect();
        frame.render_widget(Paragraph::new(lines).style(theme.warn), inner);
    }
    footer::render(frame, footer, app, briefing, slide, theme, t);
}

fn pad(area: Rect) -> Rect {
    let margin = (area.width / 12).min(6);
    Rect {
        x: area.x + margin,
        width: area.width.saturating_sub(margin * 2),
        y: area.y + 1,
        height: area.height.saturating_sub(1),
    }
}

fn slide_notes(briefing: &Briefing, slide: Slide) -> Option<String> {
    match slide {
        Slide::Item(s, i) => briefing
            .section(s)
            .get(i)
            .and_then(|item| item.notes.clone()),
        Slide::Title => briefing.meta.notes.clone(),
        _ => None,
    }
}

/// Big letters when the text is plain ASCII and fits `area` (the whole slide), bold text
/// otherwise (the font has no CJK): the pixel size and the rows it takes.
fn big_size(area: Rect, words: &str) -> (Option<PixelSize>, u16) {
    let ascii = words.is_ascii();
    let fits_full = words.len() * 8 <= usize::from(area.width) && area.height >= 16;
    let fits_half = words.len() * 4 <= usize::from(area.width) && area.height >= 12;
    match (ascii, fits_full, fits_half) {
        (true, true, _) => (Some(PixelSize::HalfHeight), 4),
        (true, false, true) => (Some(PixelSize::Quadrant), 4),
        _ => {
            // Counted only as far as the slide holds: a title may be megabytes long.
            let rows = text::lines(words, usize::from(area.width))
                .take(usize::from(area.height))
                .count();
            (None, u16::try_from(rows).unwrap_or(u16::MAX))
        }
    }
}

/// Draws `words` at the top of `area` in the size `big_size` chose.
fn big_or_bold(
    frame: &mut Frame,
    area: Rect,
    words: &str,
    size: (Option<PixelSize>, u16),
    theme: &Theme,
) {
    let area = Rect {
        height: size.1.min(area.height),
        ..area
    };
    if let Some(pixels) = size.0 {
        let widget = BigText::builder()
            .pixel_size(pixels)
            .style(theme.figure)
            .centered()
            .lines(vec![Line::from(words.to_owned())])
            .build();
        frame.render_widget(widget, area);
    } else {
        let lines: Vec<Line> = text::lines(words, usize::from(area.width))
            .take(usize::from(area.height))
            .map(|l| Line::styled(l, theme.title))
            .collect();
        frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), area);
    }
}

/// A big heading and a paragraph under it, the two centred together in `area`.
fn heading_and_text(frame: &mut Frame, area: Rect, words: &str, text: Paragraph, theme: &Theme) {
    let size = big_size(area, words);
    let rows = text.line_count(area.width);
    let height = size
        .1
        .saturating_add(u16::try_from(rows).unwrap_or(u16::MAX));
    let area = block::centred(area, height);
    big_or_bold(frame, area, words, size, theme);
    frame.render_widget(text, block::below(area, size.1));
}

fn title_slide(
    frame: &mut Frame,
    area: Rect,
    briefing: &Briefing,
    summary: &Summary,
    theme: &Theme,
) {
    let m = &briefing.meta;
    let mut lines = vec![Line::raw("")];
    if let Some(sub) = &m.subtitle {
        lines.push(Line::styled(sub.clone(), theme.accent));
    }
    let who: Vec<String> = [m.presenter.clone(), m.organisation.clone()]
        .into_iter()
        .flatten()
        .collect();
    if !who.is_empty() {
        lines.push(Line::styled(who.join(" · "), theme.base));
    }
    let when: Vec<String> = [Some(m.date.to_string()), m.period.clone()]
        .into_iter()
        .flatten()
        .collect();
    lines.push(Line::styled(when.join(" · "), theme.dim));
    lines.push(Line::raw(""));
    lines.push(header::status_line(briefing, summary, theme).alignment(Alignment::Center));
    if let Some(summary) = &m.summary {
        lines.push(Line::raw(""));
        lines.extend(
            text::lines(summary, usize::from(area.width))
                .take(usize::from(area.height))
                .map(|l| Line::styled(l, theme.base)),
        );
    }
    let text = Paragraph::new(lines)
        .alignment(Alignment::Center)
        .wrap(ratatui::widgets::Wrap { trim: true });
    heading_and_text(frame, area, &m.title, text, theme);
}

fn key_metrics_slide(
    frame: &mut Frame,
    area: Rect,
    briefing: &Briefing,
    summary: &Summary,
    theme: &Theme,
    t: &Texts,
) {
    let metrics: Vec<_> = summary
        .key_metrics
        .iter()
        .filter_map(|r| r.resolve(briefing))
        .collect();
    let columns = usize::from((area.width / 28).clamp(1, 4));
    let rows = metrics.len().div_ceil(columns).max(1);
    let row_height = (area.height.saturating_sub(2) / rows as u16).clamp(4, 10);
    let fitting = area.height.saturating_sub(2) / row_height;
    let height = 2 + row_height * (rows as u16).min(fitting);
    let [heading, grid] = Layout::vertical([Constraint::Length(2), Constraint::Min(0)])
        .areas(block::centred(area, height));
    frame.render_widget(
        centered(Line::styled(t.key_metrics, theme.title), theme.title),
        heading,
    );
    let of_items = cards::same_label_items(&metrics);
    for (n, chunk) in metrics.chunks(columns).enumerate() {
        let y = grid.y + n as u16 * row_height;
        if y + row_height > grid.bottom() {
            break;
        }
        let row = Rect {
            y,
            height: row_height,
            ..grid
        };
        let rects =
            Layout::horizontal(vec![Constraint::Ratio(1, columns as u32); columns]).split(row);
        let of_items = &of_items[n * columns..];
        for (((_, metric), rect), of_item) in chunk.iter().zip(rects.iter()).zip(of_items) {
            let marks = cards::Marks {
                of_item: of_item.clone(),
                ..cards::Marks::default()
            };
            cards::render_card(frame, *rect, metric, briefing.meta.date, &marks, theme, t);
        }
    }
}

fn section_slide(
    frame: &mut Frame,
    area: Rect,
    briefing: &Briefing,
    section: Section,
    theme: &Theme,
    t: &Texts,
) {
    let mut lines = vec![Line::raw("")];
    for item in briefing.section(section) {
        let (marker, style) = match marks::item_mark(item, briefing.meta.date, t) {
            Some(m) => (
                format!("{} {}", m.symbol, m.word),
                tone_style(theme, m.tone),
            ),
            None => ("•".to_owned(), theme.accent),
        };
        let figure = super::panels::headline(item)
            .map(|f| format!("  {f}"))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(format!("{marker}  "), style),
            Span::raw(item.title.clone()),
            Span::styled(figure, theme.figure),
        ]));
    }
    let text = Paragraph::new(lines).alignment(Alignment::Center);
    heading_and_text(frame, area, briefing.section_name(section), text, theme);
}
