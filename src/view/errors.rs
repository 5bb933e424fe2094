//! What a load error looks like on screen: the whole report when there is nothing good to
//! show, a banner over the last good version otherwise.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::panel_block;
use crate::action::Action;
use crate::document::Document;
use crate::keymap::{Keymap, Mode};
use crate::texts::Texts;
use crate::theme::Theme;

pub fn render_full(
    frame: &mut Frame,
    area: Rect,
    doc: &Document,
    keymap: &Keymap,
    theme: &Theme,
    t: &Texts,
) {
    let title = if doc.missing {
        format!(" {} {} ", t.waiting_for, crate::sanitize::path(&doc.path))
    } else {
        format!(" {} {} ", t.load_failed, crate::sanitize::path(&doc.path))
    };
    let block = panel_block(Span::styled(title, theme.bad), true, theme);
    let mut lines: Vec<Line> = Vec::new();
    for d in &doc.errors {
        lines.extend(d.render().lines().map(|l| Line::raw(l.to_owned())));
    }
    lines.push(Line::styled(keys_line(keymap, t), theme.dim));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}

/// "e edit in $EDITOR at this item · r reload the file now · q quit — the screen follows the
/// file as you fix it", from the key table.
fn keys_line(keymap: &Keymap, t: &Texts) -> String {
    let keys: Vec<String> = [Action::Edit, Action::Reload, Action::Quit]
        .into_iter()
        .filter_map(|a| keymap.binding(Mode::Any, a))
        .map(|b| format!("{} {}", b.short_label(), t.action_help(b.mode, b.action)))
        .collect();
    format!("{} — {}", keys.join(" · "), t.follows_file)
}

/// One or two lines at the top: the first error, file:line:col, message and hint.
pub fn render_banner(frame: &mut Frame, area: Rect, doc: &Document, theme: &Theme, t: &Texts) {
    let text = if doc.missing {
        format!(" {} {} ", t.waiting_for, crate::sanitize::path(&doc.path))
    } else {
        let first = doc
            .errors
            .first()
            .map(crate::diagnostic::Diagnostic::summary)
            .unwrap_or_default();
        let more = doc.errors.len().saturating_sub(1);
        let more = if more > 0 {
            format!("  (+{more})")
        } else {
            String::new()
        };
        format!(" ⚠ {first}{more} ")
    };
    let height = if super::text::width(&text) > usize::from(area.width) {
        2
    } else {
        1
    };
    let banner = Rect {
        height: height.min(area.height),
        ..area
    };
    frame.render_widget(Clear, banner);
    frame.render_widget(
        Paragraph::new(Line::styled(text, theme.error_banner))
            .style(theme.error_banner)
            .wrap(Wrap { trim: false }),
        banner,
    );
}
