//! The header: title, who and when, and the one-line status summary.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::figures::item_status;
use crate::model::{Briefing, ItemKind, Severity, Status};
use crate::texts::{Texts, severity_symbol, status_symbol};
use crate::theme::Theme;

/// `comparison` is the "vs OLD: …" summary when comparing with an older briefing.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    briefing: &Briefing,
    comparison: Option<String>,
    theme: &Theme,
    t: &Texts,
) {
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
    let mut status = status_line(briefing, theme, t);
    if let Some(comparison) = comparison {
        status
            .spans
            .push(Span::styled(format!("   {comparison}"), theme.changed));
    }
    let lines = vec![Line::from(first), status];
    frame.render_widget(Paragraph::new(lines), area);
}

/// "Goals: 2 ● on track · 1 ▲ at risk   Challenges: 1 ‼ critical · 2 ▲ high".
pub fn status_line(briefing: &Briefing, theme: &Theme, t: &Texts) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!("{}: ", briefing.section_name(crate::model::Section::Goals)),
        theme.dim,
    )];
    let counts = status_counts(briefing);
    let mut first = true;
    for (status, n) in counts.into_iter().filter(|(_, n)| *n > 0) {
        if !first {
            spans.push(Span::styled(" · ", theme.dim));
        }
        first = false;
        spans.push(Span::styled(
            format!("{n} {} {}", status_symbol(status), t.status(status)),
            theme.status(status),
        ));
    }
    if briefing.challenges.is_empty() {
        return Line::from(spans);
    }
    spans.push(Span::styled(
        format!(
            "   {}: ",
            briefing.section_name(crate::model::Section::Challenges)
        ),
        theme.dim,
    ));
    let mut first = true;
    for severity in Severity::ALL {
        let n = briefing
            .challenges
            .iter()
            .filter(
                |c| matches!(&c.kind, ItemKind::Challenge { severity: s, .. } if *s == severity),
            )
            .count();
        if n == 0 {
            continue;
        }
        if !first {
            spans.push(Span::styled(" · ", theme.dim));
        }
        first = false;
        spans.push(Span::styled(
            format!("{n} {} {}", severity_symbol(severity), t.severity(severity)),
            theme.severity(severity),
        ));
    }
    Line::from(spans)
}

/// How many goals have each status (None: no data), in a fixed order.
pub fn status_counts(briefing: &Briefing) -> Vec<(Option<Status>, usize)> {
    let statuses: Vec<Option<Status>> = briefing
        .goals
        .iter()
        .map(|g| item_status(g, briefing.meta.date))
        .collect();
    [
        Some(Status::OnTrack),
        Some(Status::AtRisk),
        Some(Status::OffTrack),
        Some(Status::Done),
        None,
    ]
    .into_iter()
    .map(|s| (s, statuses.iter().filter(|x| **x == s).count()))
    .collect()
}
