//! One test per mistake a person can make in a briefing file: each asserts the exact line,
//! column, message and hint, and some the whole rendered report, caret line included.
//!
//! The files live in `tests/fixtures/errors/`, one small file per mistake; cases that need
//! bytes a text file cannot hold (not UTF-8, over the size limit) are written to a temp file.
//! Each module below holds one kind of mistake; the helpers here load a fixture and check the
//! error it gives.

// The helpers every test crate shares; this crate's root is one folder further down.
#[path = "../common/mod.rs"]
mod common;

mod choices;
mod dates;
mod keys;
mod misplaced_metrics;
mod references;
mod reporting;
mod syntax;
mod targets;
mod types;
mod warnings;
mod whole_file;

use std::path::{Path, PathBuf};

use brief::diagnostic::Diagnostic;
use brief::load::{load_file, load_str};
use chrono::NaiveDate;

fn today() -> NaiveDate {
    common::date(2024, 6, 1)
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/errors")
}

fn fixture(name: &str) -> PathBuf {
    fixtures().join(format!("{name}.toml"))
}

/// Every error the fixture produces, loaded through the real file path.
fn errors(name: &str) -> Vec<Diagnostic> {
    match load_file(&fixture(name), today()) {
        Ok(loaded) => panic!("{name}.toml loaded, with warnings {:#?}", loaded.warnings),
        Err(errors) => errors,
    }
}

/// Asserts that the fixture fails with exactly one error, at `line`:`column`, saying
/// `message` and suggesting `hint`.
fn assert_error(
    name: &str,
    line: usize,
    column: usize,
    message: &str,
    hint: Option<&str>,
) -> Diagnostic {
    let mut all = errors(name);
    let rendered: String = all.iter().map(Diagnostic::render).collect();
    assert_eq!(
        all.len(),
        1,
        "expected one error from {name}.toml:\n{rendered}"
    );
    let d = all.remove(0);
    assert!(d.is_error(), "{rendered}");
    assert_eq!(d.file, fixture(name));
    assert_eq!(
        (d.line, d.column, d.message.as_str(), d.hint.as_deref()),
        (line, column, message, hint),
        "\n{rendered}"
    );
    d
}

/// The rendered report for text loaded under the short name `NAME.toml`.
fn rendered(name: &str) -> String {
    let text = std::fs::read_to_string(fixture(name)).expect("fixture is readable");
    match load_str(&text, Path::new(&format!("{name}.toml")), today()) {
        Ok(_) => panic!("{name}.toml loaded"),
        Err(errors) => errors
            .iter()
            .map(Diagnostic::render)
            .collect::<Vec<_>>()
            .join("\n"),
    }
}
