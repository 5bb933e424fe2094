//! Key-metric cards: the number large, its unit and label, and its context.
//!
//! Big block digits are unreadable to screen readers and to `tmux capture-pane`, so every card
//! also carries the figure as plain text.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

use super::{panel_block, text};
use crate::app::App;
use crate::model::{Briefing, Item, Metric, Value};
use crate::summary::{MetricWords, fmt};
use crate::texts::Texts;
use crate::theme::Theme;

const MIN_CARD_WIDTH: u16 = 24;

/// What a card carries beyond its metric: the edit mark, the change since an older briefing.
#[derive(Default)]
pub struct Marks {
    pub changed: bool,
    pub since: Option<Span<'static>>,
    /// The item's title, when another card on screen has the same label: two "GDP growth"
    /// cards say whose each is.
    pub of_item: Option<String>,
}

/// For each card, its item's title when another card has the same label.
pub fn same_label_items(metrics: &[(&Item, &Metric)]) -> Vec<Option<String>> {
    metrics
        .iter()
        .map(|(item, metric)| {
            let twins = metrics
                .iter()
                .filter(|(_, m)| m.label == metric.label)
                .count();
            (twins > 1).then(|| item.title.clone())
        })
        .collect()
}

/// The change since the older briefing goes right after the figure, before status and change
/// from baseline, so that it survives when the line is cut to fit.
fn with_since(mut line: Line<'static>, marks: &Marks) -> Line<'static> {
    if let Some(since) = &marks.since {
        line.spans.insert(1, since.clone());
    }
    line
}

pub fn render_strip(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    briefing: &Briefing,
    theme: &Theme,
    t: &Texts,
) {
    let metrics: Vec<_> = app
        .summary
        .key_metrics
        .iter()
        .filter_map(|r| r.resolve(briefing))
        .collect();
    let fit = usize::from((area.width / MIN_CARD_WIDTH).max(1));
    let shown = &metrics[..metrics.len().min(fit)];
    let rects =
        Layout::horizontal(vec![Constraint::Ratio(1, shown.len() as u32); shown.len()]).split(area);
    let of_items = same_label_items(shown);
    for (((item, metric), rect), of_item) in shown.iter().zip(rects.iter()).zip(of_items) {
        let changed = app.doc().is_some_and(|d| {
            d.changed.contains(&crate::document::ChangeMark::Metric {
                item: item.id.clone(),
                label: metric.label.clone(),
            })
        });
        let since = super::since::metric(app, item, metric, theme, t);
        render_card(
            frame,
            *rect,
            metric,
            briefing.meta.date,
            &Marks {
                changed,
                since,
                of_item,
            },
            theme,
            t,
        );
    }
}

/// One card; big digits when the card is tall enough and the figure is a number that fits.
pub fn render_card(
    frame: &mut Frame,
    area: Rect,
    metric: &Metric,
    as_of: chrono::NaiveDate,
    marks: &Marks,
    theme: &Theme,
    t: &Texts,
) {
    let words = MetricWords::of(metric, as_of, t);
    let f = &words.figures;
    let title = match &marks.of_item {
        Some(item) => format!(" {} · {item} ", metric.label),
        None => format!(" {} ", metric.label),
    };
    let title = text::truncate(&title, usize::from(area.width.saturating_sub(2)));
    let border_style = if marks.changed {
        theme.changed
    } else {
        theme.border
    };
    let block =
        panel_block(Span::styled(title, theme.accent), false, theme).border_style(border_style);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let inner_width = usize::from(inner.width);
    let mut lines = Vec::new();
    let big = big_number(metric).filter(|n| inner.height >= 7 && n.len() * 4 <= inner_width);
    if let Some(number) = &big {
        let [digits, rest] =
            Layout::vertical([Constraint::Length(4), Constraint::Min(0)]).areas(inner);
        let widget = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme.figure)
            .lines(vec![Line::from(number.clone())])
            .build();
        frame.render_widget(widget, digits);
        lines.push(fit(
            with_since(figure_line(&words, theme), marks),
            inner_width,
        ));
        lines.extend(context_lines(&words, inner_width, theme, t));
        frame.render_widget(Paragraph::new(lines), rest);
        return;
    }
    lines.push(fit(
        with_since(figure_line(&words, theme), marks),
        inner_width,
    ));
    let mut context = context_lines(&words, inner_width, theme, t);
    // A one-line card keeps the whole rate contrast in its short form rather than half of it.
    if inner.height <= 2
        && f.progress.is_none()
        && let Some(first) = context.first_mut()
    {
        let short = match (f.needed_rate, f.achieved_rate, f.pace) {
            (Some(need), Some(did), _) => Some(fmt::rate_contrast_short(need, did, t)),
            (_, _, Some(pace)) => Some(fmt::pace_contrast_short(pace, t)),
            _ => None,
        };
        if let Some(short) = short {
            *first = Line::styled(text::truncate(&short, inner_width), first.style);
        }
    }
    lines.extend(context);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The number alone, when it is a number (for big digits).
fn big_number(metric: &Metric) -> Option<String> {
    match &metric.value {
        Some(Value::Number(n)) => Some(n.as_written().to_owned()),
        _ => None,
    }
}

/// "67.7亿元  ▲ +2.1  ● on track": the plain figure with its change and status.
pub fn figure_line(words: &MetricWords, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::styled(words.value.clone(), theme.figure)];
    if let Some((text, good)) = &words.change {
        spans.push(Span::styled(
            format!("  {text}"),
            if *good { theme.good } else { theme.bad },
        ));
    }
    if let Some(mark) = &words.status {
        spans.push(Span::styled(
            format!("  {} {}", mark.symbol, mark.word),
            super::tone_style(theme, mark.tone),
        ));
    }
    Line::from(spans)
}

