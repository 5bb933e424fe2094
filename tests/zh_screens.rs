//! Every view of a Chinese briefing speaks Chinese (issue 11 item 17): each screen is drawn and
//! every ASCII word on it must be the briefing's own text, a key's name, or the path of its
//! file. "终端窗口太小: need 30×8, have 20×5" was the kind of thing this catches.
//!
//! Not covered: the text of a load error (file:line:col, what was expected, a hint), which the
//! diagnostics write in English for every briefing.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use brief::action::Action;
use brief::app::App;
use brief::model::{Language, Section};
use common::render::{app, draw, render, today};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Key names as the key table writes them; single letters (keys) are allowed anywhere.
const KEY_NAMES: &[&str] = &[
    "Tab", "S", "Enter", "Esc", "Bksp", "Home", "End", "PgUp", "PgDn", "Space", "Ctrl", "F",
];

fn xihe_copy(dir: &Path, name: &str) -> PathBuf {
    let file = dir.join(name);
    std::fs::copy(common::repo().join("briefings/xihe-2021.toml"), &file).unwrap();
    file
}

/// The ASCII words of every string value in the briefing file: its own text.
fn own_words(file: &Path) -> BTreeSet<String> {
    fn walk(value: &toml::Value, out: &mut BTreeSet<String>) {
        match value {
            toml::Value::String(s) => out.extend(ascii_words(s)),
            toml::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            toml::Value::Table(table) => table.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let text = std::fs::read_to_string(file).unwrap();
    let mut out = BTreeSet::new();
    walk(&text.parse::<toml::Table>().unwrap().into(), &mut out);
    out
}

fn ascii_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 1)
        .map(str::to_owned)
        .collect()
}

/// The words of a path, and their beginnings: a long path is cut at the panel's edge.
fn path_words(path: &Path) -> Vec<String> {
    ascii_words(&path.display().to_string())
        .into_iter()
        .flat_map(|w| (2..=w.len()).map(move |n| w[..n].to_owned()))
        .collect()
}

struct Check {
    allowed: BTreeSet<String>,
    /// Each English word found, with the first screen it was found on.
    found: std::collections::BTreeMap<String, String>,
}

impl Check {
    fn new(file: &Path) -> Check {
        let mut allowed = own_words(file);
        allowed.extend(KEY_NAMES.iter().map(|k| (*k).to_owned()));
        allowed.extend(path_words(file));
        // The program's own name, in the commands it suggests (`brief FILE`).
        allowed.insert("brief".to_owned());
        Check {
            allowed,
            found: std::collections::BTreeMap::new(),
        }
    }

    fn screen(&mut self, view: &str, screen: &str) {
        for word in ascii_words(screen) {
            // A word cut to fit ("othe…" of other.toml) is allowed as the start of one that is.
            let cut = screen.contains(&format!("{word}…"))
                && self.allowed.iter().any(|a| a.starts_with(&word));
            if !self.allowed.contains(&word) && !cut {
                self.found
                    .entry(word)
                    .or_insert_with(|| format!("{view}:\n{screen}"));
            }
        }
    }

    fn app(&mut self, view: &str, app: &mut App, sizes: &[(u16, u16)]) {
        for &(w, h) in sizes {
            let screen = render(app, w, h);
            self.screen(&format!("{view} {w}x{h}"), &screen);
        }
    }

    fn assert_clean(self) {
        let words: Vec<&String> = self.found.keys().collect();
        let first = self.found.values().next().cloned().unwrap_or_default();
        assert!(
            self.found.is_empty(),
            "English words on Chinese screens: {words:?}; the first on {first}"
        );
    }
}

const SIZES: &[(u16, u16)] = &[(20, 5), (60, 24), (80, 24), (120, 40), (200, 50)];
/// Tall enough for a whole detail or help to show without scrolling.
const TALL: &[(u16, u16)] = &[(120, 400)];

fn key(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn open(file: &Path) -> App {
    let mut app = app(&[file]);
    draw(&mut app, 80, 24);
    app
}

#[test]
fn every_view_of_a_chinese_briefing_is_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let file = xihe_copy(dir.path(), "xihe.toml");
    let mut check = Check::new(&file);

    let mut app = open(&file);
    check.app("overview", &mut app, SIZES);
    app.apply(Action::ToggleHelp);
    check.app("overview help", &mut app, SIZES);
    check.app("overview help", &mut app, TALL);
    app.apply(Action::ToggleHelp);

    for section in Section::ALL {
        let count = app.briefing().unwrap().section(section).len();
        for index in 0..count {
            app.open_detail(section, index);
            check.app("detail", &mut app, TALL);
            app.apply(Action::ToggleNotes);
            check.app("detail with notes", &mut app, TALL);
            app.apply(Action::ToggleNotes);
        }
    }
    app.open_detail(Section::Challenges, 0);
    check.app("detail", &mut app, SIZES);
    app.apply(Action::ToggleHelp);
    check.app("detail help", &mut app, TALL);
    app.apply(Action::ToggleHelp);

    app.begin_presentation();
    for slide in 0..app.deck.len() {
        app.present.slide = slide;
        check.app("slide", &mut app, &[(80, 24), (120, 40)]);
        app.show_notes = true;
        check.app("slide with notes", &mut app, &[(120, 40)]);
        app.show_notes = false;
    }
    app.apply(Action::ToggleHelp);
    check.app("presentation help", &mut app, TALL);
    app.apply(Action::ToggleHelp);
    app.apply(Action::StartGoto);
    check.app("go to slide", &mut app, SIZES);
    key(&mut app, KeyCode::Esc);
    app.apply(Action::Back);

    app.apply(Action::StartSearch);
    for c in "脱贫".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    check.app("search", &mut app, SIZES);
    key(&mut app, KeyCode::Enter);
    check.app("search confirmed", &mut app, SIZES);
    app.apply(Action::ToggleHelp);
    check.app("help with a search", &mut app, TALL);
    app.apply(Action::ToggleHelp);
    app.apply(Action::StartSearch);
    key(&mut app, KeyCode::Char('ё'));
    check.app("no match", &mut app, SIZES);
    check.assert_clean();
}

