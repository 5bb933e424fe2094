//! Ids and the references to them: duplicate ids, `threatens` naming an unknown id or an item
//! that is not a goal, and the hints that list the known ids.

use std::path::Path;

use brief::load::load_str;

use crate::{assert_error, errors, today};

#[test]
fn duplicate_ids() {
    assert_error(
        "duplicate_id",
        8,
        6,
        "duplicate id `gdp`",
        Some("`gdp` is already used at line 4; ids must be unique"),
    );
}

#[test]
fn regression_duplicate_of_a_derived_id_names_its_line() {
    // Was: "another item's title already gives the id `gdp`; choose another", without saying which.
    assert_error(
        "duplicate_derived_id",
        7,
        6,
        "duplicate id `gdp`",
        Some("the item at line 4 gets the id `gdp` from its title; give one of them another `id`"),
    );
}

#[test]
fn threatens_a_missing_id() {
    assert_error(
        "threatens_missing_id",
        9,
        14,
        "no goal has the id `grow-gpd`",
        Some("did you mean `grow-gdp`?"),
    );
}

#[test]
fn threatens_something_that_is_not_a_goal() {
    assert_error(
        "threatens_not_a_goal",
        9,
        14,
        "`roads` is one of the achievements, not a goal",
        Some("`threatens` lists the ids of goals"),
    );
}

#[test]
fn regression_unknown_reference_hint_lists_a_few_goal_ids_not_all() {
    // Was: every goal id of the file in one hint, however many.
    let mut text = String::from("title = \"Q3\"\n");
    for i in 0..10 {
        text.push_str(&format!(
            "\n[[goals]]\nid = \"goal{i}\"\ntitle = \"G{i}\"\nsummary = \"s\"\n"
        ));
    }
    text.push_str("\n[[challenges]]\ntitle = \"C\"\nsummary = \"s\"\nthreatens = [\"zzz\"]\n");
    let errors = load_str(&text, Path::new("r.toml"), today()).expect_err("unknown id");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].message, "no goal has the id `zzz`");
    assert_eq!(
        errors[0].hint.as_deref(),
        Some(
            "known goal ids: `goal0`, `goal1`, `goal2`, `goal3`, `goal4`, `goal5`, `goal6`, `goal7`, and 2 more"
        )
    );
}

#[test]
fn unknown_reference_without_any_goal() {
    let text =
        "title = \"Q3\"\n\n[[challenges]]\ntitle = \"C\"\nsummary = \"s\"\nthreatens = [\"gdp\"]\n";
    let errors = load_str(text, Path::new("r.toml"), today()).expect_err("no goals");
    assert_eq!(
        (errors[0].line, errors[0].column, errors[0].hint.as_deref()),
        (
            6,
            14,
            Some("there are no goals; `threatens` lists the ids of goals")
        )
    );
}

#[test]
fn a_reference_to_a_goal_with_a_derived_id_resolves() {
    let text = "title = \"Q3\"\n\n[[goals]]\ntitle = \"Grow GDP\"\nsummary = \"s\"\n\n[[challenges]]\ntitle = \"C\"\nsummary = \"s\"\nthreatens = [\"grow-gdp\"]\n";
    let loaded = load_str(text, Path::new("r.toml"), today()).expect("resolves");
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
}

#[test]
fn regression_a_duplicate_id_is_listed_once_in_a_knock_on_hint() {
    // Was: "known goal ids: `gdp`, `gdp`".
    let found: Vec<(usize, usize, String, Option<String>)> = errors("duplicate_id_knock_on")
        .into_iter()
        .map(|d| (d.line, d.column, d.message, d.hint))
        .collect();
    assert_eq!(
        found,
        [
            (
                9,
                6,
                "duplicate id `gdp`".to_owned(),
                Some("`gdp` is already used at line 4; ids must be unique".to_owned())
            ),
            (
                16,
                14,
                "no goal has the id `exports`".to_owned(),
                Some("known goal ids: `gdp`".to_owned())
            ),
        ]
    );
}
