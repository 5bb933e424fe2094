//! Hostile text end to end: a briefing with escape sequences, controls and bidi overrides in
//! every text field, and a file name carrying them too, driven through every view of the real
//! binary in a pseudo-terminal. Nothing of the payload may reach the terminal raw; its visible
//! stand-ins (␛, ␇, �) must be on screen instead.

mod common;

use std::path::{Path, PathBuf};

use common::{Session, temp_dir};

/// Every kind of payload, as TOML escapes (TOML allows no raw controls in a string): a
/// clear-screen and a colour (CSI), a title change and a clipboard write (OSC), BEL, the C1
/// CSI and OSC, bidi overrides and isolates, NUL and DEL. Markers (X1…X7) after each make the
/// payload's bytes distinguishable from brief's own drawing sequences.
const PAYLOAD: &str = r"\u001b[2JX1\u001b[31mX2\u001b]0;pwned\u0007\u001b]52;c;cHduZWQ=\u0007\u0007\u009bX3\u009dX4\u202eX5\u2066\u200fX6\u0000\u007fX7";

/// How the payload must look once cleaned: controls as control pictures, the rest as �.
const SHOWN: &str =
    "␛[2JX1␛[31mX2␛]0;pwned␇␛]52;c;cHduZWQ=␇␇\u{FFFD}X3\u{FFFD}X4\u{FFFD}X5\u{FFFD}\u{FFFD}X6␀␡X7";

/// Every text field of the format carries the payload; ids too, and a threatened goal is
/// referred to by its hostile id.
const HOSTILE: &str = r#"title = "Hostile{P}"
subtitle = "Sub{P}"
presenter = "Presenter{P}"
organisation = "Org{P}"
date = 2026-10-06
period = "Period{P}"
summary = "Summary{P}\nSecond line{P}"
notes = "Deck notes{P}"
language = "en"
duration = "30m"

[sections]
goals = "Goals{P}"
achievements = "Wins{P}"
challenges = "Risks{P}"

[[goals]]
id = "g1{P}"
title = "Goal one{P}"
summary = "Goal summary{P}\nline two{P}"
details = ["Detail{P}", "Detail two{P}"]
owner = "Owner{P}"
tags = ["tag{P}", "tag two{P}"]
notes = "Goal notes{P}"
key = true
due = 2026-12-31
status = "at risk"

[[goals.metrics]]
label = "Metric{P}"
unit = "unit{P}"
value = 300
baseline = { value = 400, date = 2026-07-01 }
target = { at_most = 250, by = 2026-12-31 }
history = [{ value = 400, date = 2026-07-01 }, { value = 350, date = 2026-08-01 }, { value = 300, date = 2026-09-01 }]
key = true
note = "Metric note{P}"

[[goals.metrics]]
label = "Text metric{P}"
value = "Text value{P}"
key = true
note = "Text note{P}"

[[goals.metrics]]
label = "Pending{P}"
unit = "%{P}"
target = { reach = 90, by = 2020-01-01 }

[[goals]]
id = "g2{P}"
title = "Late goal{P}"
summary = "Was due in January{P}"
due = 2026-01-31
status = "off track"
notes = "Late notes{P}"

[[achievements]]
id = "a1{P}"
title = "Win{P}"
summary = "Win summary{P}"
details = ["Win detail{P}"]
owner = "Win owner{P}"
tags = ["win tag{P}"]
notes = "Win notes{P}"
date = 2026-09-01

[[achievements.metrics]]
label = "Win metric{P}"
unit = "万人{P}"
value = 16.2
annual_growth = 5.5
note = "Win metric note{P}"

[[achievements]]
id = "bare{P}"
title = "Bare{P}"

[[challenges]]
id = "c1{P}"
title = "Risk{P}"
summary = "Risk summary{P}"
details = ["Risk detail{P}"]
owner = "Risk owner{P}"
tags = ["risk tag{P}"]
notes = "Risk notes{P}"
severity = "critical"
mitigation = ["Mitigation{P}", "Second mitigation{P}\nover two lines{P}"]
threatens = ["g1{P}"]

