//! Measuring and wrapping text by display width, so CJK lines neither overflow nor split a
//! character in half.
//!
//! Widths are counted grapheme by grapheme, as ratatui fills cells: a character and its
//! combining marks or variation selector stay together, and "❤️" counts the two columns it takes.

use std::cell::Cell;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

thread_local! {
    static LAID_OUT: Cell<u64> = const { Cell::new(0) };
}

/// How many lines [`wrap`] and [`lines`] have laid out on this thread, made or skipped: lets a
/// test check that a view lays out the lines it shows, not a whole huge text.
pub fn lines_laid_out() -> u64 {
    LAID_OUT.with(Cell::get)
}

pub fn width(text: &str) -> usize {
    text.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// Whether `text` is wider than `max` columns, measured only as far as it takes to know: a
/// frame may ask this of a huge text.
pub fn wider_than(text: &str, max: usize) -> bool {
    let mut used = 0;
    text.graphemes(true).any(|g| {
        used += g.width();
        used > max
    })
}

/// Cuts `text` to at most `max` columns, ending with `…` when something was cut. Reads only
/// as far as the cut, so a huge title costs no more than a short one.
pub fn truncate(text: &str, max: usize) -> String {
    let mut used = 0;
    // Where the text is cut when it does not fit: the end of the part `max - 1` columns hold.
    let mut cut = None;
    for (i, g) in text.grapheme_indices(true) {
        let w = g.width();
        if cut.is_none() && used + w > max.saturating_sub(1) {
            cut = Some(i);
        }
        used += w;
        if used > max {
            return match (max, cut) {
                (0, _) | (_, None) => String::new(),
                (_, Some(cut)) => format!("{}…", &text[..cut]),
            };
        }
    }
    text.to_owned()
}

/// Wraps `text` into lines of at most `max` columns. Latin words break at spaces; CJK text,
/// which has no spaces, may break between any two characters; a word longer than a line is
/// split. Existing newlines are kept. A character wider than the whole line (a CJK character
/// in one column) shows as `…`.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    lines(text, max).collect()
}

/// The lines of [`wrap`], made one at a time: a view that shows the first screen of a long
/// text wraps only that screen.
pub fn lines(text: &str, max: usize) -> Lines<'_> {
    Lines::starting_at(text, max, 0)
}

/// Wrapped lines of a text, from a given line on. [`Lines::position`] says where the next line
/// starts, so that a caller can note it and start there again later with [`Lines::starting_at`].
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    text: &'a str,
    max: usize,
    /// The byte where the next line starts; `None` once the last line is out.
    at: Option<usize>,
}

impl<'a> Lines<'a> {
    /// The lines of `text` from the line that starts at byte `at`, a position an earlier
    /// [`Lines::position`] gave for the same text and width (else the text is wrapped from
    /// the character boundary at or before `at`).
    pub fn starting_at(text: &'a str, max: usize, at: usize) -> Lines<'a> {
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        Lines {
            text,
            max: max.max(1),
            at: Some(at),
        }
    }

    /// The byte where the next line starts, `None` after the last line.
    pub fn position(&self) -> Option<usize> {
        self.at
    }

    /// Moves past the next line without making it (for counting); false after the last.
    pub fn skip_line(&mut self) -> bool {
        self.step(None)
    }

    /// Lays out the line at `self.at` into `out`, when given, and moves to the next.
    fn step(&mut self, mut out: Option<&mut String>) -> bool {
        let Some(start) = self.at else {
            return false;
        };
        LAID_OUT.with(|n| n.set(n.get() + 1));
        let max = self.max;
        let mut used = 0;
        let mut graphemes = Graphemes {
            text: self.text,
            at: start,
        }
        .peekable();
        let end_line = |out: Option<&mut String>| {
            if let Some(out) = out {
                out.truncate(out.trim_end().len());
            }
        };
        loop {
            let Some(&(i, g, _)) = graphemes.peek() else {
                end_line(out);
                self.at = None;
                return true;
            };
            if g.ends_with('\n') {
                end_line(out);
                self.at = Some(i + g.len());
                return true;
            }
            if g == " " {
                if used + 1 > max && used > 0 {
                    // The space the line breaks at is not carried to the next line.
                    end_line(out);
                    self.at = Some(i + 1);
                    return true;
                }
                push(&mut out, g);
                used += 1;
                graphemes.next();
                continue;
            }
            let mut ahead = graphemes.clone();
            match measure(&mut ahead, max - used) {
                Ok(w) => {
                    if let Some(out) = out.as_deref_mut() {
                        let end = ahead.peek().map_or(self.text.len(), |&(j, _, _)| j);
                        out.push_str(&self.text[i..end]);
                    }
                    used += w;
                    graphemes = ahead;
                }
                Err(_) if used > 0 => {
                    end_line(out);
                    self.at = Some(i);
                    return true;
                }
                // Wider than a whole line: it fills this one up to the grapheme that does not
                // fit (all before it fit, so none is wider than the line) and goes on below.
                Err(over) if over.width <= max => {
                    push(&mut out, &self.text[i..over.at]);
                    self.at = Some(over.at);
                    return true;
                }
                // A grapheme wider than the line (CJK in one column) shows as `…`.
                Err(_) => {
                    if let Some(next) = split(&mut graphemes, max, &mut used, &mut out) {
                        self.at = Some(next);
                        return true;
                    }
                }
            }
        }
    }
}

/// Puts the graphemes of the unit at the front of `graphemes` on the line, each wider than
/// the line as `…`; returns where the next line starts if the line fills up first.
fn split<'a, I>(
    graphemes: &mut std::iter::Peekable<I>,
    max: usize,
    used: &mut usize,
    out: &mut Option<&mut String>,
) -> Option<usize>
where
    I: Iterator<Item = (usize, &'a str, usize)>,
{
    let mut token = Token::default();
    while let Some(&(j, g, gw)) = graphemes.peek() {
        if !token.takes(g, gw) {
            break;
        }
        let (g, gw) = match gw {
            gw if gw > max => ("…", 1),
            gw => (g, gw),
        };
        if *used + gw > max && *used > 0 {
            return Some(j);
        }
        push(out, g);
        *used += gw;
        graphemes.next();
    }
    None
}

impl Iterator for Lines<'_> {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        let mut line = String::new();
        self.step(Some(&mut line)).then_some(line)
    }
}

