//! Rendering the app on ratatui's TestBackend, as text.

use std::path::Path;

use brief::app::App;
use brief::cli::ThemeName;
use brief::document::Document;
use brief::theme::Theme;
use chrono::{Local, NaiveDate, TimeZone};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

/// A fixed "today" for files without a date, so snapshots do not age.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

pub fn app(files: &[&Path]) -> App {
    let mut app = App::new(files.iter().map(|f| Document::open(f, today())).collect());
    // A fixed clock: the presentation footer shows it.
    app.now = Local.with_ymd_and_hms(2026, 11, 29, 14, 2, 11).unwrap();
    app
}

pub fn draw(app: &mut App, width: u16, height: u16) -> Buffer {
    draw_with(app, width, height, &Theme::new(ThemeName::Dark, false))
}

/// Draws as the runtime does: the view reports what it laid out and the state keeps it.
pub fn draw_with(app: &mut App, width: u16, height: u16, theme: &Theme) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut drawn = None;
    terminal
        .draw(|f| drawn = Some(brief::view::render(f, app, theme)))
        .unwrap();
    app.on_drawn(drawn.unwrap());
    terminal.backend().buffer().clone()
}

/// Reads every open briefing again from disk, as the runtime does on `r` or a file change.
pub fn reload(app: &mut App) -> brief::app::Effect {
    let mut effect = brief::app::Effect::None;
    for path in app.paths_to_reload() {
        let reading = brief::document::read(&path, today());
        if let e @ brief::app::Effect::Redraw = app.on_loaded(&path, reading) {
            effect = e;
        }
    }
    effect
}

/// The buffer as lines of text, wide characters counted once.
pub fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut x = 0;
        while x < area.width {
            let symbol = buffer[(x, y)].symbol();
            line.push_str(symbol);
            x += symbol.width().max(1) as u16;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The screen once it has settled: drawn again while a frame had no time to measure what the
/// screen asks for (`End` in a huge item), as the main loop does when no key is waiting.
pub fn render(app: &mut App, width: u16, height: u16) -> String {
    let mut buffer = draw(app, width, height);
    let mut frames = 1;
    while app.drawing_more() {
        assert!(frames < 100_000, "the detail never finished measuring");
        buffer = draw(app, width, height);
        frames += 1;
    }
    text(&buffer)
}
