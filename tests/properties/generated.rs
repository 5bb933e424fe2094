//! Briefings generated for the screen's property test: every text field plain, CJK, long,
//! wide, zero-width or a control character, and figures from tiny to huge. Most load; the rest
//! are shown as errors, which is a screen too.

use std::path::Path;

use brief::load::load_str;
use proptest::prelude::*;

use crate::common::render::today;

/// Text for generated briefings: plain, CJK, long unbroken words, wide and zero-width
/// characters, and controls (written as TOML escapes, so they reach the model).
fn field_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z ]{0,30}",
        "[一-龥，。]{0,40}",
        "[A-Za-z0-9]{50,300}",
        "[一-龥]{100,400}",
        any::<String>(),
        prop::collection::vec(
            prop::sample::select(vec![
                "a", " ", "汉", "🙂", "\u{301}", "\u{200b}", "\u{1b}", "\u{9b}", "\u{202e}", "\t",
                "\n", "\r", "\u{7f}", "e\u{301}", "\u{fe0f}", "ｱ",
            ]),
            0..60
        )
        .prop_map(|parts| parts.concat()),
    ]
}

fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

#[derive(Debug, Clone)]
struct GenMetric {
    label: String,
    unit: Option<String>,
    value: Option<Result<f64, String>>,
    baseline: Option<f64>,
    target: Option<(u8, f64, f64)>,
    history: Vec<f64>,
    key: bool,
}

#[derive(Debug, Clone)]
struct GenItem {
    title: String,
    summary: Option<String>,
    details: Vec<String>,
    notes: Option<String>,
    key: bool,
    metrics: Vec<GenMetric>,
}

#[derive(Debug, Clone)]
pub(crate) struct GenBriefing {
    title: String,
    zh: bool,
    texts: Vec<String>,
    sections: [Vec<GenItem>; 3],
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1e6f64..1e6,
        Just(0.0),
        Just(-0.0),
        Just(1e300),
        Just(-1e300),
        Just(f64::MIN_POSITIVE),
        (0i64..100).prop_map(|n| n as f64),
    ]
}

fn gen_metric() -> impl Strategy<Value = GenMetric> {
    (
        field_text(),
        prop::option::of(field_text()),
        prop::option::of(prop_oneof![
            number().prop_map(Ok),
            field_text().prop_map(Err)
        ]),
        prop::option::of(number()),
        prop::option::of((0u8..5, number(), number())),
        prop::collection::vec(number(), 0..40),
        any::<bool>(),
    )
        .prop_map(
            |(label, unit, value, baseline, target, history, key)| GenMetric {
                label,
                unit,
                value,
                baseline,
                target,
                history,
                key,
            },
        )
}

fn gen_item() -> impl Strategy<Value = GenItem> {
    (
        field_text(),
        prop::option::of(field_text()),
        prop::collection::vec(field_text(), 0..3),
        prop::option::of(field_text()),
        any::<bool>(),
        prop::collection::vec(gen_metric(), 0..3),
    )
        .prop_map(|(title, summary, details, notes, key, metrics)| GenItem {
            title,
            summary,
            details,
            notes,
            key,
            metrics,
        })
}

pub(crate) fn gen_briefing() -> impl Strategy<Value = GenBriefing> {
    (
        field_text(),
        any::<bool>(),
        prop::collection::vec(field_text(), 7),
        prop::collection::vec(gen_item(), 0..5),
        prop::collection::vec(gen_item(), 0..4),
        prop::collection::vec(gen_item(), 0..4),
    )
        .prop_map(|(title, zh, texts, g, a, c)| GenBriefing {
            title,
            zh,
            texts,
            sections: [g, a, c],
        })
}

