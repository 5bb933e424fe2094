//! One metric of the HTML handout: a small card with its value, change and status, bars for
//! progress and time elapsed, and its other figures beside them.

use std::fmt::Write as _;

use super::esc;
use crate::model::{Severity, Status};
use crate::summary::fmt;
use crate::summary::{Mark, MetricWords, Tone};
use crate::texts::Texts;

/// A metric as a small card: label, value, change and status, its figures, bars for progress
/// and time elapsed, the rates, the history, the trajectory chart (`figure`, already HTML)
/// across the card's whole row, and the note.
pub fn metric_html(out: &mut String, v: &MetricWords, t: &Texts, figure: Option<&str>) {
    let _ = write!(
        out,
        "<div class=\"metric{}\"><div class=\"label\">{}</div><div><span class=\"value\">{}</span>",
        if figure.is_some() { " with-chart" } else { "" },
        esc(&v.metric.label),
        esc(&v.value)
    );
    change_html(out, v);
    if let Some(status) = &v.status {
        let _ = write!(out, " {}", mark_html(status));
    }
    out.push_str("</div><div class=\"figs\">");
    // Bars and facts sit side by side in a wide card and stack in a narrow one.
    if v.figures.progress.is_some() || v.figures.elapsed.is_some() {
        out.push_str("<div class=\"bars\">");
        if let Some(p) = v.figures.progress {
            bar(out, t.progress, p, v.status.as_ref().map_or("", class));
        }
        if let Some(e) = v.figures.elapsed {
            bar(out, t.elapsed, e, "elapsed");
        }
        out.push_str("</div>");
    }
    let rows = [
        (t.baseline, v.baseline.clone(), ""),
        (t.target, v.target.clone(), ""),
        (
            t.due,
            v.days.as_ref().map(|d| d.0.clone()),
            if v.days.as_ref().is_some_and(|d| d.1) {
                "bad"
            } else {
                ""
            },
        ),
        rates_row(v, t),
    ];
    if rows.iter().any(|r| r.1.is_some()) || v.history.is_some() {
        out.push_str("<dl>");
        for (name, value, class) in rows {
            if let Some(value) = value {
                let class = if class.is_empty() {
                    String::new()
                } else {
                    format!(" class=\"{class}\"")
                };
                let _ = write!(out, "<dt>{}</dt><dd{class}>{}</dd>", esc(name), esc(&value));
            }
        }
        if let Some(history) = &v.history {
            let _ = write!(
                out,
                "<dt>{}</dt><dd class=\"spark\">{}</dd>",
                esc(t.history),
                esc(history)
            );
        }
        out.push_str("</dl>");
    }
    out.push_str("</div>");
    if let Some(figure) = figure {
        out.push_str(figure);
    }
    for line in [&v.periods, &v.source].into_iter().flatten() {
        let _ = write!(out, "<p class=\"note\">{}</p>", esc(line));
    }
    if let Some(note) = &v.metric.note {
        let _ = write!(out, "<p class=\"note\">{}</p>", esc(note));
    }
    out.push_str("</div>\n");
}

/// "growth per year" (or "change per year" for a rate's pace), its words, and their class:
/// bad when behind what is needed, good when keeping up with it.
fn rates_row(v: &MetricWords, t: &Texts) -> (&'static str, Option<String>, &'static str) {
    let name = if v.figures.pace.is_some() {
        t.pace
    } else {
        t.rates
    };
    let needed = v.figures.needed_rate.is_some() || v.figures.pace.is_some();
    let class = match &v.rates {
        Some((_, true)) => "bad",
        Some((_, false)) if needed => "good",
        _ => "",
    };
    (name, v.rates.as_ref().map(|r| r.0.clone()), class)
}

pub fn change_html(out: &mut String, v: &MetricWords) {
    if let Some((change, good)) = &v.change {
        let _ = write!(
            out,
            " <span class=\"{}\">{}</span>",
            if *good { "good" } else { "bad" },
            esc(change)
        );
    }
}

/// A bar for a share: the width is clamped to the track, the number beside it is not.
pub fn bar(out: &mut String, label: &str, share: f64, class: &str) {
    let width = (share.clamp(0.0, 1.0) * 1000.0).round() / 10.0;
    let _ = write!(
        out,
        "<div class=\"bar\"><span class=\"name\">{}</span><span class=\"track\">\
         <span class=\"fill {class}\" style=\"width:{width}%\"></span></span>\
         <span class=\"pct\">{}</span></div>",
        esc(label),
        fmt::percent(share)
    );
}

pub fn mark_html(mark: &Mark) -> String {
    format!(
        "<span class=\"mark {}\">{}</span>",
        class(mark),
        esc(&mark.text())
    )
}

/// The CSS class that colours a status or severity mark.
pub fn class(mark: &Mark) -> &'static str {
    match mark.tone {
        Tone::Status(status) => status_class(status),
        Tone::Severity(Severity::Critical) => "sev-critical",
        Tone::Severity(Severity::High) => "sev-high",
        Tone::Severity(Severity::Medium) => "sev-medium",
        Tone::Severity(Severity::Low) => "sev-low",
    }
}

/// The CSS class that colours a status.
pub fn status_class(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Done) => "s-done",
        Some(Status::OnTrack) => "s-on",
        Some(Status::AtRisk) => "s-risk",
        Some(Status::OffTrack) => "s-off",
        Some(Status::Missed) => "s-missed",
        Some(Status::Planned) => "s-planned",
        None => "s-none",
    }
}
