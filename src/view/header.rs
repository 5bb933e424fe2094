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

/// `comparison` is the "vs OLD: …" summary when comparing with an older briefing, whole and
/// short.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    comparison: Option<(String, String)>,
    theme: &Theme,
    t: &Texts,
) {
    let Some(briefing) = app.briefing() else {
        return;
    };
    let width = usize::from(area.width);
    let meta_lines = usize::from(area.height.saturating_sub(1));
    let mut lines = meta(briefing, width, meta_lines, theme, t);
    lines.push(fitted_status(briefing, app, comparison, width, theme));
    frame.render_widget(Paragraph::new(lines), area);
}

/// The status line at `width`: whole when it fits; else the counts keep their symbols and
/// drop their words (the list and the detail say them), and the comparison drops its zero
/// counts; what still does not fit is cut at the end, with an ellipsis.
fn fitted_status(
    briefing: &Briefing,
    app: &App,
    comparison: Option<(String, String)>,
    width: usize,
    theme: &Theme,
) -> Line<'static> {
    let (whole, short) = comparison.unzip();
    let with = |mut line: Line<'static>, comparison: Option<String>| {
        if let Some(comparison) = comparison {
            line.spans
                .push(Span::styled(format!("   {comparison}"), theme.changed));
        }
        line
    };
    let full = with(status_line(briefing, &app.summary, theme), whole);
    if full.width() <= width {
        return full;
    }
    // The goals' words go last: they are what the meeting is about.
    let goals_worded = with(
        tallies(briefing, &app.summary, theme, (true, false)),
        short.clone(),
    );
    if goals_worded.width() <= width {
        return goals_worded;
    }
    let compact = with(
        tallies(briefing, &app.summary, theme, (false, false)),
        short,
    );
    if compact.width() <= width {
        return compact;
    }
    let mut room = width;
    let spans = compact
        .spans
        .into_iter()
        .map_while(|span| {
            let w = span.width();
            if room == 0 {
                return None;
            }
            if w <= room {
                room -= w;
                return Some(span);
            }
            let cut = super::text::truncate(&span.content, room);
            room = 0;
            Some(Span::styled(cut, span.style))
        })
        .collect::<Vec<_>>();
    Line::from(spans)
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
    tallies(briefing, summary, theme, (true, true))
}

/// The counts, each section's with its words or with its symbols alone ("Goals: 2 ●  1 ▲",
/// for a narrow screen): `words` is (goals, challenges).
fn tallies(
    briefing: &Briefing,
    summary: &Summary,
    theme: &Theme,
    words: (bool, bool),
) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!("{}: ", briefing.section_name(Section::Goals)),
        theme.dim,
    )];
    tally_spans(&mut spans, &summary.goals, theme, words.0);
    if briefing.challenges.is_empty() {
        return Line::from(spans);
    }
    spans.push(Span::styled(
        format!("   {}: ", briefing.section_name(Section::Challenges)),
        theme.dim,
    ));
    tally_spans(&mut spans, &summary.challenges, theme, words.1);
    Line::from(spans)
}

/// "2 ● on track · 1 ▲ at risk", or without the words "2 ●  1 ▲" (no dot between them: a low
/// severity's symbol is one).
fn tally_spans(spans: &mut Vec<Span<'static>>, tally: &Tally, theme: &Theme, words: bool) {
    for (i, (n, mark)) in tally.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(if words { " · " } else { "  " }, theme.dim));
        }
        let text = if words {
            format!("{n} {} {}", mark.symbol, mark.word)
        } else {
            format!("{n} {}", mark.symbol)
        };
        spans.push(Span::styled(text, super::tone_style(theme, mark.tone)));
    }
}
