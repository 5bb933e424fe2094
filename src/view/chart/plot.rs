//! The plot itself: lines in braille on a canvas over the unit square, then the marks (points,
//! target, the projection's status symbol) written into their cells on top.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Painter, Shape};

use super::ChartView;
use crate::chart::{Path, Pt, TargetShape, Trajectory};
use crate::texts::status_symbol;

/// Dots on and off along a dashed projection, and along the dotted target and as-of lines.
const DASH: (usize, usize) = (4, 3);
const DOTS: (usize, usize) = (1, 2);

/// A line through points of the unit square, solid, dashed or dotted.
pub struct Polyline {
    pub points: Vec<(f64, f64)>,
    pub color: Color,
    pub dash: Option<(usize, usize)>,
}

impl Shape for Polyline {
    fn draw(&self, painter: &mut Painter) {
        let mut step = 0;
        for pair in self.points.windows(2) {
            let (Some(a), Some(b)) = (
                painter.get_point(pair[0].0, pair[0].1),
                painter.get_point(pair[1].0, pair[1].1),
            ) else {
                continue;
            };
            for (x, y) in bresenham(a, b) {
                let on = self.dash.is_none_or(|(on, off)| step % (on + off) < on);
                if on {
                    painter.paint(x, y, self.color);
                }
                step += 1;
            }
        }
    }
}

/// The dots from `a` to `b`, both included.
fn bresenham(a: (usize, usize), b: (usize, usize)) -> Vec<(usize, usize)> {
    let (mut x, mut y) = (a.0 as i64, a.1 as i64);
    let (x1, y1) = (b.0 as i64, b.1 as i64);
    let (dx, dy) = ((x1 - x).abs(), -(y1 - y).abs());
    let (sx, sy) = (if x < x1 { 1 } else { -1 }, if y < y1 { 1 } else { -1 });
    let mut err = dx + dy;
    let mut out = Vec::with_capacity((dx - dy) as usize + 1);
    loop {
        out.push((x as usize, y as usize));
        if x == x1 && y == y1 {
            return out;
        }
        let e2 = 2 * err;
        if e2 >= dy {
            err += dy;
            x += sx;
        }
        if e2 <= dx {
            err += dx;
            y += sy;
        }
    }
}

pub fn color(style: Style) -> Color {
    style.fg.unwrap_or(Color::Reset)
}

/// Braille dots per cell, across and down.
const DOTS_X: f64 = 2.0;
const DOTS_Y: f64 = 4.0;

/// The cell of a point of the unit square in `plot`: the cell holding the braille dot the
/// canvas paints for that point (its dots are rounded as here), so a mark sits on its line.
pub fn cell(plot: Rect, fx: f64, fy: f64) -> (u16, u16) {
    let fx = fx.clamp(0.0, 1.0);
    let fy = fy.clamp(0.0, 1.0);
    let dots_x = f64::from(plot.width) * DOTS_X;
    let dots_y = f64::from(plot.height) * DOTS_Y;
    let dot_x = (fx * (dots_x - 1.0).max(0.0)).round();
    let dot_y = ((1.0 - fy) * (dots_y - 1.0).max(0.0)).round();
    let col = (dot_x / DOTS_X) as u16;
    let row = (dot_y / DOTS_Y) as u16;
    (plot.x + col, plot.y + row)
}

pub fn draw(view: &ChartView, t: &Trajectory, plot: Rect, buf: &mut Buffer) {
    let chart = view.chart;
    let theme = view.theme;
    let at = |p: &Pt| (t.x_frac(p.t), chart.y_frac(p.v));
    let path = |p: &Path| p.points.iter().map(at).collect::<Vec<_>>();
    let status = color(view.status_style());
    let mut background: Vec<Polyline> = Vec::new();
    for v in guide_values(t.target.shape) {
        let y = chart.y_frac(v);
        background.push(Polyline {
            points: vec![(0.0, y), (1.0, y)],
            color: status,
            dash: Some(DOTS),
        });
    }
    let as_of = t.x_frac(t.x.t(t.x.as_of));
    background.push(Polyline {
        points: vec![(as_of, 0.0), (as_of, 1.0)],
        color: color(theme.dim),
        dash: Some(DOTS),
    });
    let mut foreground: Vec<Polyline> = Vec::new();
    if let Some(needed) = &t.needed {
        foreground.push(Polyline {
            points: path(needed),
            color: color(theme.title),
            dash: None,
        });
    }
    if let Some(projection) = &t.projection {
        foreground.push(Polyline {
            points: path(projection),
            color: status,
            dash: Some(DASH),
        });
    }
    foreground.push(Polyline {
        points: t.points.iter().map(at).collect(),
        color: color(theme.figure),
        dash: None,
    });
    paint(&background, &foreground, plot, buf);
    marks(view, t, plot, buf);
}

/// Lines in braille over the unit square in `plot`, the foreground over the background.
pub fn paint(background: &[Polyline], foreground: &[Polyline], plot: Rect, buf: &mut Buffer) {
    Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([0.0, 1.0])
        .y_bounds([0.0, 1.0])
        .paint(|ctx| {
            for l in background {
                ctx.draw(l);
            }
            ctx.layer();
            for l in foreground {
                ctx.draw(l);
            }
        })
        .render(plot, buf);
}

/// The lines a target draws across the chart: a floor or ceiling, or a band's two edges.
fn guide_values(shape: TargetShape) -> Vec<f64> {
    match shape {
        TargetShape::Point(_) => Vec::new(),
        TargetShape::Floor(v) | TargetShape::Ceiling(v) => vec![v],
        TargetShape::Band(lo, hi) => vec![lo, hi],
    }
}

/// Measured points as ●, the target at the deadline as ◆ (a bar for a band), and the end of
/// the projection as the status symbol, in that order so the status is never hidden.
fn marks(view: &ChartView, t: &Trajectory, plot: Rect, buf: &mut Buffer) {
    let chart = view.chart;
    let mut put = |fx: f64, fy: f64, symbol: &str, style: Style| {
        let (x, y) = cell(plot, fx, fy);
        buf[(x, y)].set_symbol(symbol).set_style(style);
    };
    // Dense histories show as a line: a mark per point would bury it.
    let marked = if t.points.len() * 3 <= usize::from(plot.width) {
        &t.points[..]
    } else {
        &t.points[t.points.len() - 1..]
    };
    for p in marked {
        put(t.x_frac(p.t), chart.y_frac(p.v), "●", view.theme.figure);
    }
    let status = view.status_style();
    if let Some(at) = t.target.at {
        let fx = t.x_frac(at);
        match t.target.shape {
            TargetShape::Band(lo, hi) => {
                let (_, top) = cell(plot, fx, chart.y_frac(hi));
                let (_, bottom) = cell(plot, fx, chart.y_frac(lo));
                let (x, _) = cell(plot, fx, 0.0);
                for y in top..=bottom {
                    buf[(x, y)].set_symbol("┃").set_style(status);
                }
            }
            TargetShape::Point(v) | TargetShape::Floor(v) | TargetShape::Ceiling(v) => {
                let (x, y) = cell(plot, fx, chart.y_frac(v));
                buf[(x, y)].set_symbol("◆").set_style(status);
            }
        }
    }
    if let Some(projection) = &t.projection {
        let end = projection.end();
        let (x, y) = cell(plot, t.x_frac(end.t), chart.y_frac(end.v));
        buf[(x, y)]
            .set_symbol(status_symbol(chart.status))
            .set_style(status);
    }
}
