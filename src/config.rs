//! The user's config file: default theme, folder, editor, interface language, and keys.
//!
//! Read from `--config FILE`, else `$XDG_CONFIG_HOME/brief/config.toml`, else
//! `~/.config/brief/config.toml`. Read like a briefing, in two stages (serde mirror with spans,
//! then checked values), and its mistakes are reported the same way (file:line:col, the line,
//! a caret, a hint). A broken config never stops brief: what is wrong is said and left at its
//! default, and everything else in the file still applies.

mod keys;
mod names;
mod print;
mod schema;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::keymap::Keymap;
use crate::model::Language;
use crate::theme::ThemeName;

pub use print::print;
pub use schema::json_schema;

/// The settings in force: each `None` is "not set", and brief's own default applies.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// The file the settings were read from, if any.
    pub file: Option<PathBuf>,
    pub theme: Option<ThemeName>,
    /// Opened when brief is started without a file.
    pub folder: Option<PathBuf>,
    /// The editor command for `e`, before `$VISUAL` and `$EDITOR`.
    pub editor: Option<String>,
    /// The screen's language for briefings that do not name theirs.
    pub language: Option<Language>,
    pub keymap: Keymap,
}

/// A config and what was wrong with the file it came from.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub config: Config,
    pub problems: Vec<Diagnostic>,
}

/// The serde mirror of the file; nothing here is trusted yet.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    theme: Option<Spanned<String>>,
    folder: Option<Spanned<String>>,
    editor: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    #[serde(default)]
    keys: KeyTables,
}

/// `[keys.<screen>]` tables: action -> key names, spans kept for messages.
type KeyTables = BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Vec<Spanned<String>>>>;

/// `$XDG_CONFIG_HOME/brief/config.toml`, else `~/.config/brief/config.toml`.
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| home().map(|h| h.join(".config")))?;
    Some(base.join("brief").join("config.toml"))
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
}

/// Reads `explicit` (`--config FILE`, which must exist), else the default file if there is
/// one; no file at all is no problem.
pub fn load(explicit: Option<&Path>) -> Loaded {
    let Some(path) = explicit.map(Path::to_path_buf).or_else(default_path) else {
        return Loaded::default();
    };
    if explicit.is_none() && std::fs::symlink_metadata(&path).is_err() {
        return Loaded::default();
    }
    let bytes = match crate::load::read_bounded(&path) {
        Ok(bytes) => bytes,
        Err(problems) => return failed(&path, problems),
    };
    match String::from_utf8(bytes) {
        Ok(text) => from_str(&text, &path),
        Err(_) => failed(
            &path,
            vec![
                Diagnostic::error(&path, "the config file is not UTF-8 text")
                    .with_hint("save it as UTF-8 in your editor"),
            ],
        ),
    }
}

fn failed(path: &Path, problems: Vec<Diagnostic>) -> Loaded {
    Loaded {
        config: Config {
            file: Some(path.to_path_buf()),
            ..Config::default()
        },
        problems,
    }
}

/// The config in `text`, read from `path` (for messages and relative folders).
pub fn from_str(text: &str, path: &Path) -> Loaded {
    let raw: RawConfig = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let problem = action_without_screen(text, path)
                .unwrap_or_else(|| crate::load::from_toml_error(&e, text, path));
            return failed(path, vec![problem]);
        }
    };
    let mut check = Check {
        text,
        path,
        problems: Vec::new(),
    };
    let config = Config {
        file: Some(path.to_path_buf()),
        theme: raw.theme.as_ref().and_then(|t| check.theme(t)),
        folder: raw.folder.as_ref().and_then(|f| check.folder(f)),
        editor: raw.editor.as_ref().and_then(|e| check.editor(e)),
        language: raw.language.as_ref().and_then(|l| check.language(l)),
        keymap: keys::remap(&raw.keys, &mut check),
    };
    Loaded {
        config,
        problems: check.problems,
    }
}

