//! `brief schema`: a JSON Schema (draft-07) of the briefing format, for editors.
//!
//! taplo and Even Better TOML read it to offer completion, hover docs and inline errors. It is
//! derived from `model::raw` (schemars): the keys, their types and descriptions are the raw
//! structs' fields and doc comments, so a new key cannot be left out; `model::raw::shapes`
//! adds what types cannot say (sections' own keys, the alias, a target's one kind). Every
//! table refuses unknown keys (`additionalProperties: false`) as `deny_unknown_fields` does.
//! What a schema cannot say — ids unique, `threatens` naming a goal, a date that exists, a
//! range whose bounds are in order — is left to `brief check`. See docs/format.md.

use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;

use serde_json::Value;

use crate::model::raw::RawBriefing;

/// The schema, pretty-printed.
pub fn json_schema() -> String {
    serde_json::to_string_pretty(&schema()).expect("a JSON value always serialises")
}

/// The schema as a JSON value.
pub fn schema() -> Value {
    let mut settings = SchemaSettings::draft07();
    // Before draft-07's own transforms: taking `null` out of `Option<RawPoint>` leaves a `$ref`
    // beside a description, which draft-07 ignores unless it is moved into an `allOf`.
    settings
        .transforms
        .insert(0, Box::new(RecursiveTransform(no_null)));
    settings
        .transforms
        .push(Box::new(RecursiveTransform(one_line_paragraphs)));
    let generator = settings.into_generator();
    generator.into_root_schema_for::<RawBriefing>().to_value()
}

/// The names of the keys whose value is a date, wherever they are: `date`, `due`, `as_of`, `by`.
pub fn date_keys() -> Vec<String> {
    fn walk(schema: &Value, found: &mut Vec<String>) {
        let Some(object) = schema.as_object() else {
            return;
        };
        for (key, property) in object
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if property["format"] == "date" && !found.contains(key) {
                found.push(key.clone());
            }
        }
        for value in object.values() {
            match value {
                Value::Array(values) => values.iter().for_each(|v| walk(v, found)),
                other => walk(other, found),
            }
        }
    }
    let mut found = Vec::new();
    walk(&schema(), &mut found);
    found
}

/// TOML has no null: an absent key is how a file leaves a value out, so the `null` schemars
/// allows for each `Option` is taken out again.
fn no_null(schema: &mut Schema) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(types)) = object.get_mut("type") {
        types.retain(|t| t != "null");
        if let [only] = &types[..] {
            let only = only.clone();
            object.insert("type".into(), only);
        }
    }
    let Some(Value::Array(branches)) = object.get_mut("anyOf") else {
        return;
    };
    branches.retain(|b| b.get("type").is_none_or(|t| t != "null"));
    if let [only] = &branches[..] {
        let only = only.clone();
        object.remove("anyOf");
        if let Value::Object(only) = only {
            for (key, value) in only {
                object.entry(key).or_insert(value);
            }
        }
    }
}

/// Doc comments break lines at 100 columns; an editor's hover should wrap them itself.
fn one_line_paragraphs(schema: &mut Schema) {
    if let Some(Value::String(text)) = schema.get_mut("description") {
        *text = text
            .split("\n\n")
            .map(|p| p.replace('\n', " "))
            .collect::<Vec<_>>()
            .join("\n\n");
    }
}

#[cfg(test)]
mod tests;
