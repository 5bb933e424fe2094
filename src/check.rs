//! `brief check`: validate briefings and print what is wrong, for people or for tools.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::exit::Exit;
use crate::load::{expand_paths, load_file, today};

/// How `brief check` reports: for people, or as JSON for tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Serialize)]
struct FileReport {
    file: PathBuf,
    ok: bool,
    diagnostics: Vec<Diagnostic>,
}

/// Runs the check and says how it ended: clean (warnings allowed), errors in a briefing, or
/// bad usage. An `Err` is a failure to write the report to `out`.
pub fn run(paths: &[PathBuf], format: Format, out: &mut dyn Write) -> std::io::Result<Exit> {
    let files = match expand_paths(paths) {
        Ok(files) => files,
        Err(message) => {
            writeln!(out, "error: {message}")?;
            return Ok(Exit::Usage);
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
    let verdict = if reports.iter().all(|r| r.ok) {
        Exit::Ok
    } else {
        Exit::Problems
    };
    let written = match format {
        Format::Json => writeln!(
            out,
            "{}",
            escape_for_terminal(&serde_json::to_string_pretty(&reports).unwrap_or_default())
        ),
        Format::Human => write_human(&reports, out),
    };
    crate::exit::keep_verdict(verdict, written)
}

/// JSON escapes C0 controls but lets DEL, C1 and bidi controls through raw, and a file name
/// may hold them; escaping them too keeps the output exact for tools and safe on a terminal.
/// Outside strings JSON is ASCII and its only control is the pretty-printer's newline, so every
/// other such character is inside a string.
fn escape_for_terminal(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for ch in json.chars() {
        if ch != '\n' && crate::sanitize::is_unsafe(ch) {
            out.push_str(&format!("\\u{:04x}", u32::from(ch)));
        } else {
            out.push(ch);
        }
    }
    out
}

fn write_human(reports: &[FileReport], out: &mut dyn Write) -> std::io::Result<()> {
    let (mut errors, mut warnings) = (0, 0);
    for report in reports {
        for d in &report.diagnostics {
            writeln!(out, "{}", d.render())?;
            if d.is_error() {
                errors += 1;
            } else {
                warnings += 1;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_output_escapes_c1_del_and_bidi_controls() {
        let text = "a\u{7f}\u{9b}\u{202e}\u{1b}\n";
        let json = serde_json::to_string_pretty(&[text]).unwrap_or_default();
        let escaped = escape_for_terminal(&json);
        assert_eq!(escaped, "[\n  \"a\\u007f\\u009b\\u202e\\u001b\\n\"\n]");
        let back: Vec<String> = serde_json::from_str(&escaped).unwrap_or_default();
        assert_eq!(back, [text]);
    }
}
