//! Files -> text -> raw -> validated briefing. `load_str` is the testable core.

use std::io::Read as _;
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

mod dates;
mod explain;

/// A toml/serde error as a diagnostic, for every file read like a briefing (the config too).
pub use explain::toml_error as from_toml_error;
mod misplaced;

use crate::diagnostic::Diagnostic;
use crate::model::Briefing;
use crate::model::raw::RawBriefing;
use crate::model::validate::validate;

/// Larger than any briefing a person writes; stops a stray log file from freezing the screen.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct Loaded {
    pub briefing: Briefing,
    pub warnings: Vec<Diagnostic>,
    /// Unique to this reading (a clone shares it): what is worked out from a version, such as
    /// the detail's wrapped lines, can be kept under it and is never mistaken for another's.
    pub id: u64,
}

/// The next [`Loaded::id`].
fn next_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
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
        toml::from_str(text).map_err(|e| vec![explain::toml_error(&e, text, path)])?;
    let briefing = validate(raw, text, path, today)?;
    let warnings = crate::lint::lint(&briefing, text, path);
    Ok(Loaded {
        briefing,
        warnings,
        id: next_id(),
    })
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
