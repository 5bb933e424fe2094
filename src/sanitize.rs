//! Makes user text safe to draw: no byte of a briefing reaches the terminal as a control.
//!
//! This runs once, where text enters the model, so every view, export and message downstream
//! can trust what it holds. Controls become visible stand-ins rather than vanishing, because a
//! presenter who pasted an escape sequence should see that something odd is in the file.
//!
//! It also caps how much one grapheme may hold. A terminal cell shows a whole grapheme, a
//! letter with all its combining marks, so a title of one letter and 4 million marks fits in
//! one cell and was written out whole, 8 MB, on every frame. Zero-width characters in a row
//! are capped the same way: not drawn, but measured by every view that cuts text to fit.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The most characters one grapheme keeps. Real text stays well under it: a letter with a few
/// accents, a Tibetan stack, or the longest emoji sequences (a family with skin tones is 11).
/// What is cut shows as one U+FFFD after the kept part.
pub const MAX_GRAPHEME_CHARS: usize = 16;

/// Cleans text that may span several lines (summaries, notes, details).
pub fn multiline(text: &str) -> String {
    clean(text, true)
}

/// Cleans text that must stay on one line (titles, labels, units): newlines become spaces.
pub fn line(text: &str) -> String {
    clean(text, false)
}

/// A file path as shown on screen or in a message: file names may hold escape sequences too.
/// The path itself stays as it is for opening the file; only what is shown is cleaned.
pub fn path(path: &std::path::Path) -> String {
    line(&path.to_string_lossy())
}

/// True for a character that must not reach a terminal raw: C0 and C1 controls, DEL and the
/// bidirectional controls.
pub fn is_unsafe(ch: char) -> bool {
    ch.is_control() || is_bidi_control(ch)
}

fn clean(text: &str, keep_newlines: bool) -> String {
    let out = if text.chars().any(is_unsafe) {
        replace_controls(text, keep_newlines)
    } else {
        text.to_owned()
    };
    // After the controls: a stand-in such as ␛ takes the combining marks that follow it.
    if has_long_grapheme(&out) {
        cap_graphemes(&out)
    } else {
        out
    }
}

fn replace_controls(text: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        match ch {
            '\n' if keep_newlines => out.push('\n'),
            '\n' => out.push(' '),
            '\r' => {}
            '\t' => out.push_str("    "),
            c if is_unsafe(c) => out.push(visible_stand_in(c)),
            c => out.push(c),
        }
    }
    out
}

fn has_long_grapheme(text: &str) -> bool {
    // Only characters outside ASCII combine or take no column.
    let mut caps = Caps::default();
    !text.is_ascii() && text.graphemes(true).any(|g| caps.keep(g) != Keep::Whole)
}

/// Keeps at most `MAX_GRAPHEME_CHARS` characters of each grapheme, and of zero-width graphemes
/// in a row (U+200B and the like, which a terminal does not draw but a view must measure);
/// one U+FFFD marks each cut.
fn cap_graphemes(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(1 << 20));
    let mut caps = Caps::default();
    for g in text.graphemes(true) {
        match caps.keep(g) {
            Keep::Whole => out.push_str(g),
            Keep::Cut(at) => {
                out.push_str(&g[..at]);
                out.push('\u{FFFD}');
            }
            Keep::Drop => {}
        }
    }
    out
}

#[derive(Debug, PartialEq, Eq)]
enum Keep {
    Whole,
    /// The grapheme up to this byte, then the mark.
    Cut(usize),
    Drop,
}

#[derive(Default)]
struct Caps {
    /// Zero-width graphemes in a row so far.
    zero_width: usize,
}

impl Caps {
    fn keep(&mut self, g: &str) -> Keep {
        if g.is_ascii() {
            self.zero_width = 0;
            return Keep::Whole;
        }
        if g.width() == 0 {
            self.zero_width += 1;
            match self.zero_width.cmp(&(MAX_GRAPHEME_CHARS + 1)) {
                std::cmp::Ordering::Less => {}
                std::cmp::Ordering::Equal => return Keep::Cut(0),
                std::cmp::Ordering::Greater => return Keep::Drop,
            }
        } else {
            self.zero_width = 0;
        }
        match g.char_indices().nth(MAX_GRAPHEME_CHARS) {
            Some((cut, _)) if g.len() > MAX_GRAPHEME_CHARS => Keep::Cut(cut),
            _ => Keep::Whole,
        }
    }
}

/// Bidirectional overrides can make text read differently from what it is ("Trojan Source").
fn is_bidi_control(ch: char) -> bool {
    matches!(ch, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn visible_stand_in(ch: char) -> char {
    match ch {
        // C0 controls have their own "control picture" glyphs: ESC shows as ␛, BEL as ␇.
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + ch as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(line("a\u{1b}[31mred"), "a\u{241b}[31mred");
        assert_eq!(
            line("title\u{1b}]0;pwned\u{7}"),
            "title\u{241b}]0;pwned\u{2407}"
        );
    }

    #[test]
    fn c1_and_bidi_controls_are_replaced() {
        assert_eq!(line("x\u{9b}2J"), "x\u{FFFD}2J");
        assert_eq!(line("ab\u{202E}cd"), "ab\u{FFFD}cd");
    }

    #[test]
    fn newlines_follow_the_field_kind() {
        assert_eq!(line("one\ntwo"), "one two");
        assert_eq!(multiline("one\r\ntwo\tx"), "one\ntwo    x");
    }

    #[test]
    fn paths_are_shown_with_stand_ins() {
        let p = std::path::Path::new("dir/\u{1b}]0;pwned\u{7}\u{202e}.toml");
        assert_eq!(path(p), "dir/\u{241b}]0;pwned\u{2407}\u{FFFD}.toml");
    }

    #[test]
    fn a_grapheme_keeps_at_most_sixteen_characters_and_marks_the_cut() {
        let marks = "\u{301}".repeat(4_000_000);
        let title = line(&format!("e{marks}x"));
        let kept = format!("e{}\u{FFFD}x", "\u{301}".repeat(MAX_GRAPHEME_CHARS - 1));
        assert_eq!(title, kept);
        // A stand-in for a control takes the marks after it: they are capped with it.
        assert_eq!(
            multiline(&format!("\u{1b}{marks}")),
            format!(
                "\u{241b}{}\u{FFFD}",
                "\u{301}".repeat(MAX_GRAPHEME_CHARS - 1)
            )
        );
    }

    #[test]
    fn zero_width_characters_in_a_row_are_capped_too() {
        let text = line(&format!("a{}b", "\u{200b}".repeat(1_000_000)));
        assert_eq!(
            text,
            format!("a{}\u{FFFD}b", "\u{200b}".repeat(MAX_GRAPHEME_CHARS))
        );
    }

    #[test]
    fn long_real_graphemes_are_kept_whole() {
        // A family with skin tones (11 characters), a Vietnamese letter, a flag of Scotland.
        let text = "\u{1F468}\u{1F3FD}\u{200D}\u{1F469}\u{1F3FD}\u{200D}\u{1F467}\u{1F3FD}\u{200D}\u{1F466}\u{1F3FD} \
                    e\u{323}\u{302} \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
        assert_eq!(line(text), text);
    }

    #[test]
    fn clean_text_is_unchanged() {
        assert_eq!(line("地区生产总值 67.7亿元"), "地区生产总值 67.7亿元");
    }
}
