//! One render cycle of the overview (and the other views) on a TestBackend: the bundled
//! briefings and a generated 10,000-item one. Target: under 5 ms a frame; the detail, which
//! opens the first goal and so draws its trajectory chart, under 2 ms at 120x40.

#[path = "support/generate.rs"]
mod generate;

use std::path::Path;

use brief::action::Action;
use brief::app::App;
use brief::cli::ThemeName;
use brief::deck::Slide;
use brief::document::Document;
use brief::theme::Theme;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn app_for(path: &Path) -> App {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    App::new(vec![Document::open(path, today)])
}

fn bench_views(c: &mut Criterion, name: &str, path: &Path) {
    let theme = Theme::new(ThemeName::Dark, false);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    for (view, action) in [
        ("overview", None),
        ("detail", Some(Action::Open)),
        ("present", Some(Action::Present)),
        ("trajectory slide", Some(Action::Present)),
    ] {
        let mut app = app_for(path);
        let mut drawn = None;
        terminal
            .draw(|f| drawn = Some(brief::view::render(f, &app, &theme)))
            .unwrap();
        app.on_drawn(drawn.unwrap());
        if let Some(action) = action {
            app.apply(action);
        }
        if view == "trajectory slide" {
            match app.deck.slides.iter().position(|s| *s == Slide::Trajectory) {
                Some(slide) => app.present.slide = slide,
                None => continue,
            }
        }
        c.bench_function(&format!("render {view} {name} 120x40"), |b| {
            b.iter(|| {
                terminal
                    .draw(|f| {
                        brief::view::render(f, &app, &theme);
                    })
                    .unwrap();
            });
        });
    }
}

fn render(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for name in ["xihe-2021", "team-q3"] {
        bench_views(c, name, &root.join(format!("briefings/{name}.toml")));
    }
    let large = std::env::temp_dir().join("brief-bench-10000.toml");
    std::fs::write(&large, generate::briefing(10_000)).unwrap();
    bench_views(c, "10000 items", &large);
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50).measurement_time(std::time::Duration::from_secs(3));
    targets = render
}
criterion_main!(benches);
