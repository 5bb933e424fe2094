//! `brief schema` against the loader: every bundled briefing and every test fixture, turned
//! into JSON as an editor turns TOML into JSON for its schema, is validated with a JSON Schema
//! validator. What the loader accepts, the schema accepts; what the loader refuses for an
//! unknown key, a wrong type or a bad target shape, the schema refuses too. The rest (a date
//! that does not exist, a duplicate id, nan) only `brief check` can tell, and this test says
//! which fixtures those are, so that the list is kept.

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::{Map, Value};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&brief::schema::json_schema()).expect("JSON");
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema is a valid draft-07 schema")
}

/// TOML as an editor hands it to a schema: dates become their text ("2025-12-31"), and a float
/// JSON cannot hold (nan, inf) becomes null.
fn to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(dt) => Value::String(dt.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(table) => Value::Object(
            table
                .into_iter()
                .map(|(k, v)| (k, to_json(v)))
                .collect::<Map<_, _>>(),
        ),
    }
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("readable dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            found.extend(toml_files(&path));
        } else if path.extension().is_some_and(|x| x == "toml") {
            found.push(path);
        }
    }
    found.sort();
    found
}

fn today() -> NaiveDate {
    common::date(2024, 6, 1)
}

/// Refused by `brief check` for what a schema cannot say: ids, references, the order of a
/// range's bounds, a target equal to its baseline, where in the file a metric's header is.
/// The schema lets these through.
const ONLY_BRIEF_CHECK: [&str; 9] = [
    "between_equal",
    "between_reversed",
    "duplicate_derived_id",
    "duplicate_id",
    "duplicate_id_knock_on",
    "metrics_under_other_section",
    "target_equals_baseline",
    "threatens_missing_id",
    "threatens_not_a_goal",
];

struct Checked {
    name: String,
    loads: bool,
    /// `None` for a file that is not TOML at all: the editor reports that itself.
    schema_errors: Option<Vec<String>>,
}

/// Every bundled briefing and test fixture, loaded by brief and validated against the schema.
fn check_all() -> Vec<Checked> {
    let validator = validator();
    let mut files = toml_files(&repo().join("briefings"));
    files.extend(toml_files(&repo().join("tests/fixtures")));
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable fixture");
            let schema_errors = toml::from_str::<toml::Value>(&text).ok().map(|value| {
                let json = to_json(value);
                validator
                    .iter_errors(&json)
                    .map(|e| e.to_string())
                    .collect()
            });
            Checked {
                name: path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                loads: brief::load::load_str(&text, &path, today()).is_ok(),
                schema_errors,
            }
        })
        .collect()
}

#[test]
fn what_the_loader_accepts_the_schema_accepts() {
    let checked = check_all();
    let accepted: Vec<&Checked> = checked.iter().filter(|c| c.loads).collect();
    let names: Vec<&str> = accepted.iter().map(|c| c.name.as_str()).collect();
    for name in ["team-q3", "xihe-2021", "format-example"] {
        assert!(names.contains(&name), "{name} is not checked: {names:?}");
    }
    for c in accepted {
        assert_eq!(c.schema_errors.as_deref(), Some(&[][..]), "{}", c.name);
    }
}

#[test]
fn what_the_loader_refuses_for_a_key_a_type_or_a_target_shape_the_schema_refuses() {
    let checked = check_all();
    let refused: Vec<(&str, &Vec<String>)> = checked
        .iter()
        .filter(|c| !c.loads)
        .filter_map(|c| c.schema_errors.as_ref().map(|e| (c.name.as_str(), e)))
        .collect();
    assert!(
        refused.len() >= 35,
        "only {} fixtures checked",
        refused.len()
    );
    for (name, errors) in refused {
        let only_brief = ONLY_BRIEF_CHECK.contains(&name);
        assert_eq!(
            errors.is_empty(),
            only_brief,
            "{name}: the schema says {errors:?}"
        );
    }
}

#[test]
fn the_schema_names_what_is_wrong() {
    let checked = check_all();
    let errors = |name: &str| -> String {
        let c = checked.iter().find(|c| c.name == name).expect("fixture");
        c.schema_errors.as_ref().expect("TOML").join(" | ")
    };
    assert!(errors("unknown_key_taget").contains("'taget' was unexpected"));
    assert!(errors("field_in_wrong_section").contains("'severity' was unexpected"));
    assert!(errors("type_title_number").contains("5 is not of type \"string\""));
    assert!(errors("date_with_time").contains("is not a \"date\""));
    assert!(errors("target_two_kinds").contains("at_least"));
}
