//! The command line, parsed with clap's derive.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum, ValueHint};

#[derive(Debug, Parser)]
#[command(
    name = "brief",
    version,
    about = "Prepare and present a review meeting from the terminal",
    after_help = "With no PATH, brief opens ./briefings/ if it has briefings, else the .toml files of \
                  the current folder; where there are none it says how to start one (brief new FILE)."
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
    /// Briefing files or folders of them [default: ./briefings/, else the .toml files here]
    #[arg(value_hint = ValueHint::AnyPath)]
    pub paths: Vec<PathBuf>,
    /// Colour theme; NO_COLOR in the environment turns colour off whatever the theme
    #[arg(long, value_enum, default_value_t = ThemeName::Dark)]
    pub theme: ThemeName,
    /// Show every figure's change since an older briefing: a file, git:REV (this file as it was
    /// at a git revision, e.g. git:HEAD~1 or a tag) or git:REV:PATH
    #[arg(long, value_name = "OLD", value_hint = ValueHint::FilePath)]
    pub compare: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate briefings without opening the screen (exit 0 clean, 1 errors, 2 bad usage)
    Check {
        #[arg(required = true, value_hint = ValueHint::AnyPath)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Print a JSON Schema of the briefing format, for editor completion and inline errors
    Schema,
    /// Show the presenting brief's speaker notes, next slide, clock and time budget (run it in
    /// a second terminal or tmux pane)
    Notes {
        #[arg(value_hint = ValueHint::FilePath)]
        path: PathBuf,
        #[arg(long, value_enum, default_value_t = ThemeName::Dark)]
        theme: ThemeName,
    },
    /// Open a briefing straight in presentation mode
    Present {
        #[arg(value_hint = ValueHint::FilePath)]
        path: PathBuf,
        #[arg(long, value_enum, default_value_t = ThemeName::Dark)]
        theme: ThemeName,
    },
    /// Print what changed from an older briefing to a newer one, as plain text
    ///
    /// Either may be git:REV (the other file as it was at a git revision) or git:REV:PATH.
    Diff {
        #[arg(value_hint = ValueHint::FilePath)]
        old: PathBuf,
        #[arg(value_hint = ValueHint::FilePath)]
        new: PathBuf,
    },
    /// Write a handout (Markdown or one self-contained HTML file) with the computed figures
    Export {
        #[arg(value_hint = ValueHint::FilePath)]
        path: PathBuf,
        #[arg(long, value_enum)]
        to: ExportFormat,
        /// Output file, written atomically [default: standard output]
        #[arg(short, long, value_hint = ValueHint::FilePath)]
        out: Option<PathBuf>,
        /// Include the speaker notes (left out by default: a handout goes to the audience)
        #[arg(long)]
        with_notes: bool,
    },
    /// Start a briefing: a commented template, or the next meeting's from the last one (--from)
    New {
        /// The file to write; an existing file is never overwritten
        #[arg(value_hint = ValueHint::FilePath)]
        file: PathBuf,
        /// Language of the template [default: zh when LC_ALL or LANG starts with zh, else en]
        #[arg(long, value_enum, conflicts_with = "from")]
        lang: Option<Lang>,
        /// The last meeting's briefing (a file or git:REV:PATH): carry its meta, goals and
        /// figures over, with the date moved to today and each figure's value into its history
        #[arg(long, value_name = "LAST", value_hint = ValueHint::FilePath)]
        from: Option<PathBuf>,
        /// With --from: leave the last meeting's achievements and challenges out, instead of
        /// carrying them over commented out
        #[arg(long, requires = "from")]
        fresh: bool,
    },
    /// List the git revisions that changed a briefing, and what changed in each
    Log {
        #[arg(value_hint = ValueHint::FilePath)]
        path: PathBuf,
    },
    /// Print a shell completion script (see README: Install)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page, in roff (see README: Install)
    Man,
}

/// The language of a new briefing's template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    Zh,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Md,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeName {
    Dark,
    Light,
    HighContrast,
}
