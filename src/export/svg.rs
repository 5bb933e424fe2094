//! The trajectory chart as inline SVG for the HTML handout: vector, so it prints crisply; no
//! script and nothing fetched, so the handout stays one self-contained file. It maps the same
//! model as the terminal (`crate::chart`) through its own scale, and takes its words from the
//! same legend.
//!
//! Colours come from the handout's style sheet by class: the status class on the figure
//! (`s-off` …) colours the projection, the target and the status symbol ending the projection,
//! which also make the status readable in black and white (dashes, the symbol).

mod periods;

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use super::html::esc;
use super::html::metric::{class, status_class};
use crate::chart::{Chart, DateMark, Kind, Path, Pt, TargetShape, Trajectory};
use crate::summary::chart::{ChartWords, Glyph};
use crate::texts::status_symbol;

/// The drawing's own units; it is scaled to the width of the page.
const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 250.0;
const FONT: f64 = 12.0;
/// Two lines over the plot: the unit, then the as-of date, so they never meet.
const TOP: f64 = 38.0;
const BOTTOM: f64 = 30.0;
const RIGHT: f64 = 14.0;
/// A per-period chart has two more lines under its axis (each period's verdict and result,
/// then its target): its drawing is that much taller, its plot the same.
const LINE: f64 = FONT + 4.0;
const PERIOD_LINES: f64 = 2.0;

/// The drawing's height: a per-period chart's lines under the axis are added to it.
fn height(chart: &Chart) -> f64 {
    HEIGHT + extra_bottom(chart)
}

fn extra_bottom(chart: &Chart) -> f64 {
    match chart.kind {
        Kind::Trajectory(_) => 0.0,
        Kind::Periods(_) => PERIOD_LINES * LINE,
    }
}

/// Where the plot sits in the drawing; the model's (0, 0) is its bottom-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plot {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Plot {
    fn of(chart: &Chart) -> Plot {
        let gutter = chart
            .y
            .ticks
            .iter()
            .map(|t| text_width(&t.text))
            .fold(0.0, f64::max);
        // The unit is written over the ticks, so only the ticks set the gutter.
        let x = (gutter + 10.0).clamp(24.0, WIDTH / 3.0);
        Plot {
            x,
            y: TOP,
            width: WIDTH - x - RIGHT,
            height: HEIGHT - TOP - BOTTOM,
        }
    }

    /// A point of the unit square in the drawing.
    pub fn at(&self, fx: f64, fy: f64) -> (f64, f64) {
        (
            self.x + fx.clamp(0.0, 1.0) * self.width,
            self.y + (1.0 - fy.clamp(0.0, 1.0)) * self.height,
        )
    }
}

/// About how wide `text` is drawn at the chart's font size: wide (CJK) characters a full em.
fn text_width(text: &str) -> f64 {
    text.width() as f64 * FONT * 0.55
}

/// The chart as a `<figure>`: the SVG, then its legend as text.
pub fn figure(chart: &Chart, words: &ChartWords, id: &str) -> String {
    let status = words.status.as_ref().map_or("s-none", class);
    let mut out = "<figure class=\"chart\">\n".to_owned();
    svg(&mut out, chart, words, &esc(id), status);
    legend(&mut out, chart, words, status);
    out.push_str("</figure>\n");
    out
}

fn svg(out: &mut String, chart: &Chart, words: &ChartWords, id: &str, status: &str) {
    let plot = Plot::of(chart);
    let _ = write!(
        out,
        "<svg class=\"{status}\" viewBox=\"0 0 {WIDTH} {}\" \
         role=\"img\" aria-labelledby=\"{id}-d\" font-size=\"{FONT}\">\n<desc id=\"{id}-d\">{}</desc>\n",
        height(chart),
        esc(&words.description)
    );
    let _ = writeln!(
        out,
        "<rect class=\"plot\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>",
        plot.x, plot.y, plot.width, plot.height
    );
    value_axis(out, chart, plot);
    match &chart.kind {
        Kind::Trajectory(t) => trajectory(out, chart, t, words, plot),
        Kind::Periods(p) => periods::draw(out, chart, p, words, plot),
    }
    out.push_str("</svg>\n");
}

