//! Every view of the interactive binary, and the notes follower: the payload is on screen as
//! stand-ins, and never in the output raw.

use crate::common::Session;
use crate::{HOSTILE, SHOWN, assert_clean, seen, setup, shown, with_payload};

/// Waits until every needle is on screen at once.
fn wait_all(s: &Session, needles: &[&str]) -> String {
    let needles: Vec<String> = needles.iter().map(|n| seen(n)).collect();
    s.wait_until(
        |screen| needles.iter().all(|n| screen.contains(n.as_str())),
        &format!("{needles:?} on screen"),
    )
}

/// The 1-based slide number and the count from the presentation footer ("slide 3/12").
fn slide_position(screen: &str) -> Option<(usize, usize)> {
    let rest = screen.split("slide ").nth(1)?;
    let (n, rest) = rest.split_once('/')?;
    let total: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((n.trim().parse().ok()?, total.parse().ok()?))
}

const RIGHT: &str = "\x1b[C";
const HOME: &str = "\x1b[H";
const END: &str = "\x1b[F";
const PAGE_DOWN: &str = "\x1b[6~";
const BACKSPACE: &str = "\x7f";

/// The overview, told from the detail by its header.
const OVERVIEW: &str = "Presenter␛[2JX1";

/// Opens the selected item, scrolls through it and goes back to the overview. The detail is
/// told from the overview by its border title, the section's name followed by the item's.
fn visit_detail(s: &mut Session, title: &str) {
    s.send("\r");
    let detail = seen(&format!("{SHOWN} {title}{}", shown(12)));
    s.wait_for(&detail);
    s.send(PAGE_DOWN);
    s.send(END);
    s.send(HOME);
    s.wait_for(&detail);
    s.send(BACKSPACE);
    s.wait_for(OVERVIEW);
}

