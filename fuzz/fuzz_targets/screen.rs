//! The screen: a briefing (bundled, bundled with an edit, or arbitrary text), a terminal size
//! from 1×1 to 400×120 and a sequence of keys, mouse events, resizes and reloads, drawn on
//! ratatui's TestBackend after each step. No panic, the buffer is exactly the frame, and no
//! control character is ever drawn.

#![no_main]

use std::path::{Path, PathBuf};

use brief::app::{App, Effect};
use brief::cli::ThemeName;
use brief::document::Document;
use brief::keymap::Keymap;
use brief::sanitize::is_unsafe;
use brief::theme::Theme;
use chrono::{Local, NaiveDate, TimeZone};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

const BUNDLED: [&str; 2] = ["team-q3.toml", "xihe-2021.toml"];

#[derive(Debug, Arbitrary)]
enum Source {
    Bundled(bool),
    /// Both bundled briefings: the picker first.
    Both,
    /// A bundled briefing with `insert` put in at byte `at` (moved back to a char boundary).
    Edited {
        second: bool,
        at: u16,
        insert: String,
    },
    Text(String),
}

#[derive(Debug, Arbitrary)]
enum Step {
    /// A key from the key table, by index.
    Bound(u8),
    Char(char),
    Special(u8),
    Mouse {
        kind: u8,
        column: u16,
        row: u16,
    },
    Resize(u16, u16),
    Reload,
}

#[derive(Debug, Arbitrary)]
struct Input {
    source: Source,
    width: u16,
    height: u16,
    theme: u8,
    steps: Vec<Step>,
}

fn size(w: u16, h: u16) -> (u16, u16) {
    (1 + w % 400, 1 + h % 120)
}

fn briefings() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../briefings")
}

fn scratch() -> PathBuf {
    std::env::temp_dir().join(format!("brief-fuzz-screen-{}.toml", std::process::id()))
}

fn open(source: &Source) -> App {
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date");
    let files: Vec<PathBuf> = match source {
        Source::Bundled(second) => vec![briefings().join(BUNDLED[usize::from(*second)])],
        Source::Both => BUNDLED.iter().map(|f| briefings().join(f)).collect(),
        Source::Edited { second, at, insert } => {
            let mut text = std::fs::read_to_string(briefings().join(BUNDLED[usize::from(*second)]))
                .expect("bundled briefing");
            let mut at = usize::from(*at) % (text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text.insert_str(at, insert);
            std::fs::write(scratch(), text).expect("scratch file");
            vec![scratch()]
        }
        Source::Text(text) => {
            std::fs::write(scratch(), text).expect("scratch file");
            vec![scratch()]
        }
    };
    let mut app = App::new(files.iter().map(|f| Document::open(f, today)).collect());
    app.now = Local
        .with_ymd_and_hms(2026, 11, 29, 14, 2, 11)
        .single()
        .expect("a time");
    app
}

fn draw(app: &mut App, (w, h): (u16, u16), theme: &Theme) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    let mut drawn = None;
    terminal
        .draw(|f| drawn = Some(brief::view::render(f, app, theme)))
        .expect("draw");
    let drawn = drawn.expect("drawn");
    let frame = Rect::new(0, 0, w, h);
    for panel in drawn.panels.iter().flatten() {
        assert_eq!(frame.intersection(panel.area), panel.area);
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

/// Reads the briefings again, as the runtime does on `r` or a file change.
fn reload(app: &mut App, today: NaiveDate) {
    for path in app.paths_to_reload() {
        let reading = brief::document::read(&path, today);
        app.on_loaded(&path, reading);
    }
}

fn key(step: &Step) -> Option<KeyEvent> {
    let bound: Vec<(KeyCode, KeyModifiers)> = Keymap::default()
        .bindings
        .iter()
        .flat_map(|b| b.keys.iter().copied())
        .collect();
    let (code, mods) = match step {
        Step::Bound(i) => bound[usize::from(*i) % bound.len()],
        Step::Char(c) => (KeyCode::Char(*c), KeyModifiers::NONE),
        Step::Special(i) => (
            [
                KeyCode::Enter,
                KeyCode::Esc,
                KeyCode::Backspace,
                KeyCode::Tab,
                KeyCode::BackTab,
                KeyCode::Delete,
                KeyCode::F(2),
                KeyCode::Null,
            ][usize::from(*i) % 8],
            KeyModifiers::NONE,
        ),
        _ => return None,
    };
    Some(KeyEvent::new(code, mods))
}

fuzz_target!(|input: Input| {
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date");
    let theme = Theme::new(
        [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast][usize::from(input.theme) % 3],
        input.theme > 200,
    );
    let mut app = open(&input.source);
    let mut size = size(input.width, input.height);
    draw(&mut app, size, &theme);
    for step in input.steps.iter().take(64) {
        match step {
            Step::Mouse { kind, column, row } => {
                let kind = match kind % 3 {
                    0 => MouseEventKind::Down(MouseButton::Left),
                    1 => MouseEventKind::ScrollDown,
                    _ => MouseEventKind::ScrollUp,
                };
                app.on_mouse(MouseEvent {
                    kind,
                    column: *column,
                    row: *row,
                    modifiers: KeyModifiers::NONE,
                });
            }
            Step::Resize(w, h) => size = self::size(*w, *h),
            Step::Reload => reload(&mut app, today),
            key_step => {
                if let Some(key) = key(key_step)
                    && app.on_key(key) == Effect::Reload
                {
                    reload(&mut app, today);
                }
            }
        }
        draw(&mut app, size, &theme);
    }
});
