//! The header: title, who and when, and the one-line status summary.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

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
    let m = &briefing.meta;
    // Most important first: what the right edge cuts off is the least needed.
    let mut first = vec![Span::styled(m.title.clone(), theme.title)];
    let when: Vec<String> = [
        Some(format!("{} {}", t.as_of, m.date)),
        m.period.clone(),
        m.presenter.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    first.push(Span::styled(
        format!("   {}", when.join(" · ")),
        theme.accent,
    ));
    let rest: Vec<String> = [m.organisation.clone(), m.subtitle.clone()]
        .into_iter()
        .flatten()
        .collect();
    if !rest.is_empty() {
        first.push(Span::styled(format!(" · {}", rest.join(" · ")), theme.dim));
    }
    let mut status = status_line(briefing, &app.summary, theme);
    if let Some(comparison) = comparison {
        status
            .spans
            .push(Span::styled(format!("   {comparison}"), theme.changed));
    }
    let lines = vec![Line::from(first), status];
    frame.render_widget(Paragraph::new(lines), area);
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