#[test]
fn hostile_text_never_reaches_the_terminal_in_any_view() {
    let (dir, file) = setup("hostile-views");
    let mut s = Session::start(&[dir.to_str().unwrap()], 220, 60, &dir, &[]);

    // The picker: both files, the second one's name shown with stand-ins.
    wait_all(
        &s,
        &[
            &format!("Hostile{}", shown(40)),
            "zz-␛]0;pwned␇\u{FFFD}X8\u{FFFD}.toml",
        ],
    );

    // The broken file: the full error report, every message quoting the payload.
    s.send("j");
    s.send("\r");
    wait_all(
        &s,
        &[
            "could not load",
            &format!("unknown status `S{}", shown(20)),
            "unknown severity `V␛[2JX1",
            "no goal has the id `nobody␛[2JX1",
            "unknown key `K␛[2JX1",
        ],
    );
    s.send("o");
    s.wait_for("Briefings");

    // The hostile briefing's overview, its help, and each panel in turn.
    s.send("k");
    s.send("\r");
    for field in [
        "Hostile",
        "Presenter",
        "Period",
        "Goals",
        "Wins",
        "Risks",
        "Late goal",
        "Bare",
        "Metric",
        "Text metric",
        "Text value",
        "unit",
    ] {
        s.wait_for(&seen(&format!("{field}{}", shown(40))));
    }
    s.send("?");
    s.wait_for("Keys —");
    s.send("?");
    s.wait_gone("Keys —");
    for _ in 0..3 {
        s.send("\t");
    }

    // Every item's detail, notes shown from the first on.
    s.send("1");
    s.send("\r");
    s.wait_for("Goal summary");
    s.send("n");
    s.wait_for("Goal notes");
    s.send(BACKSPACE);
    s.wait_for(OVERVIEW);
    visit_detail(&mut s, "Goal one");
    s.send("j");
    visit_detail(&mut s, "Late goal");
    s.send("2");
    s.send("g");
    visit_detail(&mut s, "Win");
    s.send("j");
    visit_detail(&mut s, "Bare");
    s.send("3");
    visit_detail(&mut s, "Risk");
    // On a small terminal the detail scrolls: End shows the notes at the bottom, Home the top.
    // (At this width "Risk summary␛…" wraps after "Risk": the payload is one long word.)
    s.resize(70, 20);
    s.wait_for("Risk␛");
    s.send("\r");
    s.wait_for("summary␛[2JX1");
    s.send(END);
    s.wait_for("notes␛[2JX1");
    s.wait_gone("summary␛[2JX1");
    s.send(HOME);
    s.wait_for("summary␛[2JX1");
    s.send(PAGE_DOWN);
    s.wait_gone("summary␛[2JX1");
    s.send(BACKSPACE);
    s.resize(220, 60);
    s.wait_for(OVERVIEW);
    // A challenge's link to the goal it threatens, followed by its hostile id.
    s.send("\r");
    s.wait_for("Risk summary");
    s.send("\t");
    s.send("\r");
    wait_all(
        &s,
        &[
            "Goal summary",
            "Threatened by",
            &format!("Goal notes{SHOWN}"),
        ],
    );
    // Back to the challenge the link was followed from, then to the overview.
    s.send(BACKSPACE);
    s.wait_for("Risk summary");
    s.send(BACKSPACE);
    s.wait_for(OVERVIEW);

    // Search, with a pasted bidi override in the query: it becomes a stand-in too.
    s.send("/");
    s.send("pwned");
    s.wait_for("/pwned");
    s.send("\u{202e}X5");
    s.wait_for(&seen("/pwned\u{FFFD}X5"));
    for _ in 0..3 {
        s.send(BACKSPACE);
    }
    s.send("\r");
    s.wait_for("/pwned (");
    s.send("n");
    s.send("N");

    // Presentation through every slide, notes on, from the title slide to the last.
    s.send("p");
    s.wait_for("slide ");
    s.send(HOME);
    s.wait_until(
        |sc| slide_position(sc).is_some_and(|(n, _)| n == 1),
        "the title slide",
    );
    let screen = wait_all(
        &s,
        &[
            &format!("Deck notes{}", shown(40)),
            &format!("Sub{}", shown(40)),
            &format!("Org{}", shown(40)),
            &format!("Summary{}", shown(40)),
        ],
    );
    let (_, total) = slide_position(&screen).expect("slide n/N");
    assert!(
        total >= 8,
        "title, key metrics, 3 sections, 5 items:\n{screen}"
    );
    for n in 2..=total {
        s.send(RIGHT);
        s.wait_until(
            |sc| slide_position(sc).is_some_and(|(k, _)| k == n),
            &format!("slide {n}/{total}"),
        );
    }
    s.send("g");
    s.send("3");
    s.send("\r");
    s.wait_until(
        |sc| slide_position(sc).is_some_and(|(k, _)| k == 3),
        "slide 3 by number",
    );
    s.send("b");
    s.wait_gone("slide ");
    s.send(" ");
    s.wait_for("slide ");

    // A broken edit while presenting: the banner quotes the payload, here and on the overview.
    std::fs::write(
        &file,
        with_payload(&HOSTILE.replace("status = \"at risk\"", "status = \"S{P}\"")),
    )
    .unwrap();
    wait_all(&s, &["unknown status", "hostile.toml:", "`S␛[2JX1"]);
    s.send("\x1b");
    wait_all(&s, &["1 Goals␛[2JX1", "`S␛[2JX1"]);

    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
    let output = s.output();
    assert_clean(&output, "brief on the hostile briefings");
    let replacement = "\u{FFFD}".as_bytes();
    assert!(
        output.windows(3).any(|w| w == replacement),
        "C1 and bidi controls are drawn as U+FFFD"
    );
}

#[test]
fn hostile_text_never_reaches_the_notes_terminal() {
    let (dir, file) = setup("hostile-notes");
    let runtime = dir.join("runtime");
    std::fs::create_dir_all(&runtime).unwrap();
    let env = [("XDG_RUNTIME_DIR", runtime.to_str().unwrap())];
    let path = file.to_str().unwrap();
    let mut notes = Session::start(&["notes", path], 160, 40, &dir, &env);
    notes.wait_for("waiting for");
    let mut presenter = Session::start(&["present", path], 160, 40, &dir, &env);
    presenter.wait_for("slide 1/");
    notes.wait_for(&seen(&format!("Deck notes{}", shown(30))));
    let (_, total) = slide_position(&presenter.screen()).expect("slide n/N");
    for n in 2..=total {
        presenter.send(RIGHT);
        notes.wait_for(&format!("slide {n}/{total}"));
    }
    presenter.send("q");
    assert_eq!(presenter.wait_exit(), 0);
    notes.wait_for("waiting for");
    notes.send("q");
    assert_eq!(notes.wait_exit(), 0);
    assert_clean(&presenter.output(), "the presenter");
    assert_clean(&notes.output(), "brief notes");
}
