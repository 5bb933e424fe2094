//! The trajectory chart on the terminal.
//!
//! Drawn on ratatui's `Canvas` in braille (2×4 dots a cell) rather than with its `Chart`
//! widget: `Chart` spaces its axis labels evenly, so the as-of date and the deadline could not
//! sit where they fall, and it draws neither dashes nor bands. Here the lines go on a canvas
//! whose bounds are the unit square (the model's fractions), and every label is written by
//! hand outside the plot: y ticks in a gutter measured by display width (亿元 is four
//! columns), dates on a row under the axis, the as-of date over its marker, the legend below.
//! So no label ever covers the plot, and none covers another.
//!
//! The status shows twice over: the projection and the target take the status colour, and the
//! projection ends in the status symbol (✖ ▲ ● ✔), so it reads in `NO_COLOR` too.

mod labels;
mod periods;
mod plot;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::chart::{Chart, Kind, Periods, Trajectory};
use crate::summary::ChartWords;
use crate::theme::Theme;

use super::text;

/// Below this a chart is not drawn: the caller shows the sparkline or words instead. A
/// per-period chart needs a row more (`ChartView::min_height`).
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 7;
/// The narrowest plot worth drawing, and the lowest.
const MIN_PLOT_WIDTH: u16 = 12;
const MIN_PLOT_HEIGHT: u16 = 3;
/// At most this many legend lines.
const LEGEND_LINES: usize = 2;

/// A chart and its words, to draw in an area.
pub struct ChartView<'a> {
    pub chart: &'a Chart,
    pub words: &'a ChartWords,
    pub theme: &'a Theme,
}

/// Where the parts of a chart go in its area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartLayout {
    /// The row over the plot: the unit, and the as-of date over its marker.
    pub top: Rect,
    /// The y tick labels, right-aligned, left of the axis.
    pub gutter: Rect,
    /// The canvas; the model's (0, 0) is its bottom-left cell, (1, 1) its top-right.
    pub plot: Rect,
    /// The x axis line, and under it the dates (a per-period chart: the periods, then each
    /// period's verdict and result, then its target, as height allows).
    pub axis: Rect,
    pub dates: Rect,
    pub legend: Vec<Line<'static>>,
    pub legend_area: Rect,
}

impl ChartView<'_> {
    /// The layout in `area`, or none when the area is too small for a readable chart.
    pub fn layout(&self, area: Rect) -> Option<ChartLayout> {
        if area.width < MIN_WIDTH || area.height < self.min_height() {
            return None;
        }
        let below = self.rows_below(area.height);
        // The top row and the axis, the rows under it, and the lowest plot; the rest may hold
        // the legend (always a line of it).
        let room = usize::from(area.height - 2 - below - MIN_PLOT_HEIGHT);
        let legend = labels::legend(self, usize::from(area.width), LEGEND_LINES.min(room));
        let legend_h = legend.len() as u16;
        let gutter_w = self
            .chart
            .y
            .ticks
            .iter()
            .map(|t| text::width(&t.text))
            .max()
            .unwrap_or(1)
            .max(1) as u16;
        // Long tick labels (a value of 1e15 written out) leave no room to plot in.
        if area.width < gutter_w + 1 + MIN_PLOT_WIDTH {
            return None;
        }
        let plot_h = area.height - 2 - below - legend_h;
        let row = |y: u16, height: u16| Rect { y, height, ..area };
        let plot_x = area.x + gutter_w + 1;
        Some(ChartLayout {
            top: row(area.y, 1),
            gutter: Rect::new(area.x, area.y + 1, gutter_w, plot_h),
            plot: Rect::new(plot_x, area.y + 1, area.right() - plot_x, plot_h),
            axis: row(area.y + 1 + plot_h, 1),
            dates: row(area.y + 2 + plot_h, below),
            legend,
            legend_area: row(area.y + 2 + below + plot_h, legend_h),
        })
    }

    /// The lowest area the chart is drawn in: a trajectory has one row of dates under its
    /// axis, a per-period chart at least two (the periods, and each one's verdict and result).
    pub fn min_height(&self) -> u16 {
        match self.chart.kind {
            Kind::Trajectory(_) => MIN_HEIGHT,
            Kind::Periods(_) => MIN_HEIGHT + 1,
        }
    }

    /// Rows under the axis: a per-period chart adds each period's target once there is room
    /// for a plot of some height over it.
    fn rows_below(&self, height: u16) -> u16 {
        match self.chart.kind {
            Kind::Trajectory(_) => 1,
            Kind::Periods(_) if height > self.min_height() => 3,
            Kind::Periods(_) => 2,
        }
    }

    /// The chart as lines of styled text `width` × `height`, for a view that scrolls lines.
    pub fn lines(&self, width: u16, height: u16) -> Vec<Line<'static>> {
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        self.render(area, &mut buf);
        buffer_lines(&buf)
    }
}

impl Widget for &ChartView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(layout) = self.layout(area) else {
            return;
        };
        match &self.chart.kind {
            Kind::Trajectory(t) => self.trajectory(t, &layout, buf),
            Kind::Periods(p) => self.periods(p, &layout, buf),
        }
        for (i, line) in layout.legend.iter().enumerate() {
            let y = layout.legend_area.y + i as u16;
            buf.set_line(area.x, y, line, area.width);
        }
    }
}

impl ChartView<'_> {
    fn trajectory(&self, t: &Trajectory, layout: &ChartLayout, buf: &mut Buffer) {
        plot::draw(self, t, layout.plot, buf);
        labels::value_axis(self, layout, buf);
        labels::time_axis(self, t, layout, buf);
    }

    fn periods(&self, p: &Periods, layout: &ChartLayout, buf: &mut Buffer) {
        periods::draw(self, p, layout.plot, buf);
        labels::value_axis(self, layout, buf);
        periods::period_axis(self, p, layout, buf);
    }

    fn status_style(&self) -> Style {
        self.theme.status(self.chart.status)
    }
}

/// A buffer's rows as lines, wide characters once (the cell after one is its shadow).
fn buffer_lines(buf: &Buffer) -> Vec<Line<'static>> {
    let area = buf.area;
    (area.top()..area.bottom())
        .map(|y| {
            let mut spans: Vec<Span<'static>> = Vec::new();
            let mut x = area.left();
            while x < area.right() {
                let cell = &buf[(x, y)];
                let symbol = cell.symbol();
                let style = cell.style();
                match spans.last_mut() {
                    Some(last) if last.style == style => last.content.to_mut().push_str(symbol),
                    _ => spans.push(Span::styled(symbol.to_owned(), style)),
                }
                x += text::width(symbol).max(1) as u16;
            }
            Line::from(spans)
        })
        .collect()
}
