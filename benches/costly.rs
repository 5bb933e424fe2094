//! One key and one draw at 200×50 on briefings under the size limit that are costly to draw
//! (benches/support/costly.rs), in the overview, in the detail of the costly item and on its
//! slide.
//! Target: under 16 ms a key.
//!
//! Run: `cargo bench --bench costly`.

#[path = "support/costly.rs"]
mod costly;

use brief::app::{App, Screen};
use brief::cli::ThemeName;
use brief::document::Document;
use brief::theme::Theme;
use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZE: (u16, u16) = (200, 50);

fn draw(terminal: &mut Terminal<TestBackend>, app: &mut App, theme: &Theme) {
    let mut drawn = None;
    terminal
        .draw(|f| drawn = Some(brief::view::render(f, app, theme)))
        .unwrap();
    app.on_drawn(drawn.unwrap());
}

fn key(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn costly(c: &mut Criterion) {
    let theme = Theme::new(ThemeName::Dark, false);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in costly::all() {
        let path = dir.path().join("costly.toml");
        std::fs::write(&path, text).unwrap();
        let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
        let mut app = App::new(vec![Document::open(&path, today)]);
        assert!(app.briefing().is_some(), "{name} did not load");
        draw(&mut terminal, &mut app, &theme);
        // The overview: the selection moves down and back up, one key a draw.
        let mut down = true;
        let mut group = c.benchmark_group("costly");
        // Flat: the old code took seconds a key, and linear sampling would run it 55 times.
        group.sampling_mode(SamplingMode::Flat);
        group.bench_function(format!("key+draw overview {name} 200x50"), |b| {
            b.iter(|| {
                key(&mut app, if down { KeyCode::Down } else { KeyCode::Up });
                down = !down;
                draw(&mut terminal, &mut app, &theme);
            });
        });
        // A search typed in the overview: the prompt opened, one letter (every item searched)
        // and its frame, the prompt closed and its frame.
        group.bench_function(format!("search a letter {name} 200x50"), |b| {
            b.iter(|| {
                key(&mut app, KeyCode::Char('/'));
                key(&mut app, KeyCode::Char('x'));
                draw(&mut terminal, &mut app, &theme);
                key(&mut app, KeyCode::Esc);
                draw(&mut terminal, &mut app, &theme);
            });
        });
        // The detail of the costly item. Its lines are measured once per item and size, so
        // a terminal one column narrower every other time stands for a new item each time.
        let mut narrow = Terminal::new(TestBackend::new(SIZE.0 - 1, SIZE.1)).unwrap();
        let mut wide = false;
        // With `settle`, drawn again until the frame has measured what the screen asks for.
        let mut fresh_until = |app: &mut App, settle: bool| {
            wide = !wide;
            let term = if wide { &mut terminal } else { &mut narrow };
            draw(term, app, &theme);
            while settle && app.drawing_more() {
                draw(term, app, &theme);
            }
        };
        // Opening it: Esc and Enter, and the first frame, measured afresh.
        key(&mut app, KeyCode::Enter);
        fresh_until(&mut app, false);
        assert_eq!(app.screen, Screen::Detail);
        group.bench_function(format!("open detail {name} 200x50"), |b| {
            b.iter(|| {
                key(&mut app, KeyCode::Esc);
                key(&mut app, KeyCode::Enter);
                fresh_until(&mut app, false);
            });
        });
        // End, measured afresh: the one key that measures the whole item (the worst case). A
        // frame measures for 8 ms at most, so the key's own frame is bounded ...
        group.bench_function(format!("End detail, first frame {name} 200x50"), |b| {
            b.iter(|| {
                key(&mut app, KeyCode::End);
                fresh_until(&mut app, false);
            });
        });
        // ... and the frames that follow it, until the bottom is on screen, take what
        // measuring the item takes (a key pressed meanwhile is answered between two of them).
        group.bench_function(format!("End detail, to the bottom {name} 200x50"), |b| {
            b.iter(|| {
                key(&mut app, KeyCode::End);
                fresh_until(&mut app, true);
            });
        });
        // Scrolling down one line a key, from the top.
        key(&mut app, KeyCode::Home);
        draw(&mut terminal, &mut app, &theme);
        group.bench_function(format!("key+draw detail {name} 200x50"), |b| {
            b.iter(|| {
                key(&mut app, KeyCode::Down);
                draw(&mut terminal, &mut app, &theme);
            });
        });
        // The item's slide, and the next one and back.
        key(&mut app, KeyCode::Char('p'));
        draw(&mut terminal, &mut app, &theme);
        assert_eq!(app.screen, Screen::Present);
        let mut next = true;
        group.bench_function(format!("key+draw present {name} 200x50"), |b| {
            b.iter(|| {
                key(&mut app, if next { KeyCode::Right } else { KeyCode::Left });
                next = !next;
                draw(&mut terminal, &mut app, &theme);
            });
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(5));
    targets = costly
}
criterion_main!(benches);