#[test]
fn comparisons_reloads_and_the_list_of_briefings_are_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let file = xihe_copy(dir.path(), "xihe.toml");
    let other = xihe_copy(dir.path(), "other.toml");
    let mut check = Check::new(&file);

    // With --compare: an older version with other figures, one item fewer and one more.
    let text = std::fs::read_to_string(&file).unwrap();
    let older = text
        .replacen("value = 33.6", "value = 30.1", 1)
        .replacen("value = 67.7", "value = 60", 1)
        .replacen("severity = \"critical\"", "severity = \"high\"", 1)
        .replacen(
            "[[achievements]]",
            "[[achievements]]\ntitle = \"旧项目\"\n\n[[achievements]]",
            1,
        );
    let old = brief::load::load_str(&older, Path::new("old.toml"), today()).unwrap();
    let mut app = open(&file);
    app.set_baseline(old.briefing);
    check.app("comparison overview", &mut app, SIZES);
    app.open_detail(Section::Goals, 0);
    check.app("comparison detail", &mut app, TALL);

    // Reloaded after an edit (the ✎ marks and the footer's message), then the file gone.
    let mut app = open(&file);
    std::fs::write(&file, text.replacen("value = 33.6", "value = 34.0", 1)).unwrap();
    common::render::reload(&mut app);
    check.app("reloaded", &mut app, SIZES);
    std::fs::remove_file(&file).unwrap();
    common::render::reload(&mut app);
    check.app("file gone", &mut app, SIZES);

    let third = xihe_copy(dir.path(), "third.toml");
    for path in [&other, &third] {
        check.allowed.extend(path_words(path));
    }
    let mut picker = common::render::app(&[&other, &third]);
    check.app("list of briefings", &mut picker, SIZES);
    picker.apply(Action::ToggleHelp);
    check.app("list of briefings help", &mut picker, TALL);
    check.assert_clean();
}

#[test]
fn the_notes_follower_is_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let file = xihe_copy(dir.path(), "xihe.toml");
    let mut check = Check::new(&file);
    let mut app = open(&file);
    app.begin_presentation();
    let theme = brief::theme::Theme::new(brief::cli::ThemeName::Dark, false);
    for cue in [None, app.cue()] {
        for (w, h) in [(60, 10), (120, 30)] {
            let mut terminal =
                ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
            terminal
                .draw(|f| {
                    brief::view::notes::render(
                        f,
                        cue.as_ref(),
                        &file,
                        Language::Zh,
                        app.now,
                        &theme,
                    );
                })
                .unwrap();
            let screen = common::render::text(terminal.backend().buffer());
            check.screen(&format!("notes {w}x{h} {}", cue.is_some()), &screen);
        }
    }
    check.assert_clean();
}

/// The per-period charts of a plan, in a Chinese briefing: each result, target and verdict
/// under its period, the legend and the axis say it in Chinese. (The plan's own text is
/// English here; only the interface's words are checked.)
#[test]
fn a_plan_charted_per_period_is_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.toml");
    let text = std::fs::read_to_string(common::repo().join("briefings/plan-2026.toml")).unwrap();
    assert!(text.contains("language = \"en\""));
    std::fs::write(
        &file,
        text.replace("language = \"en\"", "language = \"zh\""),
    )
    .unwrap();
    let mut check = Check::new(&file);
    let mut app = open(&file);
    let goals = app.briefing().unwrap().goals.len();
    for index in 0..goals {
        app.open_detail(Section::Goals, index);
        check.app("plan detail", &mut app, TALL);
    }
    app.open_detail(Section::Goals, 0);
    let screen = render(&mut app, 120, 40);
    insta::assert_snapshot!("zh_plan_detail_growth_120x40", screen);
    app.begin_presentation();
    for slide in 0..app.deck.len() {
        app.present.slide = slide;
        check.app("plan slide", &mut app, &[(80, 24), (120, 40)]);
    }
    check.assert_clean();
}
