//! Whole-screen snapshots of every view, for the Chinese and the English briefing, at three
//! terminal sizes; plus tiny sizes that must not panic. Review changes with `cargo insta review`
//! or by reading the `.snap.new` files.

mod common;

use brief::action::Action;
use brief::app::App;
use brief::deck::Slide;
use brief::model::Section;
use common::render::{app, draw, render};
use common::repo;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 50)];

fn briefing(lang: &str) -> std::path::PathBuf {
    repo().join(match lang {
        "zh" => "briefings/xihe-2021.toml",
        "plan" => "briefings/plan-2026.toml",
        _ => "briefings/team-q3.toml",
    })
}

fn open(lang: &str) -> App {
    app(&[&briefing(lang)])
}

fn snapshot_all_sizes(name: &str, lang: &str, setup: impl Fn(&mut App)) {
    for (w, h) in SIZES {
        let mut app = open(lang);
        // As the runtime does: a first frame, then the keys.
        draw(&mut app, w, h);
        setup(&mut app);
        let screen = render(&mut app, w, h);
        insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), screen);
    }
}

fn slide_of(app: &App, wanted: Slide) -> usize {
    app.deck
        .slides
        .iter()
        .position(|s| *s == wanted)
        .expect("slide exists")
}

#[test]
fn overview() {
    for lang in ["zh", "en"] {
        snapshot_all_sizes("overview", lang, |_| {});
    }
}

/// A plan a year on: results per period beside targets per period, planned goals, a flow so
/// far, and what changed since the year before.
#[test]
fn a_national_plan_and_its_changes() {
    snapshot_all_sizes("overview", "plan", |_| {});
    snapshot_all_sizes("detail_growth", "plan", |app| {
        app.open_detail(Section::Goals, 0);
    });
    snapshot_all_sizes("detail_energy_compared", "plan", |app| {
        let old = brief::load::load_file(
            &repo().join("briefings/plan-2025.toml"),
            common::render::today(),
        )
        .unwrap()
        .briefing;
        app.set_baseline(old);
        let energy = app
            .briefing()
            .unwrap()
            .goals
            .iter()
            .position(|g| g.id == "energy")
            .unwrap();
        app.open_detail(Section::Goals, energy);
    });
}

/// A plan's key goals on the "Path to target" slide, each charted per period, and the growth
/// goal's own slide with its chart large.
#[test]
fn a_plan_on_slides_is_charted_per_period() {
    snapshot_all_sizes("present_trajectory", "plan", |app| {
        app.begin_presentation();
        app.present.slide = slide_of(app, Slide::Trajectory);
    });
    snapshot_all_sizes("present_goal", "plan", |app| {
        app.begin_presentation();
        app.present.slide = slide_of(app, Slide::Item(Section::Goals, 0));
    });
}

/// A flow with a figure so far, charted per period: scrolled until the whole chart shows,
/// down to its legend, at each size.
#[test]
fn a_plan_flow_with_a_figure_so_far_is_charted_per_period() {
    for (w, h) in SIZES {
        let mut app = open("plan");
        draw(&mut app, w, h);
        let jobs = app
            .briefing()
            .unwrap()
            .goals
            .iter()
            .position(|g| g.id == "jobs")
            .unwrap();
        app.open_detail(Section::Goals, jobs);
        let mut screen = render(&mut app, w, h);
        for scroll in 0..40 {
            app.detail.scroll = scroll;
            screen = render(&mut app, w, h);
            if screen.contains("● so far: on track") {
                break;
            }
        }
        for words in ["2024", "✔ 11.8 met", "● 2.2 so far", "≥ 11 million"] {
            assert!(screen.contains(words), "{words}: {screen}");
        }
        insta::assert_snapshot!(format!("plan_detail_jobs_{w}x{h}"), screen);
    }
}

#[test]
fn detail_of_a_goal_and_a_challenge() {
    for lang in ["zh", "en"] {
        snapshot_all_sizes("detail_goal", lang, |app| {
            app.open_detail(Section::Goals, 0);
        });
        snapshot_all_sizes("detail_challenge", lang, |app| {
            app.open_detail(Section::Challenges, 0);
            app.apply(Action::ToggleNotes);
        });
    }
}

#[test]
fn presentation_slides() {
    for lang in ["zh", "en"] {
        snapshot_all_sizes("present_title", lang, App::begin_presentation);
        snapshot_all_sizes("present_key_metrics", lang, |app| {
            app.begin_presentation();
            app.present.slide = slide_of(app, Slide::KeyMetrics);
        });
        snapshot_all_sizes("present_trajectory", lang, |app| {
            app.begin_presentation();
            app.present.slide = slide_of(app, Slide::Trajectory);
        });
        snapshot_all_sizes("present_goal", lang, |app| {
            app.begin_presentation();
            app.present.slide = slide_of(app, Slide::Item(Section::Goals, 0));
        });
        snapshot_all_sizes("present_section", lang, |app| {
            app.begin_presentation();
            app.present.slide = slide_of(app, Slide::Section(Section::Challenges));
        });
    }
}

