//! The documentation's examples are real: the annotated example in docs/format.md is the
//! fixture file, word for word, and it checks clean.

mod common;

use common::repo;

#[test]
fn the_annotated_example_in_the_format_doc_is_the_fixture_and_loads_clean() {
    let doc = std::fs::read_to_string(repo().join("docs/format.md")).unwrap();
    let fixture_path = repo().join("tests/fixtures/format-example.toml");
    let fixture = std::fs::read_to_string(&fixture_path).unwrap();
    let first_block = doc
        .split("```toml\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a toml block");
    assert_eq!(
        first_block, fixture,
        "docs/format.md's first example and the fixture have drifted apart"
    );
    let loaded = brief::load::load_file(&fixture_path, common::render::today()).expect("loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}
