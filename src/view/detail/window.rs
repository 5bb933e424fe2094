//! The lines of the detail on screen, made from the parts that hold them.
//!
//! Once per item, width and height, every part is measured (the texts wrapped without being
//! kept) to count the lines in all, which bounds the scrolling, and to note every so often
//! where a line comes from: a part, and in a text the byte its line starts at. A frame then
//! starts at the note before the first line on screen and makes only the lines from there:
//! a key press costs a screen's worth of lines, however long the item is.

use std::cell::RefCell;

use ratatui::text::Line;

use super::parts::{Part, Parts};
use crate::model::{Language, Section};
use crate::view::text::Lines;

/// A note at least every this many lines.
const SPACING: usize = 64;

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

struct Index {
    key: Key,
    lines: usize,
    marks: Vec<Mark>,
}

thread_local! {
    /// The index of the detail drawn last; one item is shown at a time.
    static INDEX: RefCell<Option<Index>> = const { RefCell::new(None) };
}

/// The lines from `scroll` on (moved back so that the screen is full when it can be), at most
/// `rows` of them, and how many lines the detail has in all.
pub fn window(parts: &Parts, key: Key, scroll: usize, rows: usize) -> (Vec<Line<'static>>, usize) {
    INDEX.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.as_ref().is_none_or(|index| index.key != key) {
            *cell = Some(measure(parts, key));
        }
        let index = cell.as_ref().expect("measured above");
        let scroll = scroll.min(index.lines.saturating_sub(rows));
        let at = index.marks.partition_point(|m| m.line <= scroll) - 1;
        (
            lines_from(parts, index.marks[at], scroll, rows),
            index.lines,
        )
    })
}

/// Counts every line and notes where to start again, without keeping a line.
fn measure(parts: &Parts, key: Key) -> Index {
    let width = parts.width();
    let mut marks = vec![Mark {
        line: 0,
        part: 0,
        at: 0,
    }];
    let mut lines = 0;
    let note = |marks: &mut Vec<Mark>, line: usize, part: usize, at: usize| {
        if line >= marks.last().map_or(0, |m| m.line) + SPACING {
            marks.push(Mark { line, part, at });
        }
    };
    let mut k = 0;
    while let Some(part) = parts.part(k) {
        match part {
            Part::Lines(made) => {
                note(&mut marks, lines, k, 0);
                lines += made.len();
            }
            Part::Text(text) => {
                let mut wrapped = Lines::starting_at(&text.text, text.wrap_width(width), 0);
                while let Some(at) = wrapped.position() {
                    note(&mut marks, lines, k, at);
                    wrapped.skip_line();
                    lines += 1;
                }
            }
        }
        k += 1;
    }
    Index { key, lines, marks }
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
