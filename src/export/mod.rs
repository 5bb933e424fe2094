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

use crate::atomic::{self, Overwrite, Refusal};
use crate::exit::{Exit, to_stdout};
use crate::load::{load_file, today};
use crate::model::Briefing;

/// The handout formats `--to` offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Md,
    Html,
}

/// `brief export`'s arguments.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub path: PathBuf,
    #[arg(long, value_enum)]
    pub to: ExportFormat,
    /// Output file, a regular file written atomically, keeping its mode; `-` is standard
    /// output [default: standard output]
    #[arg(short, long, value_hint = clap::ValueHint::FilePath)]
    pub out: Option<PathBuf>,
    /// Include the speaker notes (left out by default: a handout goes to the audience)
    #[arg(long)]
    pub with_notes: bool,
    /// Replace OUT even if it is read-only (it stays read-only)
    #[arg(long)]
    pub force: bool,
}

/// The handout as text.
pub fn render(briefing: &Briefing, to: ExportFormat, with_notes: bool) -> String {
    match to {
        ExportFormat::Md => markdown::render(briefing, with_notes),
        ExportFormat::Html => html::render(briefing, with_notes),
    }
}

/// Loads the briefing and writes its handout to `-o OUT`, or to standard output (no `-o`, or
/// `-o -`).
pub fn run(args: &ExportArgs) -> Exit {
    let briefing = match load_file(&args.path, today()) {
        Ok(loaded) => loaded.briefing,
        Err(errors) => {
            let mut stderr = std::io::stderr().lock();
            for d in errors {
                let _ = writeln!(stderr, "{}", d.render());
            }
            return Exit::Problems;
        }
    };
    let text = render(&briefing, args.to, args.with_notes);
    let overwrite = if args.force {
        Overwrite::Force
    } else {
        Overwrite::IfWritable
    };
    match args.out.as_deref() {
        Some(out) if out != Path::new("-") => {
            write_file(&args.path, out, text.as_bytes(), overwrite)
        }
        _ => to_stdout(|stdout| stdout.write_all(text.as_bytes()).map(|()| Exit::Ok)),
    }
}

/// Writes the handout to `out` with [`atomic::write`]: a reader (a browser reloading, a mail
/// client attaching) sees the old file or the whole new one, never half. Refuses to write over
/// the briefing itself, and says what to do when refused.
fn write_file(input: &Path, out: &Path, bytes: &[u8], overwrite: Overwrite) -> Exit {
    let refusal = if same_file(input, out) {
        format!(
            "{} is the briefing itself; give the handout another name",
            crate::sanitize::path(out)
        )
    } else {
        match atomic::write(out, bytes, overwrite) {
            Ok(()) => return Exit::Ok,
            Err(e @ atomic::Error::Failed(_)) => {
                let _ = writeln!(std::io::stderr().lock(), "error: {e}");
                return Exit::Output;
            }
            Err(e) => format!("{e}{}", what_to_do(&e)),
        }
    };
    let _ = writeln!(std::io::stderr().lock(), "error: {refusal}");
    Exit::Problems
}

/// The way out of a refusal, in export's own words.
fn what_to_do(refusal: &atomic::Error) -> &'static str {
    match refusal {
        atomic::Error::Refused {
            why: Refusal::NotRegular("a directory"),
            ..
        } => "; name the file to write in it, e.g. `-o DIR/handout.html`",
        atomic::Error::Refused {
            why: Refusal::NotRegular(_),
            ..
        } => "; `-o -` writes the handout to standard output, for a pipe or a device",
        atomic::Error::Refused {
            why: Refusal::ReadOnly,
            ..
        } => "; --force replaces it",
        _ => "",
    }
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
