//! `brief schema`: a JSON Schema (draft-07) of the briefing format, for editors.
//!
//! taplo and Even Better TOML read it to offer completion, hover docs (the `description`s
//! below) and inline errors. It mirrors `model::raw` by hand: every key is here, and every
//! table refuses unknown keys (`additionalProperties: false`) as `deny_unknown_fields` does.
//! Where the loader accepts aliases (`on_track`, `english`, `up`), the schema lists them too.
//! What a schema cannot say — ids unique, `threatens` naming a goal, a date that exists, a
//! range whose bounds are in order — is left to `brief check`. See docs/format.md.

use serde_json::{Map, Value, json};

/// The schema, pretty-printed.
pub fn json_schema() -> String {
    serde_json::to_string_pretty(&schema()).expect("a JSON value always serialises")
}

fn schema() -> Value {
    let mut root = table(
        "A briefing for one meeting: its goals, achievements and challenges. Reference: docs/format.md.",
        &["title"],
        json!({
            "title": text("What the meeting is about, shown on the title screen. Required, not empty."),
            "subtitle": text("A second line under the title."),
            "presenter": text("Who presents the briefing."),
            "organisation": text("The organisation the briefing is about or from. Also spelt `organization`; give one, not both."),
            "organization": text("Same as `organisation`; give one, not both."),
            "date": date("The date of the meeting, e.g. 2025-03-14 (no quotes). Every computed figure is worked out as of this date; today when absent."),
            "period": text("The period the briefing covers, as free text, e.g. \"2021–2025\" or \"Q3 2025\"."),
            "summary": text("A one-paragraph summary of the briefing."),
            "notes": text("Speaker notes for the briefing as a whole."),
            "language": choice(
                "Language of the interface text: `en` (default) or `zh`. It also picks the default section names.",
                &["en", "zh", "english", "chinese", "zh-cn", "zh-CN", "zh-hans", "zh-Hans", "中文"],
            ),
            "duration": duration("Time planned for the whole meeting, e.g. \"30m\" or \"1h30m\"."),
            "sections": table(
                "Display names of the three sections; each defaults by `language` (Goals / Achievements / Challenges, or 奋斗目标 / 主要成绩 / 困难挑战).",
                &[],
                json!({
                    "goals": text("Display name of the goals section, e.g. \"奋斗目标\"."),
                    "achievements": text("Display name of the achievements section, e.g. \"主要成绩\"."),
                    "challenges": text("Display name of the challenges section, e.g. \"困难挑战\"."),
                    "durations": table(
                        "Time planned per section in presentation mode, shared by the section's slides that have no `duration` of their own.",
                        &[],
                        json!({
                            "goals": duration("Time planned for the goals section, e.g. \"10m\"."),
                            "achievements": duration("Time planned for the achievements section."),
                            "challenges": duration("Time planned for the challenges section."),
                        }),
                    ),
                }),
            ),
            "goals": items("The goals, each written as a [[goals]] table.", "goal"),
            "achievements": items("The achievements, each written as an [[achievements]] table.", "achievement"),
            "challenges": items("The challenges, each written as a [[challenges]] table.", "challenge"),
        }),
    );
    root["$schema"] = json!("http://json-schema.org/draft-07/schema#");
    root["title"] = json!("brief briefing");
    root["not"] = json!({ "required": ["organisation", "organization"] });
    root["definitions"] = json!({
        "goal": item(
            "A goal: something to reach, with a due date and a status.",
            json!({
                "due": date("The date the goal is due. Past due and not done gives a warning."),
                "status": choice(
                    "Sets the status, overriding the one computed from the metrics: `on track`, `at risk`, `off track` or `done`.",
                    &["on track", "at risk", "off track", "done", "on_track", "at_risk", "off_track", "on-track", "at-risk", "off-track", "met", "complete"],
                ),
            }),
        ),
        "achievement": item(
            "An achievement: something done, with when it happened.",
            json!({ "date": date("When it happened, e.g. 2020-12-31.") }),
        ),
        "challenge": item(
            "A challenge: a problem or risk, how bad it is, what is done about it, and which goals it threatens.",
            json!({
                "severity": choice("How serious it is: `low`, `medium` (default), `high` or `critical`.", &["low", "medium", "high", "critical"]),
                "mitigation": strings("Steps taken or planned against it, one string each."),
                "threatens": strings("The ids of the goals this challenge puts at risk; each must be a goal's id."),
            }),
        ),
        "metric": metric(),
        "target": target(),
    });
    root
}

/// An item of one section: the fields every item has, plus that section's own.
fn item(description: &str, own: Value) -> Value {
    let mut properties = json!({
        "id": text("A stable id for the item. Derived from the title when absent (lowercase words joined by `-`). Must be unique in the briefing."),
        "title": text("The item's title. Required, not empty."),
        "summary": text("One or two sentences on the item."),
        "details": strings("Detail bullets, one string each."),
        "owner": text("Who is responsible for it."),
        "tags": strings("Short labels, e.g. [\"infra\", \"hiring\"]."),
        "notes": text("Speaker notes for this item."),
        "key": flag("`true` promotes the item to the front of its section."),
        "duration": duration("Time planned for this item, e.g. \"5m\" or \"90s\"."),
        "metrics": json!({
            "type": "array",
            "description": "The figures of this item, each written as a [[…metrics]] table under the item.",
            "items": { "$ref": "#/definitions/metric" },
        }),
    });
    if let (Some(all), Value::Object(own)) = (properties.as_object_mut(), own) {
        all.extend(own);
    }
    table(description, &["title"], properties)
}

