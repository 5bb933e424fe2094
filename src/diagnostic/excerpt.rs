//! The source line under a diagnostic, cut to a window around the marker when it is long.
//!
//! A generated or minified file can hold megabytes on one line; printing it whole buried the
//! message (2 MB for one line of brackets). Like a compiler, show a window of the line around
//! the column, with `…` where it was cut, and keep the marker under the same characters. Widths
//! are display columns, so wide CJK characters count two and never straddle a cut.

use unicode_width::UnicodeWidthChar;

use crate::sanitize;

/// The widest excerpt shown, in columns, cut marks included.
pub const EXCERPT_COLUMNS: usize = 100;
/// Columns of context kept before the marker when the line must be cut.
const CONTEXT_BEFORE: usize = 30;
/// Zero-width characters (combining marks) take no column; this caps the characters of a piece
/// so that a line of a million combining marks is cut too.
const CHARS_PER_COLUMN: usize = 4;
const CUT: &str = "…";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    /// The line as displayed: sanitised, and cut with `…` when it is wider than the window.
    pub text: String,
    /// Columns before the marker.
    pub marker_offset: usize,
    /// Columns under the marker, at least one.
    pub marker_width: usize,
}

impl Excerpt {
    /// The excerpt of a line split at the marker: the text `before` it, the `marked` text and
    /// the text `after` it, all raw from the file.
    pub fn new(before: &str, marked: &str, after: &str) -> Excerpt {
        let widths = [before, marked, after].map(display_width);
        let chars = [before, marked, after].map(|t| t.chars().count());
        if widths.iter().sum::<usize>() <= EXCERPT_COLUMNS
            && chars.iter().sum::<usize>() <= EXCERPT_COLUMNS * CHARS_PER_COLUMN
        {
            return Excerpt::whole(before, marked, after);
        }
        // One column for each cut mark that may be needed: before, and after the marker.
        let room = EXCERPT_COLUMNS - 2;
        let marked_budget = widths[1].min(room - CONTEXT_BEFORE.min(widths[0]));
        let left = room - marked_budget;
        let after_budget = widths[2].min(left - CONTEXT_BEFORE.min(widths[0]));
        let before_budget = widths[0].min(left - after_budget);

        let (head, head_cut) = take(before.chars().rev(), before_budget);
        let head: String = head.chars().rev().collect();
        let (mark, mark_cut) = take(marked.chars(), marked_budget);
        let (tail, tail_cut) = if mark_cut {
            (String::new(), !after.is_empty())
        } else {
            take(after.chars(), after_budget)
        };
        let lead = if head_cut { CUT } else { "" };
        let trail = if mark_cut || tail_cut { CUT } else { "" };
        Excerpt {
            marker_offset: display_width(lead) + display_width(&head),
            marker_width: display_width(&mark).max(1),
            text: format!("{lead}{head}{mark}{tail}{trail}"),
        }
    }

    fn whole(before: &str, marked: &str, after: &str) -> Excerpt {
        let [before, marked, after] = [before, marked, after].map(sanitize::line);
        Excerpt {
            marker_offset: display_width(&before),
            marker_width: display_width(&marked).max(1),
            text: before + &marked + &after,
        }
    }
}

/// Width as displayed: sanitising turns a tab into four spaces and a control into a visible
/// stand-in, and the marker must line up with that. Counted per character so that a huge line
/// is not copied to be measured.
fn display_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

fn char_width(ch: char) -> usize {
    match ch {
        '\t' => 4,
        '\r' => 0,
        c if sanitize::is_unsafe(c) => 1,
        c => c.width().unwrap_or(0),
    }
}

/// The sanitised characters of `chars` that fit in `budget` columns, and whether any were left.
fn take(chars: impl Iterator<Item = char>, budget: usize) -> (String, bool) {
    let mut out = String::new();
    let (mut used, mut count) = (0, 0);
    for ch in chars {
        let width = char_width(ch);
        count += 1;
        if used + width > budget || count > budget * CHARS_PER_COLUMN {
            return (out, true);
        }
        used += width;
        let mut buf = [0; 4];
        out.push_str(&sanitize::line(ch.encode_utf8(&mut buf)));
    }
    (out, false)
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthStr;

    use super::*;

    fn marker_text(e: &Excerpt) -> String {
        let mut column = 0;
        e.text
            .chars()
            .filter(|ch| {
                let at = column;
                column += ch.width().unwrap_or(0);
                at >= e.marker_offset && at < e.marker_offset + e.marker_width
            })
            .collect()
    }

    #[test]
    fn a_short_line_is_shown_whole() {
        let e = Excerpt::new("taget", " = ", "60");
        assert_eq!(
            (e.text.as_str(), e.marker_offset, e.marker_width),
            ("taget = 60", 5, 3)
        );
    }

    #[test]
    fn a_long_line_is_cut_around_the_marker() {
        let before = "[".repeat(1_000_000);
        let after = "[".repeat(1_000_000);
        let e = Excerpt::new(&before, "x", &after);
        assert!(e.text.width() <= EXCERPT_COLUMNS, "{}", e.text.width());
        assert!(
            e.text.starts_with('…') && e.text.ends_with('…'),
            "{}",
            e.text
        );
        assert_eq!(marker_text(&e), "x");
    }

    #[test]
    fn the_marker_stays_under_its_text_among_wide_characters() {
        let before = "标题".repeat(200);
        let after = "地区生产总值".repeat(100);
        let e = Excerpt::new(&before, "错", &after);
        assert!(e.text.width() <= EXCERPT_COLUMNS);
        assert_eq!(marker_text(&e), "错");
        assert_eq!(e.marker_width, 2);
    }

    #[test]
    fn a_long_marked_span_is_cut_too() {
        let e = Excerpt::new("x = ", &"9".repeat(5000), "");
        assert!(e.text.width() <= EXCERPT_COLUMNS);
        assert_eq!(e.marker_offset, 4);
        assert!(e.text.ends_with('…'));
        assert_eq!(e.marker_width, e.text.width() - 5);
    }

    #[test]
    fn combining_marks_do_not_escape_the_window() {
        let after = "e".to_owned() + &"\u{301}".repeat(1_000_000);
        let e = Excerpt::new("title = \"", "x", &after);
        assert!(e.text.chars().count() < EXCERPT_COLUMNS * CHARS_PER_COLUMN + 10);
        assert_eq!(marker_text(&e), "x");
    }

    #[test]
    fn tabs_and_controls_count_as_displayed() {
        let before = "\t".repeat(50);
        let e = Excerpt::new(&before, "\u{1b}", &"y".repeat(200));
        assert_eq!(marker_text(&e), "\u{241b}");
        assert!(e.text.width() <= EXCERPT_COLUMNS);
    }
}
