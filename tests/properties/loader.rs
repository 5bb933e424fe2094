//! The loader, on arbitrary bytes, on pieces of briefing files and on mutations of the bundled
//! briefings: it never panics, and no text it lets through, nor any diagnostic, holds a control
//! or bidi character.

use std::path::Path;

use brief::load::{load_file, load_str};
use brief::model::{Briefing, ItemKind, Value};
use brief::sanitize::is_unsafe;
use proptest::prelude::*;

use crate::common;
use crate::common::render::today;
use crate::{bundled, config};

/// Everything the loader lets through is clean: every text of the model, every diagnostic.
fn assert_loaded_clean(result: &brief::load::LoadResult) {
    match result {
        Ok(loaded) => {
            for text in model_texts(&loaded.briefing) {
                assert!(!text.chars().any(is_unsafe_in_line), "{text:?}");
            }
            for d in &loaded.warnings {
                assert_clean_report(&d.render());
            }
        }
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty(), "an error comes with a diagnostic");
            for d in diagnostics {
                assert_clean_report(&d.render());
                assert_clean_report(&d.summary());
            }
        }
    }
}

/// Multi-line texts keep their newlines; nothing else of the kind may remain.
fn is_unsafe_in_line(c: char) -> bool {
    c != '\n' && is_unsafe(c)
}

fn assert_clean_report(text: &str) {
    assert!(!text.chars().any(is_unsafe_in_line), "{text:?}");
}

fn model_texts(b: &Briefing) -> Vec<&str> {
    let m = &b.meta;
    let mut out: Vec<&str> = [
        Some(&m.title),
        m.subtitle.as_ref(),
        m.presenter.as_ref(),
        m.organisation.as_ref(),
        m.period.as_ref(),
        m.summary.as_ref(),
        m.notes.as_ref(),
    ]
    .into_iter()
    .flatten()
    .chain(&m.section_names)
    .map(String::as_str)
    .collect();
    for (_, item) in b.items() {
        out.extend([&item.id, &item.title].map(String::as_str));
        out.extend(
            [&item.summary, &item.owner, &item.notes]
                .into_iter()
                .flatten()
                .map(String::as_str),
        );
        out.extend(item.details.iter().chain(&item.tags).map(String::as_str));
        if let ItemKind::Challenge {
            mitigation,
            threatens,
            ..
        } = &item.kind
        {
            out.extend(mitigation.iter().chain(threatens).map(String::as_str));
        }
        for metric in &item.metrics {
            out.push(&metric.label);
            out.extend(metric.unit.as_deref());
            out.extend(metric.note.as_deref());
            if let Some(Value::Text(t)) = &metric.value {
                out.push(t);
            }
        }
    }
    out
}

/// Pieces of briefing files, so that random text gets past the TOML parser into validation.
const FRAGMENTS: &[&str] = &[
    "title = \"T\"\n",
    "title = ",
    "\"",
    "\"\"\"",
    "'",
    "\n",
    " = ",
    "[[goals]]\n",
    "[[achievements]]\n",
    "[[challenges]]\n",
    "[[goals.metrics]]\n",
    "[[challenges.metrics]]\n",
    "[sections]\n",
    "label = \"m\"\n",
    "value = ",
    "value = \"3纵31横\"\n",
    "baseline = { value = 1, date = 2026-01-01 }\n",
    "target = { at_least = 100, by = 2027-12-31 }\n",
    "target = { between = [4.5, 5] }\n",
    "target = { around = 5, tolerance = 0.5 }\n",
    "target = 0\n",
    "history = [{ value = 1, date = 2026-01-01 }, { value = 2, date = 2026-06-01 }]\n",
    "history = [",
    "{ value = -0.0 }",
    "]",
    "}",
    ", ",
    "1e308",
    "-1e308",
    "1.7976931348623157e308",
    "0.000000000000001",
    "9223372036854775807",
    "-9223372036854775808",
    "nan",
    "inf",
    "-inf",
    "2026-02-29",
    "2026-13-01",
    "0000-01-01",
    "9999-12-31",
    "2026-10-06T10:00:00",
    "date = 2026-10-06\n",
    "due = 1970-01-01\n",
    "duration = \"1h30m\"\n",
    "duration = \"99999999999999999999h\"\n",
    "annual_growth = 1e300\n",
    "status = \"at risk\"\n",
    "severity = \"critical\"\n",
    "language = \"zh\"\n",
    "threatens = [\"a\"]\n",
    "id = \"a\"\n",
    "key = true\n",
    "better = \"lower\"\n",
    "summary = \"累计投入扶贫资金67.7亿元，减贫3.57万户16.2万人。\"\n",
    "notes = \"\\u001b]0;pwned\\u0007\\u202e\"\n",
    "\\u001b",
    "\\u0000",
    "\\U0010FFFF",
    "\u{1b}",
    "\u{9b}",
    "\u{202e}",
    "\r\n",
    "\t",
    "#",
    "汉字",
    "🙂",
];

