//! The help overlay, generated from the key table so it cannot drift from the keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{panel_block, text};
use crate::app::App;
use crate::texts::Texts;
use crate::theme::Theme;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, t: &Texts) {
    let bindings: Vec<(String, &str)> = app
        .keymap
        .help_for(app.mode())
        .map(|b| (b.label(), t.action_help(b.mode, b.action)))
        .collect();
    let label_width = bindings
        .iter()
        .map(|(label, _)| text::width(label))
        .max()
        .unwrap_or(4)
        + 2;
    let lines: Vec<Line> = bindings
        .iter()
        .map(|(label, help)| {
            Line::from(vec![
                Span::styled(text::pad(label, label_width), theme.accent),
                Span::raw(*help),
            ])
        })
        .collect();
    let width = (lines.iter().map(Line::width).max().unwrap_or(20) as u16 + 4).min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, popup);
    let block = panel_block(
        Span::styled(format!(" {} — {} ", t.help, help_key(app)), theme.accent),
        true,
        theme,
    );
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}

/// The key that closes help, as the key table has it.
fn help_key(app: &App) -> String {
    app.keymap
        .binding(app.mode(), crate::action::Action::ToggleHelp)
        .map(crate::keymap::Binding::short_label)
        .unwrap_or_default()
}
