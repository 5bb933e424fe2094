//! Colour where it carries meaning: text snapshots cannot see it, so each status and severity
//! colour is checked on the cells that show it.

mod common;

use brief::model::{Severity, Status};
use brief::theme::{Theme, ThemeName};
use common::render::{app, draw_with, text};

const BRIEFING: &str = r#"title = "Colours"
date = 2026-10-06

[[goals]]
title = "Alpha done"
status = "done"
[[goals]]
title = "Bravo on track"
status = "on track"
[[goals]]
title = "Charlie at risk"
status = "at risk"
[[goals]]
title = "Delta off track"
status = "off track"
[[goals]]
title = "Echo unassessed"
summary = "no figures"

[[challenges]]
title = "Foxtrot critical"
severity = "critical"
summary = "x"
[[challenges]]
title = "Golf low"
severity = "low"
summary = "x"
"#;

/// The foreground colour of the first cell of the line that shows `title`, and of the cell
/// where `word` starts on that line.
fn colour_of(buffer: &ratatui::buffer::Buffer, title: &str, word: &str) -> ratatui::style::Color {
    let screen = text(buffer);
    let (row, line) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(title))
        .unwrap_or_else(|| panic!("{title} not on screen:\n{screen}"));
    let before = &line[..line
        .find(word)
        .unwrap_or_else(|| panic!("{word} not on {line:?}"))];
    let column = unicode_width::UnicodeWidthStr::width(before) as u16;
    buffer[(column, row as u16)].fg
}

#[test]
fn each_status_and_severity_has_its_colour_in_every_theme() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.toml");
    std::fs::write(&file, BRIEFING).unwrap();
    for name in [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast] {
        let theme = Theme::new(name, false);
        let mut app = app(&[&file]);
        let buffer = draw_with(&mut app, 160, 40, &theme);
        for (title, word, status) in [
            ("Alpha done", "done", Some(Status::Done)),
            ("Bravo on track", "on track", Some(Status::OnTrack)),
            ("Charlie at risk", "at risk", Some(Status::AtRisk)),
            ("Delta off track", "off track", Some(Status::OffTrack)),
            ("Echo unassessed", "not asse", None),
        ] {
            let expected = theme.status(status).fg.unwrap_or_default();
            assert_eq!(
                colour_of(&buffer, title, word),
                expected,
                "{name:?}: {title}"
            );
        }
        for (title, word, severity) in [
            ("Foxtrot critical", "critical", Severity::Critical),
            ("Golf low", "low", Severity::Low),
        ] {
            let expected = theme.severity(severity).fg.unwrap_or_default();
            assert_eq!(
                colour_of(&buffer, title, word),
                expected,
                "{name:?}: {title}"
            );
        }
    }
}

#[test]
fn no_color_draws_every_status_without_colour() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.toml");
    std::fs::write(&file, BRIEFING).unwrap();
    let mut app = app(&[&file]);
    let buffer = draw_with(&mut app, 160, 40, &Theme::new(ThemeName::Dark, true));
    for (title, word) in [
        ("Delta off track", "off track"),
        ("Foxtrot critical", "critical"),
    ] {
        assert_eq!(
            colour_of(&buffer, title, word),
            ratatui::style::Color::Reset,
            "{title}"
        );
    }
}
