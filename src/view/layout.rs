//! Where things go at each terminal size. Shared by the view and by mouse hit-testing, so a
//! click lands on what is drawn.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::app::App;
use crate::model::Section;

/// Below this the screen only says it is too small.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 8;
/// From this width the three panels stand side by side.
pub const WIDE: u16 = 110;
/// From this width (and below WIDE) the panels are stacked; narrower shows one with tabs.
pub const MEDIUM: u16 = 64;
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

pub fn overview(area: Rect, focus: Section, has_cards: bool) -> Overview {
    let [header, cards, body, footer] = Layout::vertical([
        Constraint::Length(2),
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

/// Rows of items visible in a panel (inside its border), for PgUp/PgDn.
pub fn list_page_height(size: (u16, u16)) -> usize {
    let area = Rect::new(0, 0, size.0, size.1);
    let layout = overview(area, Section::Goals, true);
    layout
        .panels
        .iter()
        .flatten()
        .map(|r| usize::from(r.height.saturating_sub(2)))
        .max()
        .unwrap_or(1)
        .max(1)
}

/// The first visible row of a list so that `selected` stays in view.
pub fn list_offset(selected: usize, visible: usize) -> usize {
    if visible == 0 {
        0
    } else {
        selected.saturating_sub(visible - 1)
    }
}

/// The panel and item row under a click.
pub fn hit_panel(app: &App, x: u16, y: u16) -> Option<(Section, usize)> {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let has_cards = app.briefing().is_some_and(super::cards::has_cards);
    let layout = overview(area, app.focus, has_cards);
    Section::ALL.into_iter().find_map(|s| {
        let r = layout.panels[s.index()]?;
        // saturating: a mouse report can say any row, up to u16::MAX.
        let inside = x >= r.x && x < r.right() && y > r.y && y.saturating_add(1) < r.bottom();
        inside.then(|| {
            let visible = usize::from(r.height.saturating_sub(2));
            let offset = list_offset(app.selected[s.index()], visible);
            (s, offset + usize::from(y - r.y - 1))
        })
    })
}
