//! The trajectory slide: every key goal's chart side by side (small multiples), each under
//! its goal's title and status; and the chart a goal's own slide shows large.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::super::chart::ChartView;
use super::super::{centered, text, tone_style};
use crate::app::App;
use crate::chart::Chart;
use crate::deck::GoalChart;
use crate::model::{Briefing, Metric};
use crate::summary::{ChartWords, marks};
use crate::texts::Texts;
use crate::theme::Theme;

/// Terminal cells are about twice as tall as wide; a chart reads best about three times as
/// wide as it is tall, in cells.
const ASPECT: u16 = 3;

pub fn slide(frame: &mut Frame, area: Rect, app: &App, b: &Briefing, theme: &Theme, t: &Texts) {
    let [heading, grid] = Layout::vertical([Constraint::Length(2), Constraint::Min(0)]).areas(area);
    frame.render_widget(centered(Line::from(t.trajectory), theme.title), heading);
    let charts: Vec<&GoalChart> = app.deck.trajectories().collect();
    if charts.is_empty() {
        return;
    }
    let columns = columns(charts.len(), grid);
    let rows = charts.len().div_ceil(columns);
    let row_rects = Layout::vertical(vec![Constraint::Ratio(1, rows as u32); rows]).split(grid);
    for (chunk, row) in charts.chunks(columns).zip(row_rects.iter()) {
        let cells =
            Layout::horizontal(vec![Constraint::Ratio(1, columns as u32); columns]).split(*row);
        for (goal_chart, cell) in chunk.iter().zip(cells.iter()) {
            let Some(item) = b.goals.get(goal_chart.goal) else {
                continue;
            };
            let Some(metric) = item.metrics.get(goal_chart.metric) else {
                continue;
            };
            let cell = Rect {
                width: cell.width.saturating_sub(2),
                ..*cell
            };
            let [title, body] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(cell);
            let mut spans = Vec::new();
            if let Some(mark) = marks::item_mark(item, b.meta.date, t) {
                spans.push(Span::styled(
                    format!("{} ", mark.symbol),
                    tone_style(theme, mark.tone),
                ));
            }
            let room = usize::from(title.width).saturating_sub(2);
            spans.push(Span::styled(text::truncate(&item.title, room), theme.title));
            frame.render_widget(Paragraph::new(Line::from(spans)), title);
            draw_chart(frame, body, &goal_chart.chart, metric, theme, t);
        }
    }
}

/// The number of columns that gives the charts the most room, as wide as about three times
/// their height.
fn columns(n: usize, grid: Rect) -> usize {
    (1..=n)
        .max_by_key(|&cols| {
            let rows = n.div_ceil(cols) as u16;
            let width = grid.width / cols as u16;
            let height = grid.height / rows.max(1);
            // Ties go to fewer columns: wider charts read better.
            (
                width.min(height.saturating_mul(ASPECT)),
                std::cmp::Reverse(cols),
            )
        })
        .unwrap_or(1)
}

/// A chart in `area`, or, where it does not fit, what it says in words.
pub fn draw_chart(
    frame: &mut Frame,
    area: Rect,
    chart: &Chart,
    metric: &Metric,
    theme: &Theme,
    t: &Texts,
) {
    let words = ChartWords::of(chart, metric, t);
    let view = ChartView {
        chart,
        words: &words,
        theme,
    };
    if view.layout(area).is_some() {
        frame.render_widget(&view, area);
        return;
    }
    let lines: Vec<Line> = words
        .legend
        .iter()
        .map(|e| Line::styled(e.text.clone(), theme.base))
        .collect();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_charts_make_two_by_two_on_a_wide_screen_and_one_fills_the_slide() {
        assert_eq!(columns(4, Rect::new(0, 0, 108, 36)), 2);
        assert_eq!(columns(4, Rect::new(0, 0, 188, 46)), 2);
        assert_eq!(columns(1, Rect::new(0, 0, 188, 46)), 1);
        assert_eq!(columns(3, Rect::new(0, 0, 188, 20)), 3);
    }
}
