//! `brief config --schema`: a JSON Schema of the config file, for editor completion and
//! inline errors (taplo, Even Better TOML). Made with schemars from a plain mirror of the
//! file, then given what serde cannot say: the theme and language names, and for each
//! `[keys.<screen>]` table the actions of that screen.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde_json::{Value, json};

use super::names::{MODES, action_name};
use crate::keymap::Keymap;

/// The config file, as documented in docs/config.md.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "brief config")]
#[allow(dead_code)]
struct ConfigFile {
    /// Colour theme when `--theme` is not given.
    theme: Option<String>,
    /// The folder opened when brief is started without a file; `~/` is the home folder, a
    /// relative folder is taken from this file's folder.
    folder: Option<String>,
    /// The editor command for `e`, split as a shell splits it; before $VISUAL and $EDITOR.
    editor: Option<String>,
    /// The screen's language for briefings that do not name theirs.
    language: Option<String>,
    /// New keys per screen: `[keys.present] next_slide = ["Right", "n"]`.
    keys: Option<BTreeMap<String, BTreeMap<String, Vec<String>>>>,
}

/// The JSON Schema, pretty-printed.
pub fn json_schema() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(ConfigFile)).unwrap_or_default();
    if let Some(properties) = schema.get_mut("properties") {
        properties["theme"]["enum"] = json!(themes());
        properties["language"]["enum"] = json!(["en", "zh"]);
        properties["keys"] = keys_schema();
    }
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

fn themes() -> Vec<String> {
    use clap::ValueEnum;
    crate::theme::ThemeName::value_variants()
        .iter()
        .filter_map(|t| Some(t.to_possible_value()?.get_name().to_owned()))
        .collect()
}

/// One object per screen, whose keys are that screen's actions, each a list of key names.
fn keys_schema() -> Value {
    let keymap = Keymap::default();
    let key_list = json!({
        "type": "array",
        "items": { "type": "string" },
        "description": "Keys: one character, Ctrl-X, F1–F12, Up Down Left Right Tab S-Tab Enter Esc Bksp Home End PgUp PgDn Del Ins Space"
    });
    let screens: serde_json::Map<String, Value> = MODES
        .iter()
        .map(|(name, mode)| {
            let actions: serde_json::Map<String, Value> = keymap
                .bindings
                .iter()
                .filter(|b| b.mode == *mode)
                .map(|b| (action_name(b.action).to_owned(), key_list.clone()))
                .collect();
            let table =
                json!({ "type": "object", "properties": actions, "additionalProperties": false });
            ((*name).to_owned(), table)
        })
        .collect();
    json!({
        "description": "New keys per screen; `any` applies on every screen unless the screen binds the key itself",
        "type": "object",
        "properties": screens,
        "additionalProperties": false
    })
}
