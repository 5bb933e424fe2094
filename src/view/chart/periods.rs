//! The per-period chart on the terminal: a column per period, its target drawn across the
//! middle of the column (a box for a band, a bracket open toward the accepted side for a floor
//! or a ceiling, a line for a level to reach), a stem from zero for an amount, and the
//! period's mark (✔ ✗ ◇, a figure so far's status, ● for a result with no target) at its
//! result. Under the axis, each period, then its verdict and result, then its target, each
//! centred under its column and shortened or left out rather than run into the next.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::labels::{self, Row};
use super::plot::{self, Polyline, cell, color};
use super::{ChartLayout, ChartView, text};
use crate::chart::{Periods, TargetShape, Verdict};

/// Braille dots a bracket's ends turn up (or down) by.
const BRACKET_DOTS: f64 = 1.5;

pub fn draw(view: &ChartView, p: &Periods, plot: Rect, buf: &mut Buffer) {
    let chart = view.chart;
    let y = |v: f64| chart.y_frac(v);
    let turn = BRACKET_DOTS / (f64::from(plot.height) * 4.0).max(1.0);
    let mut targets: Vec<Polyline> = Vec::new();
    let mut stems: Vec<Polyline> = Vec::new();
    for (i, column) in p.columns.iter().enumerate() {
        let style = column_style(view, column.verdict);
        let (x0, x1) = p.target_span(i);
        if let Some(shape) = column.target.as_ref().and_then(|t| t.shape) {
            let points = match shape {
                TargetShape::Band(lo, hi) => {
                    let (lo, hi) = (y(lo), y(hi));
                    vec![(x0, lo), (x1, lo), (x1, hi), (x0, hi), (x0, lo)]
                }
                TargetShape::Floor(v) => bracket(x0, x1, y(v), turn),
                TargetShape::Ceiling(v) => bracket(x0, x1, y(v), -turn),
                TargetShape::Point(v) => vec![(x0, y(v)), (x1, y(v))],
            };
            targets.push(Polyline {
                points,
                color: color(style),
                dash: None,
            });
        }
        if let (true, Some(result)) = (p.stems, &column.result) {
            let x = p.centre(i);
            stems.push(Polyline {
                points: vec![(x, y(0.0)), (x, y(result.v))],
                color: color(view.theme.figure),
                dash: None,
            });
        }
    }
    plot::paint(&targets, &stems, plot, buf);
    for (i, column) in p.columns.iter().enumerate() {
        if let Some(v) = p.mark_value(i) {
            let (x, row) = cell(plot, p.centre(i), y(v));
            buf[(x, row)]
                .set_symbol(column.verdict.symbol())
                .set_style(column_style(view, column.verdict));
        }
    }
}

/// A line at `y` from `x0` to `x1` whose ends turn by `turn`: up for a floor, down for a
/// ceiling, toward the side that meets the target.
fn bracket(x0: f64, x1: f64, y: f64, turn: f64) -> Vec<(f64, f64)> {
    vec![(x0, y + turn), (x0, y), (x1, y), (x1, y + turn)]
}

/// A period's colour: its verdict's status; a result with nothing to judge it by in the
/// figures' colour.
fn column_style(view: &ChartView, verdict: Verdict) -> Style {
    match verdict {
        Verdict::Unjudged => view.theme.figure,
        v => view.theme.status(v.status()),
    }
}

/// The axis with a tick under each column, the rows of words under it, and over the plot the
/// unit and the as-of date over the column of its period.
pub fn period_axis(view: &ChartView, p: &Periods, layout: &ChartLayout, buf: &mut Buffer) {
    let (plot, dim) = (layout.plot, view.theme.dim);
    for x in plot.left()..plot.right() {
        buf[(x, layout.axis.y)].set_symbol("─").set_style(dim);
    }
    let mut top = labels::unit(view, layout, buf);
    let slot = (plot.width / p.columns.len().max(1) as u16).saturating_sub(1);
    let mut rows: Vec<Row> = (0..layout.dates.height).map(|_| Row::default()).collect();
    for (i, words) in view.words.columns.iter().enumerate() {
        let (x, _) = cell(plot, p.centre(i), 0.0);
        buf[(x, layout.axis.y)].set_symbol("┴").set_style(dim);
        if p.now == Some(i) {
            labels::as_of(view, &mut top, layout.top, x, buf);
        }
        let style = column_style(view, p.columns[i].verdict);
        let lines: [(&[String], Style); 3] = [
            (std::slice::from_ref(&words.period), view.theme.base),
            (&words.under, style),
            (&words.target_under, dim),
        ];
        for ((texts, style), (k, row)) in lines.iter().zip(rows.iter_mut().enumerate()) {
            let bounds = Rect {
                y: layout.dates.y + k as u16,
                height: 1,
                ..layout.dates
            };
            centred(row, buf, bounds, x, texts, slot, *style);
        }
    }
}

/// The first of `texts` that fits in `slot` columns, centred on column `x` (kept within
/// `bounds`).
fn centred(
    row: &mut Row,
    buf: &mut Buffer,
    bounds: Rect,
    x: u16,
    texts: &[String],
    slot: u16,
    style: Style,
) {
    let Some(label) = texts
        .iter()
        .find(|t| !t.is_empty() && text::width(t) as u16 <= slot)
    else {
        return;
    };
    let width = text::width(label) as u16;
    let from = x
        .saturating_sub(width / 2)
        .max(bounds.x)
        .min(bounds.right().saturating_sub(width));
    row.put(buf, bounds, from, label, style);
}
