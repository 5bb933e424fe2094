//! `brief config --print`: the config in force, as a config file that reads back the same.
//! Settings left unset are shown commented out, with what applies instead; every action of
//! the key table is listed with its keys, ready to copy and change.

use std::fmt::Write as _;

use super::Config;
use super::names::{MODES, action_name, key_names};
use crate::model::Language;

/// The text of the config in force.
pub fn print(config: &Config) -> String {
    let mut out = String::new();
    let source = config.file.as_ref().map_or_else(
        || "no config file: these are the defaults".to_owned(),
        |f| format!("read from {}", crate::sanitize::path(f)),
    );
    let _ = writeln!(out, "# The configuration brief uses: {source}.");
    let theme = config.theme.map(|t| {
        use clap::ValueEnum;
        t.to_possible_value()
            .map_or_else(String::new, |v| v.get_name().to_owned())
    });
    setting(&mut out, "theme", theme, "dark");
    let folder = config
        .folder
        .as_ref()
        .map(|f| f.to_string_lossy().into_owned());
    setting(
        &mut out,
        "folder",
        folder,
        "briefings/ here, else the .toml files of this folder",
    );
    setting(
        &mut out,
        "editor",
        config.editor.clone(),
        "$VISUAL, else $EDITOR, else vi",
    );
    let language = config.language.map(|l| match l {
        Language::En => "en".to_owned(),
        Language::Zh => "zh".to_owned(),
    });
    setting(
        &mut out,
        "language",
        language,
        "en, unless the briefing says",
    );
    for (name, mode) in MODES {
        let _ = writeln!(out, "\n[keys.{name}]");
        for binding in config.keymap.bindings.iter().filter(|b| b.mode == mode) {
            let keys: Vec<String> = key_names(&binding.keys)
                .into_iter()
                .map(|k| quoted(&k))
                .collect();
            let _ = writeln!(
                out,
                "{} = [{}]",
                action_name(binding.action),
                keys.join(", ")
            );
        }
    }
    out
}

fn setting(out: &mut String, key: &str, value: Option<String>, default: &str) {
    let _ = match value {
        Some(value) => writeln!(out, "{key} = {}", quoted(&value)),
        None => writeln!(out, "# {key} is not set: {default}"),
    };
}

/// A TOML string, escaped as TOML escapes it (a control character in a path stays escaped).
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}
