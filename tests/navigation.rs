//! Navigation driven through keys and actions, with the screen checked where it matters.

mod common;

use brief::action::Action;
use brief::app::{App, Effect, Screen};
use brief::deck::Slide;
use brief::model::Section;
use common::render::{app, draw, render};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

const BRIEFING: &str = r#"title = "Nav"
date = 2026-10-06

[[goals]]
id = "a"
title = "Goal A"
summary = "a"
due = 2026-12-31
[[goals.metrics]]
label = "Latency"
unit = "ms"
value = 300
baseline = { value = 400, date = 2026-07-01 }
target = { at_most = 250, by = 2026-12-31 }
key = true

[[goals]]
id = "b"
title = "Goal B"
summary = "b"

[[goals]]
id = "c"
title = "Goal C about billing"
summary = "c"

[[achievements]]
title = "Win"
summary = "w"

[[challenges]]
title = "Risk to A"
summary = "r"
severity = "critical"
threatens = ["a"]
notes = "Say this out loud."
"#;

fn nav_app() -> App {
    // One directory per call: the tests run in parallel, and a shared one was removed and
    // recreated under a test that was still reading it.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = common::temp_dir(&format!("nav-{n}"));
    let file = dir.join("n.toml");
    std::fs::write(&file, BRIEFING).unwrap();
    let mut app = app(&[&file]);
    // The runtime draws before the first key: paging and clicks go by what was drawn.
    draw(&mut app, 120, 40);
    app
}

fn key(app: &mut App, code: KeyCode) -> Effect {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE))
}

#[test]
fn tab_and_arrows_move_between_panels_and_items() {
    let mut app = nav_app();
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    assert_eq!(app.selected[0], 2, "stops at the last item");
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Section::Achievements);
    key(&mut app, KeyCode::Char('h'));
    assert_eq!(app.focus, Section::Goals);
    key(&mut app, KeyCode::BackTab);
    assert_eq!(app.focus, Section::Challenges);
    key(&mut app, KeyCode::Char('1'));
    assert_eq!(app.focus, Section::Goals);
    key(&mut app, KeyCode::Home);
    assert_eq!(app.selected[0], 0);
    key(&mut app, KeyCode::End);
    assert_eq!(app.selected[0], 2);
}

#[test]
fn enter_opens_and_links_are_followed_both_ways() {
    let mut app = nav_app();
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Detail);
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("Threatens"), "{screen}");
    assert!(
        !screen.contains("Say this out loud."),
        "notes hidden by default"
    );
    key(&mut app, KeyCode::Char('n'));
    assert!(render(&mut app, 120, 40).contains("Say this out loud."));
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        (app.detail.section, app.detail.index),
        (Some(Section::Goals), 0),
        "followed to goal A"
    );
    assert!(render(&mut app, 120, 40).contains("Threatened by"));
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        (app.screen, app.detail.section),
        (Screen::Detail, Some(Section::Challenges)),
        "back to the challenge the link was followed from"
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Overview);
}

#[test]
fn search_finds_text_and_n_steps_through_matches() {
    let mut app = nav_app();
    key(&mut app, KeyCode::Char('/'));
    for c in "goal".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    assert!(render(&mut app, 120, 40).contains("3 matches"));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.selected[0], 0);
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.selected[0], 1);
    key(&mut app, KeyCode::Char('N'));
    assert_eq!(app.selected[0], 0);
    key(&mut app, KeyCode::Char('N'));
    assert_eq!(app.selected[0], 2, "wraps around backwards");
    key(&mut app, KeyCode::Esc);
    assert!(app.search.query.is_empty(), "Esc clears the search");
}

#[test]
fn presentation_steps_blanks_and_jumps() {
    let mut app = nav_app();
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.screen, Screen::Present);
    assert_eq!(
        app.deck.slides[app.present.slide],
        Slide::Item(Section::Goals, 0),
        "starts at the selected item"
    );
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        app.deck.slides[app.present.slide],
        Slide::Item(Section::Goals, 2)
    );
    key(&mut app, KeyCode::Home);
    assert_eq!(app.present.slide, 0);
    key(&mut app, KeyCode::Char('g'));
    key(&mut app, KeyCode::Char('4'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.present.slide, 3);
    assert!(render(&mut app, 120, 40).contains("slide 4/"));
    key(&mut app, KeyCode::Char('b'));
    assert!(render(&mut app, 120, 40).trim().is_empty(), "blank screen");
    assert!(!app.clock_visible(), "no clock ticks while blank");
    key(&mut app, KeyCode::Char('x'));
    assert!(!app.present.blank);
    key(&mut app, KeyCode::End);
    assert_eq!(app.present.slide, app.deck.len() - 1);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Overview);
}

