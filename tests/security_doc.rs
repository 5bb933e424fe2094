//! docs/security.md names, for each promise, the tests that keep it: every promise has a
//! "Tested by" line, and every test it names exists, so the page cannot drift from the tests.

mod common;

use common::repo;

/// The backticked spans of `text`, in order.
fn spans(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[test]
fn every_promise_names_tests_that_exist() {
    let doc = std::fs::read_to_string(repo().join("docs/security.md")).expect("read the doc");
    let paragraphs: Vec<&str> = doc.split("\n\n").collect();
    let promises = paragraphs.iter().filter(|p| p.starts_with("**")).count();
    let tested: Vec<&str> = paragraphs
        .iter()
        .filter(|p| p.starts_with("**"))
        .filter_map(|p| p.split_once("Tested by:").map(|(_, t)| t))
        .collect();
    assert!(promises >= 12, "only {promises} promises found");
    assert_eq!(
        tested.len(),
        promises,
        "a promise without a \"Tested by\" line"
    );
    let mut named = 0;
    for line in tested {
        let mut source = None;
        for span in spans(line) {
            if std::path::Path::new(span)
                .extension()
                .is_some_and(|x| x == "rs")
            {
                let text = std::fs::read_to_string(repo().join(span))
                    .unwrap_or_else(|e| panic!("docs/security.md names {span}: {e}"));
                source = Some((span, text));
            } else if is_identifier(span) {
                let (file, text) = source.as_ref().expect("a test named before its file");
                assert!(
                    text.contains(&format!("fn {span}(")),
                    "docs/security.md names {file} {span}, which is not there"
                );
                named += 1;
            }
        }
    }
    assert!(named >= 20, "only {named} tests named");
}
