//! `brief completions SHELL` and `brief man` (issue 13.4): bash's completion is run for real
//! on the generated script, and the man page carries every subcommand's options.

mod common;

use std::process::Command;

use common::cli::brief;

/// What bash offers for the words typed so far (the last one being completed), by sourcing
/// the script and calling its completion function as `complete -F` would.
fn bash_complete(script: &str, words: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("brief.bash");
    std::fs::write(&path, script).expect("write script");
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let cword = words.len() - 1;
    let prev = if cword > 0 { words[cword - 1] } else { "" };
    let program = format!(
        "source '{}'\nCOMP_WORDS=({})\nCOMP_CWORD={cword}\n_brief brief '{}' '{prev}'\necho \"${{COMPREPLY[*]}}\"",
        path.display(),
        quoted.join(" "),
        words[cword]
    );
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .current_dir(dir.path())
        .output()
        .expect("run bash");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

#[test]
fn bash_completes_subcommands_and_values() {
    let out = brief(&["completions", "bash"]);
    assert_eq!(out.status.code(), Some(0));
    let script = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(bash_complete(&script, &["brief", "ex"]), "export");
    assert_eq!(bash_complete(&script, &["brief", "n"]), "notes new");
    assert_eq!(
        bash_complete(&script, &["brief", "export", "--to", ""]),
        "md html"
    );
    assert_eq!(
        bash_complete(&script, &["brief", "--theme", ""]),
        "dark light high-contrast"
    );
    assert_eq!(
        bash_complete(&script, &["brief", "new", "x.toml", "--l"]),
        "--lang"
    );
}

#[test]
fn every_shell_gets_a_script_naming_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = brief(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = String::from_utf8_lossy(&out.stdout);
        for word in ["export", "new", "compare", "to"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
        // The elvish and powershell generators complete names only, not values.
        if !["elvish", "powershell"].contains(&shell) {
            assert!(script.contains("high-contrast"), "{shell} lacks the themes");
        }
    }
    let bad = brief(&["completions", "tcsh"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn the_man_page_covers_every_subcommand_and_its_options() {
    let out = brief(&["man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).expect("utf-8");
    assert!(page.contains(".TH brief 1"), "{page}");
    assert_eq!(page.matches(".TH ").count(), 1, "one page");
    for section in [
        "BRIEF NEW",
        "BRIEF DIFF",
        "BRIEF EXPORT",
        "BRIEF COMPLETIONS",
        "BRIEF LOG",
    ] {
        assert!(page.contains(&format!(".SH \"{section}\"")), "{section}");
    }
    assert!(
        page.contains("\\fB\\-\\-from\\fR"),
        "brief new --from is described"
    );
    assert!(page.contains("\\fB\\-\\-fresh\\fR"));
}
