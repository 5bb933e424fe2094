//! The presenter's second screen (`brief notes`): the current slide's notes, the next slide,
//! the clock and the time budget, drawn from the cue the presenting brief sends.

use std::path::Path;
use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{panel_block, text};
use crate::deck::cue::Cue;
use crate::deck::timing::{self, Pace};
use crate::model::Language;
use crate::texts::{Texts, texts};
use crate::theme::Theme;

/// `language` is the briefing's, for the waiting screen before the presenter's first cue.
pub fn render(
    frame: &mut Frame,
    state: Option<&Cue>,
    briefing: &Path,
    language: Language,
    now: chrono::DateTime<chrono::Local>,
    theme: &Theme,
) {
    let area = frame.area();
    let t = texts(state.map_or(language, Cue::language));
    let Some(state) = state else {
        let shown = crate::sanitize::path(briefing);
        let keys = crate::keymap::Keymap::default();
        let present = keys
            .binding(
                crate::keymap::Mode::Overview,
                crate::action::Action::Present,
            )
            .map(crate::keymap::Binding::short_label)
            .unwrap_or_default();
        let message = t.notes_waiting(&shown, &present);
        frame.render_widget(
            Paragraph::new(message)
                .style(theme.dim)
                .wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    };
    let [body, footer] = Layout::vertical([Constraint::Min(0), Constraint::Length(2)]).areas(area);
    let block = panel_block(
        Span::styled(format!(" {} — {} ", t.notes, state.title), theme.accent),
        true,
        theme,
    );
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let width = usize::from(inner.width);
    let position = if state.presenting {
        format!("{} {}/{}  ·  ", t.slide, state.slide, state.slides)
    } else {
        String::new()
    };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(position, theme.accent),
            Span::styled(state.section.clone(), theme.dim),
        ]),
        Line::styled(state.current.clone(), theme.title),
        Line::raw(""),
    ];
    match &state.notes {
        Some(notes) => lines.extend(
            text::lines(notes, width)
                .take(usize::from(inner.height))
                .map(|l| Line::styled(l, theme.base)),
        ),
        None => lines.push(Line::styled("—", theme.dim)),
    }
    frame.render_widget(Paragraph::new(lines), inner);
    render_footer(frame, footer, state, now, theme, t);
}

fn render_footer(
    frame: &mut Frame,
    area: Rect,
    state: &Cue,
    now: chrono::DateTime<chrono::Local>,
    theme: &Theme,
    t: &Texts,
) {
    let next = state
        .next
        .as_ref()
        .map(|n| format!("→ {n}"))
        .unwrap_or_default();
    let mut timing_spans = vec![Span::styled(
        now.format("%H:%M:%S").to_string(),
        theme.title,
    )];
    if let Some(started) = state.started_ms {
        let elapsed =
            Duration::from_millis(u64::try_from(now.timestamp_millis() - started).unwrap_or(0));
        let total = state
            .total_s
            .map(|s| format!(" / {}", timing::clock(Duration::from_secs(s))))
            .unwrap_or_default();
        timing_spans.push(Span::styled(
            format!("  ⏱ {}{total}", timing::clock(elapsed)),
            theme.base,
        ));
        if let Some(start) = state.planned_start_s {
            let budgets = [
                Some(Duration::from_secs(start)),
                state.budget_s.map(Duration::from_secs),
            ];
            match timing::pace(&budgets, 1, elapsed) {
                Some(Pace::Ahead(by)) => timing_spans.push(Span::styled(
                    format!("  {} {}", timing::clock(by), t.ahead),
                    theme.good,
                )),
                Some(Pace::Behind(by)) => timing_spans.push(Span::styled(
                    format!("  {} {}", timing::clock(by), t.behind),
                    theme.bad,
                )),
                _ => timing_spans.push(Span::styled(format!("  {}", t.on_time), theme.good)),
            }
        }
        let here = state.entered_ms.map_or(0, |e| {
            u64::try_from(now.timestamp_millis() - e).unwrap_or(0) / 1000
        });
        let spent = Duration::from_secs(state.spent_before_s + here);
        if let Some(over) = timing::overrun(state.budget_s.map(Duration::from_secs), spent) {
            timing_spans.push(Span::styled(
                format!("  ⚠ {} {}", t.over_budget, timing::clock(over)),
                theme.bad,
            ));
        }
    }
    let lines = vec![
        Line::styled(text::truncate(&next, usize::from(area.width)), theme.accent),
        Line::from(timing_spans),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}
