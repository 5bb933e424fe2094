//! The report as a whole: every fixture fails with a positioned error, and a file with several
//! mistakes gets all of them at once, in file order.

use brief::load::load_file;

use crate::{errors, fixtures, today};

#[test]
fn every_error_fixture_fails_to_load() {
    let mut names: Vec<_> = std::fs::read_dir(fixtures())
        .expect("fixtures dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    names.sort();
    assert!(names.len() >= 40, "{names:?}");
    for path in names {
        let errors = load_file(&path, today())
            .err()
            .unwrap_or_else(|| panic!("{} loaded", path.display()));
        for d in &errors {
            assert!(!d.message.is_empty());
            assert!(
                d.line > 0 || d.message.contains("empty"),
                "{} has no position:\n{}",
                path.display(),
                d.render()
            );
        }
    }
}

#[test]
fn regression_every_semantic_error_is_reported_at_once_in_file_order() {
    // Was: reported in the order they were found (the `severity` at line 12 before the
    // duplicate id at line 10).
    let found: Vec<(usize, usize, String)> = errors("many_errors")
        .into_iter()
        .map(|d| (d.line, d.column, d.message))
        .collect();
    let expected = [
        (2, 12, "unknown language `fr`, expected `en` or `zh`"),
        (6, 9, "the title is empty"),
        (7, 7, "`2025-12-31T12:00:00` is not a plain date"),
        (10, 6, "duplicate id `gdp`"),
        (12, 12, "`severity` belongs to challenges, not goals"),
        (17, 22, "baseline must be a number, found string"),
        (21, 14, "no goal has the id `gpd`"),
    ];
    let expected: Vec<(usize, usize, String)> = expected
        .into_iter()
        .map(|(l, c, m)| (l, c, m.to_owned()))
        .collect();
    assert_eq!(found, expected);
}