fn fragment_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(FRAGMENTS).prop_map(str::to_owned),
            1 => any::<String>(),
            1 => "[a-z_]{1,12}",
        ],
        0..48,
    )
    .prop_map(|parts| parts.concat())
}

#[derive(Debug, Clone)]
enum Mutation {
    Delete { at: usize, len: usize },
    Insert { at: usize, text: String },
    Duplicate { at: usize, len: usize },
    Swap { a: usize, b: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0usize..200).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (
            any::<usize>(),
            prop_oneof![
                prop::sample::select(FRAGMENTS).prop_map(str::to_owned),
                any::<String>()
            ]
        )
            .prop_map(|(at, text)| Mutation::Insert { at, text }),
        (any::<usize>(), 0usize..400).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap { a, b }),
    ]
}

fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn mutate(mut text: String, mutations: &[Mutation]) -> String {
    for m in mutations {
        match m {
            Mutation::Delete { at, len } => {
                let start = boundary(&text, *at);
                let end = boundary(&text, (start + len).min(text.len()));
                text.replace_range(start..end.max(start), "");
            }
            Mutation::Insert { at, text: insert } => {
                let at = boundary(&text, *at);
                text.insert_str(at, insert);
            }
            Mutation::Duplicate { at, len } => {
                let start = boundary(&text, *at);
                let end = boundary(&text, (start + len).min(text.len())).max(start);
                let copy = text[start..end].to_owned();
                text.insert_str(end, &copy);
            }
            Mutation::Swap { a, b } => {
                let mut lines: Vec<&str> = text.lines().collect();
                if !lines.is_empty() {
                    let n = lines.len();
                    lines.swap(a % n, b % n);
                }
                text = lines.join("\n");
            }
        }
    }
    text
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn the_loader_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        let text = String::from_utf8_lossy(&bytes);
        assert_loaded_clean(&load_str(&text, Path::new("fuzz.toml"), today()));
    }

    #[test]
    fn the_loader_never_panics_on_pieces_of_briefings(text in fragment_text()) {
        assert_loaded_clean(&load_str(&text, Path::new("fuzz.toml"), today()));
    }
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn the_loader_never_panics_on_mutated_bundled_briefings(
        which in 0usize..2,
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let text = mutate(bundled(which), &mutations);
        assert_loaded_clean(&load_str(&text, Path::new("fuzz.toml"), today()));
    }
}

proptest! {
    #![proptest_config(config(32))]

    /// The byte path: files that are not UTF-8, or empty, or whitespace, through `load_file`.
    #[test]
    fn load_file_never_panics_on_arbitrary_files(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let dir = common::temp_dir("prop-load-file");
        let file = dir.join("f.toml");
        std::fs::write(&file, &bytes).unwrap();
        assert_loaded_clean(&load_file(&file, today()));
    }
}
