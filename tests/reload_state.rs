//! The state's side of a reload, without a terminal: versions handed to `App::on_loaded` as
//! the runtime reads them, and what the reader's place does across them.

mod common;

use brief::app::Screen;
use brief::deck::Slide;
use brief::model::Section;
use common::render::{app, reload};

const WHOLE: &str = r#"title = "Place test"
date = 2026-10-06

[[goals]]
id = "g1"
title = "First goal"

[[goals]]
id = "g2"
title = "Second goal"

[[challenges]]
id = "c1"
title = "First risk"

[[challenges]]
id = "c2"
title = "Second risk"
"#;

/// Issue 14 item 5: a version without the challenges (the first chunk of a save) moved the
/// presenter from the last slide, a challenge, to the last slide left, and the whole file
/// coming back a moment later left them there.
#[test]
fn regression_the_place_comes_back_with_the_item() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.toml");
    std::fs::write(&file, WHOLE).unwrap();
    let mut app = app(&[&file]);
    app.begin_presentation();
    app.apply(brief::action::Action::LastSlide);
    let last = Slide::Item(Section::Challenges, 1);
    assert_eq!(app.slide(), Some(last));
    let half = &WHOLE[..WHOLE.find("[[challenges]]").unwrap()];
    std::fs::write(&file, half).unwrap();
    reload(&mut app);
    assert_ne!(
        app.slide(),
        Some(last),
        "the half version has no challenges"
    );
    std::fs::write(&file, WHOLE.replace("First goal", "First goal, renamed")).unwrap();
    reload(&mut app);
    assert_eq!(
        app.slide(),
        Some(last),
        "back on the challenge once it is back"
    );
}

/// The same for the item open in the detail: the screen falls back to the overview while
/// the item is missing, and returns to it when it is back.
#[test]
fn the_detail_comes_back_with_its_item() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.toml");
    std::fs::write(&file, WHOLE).unwrap();
    let mut app = app(&[&file]);
    app.open_detail(Section::Challenges, 1);
    let half = &WHOLE[..WHOLE.find("[[challenges]]").unwrap()];
    std::fs::write(&file, half).unwrap();
    reload(&mut app);
    assert_eq!(app.screen, Screen::Overview);
    std::fs::write(&file, WHOLE).unwrap();
    reload(&mut app);
    assert_eq!(app.screen, Screen::Detail);
    assert_eq!(app.detail.index, 1);
}

/// A reader who moves while the item is missing has chosen a new place: it is not taken away
/// when the item comes back.
#[test]
fn a_reader_who_moved_keeps_the_new_place() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.toml");
    std::fs::write(&file, WHOLE).unwrap();
    let mut app = app(&[&file]);
    app.begin_presentation();
    app.apply(brief::action::Action::LastSlide);
    std::fs::write(&file, &WHOLE[..WHOLE.find("[[challenges]]").unwrap()]).unwrap();
    reload(&mut app);
    let home = crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Home);
    app.on_key(home);
    std::fs::write(&file, WHOLE).unwrap();
    reload(&mut app);
    assert_eq!(app.present.slide, 0);
}
