//! The list of briefings, when several are open.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{layout, panel_block, text};
use crate::action::Action;
use crate::app::App;
use crate::keymap::{Binding, Mode};
use crate::summary::marks;
use crate::texts::{EN, texts};
use crate::theme::Theme;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let [body, footer] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let block = panel_block(
        Span::styled(format!(" {} ", EN.briefings), theme.accent),
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
                    format!("   ✖ {} error(s): brief check {name}", doc.errors.len()),
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
    // The keys from the key table, so a remapped key shows as it is.
    let key = |action| {
        app.keymap
            .binding(Mode::Picker, action)
            .map(Binding::short_label)
            .unwrap_or_default()
    };
    let hint = Line::from(vec![
        Span::styled(
            format!("{}{}", key(Action::Up), key(Action::Down)),
            theme.accent,
        ),
        Span::styled(" choose  ", theme.dim),
        Span::styled(key(Action::Open), theme.accent),
        Span::styled(" open  ", theme.dim),
        Span::styled(key(Action::Quit), theme.accent),
        Span::styled(" quit", theme.dim),
    ]);
    frame.render_widget(Paragraph::new(hint), footer);
}
