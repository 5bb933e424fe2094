//! Hostile text end to end: a briefing with escape sequences, controls and bidi overrides in
//! every text field, and a file name carrying them too, driven through every view of the real
//! binary in a pseudo-terminal. Nothing of the payload may reach the terminal raw; its visible
//! stand-ins (␛, ␇, �) must be on screen instead.
//!
//! The payload, the briefings that carry it and the checks on the output are here; the views
//! and the printing commands each have a module.

// The helpers every test crate shares; this crate's root is one folder further down.
#[path = "../common/mod.rs"]
mod common;

mod commands;
mod views;

use std::path::PathBuf;

use common::temp_dir;

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
