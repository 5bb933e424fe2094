//! The handout as one self-contained HTML file: inline CSS, no script, nothing fetched, so it
//! can be mailed, archived and printed as it is. Every piece of briefing text is escaped.

use std::fmt::Write as _;

use super::svg;
use crate::chart::Chart;
use crate::model::{Briefing, Item, ItemKind, Language, Section};
use crate::summary::marks as content;
use crate::summary::{self, ChartWords, MetricWords, fmt};
use crate::texts::{Texts, texts};

pub(super) mod metric;

use metric::{bar, change_html, class, mark_html, metric_html};

const CSS: &str = include_str!("handout.css");

pub fn render(b: &Briefing, with_notes: bool) -> String {
    let t = texts(b.meta.language);
    let lang = match b.meta.language {
        Language::En => "en",
        Language::Zh => "zh-CN",
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"brief\">\n<title>{}</title>\n<style>\n{CSS}</style>\n\
         </head>\n<body>\n",
        esc(&b.meta.title)
    );
    header(&mut out, b, with_notes, t);
    key_metrics(&mut out, b, t);
    for section in Section::ALL {
        let _ = write!(
            out,
            "<section class=\"part\" id=\"{}\">\n<h2>{}</h2>\n",
            section.key(),
            esc(b.section_name(section))
        );
        let items = b.section(section);
        if items.is_empty() {
            let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(t.empty_section));
        }
        for item in items {
            render_item(&mut out, b, item, with_notes, t);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn header(out: &mut String, b: &Briefing, with_notes: bool, t: &Texts) {
    let m = &b.meta;
    let _ = write!(
        out,
        "<header class=\"title\">\n<h1>{}</h1>\n",
        esc(&m.title)
    );
    if let Some(sub) = &m.subtitle {
        let _ = writeln!(out, "<p class=\"subtitle\">{}</p>", esc(sub));
    }
    let who = content::who_and_when(b, t);
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", esc(&who.join(" · ")));
    let (goals, challenges) = content::tallies(b, t);
    out.push_str("<div class=\"tally\">");
    for (section, marks) in [(Section::Goals, goals), (Section::Challenges, challenges)] {
        if marks.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "<span><span class=\"name\">{}:</span>",
            esc(b.section_name(section))
        );
        for (n, mark) in marks {
            let _ = write!(out, " {n} {}", mark_html(&mark));
        }
        out.push_str("</span>");
    }
    out.push_str("</div>\n</header>\n");
    for line in m.summary.iter().flat_map(|s| s.lines()) {
        let _ = writeln!(out, "<p class=\"summary\">{}</p>", esc(line));
    }
    if with_notes && let Some(notes) = &m.notes {
        notes_html(out, notes, t);
    }
}

fn key_metrics(out: &mut String, b: &Briefing, t: &Texts) {
    let key = summary::key_metrics(b);
    if key.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section class=\"key\">\n<h2>{}</h2>\n<div class=\"cards\">\n",
        esc(t.key_metrics)
    );
    for (_, metric) in key {
        let v = MetricWords::of(metric, b.meta.date, t);
        let _ = write!(
            out,
            "<div class=\"card\"><div class=\"label\">{}</div><div class=\"figure\">{}</div>",
            esc(&metric.label),
            esc(&v.value)
        );
        if v.change.is_some() || v.status.is_some() {
            out.push_str("<div>");
            change_html(out, &v);
            if let Some(status) = &v.status {
                let _ = write!(out, " {}", mark_html(status));
            }
            out.push_str("</div>");
        }
        if let Some(context) = fmt::context(metric, &v.figures, t) {
            let bad = v.figures.progress.is_none() && v.rates.as_ref().is_some_and(|r| r.1);
            let _ = write!(
                out,
                "<div class=\"context{}\">{}</div>",
                if bad { " bad" } else { "" },
                esc(&context)
            );
        }
        if let Some(p) = v.figures.progress {
            bar(out, t.progress, p, v.status.as_ref().map_or("", class));
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n</section>\n");
}

fn render_item(out: &mut String, b: &Briefing, item: &Item, with_notes: bool, t: &Texts) {
    let as_of = b.meta.date;
    let _ = write!(
        out,
        "<article class=\"item\" id=\"item-{}\">\n<h3>",
        esc(&item.id)
    );
    if let Some(mark) = content::item_mark(item, as_of, t) {
        let _ = write!(out, "{} ", mark_html(&mark));
    }
    let _ = writeln!(out, "<span>{}</span></h3>", esc(&item.title));
    let facts = content::item_facts(item, as_of, t);
    if !facts.is_empty() {
        let _ = writeln!(out, "<p class=\"facts\">{}</p>", esc(&facts.join(" · ")));
    }
    for line in item.summary.iter().flat_map(|s| s.lines()) {
        let _ = writeln!(out, "<p>{}</p>", esc(line));
    }
    list(out, t.details, item.details.iter().map(|d| esc(d)));
    if let ItemKind::Challenge { mitigation, .. } = &item.kind {
        list(out, t.mitigation, mitigation.iter().map(|d| esc(d)));
    }
    if !item.metrics.is_empty() {
        let _ = write!(
            out,
            "<h4>{}</h4>\n<div class=\"metrics\">\n",
            esc(t.metrics)
        );
        for (i, metric) in item.metrics.iter().enumerate() {
            let words = MetricWords::of(metric, as_of, t);
            // A goal's metric with a target shows its trajectory.
            let chart = matches!(item.kind, ItemKind::Goal { .. })
                .then(|| Chart::of(metric, &words.figures, as_of))
                .flatten();
            let figure = chart.map(|c| {
                let chart_words = ChartWords::of(&c, metric, t);
                svg::figure(&c, &chart_words, &format!("chart-{}-{i}", item.id))
            });
            metric_html(out, &words, t, figure.as_deref());
        }
        out.push_str("</div>\n");
    }
    let (heading, linked) = content::links(b, item, t);
    list(
        out,
        heading,
        linked
            .iter()
            .map(|(l, m)| format!("{} {}", esc(&l.title), mark_html(m))),
    );
    if with_notes && let Some(notes) = &item.notes {
        notes_html(out, notes, t);
    }
    out.push_str("</article>\n");
}

/// A headed list; `items` are already HTML.
fn list(out: &mut String, heading: &str, items: impl Iterator<Item = String>) {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        return;
    }
    let _ = write!(out, "<h4>{}</h4>\n<ul>\n", esc(heading));
    for item in items {
        let _ = writeln!(out, "<li>{}</li>", item.replace('\n', "<br>"));
    }
    out.push_str("</ul>\n");
}

fn notes_html(out: &mut String, notes: &str, t: &Texts) {
    let _ = writeln!(out, "<aside class=\"notes\"><h4>{}</h4>", esc(t.notes));
    for line in notes.lines().filter(|l| !l.trim().is_empty()) {
        let _ = writeln!(out, "<p>{}</p>", esc(line));
    }
    out.push_str("</aside>\n");
}

/// Escapes text for HTML content and quoted attribute values alike.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
