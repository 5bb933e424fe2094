//! The help overlay, generated from the key table so it cannot drift from the keys. Taller than
//! the screen, it scrolls with help's own keys, and its border says how much more there is and
//! which keys show it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{panel_block, text};
use crate::action::Action;
use crate::app::{App, DetailDrawn};
use crate::keymap::Mode;
use crate::texts::Texts;
use crate::theme::Theme;

/// Draws the help and reports how many lines it has and how many fit.
pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, t: &Texts) -> DetailDrawn {
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
    let drawn = DetailDrawn {
        lines: lines.len(),
        rows: usize::from(area.height.saturating_sub(2)),
        measuring: false,
    };
    let scroll = app.help_scroll.min(drawn.max_scroll());
    let above = scroll;
    let below = drawn.max_scroll() - scroll;
    let up = more_mark("▲", app, Action::Up, Action::PageUp, above, t);
    let down = more_mark("▼", app, Action::Down, Action::PageDown, below, t);
    let title = format!(" {} — {} ", t.help, help_key(app));
    let marks = |m: &Option<String>| m.as_deref().map_or(0, text::width);
    // The top border holds the title and the mark above; the lines have a column of margin.
    let widest = lines
        .iter()
        .map(|l| l.width() + 2)
        .chain([text::width(&title) + marks(&up), marks(&down)])
        .max()
        .unwrap_or(20);
    let width = (widest as u16 + 2).min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, popup);
    let mut block = panel_block(Span::styled(title, theme.accent), true, theme);
    if let Some(up) = up {
        block = block.title(Line::styled(up, theme.accent).right_aligned());
    }
    if let Some(down) = down {
        block = block.title_bottom(Line::styled(down, theme.accent).right_aligned());
    }
    let shown: Vec<Line> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(shown).block(block), popup);
    drawn
}

/// " ▼ ↓ PgDn: 6 more ", with the keys of help's own table; none when nothing is hidden.
fn more_mark(
    arrow: &str,
    app: &App,
    step: Action,
    page: Action,
    hidden: usize,
    t: &Texts,
) -> Option<String> {
    if hidden == 0 {
        return None;
    }
    let keys: Vec<String> = [step, page]
        .into_iter()
        .filter_map(|a| app.keymap.binding(Mode::Help, a))
        .map(crate::keymap::Binding::short_label)
        .collect();
    Some(format!(" {arrow} {}: {} ", keys.join(" "), t.more(hidden)))
}

/// The key that closes help, as the key table has it.
fn help_key(app: &App) -> String {
    app.keymap
        .binding(app.mode(), crate::action::Action::ToggleHelp)
        .map(crate::keymap::Binding::short_label)
        .unwrap_or_default()
}
