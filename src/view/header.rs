//! The header: title, who and when, and the one-line status summary.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::flow::{Part, flow};
use crate::app::App;
use crate::model::{Briefing, Section};
use crate::summary::{Summary, Tally};
use crate::texts::Texts;
use crate::theme::Theme;

/// `comparison` is the "vs OLD: …" summary when comparing with an older briefing.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    comparison: Option<String>,
    theme: &Theme,
    t: &Texts,
) {
    let Some(briefing) = app.briefing() else {
        return;
    };
    let meta_lines = usize::from(area.height.saturating_sub(1));
    let mut lines = meta(briefing, usize::from(area.width), meta_lines, theme, t);
    let mut status = status_line(briefing, &app.summary, theme);
    if let Some(comparison) = comparison {
        status
            .spans
            .push(Span::styled(format!("   {comparison}"), theme.changed));
    }
    lines.push(status);
    frame.render_widget(Paragraph::new(lines), area);
}

/// Rows the header takes at `width`: the title and its facts on one line, or on two when they
/// do not fit in one and the screen is tall enough to spare a row, then the status line.
pub fn height(app: &App, area: Rect, t: &Texts, theme: &Theme) -> u16 {
    let Some(briefing) = app.briefing() else {
        return 2;
    };
    let most = if area.height >= super::layout::SPARE_ROW {
        2
    } else {
        1
    };
    let lines = meta(briefing, usize::from(area.width), most, theme, t).len();
    u16::try_from(lines).unwrap_or(1).max(1) + 1
}

/// The title, then when, who and the subtitle, in order of importance: a part that does not
/// fit moves whole to the second line, and the parts of the last line share it fairly.
fn meta(
    briefing: &Briefing,
    width: usize,
    max_lines: usize,
    theme: &Theme,
    t: &Texts,
) -> Vec<Line<'static>> {
    let m = &briefing.meta;
    let mut parts = vec![Part::new(m.title.clone(), theme.title)];
    let when = [
        Some(format!("{} {}", t.as_of, m.date)),
        m.period.clone(),
        m.presenter.clone(),
    ];
    for (i, text) in when.into_iter().flatten().enumerate() {
        let part = Part::new(text, theme.accent);
        parts.push(if i == 0 { part.after("   ") } else { part });
    }
    for text in [m.organisation.clone(), m.subtitle.clone()]
        .into_iter()
        .flatten()
    {
        parts.push(Part::new(text, theme.dim));
    }
    flow(parts, width, max_lines, theme.dim)
}

/// "Goals: 2 ● on track · 1 ▲ at risk   Challenges: 1 ‼ critical · 2 ▲ high".
pub fn status_line(briefing: &Briefing, summary: &Summary, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!("{}: ", briefing.section_name(Section::Goals)),
        theme.dim,
    )];
    tally_spans(&mut spans, &summary.goals, theme);
    if briefing.challenges.is_empty() {
        return Line::from(spans);
    }
    spans.push(Span::styled(
        format!("   {}: ", briefing.section_name(Section::Challenges)),
        theme.dim,
    ));
    tally_spans(&mut spans, &summary.challenges, theme);
    Line::from(spans)
}

/// "2 ● on track · 1 ▲ at risk".
fn tally_spans(spans: &mut Vec<Span<'static>>, tally: &Tally, theme: &Theme) {
    for (i, (n, mark)) in tally.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", theme.dim));
        }
        spans.push(Span::styled(
            format!("{n} {} {}", mark.symbol, mark.word),
            super::tone_style(theme, mark.tone),
        ));
    }
}
