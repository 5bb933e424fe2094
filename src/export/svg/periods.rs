//! The per-period chart as SVG: a group per period carrying its verdict's status class, with
//! its target (a shaded box for a band, a bracket open toward the accepted side for a floor
//! or ceiling, a line for a level to reach), a stem from zero for an amount, its result as a
//! dot with the verdict's symbol beside it (◇ at the target's middle for a plan), and under
//! the axis the period, its verdict and result, and its target, as the terminal writes them.

use std::fmt::Write as _;

use super::{FONT, LINE, Plot, as_of_label, esc, status_class, text_width, tick};
use crate::chart::{Chart, Periods, TargetShape, Verdict};
use crate::summary::chart::{ChartWords, ColumnWords};

/// How far a bracket's ends turn, in the drawing's units.
const TURN: f64 = 5.0;

pub fn draw(out: &mut String, chart: &Chart, p: &Periods, words: &ChartWords, plot: Plot) {
    let y = |v: f64| plot.at(0.0, chart.y_frac(v)).1;
    let width = plot.width / p.columns.len().max(1) as f64;
    for (i, column) in p.columns.iter().enumerate() {
        let (x, _) = plot.at(p.centre(i), 0.0);
        let class = match column.verdict {
            Verdict::Unjudged => "s-none",
            v => status_class(v.status()),
        };
        let _ = writeln!(out, "<g class=\"{class}\">");
        if let Some(shape) = column.target.as_ref().and_then(|t| t.shape) {
            let (x0, x1) = p.target_span(i);
            let (x0, x1) = (plot.at(x0, 0.0).0, plot.at(x1, 0.0).0);
            target(out, shape, (x0, x1), &y);
        }
        if let (true, Some(result)) = (p.stems, &column.result) {
            let _ = writeln!(
                out,
                "<line class=\"stem\" x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\"/>",
                y(0.0),
                y(result.v)
            );
        }
        mark(out, p, i, x, &y);
        if let Some(w) = words.columns.get(i) {
            under(out, w, x, width, plot);
        }
        out.push_str("</g>\n");
        // The as-of date over the period it falls in, its ▼ over the column's middle.
        let label = (p.now == Some(i)).then(|| match as_of_label(words, plot, x) {
            (_, y, "end") => (format!("{} ▼", words.as_of), y, "end"),
            label => label,
        });
        tick(out, plot, x, label);
    }
}

fn target(out: &mut String, shape: TargetShape, (x0, x1): (f64, f64), y: &dyn Fn(f64) -> f64) {
    let bracket = |v: f64, turn: f64| {
        format!(
            "<path class=\"bound\" d=\"M{x0:.1} {:.1} L{x0:.1} {:.1} L{x1:.1} {:.1} L{x1:.1} {:.1}\"/>",
            y(v) + turn,
            y(v),
            y(v),
            y(v) + turn
        )
    };
    let _ = writeln!(
        out,
        "{}",
        match shape {
            TargetShape::Band(lo, hi) => format!(
                "<rect class=\"band box\" x=\"{x0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>",
                y(hi),
                x1 - x0,
                y(lo) - y(hi)
            ),
            // Up the page (a smaller y) is the side a floor accepts.
            TargetShape::Floor(v) => bracket(v, -TURN),
            TargetShape::Ceiling(v) => bracket(v, TURN),
            TargetShape::Point(v) => format!(
                "<line class=\"bound\" x1=\"{x0:.1}\" y1=\"{0:.1}\" x2=\"{x1:.1}\" y2=\"{0:.1}\"/>",
                y(v)
            ),
        }
    );
}

/// A result's dot with the verdict's symbol beside it; a plan's ◇ at its target's middle.
fn mark(out: &mut String, chart: &Periods, i: usize, x: f64, y: &dyn Fn(f64) -> f64) {
    let Some(value) = chart.mark_value(i) else {
        return;
    };
    let column = &chart.columns[i];
    let symbol = column.verdict.symbol();
    let cy = y(value);
    if column.result.is_none() {
        let _ = writeln!(
            out,
            "<text class=\"end\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{symbol}</text>",
            cy + FONT * 0.35
        );
        return;
    }
    let _ = writeln!(
        out,
        "<circle class=\"pt\" cx=\"{x:.1}\" cy=\"{cy:.1}\" r=\"3.5\"/>"
    );
    if column.verdict != Verdict::Unjudged {
        let _ = writeln!(
            out,
            "<text class=\"end\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"start\">{symbol}</text>",
            x + 7.0,
            cy + FONT * 0.35
        );
    }
}

/// The period, its verdict and result, and its target, each the longest form that fits the
/// column.
fn under(out: &mut String, w: &ColumnWords, x: f64, width: f64, plot: Plot) {
    let bottom = plot.y + plot.height + FONT + 6.0;
    let lines: [(&[String], &str); 3] = [
        (std::slice::from_ref(&w.period), "date"),
        (&w.under, "res"),
        (&w.target_under, "target-text"),
    ];
    for (k, (texts, class)) in lines.into_iter().enumerate() {
        let Some(text) = texts.iter().find(|t| text_width(t) <= width - 4.0) else {
            continue;
        };
        let _ = writeln!(
            out,
            "<text class=\"{class}\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            bottom + k as f64 * LINE,
            esc(text)
        );
    }
}
