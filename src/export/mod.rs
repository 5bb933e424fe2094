//! `brief export FILE --to md|html [-o OUT] [--with-notes]`: a handout of the briefing with
//! the figures the screen computes.
//!
//! Markdown is for pasting into a wiki or an email; HTML is one self-contained file that prints
//! well on A4. Speaker notes stay out unless asked for: a handout goes to the audience.

pub mod html;
pub mod markdown;
pub mod svg;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::load::{load_file, today};
use crate::model::Briefing;

/// The handout formats `--to` offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Md,
    Html,
}

/// The handout as text.
pub fn render(briefing: &Briefing, to: ExportFormat, with_notes: bool) -> String {
    match to {
        ExportFormat::Md => markdown::render(briefing, with_notes),
        ExportFormat::Html => html::render(briefing, with_notes),
    }
}

/// Loads `path` and writes its handout to `out`, or to standard output. Returns the exit
/// status: 0 written, 1 the briefing has errors or the handout could not be written.
pub fn run(path: &Path, to: ExportFormat, out: Option<&Path>, with_notes: bool) -> i32 {
    let mut stderr = std::io::stderr().lock();
    let briefing = match load_file(path, today()) {
        Ok(loaded) => loaded.briefing,
        Err(errors) => {
            for d in errors {
                let _ = writeln!(stderr, "{}", d.render());
            }
            return 1;
        }
    };
    let text = render(&briefing, to, with_notes);
    let written = match out {
        None => std::io::stdout().lock().write_all(text.as_bytes()),
        Some(out) => write_file(path, out, text.as_bytes()),
    };
    match written {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(stderr, "error: {e}");
            1
        }
    }
}

/// Writes `bytes` to `out` atomically: a reader (a browser reloading, a mail client attaching)
/// sees the old file or the whole new one, never half. Refuses to overwrite the briefing.
pub fn write_file(input: &Path, out: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if same_file(input, out) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            format!(
                "{} is the briefing itself; give the handout another name",
                crate::sanitize::path(out)
            ),
        ));
    }
    let temp = temp_path(out);
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, out)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.map_err(|e| {
        let shown = crate::sanitize::path(out);
        std::io::Error::new(e.kind(), format!("{shown}: {e}"))
    })
}

/// A temporary name beside `out`, so that the rename stays on one file system.
fn temp_path(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "handout".into(), |n| n.to_string_lossy().into_owned());
    out.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Whether the two paths name one file: the same path after links are resolved, or (for a
/// hard link) the same inode.
fn same_file(a: &Path, b: &Path) -> bool {
    if let (Ok(a), Ok(b)) = (a.canonicalize(), b.canonicalize())
        && a == b
    {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
    }
    false
}
