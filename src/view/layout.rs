//! Where things go at each terminal size. The view reports the rectangles it used back to
//! the state (`app::Drawn`), so a click lands on what is drawn.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::model::Section;

/// Below this the screen only says it is too small.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 8;
/// From this width the three panels stand side by side.
pub const WIDE: u16 = 110;
/// From this width (and below WIDE) the panels are stacked; narrower shows one with tabs.
pub const MEDIUM: u16 = 64;
/// From this height the header may take a second line for the briefing's facts.
pub const SPARE_ROW: u16 = 20;
/// From this height the key-metric cards use big digits.
pub const TALL: u16 = 34;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    SideBySide,
    Stacked,
    Tabs,
}

#[derive(Debug, Clone, Default)]
pub struct Overview {
    pub header: Rect,
    pub cards: Rect,
    pub tabs: Rect,
    pub panels: [Option<Rect>; 3],
    pub footer: Rect,
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

pub fn arrangement(width: u16) -> Arrangement {
    if width >= WIDE {
        Arrangement::SideBySide
    } else if width >= MEDIUM {
        Arrangement::Stacked
    } else {
        Arrangement::Tabs
    }
}

/// Card row height: big digits when tall, one line of figures when not, none when cramped.
pub fn cards_height(area: Rect, has_cards: bool) -> u16 {
    match area.height {
        _ if !has_cards => 0,
        h if h >= TALL => 9,
        h if h >= 18 => 4,
        _ => 0,
    }
}

pub fn overview(area: Rect, focus: Section, has_cards: bool, header_height: u16) -> Overview {
    let [header, cards, body, footer] = Layout::vertical([
        Constraint::Length(header_height),
        Constraint::Length(cards_height(area, has_cards)),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let mut out = Overview {
        header,
        cards,
        footer,
        ..Overview::default()
    };
    match arrangement(area.width) {
        Arrangement::SideBySide => {
            let cols: [Rect; 3] = Layout::horizontal([Constraint::Ratio(1, 3); 3]).areas(body);
            out.panels = cols.map(Some);
        }
        Arrangement::Stacked => {
            let rows: [Rect; 3] = Layout::vertical([Constraint::Ratio(1, 3); 3]).areas(body);
            out.panels = rows.map(Some);
        }
        Arrangement::Tabs => {
            let [tabs, panel] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(body);
            out.tabs = tabs;
            out.panels[focus.index()] = Some(panel);
        }
    }
    out
}

/// The first visible row of a list so that `selected` stays in view.
pub fn list_offset(selected: usize, visible: usize) -> usize {
    if visible == 0 {
        0
    } else {
        selected.saturating_sub(visible - 1)
    }
}
