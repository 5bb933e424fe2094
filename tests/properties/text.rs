//! Measuring text: wrapped and truncated lines never exceed their width, and wrapping keeps
//! every character that fits.

use brief::view::text::{truncate, wrap};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

use crate::config;

fn wide_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[一-龥]{0,60}",
        "[一-龥，。！]{0,60}",
        "[ｱ-ﾝ汉🙂]{0,40}",
        "[a-z]{0,200}",
        "([a-z]{1,15} ){0,20}",
        any::<String>().prop_map(|s| brief::sanitize::multiline(&s)),
        prop::collection::vec(
            prop::sample::select(vec![
                "汉", "a", " ", "🙂", "\u{301}", "\u{200b}", "，", "\n"
            ]),
            0..80
        )
        .prop_map(|p| p.concat()),
    ]
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn wrapped_lines_never_exceed_their_width(text in wide_text(), width in 1usize..=10) {
        for line in wrap(&text, width) {
            prop_assert!(brief::view::text::width(&line) <= width, "{line:?} wider than {width}");
        }
    }

    #[test]
    fn wrapping_keeps_every_character_that_fits(text in wide_text(), width in 2usize..=60) {
        // Breaks drop the whitespace they fall on, and a grapheme wider than a whole line
        // ("゛ொ" takes three columns) shows as `…`; nothing else may go.
        let kept: String = wrap(&text, width).concat().chars().filter(|c| !c.is_whitespace()).collect();
        let given: String = text
            .graphemes(true)
            .map(|g| if brief::view::text::width(g) > width { "…" } else { g })
            .collect::<String>()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        prop_assert_eq!(kept, given);
    }

    /// Truncation is for one line: titles, labels, paths.
    #[test]
    fn truncated_text_never_exceeds_its_width(text in wide_text(), width in 0usize..=12) {
        let cut = truncate(&text.replace('\n', " "), width);
        prop_assert!(brief::view::text::width(&cut) <= width, "{cut:?} wider than {width}");
    }
}
