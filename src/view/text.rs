//! Measuring and wrapping text by display width, so CJK lines neither overflow nor split a
//! character in half.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub fn width(text: &str) -> usize {
    text.width()
}

/// Cuts `text` to at most `max` columns, ending with `…` when something was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(ch);
        used += w;
    }
    out.push('…');
    out
}

/// Wraps `text` into lines of at most `max` columns. Latin words break at spaces; CJK text,
/// which has no spaces, may break between any two characters; a word longer than a line is
/// split. Existing newlines are kept.
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
        let w = token.width();
        if used + w > max && used > 0 {
            lines.push(line.trim_end().to_owned());
            line.clear();
            used = 0;
            if token == " " {
                continue;
            }
        }
        if w > max {
            for ch in token.chars() {
                let cw = ch.width().unwrap_or(0);
                if used + cw > max {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(ch);
                used += cw;
            }
        } else {
            line.push_str(token);
            used += w;
        }
    }
    lines.push(line.trim_end().to_owned());
}

/// Splits into breakable units: runs of non-wide characters without spaces, single spaces,
/// and single wide (CJK) characters. Closing punctuation stays with the character before it,
/// so a line never starts with "，" or "。".
fn tokens(text: &str) -> Vec<&str> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut word: Option<usize> = None;
    for (i, ch) in text.char_indices() {
        let end = i + ch.len_utf8();
        if ch != ' ' && ch.width().unwrap_or(0) <= 1 {
            word.get_or_insert(i);
            continue;
        }
        if let Some(start) = word.take() {
            ranges.push((start, i));
        }
        match ranges.last_mut() {
            Some(last) if is_closing(ch) && last.1 == i && &text[last.0..last.1] != " " => {
                last.1 = end
            }
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
    let fill = columns.saturating_sub(text.width());
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
    fn truncates_by_columns() {
        assert_eq!(truncate("主要成绩主要成绩", 7), "主要成…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(pad("主要", 6), "主要  ");
    }
}
