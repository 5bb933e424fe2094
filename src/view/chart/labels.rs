//! Everything written around the plot: the value axis and its ticks, the time axis and its
//! dates, the unit and the as-of date on the top row, and the legend. Each label is placed by
//! its display width and dropped rather than drawn over another.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::plot::cell;
use super::{ChartLayout, ChartView, text};
use crate::chart::{DateMark, Kind, Trajectory};
use crate::summary::chart::Glyph;
use crate::texts::status_symbol;

/// Columns already written on a row, to keep labels apart.
#[derive(Default)]
pub struct Row(Vec<(u16, u16)>);

impl Row {
    /// Writes `label` from column `x` if it fits within `bounds` and clears every label
    /// already on the row by a column; says whether it did.
    pub fn put(
        &mut self,
        buf: &mut Buffer,
        bounds: Rect,
        x: u16,
        label: &str,
        style: Style,
    ) -> bool {
        let width = text::width(label) as u16;
        let end = x + width;
        let free = self.0.iter().all(|(a, b)| end < *a || x > *b);
        if x < bounds.x || end > bounds.right() || !free {
            return false;
        }
        buf.set_string(x, bounds.y, label, style);
        self.0.push((x, end));
        true
    }
}

/// The y axis: a line, round values at their rows (no two on neighbouring rows, the lowest
/// always), and at its foot ≈ when it does not start at zero.
pub fn value_axis(view: &ChartView, layout: &ChartLayout, buf: &mut Buffer) {
    let (plot, gutter) = (layout.plot, layout.gutter);
    let dim = view.theme.dim;
    let axis_x = gutter.right();
    for y in plot.top()..plot.bottom() {
        buf[(axis_x, y)].set_symbol("│").set_style(dim);
    }
    let mut last_row: Option<u16> = None;
    for tick in &view.chart.y.ticks {
        let (_, y) = cell(plot, 0.0, view.chart.y_frac(tick.value));
        if last_row.is_some_and(|last| last < y + 2) {
            continue;
        }
        last_row = Some(y);
        let width = text::width(&tick.text) as u16;
        buf.set_string(gutter.right() - width, y, &tick.text, dim);
        buf[(axis_x, y)].set_symbol("┤").set_style(dim);
    }
    let foot = if view.chart.y.from_zero { "└" } else { "≈" };
    buf[(axis_x, layout.axis.y)].set_symbol(foot).set_style(dim);
}

/// The x axis with a tick at each date, the start and the deadline under it, and over the plot
/// the unit at the left and the as-of date over its marker.
pub fn time_axis(view: &ChartView, t: &Trajectory, layout: &ChartLayout, buf: &mut Buffer) {
    let (plot, dim) = (layout.plot, view.theme.dim);
    for x in plot.left()..plot.right() {
        buf[(x, layout.axis.y)].set_symbol("─").set_style(dim);
    }
    let mut dates = Row::default();
    let mut top = unit(view, layout, buf);
    for label in &t.x.labels {
        let (x, _) = cell(plot, t.x_frac(label.t), 0.0);
        buf[(x, layout.axis.y)].set_symbol("┴").set_style(dim);
        let width = text::width(&label.text) as u16;
        match label.mark {
            DateMark::End => {
                let from = (x + 1).saturating_sub(width).max(plot.x);
                dates.put(buf, layout.dates, from, &label.text, dim);
            }
            DateMark::Start => {
                dates.put(buf, layout.dates, x, &label.text, dim);
            }
            DateMark::AsOf => as_of(view, &mut top, layout.top, x, buf),
        }
    }
}

/// The top row: the unit at the left.
pub fn unit(view: &ChartView, layout: &ChartLayout, buf: &mut Buffer) -> Row {
    let mut top = Row::default();
    if let Some(unit) = &view.chart.unit {
        top.put(buf, layout.top, layout.top.x, unit, view.theme.dim);
    }
    top
}

