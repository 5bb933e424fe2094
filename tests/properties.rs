//! Property tests, bounded to run in seconds: the loader on arbitrary bytes and on mutations of
//! the bundled briefings never panics and lets nothing unsafe through; the screen, for any
//! briefing at any size through any keys, mouse clicks and resizes, never panics, fills exactly
//! its frame and draws no control character; wrapping never exceeds its width.
//!
//! The same targets run unbounded under cargo fuzz (fuzz/, docs/fuzzing.md).

mod common;

use std::path::{Path, PathBuf};

use brief::app::{App, Effect};
use brief::cli::ThemeName;
use brief::document::Document;
use brief::keymap::Keymap;
use brief::load::{load_file, load_str};
use brief::model::{Briefing, ItemKind, Value};
use brief::sanitize::is_unsafe;
use brief::theme::Theme;
use brief::view::text::{truncate, wrap};
use chrono::{Local, TimeZone};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use unicode_segmentation::UnicodeSegmentation;

use common::render::today;

const BUNDLED: [&str; 2] = ["briefings/team-q3.toml", "briefings/xihe-2021.toml"];

fn bundled(which: usize) -> String {
    std::fs::read_to_string(common::repo().join(BUNDLED[which % 2])).unwrap()
}

// ---------------------------------------------------------------------------------------------
// The loader

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
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

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
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

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
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// The byte path: files that are not UTF-8, or empty, or whitespace, through `load_file`.
    #[test]
    fn load_file_never_panics_on_arbitrary_files(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let dir = common::temp_dir("prop-load-file");
        let file = dir.join("f.toml");
        std::fs::write(&file, &bytes).unwrap();
        assert_loaded_clean(&load_file(&file, today()));
    }
}

// ---------------------------------------------------------------------------------------------
// The screen

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
struct GenBriefing {
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

fn gen_briefing() -> impl Strategy<Value = GenBriefing> {
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
fn to_toml(b: &GenBriefing) -> String {
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

#[derive(Debug, Clone)]
enum Source {
    Bundled(usize),
    Generated(GenBriefing),
}

fn source() -> impl Strategy<Value = Source> {
    prop_oneof![
        1 => (0usize..2).prop_map(Source::Bundled),
        3 => gen_briefing().prop_map(Source::Generated),
    ]
}

#[derive(Debug, Clone)]
enum Step {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize(u16, u16),
    Reload,
}

fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        (1u16..=40, 1u16..=12),
        (30u16..=200, 8u16..=60),
        (1u16..=400, 1u16..=120),
    ]
}

/// Every key the table binds, with its modifiers.
fn bound_keys() -> Vec<(KeyCode, KeyModifiers)> {
    Keymap::default()
        .bindings
        .iter()
        .flat_map(|b| b.keys.iter().copied())
        .collect()
}

fn key() -> impl Strategy<Value = KeyEvent> {
    prop_oneof![
        6 => prop::sample::select(bound_keys()).prop_map(|(c, m)| KeyEvent::new(c, m)),
        1 => any::<char>().prop_map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        1 => prop::sample::select(vec![
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Backspace,
            KeyCode::Char('5'),
            KeyCode::Char('0'),
            KeyCode::Insert,
            KeyCode::F(5),
        ])
        .prop_map(|c| KeyEvent::new(c, KeyModifiers::NONE)),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        12 => key().prop_map(Step::Key),
        2 => (
            prop::sample::select(vec![
                MouseEventKind::Down(MouseButton::Left),
                MouseEventKind::ScrollDown,
                MouseEventKind::ScrollUp,
            ]),
            prop_oneof![0u16..420, any::<u16>()],
            prop_oneof![0u16..130, any::<u16>()],
        )
            .prop_map(|(kind, column, row)| Step::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers: KeyModifiers::NONE,
            })),
        2 => size().prop_map(|(w, h)| Step::Resize(w, h)),
        1 => Just(Step::Reload),
    ]
}

/// Opens `source` as the app would: one document, or both bundled ones (the picker).
fn open(source: &Source, dir: &Path) -> App {
    let files: Vec<PathBuf> = match source {
        Source::Bundled(0) => BUNDLED.iter().map(|f| common::repo().join(f)).collect(),
        Source::Bundled(n) => vec![common::repo().join(BUNDLED[n % 2])],
        Source::Generated(b) => {
            let file = dir.join("generated.toml");
            std::fs::write(&file, to_toml(b)).unwrap();
            vec![file]
        }
    };
    let mut app = App::new(files.iter().map(|f| Document::open(f, today())).collect());
    app.now = Local.with_ymd_and_hms(2026, 11, 29, 14, 2, 11).unwrap();
    app
}

/// One frame at `size`: no panic, what the view reports it laid out lies inside the frame
/// (clicks and paging go by it), and no control drawn.
fn draw(app: &mut App, (w, h): (u16, u16), theme: &Theme) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let mut drawn = None;
    terminal
        .draw(|f| drawn = Some(brief::view::render(f, app, theme)))
        .unwrap();
    let drawn = drawn.unwrap();
    let frame = Rect::new(0, 0, w, h);
    assert_eq!(drawn.size, (w, h));
    for panel in drawn.panels.iter().flatten() {
        assert_eq!(
            frame.intersection(panel.area),
            panel.area,
            "panel outside the frame"
        );
    }
    if let Some(detail) = drawn.detail {
        assert!(detail.rows < usize::from(h), "detail taller than the frame");
    }
    app.on_drawn(drawn);
    let buffer = terminal.backend().buffer();
    for cell in &buffer.content {
        assert!(
            !cell.symbol().chars().any(is_unsafe),
            "{:?} drawn",
            cell.symbol()
        );
    }
}

/// Drives the app through `steps`, drawing after each.
fn run(source: &Source, start: (u16, u16), steps: &[Step], theme: &Theme) {
    let dir = common::temp_dir("prop-screen");
    let mut app = open(source, &dir);
    let mut size = start;
    draw(&mut app, size, theme);
    for step in steps {
        match step {
            Step::Key(key) => {
                if app.on_key(*key) == Effect::Reload {
                    common::render::reload(&mut app);
                }
            }
            Step::Mouse(mouse) => {
                app.on_mouse(*mouse);
            }
            Step::Resize(w, h) => size = (*w, *h),
            Step::Reload => {
                common::render::reload(&mut app);
            }
        }
        draw(&mut app, size, theme);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_briefing_at_any_size_through_any_keys_stays_in_its_frame(
        source in source(),
        start in size(),
        steps in prop::collection::vec(step(), 0..32),
        theme in prop::sample::select(vec![ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast]),
    ) {
        run(&source, start, &steps, &Theme::new(theme, false));
    }
}

/// Found by cargo fuzz (screen): a click reported on row 65535 overflowed the panel hit test.
#[test]
fn a_mouse_event_on_the_last_possible_row_or_column_does_not_overflow() {
    let dir = common::temp_dir("prop-mouse-edge");
    let theme = Theme::new(ThemeName::Dark, false);
    for size in [(120, 40), (80, 24), (40, 10)] {
        let mut app = open(&Source::Bundled(1), &dir);
        for (column, row) in [(u16::MAX, u16::MAX), (10, u16::MAX), (u16::MAX, 10)] {
            for kind in [
                MouseEventKind::Down(MouseButton::Left),
                MouseEventKind::ScrollDown,
            ] {
                draw(&mut app, size, &theme);
                app.on_mouse(MouseEvent {
                    kind,
                    column,
                    row,
                    modifiers: KeyModifiers::NONE,
                });
            }
        }
    }
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

// ---------------------------------------------------------------------------------------------
// Text measuring

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
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

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