#[test]
fn the_clock_ticks_only_while_presenting() {
    let mut app = nav_app();
    assert!(!app.clock_visible());
    app.apply(Action::Present);
    assert!(app.clock_visible());
}

#[test]
fn help_comes_from_the_key_table() {
    let mut app = nav_app();
    key(&mut app, KeyCode::Char('?'));
    let screen = render(&mut app, 120, 40);
    let t = brief::texts::texts(brief::model::Language::En);
    // Those that do something here: with one briefing open, Esc has no list to go back to.
    let offered = app
        .keymap
        .help_for(brief::keymap::Mode::Overview)
        .filter(|b| app.offers(b.action));
    for binding in offered {
        let line = binding.label();
        let help = t.action_help(binding.mode, binding.action);
        assert!(
            screen
                .lines()
                .any(|l| l.contains(&line) && l.contains(help)),
            "help lists {line:?} with {help:?}:\n{screen}"
        );
    }
    key(&mut app, KeyCode::Char('j'));
    assert!(app.show_help, "j scrolls help");
    key(&mut app, KeyCode::Char('x'));
    assert!(!app.show_help, "a key help does not use closes it");
}

/// Issue 14 item 14: help lists `q quit`, so `q` quits with help open, and on the blank
/// presentation screen; only a text prompt takes it as a letter.
#[test]
fn regression_q_quits_from_help_and_the_blank_screen_but_not_a_prompt() {
    let mut app = nav_app();
    key(&mut app, KeyCode::Char('?'));
    assert!(app.show_help);
    assert_eq!(key(&mut app, KeyCode::Char('q')), Effect::Quit, "help open");
    let mut app = nav_app();
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('b'));
    assert!(app.present.blank);
    assert_eq!(
        key(&mut app, KeyCode::Char('q')),
        Effect::Quit,
        "blank screen"
    );
    let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(app.on_key(ctrl_z), Effect::Suspend, "Ctrl-Z suspends too");
    let mut app = nav_app();
    key(&mut app, KeyCode::Char('/'));
    assert_ne!(
        key(&mut app, KeyCode::Char('q')),
        Effect::Quit,
        "search prompt"
    );
    assert_eq!(app.search.typing.as_deref(), Some("q"));
}

#[test]
fn a_click_selects_and_the_wheel_scrolls() {
    let mut app = nav_app();
    let buffer = draw(&mut app, 120, 40);
    let text = common::render::text(&buffer);
    let row = text
        .lines()
        .position(|l| l.contains("Goal C about billing"))
        .unwrap() as u16;
    let click = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 5,
        row,
        modifiers: KeyModifiers::NONE,
    };
    app.on_mouse(click);
    assert_eq!((app.focus, app.selected[0]), (Section::Goals, 2));
    let wheel = MouseEvent {
        kind: MouseEventKind::ScrollUp,
        column: 5,
        row,
        modifiers: KeyModifiers::NONE,
    };
    app.on_mouse(wheel);
    assert_eq!(app.selected[0], 1);
}

#[test]
fn the_selected_item_and_off_track_status_are_styled() {
    let mut app = nav_app();
    let theme = brief::theme::Theme::new(brief::cli::ThemeName::Dark, false);
    let buffer = draw(&mut app, 120, 40);
    let text = common::render::text(&buffer);
    let row = text.lines().position(|l| l.contains("Goal A")).unwrap() as u16;
    let col = text
        .lines()
        .nth(row as usize)
        .unwrap()
        .find("Goal A")
        .unwrap() as u16;
    assert_eq!(
        buffer[(col, row)].bg,
        theme.selected.bg.unwrap(),
        "selected row highlighted"
    );
    let mono = brief::theme::Theme::new(brief::cli::ThemeName::Dark, true);
    let buffer = common::render::draw_with(&mut app, 120, 40, &mono);
    assert!(
        buffer
            .content()
            .iter()
            .all(|c| c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset),
        "NO_COLOR: no colour at all"
    );
}

