//! The loader on arbitrary bytes: as text (lossy UTF-8, so the TOML parser and the validator
//! see everything) and as a file's bytes (the UTF-8 check). It must not panic, and what it lets
//! through must be clean: no control character in the model or in any diagnostic, and no
//! grapheme of the model longer than `sanitize::MAX_GRAPHEME_CHARS` characters.

#![no_main]

use std::path::Path;

use brief::load::{LoadResult, load_bytes, load_str};
use brief::model::{ItemKind, Value};
use brief::sanitize::{MAX_GRAPHEME_CHARS, is_unsafe};
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use unicode_segmentation::UnicodeSegmentation;

fuzz_target!(|data: &[u8]| {
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date");
    let path = Path::new("fuzz.toml");
    check(&load_str(&String::from_utf8_lossy(data), path, today));
    check(&load_bytes(data, path, today));
});

fn clean(text: &str) {
    assert!(
        !text.chars().any(|c| c != '\n' && is_unsafe(c)),
        "unsafe text let through: {text:?}"
    );
}

/// Model text is clean and its graphemes are capped (a diagnostic's excerpt is cut per
/// column instead, in `diagnostic::excerpt`).
fn model(text: &str) {
    clean(text);
    assert!(
        text.graphemes(true)
            .all(|g| g.chars().nth(MAX_GRAPHEME_CHARS).is_none()),
        "a grapheme of more than {MAX_GRAPHEME_CHARS} characters let through: {text:?}"
    );
}

fn check(result: &LoadResult) {
    match result {
        Ok(loaded) => {
            let b = &loaded.briefing;
            let m = &b.meta;
            for text in [
                &m.subtitle,
                &m.presenter,
                &m.organisation,
                &m.period,
                &m.summary,
                &m.notes,
            ]
            .into_iter()
            .flatten()
            .chain([&m.title])
            .chain(&m.section_names)
            {
                model(text);
            }
            for (_, item) in b.items() {
                model(&item.id);
                model(&item.title);
                for text in [&item.summary, &item.owner, &item.notes]
                    .into_iter()
                    .flatten()
                {
                    model(text);
                }
                item.details.iter().chain(&item.tags).for_each(|t| model(t));
                if let ItemKind::Challenge {
                    mitigation,
                    threatens,
                    ..
                } = &item.kind
                {
                    mitigation.iter().chain(threatens).for_each(|t| model(t));
                }
                for metric in &item.metrics {
                    model(&metric.label);
                    metric
                        .unit
                        .iter()
                        .chain(&metric.note)
                        .for_each(|t| model(t));
                    if let Some(Value::Text(t)) = &metric.value {
                        model(t);
                    }
                }
            }
            loaded.warnings.iter().for_each(|d| clean(&d.render()));
        }
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty(), "an error without a diagnostic");
            for d in diagnostics {
                clean(&d.render());
                clean(&d.summary());
            }
        }
    }
}
