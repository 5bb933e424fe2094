//! What the schema says that the raw structs' types cannot: the shapes of dates, durations and
//! figures, the items of each section, the `organization` alias, and a target's one kind.
//!
//! These types exist for `#[schemars(with)]` only; nothing is ever deserialized into them.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value, json};

use super::{RawItem, RawTargetTable, SECTION_KEYS, TARGET_COMPANIONS, TARGET_KINDS};
use crate::model::Section;

/// Declares a schema-only type whose schema is always written in place.
macro_rules! inline_shape {
    ($(#[$doc:meta])* $name:ident, $id:literal, $schema:tt) => {
        $(#[$doc])*
        pub struct $name;

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($id)
            }

            fn inline_schema() -> bool {
                true
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

inline_shape!(
    /// A TOML date such as 2025-12-31, written without quotes; editors hand it to the schema as
    /// a string in `date` format.
    Date, "date", { "type": "string", "format": "date" }
);

inline_shape!(
    /// "90s", "5m", "1h30m", as `validate::parse_duration` reads them.
    Duration, "duration", { "type": "string", "pattern": "^\\s*([0-9]+\\s*[hms]\\s*)+$" }
);

inline_shape!(
    /// A number: TOML's integers and floats alike.
    Number, "number", { "type": "number" }
);

inline_shape!(
    /// A metric's value: a number, text for a figure that is not one ("3纵31横"), or a number
    /// the source qualifies (`{ over = 90 }`, `{ under = 5 }`, `{ about = 0.4 }`).
    Figure, "figure", {
        "anyOf": [
            { "type": ["number", "string"] },
            {
                "type": "object",
                "properties": {
                    "over": { "type": "number" },
                    "under": { "type": "number" },
                    "about": { "type": "number" }
                },
                "additionalProperties": false,
                "minProperties": 1,
                "maxProperties": 1
            }
        ]
    }
);

inline_shape!(
    /// A period: "2025", "2025-Q3", "2025-H1", "2025-07", or `{ from = DATE, to = DATE }`.
    PeriodShape, "period", {
        "anyOf": [
            { "type": "string", "pattern": "^\\s*[0-9]{4}(-([Qq][1-4]|[Hh][12]|(0[1-9]|1[0-2])))?\\s*$" },
            {
                "type": "object",
                "properties": {
                    "from": { "type": "string", "format": "date" },
                    "to": { "type": "string", "format": "date" }
                },
                "required": ["from", "to"],
                "additionalProperties": false
            }
        ]
    }
);

/// `target = 60`, `target = { at_least = 60, by = 2025-12-31 }`, or a list of tables, one per
/// period.
#[allow(clippy::large_enum_variant, reason = "a schema-only type, never built")]
#[derive(JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "target")]
pub enum TargetShape {
    /// Reach this value, in the `better` direction.
    Reach(Number),
    Table(RawTargetTable),
    /// A target per period: `[{ around = 5, period = "2024" }, { around = 5, period = "2025" }]`.
    List(Vec<RawTargetTable>),
}

/// A target table has exactly one kind, and a companion key only with its kind; its
/// description lists them from the same constants that `validate` reads.
pub fn one_target_kind(schema: &mut Schema) {
    let kinds = TARGET_KINDS.map(|k| json!({ "required": [k] }));
    let companions: Map<String, Value> = TARGET_COMPANIONS
        .iter()
        .map(|(key, kinds)| {
            let any: Vec<Value> = kinds.iter().map(|k| json!({ "required": [k] })).collect();
            ((*key).to_owned(), json!({ "anyOf": any }))
        })
        .collect();
    let names = TARGET_KINDS.map(|k| format!("`{k}`")).join(", ");
    let with: Vec<String> = TARGET_COMPANIONS
        .iter()
        .map(|(key, kinds)| {
            let owners: Vec<String> = kinds.iter().map(|k| format!("`{k}`")).collect();
            format!("`{key}` only with {}", owners.join(" or "))
        })
        .collect();
    let description = format!(
        "A target with its kind: exactly one of {names} ({}), and an optional deadline `by`.",
        with.join(", ")
    );
    schema.insert("oneOf".into(), json!(kinds));
    schema.insert("dependencies".into(), Value::Object(companions));
    schema.insert("description".into(), json!(description));
}

/// serde's `alias = "organization"`, which schemars does not list, and "one, not both".
pub fn organisation_alias(schema: &mut Schema) {
    let alias = json!({
        "type": "string",
        "description": "Same as `organisation`; give one, not both.",
    });
    if let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        properties.insert("organization".into(), alias);
    }
    schema.insert(
        "not".into(),
        json!({ "required": ["organisation", "organization"] }),
    );
}

pub fn goals(generator: &mut SchemaGenerator) -> Schema {
    section_items(generator, Section::Goals)
}

pub fn achievements(generator: &mut SchemaGenerator) -> Schema {
    section_items(generator, Section::Achievements)
}

pub fn challenges(generator: &mut SchemaGenerator) -> Schema {
    section_items(generator, Section::Challenges)
}

/// The list of one section's items: `RawItem` without the keys of the other sections, as a
/// definition of its own (`goal`, `achievement`, `challenge`).
fn section_items(generator: &mut SchemaGenerator, section: Section) -> Schema {
    let (name, description) = match section {
        Section::Goals => (
            "goal",
            "A goal: something to reach, with a due date and a status.",
        ),
        Section::Achievements => (
            "achievement",
            "An achievement: something done, with when it happened.",
        ),
        Section::Challenges => (
            "challenge",
            "A challenge: a problem or risk, how bad it is, what is done about it, and which goals it threatens.",
        ),
    };
    let mut item = RawItem::json_schema(generator);
    if let Some(properties) = item.get_mut("properties").and_then(Value::as_object_mut) {
        properties.retain(|key, _| {
            SECTION_KEYS
                .iter()
                .all(|(own, owner)| own != key || *owner == section)
        });
    }
    item.insert("description".into(), json!(description));
    generator
        .definitions_mut()
        .insert(name.to_owned(), item.to_value());
    let path = generator
        .settings()
        .definitions_path
        .trim_start_matches('/');
    json_schema!({
        "type": "array",
        "items": { "$ref": format!("#/{path}/{name}") },
    })
}