fn value_axis(out: &mut String, chart: &Chart, plot: Plot) {
    for tick in &chart.y.ticks {
        let (_, y) = plot.at(0.0, chart.y_frac(tick.value));
        let _ = writeln!(
            out,
            "<line class=\"grid\" x1=\"{:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\"/>\
             <text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            plot.x,
            plot.x + plot.width,
            plot.x - 6.0,
            y + FONT * 0.35,
            esc(&tick.text)
        );
    }
    let bottom = plot.y + plot.height;
    let _ = writeln!(
        out,
        "<line class=\"axis\" x1=\"{0:.1}\" y1=\"{1:.1}\" x2=\"{0:.1}\" y2=\"{bottom:.1}\"/>\
         <line class=\"axis\" x1=\"{0:.1}\" y1=\"{bottom:.1}\" x2=\"{2:.1}\" y2=\"{bottom:.1}\"/>",
        plot.x,
        plot.y,
        plot.x + plot.width
    );
    if !chart.y.from_zero {
        // A zig-zag across the foot of the value axis: it does not start at zero.
        let (x, y) = (plot.x, bottom - 10.0);
        let _ = writeln!(
            out,
            "<path class=\"break\" d=\"M{:.1} {:.1} l8 -4 l-8 -4 l8 -4\"/>",
            x - 4.0,
            y + 6.0
        );
    }
    if let Some(unit) = &chart.unit {
        let _ = writeln!(
            out,
            "<text class=\"unit\" x=\"0\" y=\"{:.1}\">{}</text>",
            FONT,
            esc(unit)
        );
    }
}

fn trajectory(out: &mut String, chart: &Chart, t: &Trajectory, words: &ChartWords, plot: Plot) {
    let at = |p: &Pt| plot.at(t.x_frac(p.t), chart.y_frac(p.v));
    time_axis(out, t, words, plot);
    target(out, chart, t, plot);
    if let Some(needed) = &t.needed {
        polyline(out, "needed", needed, &at);
    }
    if let Some(projection) = &t.projection {
        polyline(out, "projection", projection, &at);
        let (x, y) = at(&projection.end());
        let _ = writeln!(
            out,
            "<text class=\"end\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            y + FONT * 0.35,
            status_symbol(chart.status)
        );
    }
    let history: Vec<String> = t.points.iter().map(|p| point_text(at(p))).collect();
    let _ = writeln!(
        out,
        "<polyline class=\"history\" points=\"{}\"/>",
        history.join(" ")
    );
    for p in &t.points {
        let (x, y) = at(p);
        let _ = writeln!(
            out,
            "<circle class=\"pt\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3\"/>"
        );
    }
}

fn point_text((x, y): (f64, f64)) -> String {
    format!("{x:.1},{y:.1}")
}

fn polyline(out: &mut String, class: &str, path: &Path, at: &dyn Fn(&Pt) -> (f64, f64)) {
    let points: Vec<String> = path.points.iter().map(|p| point_text(at(p))).collect();
    let _ = writeln!(
        out,
        "<polyline class=\"{class}\" points=\"{}\"/>",
        points.join(" ")
    );
}

/// "▼ as of 2021-11-23" over the plot at `x`, toward the plot's middle.
fn as_of_label(words: &ChartWords, plot: Plot, x: f64) -> (String, f64, &'static str) {
    let anchor = if x - plot.x > plot.width / 2.0 {
        "end"
    } else {
        "start"
    };
    (format!("▼ {}", words.as_of), plot.y - 7.0, anchor)
}

/// A tick under the axis at `x`, and its label at height `y` when it has one.
fn tick(out: &mut String, plot: Plot, x: f64, label: Option<(String, f64, &str)>) {
    let bottom = plot.y + plot.height;
    let _ = write!(
        out,
        "<line class=\"axis\" x1=\"{x:.1}\" y1=\"{bottom:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\"/>",
        bottom + 4.0,
    );
    if let Some((text, y, anchor)) = label {
        let _ = write!(
            out,
            "<text class=\"date\" x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\">{}</text>",
            esc(&text)
        );
    }
    out.push('\n');
}

/// Dates under the axis (start, deadline) and the as-of date over its dashed line.
fn time_axis(out: &mut String, t: &Trajectory, words: &ChartWords, plot: Plot) {
    let bottom = plot.y + plot.height;
    for label in &t.x.labels {
        let (x, _) = plot.at(t.x_frac(label.t), 0.0);
        let label = match label.mark {
            DateMark::Start => (label.text.clone(), bottom + FONT + 6.0, "start"),
            DateMark::End => (label.text.clone(), bottom + FONT + 6.0, "end"),
            DateMark::AsOf => {
                let _ = writeln!(
                    out,
                    "<line class=\"asof\" x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{bottom:.1}\"/>",
                    plot.y - 3.0
                );
                as_of_label(words, plot, x)
            }
        };
        tick(out, plot, x, Some(label));
    }
}

