//! The lines of the detail on screen, made from the parts that hold them.
//!
//! The parts are measured (their texts wrapped without being kept) from the top, and every
//! so often a note says where a line comes from: a part, and in a text the byte its line
//! starts at. A frame starts at the note before the first line on screen and makes only the
//! lines from there, so a key costs a screen's worth of lines however long the item is.
//!
//! Measuring goes as far as the screen needs, and a little further each frame: an item of a
//! few hundred kilobytes is measured whole at the first frame, and its line count bounds the
//! scrolling. A larger one (a 15 MB summary, 2 M bullets) is measured as it is scrolled,
//! and until the end is reached its line count is [`UNKNOWN`], so that `End` goes to the real
//! end. No frame measures for longer than [`FRAME_TIME`]: `End` in a 15 MB text shows the
//! furthest line measured and asks to be drawn again, so it runs down to the end over a few
//! frames while every key still answers within one.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use ratatui::text::Line;

use super::parts::{Part, Parts};
use crate::model::{Language, Section};
use crate::view::text::Lines;

/// A note at least every this many lines.
const SPACING: usize = 64;

/// How much measuring a frame does beyond what it shows, in bytes of text, a part counting as
/// [`PART_COST`]: a few milliseconds.
const BUDGET: usize = 128 * 1024;
const PART_COST: usize = 512;

/// The most a frame spends measuring, so that a frame stays under 16 ms with its drawing.
pub const FRAME_TIME: Duration = Duration::from_millis(8);
/// Lines measured between looks at the clock.
const CLOCK_EVERY: usize = 256;

/// The line count reported while an item is not measured to its end: more than it can have.
pub const UNKNOWN: usize = usize::MAX / 2;

/// What the count and the notes depend on beyond the item's text. The reading's id stands for
/// the text: a reload is a new id, never the old one again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub reading: u64,
    pub section: Section,
    pub index: usize,
    pub width: u16,
    pub height: u16,
    pub notes: bool,
    pub language: Language,
}

/// Line `line` of the detail is the first of part `part`, or, in a text, the one that starts
/// at byte `at`.
#[derive(Debug, Clone, Copy)]
struct Mark {
    line: usize,
    part: usize,
    at: usize,
}

/// What is known of one item's lines: how many there are up to where measuring stopped, and
/// the notes.
struct Index {
    key: Key,
    lines: usize,
    /// Where measuring goes on (a part, and the byte in a text); `None` at the end.
    next: Option<(usize, usize)>,
    marks: Vec<Mark>,
}

thread_local! {
    /// The index of the detail drawn last; one item is shown at a time.
    static INDEX: RefCell<Option<Index>> = const { RefCell::new(None) };
}

/// What a frame of the detail shows.
pub struct Shown {
    /// The lines from the scroll position on (moved back so that the screen is full when it
    /// can be), at most a screen of them.
    pub lines: Vec<Line<'static>>,
    /// How many lines the detail has in all ([`UNKNOWN`] until measured to its end).
    pub total: usize,
    /// The screen wanted lines beyond those measured so far: draw again.
    pub measuring: bool,
}

pub fn window(parts: &Parts, key: Key, scroll: usize, rows: usize) -> Shown {
    INDEX.with(|cell| {
        let mut cell = cell.borrow_mut();
        let index = match cell.take() {
            Some(index) if index.key == key => cell.insert(index),
            _ => cell.insert(Index::new(key)),
        };
        let needed = scroll.saturating_add(rows);
        index.measure(parts, needed, Instant::now() + FRAME_TIME);
        let total = if index.next.is_none() {
            index.lines
        } else {
            UNKNOWN
        };
        let scroll = scroll.min(index.lines.saturating_sub(rows));
        let at = index.marks.partition_point(|m| m.line <= scroll) - 1;
        Shown {
            lines: lines_from(parts, index.marks[at], scroll, rows),
            total,
            measuring: index.next.is_some() && index.lines < needed,
        }
    })
}

impl Index {
    fn new(key: Key) -> Index {
        Index {
            key,
            lines: 0,
            next: Some((0, 0)),
            marks: vec![Mark {
                line: 0,
                part: 0,
                at: 0,
            }],
        }
    }

    fn note(&mut self, part: usize, at: usize) {
        if self.lines >= self.marks.last().map_or(0, |m| m.line) + SPACING {
            self.marks.push(Mark {
                line: self.lines,
                part,
                at,
            });
        }
    }

    /// Counts lines, without keeping them, until there are `needed` and [`BUDGET`] is spent,
    /// or to the end; never past `until`.
    fn measure(&mut self, parts: &Parts, needed: usize, until: Instant) {
        let width = parts.width();
        let mut spent = 0;
        let mut counted = 0usize;
        let mut more = |lines: usize, spent: usize| {
            counted += 1;
            let in_time = !counted.is_multiple_of(CLOCK_EVERY) || Instant::now() < until;
            in_time && (lines < needed || spent < BUDGET)
        };
        while let Some((k, at)) = self.next {
            if !more(self.lines, spent) {
                return;
            }
            let Some(part) = parts.part(k) else {
                self.next = None;
                return;
            };
            match part {
                Part::Lines(made) => {
                    self.note(k, 0);
                    self.lines += made.len();
                    spent += PART_COST;
                }
                Part::Text(text) => {
                    let mut wrapped = Lines::starting_at(&text.text, text.wrap_width(width), at);
                    while let Some(at) = wrapped.position() {
                        if !more(self.lines, spent) {
                            self.next = Some((k, at));
                            return;
                        }
                        self.note(k, at);
                        wrapped.skip_line();
                        self.lines += 1;
                        spent += wrapped.position().unwrap_or(text.text.len()) - at;
                    }
                    spent += PART_COST;
                }
            }
            self.next = Some((k + 1, 0));
        }
    }
}

/// `rows` lines from line `scroll`, made from `mark` on.
fn lines_from(parts: &Parts, mark: Mark, scroll: usize, rows: usize) -> Vec<Line<'static>> {
    let width = parts.width();
    let mut skip = scroll - mark.line;
    let mut out = Vec::with_capacity(rows.min(1 << 10));
    let (mut k, mut at) = (mark.part, mark.at);
    while out.len() < rows {
        let Some(part) = parts.part(k) else {
            break;
        };
        match part {
            Part::Lines(made) => {
                let n = made.len();
                out.extend(made.into_iter().skip(skip).take(rows - out.len()));
                skip = skip.saturating_sub(n);
            }
            Part::Text(text) => {
                let mut wrapped = Lines::starting_at(&text.text, text.wrap_width(width), at);
                while skip > 0 && wrapped.skip_line() {
                    skip -= 1;
                }
                while out.len() < rows {
                    let first = wrapped.position() == Some(0);
                    let Some(line) = wrapped.next() else {
                        break;
                    };
                    out.push(text.line(line, first));
                }
            }
        }
        (k, at) = (k + 1, 0);
    }
    out
}

#[cfg(test)]
pub fn forget() {
    INDEX.with(|cell| *cell.borrow_mut() = None);
}