/// `next_slide = […]` straight under `[keys]`, the first thing a new user writes: said as
/// what it is (keys are set per screen, and which screens have that action), not as serde's
/// "expected a map".
fn action_without_screen(text: &str, path: &Path) -> Option<Diagnostic> {
    use toml::de::{DeTable, DeValue};
    let table = DeTable::parse(text).ok()?;
    let keys = table
        .get_ref()
        .iter()
        .find(|(k, _)| k.get_ref() == "keys")?
        .1;
    let DeValue::Table(keys) = keys.get_ref() else {
        return None;
    };
    let (name, _) = keys
        .iter()
        .find(|(_, v)| !matches!(v.get_ref(), DeValue::Table(_)))?;
    let defaults = crate::keymap::Keymap::default();
    let mut screens: Vec<String> = defaults
        .bindings
        .iter()
        .filter(|b| names::action_name(b.action) == name.get_ref().as_ref())
        .map(|b| format!("`[keys.{}]`", names::mode_name(b.mode)))
        .collect();
    screens.dedup();
    let hint = if screens.is_empty() {
        let all: Vec<&str> = names::MODES.iter().map(|(n, _)| *n).collect();
        format!(
            "keys are set per screen: write `[keys.<screen>]` above it, the screen one of {}",
            all.join(", ")
        )
    } else {
        format!(
            "write it under {}, the screen it is an action of",
            screens.join(" or ")
        )
    };
    let message = format!("`{}` needs the screen it is for", name.get_ref());
    Some(
        Diagnostic::error(path, message)
            .at(text, name.span())
            .with_hint(hint),
    )
}

/// The second stage: values checked one by one, every problem kept.
struct Check<'a> {
    text: &'a str,
    path: &'a Path,
    problems: Vec<Diagnostic>,
}

impl Check<'_> {
    fn error(&mut self, span: std::ops::Range<usize>, message: String, hint: String) {
        let d = Diagnostic::error(self.path, message).at(self.text, span);
        self.problems.push(d.with_hint(hint));
    }

    /// `value` if it is one of `known`, else a problem with a did-you-mean.
    fn one_of<T: Copy>(
        &mut self,
        what: &str,
        value: &Spanned<String>,
        known: &[(&str, T)],
    ) -> Option<T> {
        let found = known.iter().find(|(name, _)| *name == value.get_ref());
        if found.is_none() {
            let names = known.iter().map(|(n, _)| *n);
            self.error(
                value.span(),
                format!("unknown {what} `{}`", value.get_ref()),
                suggest(value.get_ref(), names),
            );
        }
        found.map(|(_, t)| *t)
    }

    fn theme(&mut self, value: &Spanned<String>) -> Option<ThemeName> {
        use clap::ValueEnum;
        let themes: Vec<(String, ThemeName)> = ThemeName::value_variants()
            .iter()
            .filter_map(|t| Some((t.to_possible_value()?.get_name().to_owned(), *t)))
            .collect();
        let known: Vec<(&str, ThemeName)> = themes.iter().map(|(n, t)| (n.as_str(), *t)).collect();
        self.one_of("theme", value, &known)
    }

    fn language(&mut self, value: &Spanned<String>) -> Option<Language> {
        self.one_of(
            "language",
            value,
            &[("en", Language::En), ("zh", Language::Zh)],
        )
    }

    fn editor(&mut self, value: &Spanned<String>) -> Option<String> {
        match shell_words::split(value.get_ref()) {
            Ok(words) if !words.is_empty() => Some(value.get_ref().clone()),
            _ => {
                self.error(
                    value.span(),
                    "the editor command is empty or its quotes do not close".into(),
                    "write the command as in a shell, e.g. `editor = \"code --wait\"`".into(),
                );
                None
            }
        }
    }

    /// `~/` is the home folder; a relative folder is taken from the config file's folder.
    fn folder(&mut self, value: &Spanned<String>) -> Option<PathBuf> {
        let given = value.get_ref();
        let path = match given.strip_prefix("~/") {
            Some(rest) => home()?.join(rest),
            None if given == "~" => home()?,
            None => self.path.parent().unwrap_or(Path::new(".")).join(given),
        };
        if path.is_dir() {
            return Some(path);
        }
        self.error(
            value.span(),
            format!("no folder `{given}`"),
            format!(
                "`folder` names a folder of briefings; {} is not one",
                crate::sanitize::path(&path)
            ),
        );
        None
    }
}

fn suggest<'a>(value: &str, known: impl Iterator<Item = &'a str> + Clone) -> String {
    did_you_mean(value, known.clone()).map_or_else(
        || {
            let list: Vec<String> = known.map(|k| format!("`{k}`")).collect();
            format!("expected one of {}", list.join(", "))
        },
        |s| format!("did you mean `{s}`?"),
    )
}

impl Loaded {
    /// One line for the footer when the file had problems: the first, and how many more.
    pub fn summary(&self) -> Option<String> {
        let first = self.problems.first()?;
        let more = match self.problems.len() {
            1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        let at = if first.line > 0 {
            format!(
                "{}:{}:{}",
                crate::sanitize::path(&first.file),
                first.line,
                first.column
            )
        } else {
            crate::sanitize::path(&first.file)
        };
        Some(format!(
            "config {at}: {}{more}; defaults used for it",
            first.message
        ))
    }
}
