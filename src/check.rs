//! `brief check`: validate briefings and print what is wrong, for people or for tools.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use crate::cli::Format;
use crate::diagnostic::Diagnostic;
use crate::load::{expand_paths, load_file, today};

#[derive(Serialize)]
struct FileReport {
    file: PathBuf,
    ok: bool,
    diagnostics: Vec<Diagnostic>,
}

/// Runs the check and returns the exit status: 0 clean, 1 errors, 2 bad usage.
pub fn run(paths: &[PathBuf], format: Format, out: &mut dyn Write) -> std::io::Result<i32> {
    let files = match expand_paths(paths) {
        Ok(files) => files,
        Err(message) => {
            writeln!(out, "error: {message}")?;
            return Ok(2);
        }
    };
    let today = today();
    let reports: Vec<FileReport> = files
        .into_iter()
        .map(|file| {
            let (ok, diagnostics) = match load_file(&file, today) {
                Ok(loaded) => (true, loaded.warnings),
                Err(errors) => (false, errors),
            };
            FileReport {
                file,
                ok,
                diagnostics,
            }
        })
        .collect();
    match format {
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&reports).unwrap_or_default()
        )?,
        Format::Human => write_human(&reports, out)?,
    }
    Ok(if reports.iter().all(|r| r.ok) { 0 } else { 1 })
}

fn write_human(reports: &[FileReport], out: &mut dyn Write) -> std::io::Result<()> {
    let (mut errors, mut warnings) = (0, 0);
    for report in reports {
        for d in &report.diagnostics {
            writeln!(out, "{}", d.render())?;
            if d.is_error() {
                errors += 1
            } else {
                warnings += 1
            }
        }
    }
    let files = reports.len();
    let bad = reports.iter().filter(|r| !r.ok).count();
    writeln!(
        out,
        "checked {files} file{}: {} clean, {bad} with errors ({errors} error{}, {warnings} warning{})",
        plural(files),
        files - bad,
        plural(errors),
        plural(warnings)
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