/// Drops trailing parts (status, then change) until the line fits; the figure always stays.
/// The change since an older briefing (the second part, when there) gives up its percentage
/// before it goes: "Δ ▼ −50 ms (−14.3%)" becomes "Δ ▼ −50 ms".
fn fit(mut line: Line<'static>, width: usize) -> Line<'static> {
    while line.spans.len() > 1 && line.width() > width {
        if line.spans.len() == 2
            && let Some(cut) = line.spans[1].content.rfind(" (")
        {
            let short = line.spans[1].content[..cut].to_owned();
            line.spans[1].content = short.into();
            continue;
        }
        line.spans.pop();
    }
    line
}

/// Up to two lines of context: the rate contrast or progress, then a bar or sparkline.
pub fn context_lines(
    words: &MetricWords,
    width: usize,
    theme: &Theme,
    t: &Texts,
) -> Vec<Line<'static>> {
    let (metric, f) = (words.metric, &words.figures);
    let mut lines = Vec::new();
    if let Some(context) = fmt::context(metric, f, t) {
        let bad = f.progress.is_none() && f.behind_rate() == Some(true);
        let style = if bad { theme.bad } else { theme.base };
        // "needs 12.3%/yr · achieved 5.2%/yr" splits in two rather than lose its second half.
        match context
            .split_once(" · ")
            .filter(|_| text::wider_than(&context, width))
        {
            Some((a, b)) => {
                lines.extend([a, b].map(|part| Line::styled(text::truncate(part, width), style)));
            }
            None => lines.push(Line::styled(text::truncate(&context, width), style)),
        }
    }
    let history: Vec<f64> = metric.history.iter().map(|p| p.value.value).collect();
    if history.len() >= 2 {
        let spark = fmt::sparkline(&history, width, fmt::Scale::of(metric));
        lines.push(Line::styled(spark, theme.accent));
    } else if let Some(p) = f.progress {
        let label = fmt::percent_clamped(p);
        let bar_width = width.saturating_sub(label.len() + 1);
        lines.push(Line::from(vec![
            Span::styled(fmt::bar(p, bar_width), theme.status(f.status)),
            Span::raw(format!(" {label}")),
        ]));
    }
    lines
}
