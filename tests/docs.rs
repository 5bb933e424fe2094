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

/// The ```console blocks of `brief check NAME.toml` whose file the page shows as a ```toml
/// block introduced by `` `NAME.toml` ``: (name, file text, expected output).
fn check_examples(doc: &str) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for block in doc.split("```console\n").skip(1) {
        let block = block.split("```").next().unwrap_or_default();
        let Some(rest) = block.strip_prefix("$ brief check ") else {
            continue;
        };
        let (name, output) = rest.split_once('\n').unwrap_or_default();
        let intro = format!("`{name}`:\n\n```toml\n");
        let Some(text) = doc
            .split_once(&intro)
            .and_then(|(_, after)| after.split("```").next())
        else {
            continue;
        };
        found.push((name.to_owned(), text.to_owned(), output.to_owned()));
    }
    found
}

#[test]
fn the_check_outputs_in_the_format_doc_are_what_brief_prints() {
    let doc = std::fs::read_to_string(repo().join("docs/format.md")).unwrap();
    let examples = check_examples(&doc);
    let names: Vec<&str> = examples.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["q3.toml", "warn.toml"]);
    let dir = common::temp_dir("docs-check");
    for (name, text, expected) in &examples {
        std::fs::write(dir.join(name), text).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(["check", name])
            .current_dir(&dir)
            .output()
            .unwrap();
        assert_eq!(&String::from_utf8_lossy(&out.stdout), expected, "{name}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
