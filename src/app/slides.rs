//! The sequence of slides in presentation mode, derived from the briefing each time.

use crate::model::{Briefing, Section};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    Title,
    KeyMetrics,
    Section(Section),
    Item(Section, usize),
}

pub fn slides(briefing: &Briefing) -> Vec<Slide> {
    let mut out = vec![Slide::Title];
    if briefing
        .items()
        .any(|(_, item)| item.key || item.metrics.iter().any(|m| m.key))
    {
        out.push(Slide::KeyMetrics);
    }
    for section in Section::ALL {
        let items = briefing.section(section);
        if items.is_empty() {
            continue;
        }
        out.push(Slide::Section(section));
        out.extend((0..items.len()).map(|i| Slide::Item(section, i)));
    }
    out
}

/// The slide that shows `section`'s item `index`, if any.
pub fn slide_of(slides: &[Slide], section: Section, index: usize) -> Option<usize> {
    slides
        .iter()
        .position(|s| *s == Slide::Item(section, index))
}
