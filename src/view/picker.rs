//! The list of briefings, when several are open.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{layout, panel_block, text};
use crate::action::Action;
use crate::app::App;
use crate::keymap::Mode;
use crate::summary::marks;
use crate::texts::{Texts, texts};
use crate::theme::Theme;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, t: &Texts) {
    let [body, footer] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let block = panel_block(
        Span::styled(format!(" {} ", t.briefings), theme.accent),
        true,
        theme,
    );
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let width = usize::from(inner.width);
    let visible = usize::from(inner.height / 2).max(1);
    let offset = layout::list_offset(app.picker_selected, visible);
    let mut lines = Vec::new();
    for (i, doc) in app.docs.iter().enumerate().skip(offset).take(visible) {
        let style = if i == app.picker_selected {
            theme.selected
        } else {
            Style::default()
        };
        let name = crate::sanitize::path(&doc.path);
        let (first, second) = match doc.briefing() {
            Some(b) => {
                let (goals, _) = marks::tallies(b, texts(b.meta.language));
                let mut counts: Vec<Span> = goals
                    .into_iter()
                    .map(|(n, mark)| {
                        Span::styled(
                            format!("{n} {}  ", mark.symbol),
                            super::tone_style(theme, mark.tone),
                        )
                    })
                    .collect();
                counts.insert(
                    0,
                    Span::styled(format!("   {} · {name} · ", b.meta.date), theme.dim),
                );
                (
                    Line::from(Span::styled(
                        text::truncate(&b.meta.title, width),
                        theme.title,
                    )),
                    Line::from(counts),
                )
            }
            None => (
                Line::from(Span::styled(text::truncate(&name, width), theme.title)),
                Line::from(Span::styled(
                    format!(
                        "   ✖ {}: brief check {name}",
                        t.errors
                            .count(i64::try_from(doc.errors.len()).unwrap_or(i64::MAX))
                    ),
                    theme.bad,
                )),
            ),
        };
        let marker = if doc.errors.is_empty() { "" } else { " ⚠" };
        let mut first = first.style(style);
        first.spans.push(Span::styled(marker, theme.bad));
        lines.push(first);
        lines.push(second);
    }
    frame.render_widget(Paragraph::new(lines), inner);
    // The picker's own keys and quit, from the key table.
    let mut hint = Vec::new();
    for (b, help) in
        super::offered(app, t).filter(|(b, _)| b.mode == Mode::Picker || b.action == Action::Quit)
    {
        hint.push(Span::styled(b.short_label(), theme.accent));
        hint.push(Span::styled(format!(" {help}  "), theme.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(hint)), footer);
}
