//! `cargo install --path .` gives a `brief` that works from any folder (issue 13.1): installed
//! into a temporary root, run from a temporary folder on a briefing made there. It builds
//! into this build's own target folder (CARGO_TARGET_DIR), in the debug profile and offline,
//! so it reuses what `cargo test` just compiled instead of building everything again.

use std::path::Path;
use std::process::{Command, Output};

fn run(program: &Path, args: &[&str], cwd: &Path) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("run the installed brief")
}

#[test]
fn an_installed_brief_works_from_any_folder() {
    let root = tempfile::tempdir().expect("temp dir");
    // target/debug/brief -> target
    let target = Path::new(env!("CARGO_BIN_EXE_brief"))
        .parent()
        .and_then(Path::parent)
        .expect("target folder");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let install = Command::new(cargo)
        .args([
            "install",
            "--quiet",
            "--offline",
            "--locked",
            "--debug",
            "--path",
        ])
        .arg(env!("CARGO_MANIFEST_DIR"))
        .arg("--root")
        .arg(root.path())
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("run cargo install");
    assert!(
        install.status.success(),
        "cargo install failed:\n{}",
        String::from_utf8_lossy(&install.stderr)
    );
    let brief = root.path().join("bin/brief");
    let work = tempfile::tempdir().expect("temp dir");
    let new = run(&brief, &["new", "team.toml"], work.path());
    assert_eq!(new.status.code(), Some(0), "{new:?}");
    let check = run(&brief, &["check", "team.toml"], work.path());
    assert_eq!(
        String::from_utf8_lossy(&check.stdout),
        "checked 1 file: 1 clean, 0 with errors (0 errors, 0 warnings)\n"
    );
    let export = run(&brief, &["export", "team.toml", "--to", "md"], work.path());
    assert_eq!(export.status.code(), Some(0), "{export:?}");
    assert!(String::from_utf8_lossy(&export.stdout).starts_with("# Team review\n"));
    // With nothing to open it says so, rather than opening the build tree's briefings.
    let empty = tempfile::tempdir().expect("temp dir");
    let bare = run(&brief, &[], empty.path());
    assert_eq!(bare.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bare.stderr).starts_with("brief: no briefing here"));
}
