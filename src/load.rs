//! Files -> text -> raw -> validated briefing. `load_str` is the testable core.

use std::io::Read as _;
use std::os::unix::fs::OpenOptionsExt as _;
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
    let bytes = read_bounded(path)?;
    load_bytes(&bytes, path, today)
}

/// Validates the bytes of a briefing file, which need not be UTF-8; `path` is only used in
/// messages.
pub fn load_bytes(bytes: &[u8], path: &Path, today: NaiveDate) -> LoadResult {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let offset = e.valid_up_to();
            // Everything before `offset` is valid, so the lossy text places line and column
            // exactly, and shows the bad byte as U+FFFD under the marker.
            let shown = String::from_utf8_lossy(bytes);
            let d = Diagnostic::error(
                path,
                format!("the file is not UTF-8 text: invalid byte at offset {offset}"),
            )
            .at(&shown, offset..offset + '\u{FFFD}'.len_utf8())
            .with_hint("save the file as UTF-8 in your editor");
            return Err(vec![d]);
        }
    };
    load_str(text, path, today)
}

/// Reads at most [`MAX_FILE_BYTES`] of a regular file. Anything else is refused before it is
/// read: opening a FIFO blocks until a writer comes (a FIFO renamed over the briefing froze the
/// screen), and a device such as `/dev/zero` never ends. The file is opened non-blocking and
/// checked again on the open descriptor, in case the path changed between the two looks.
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let fail = |e: std::io::Error| {
        vec![Diagnostic::error(
            path,
            format!("cannot read the file: {e}"),
        )]
    };
    let meta = std::fs::metadata(path).map_err(fail)?;
    regular_and_bounded(path, &meta)?;
    let file = std::fs::OpenOptions::new()
        .read(true)
        // Not blocking on a FIFO; not taking a terminal as the controlling one.
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(fail)?;
    let meta = file.metadata().map_err(fail)?;
    regular_and_bounded(path, &meta)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(fail)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        // The file grew while being read.
        return Err(too_large(path, &format!("more than {MAX_FILE_BYTES}")));
    }
    Ok(bytes)
}

/// A regular file under the size limit, or the diagnostic that says what it is instead.
fn regular_and_bounded(path: &Path, meta: &std::fs::Metadata) -> Result<(), Vec<Diagnostic>> {
    let file_type = meta.file_type();
    if file_type.is_dir() {
        return Err(vec![Diagnostic::error(
            path,
            "this is a directory, not a briefing file",
        )]);
    }
    if !file_type.is_file() {
        let kind = crate::file_kind::describe(file_type);
        return Err(vec![
            Diagnostic::error(path, format!("this is {kind}, not a briefing file")).with_hint(
                "a briefing is a regular file of TOML text; brief does not read pipes, devices \
                 or sockets",
            ),
        ]);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(path, &meta.len().to_string()));
    }
    Ok(())
}

fn too_large(path: &Path, size: &str) -> Vec<Diagnostic> {
    vec![
        Diagnostic::error(
            path,
            format!(
                "the file is {size} bytes, over the {} MiB limit for a briefing",
                MAX_FILE_BYTES >> 20
            ),
        )
        .with_hint("split the briefing, or check that this is the right file"),
    ]
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
pub fn from_toml_error(error: &toml::de::Error, text: &str, path: &Path) -> Diagnostic {
    let literal = error.span().and_then(|s| text.get(s)).unwrap_or("").trim();
    let rest = error.span().and_then(|s| text.get(s.start..)).unwrap_or("");
    let (message, hint) = explain(error.message().trim(), literal, rest);
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

/// `literal` is the source text the error points at, empty when unknown or when the error
/// points between characters; `rest` is the text from that point on.
fn explain(message: &str, literal: &str, rest: &str) -> (String, Option<String>) {
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
        // An empty span is the top level of the file; otherwise it covers the table's header.
        let hint = if literal.is_empty() {
            format!("add `{field} = …` at the top of the file, above the first `[…]` header")
        } else {
            format!("add `{field} = …` to this table")
        };
        return (format!("missing required key `{field}`"), Some(hint));
    }
    if (message.starts_with("invalid float") || message.starts_with("invalid integer"))
        && message.ends_with("expected nothing")
        && !literal.is_empty()
    {
        return (
            format!("unexpected `{literal}` after a number"),
            Some("a figure is a bare number: put the unit in `unit`, e.g. `value = 67.7` and `unit = \"亿元\"`".to_owned()),
        );
    }
    if message.starts_with("unexpected key or value") && rest.starts_with(',') {
        return (
            "unexpected `,` after a value".to_owned(),
            Some("write numbers without commas (`_` may group digits, e.g. `1_332`); one key per line".to_owned()),
        );
    }
    if message.starts_with("string values must be quoted") && !literal.is_empty() {
        let hint =
            if ["yes", "no", "on", "off", "True", "False", "TRUE", "FALSE"].contains(&literal) {
                format!("write `true` or `false` for a yes/no key, or `\"{literal}\"` for text")
            } else {
                format!("write `\"{literal}\"`")
            };
        return ("text must be quoted".to_owned(), Some(hint));
    }
    if message.starts_with("invalid type") {
        let hint = if let Some(raw) = message.split("expected struct ").nth(1) {
            match raw.trim() {
                "RawPoint" => "write a table, e.g. `{ value = 33.6, date = 2020-12-31 }`",
                "RawMetric" => "write a table, e.g. `{ label = \"GDP\", value = 67.7 }`",
                _ => "write a table",
            }
        } else if message.contains("map, expected a sequence") {
            let name = literal.trim_matches(['[', ']', ' ']);
            return (
                "wrong type: a single table, expected a list of tables".to_owned(),
                Some(if literal.starts_with('[') && !literal.starts_with("[[") {
                    format!("write `[[{name}]]`, with double brackets, above each entry")
                } else {
                    "write a list, e.g. `[{ … }, { … }]`, or a `[[…]]` header above each entry"
                        .to_owned()
                }),
            );
        } else if message.contains("expected a string") {
            "put text in quotes, e.g. `\"…\"`"
        } else if message.contains("expected a sequence") {
            "write a list in brackets, e.g. `[\"a\", \"b\"]`"
        } else if message.contains("expected a boolean") {
            "write `true` or `false`"
        } else {
            "check the value's type against docs/format.md"
        };
        let message = message
            .replace("invalid type: ", "wrong type: ")
            .replace("a sequence", "a list");
        let message = match message.split_once("expected struct ") {
            Some((head, _)) => format!("{head}expected a table"),
            None => message,
        };
        return (message, Some(hint.to_owned()));
    }
    if let Some(expected) = message
        .strip_prefix("invalid date, ")
        .filter(|_| !literal.is_empty())
    {
        let hint = if expected.contains("day between") {
            "check the day against the month's length"
        } else if expected.contains("month between") {
            "months run from 01 to 12; write dates as YYYY-MM-DD"
        } else {
            "write dates as YYYY-MM-DD"
        };
        return (
            format!("`{literal}` is not a real date: {expected}"),
            Some(hint.to_owned()),
        );
    }
    if message == "duplicate key" && !literal.is_empty() {
        return (
            format!("duplicate key `{literal}`"),
            Some(format!(
                "`{literal}` is already set in this table; keep only one of them"
            )),
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