fn metric() -> Value {
    table(
        "A figure: a current value, and optionally where it started, where it should get to, and its history.",
        &["label"],
        json!({
            "label": text("What is measured, e.g. \"GDP\" or \"p99 latency\". Required, not empty."),
            "unit": text("The unit, without a leading space: \"%\", \"亿元\", \"km²\", \"ms\". Shown after the number as it reads: 5.2%, 33.6亿元, 12.3 km²."),
            "value": {
                "type": ["number", "string"],
                "description": "The current value: a number, shown as written (67.7 stays 67.7), or text where the figure is not a number, e.g. \"3纵31横\".",
            },
            "as_of": date("When `value` was measured; the briefing `date` when absent. The needed growth rate is counted from here."),
            "baseline": point("Where the figure started: `{ value = 26.4, date = 2015-12-31 }`. Progress is measured from here; with a date, so is the time elapsed."),
            "target": { "$ref": "#/definitions/target" },
            "history": {
                "type": "array",
                "description": "Past values in time order, for the sparkline: `[{ value = 26.4, date = 2015-12-31 }, …]`. The first and last dated points give the growth rate achieved.",
                "items": point("One past value, with its date."),
            },
            "better": choice(
                "Which way is better: `higher` (default, or implied by `at_least`) or `lower` (or implied by `at_most`).",
                &["higher", "lower", "up", "down"],
            ),
            "key": flag("`true` marks a headline figure of the item."),
            "note": text("A remark on the figure, such as its source or a caveat."),
            "annual_growth": number("Average growth per year, in percent (5.2 means 5.2% a year), as stated; used when `history` has no two dated points to compute it."),
        }),
    )
}

fn target() -> Value {
    let kinds = ["reach", "at_least", "at_most", "around", "between"];
    let mut table = table(
        "A target with its kind: exactly one of `reach`, `at_least`, `at_most`, `around` (with an optional `tolerance`) or `between`, and an optional deadline `by`.",
        &[],
        json!({
            "reach": number("Reach this value, in the `better` direction: shown as \"60\"."),
            "at_least": number("Met at this value or above: shown as \"≥ 12000000\". Implies better = higher."),
            "at_most": number("Met at this value or below: shown as \"≤ 5.5\". Implies better = lower."),
            "around": number("Met within `tolerance` of this value (5% of it when no tolerance is given): shown as \"≈ 5\"."),
            "tolerance": number("How far from `around` still counts as met, in the metric's unit. Only with `around`."),
            "between": {
                "type": "array",
                "description": "Met inside this range, bounds included, lower bound first: `[4.5, 5]`, shown as \"4.5–5\".",
                "items": { "type": "number" },
                "minItems": 2,
                "maxItems": 2,
            },
            "by": date("The deadline, e.g. 2025-12-31. Gives days left, the time elapsed and the growth rate needed."),
        }),
    );
    table["oneOf"] = kinds.iter().map(|k| json!({ "required": [k] })).collect();
    table["dependencies"] = json!({ "tolerance": ["around"] });
    json!({
        "description": "The target: a plain number means \"reach this\"; a table such as `{ at_least = 60, by = 2025-12-31 }` says the kind and the deadline.",
        "oneOf": [
            number("Reach this value, in the `better` direction."),
            table,
        ],
    })
}

/// A table that refuses unknown keys, as `deny_unknown_fields` does.
fn table(description: &str, required: &[&str], properties: Value) -> Value {
    let mut schema = Map::new();
    schema.insert("type".into(), json!("object"));
    schema.insert("description".into(), json!(description));
    if !required.is_empty() {
        schema.insert("required".into(), json!(required));
    }
    schema.insert("properties".into(), properties);
    schema.insert("additionalProperties".into(), json!(false));
    Value::Object(schema)
}

fn items(description: &str, definition: &str) -> Value {
    json!({
        "type": "array",
        "description": description,
        "items": { "$ref": format!("#/definitions/{definition}") },
    })
}

fn point(description: &str) -> Value {
    table(
        description,
        &["value"],
        json!({
            "value": number("The value then."),
            "date": date("When it had that value, e.g. 2020-12-31."),
        }),
    )
}

fn text(description: &str) -> Value {
    json!({ "type": "string", "description": description })
}

fn strings(description: &str) -> Value {
    json!({ "type": "array", "description": description, "items": { "type": "string" } })
}

fn number(description: &str) -> Value {
    json!({ "type": "number", "description": description })
}

fn flag(description: &str) -> Value {
    json!({ "type": "boolean", "description": description, "default": false })
}

