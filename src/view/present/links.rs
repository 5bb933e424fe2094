//! An item slide's links, as the detail shows them: the goals a challenge threatens, or the
//! challenges that threaten a goal, each with its mark.

use ratatui::text::{Line, Span};

use crate::model::{Briefing, Item};
use crate::summary::marks;
use crate::texts::Texts;
use crate::theme::Theme;

/// A blank line, the heading ("Threatens", "Threatened by"), and one line per linked item;
/// nothing when the item has no links.
pub fn lines(briefing: &Briefing, item: &Item, theme: &Theme, t: &Texts) -> Vec<Line<'static>> {
    let (heading, linked) = marks::links(briefing, item, t);
    if linked.is_empty() {
        return Vec::new();
    }
    let mut out = vec![Line::raw(""), Line::styled(heading, theme.title)];
    for (linked, mark) in linked {
        out.push(Line::from(vec![
            Span::styled(" ▸ ", theme.accent),
            Span::raw(linked.title.clone()),
            Span::styled(
                format!("  {}", mark.text()),
                super::super::tone_style(theme, mark.tone),
            ),
        ]));
    }
    out
}
