//! The wrapping and cutting rules by example, and the lazy wrapping checked against the
//! whole-text wrapping it replaced (kept here as the reference).

use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::*;

/// The wrapping as it was before it was made lazy: every paragraph split into tokens first.
mod reference {
    use super::*;

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
                Some(last) if closing && last.1 == i && &text[last.0..last.1] != " " => {
                    last.1 = end;
                }
                _ => ranges.push((i, end)),
            }
        }
        if let Some(start) = word {
            ranges.push((start, text.len()));
        }
        ranges.into_iter().map(|(a, b)| &text[a..b]).collect()
    }

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
}

/// Text made of the pieces wrapping cares about: words, spaces, newlines, CJK, closing
/// punctuation, combining marks, emoji and flags, Hangul jamo, an Indic conjunct, zero-width
/// characters.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "bc",
        "defghij",
        " ",
        "  ",
        "\n",
        "汉",
        "字",
        "，",
        "。",
        "」",
        "e\u{301}",
        "\u{2764}\u{fe0f}",
        "\u{1F1FA}\u{1F1F8}",
        "\u{1F1EC}",
        "\u{1F469}\u{200D}\u{1F4BB}",
        "\u{1100}\u{1161}",
        "\u{1161}",
        "\u{0915}\u{094D}\u{0937}",
        "\u{200b}",
        "”",
        "\u{a0}",
        "\u{3000}",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn lazy_wrapping_makes_the_lines_whole_text_wrapping_made(text in tricky_text(), max in 0usize..14) {
        prop_assert_eq!(wrap(&text, max), reference::wrap(&text, max));
    }

    #[test]
    fn wrapping_resumes_where_position_says(text in tricky_text(), max in 1usize..14) {
        let all = wrap(&text, max);
        let mut lines = lines(&text, max);
        for done in 0..all.len() {
            let at = lines.position().expect("a line left");
            let rest: Vec<String> = Lines::starting_at(&text, max, at).collect();
            prop_assert_eq!(&rest[..], &all[done..]);
            lines.next();
        }
        prop_assert_eq!(lines.position(), None);
    }

    #[test]
    fn truncating_early_cuts_where_measuring_the_whole_text_did(text in tricky_text(), max in 0usize..14) {
        prop_assert_eq!(truncate(&text, max), reference::truncate(&text, max));
        prop_assert_eq!(wider_than(&text, max), width(&text) > max);
    }
}

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

#[test]
fn a_huge_word_is_wrapped_one_screen_at_a_time() {
    // Wrapping the first lines of 10 MB reads only those lines: the rest is never touched.
    let text = "x".repeat(10_000_000);
    let first: Vec<String> = lines(&text, 200).take(50).collect();
    assert_eq!(first.len(), 50);
    assert!(first.iter().all(|l| l.len() == 200));
    let mut at = lines(&text, 200);
    at.nth(49);
    assert_eq!(at.position(), Some(50 * 200));
}

#[test]
fn truncating_reads_only_as_far_as_the_cut() {
    // Not measured first: this would take seconds in a debug build if it were.
    let text = "主".repeat(20_000_000);
    assert_eq!(truncate(&text, 5), "主主…");
    assert!(wider_than(&text, 5));
}
