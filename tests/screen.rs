//! What a new user tripped over on screen (issue 11, items 8–16), each as a regression test
//! over the rendered screen.

mod common;

use brief::action::Action;
use brief::app::{App, Screen};
use brief::deck::Slide;
use brief::model::Section;
use common::render::{app, draw, render};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Long words in every place the screen cuts: a goal without status, a long presenter and
/// subtitle, tags, a challenge threatening two goals, and two items with a "GDP growth" of the
/// same value.
const BRIEFING: &str = r#"title = "County review"
subtitle = "A subtitle long enough to be cut at the right edge of a wide terminal"
presenter = "Alexandra Konstantinopoulou-Whitfield, Deputy County Executive"
organisation = "The County Office of Planning and Statistics"
date = 2026-10-06
period = "2021–2025"

[[goals]]
id = "north"
title = "North district grows"
[[goals.metrics]]
label = "GDP growth"
unit = "%"
value = 5.2
key = true
target = { at_least = 5, by = 2026-12-31 }

[[goals]]
id = "south"
title = "South district grows"
owner = "Bartholomew Featherstonehaugh"
tags = ["economy", "south", "infrastructure"]
due = 2026-12-31
[[goals.metrics]]
label = "GDP growth"
unit = "%"
value = 5.2
key = true
target = { at_least = 8, by = 2026-12-31 }

[[goals]]
id = "parks"
title = "Parks for everyone"

[[achievements]]
title = "Roads"
summary = "Built."

[[challenges]]
title = "Budget squeeze"
summary = "Less money."
severity = "high"
threatens = ["north", "south"]
mitigation = ["Defer two projects", "Ask the province"]
details = ["Revenue fell."]
"#;

/// The briefing in a file of its own, opened and drawn once as the runtime does; the folder
/// goes when the test ends.
fn open(text: &str) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("b.toml");
    std::fs::write(&file, text).unwrap();
    let mut app = app(&[&file]);
    draw(&mut app, 80, 24);
    (dir, app)
}

fn key(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// The screen's rows that contain `needle`.
/// The rows holding `needle`, leaving out the top borders of panels and cards (a card's title
/// may name an item: "GDP growth · North district").
fn rows_with<'s>(screen: &'s str, needle: &str) -> Vec<&'s str> {
    screen
        .lines()
        .filter(|l| l.contains(needle) && !l.starts_with(['╭', '┏']))
        .collect()
}

/// The display column where `needle` starts in `row`.
fn column_of(row: &str, needle: &str) -> usize {
    let at = row
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} in {row:?}"));
    brief::view::text::width(&row[..at])
}

/// Item 8: "not assessed" was cut to "not asse…" at every width.
#[test]
fn the_status_column_holds_its_longest_word() {
    for (w, h) in [(64, 30), (80, 24), (120, 40), (200, 50)] {
        let (_dir, mut app) = open(BRIEFING);
        let screen = render(&mut app, w, h);
        let parks = rows_with(&screen, "Parks for")[0];
        assert!(parks.contains("○ not assessed "), "{w}x{h}:\n{screen}");
        let columns: Vec<usize> = ["North district", "South district", "Parks for"]
            .iter()
            .map(|title| column_of(rows_with(&screen, title)[0], title))
            .collect();
        assert!(
            columns.windows(2).all(|p| p[0] == p[1]),
            "{w}x{h}: titles out of line {columns:?}:\n{screen}"
        );
    }
}

/// Item 9: a ＋ (new since the older briefing) or ✎ (just edited) pushed its row's title
/// out of line with the others.
#[test]
fn change_marks_keep_the_list_in_line() {
    let (_dir, mut app) = open(BRIEFING);
    let older = BRIEFING.replace(
        "[[goals]]\nid = \"parks\"\ntitle = \"Parks for everyone\"\n",
        "",
    );
    let path = std::path::Path::new("old.toml");
    let old = brief::load::load_str(&older, path, common::render::today()).unwrap();
    app.set_baseline(old.briefing);
    for (w, h) in [(80, 24), (120, 40)] {
        assert_marked_in_line(&render(&mut app, w, h), '＋');
    }
}

/// The "Parks for" row carries `mark`, and its title starts where the others' do.
fn assert_marked_in_line(screen: &str, mark: char) {
    let parks = rows_with(screen, "Parks for")[0];
    assert!(parks.contains(mark), "{screen}");
    assert_eq!(
        column_of(parks, "Parks for"),
        column_of(rows_with(screen, "North district")[0], "North district"),
        "{screen}"
    );
}

/// Item 9: the ✎ of an item just edited pushed its title out of line, too.
#[test]
fn the_edit_mark_keeps_the_list_in_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("b.toml");
    std::fs::write(&file, BRIEFING).unwrap();
    let mut app = app(&[&file]);
    draw(&mut app, 80, 24);
    std::fs::write(
        &file,
        BRIEFING.replace("Parks for everyone", "Parks for all"),
    )
    .unwrap();
    common::render::reload(&mut app);
    assert_marked_in_line(&render(&mut app, 80, 24), '✎');
}

