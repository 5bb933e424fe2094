//! The command line, parsed with clap's derive.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

pub use crate::check::Format;
pub use crate::export::ExportFormat;
pub use crate::theme::ThemeName;

#[derive(Debug, Parser)]
#[command(
    name = "brief",
    version,
    about = "Prepare and present a review meeting from the terminal"
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub open: OpenArgs,
}

/// Parses the command line. clap's errors quote the offending argument, and arguments are often
/// file names from a glob, which may hold escape sequences: the error is made again from the
/// arguments as they would be shown, so the terminal sees stand-ins instead.
pub fn parse() -> Cli {
    let error = match Cli::try_parse() {
        Ok(cli) => return cli,
        Err(e) if !e.use_stderr() => e.exit(), // --help, --version
        Err(e) => e,
    };
    let shown = std::env::args_os().map(|a| crate::sanitize::line(&a.to_string_lossy()));
    match Cli::try_parse_from(shown) {
        Err(e) => e.exit(),
        Ok(_) => {
            eprintln!("{}", crate::sanitize::multiline(&error.to_string()));
            std::process::exit(error.exit_code())
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct OpenArgs {
    /// Briefing files or directories of them [default: briefings/]
    pub paths: Vec<PathBuf>,
    /// Colour theme; NO_COLOR in the environment turns colour off whatever the theme
    #[arg(long, value_enum, default_value_t = ThemeName::Dark)]
    pub theme: ThemeName,
    /// Show every figure's change since an older version of the briefing
    #[arg(long, value_name = "OLD_FILE")]
    pub compare: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate briefings without opening the screen (exit 0 clean, 1 errors, 2 bad usage)
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Print a JSON Schema of the briefing format, for editor completion and inline errors
    Schema,
    /// Show the presenting brief's speaker notes, next slide, clock and time budget (run it in
    /// a second terminal or tmux pane)
    Notes {
        path: PathBuf,
        #[arg(long, value_enum, default_value_t = ThemeName::Dark)]
        theme: ThemeName,
    },
    /// Open a briefing straight in presentation mode
    Present {
        path: PathBuf,
        #[arg(long, value_enum, default_value_t = ThemeName::Dark)]
        theme: ThemeName,
    },
    /// Print what changed from an older briefing to a newer one, as plain text
    Diff { old: PathBuf, new: PathBuf },
    /// Write a handout (Markdown or one self-contained HTML file) with the computed figures
    Export {
        path: PathBuf,
        #[arg(long, value_enum)]
        to: ExportFormat,
        /// Output file, written atomically [default: standard output]
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Include the speaker notes (left out by default: a handout goes to the audience)
        #[arg(long)]
        with_notes: bool,
    },
}
