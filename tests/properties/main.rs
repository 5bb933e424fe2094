//! Property tests, bounded to run in seconds: the loader on arbitrary bytes and on mutations of
//! the bundled briefings never panics and lets nothing unsafe through; the screen, for any
//! briefing at any size through any keys, mouse clicks and resizes, never panics, fills exactly
//! its frame and draws no control character; wrapping never exceeds its width.
//!
//! The same targets run unbounded under cargo fuzz (fuzz/, docs/fuzzing.md).

// The helpers every test crate shares; this crate's root is one folder further down.
#[path = "../common/mod.rs"]
mod common;

mod generated;
mod loader;
mod screen;
mod text;

use proptest::prelude::ProptestConfig;
use proptest::test_runner::FileFailurePersistence;

/// `cases` cases a run, with shrunk failures saved beside the module that found them
/// (`screen.rs` → `screen.proptest-regressions`), where they are committed and replayed first.
/// Proptest's default would look upward for a `main.rs`, find this crate's, and write
/// `tests/proptest-regressions/screen.txt` instead.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

const BUNDLED: [&str; 2] = ["briefings/team-q3.toml", "briefings/xihe-2021.toml"];

fn bundled(which: usize) -> String {
    std::fs::read_to_string(common::repo().join(BUNDLED[which % 2])).unwrap()
}