/// Item 10: help taller than the screen was cut off with no sign that there was more. (At
/// 80×24 the overview's help fits once the keys that do nothing are left out; it is taller
/// than 20 rows, and taller than 24 with two briefings open.)
#[test]
fn help_scrolls_and_says_there_is_more() {
    let (_dir, mut app) = open(BRIEFING);
    app.apply(Action::ToggleHelp);
    let screen = render(&mut app, 80, 20);
    assert!(
        screen.contains("▼ ↓ PgDn: 4 more"),
        "no more-mark:\n{screen}"
    );
    assert!(!screen.contains("reload the file now"), "{screen}");
    key(&mut app, KeyCode::PageDown);
    key(&mut app, KeyCode::PageDown);
    let screen = render(&mut app, 80, 20);
    assert!(app.show_help, "paging closed the help");
    assert!(screen.contains("reload the file now"), "{screen}");
    assert!(screen.contains("▲ ↑ PgUp: 4 more"), "{screen}");
    assert!(!screen.contains("▼"), "{screen}");
    key(&mut app, KeyCode::Up);
    assert!(app.show_help, "an arrow closed the help");
    let screen = render(&mut app, 80, 20);
    assert!(screen.contains("▼ ↓ PgDn: 1 more"), "{screen}");
    key(&mut app, KeyCode::Esc);
    assert!(!app.show_help, "Esc leaves the help");
    app.apply(Action::ToggleHelp);
    key(&mut app, KeyCode::Char('x'));
    assert!(!app.show_help, "a key help does not use closes it");
}

/// Item 11: "1 matches".
#[test]
fn search_counts_say_one_match() {
    let (_dir, mut app) = open(BRIEFING);
    app.apply(Action::StartSearch);
    for c in "Parks".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let screen = render(&mut app, 80, 24);
    let footer = screen.lines().rev().find(|l| !l.is_empty()).unwrap();
    assert!(footer.ends_with("1 match"), "{footer}");
    for _ in 0.."Parks".len() {
        key(&mut app, KeyCode::Backspace);
    }
    for c in "district".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("2 matches"), "{screen}");
}

/// Item 12: Esc after following a link went to the overview, not back to the item.
#[test]
fn esc_goes_back_to_the_item_a_link_was_followed_from() {
    let (_dir, mut app) = open(BRIEFING);
    app.open_detail(Section::Challenges, 0);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        (app.detail.section, app.detail.index),
        (Some(Section::Goals), 1)
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.detail.section, Some(Section::Challenges));
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        (app.screen, app.detail.section, app.detail.index),
        (Screen::Detail, Some(Section::Goals), 1)
    );
    key(&mut app, KeyCode::Backspace);
    assert_eq!(
        (app.screen, app.detail.section, app.detail.link),
        (Screen::Detail, Some(Section::Challenges), 1),
        "back where we were, the link still selected"
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Overview);
}

/// Item 12: the back stack holds items by id, so a reload that removes one skips it.
#[test]
fn back_skips_an_item_a_reload_removed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("b.toml");
    std::fs::write(&file, BRIEFING).unwrap();
    let mut app = app(&[&file]);
    draw(&mut app, 80, 24);
    app.open_detail(Section::Challenges, 0);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.detail.section, Some(Section::Goals));
    std::fs::write(&file, BRIEFING.replace("Budget squeeze", "Budget crunch")).unwrap();
    common::render::reload(&mut app);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Overview);
}

/// Item 12: with a single file open, "Esc o: back to the list of briefings" did nothing.
#[test]
fn only_keys_that_work_are_offered() {
    let (_dir, mut app) = open(BRIEFING);
    for w in [80, 200] {
        let footer = render(&mut app, w, 24);
        assert!(!footer.contains("list of briefings"), "{footer}");
    }
    app.apply(Action::ToggleHelp);
    let help = render(&mut app, 200, 50);
    assert!(!help.contains("list of briefings"), "{help}");
    // With a search confirmed, Esc clears it, and help says so.
    app.search.query = "district".into();
    let help = render(&mut app, 200, 50);
    assert!(help.contains("Esc Bksp o  clear the search"), "{help}");
    app.search.query.clear();
    // An achievement has no links: Tab and Enter do nothing in its detail.
    app.apply(Action::ToggleHelp);
    app.open_detail(Section::Achievements, 0);
    let screen = render(&mut app, 200, 50);
    assert!(!screen.contains("follow the selected link"), "{screen}");
}

/// Item 13: the header cut the presenter at 120 columns and the subtitle at 200.
#[test]
fn the_header_shows_every_part() {
    for (w, h) in [(120, 40), (200, 50)] {
        let (_dir, mut app) = open(BRIEFING);
        let screen = render(&mut app, w, h);
        let header: String = screen.lines().take(3).collect::<Vec<_>>().join("\n");
        for part in [
            "Deputy County Executive",
            "Planning and Statistics",
            "right edge of a wide terminal",
        ] {
            assert!(header.contains(part), "{w}x{h}: no {part:?}:\n{header}");
        }
        assert!(screen.contains("Goals:"), "{screen}");
    }
}

