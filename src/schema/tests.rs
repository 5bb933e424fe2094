//! The schema against the raw structs and the loader: the same keys, the same required keys,
//! the same accepted words.

use serde_json::{Value, json};

use super::{date_keys, json_schema, schema};
use crate::model::raw::{
    RawBriefing, RawItem, RawMetric, RawPoint, RawSectionDurations, RawSections, SECTION_KEYS,
    TARGET_COMPANIONS, TARGET_KINDS, serde_keys, target_keys,
};
use crate::model::{Direction, Language, Section, Severity, Status};

fn parsed() -> Value {
    serde_json::from_str(&json_schema()).expect("the schema is JSON")
}

fn keys(schema: &Value) -> Vec<String> {
    schema["properties"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

fn sorted(names: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    names.sort();
    names
}

/// The keys an item of `section` accepts: every key of `RawItem` but other sections' own.
fn item_keys(section: Section) -> Vec<String> {
    let foreign = |key: &&str| {
        SECTION_KEYS
            .iter()
            .any(|(own, owner)| own == key && *owner != section)
    };
    let keys: Vec<&str> = serde_keys::<RawItem>()
        .iter()
        .copied()
        .filter(|k| !foreign(k))
        .collect();
    sorted(&keys)
}

#[test]
fn output_is_draft_07_json() {
    let schema = parsed();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert_eq!(schema["type"], "object");
    assert_eq!(schema["title"], "brief briefing");
}

#[test]
fn every_key_serde_accepts_is_in_the_schema_and_no_other() {
    let schema = parsed();
    let defs = &schema["definitions"];
    assert_eq!(keys(&schema), sorted(serde_keys::<RawBriefing>()));
    assert_eq!(keys(&defs["sections"]), sorted(serde_keys::<RawSections>()));
    assert_eq!(
        keys(&defs["section_durations"]),
        sorted(serde_keys::<RawSectionDurations>())
    );
    for (name, section) in [
        ("goal", Section::Goals),
        ("achievement", Section::Achievements),
        ("challenge", Section::Challenges),
    ] {
        assert_eq!(keys(&defs[name]), item_keys(section), "{name}");
    }
    assert_eq!(keys(&defs["metric"]), sorted(serde_keys::<RawMetric>()));
    assert_eq!(keys(&defs["point"]), sorted(serde_keys::<RawPoint>()));
    assert_eq!(keys(&defs["target_table"]), sorted(target_keys()));
}

#[test]
fn section_keys_name_fields_of_an_item() {
    for (key, _) in SECTION_KEYS {
        assert!(serde_keys::<RawItem>().contains(&key), "{key}");
    }
    let item: RawItem = toml::from_str(
        "title = \"t\"\ndue = 2025-01-01\nstatus = \"done\"\ndate = 2025-01-01\nseverity = \"low\"\nmitigation = [\"m\"]\nthreatens = [\"g\"]\n",
    )
    .expect("an item with every section key");
    for (key, _) in SECTION_KEYS {
        assert!(item.section_key_span(key).is_some(), "{key}");
    }
}

#[test]
fn every_property_has_a_description() {
    fn walk(schema: &Value, path: &str) {
        if let Some(properties) = schema["properties"].as_object() {
            for (key, property) in properties {
                let described =
                    property.get("description").is_some() || property.get("$ref").is_some();
                assert!(described, "{path}.{key} has no description");
                walk(property, &format!("{path}.{key}"));
                walk(&property["items"], &format!("{path}.{key}[]"));
            }
        }
    }
    let schema = parsed();
    walk(&schema, "");
    for (name, definition) in schema["definitions"].as_object().expect("definitions") {
        assert!(definition.get("description").is_some(), "{name}");
        walk(definition, name);
    }
}

#[test]
fn descriptions_are_one_line_paragraphs() {
    let text = json_schema();
    assert!(!text.contains("\\n"), "a doc comment's line break leaked");
}

#[test]
fn toml_has_no_null() {
    assert!(!json_schema().contains("null"));
}

#[test]
fn required_keys_match_the_loader() {
    let schema = parsed();
    let defs = &schema["definitions"];
    assert_eq!(schema["required"], json!(["title"]));
    assert_eq!(
        schema["not"]["required"],
        json!(["organisation", "organization"])
    );
    for name in ["goal", "achievement", "challenge"] {
        assert_eq!(defs[name]["required"], json!(["title"]), "{name}");
    }
    assert_eq!(defs["metric"]["required"], json!(["label"]));
    assert_eq!(defs["point"]["required"], json!(["value"]));
    assert!(defs["sections"].get("required").is_none());
    assert!(defs["target_table"].get("required").is_none());
}

#[test]
fn unknown_keys_are_refused_everywhere() {
    let schema = parsed();
    let defs = schema["definitions"].as_object().expect("definitions");
    let root = "root".to_owned();
    let tables = defs
        .iter()
        .filter(|(_, d)| d["type"] == "object")
        .chain([(&root, &schema)]);
    let mut count = 0;
    for (name, table) in tables {
        assert_eq!(table["additionalProperties"], json!(false), "{name}");
        count += 1;
    }
    assert_eq!(count, 9);
}

#[test]
fn target_is_a_number_or_a_table_with_one_kind() {
    let schema = parsed();
    let defs = &schema["definitions"];
    assert_eq!(defs["target"]["anyOf"][0]["type"], "number");
    assert_eq!(
        defs["target"]["anyOf"][1]["$ref"],
        "#/definitions/target_table"
    );
    let table = &defs["target_table"];
    let kinds: Vec<&Value> = table["oneOf"]
        .as_array()
        .expect("kinds")
        .iter()
        .map(|k| &k["required"][0])
        .collect();
    assert_eq!(kinds, TARGET_KINDS);
    for (key, kinds) in TARGET_COMPANIONS {
        let any: Vec<Value> = kinds.iter().map(|k| json!({ "required": [k] })).collect();
        assert_eq!(table["dependencies"][key], json!({ "anyOf": any }));
        assert!(target_keys().contains(&key));
        assert!(kinds.iter().all(|k| target_keys().contains(k)));
    }
    assert!(TARGET_KINDS.iter().all(|k| target_keys().contains(k)));
}

#[test]
fn enums_accept_what_the_loader_accepts() {
    let schema = parsed();
    let defs = &schema["definitions"];
    let values = |v: &Value| -> Vec<String> {
        v["enum"]
            .as_array()
            .expect("enum")
            .iter()
            .filter_map(|s| s.as_str().map(str::to_owned))
            .collect()
    };
    for status in values(&defs["goal"]["properties"]["status"]) {
        assert!(Status::parse(&status).is_some(), "{status}");
    }
    for severity in values(&defs["challenge"]["properties"]["severity"]) {
        assert!(Severity::parse(&severity).is_some(), "{severity}");
    }
    for language in values(&schema["properties"]["language"]) {
        assert!(Language::parse(&language).is_some(), "{language}");
    }
    for better in values(&defs["metric"]["properties"]["better"]) {
        assert!(Direction::parse(&better).is_some(), "{better}");
    }
    assert_eq!(values(&schema["properties"]["language"])[..2], ["en", "zh"]);
    assert_eq!(
        values(&defs["metric"]["properties"]["better"])[..2],
        ["higher", "lower"]
    );
}

#[test]
fn dates_are_dates_wherever_they_are() {
    let mut found = date_keys();
    found.sort();
    assert_eq!(found, ["as_of", "by", "date", "due", "from", "to"]);
    assert_eq!(
        schema()["definitions"]["goal"]["properties"]["due"]["format"],
        "date"
    );
}
