//! The reader's place, by id rather than index, so it survives a reload that adds, removes or
//! reorders items, and a version that briefly lacks the item (half a save): then the place is
//! kept and restored when the item comes back, unless the reader has moved on meanwhile.

use super::{App, Screen};
use crate::deck::Slide;
use crate::model::{Briefing, Section};

#[derive(Debug, Clone, Default)]
pub struct Place {
    screen: Option<Screen>,
    selected: [Option<(String, String)>; 3],
    detail: Option<(String, String)>,
    slide: Option<SlideRef>,
}

/// Where the reader is, by index: a change of it after a reload means the reader moved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Position {
    screen: Option<Screen>,
    focus: Option<Section>,
    selected: [usize; 3],
    detail: Option<(Section, usize)>,
    slide: usize,
}

/// A slide named by what it shows rather than its position.
#[derive(Debug, Clone)]
enum SlideRef {
    Fixed(Slide),
    Item(Section, String, String),
}

/// (id, title) of an item: matched by id, else by title.
fn key_of(briefing: &Briefing, section: Section, index: usize) -> Option<(String, String)> {
    briefing
        .section(section)
        .get(index)
        .map(|i| (i.id.clone(), i.title.clone()))
}

fn find(briefing: &Briefing, section: Section, key: &(String, String)) -> Option<usize> {
    let items = briefing.section(section);
    items
        .iter()
        .position(|i| i.id == key.0)
        .or_else(|| items.iter().position(|i| i.title == key.1))
}

impl App {
    pub(super) fn place(&self) -> Place {
        let Some(b) = self.briefing() else {
            return Place::default();
        };
        let selected = Section::ALL.map(|s| key_of(b, s, self.selected[s.index()]));
        let detail = self
            .detail
            .section
            .and_then(|s| key_of(b, s, self.detail.index));
        let slide = self.deck.get(self.present.slide).map(|slide| match slide {
            Slide::Item(s, i) => {
                key_of(b, s, i).map_or(SlideRef::Fixed(slide), |(id, t)| SlideRef::Item(s, id, t))
            }
            other => SlideRef::Fixed(other),
        });
        Place {
            screen: Some(self.screen),
            selected,
            detail,
            slide,
        }
    }

    pub(super) fn position(&self) -> Position {
        Position {
            screen: Some(self.screen),
            focus: Some(self.focus),
            selected: self.selected,
            detail: self.detail.section.map(|s| (s, self.detail.index)),
            slide: self.present.slide,
        }
    }

    /// After a key or a click: a reader who moved since a place was kept has a new place.
    pub(super) fn forget_kept_place_if_moved(&mut self) {
        if self.kept_place.is_some() && self.position() != self.kept_at {
            self.kept_place = None;
        }
    }

    /// Puts the reader back where `place` was; the deck must already be the new version's.
    /// False when something of the place is not in this version (it is then as near as can
    /// be).
    pub(super) fn restore_place(&mut self, place: &Place) -> bool {
        let Some(b) = self.briefing() else {
            return place.screen.is_none();
        };
        let mut complete = true;
        let selected = Section::ALL.map(|s| {
            let found = place.selected[s.index()].as_ref().map(|k| find(b, s, k));
            complete &= found != Some(None);
            found
                .flatten()
                .unwrap_or(self.selected[s.index()])
                .min(b.section(s).len().saturating_sub(1))
        });
        let detail = self
            .detail
            .section
            .zip(place.detail.as_ref())
            .map(|(s, key)| find(b, s, key));
        let slides = &self.deck.slides;
        let slide = place.slide.as_ref().map(|r| match r {
            SlideRef::Fixed(f) => slides.iter().position(|s| s == f),
            SlideRef::Item(s, id, title) => find(b, *s, &(id.clone(), title.clone()))
                .and_then(|i| slides.iter().position(|x| *x == Slide::Item(*s, i))),
        });
        complete &= slide != Some(None) && detail != Some(None);
        let last_slide = slides.len().saturating_sub(1);
        self.selected = selected;
        match detail {
            Some(Some(i)) => {
                self.detail.index = i;
                // Back to the item a half save had taken away.
                if place.screen == Some(Screen::Detail) {
                    self.screen = Screen::Detail;
                }
            }
            Some(None) if self.screen == Screen::Detail => self.screen = Screen::Overview,
            _ => {}
        }
        self.present.slide = slide
            .flatten()
            .unwrap_or(self.present.slide)
            .min(last_slide);
        complete
    }
}
