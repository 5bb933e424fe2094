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
    let bindings: Vec<(String, &str)> = super::offered(app, t)
        .map(|(b, help)| (b.label(), help))
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
        Span::styled(format!(" {} — ? ", t.help), theme.accent),
        true,
        theme,
    );
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
