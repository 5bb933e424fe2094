//! The command line, parsed with clap's derive.

use std::io::Write as _;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

pub use crate::check::Format;
pub use crate::export::{ExportArgs, ExportFormat};
pub use crate::theme::ThemeName;

use crate::exit::Exit;

#[derive(Debug, Parser)]
#[command(
    name = "brief",
    version,
    about = "Prepare and present a review meeting from the terminal",
    after_help = EXIT_STATUS
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub open: OpenArgs,
}

/// The exit statuses, shown at the end of `--help`; `main` maps [`Exit`] to these numbers.
const EXIT_STATUS: &str = "Exit status:
  0  done: the briefings are clean, the output written
  1  a briefing has errors, or brief refused to write where it was asked
  2  bad usage: an unknown option, a missing argument
  3  the output could not be written (a full disk, an I/O error); a reader that closes the pipe early is not an error
  128+N  the screen was ended by signal N (TERM 143, HUP 129, INT 130), the terminal restored";

/// Parses the command line, or prints why it cannot (or the help) and says how to end.
/// clap's errors quote the offending argument, and arguments are often file names from a
/// glob, which may hold escape sequences: the error is made again from the arguments as they
/// would be shown, so the terminal sees stand-ins instead.
pub fn parse() -> Result<Cli, Exit> {
    let error = match Cli::try_parse() {
        Ok(cli) => return Ok(cli),
        Err(e) => e,
    };
    if !error.use_stderr() {
        // --help, --version: the output of the command, so its write errors count.
        let written = error.print().and_then(|()| std::io::stdout().flush());
        return Err(written.map_or_else(|e| crate::exit::output_failed(&e), |()| Exit::Ok));
    }
    let shown = std::env::args_os().map(|a| crate::sanitize::line(&a.to_string_lossy()));
    match Cli::try_parse_from(shown) {
        Err(e) => {
            let _ = e.print();
        }
        Ok(_) => eprintln!("{}", crate::sanitize::multiline(&error.to_string())),
    }
    Err(Exit::Usage)
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
    /// Validate briefings without opening the screen (exit 0 clean, 1 errors, 2 bad usage, 3
    /// output not written)
    #[command(after_help = EXIT_STATUS)]
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Print a JSON Schema of the briefing format, for editor completion and inline errors
    #[command(after_help = EXIT_STATUS)]
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
    #[command(after_help = EXIT_STATUS)]
    Diff { old: PathBuf, new: PathBuf },
    /// Write a handout (Markdown or one self-contained HTML file) with the computed figures
    #[command(after_help = EXIT_STATUS)]
    Export(ExportArgs),
}
