//! The commands that print (`check`, `diff`, `export`), a file with raw control bytes, and
//! errors in the arguments: what they print is cleaned too.

use std::path::Path;

use crate::common::{Session, temp_dir};
use crate::{HOSTILE, assert_clean, hostile_name, seen, setup, with_payload};

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