/// Item 13: the detail's meta line dropped tags at 80 columns.
#[test]
fn the_detail_meta_line_keeps_its_tags() {
    let (_dir, mut app) = open(BRIEFING);
    app.open_detail(Section::Goals, 1);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("#infrastructure"), "{screen}");
}

/// Item 14: two items' "GDP growth" cards of the same value merged into one.
#[test]
fn key_metrics_of_two_items_keep_their_own_cards() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("b.toml");
    std::fs::write(&file, BRIEFING).unwrap();
    let mut cards = app(&[&file]);
    let owners: Vec<usize> = cards.summary.key_metrics.iter().map(|r| r.item).collect();
    assert_eq!(owners, [0, 1]);
    let screen = render(&mut cards, 120, 40);
    assert_eq!(screen.matches("╭ GDP growth").count(), 2, "{screen}");
    // A key item's first metric stands in for a card only when its figure is not already on
    // one: the same GDP restated under an achievement is one card.
    let text = format!(
        "{BRIEFING}\n[[achievements]]\ntitle = \"Growth\"\nkey = true\n[[achievements.metrics]]\nlabel = \"GDP growth\"\nunit = \"%\"\nvalue = 5.2\n"
    );
    std::fs::write(&file, text).unwrap();
    let restated = app(&[&file]);
    assert_eq!(restated.summary.key_metrics.len(), 2);
}

/// Item 15: a challenge's slide showed neither the goals it threatens nor a heading over what
/// is being done; a goal's slide did not show what threatens it.
#[test]
fn slides_show_their_links() {
    let (_dir, mut app) = open(BRIEFING);
    app.begin_presentation();
    let at = |app: &App, slide| app.deck.slides.iter().position(|s| *s == slide).unwrap();
    app.present.slide = at(&app, Slide::Item(Section::Challenges, 0));
    let screen = render(&mut app, 120, 40);
    for words in [
        "What is being done",
        "Threatens",
        "North district grows",
        "South district grows",
    ] {
        assert!(screen.contains(words), "no {words:?}:\n{screen}");
    }
    app.present.slide = at(&app, Slide::Item(Section::Goals, 0));
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("Threatened by"), "{screen}");
    assert!(screen.contains("Budget squeeze"), "{screen}");
}

/// Item 16: a short slide sat at the top with the lower half of the screen empty.
#[test]
fn a_short_slide_is_centred_vertically() {
    let (_dir, mut app) = open(BRIEFING);
    app.begin_presentation();
    let slides = app.deck.slides.clone();
    for (n, slide) in slides.iter().enumerate() {
        app.present.slide = n;
        let screen = render(&mut app, 120, 40);
        // Above the footer line: the slide's own rows.
        let rows: Vec<&str> = screen.lines().take(38).collect();
        let used: Vec<usize> = (0..rows.len())
            .filter(|&i| !rows[i].trim().is_empty())
            .collect();
        let (first, last) = (used[0], used[used.len() - 1]);
        let (above, below) = (first, rows.len() - 1 - last);
        assert!(
            above.abs_diff(below) <= 3,
            "{slide:?}: {above} rows above, {below} below:\n{screen}"
        );
    }
}

/// The header's counts were cut mid-word ("1 · lo" at 120 columns) and the comparison with an
/// older plan to "vs 2" at 80: the challenges' words give way to their symbols first, then the
/// goals', and the comparison drops its zero counts.
#[test]
fn the_header_counts_give_way_to_symbols_before_being_cut() {
    let team = common::repo().join("briefings/team-q3.toml");
    let mut team_app = app(&[&team]);
    let screen = render(&mut team_app, 120, 40);
    let counts = rows_with(&screen, "Challenges:")[0];
    assert!(
        counts.starts_with("Goals: 2 ● on track · 1 ▲ at risk")
            && counts
                .trim_end()
                .ends_with("Challenges: 1 ‼  1 ▲  1 ●  1 ·"),
        "{screen}"
    );
    let plan = common::repo().join("briefings/plan-2026.toml");
    let older = common::repo().join("briefings/plan-2025.toml");
    let mut plan_app = app(&[&plan]);
    let old = brief::load::load_file(&older, common::render::today()).unwrap();
    plan_app.set_baseline(old.briefing);
    let screen = render(&mut plan_app, 80, 24);
    let counts = rows_with(&screen, "Challenges:")[0];
    assert_eq!(
        counts.trim_end(),
        "Goals: 1 ●  8 ◇   Challenges: 1 ‼  1 ●   vs 2025-03-05: 13 changed",
        "{screen}"
    );
    // A year's total beside two months of the next cannot be subtracted: the card says what
    // the old figure was, in words that a cut line cannot turn into a change ("Δ 12.56
    // million" read as a rise of 12.56 million).
    assert!(!screen.contains("Δ 12.56"), "{screen}");
    let screen = render(&mut plan_app, 120, 40);
    assert!(screen.contains("Δ was 12.56 million (2024)"), "{screen}");
}