#[test]
fn layouts_follow_the_width() {
    let mut app = nav_app();
    let wide = render(&mut app, 120, 40);
    let goals_line = wide.lines().find(|l| l.contains("Goals (3)")).unwrap();
    assert!(
        goals_line.contains("Achievements (1)"),
        "side by side when wide"
    );
    let medium = render(&mut app, 80, 40);
    assert!(
        !medium
            .lines()
            .any(|l| l.contains("Goals (3)") && l.contains("Achievements (1)")),
        "stacked when medium"
    );
    assert!(medium.contains("Achievements (1)"));
    let narrow = render(&mut app, 50, 30);
    let tabs = narrow.lines().find(|l| l.contains("1 Goals (3)")).unwrap();
    assert!(
        tabs.contains("2 Achievements (1)") && tabs.contains("3 Challenges (1)"),
        "tabs when narrow:\n{narrow}"
    );
}

#[test]
fn the_footer_says_ahead_or_behind_and_marks_an_overrun() {
    let dir = common::temp_dir("timing");
    let file = dir.join("t.toml");
    let text = BRIEFING
        .replace("date = 2026-10-06", "date = 2026-10-06\nduration = \"10m\"")
        .replace(
            "title = \"Goal A\"",
            "title = \"Goal A\"\nduration = \"1m\"",
        );
    std::fs::write(&file, text).unwrap();
    let mut app = app(&[&file]);
    let start = app.now;
    app.apply(Action::Present);
    assert!(
        render(&mut app, 120, 40).contains("ahead"),
        "on the first goal at 0:00, ahead of plan"
    );
    app.now = start + chrono::Duration::minutes(9);
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("behind"), "{screen}");
    assert!(
        screen.contains("slide over budget by 8:00"),
        "Goal A had 1m and took 9:\n{screen}"
    );
    key(&mut app, KeyCode::Right);
    assert_eq!(
        app.present.time_on(app.present.slide - 1, app.now),
        std::time::Duration::from_secs(540)
    );
}

#[test]
fn comparing_with_a_later_or_an_unrelated_briefing_says_so_in_the_footer() {
    let dir = tempfile::tempdir().unwrap();
    let at = |date: &str, id: &str| {
        format!(
            "title = \"t\"\ndate = {date}\n[[goals]]\nid = \"{id}\"\ntitle = \"g\"\nsummary = \"s\"\n"
        )
    };
    let file = dir.path().join("now.toml");
    std::fs::write(&file, at("2026-01-01", "a")).unwrap();
    let older = |text: String| {
        brief::load::load_str(
            &text,
            std::path::Path::new("old.toml"),
            common::render::today(),
        )
        .unwrap()
        .briefing
    };
    let mut app = app(&[&file]);
    app.set_baseline(older(at("2026-06-01", "a")));
    let screen = render(&mut app, 200, 30);
    assert!(screen.contains("dated after this one"), "{screen}");
    let mut app = common::render::app(&[&file]);
    app.set_baseline(older(at("2025-06-01", "z")));
    let screen = render(&mut app, 200, 30);
    assert!(screen.contains("shares no item with this one"), "{screen}");
    let mut app = common::render::app(&[&file]);
    app.set_baseline(older(at("2025-06-01", "a")));
    assert_eq!(app.message, None, "a right comparison says nothing");
}

/// Met stays met on screen too: the detail's facts line of a goal met by its due date.
#[test]
fn a_goal_met_by_its_due_date_is_not_overdue_in_the_detail() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("met.toml");
    std::fs::write(
        &file,
        "title = \"t\"\ndate = 2026-10-06\n[[goals]]\ntitle = \"Error budget\"\ndue = 2026-09-30\n[[goals.metrics]]\nlabel = \"burn\"\nvalue = 0.8\nbetter = \"lower\"\ntarget = { between = [0.5, 1.0], by = 2026-09-30 }\n",
    )
    .unwrap();
    let mut app = app(&[&file]);
    app.open_detail(Section::Goals, 0);
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("✔ done · due 2026-09-30 (met)"), "{screen}");
    assert!(!screen.contains("overdue"), "{screen}");
}
