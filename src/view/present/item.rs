//! An item's slide: its title and mark, its first three metrics on cards, its words, and for
//! a goal its chart in the rest of the slide.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::{cards, layout, text, tone_style};
use super::trajectory;
use crate::app::App;
use crate::deck::GoalChart;
use crate::model::{Item, ItemKind, Metric};
use crate::summary::{Mark, MetricWords, marks};
use crate::texts::Texts;
use crate::theme::Theme;

pub fn slide(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    (item, chart): (&Item, Option<&GoalChart>),
    theme: &Theme,
    t: &Texts,
) {
    let Some(briefing) = app.briefing() else {
        return;
    };
    let as_of = briefing.meta.date;
    // A long title wraps rather than being cut off at the edge of a narrow screen.
    // Wrapped only as far as the slide shows (a title may be megabytes long).
    let mut heading: Vec<Line> = text::lines(&item.title, usize::from(area.width))
        .take(usize::from(area.height))
        .map(|l| Line::styled(l, theme.title))
        .collect();
    heading.extend(heading_mark(item, as_of, theme, t).map(Line::from));
    let heading_height = heading.len() as u16 + 1;
    let metrics: Vec<_> = item.metrics.iter().take(3).collect();
    // With a chart to show, the cards keep to one line of figures unless the screen is tall.
    let cards_height = match (metrics.is_empty(), area.height, &chart) {
        (true, _, _) => 0,
        (false, h, Some(_)) if h < layout::TALL => 4,
        (false, h, _) if h >= 22 => 10,
        _ => 4,
    };
    // Laid out only as far as the whole slide holds (an item may have 2 M bullets).
    let mut lines = item_lines(item, as_of, area, theme, t);
    lines.extend(super::links::lines(briefing, item, theme, t));
    // Without a chart to fill the slide, its block is centred, as presenters expect.
    let area = if chart.is_some() {
        area
    } else {
        let body_height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
        super::block::centred(
            area,
            heading_height
                .saturating_add(cards_height)
                .saturating_add(body_height),
        )
    };
    let [head, figures, body] = Layout::vertical([
        Constraint::Length(heading_height),
        Constraint::Length(cards_height),
        Constraint::Min(0),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(heading).alignment(Alignment::Center), head);
    metric_cards(frame, figures, app, item, &metrics, theme, t);
    // The words first, never cut; the chart takes the rest of the slide when that is enough.
    let [words, rest] =
        Layout::vertical([Constraint::Length(lines.len() as u16), Constraint::Min(0)]).areas(body);
    frame.render_widget(Paragraph::new(lines), words);
    if let Some(goal_chart) = chart
        && let Some(metric) = item.metrics.get(goal_chart.metric)
    {
        let rest = Rect {
            y: rest.y + 1,
            height: rest.height.saturating_sub(1),
            ..rest
        };
        trajectory::draw_chart(frame, rest, &goal_chart.chart, metric, theme, t);
    }
}

/// The line under a slide's title: a goal's status, a challenge's severity, an achievement's date.
fn heading_mark(
    item: &Item,
    as_of: chrono::NaiveDate,
    theme: &Theme,
    t: &Texts,
) -> Option<Span<'static>> {
    match &item.kind {
        ItemKind::Goal { .. } => marks::item_mark(item, as_of, t).map(|m| {
            Span::styled(
                format!("{} {}", m.symbol, m.word),
                tone_style(theme, m.tone),
            )
        }),
        ItemKind::Challenge { severity, .. } => {
            let m = Mark::severity(*severity, t);
            Some(Span::styled(
                format!("{} {} {}", m.symbol, t.severity, m.word),
                tone_style(theme, m.tone),
            ))
        }
        ItemKind::Achievement { date } => date.map(|d| Span::styled(d.to_string(), theme.dim)),
    }
}

/// The item's first metrics side by side, on cards.
fn metric_cards(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    item: &Item,
    metrics: &[&Metric],
    theme: &Theme,
    t: &Texts,
) {
    let Some(as_of) = app.briefing().map(|b| b.meta.date) else {
        return;
    };
    if metrics.is_empty() {
        return;
    }
    let rects = Layout::horizontal(vec![
        Constraint::Ratio(1, metrics.len() as u32);
        metrics.len()
    ])
    .split(area);
    for (metric, rect) in metrics.iter().zip(rects.iter()) {
        let since = super::super::since::metric(app, item, metric, theme, t);
        let marks = cards::Marks {
            since,
            ..cards::Marks::default()
        };
        cards::render_card(frame, *rect, metric, as_of, &marks, theme, t);
    }
}

/// The words of an item's slide: summary, details (or a challenge's mitigation under its
/// heading), and the metrics beyond the three on cards; as many lines as `area` holds, no
/// more (an item may have a 15 MB summary or 2 M bullets).
fn item_lines(
    item: &Item,
    as_of: chrono::NaiveDate,
    area: Rect,
    theme: &Theme,
    t: &Texts,
) -> Vec<Line<'static>> {
    let (width, rows) = (usize::from(area.width), usize::from(area.height));
    let mut lines = vec![Line::raw("")];
    if let Some(summary) = &item.summary {
        lines.extend(
            text::lines(summary, width)
                .take(rows)
                .map(|l| Line::styled(l, theme.base)),
        );
    }
    // A challenge's slide says what is being done, under its heading, rather than its details.
    let bullets: &[String] = match &item.kind {
        ItemKind::Challenge { mitigation, .. } if !mitigation.is_empty() => {
            if lines.len() > 1 {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(t.mitigation, theme.title));
            mitigation
        }
        _ => &item.details,
    };
    for bullet in bullets {
        if lines.len() >= rows {
            break;
        }
        for (i, l) in text::lines(bullet, width.saturating_sub(3))
            .take(rows)
            .enumerate()
        {
            lines.push(Line::from(vec![
                Span::styled(if i == 0 { " • " } else { "   " }, theme.accent),
                Span::raw(l),
            ]));
        }
    }
    for metric in item.metrics.iter().skip(3) {
        if lines.len() >= rows {
            break;
        }
        let words = MetricWords::of(metric, as_of, t);
        let status_style = words
            .status
            .map_or(theme.status(None), |m| tone_style(theme, m.tone));
        lines.push(Line::from(vec![
            Span::styled(format!("{}  ", metric.label), theme.dim),
            Span::styled(words.value.clone(), theme.figure),
            Span::styled(
                words
                    .status
                    .map(|m| format!("  {}", m.word))
                    .unwrap_or_default(),
                status_style,
            ),
        ]));
    }
    lines.truncate(rows);
    lines
}
