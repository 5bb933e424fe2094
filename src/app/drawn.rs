//! What the view laid out at the last draw, reported back to the state.
//!
//! Paging, scrolling limits and mouse hits depend on sizes only the view knows. Rather than
//! asking the view again (which meant laying out a whole detail to count its lines), the view
//! returns what it drew and the update step works from that: a click lands on what is drawn.

use ratatui::layout::Rect;

use crate::model::Section;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drawn {
    /// The terminal size of the last draw.
    pub size: (u16, u16),
    /// Each section's panel (border included) and the index of its first visible item.
    pub panels: [Option<PanelDrawn>; 3],
    /// The detail view, when it was drawn.
    pub detail: Option<DetailDrawn>,
    /// The help overlay's lines and rows, when it was drawn.
    pub help: Option<DetailDrawn>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PanelDrawn {
    pub area: Rect,
    pub offset: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetailDrawn {
    /// Lines of the item's text in all, and how many fit on screen. An item too long to
    /// measure in one frame reports more lines than it can have until it is measured to its
    /// end (view/detail/window.rs), so that `End` still goes to the real end.
    pub lines: usize,
    pub rows: usize,
    /// The screen asked for lines the frame had no time to measure (`End` in a 15 MB text):
    /// the loop draws again at once, unless a key is waiting, until they are there.
    pub measuring: bool,
}

impl DetailDrawn {
    pub fn max_scroll(&self) -> usize {
        self.lines.saturating_sub(self.rows)
    }
}

impl Drawn {
    /// Rows of items in the tallest panel, for PgUp and PgDn; one before anything is drawn.
    pub fn list_rows(&self) -> usize {
        self.panels
            .iter()
            .flatten()
            .map(|p| usize::from(p.area.height.saturating_sub(2)))
            .max()
            .unwrap_or(1)
            .max(1)
    }

    /// The panel and item row under a click, inside a panel's border.
    pub fn hit_panel(&self, x: u16, y: u16) -> Option<(Section, usize)> {
        Section::ALL.into_iter().find_map(|s| {
            let PanelDrawn { area: r, offset } = self.panels[s.index()]?;
            // saturating: a mouse report can say any row, up to u16::MAX.
            let inside = x >= r.x && x < r.right() && y > r.y && y.saturating_add(1) < r.bottom();
            inside.then(|| (s, offset + usize::from(y - r.y - 1)))
        })
    }

    /// Lines a page of the detail moves.
    pub fn detail_page(&self) -> usize {
        let rows = self.detail.map_or_else(
            || usize::from(self.size.1.saturating_sub(4)),
            |d| d.rows.saturating_sub(1),
        );
        rows.max(1)
    }
}
