//! The handout as Markdown (CommonMark with GitHub tables): a heading per section and per
//! item, each item's metrics as a table with one column per metric, so that an item's figures
//! read side by side whether the file is rendered or read as plain text.

use std::fmt::Write as _;

use crate::chart::{Chart, Kind};
use crate::model::{Briefing, Item, ItemKind, Metric, Section};
use crate::summary::marks as content;
use crate::summary::{ChartWords, MetricWords, fmt, key_metrics};
use crate::texts::{Texts, texts};

pub fn render(b: &Briefing, with_notes: bool) -> String {
    let t = texts(b.meta.language);
    let as_of = b.meta.date;
    let mut out = format!("# {}\n\n", esc(&b.meta.title));
    if let Some(sub) = &b.meta.subtitle {
        let _ = write!(out, "*{}*\n\n", esc(sub));
    }
    let _ = write!(
        out,
        "{}\n\n",
        block(&content::who_and_when(b, t).join(" · "))
    );
    let (goals, challenges) = content::tallies(b, t);
    let mut tally = Vec::new();
    for (section, marks) in [(Section::Goals, goals), (Section::Challenges, challenges)] {
        if !marks.is_empty() {
            let counts: Vec<String> = marks
                .iter()
                .map(|(n, m)| format!("{n} {}", m.text()))
                .collect();
            tally.push(format!(
                "**{}:** {}",
                esc(b.section_name(section)),
                counts.join(" · ")
            ));
        }
    }
    if !tally.is_empty() {
        let _ = write!(out, "{}\n\n", tally.join(" — "));
    }
    paragraphs(&mut out, b.meta.summary.as_deref());
    if with_notes && let Some(notes) = &b.meta.notes {
        quote(&mut out, t.notes, notes);
    }
    let key = key_metrics(b);
    if !key.is_empty() {
        let _ = write!(out, "## {}\n\n", esc(t.key_metrics));
        for (_, metric) in key {
            let v = MetricWords::of(metric, as_of, t);
            let mut line = format!("- **{}** {}", esc(&metric.label), esc(&v.value));
            if let Some((change, _)) = &v.change {
                let _ = write!(line, " {change}");
            }
            if let Some(status) = &v.status {
                let _ = write!(line, " · {}", status.text());
            }
            if let Some(context) = fmt::context(metric, &v.figures, t) {
                let _ = write!(line, " — {}", esc(&context));
            }
            out.push_str(&line);
            out.push('\n');
        }
        out.push('\n');
    }
    for section in Section::ALL {
        let _ = write!(out, "## {}\n\n", esc(b.section_name(section)));
        let items = b.section(section);
        if items.is_empty() {
            let _ = write!(out, "{}\n\n", esc(t.empty_section));
        }
        for item in items {
            render_item(&mut out, b, item, with_notes, t);
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn render_item(out: &mut String, b: &Briefing, item: &Item, with_notes: bool, t: &Texts) {
    let as_of = b.meta.date;
    let _ = write!(out, "### {}\n\n", esc(&item.title));
    let mut facts: Vec<String> = content::item_mark(item, as_of, t)
        .map(|m| m.text())
        .into_iter()
        .collect();
    facts.extend(content::item_facts(item, as_of, t));
    if !facts.is_empty() {
        let _ = write!(out, "{}\n\n", block(&facts.join(" · ")));
    }
    paragraphs(out, item.summary.as_deref());
    bullets(out, t.details, &item.details);
    if let ItemKind::Challenge { mitigation, .. } = &item.kind {
        bullets(out, t.mitigation, mitigation);
    }
    metrics_table(out, item, as_of, t);
    if matches!(item.kind, ItemKind::Goal { .. }) {
        for metric in &item.metrics {
            if let Some(chart) = Chart::for_metric(metric, as_of) {
                trajectory_table(out, &chart, metric, t);
            }
        }
    }
    let (heading, linked) = content::links(b, item, t);
    if !linked.is_empty() {
        let lines: Vec<String> = linked
            .iter()
            .map(|(l, m)| format!("{} ({})", l.title, m.text()))
            .collect();
        bullets(out, heading, &lines);
    }
    if with_notes && let Some(notes) = &item.notes {
        quote(out, t.notes, notes);
    }
}

/// One column per metric, one row per figure that any of them has.
fn metrics_table(out: &mut String, item: &Item, as_of: chrono::NaiveDate, t: &Texts) {
    type Row = (&'static str, fn(&MetricWords) -> Option<String>);
    if item.metrics.is_empty() {
        return;
    }
    let views: Vec<MetricWords> = item
        .metrics
        .iter()
        .map(|m| MetricWords::of(m, as_of, t))
        .collect();
    let rows: [Row; 13] = [
        (t.current, |v| Some(v.value.clone())),
        (t.results, |v| v.periods.clone()),
        (t.since_baseline, |v| v.change.as_ref().map(|c| c.0.clone())),
        (t.baseline, |v| v.baseline.clone()),
        (t.target, |v| v.target.clone()),
        (t.progress, |v| v.figures.progress.map(fmt::percent)),
        (t.elapsed, |v| v.figures.elapsed.map(fmt::percent)),
        (t.due, |v| v.days.as_ref().map(|d| d.0.clone())),
        (t.rates, |v| {
            v.rates
                .as_ref()
                .filter(|_| v.figures.pace.is_none())
                .map(|r| r.0.clone())
        }),
        (t.pace, |v| {
            v.rates
                .as_ref()
                .filter(|_| v.figures.pace.is_some())
                .map(|r| r.0.clone())
        }),
        (t.history, |v| v.history.clone()),
        (t.status, |v| {
            v.status
                .as_ref()
                .map(super::super::summary::marks::Mark::text)
        }),
        (t.source, |v| v.metric.source.clone()),
    ];
    let _ = write!(out, "**{}**\n\n| {} |", esc(t.metrics), esc(t.metric));
    for v in &views {
        let _ = write!(out, " {} |", esc(&v.metric.label));
    }
    out.push_str("\n| --- |");
    out.push_str(&" --- |".repeat(views.len()));
    out.push('\n');
    for (name, cell) in rows {
        let cells: Vec<Option<String>> = views.iter().map(cell).collect();
        if cells.iter().all(Option::is_none) {
            continue;
        }
        let _ = write!(out, "| {} |", esc(&capitalised(name)));
        for c in cells {
            let _ = write!(out, " {} |", c.map_or_else(String::new, |c| esc(&c)));
        }
        out.push('\n');
    }
    out.push('\n');
    for v in views.iter().filter(|v| v.metric.note.is_some()) {
        let note = v.metric.note.as_deref().unwrap_or_default();
        let _ = writeln!(out, "- *{}*: {}", esc(&v.metric.label), esc(note));
    }
    if views.iter().any(|v| v.metric.note.is_some()) {
        out.push('\n');
    }
}

/// The trajectory chart's points as a table: each measured value by its date, and at the
/// deadline where the needed path and the pace so far lead, beside the target.
fn trajectory_table(out: &mut String, chart: &Chart, metric: &Metric, t: &Texts) {
    let tr = match &chart.kind {
        Kind::Trajectory(tr) => tr,
        Kind::Periods(_) => return periods_table(out, chart, metric, t),
    };
    let unit = metric.unit.as_deref();
    let value = |v: f64| fmt::with_unit(&chart.y.text(v), unit);
    let mut rows = Rows::default();
    for (p, written) in tr.points.iter().zip(&tr.written) {
        rows.at(p.t)[0] = fmt::with_unit(written, unit);
    }
    let mut columns = vec![t.history];
    for (path, name) in [(&tr.needed, t.needed_path), (&tr.projection, t.at_pace)] {
        if let Some(path) = path {
            let start = tr.current();
            rows.at(start.t)[columns.len()] = value(start.v);
            rows.at(path.end().t)[columns.len()] = value(path.end().v);
            columns.push(name);
        }
    }
    if let (Some(at), Some(target)) = (tr.target.at, fmt::target_short(metric, t)) {
        rows.at(at)[columns.len()] = target;
        columns.push(t.target);
    }
    let _ = write!(
        out,
        "**{}: {}**\n\n| {} |",
        esc(t.trajectory),
        esc(&metric.label),
        esc(&capitalised(t.date))
    );
    for name in &columns {
        let _ = write!(out, " {} |", esc(&capitalised(name)));
    }
    out.push_str("\n| --- |");
    out.push_str(&" --- |".repeat(columns.len()));
    out.push('\n');
    rows.0.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (day, cells) in rows.0 {
        let _ = write!(out, "| {} |", tr.x.date(day));
        for cell in cells.iter().take(columns.len()) {
            let _ = write!(out, " {} |", esc(cell));
        }
        out.push('\n');
    }
    out.push('\n');
}

/// A per-period chart as a table: each period's result beside its target and the verdict.
fn periods_table(out: &mut String, chart: &Chart, metric: &Metric, t: &Texts) {
    let words = ChartWords::of(chart, metric, t);
    let _ = write!(
        out,
        "**{}: {}**\n\n| {} | {} | {} | {} |\n| --- | --- | --- | --- |\n",
        esc(t.trajectory),
        esc(&metric.label),
        esc(&capitalised(t.period)),
        esc(&capitalised(t.result)),
        esc(&capitalised(t.target)),
        esc(&capitalised(t.verdict)),
    );
    for c in &words.columns {
        let cell = |text: &Option<String>| text.as_deref().map(esc).unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            esc(&c.period),
            cell(&c.result),
            cell(&c.target),
            cell(&c.verdict)
        );
    }
    out.push('\n');
}

/// The rows of a trajectory table by day on the chart's time axis: the history, the two
/// paths and the target, as many columns as there can be.
#[derive(Default)]
struct Rows(Vec<(f64, [String; 4])>);

impl Rows {
    /// The cells of the row of day `t`, added if there is none yet.
    fn at(&mut self, t: f64) -> &mut [String; 4] {
        let index = if let Some(i) = self.0.iter().position(|r| r.0 == t) {
            i
        } else {
            self.0.push((t, Default::default()));
            self.0.len() - 1
        };
        &mut self.0[index].1
    }
}

fn bullets(out: &mut String, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = write!(out, "**{}**\n\n", esc(heading));
    for item in items {
        // A line break inside an item stays a break, and stays inside the item.
        let lines: Vec<String> = item.lines().map(esc).collect();
        let _ = writeln!(out, "- {}", lines.join("\\\n  "));
    }
    out.push('\n');
}

/// Each line of multi-line text as its own paragraph, as the screen keeps the line breaks.
fn paragraphs(out: &mut String, text: Option<&str>) {
    for line in text.into_iter().flat_map(str::lines) {
        if !line.trim().is_empty() {
            let _ = write!(out, "{}\n\n", block(line));
        }
    }
}

fn quote(out: &mut String, heading: &str, text: &str) {
    let _ = writeln!(out, "> **{}**", esc(heading));
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let _ = write!(out, ">\n> {}\n", esc(line));
    }
    out.push('\n');
}

/// "current" -> "Current" for a row heading; Chinese is unchanged.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Escapes what Markdown would read as markup, so a briefing's text shows as written (and an
/// HTML tag in it stays text when the Markdown is rendered).
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Escapes text that starts a block: a leading `#`, `-`, `+`, `=` or `1.` would otherwise
/// make a heading or a list of it.
fn block(text: &str) -> String {
    let escaped = esc(text);
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    let after_digits = escaped[digits..].chars().next();
    let starts_markup = matches!(escaped.chars().next(), Some('#' | '-' | '+' | '='))
        || (digits > 0 && matches!(after_digits, Some('.' | ')')));
    if starts_markup {
        if digits > 0 {
            format!("{}\\{}", &escaped[..digits], &escaped[digits..])
        } else {
            format!("\\{escaped}")
        }
    } else {
        escaped
    }
}
