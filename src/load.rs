//! Files -> text -> raw -> validated briefing. `load_str` is the testable core.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::model::Briefing;
use crate::model::raw::RawBriefing;
use crate::model::validate::validate;

/// Larger than any briefing a person writes; stops a stray log file from freezing the screen.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct Loaded {
    pub briefing: Briefing,
    pub warnings: Vec<Diagnostic>,
}

pub type LoadResult = Result<Loaded, Vec<Diagnostic>>;

pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Reads and validates one file.
pub fn load_file(path: &Path, today: NaiveDate) -> LoadResult {
    let bytes = read_bounded(path).map_err(|d| vec![*d])?;
    load_bytes(&bytes, path, today)
}

/// Validates the bytes of a briefing file, which need not be UTF-8; `path` is only used in
/// messages.
pub fn load_bytes(bytes: &[u8], path: &Path, today: NaiveDate) -> LoadResult {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let offset = e.valid_up_to();
            let d = Diagnostic::error(
                path,
                format!("the file is not UTF-8 text: invalid byte at offset {offset}"),
            )
            .with_hint("save the file as UTF-8 in your editor");
            return Err(vec![d]);
        }
    };
    load_str(text, path, today)
}

fn read_bounded(path: &Path) -> Result<Vec<u8>, Box<Diagnostic>> {
    let fail = |e: std::io::Error| {
        Box::new(Diagnostic::error(
            path,
            format!("cannot read the file: {e}"),
        ))
    };
    let meta = std::fs::metadata(path).map_err(fail)?;
    if meta.is_dir() {
        return Err(Box::new(Diagnostic::error(
            path,
            "this is a directory, not a briefing file",
        )));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Box::new(
            Diagnostic::error(
                path,
                format!(
                    "the file is {} bytes, over the {} MiB limit for a briefing",
                    meta.len(),
                    MAX_FILE_BYTES >> 20
                ),
            )
            .with_hint("split the briefing, or check that this is the right file"),
        ));
    }
    std::fs::read(path).map_err(fail)
}

/// Parses and validates briefing text; `path` is only used in messages.
pub fn load_str(text: &str, path: &Path, today: NaiveDate) -> LoadResult {
    if text.trim().is_empty() {
        return Err(vec![
            Diagnostic::error(path, "the file is empty")
                .with_hint("a briefing needs at least `title = \"…\"`"),
        ]);
    }
    let raw: RawBriefing =
        toml::from_str(text).map_err(|e| vec![from_toml_error(&e, text, path)])?;
    validate(raw, text, path, today).map(|(briefing, warnings)| Loaded { briefing, warnings })
}

/// Turns a toml/serde error into a diagnostic with a plain message and a hint.
fn from_toml_error(error: &toml::de::Error, text: &str, path: &Path) -> Diagnostic {
    let mut message = error.message().trim().to_owned();
    if let Some(literal) = error
        .span()
        .and_then(|s| text.get(s))
        .filter(|_| message.contains("day between"))
    {
        message = format!(
            "`{literal}` is not a real date: {}",
            message.trim_start_matches("invalid date, ")
        );
    }
    let (message, hint) = explain(&message);
    let d = Diagnostic::error(path, message);
    let d = match error.span() {
        Some(span) => d.at(text, span),
        None => d,
    };
    match hint {
        Some(hint) => d.with_hint(hint),
        None => d,
    }
}

fn explain(message: &str) -> (String, Option<String>) {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let hint = did_you_mean(field, known.iter().copied()).map_or_else(
            || {
                format!(
                    "expected one of {}",
                    known
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            },
            |s| format!("did you mean `{s}`?"),
        );
        return (format!("unknown key `{field}`"), Some(hint));
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return (
            format!("missing required key `{field}`"),
            Some(format!("add `{field} = …` to this table")),
        );
    }
    if message.starts_with("invalid type") {
        let hint = if message.contains("expected a string") {
            "put text in quotes, e.g. `\"…\"`"
        } else if message.contains("expected a sequence") {
            "write a list in brackets, e.g. `[\"a\", \"b\"]`"
        } else if message.contains("expected a boolean") {
            "write `true` or `false`"
        } else {
            "check the value's type against docs/format.md"
        };
        return (
            message.replace("invalid type: ", "wrong type: "),
            Some(hint.to_owned()),
        );
    }
    if message.contains("day between") {
        return (
            message.to_owned(),
            Some("check the day against the month's length".to_owned()),
        );
    }
    (message.to_owned(), None)
}

/// The briefing files named by `args`: files as given, directories by their `*.toml`, sorted.
pub fn expand_paths(args: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for arg in args {
        if arg.is_dir() {
            let shown = crate::sanitize::path(arg);
            let entries = std::fs::read_dir(arg).map_err(|e| format!("{shown}: {e}"))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(format!("{shown}: no .toml briefing in this directory"));
            }
            files.extend(found);
        } else {
            files.push(arg.clone());
        }
    }
    Ok(files)
}