/// The generated briefing as a file. It may well be invalid (an empty title, a target equal to
/// its baseline): then the screen shows its errors, which is a screen too.
pub(crate) fn to_toml(b: &GenBriefing) -> String {
    use std::fmt::Write;
    let mut out = format!(
        "title = {}\ndate = 2026-10-06\nlanguage = \"{}\"\nduration = \"30m\"\n",
        quoted(&b.title),
        if b.zh { "zh" } else { "en" }
    );
    for (key, text) in [
        "subtitle",
        "presenter",
        "organisation",
        "period",
        "summary",
        "notes",
    ]
    .iter()
    .zip(&b.texts)
    {
        let _ = writeln!(out, "{key} = {}", quoted(text));
    }
    let _ = writeln!(out, "[sections]\ngoals = {}", quoted(&b.texts[6]));
    for (section, items) in ["goals", "achievements", "challenges"]
        .iter()
        .zip(&b.sections)
    {
        for (i, item) in items.iter().enumerate() {
            let _ = writeln!(
                out,
                "[[{section}]]\nid = \"{section}-{i}\"\ntitle = {}\nkey = {}",
                quoted(&item.title),
                item.key
            );
            if let Some(s) = &item.summary {
                let _ = writeln!(out, "summary = {}", quoted(s));
            }
            if let Some(n) = &item.notes {
                let _ = writeln!(out, "notes = {}", quoted(n));
            }
            let details: Vec<String> = item.details.iter().map(|d| quoted(d)).collect();
            let _ = writeln!(out, "details = [{}]", details.join(", "));
            match *section {
                "goals" => {
                    let _ = writeln!(out, "due = 2027-0{}-15", 1 + i % 9);
                }
                "challenges" => {
                    let _ = writeln!(
                        out,
                        "severity = \"{}\"\nmitigation = [{}]\nthreatens = [{}]",
                        ["low", "medium", "high", "critical"][i % 4],
                        details.join(", "),
                        if b.sections[0].is_empty() {
                            String::new()
                        } else {
                            format!("\"goals-{}\"", i % b.sections[0].len())
                        }
                    );
                }
                _ => {}
            }
            for (n, m) in item.metrics.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "[[{section}.metrics]]\nlabel = {}\nkey = {}",
                    quoted(&format!("{n} {}", m.label)),
                    m.key
                );
                if let Some(u) = &m.unit {
                    let _ = writeln!(out, "unit = {}", quoted(u));
                }
                match &m.value {
                    Some(Ok(v)) => {
                        let _ = writeln!(out, "value = {v:?}");
                    }
                    Some(Err(t)) => {
                        let _ = writeln!(out, "value = {}", quoted(t));
                    }
                    None => {}
                }
                if let Some(v) = m.baseline {
                    let _ = writeln!(out, "baseline = {{ value = {v:?}, date = 2026-01-01 }}");
                }
                if let Some((kind, a, b)) = m.target {
                    let target = match kind {
                        0 => format!("{a:?}"),
                        1 => format!("{{ at_least = {a:?}, by = 2027-12-31 }}"),
                        2 => format!("{{ at_most = {a:?} }}"),
                        3 => format!("{{ around = {a:?}, tolerance = {:?} }}", b.abs()),
                        _ => format!("{{ between = [{:?}, {:?}] }}", a.min(b), a.max(b)),
                    };
                    let _ = writeln!(out, "target = {target}");
                }
                if !m.history.is_empty() {
                    let points: Vec<String> = m
                        .history
                        .iter()
                        .enumerate()
                        .map(|(d, v)| {
                            format!(
                                "{{ value = {v:?}, date = 2026-{:02}-{:02} }}",
                                1 + d / 28 % 12,
                                1 + d % 28
                            )
                        })
                        .collect();
                    let _ = writeln!(out, "history = [{}]", points.join(", "));
                }
            }
        }
    }
    out
}

/// The generator itself: most generated briefings load, so the screen is not only errors.
#[test]
fn generated_briefings_mostly_load() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut loaded = 0;
    for _ in 0..50 {
        let b = gen_briefing().new_tree(&mut runner).unwrap().current();
        if load_str(&to_toml(&b), Path::new("g.toml"), today()).is_ok() {
            loaded += 1;
        }
    }
    assert!(loaded >= 20, "only {loaded} of 50 generated briefings load");
}