/// A TOML date such as 2025-12-31, written without quotes; taplo hands it to the schema as a
/// string in `date` format.
fn date(description: &str) -> Value {
    json!({ "type": "string", "format": "date", "description": description })
}

fn duration(description: &str) -> Value {
    json!({ "type": "string", "pattern": "^\\s*([0-9]+\\s*[hms]\\s*)+$", "description": description })
}

fn choice(description: &str, values: &[&str]) -> Value {
    json!({ "type": "string", "enum": values, "description": description })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: [&str; 15] = [
        "title",
        "subtitle",
        "presenter",
        "organisation",
        "organization",
        "date",
        "period",
        "summary",
        "notes",
        "language",
        "duration",
        "sections",
        "goals",
        "achievements",
        "challenges",
    ];
    const ITEM: [&str; 10] = [
        "id", "title", "summary", "details", "owner", "tags", "notes", "key", "duration", "metrics",
    ];
    const GOAL: [&str; 2] = ["due", "status"];
    const ACHIEVEMENT: [&str; 1] = ["date"];
    const CHALLENGE: [&str; 3] = ["severity", "mitigation", "threatens"];
    const METRIC: [&str; 11] = [
        "label",
        "unit",
        "value",
        "as_of",
        "baseline",
        "target",
        "history",
        "better",
        "key",
        "note",
        "annual_growth",
    ];
    const TARGET: [&str; 7] = [
        "reach",
        "at_least",
        "at_most",
        "around",
        "tolerance",
        "between",
        "by",
    ];

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

    #[test]
    fn output_is_draft_07_json() {
        let schema = parsed();
        assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
        assert_eq!(schema["type"], "object");
    }

    #[test]
    fn every_key_of_raw_rs_is_described_where_it_belongs() {
        let schema = parsed();
        let defs = &schema["definitions"];
        assert_eq!(keys(&schema), sorted(&ROOT));
        assert_eq!(
            keys(&schema["properties"]["sections"]),
            sorted(&["goals", "achievements", "challenges", "durations"])
        );
        for (name, own) in [
            ("goal", &GOAL[..]),
            ("achievement", &ACHIEVEMENT[..]),
            ("challenge", &CHALLENGE[..]),
        ] {
            assert_eq!(
                keys(&defs[name]),
                sorted(&[&ITEM[..], own].concat()),
                "{name}"
            );
        }
        assert_eq!(keys(&defs["metric"]), sorted(&METRIC));
        assert_eq!(
            keys(&defs["metric"]["properties"]["baseline"]),
            sorted(&["value", "date"])
        );
        assert_eq!(keys(&defs["target"]["oneOf"][1]), sorted(&TARGET));
        let text = json_schema();
        for name in ROOT
            .iter()
            .chain(&ITEM)
            .chain(&GOAL)
            .chain(&ACHIEVEMENT)
            .chain(&CHALLENGE)
            .chain(&METRIC)
            .chain(&TARGET)
        {
            assert!(text.contains(&format!("\"{name}\"")), "`{name}` is missing");
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
            for (i, branch) in schema["oneOf"].as_array().into_iter().flatten().enumerate() {
                walk(branch, &format!("{path}|{i}"));
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
        assert_eq!(
            defs["metric"]["properties"]["baseline"]["required"],
            json!(["value"])
        );
        assert_eq!(
            defs["metric"]["properties"]["history"]["items"]["required"],
            json!(["value"])
        );
        assert!(schema["properties"]["sections"].get("required").is_none());
    }

    #[test]
    fn unknown_keys_are_refused_everywhere() {
        let schema = parsed();
        let defs = &schema["definitions"];
        let tables = [
            &schema,
            &schema["properties"]["sections"],
            &defs["goal"],
            &defs["achievement"],
            &defs["challenge"],
            &defs["metric"],
            &defs["metric"]["properties"]["baseline"],
            &defs["metric"]["properties"]["history"]["items"],
            &defs["target"]["oneOf"][1],
        ];
        for table in tables {
            assert_eq!(
                table["additionalProperties"],
                json!(false),
                "{}",
                table["description"]
            );
        }
    }

    #[test]
    fn target_is_a_number_or_a_table_with_one_kind() {
        let target = &parsed()["definitions"]["target"];
        assert_eq!(target["oneOf"][0]["type"], "number");
        let kinds: Vec<&Value> = target["oneOf"][1]["oneOf"]
            .as_array()
            .expect("kinds")
            .iter()
            .map(|k| &k["required"][0])
            .collect();
        assert_eq!(kinds, ["reach", "at_least", "at_most", "around", "between"]);
        assert_eq!(
            target["oneOf"][1]["dependencies"]["tolerance"],
            json!(["around"])
        );
    }

    #[test]
    fn enums_accept_what_the_loader_accepts() {
        use crate::model::{Severity, Status};
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
        assert_eq!(values(&schema["properties"]["language"])[..2], ["en", "zh"]);
        assert_eq!(
            values(&defs["metric"]["properties"]["better"])[..2],
            ["higher", "lower"]
        );
        assert_eq!(defs["goal"]["properties"]["due"]["format"], "date");
    }
}
