//! The detail made part by part shows what laying it all out showed, at every scroll position,
//! and a key press in a huge item makes a screen's worth of lines, not the whole item.

use std::fmt::Write as _;

use ratatui::layout::Rect;
use ratatui::text::Line;

use super::parts::Parts;
use super::{current, key, window};
use crate::app::App;
use crate::document::Document;
use crate::model::Section;
use crate::texts::texts;
use crate::theme::{Theme, ThemeName};

/// A goal with more lines than the window notes its place in: a long summary in English and
/// Chinese, bullets long and short, metrics with sources and notes, notes; a challenge that
/// threatens it, for a link.
fn long_item() -> String {
    let mut text = String::from("title = \"Long\"\ndate = 2026-10-06\n\n[[goals]]\nid = \"g\"\n");
    let summary =
        "The quick brown fox jumps over the lazy dog, 累计投入扶贫资金六十七亿元，减贫三万户。 ";
    let _ = writeln!(
        text,
        "title = \"A long goal\"\nsummary = \"{}\"",
        summary.repeat(40)
    );
    let details: Vec<String> = (0..120)
        .map(|i| format!("\"Detail {i} {}\"", "word 字 ".repeat(i % 30)))
        .collect();
    let _ = writeln!(text, "details = [{}]", details.join(", "));
    let _ = writeln!(text, "notes = \"{}\"", "Say it slowly. ".repeat(90));
    for m in 0..4 {
        let _ = writeln!(
            text,
            "[[goals.metrics]]\nlabel = \"Metric {m}\"\nvalue = 35\nsource = \"{}\"\nnote = \"{}\"\nbaseline = {{ value = 10, date = 2026-01-01 }}\ntarget = {{ at_least = 40, by = 2026-12-31 }}\nhistory = [{{ date = 2026-01-01, value = 10 }}, {{ date = 2026-06-01, value = 30 }}]",
            "a source ".repeat(20),
            "a note ".repeat(m * 20)
        );
    }
    text.push_str(
        "\n[[challenges]]\ntitle = \"A threat\"\nseverity = \"high\"\nthreatens = [\"g\"]\n",
    );
    text
}

/// Every line of the detail from the top, and the lines on screen at each scroll position
/// (which start from the nearest note of where a line comes from): the same lines.
#[test]
fn every_scroll_position_shows_the_lines_of_the_whole_layout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.toml");
    std::fs::write(&path, long_item()).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let mut app = App::new(vec![Document::open(&path, today)]);
    let theme = Theme::new(ThemeName::Dark, false);
    for (section, notes) in [
        (Section::Goals, true),
        (Section::Goals, false),
        (Section::Challenges, true),
    ] {
        app.open_detail(section, 0);
        app.show_notes = notes;
        for (width, rows) in [(40, 20), (78, 22), (198, 47), (3, 3)] {
            let inner = Rect::new(1, 1, width, rows);
            let (briefing, section, item) = current(&app).expect("an item");
            let t = texts(briefing.meta.language);
            let parts = Parts::new(&app, (briefing, section, item), inner, &theme, t);
            let key = key(&app, briefing, section, inner).expect("a key");
            window::forget();
            // As many frames as measuring the whole item takes, as the main loop draws them.
            let mut whole = window::window(&parts, key, 0, usize::MAX);
            while whole.measuring {
                whole = window::window(&parts, key, 0, usize::MAX);
            }
            let (all, total) = (whole.lines, whole.total);
            assert_eq!(all.len(), total);
            assert!(
                total > 3 * 64 || section == Section::Challenges || width == 198,
                "{total} lines"
            );
            let rows = usize::from(rows);
            for scroll in 0..=total {
                let shown = window::window(&parts, key, scroll, rows).lines;
                let from = scroll.min(total.saturating_sub(rows));
                let expected: Vec<Line> = all[from..(from + rows).min(total)].to_vec();
                assert_eq!(shown, expected, "{width}x{rows}, scroll {scroll}");
            }
        }
    }
}