fn push(out: &mut Option<&mut String>, text: &str) {
    if let Some(out) = out {
        out.push_str(text);
    }
}

/// Where a unit stopped fitting: the grapheme that did not fit (its byte) and its width.
struct Overflow {
    at: usize,
    width: usize,
}

/// Takes the breakable unit that starts at the next grapheme (never a space or a newline) off
/// `graphemes` and returns its width; or stops at the grapheme that makes it wider than
/// `room`, as soon as it is known not to fit, and says where that is.
fn measure<'a, I>(graphemes: &mut std::iter::Peekable<I>, room: usize) -> Result<usize, Overflow>
where
    I: Iterator<Item = (usize, &'a str, usize)>,
{
    let mut token = Token::default();
    let mut w = 0;
    while let Some(&(at, g, width)) = graphemes.peek() {
        if !token.takes(g, width) {
            break;
        }
        if w + width > room {
            return Err(Overflow { at, width });
        }
        w += width;
        graphemes.next();
    }
    Ok(w)
}

/// The graphemes of a text from a byte on, with their byte and width. A byte of ASCII before
/// another (or the end) is a grapheme of its own, but for CR LF: such runs, most of most texts,
/// are taken a byte at a time, and the segmentation tables read only around other characters.
/// Segmenting afresh at each boundary finds the same boundaries as one pass over the text.
#[derive(Clone)]
struct Graphemes<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Graphemes<'a> {
    type Item = (usize, &'a str, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.text.as_bytes();
        let at = self.at;
        let b = *bytes.get(at)?;
        let next = bytes.get(at + 1).copied();
        let alone =
            b.is_ascii() && next.is_none_or(|n| n.is_ascii()) && (b, next) != (b'\r', Some(b'\n'));
        let len = if alone {
            1
        } else {
            self.text[at..].graphemes(true).next().map_or(1, str::len)
        };
        self.at += len;
        let g = &self.text[at..at + len];
        let width = if alone && (b' '..=b'~').contains(&b) {
            1
        } else {
            g.width()
        };
        Some((at, g, width))
    }
}

/// Which graphemes one breakable unit takes: a run of narrow characters without spaces, or a
/// single wide (CJK) character; either with the closing punctuation right after it, so that a
/// line never starts with "，" or "。".
#[derive(Default)]
enum Token {
    #[default]
    Empty,
    Narrow,
    Wide,
}

impl Token {
    /// Whether the unit takes `g`, `width` columns wide.
    fn takes(&mut self, g: &str, width: usize) -> bool {
        if g == " " || g.ends_with('\n') {
            return false;
        }
        let narrow = width <= 1;
        let closing = !narrow && g.chars().next().is_some_and(is_closing);
        let (takes, next) = match self {
            Token::Empty if narrow => (true, Token::Narrow),
            Token::Empty => (true, Token::Wide),
            Token::Narrow if narrow => (true, Token::Narrow),
            Token::Narrow | Token::Wide if closing => (true, Token::Wide),
            _ => (false, Token::Empty),
        };
        *self = next;
        takes
    }
}

fn is_closing(ch: char) -> bool {
    matches!(
        ch,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '）'
            | '”'
            | '’'
            | '》'
            | '」'
            | '』'
            | '】'
    )
}

/// Pads with spaces on the right to exactly `columns` (text wider is truncated).
pub fn pad(text: &str, columns: usize) -> String {
    let text = truncate(text, columns);
    let fill = columns.saturating_sub(width(&text));
    text + &" ".repeat(fill)
}

#[cfg(test)]
mod tests;