[[challenges.metrics]]
label = "Risk metric{P}"
value = "Risk value{P}"
note = "Risk metric note{P}"
"#;

/// The same kind of file with the payload in every value that is checked against a list or a
/// form, so that each error message quotes it. (Raw control bytes, which TOML refuses, are in
/// `raw_control_bytes_in_the_file_are_shown_as_stand_ins`.)
const BROKEN: &str = r#"title = "Broken{P}"
language = "L{P}"
duration = "D{P}"

[[goals]]
title = "Goal{P}"
status = "S{P}"
duration = "GD{P}"

[[goals.metrics]]
label = "M{P}"
value = 1
better = "B{P}"
target = { "K{P}" = 1 }

[[challenges]]
title = "C{P}"
severity = "V{P}"
threatens = ["nobody{P}"]
"#;

/// The first `n` characters of the cleaned payload, for needles that must fit on one line.
fn shown(n: usize) -> String {
    SHOWN.chars().take(n).collect()
}

fn with_payload(template: &str) -> String {
    template.replace("{P}", PAYLOAD)
}

/// The name of a second briefing file: file names can carry escape sequences too.
fn hostile_name() -> String {
    "zz-\u{1b}]0;pwned\u{7}\u{9b}X8\u{202e}.toml".to_owned()
}

/// A directory with the hostile briefing and the broken one under a hostile name.
fn setup(name: &str) -> (common::TempDir, PathBuf) {
    let dir = temp_dir(name);
    let file = dir.join("hostile.toml");
    std::fs::write(&file, with_payload(HOSTILE)).unwrap();
    std::fs::write(dir.join(hostile_name()), with_payload(BROKEN)).unwrap();
    (dir, file)
}

/// Byte sequences that only the payload could have produced.
const FORBIDDEN: [(&[u8], &str); 12] = [
    (b"\x1b]", "an OSC sequence (title change, clipboard write)"),
    (b"\x07", "BEL"),
    (b"\x1b[2JX1", "the payload's clear-screen"),
    (b"\x1b[31mX2", "the payload's colour change"),
    (b"\xc2\x9b", "C1 CSI (U+009B)"),
    (b"\xc2\x9d", "C1 OSC (U+009D)"),
    (b"\xe2\x80\xae", "RIGHT-TO-LEFT OVERRIDE (U+202E)"),
    (b"\xe2\x81\xa6", "LEFT-TO-RIGHT ISOLATE (U+2066)"),
    (b"\xe2\x80\x8f", "RIGHT-TO-LEFT MARK (U+200F)"),
    (b"\x00", "NUL"),
    (b"\x7f", "DEL"),
    (b"pwned\x07", "a BEL-terminated OSC"),
];

fn assert_clean(output: &[u8], what: &str) {
    assert!(!output.is_empty(), "{what}: no output at all");
    for (needle, name) in FORBIDDEN {
        if let Some(at) = output.windows(needle.len()).position(|w| w == needle) {
            let from = at.saturating_sub(60);
            let to = (at + 60).min(output.len());
            panic!(
                "{what}: {name} reached the terminal raw at byte {at}:\n{:?}",
                String::from_utf8_lossy(&output[from..to])
            );
        }
    }
}

/// A needle as the test screen holds it: the harness shows U+FFFD (brief's stand-in for C1 and
/// bidi controls) as `?`, because vt100 would skip it; the raw output is checked for U+FFFD.
fn seen(needle: &str) -> String {
    needle.replace('\u{FFFD}', "?")
}

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

