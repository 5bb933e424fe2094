//! The screen, for any briefing (a bundled one, both in the picker, or a generated one) at any
//! size, through any keys, mouse clicks, resizes and reloads: it never panics, lays out nothing
//! outside its frame, and draws no control character.

use std::path::{Path, PathBuf};

use brief::app::{App, Effect};
use brief::cli::ThemeName;
use brief::document::Document;
use brief::keymap::Keymap;
use brief::sanitize::is_unsafe;
use brief::theme::Theme;
use chrono::{Local, TimeZone};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

use crate::common;
use crate::common::render::today;
use crate::generated::{GenBriefing, gen_briefing, to_toml};
use crate::{BUNDLED, config};

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
    #![proptest_config(config(64))]

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
