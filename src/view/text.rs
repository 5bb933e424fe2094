//! Measuring and wrapping text by display width, so CJK lines neither overflow nor split a
//! character in half.
//!
//! Widths are counted grapheme by grapheme, as ratatui fills cells: a character and its
//! combining marks or variation selector stay together, and "❤️" counts the two columns it takes.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

pub fn width(text: &str) -> usize {
    text.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// Cuts `text` to at most `max` columns, ending with `…` when something was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = g.width();
        if used + w > max - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// Wraps `text` into lines of at most `max` columns. Latin words break at spaces; CJK text,
/// which has no spaces, may break between any two characters; a word longer than a line is
/// split. Existing newlines are kept. A character wider than the whole line (a CJK character
/// in one column) shows as `…`.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, max, &mut lines);
    }
    lines
}

fn wrap_paragraph(paragraph: &str, max: usize, lines: &mut Vec<String>) {
    let mut line = String::new();
    let mut used = 0;
    for token in tokens(paragraph) {
        let w = width(token);
        if used + w > max && used > 0 {
            lines.push(line.trim_end().to_owned());
            line.clear();
            used = 0;
            if token == " " {
                continue;
            }
        }
        if w > max {
            for g in token.graphemes(true) {
                let (g, gw) = match g.width() {
                    gw if gw > max => ("…", 1),
                    gw => (g, gw),
                };
                if used + gw > max && used > 0 {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push_str(g);
                used += gw;
            }
        } else {
            line.push_str(token);
            used += w;
        }
    }
    lines.push(line.trim_end().to_owned());
}

/// Splits into breakable units: runs of narrow characters without spaces, single spaces, and
/// single wide (CJK) characters. Closing punctuation stays with the character before it, so a
/// line never starts with "，" or "。".
fn tokens(text: &str) -> Vec<&str> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut word: Option<usize> = None;
    for (i, g) in text.grapheme_indices(true) {
        let end = i + g.len();
        if g != " " && g.width() <= 1 {
            word.get_or_insert(i);
            continue;
        }
        if let Some(start) = word.take() {
            ranges.push((start, i));
        }
        let closing = g.chars().next().is_some_and(is_closing);
        match ranges.last_mut() {
            Some(last) if closing && last.1 == i && &text[last.0..last.1] != " " => last.1 = end,
            _ => ranges.push((i, end)),
        }
    }
    if let Some(start) = word {
        ranges.push((start, text.len()));
    }
    ranges.into_iter().map(|(a, b)| &text[a..b]).collect()
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
mod tests {
    use super::*;

    #[test]
    fn wraps_latin_at_spaces() {
        assert_eq!(wrap("the quick brown fox", 10), ["the quick", "brown fox"]);
    }

    #[test]
    fn wraps_cjk_without_spaces_and_never_overflows() {
        let text = "累计投入扶贫资金67.7亿元，减贫3.57万户16.2万人，出列223村。";
        for max in [5, 8, 11, 20] {
            for line in wrap(text, max) {
                assert!(line.width() <= max, "{line:?} wider than {max}");
            }
        }
        assert_eq!(wrap(text, 100).concat(), text);
    }

    #[test]
    fn closing_punctuation_does_not_start_a_line() {
        for line in wrap("减贫3.57万户，出列223村。", 8) {
            assert!(!line.starts_with('，') && !line.starts_with('。'), "{line}");
        }
    }

    #[test]
    fn a_wide_character_in_a_one_column_line_shows_as_an_ellipsis() {
        assert_eq!(wrap("汉字", 1), ["…", "…"]);
        assert_eq!(wrap("a汉", 1), ["a", "…"]);
        assert_eq!(wrap("汉字", 2), ["汉", "字"]);
    }

    #[test]
    fn emoji_with_a_variation_selector_count_two_columns() {
        let hearts = "\u{2764}\u{fe0f}".repeat(3);
        assert_eq!(width(&hearts), 6);
        assert_eq!(truncate(&hearts, 4), "\u{2764}\u{fe0f}…");
        for line in wrap(&hearts, 3) {
            assert!(width(&line) <= 3, "{line:?}");
        }
    }

    #[test]
    fn combining_marks_stay_with_their_letter() {
        let text = "e\u{301}".repeat(5);
        assert_eq!(
            wrap(&text, 2),
            ["e\u{301}e\u{301}", "e\u{301}e\u{301}", "e\u{301}"]
        );
    }

    #[test]
    fn truncates_by_columns() {
        assert_eq!(truncate("主要成绩主要成绩", 7), "主要成…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(pad("主要", 6), "主要  ");
    }
}