/// "▼ as of 2021-11-23" on the top row with its ▼ over column `x`, else the date before the
/// ▼, else the ▼ alone.
pub fn as_of(view: &ChartView, top: &mut Row, bounds: Rect, x: u16, buf: &mut Buffer) {
    let after = format!("▼ {}", view.words.as_of);
    let before = format!("{} ▼", view.words.as_of);
    let before_x = (x + 1).saturating_sub(text::width(&before) as u16);
    let base = view.theme.base;
    let _ = top.put(buf, bounds, x, &after, base)
        || top.put(buf, bounds, before_x, &before, base)
        || top.put(buf, bounds, x, "▼", base);
}

/// The legend as at most `max_lines` lines of `width` columns, an entry never split. Where it
/// does not fit, the entries a reader can best do without go first: the history (its ● speak
/// for themselves), then the needed path, then the verdicts (each period says its own under
/// it); the projection and the target stay.
pub fn legend(view: &ChartView, width: usize, max_lines: usize) -> Vec<Line<'static>> {
    type Drop = fn(&Glyph) -> bool;
    let drops: [Drop; 3] = [
        |g| *g == Glyph::Points,
        |g| *g == Glyph::Needed,
        |g| matches!(g, Glyph::Verdict(_)),
    ];
    let mut skip: Vec<Drop> = Vec::new();
    for drop in drops {
        let lines = legend_lines(view, width, &skip);
        if lines.len() <= max_lines {
            return lines;
        }
        skip.push(drop);
    }
    let mut lines = legend_lines(view, width, &skip);
    lines.truncate(max_lines);
    lines
}

fn legend_lines(view: &ChartView, width: usize, skip: &[fn(&Glyph) -> bool]) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut line: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for entry in view
        .words
        .legend
        .iter()
        .filter(|e| !skip.iter().any(|drop| drop(&e.glyph)))
    {
        let (sample, style) = glyph(view, entry.glyph);
        let label = format!(" {}", entry.text);
        let entry_width = text::width(&sample) + text::width(&label);
        let gap = if line.is_empty() { 0 } else { 3 };
        if used + gap + entry_width > width && !line.is_empty() {
            lines.push(Line::from(std::mem::take(&mut line)));
            used = 0;
        } else if gap > 0 {
            line.push(Span::raw("   "));
            used += gap;
        }
        let room = width.saturating_sub(used + text::width(&sample));
        line.push(Span::styled(sample, style));
        line.push(Span::styled(text::truncate(&label, room), view.theme.base));
        used += entry_width.min(width - used);
    }
    if !line.is_empty() {
        lines.push(Line::from(line));
    }
    lines
}

/// How a legend entry's sample looks on the terminal, matching the plot.
fn glyph(view: &ChartView, glyph: Glyph) -> (String, Style) {
    let theme = view.theme;
    let status = view.status_style();
    let periods = matches!(view.chart.kind, Kind::Periods(_));
    let sample = match glyph {
        Glyph::Points if periods => return ("●".to_owned(), theme.figure),
        Glyph::Points => return ("─●".to_owned(), theme.figure),
        Glyph::Needed => return ("──".to_owned(), theme.title),
        Glyph::Break => return ("≈".to_owned(), theme.dim),
        Glyph::Verdict(v) => return (v.symbol().to_owned(), theme.status(v.status())),
        // Dashes ending in the status symbol, as the projection ends on the plot.
        Glyph::Projection => format!("╌╌{}", status_symbol(view.chart.status)),
        // A per-period chart draws its targets in each period's own colour.
        Glyph::Target if periods && view.chart.band_target() => {
            return ("▭".to_owned(), theme.dim);
        }
        Glyph::Target if periods => return ("─".to_owned(), theme.dim),
        Glyph::Target if view.chart.band_target() => "┃".to_owned(),
        Glyph::Target => "◆".to_owned(),
    };
    (sample, status)
}