/// A floor or ceiling as a dashed line across, a band shaded, and at the deadline a diamond
/// (a bar for a band).
fn target(out: &mut String, chart: &Chart, t: &Trajectory, plot: Plot) {
    let y = |v: f64| plot.at(0.0, chart.y_frac(v)).1;
    match t.target.shape {
        TargetShape::Floor(v) | TargetShape::Ceiling(v) => {
            let _ = writeln!(
                out,
                "<line class=\"target\" x1=\"{0:.1}\" y1=\"{1:.1}\" x2=\"{2:.1}\" y2=\"{1:.1}\"/>",
                plot.x,
                y(v),
                plot.x + plot.width
            );
        }
        TargetShape::Band(lo, hi) => {
            let _ = writeln!(
                out,
                "<rect class=\"band\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>",
                plot.x,
                y(hi),
                plot.width,
                y(lo) - y(hi)
            );
        }
        TargetShape::Point(_) => {}
    }
    let Some(at) = t.target.at else {
        return;
    };
    let (x, _) = plot.at(t.x_frac(at), 0.0);
    match t.target.shape {
        TargetShape::Band(lo, hi) => {
            let _ = writeln!(
                out,
                "<line class=\"mark\" x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\"/>",
                y(hi),
                y(lo)
            );
        }
        TargetShape::Point(v) | TargetShape::Floor(v) | TargetShape::Ceiling(v) => {
            let _ = writeln!(
                out,
                "<path class=\"diamond\" d=\"M{x:.1} {:.1} l6 6 l-6 6 l-6 -6 z\"/>",
                y(v) - 6.0
            );
        }
    }
}

/// The legend under the drawing, as text that wraps, each entry with a sample of its mark.
fn legend(out: &mut String, chart: &Chart, words: &ChartWords, status: &str) {
    out.push_str("<figcaption><ul class=\"legend\">");
    let band = chart.band_target();
    let periods = matches!(chart.kind, Kind::Periods(_));
    for entry in &words.legend {
        let mut key_class = status;
        let sample = match entry.glyph {
            Glyph::Points if periods => "<circle class=\"pt\" cx=\"12\" cy=\"5\" r=\"3.5\"/>".to_owned(),
            Glyph::Points => "<line class=\"history\" x1=\"0\" y1=\"5\" x2=\"24\" y2=\"5\"/><circle class=\"pt\" cx=\"12\" cy=\"5\" r=\"3\"/>".to_owned(),
            Glyph::Verdict(v) => {
                key_class = status_class(v.status());
                format!(
                    "<text class=\"end\" x=\"12\" y=\"9\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
                    v.symbol()
                )
            }
            Glyph::Target if periods && band => {
                key_class = "s-none";
                "<rect class=\"band box\" x=\"2\" y=\"1\" width=\"20\" height=\"8\"/>".to_owned()
            }
            Glyph::Target if periods => {
                key_class = "s-none";
                "<line class=\"bound\" x1=\"2\" y1=\"5\" x2=\"22\" y2=\"5\"/>".to_owned()
            }
            Glyph::Needed => "<line class=\"needed\" x1=\"0\" y1=\"5\" x2=\"24\" y2=\"5\"/>".to_owned(),
            Glyph::Projection => format!(
                "<line class=\"projection\" x1=\"0\" y1=\"5\" x2=\"16\" y2=\"5\"/><text class=\"end\" x=\"20\" y=\"9\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
                status_symbol(chart.status)
            ),
            Glyph::Target if band => "<rect class=\"band\" x=\"0\" y=\"1\" width=\"24\" height=\"8\"/><line class=\"mark\" x1=\"22\" y1=\"1\" x2=\"22\" y2=\"9\"/>".to_owned(),
            Glyph::Target => "<path class=\"diamond\" d=\"M12 0 l5 5 l-5 5 l-5 -5 z\"/>".to_owned(),
            Glyph::Break => "<path class=\"break\" d=\"M8 9 l8 -3 l-8 -3 l8 -3\"/>".to_owned(),
        };
        let _ = write!(
            out,
            "<li><svg class=\"key {key_class}\" viewBox=\"0 0 24 10\" aria-hidden=\"true\">{sample}</svg> {}</li>",
            esc(&entry.text)
        );
    }
    out.push_str("</ul></figcaption>\n");
}

/// The plot rectangle of a chart's drawing, for tests that compare placements.
pub fn plot_of(chart: &Chart) -> Plot {
    Plot::of(chart)
}