/// At 30×8 the detail has no room for a chart: scrolled to the metric, the figures and the
/// rates say it in words.
#[test]
fn a_detail_too_small_for_its_chart_falls_back_to_words() {
    for (lang, words) in [("zh", "需年均"), ("en", "history 410 → 300")] {
        let mut app = open(lang);
        draw(&mut app, 30, 8);
        app.open_detail(Section::Goals, 0);
        let mut screen = render(&mut app, 30, 8);
        for scroll in 0..60 {
            app.detail.scroll = scroll;
            screen = render(&mut app, 30, 8);
            if screen.contains(words) {
                break;
            }
        }
        assert!(screen.contains(words), "{screen}");
        assert!(!screen.contains('┤') && !screen.contains('◆'), "{screen}");
        insta::assert_snapshot!(format!("{lang}_detail_goal_fallback_30x8"), screen);
    }
}

#[test]
fn help_overlay() {
    for lang in ["zh", "en"] {
        snapshot_all_sizes("help", lang, |app| app.show_help = true);
    }
}

#[test]
fn search_prompt_with_matches() {
    snapshot_all_sizes("search", "zh", |app| {
        app.search.typing = Some("脱贫".into());
    });
    snapshot_all_sizes("search", "en", |app| {
        app.search.typing = Some("latency".into());
    });
}

/// A folder of a fixed name (its path is on screen), removed when the test ends.
struct RemovedAtEnd(std::path::PathBuf);

impl Drop for RemovedAtEnd {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn picker() {
    // The picker shows each file's path; copies in a directory of fixed name keep the snapshot
    // the same in any checkout (a clean clone elsewhere, a worktree).
    let dir = std::env::temp_dir().join("brief-render-picker");
    std::fs::create_dir_all(&dir).unwrap();
    let _cleanup = RemovedAtEnd(dir.clone());
    let files: Vec<std::path::PathBuf> = ["en", "zh"]
        .iter()
        .map(|lang| {
            let from = briefing(lang);
            let to = dir.join(from.file_name().unwrap());
            std::fs::copy(&from, &to).unwrap();
            to
        })
        .collect();
    for (w, h) in SIZES {
        let mut app = app(&[&files[0], &files[1]]);
        let screen = render(&mut app, w, h).replace(dir.to_str().unwrap(), "DIR");
        insta::assert_snapshot!(format!("picker_{w}x{h}"), screen);
    }
}

#[test]
fn error_view() {
    // A path of fixed length: the panel's border is drawn to fit it.
    let dir = std::env::temp_dir().join("brief-render-errors");
    std::fs::create_dir_all(&dir).unwrap();
    let _cleanup = RemovedAtEnd(dir.clone());
    let file = dir.join("broken.toml");
    std::fs::write(&file, "title = \"季度\"\n\n[[goals]]\ntitle = \"GDP\"\n\n[[goals.metrics]]\nlabel = \"GDP\"\ntaget = 60\n").unwrap();
    for (w, h) in SIZES {
        let mut app = app(&[&file]);
        let screen = render(&mut app, w, h).replace(dir.to_str().unwrap(), "DIR");
        insta::assert_snapshot!(format!("errors_{w}x{h}"), screen);
    }
}

/// A long text value or unit used to take the whole line and leave the item without its title.
#[test]
fn a_long_figure_does_not_push_the_title_out_of_its_panel() {
    let dir = common::temp_dir("render-long-figure");
    let file = dir.join("long.toml");
    let figure = "a very long text value that would fill the whole panel line on its own";
    std::fs::write(
        &file,
        format!(
            "title = \"t\"\n[[goals]]\ntitle = \"Visible title\"\n[[goals.metrics]]\nlabel = \"m\"\nvalue = \"{figure}\"\n"
        ),
    )
    .unwrap();
    for (w, h) in SIZES {
        let mut app = app(&[&file]);
        let screen = render(&mut app, w, h);
        assert!(screen.contains("Visib"), "{screen}");
        assert!(screen.contains("a very long"), "{screen}");
    }
}

#[test]
fn too_small_and_tiny_sizes_never_panic() {
    let mut app = open("zh");
    insta::assert_snapshot!("too_small_20x5", render(&mut app, 20, 5));
    for lang in ["zh", "en"] {
        for setup in [Action::Open, Action::Present, Action::ToggleHelp] {
            let mut app = open(lang);
            app.apply(setup);
            for (w, h) in [
                (1, 1),
                (2, 1),
                (1, 2),
                (20, 5),
                (29, 7),
                (30, 8),
                (31, 9),
                (45, 12),
                (63, 18),
                (64, 30),
                (109, 33),
                (400, 120),
            ] {
                let screen = render(&mut app, w, h);
                let small = brief::view::layout::too_small(ratatui::layout::Rect::new(0, 0, w, h));
                let too_small = brief::texts::texts(if lang == "zh" {
                    brief::model::Language::Zh
                } else {
                    brief::model::Language::En
                })
                .too_small;
                let first = too_small.chars().next().unwrap();
                // A Chinese character takes two columns: a 1-column screen can show none.
                if small && w >= 2 {
                    assert!(
                        screen.starts_with(first),
                        "{lang} {setup:?} {w}x{h}: no too-small message:\n{screen}"
                    );
                } else if !small {
                    assert!(
                        !screen.trim().is_empty() && !screen.contains(too_small),
                        "{lang} {setup:?} {w}x{h}: blank or too-small at a usable size:\n{screen}"
                    );
                }
            }
        }
    }
}