/// `brief check` prints source lines, messages and file names: all cleaned, in both formats.
#[test]
fn brief_check_output_carries_no_raw_payload() {
    let (dir, _) = setup("hostile-check");
    let run = |format: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(["check", "--format", format, dir.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "the broken file fails the check"
        );
        assert_clean(&out.stdout, &format!("brief check --format {format}"));
        assert!(
            out.stderr.is_empty(),
            "{:?}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let human = run("human");
    for expected in [
        "unknown status `S␛[2JX1",
        "unknown language `l␛[2jx1",
        "`D␛[2JX1",
        "no goal has the id `nobody␛[2JX1",
        "unknown key `K␛[2JX1",
        "goal `g2␛[2JX1",
        "metric `Pending␛[2JX1",
        "`bare␛[2JX1",
        "zz-␛]0;pwned␇\u{FFFD}X8\u{FFFD}.toml:",
    ] {
        assert!(human.contains(expected), "{expected:?} in:\n{human}");
    }
    // JSON keeps the real file name, escaped, so tools can open the file.
    let json = run("json");
    let reports: serde_json::Value = serde_json::from_str(&json).unwrap();
    let files: Vec<&str> = reports
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["file"].as_str())
        .collect();
    assert!(
        files
            .iter()
            .any(|f| Path::new(f).file_name() == Some(std::ffi::OsStr::new(&hostile_name()))),
        "{files:?}"
    );
}

/// `brief diff` and `brief export` print the briefing's text and file names: all cleaned.
#[test]
fn brief_diff_and_export_carry_no_raw_payload() {
    let (dir, file) = setup("hostile-diff-export");
    let older = dir.join(hostile_name().replace(".toml", "-older.toml"));
    std::fs::write(
        &older,
        with_payload(&HOSTILE.replace("status = \"at risk\"", "status = \"on track\"")),
    )
    .unwrap();
    let brief = |args: &[&std::ffi::OsStr]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap();
        let what = format!("brief {args:?}");
        assert_clean(&[out.stdout.as_slice(), b"\n", &out.stderr].concat(), &what);
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (status, diff) = brief(&["diff".as_ref(), older.as_os_str(), file.as_os_str()]);
    assert_eq!(status, Some(0));
    assert!(diff.contains("Goal one␛[2JX1"), "{diff}");
    for to in ["md", "html"] {
        let (status, handout) = brief(&[
            "export".as_ref(),
            file.as_os_str(),
            "--to".as_ref(),
            to.as_ref(),
            "--with-notes".as_ref(),
        ]);
        assert_eq!(status, Some(0));
        assert!(handout.contains("Goal notes␛"), "{handout}");
    }
    // A handout that would overwrite the briefing is refused, naming the file cleaned.
    let (status, _) = brief(&[
        "export".as_ref(),
        older.as_os_str(),
        "--to".as_ref(),
        "md".as_ref(),
        "-o".as_ref(),
        older.as_os_str(),
    ]);
    assert_eq!(status, Some(1));
}

/// A raw control byte in the file, which TOML refuses: the excerpt shows it as a stand-in.
#[test]
fn raw_control_bytes_in_the_file_are_shown_as_stand_ins() {
    let dir = temp_dir("hostile-raw");
    std::fs::write(
        dir.join("raw.toml"),
        "title = \"ok\"\nsummary = \"a\x1b]0;pwned\x07\u{9b}\u{202e}b\"\n",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["check", "raw.toml"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_clean(&out.stdout, "brief check on raw control bytes");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("a␛]0;pwned␇\u{FFFD}\u{FFFD}b"), "{text}");
    let mut s = Session::start(&["raw.toml"], 120, 30, &dir, &[]);
    s.wait_for(&seen("a␛]0;pwned␇\u{FFFD}\u{FFFD}b"));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    assert_clean(&s.output(), "brief on raw control bytes");
}

/// clap's errors quote the argument; a glob can hand brief a file name with an escape sequence
/// in it. Regression test for `cli::parse`.
#[test]
fn command_line_errors_quote_arguments_with_stand_ins() {
    let dir = temp_dir("hostile-args");
    for args in [
        vec!["--x\u{1b}]0;pwned\u{7}\u{202e}"],
        vec!["check", "--format", "\u{1b}]52;c;cHduZWQ=\u{7}\u{9b}"],
    ] {
        let mut s = Session::start(&args, 120, 30, &dir, &[]);
        s.wait_for("error:");
        s.wait_for("␛]");
        assert_eq!(s.wait_exit(), 2);
        assert_clean(&s.output(), &format!("brief {args:?}"));
    }
    // --help and --version are not errors and are unchanged.
    let mut s = Session::start(&["--version"], 120, 30, &dir, &[]);
    s.wait_for("brief ");
    assert_eq!(s.wait_exit(), 0);
}
