//! The command line, parsed with clap's derive.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueHint};

pub use crate::check::Format;
pub use crate::export::{ExportArgs, ExportFormat};
pub use crate::new::Lang;
pub use crate::theme::ThemeName;

use crate::exit::Exit;

#[derive(Debug, Parser)]
#[command(
    name = "brief",
    version,
    about = "Prepare and present a review meeting from the terminal",
    after_help = HELP_AFTER
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub open: OpenArgs,
    /// Read this config file instead of $XDG_CONFIG_HOME/brief/config.toml (see `brief config`)
    #[arg(long, global = true, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub config: Option<PathBuf>,
}

/// The exit statuses, shown at the end of `--help`; `main` maps [`Exit`] to these numbers.
macro_rules! exit_status {
    () => {
        "Exit status:
  0  done: the briefings are clean, the output written
  1  a briefing has errors, or brief refused to write where it was asked
  2  bad usage: an unknown option, a missing argument
  3  the output could not be written (a full disk, an I/O error); a reader that closes the pipe early is not an error
  128+N  the screen was ended by signal N (TERM 143, HUP 129, INT 130), the terminal restored"
    };
}

/// What `brief --help` ends with: what opens with no path, and the exit statuses.
const HELP_AFTER: &str = concat!(
    "With no PATH, brief opens ./briefings/ if it has briefings, else the .toml files of the \
     current folder; where there are none it says how to start one (brief new FILE).\n\n",
    exit_status!()
);

const EXIT_STATUS: &str = exit_status!();

/// Parses the command line, or prints why it cannot (or the help) and says how to end.
/// clap's errors quote the offending argument, and arguments are often file names from a
/// glob, which may hold escape sequences: the error is made again from the arguments as they
/// would be shown, so the terminal sees stand-ins instead.
pub fn parse() -> Result<Cli, Exit> {
    let error = match Cli::try_parse_from(config_after_subcommand(std::env::args_os().collect())) {
        Ok(cli) => return Ok(cli),
        Err(e) => e,
    };
    if !error.use_stderr() {
        // --help, --version: the output of the command, so its write errors count.
        let written = error.print().and_then(|()| std::io::stdout().flush());
        return Err(written.map_or_else(|e| crate::exit::output_failed(&e), |()| Exit::Ok));
    }
    let shown = config_after_subcommand(std::env::args_os().collect())
        .into_iter()
        .map(|a| crate::sanitize::line(&a.to_string_lossy()));
    match Cli::try_parse_from(shown) {
        Err(e) => {
            let _ = e.print();
        }
        Ok(_) => eprintln!("{}", crate::sanitize::multiline(&error.to_string())),
    }
    Err(Exit::Usage)
}

/// `brief --config FILE check x.toml` reads as the person meant it: the global `--config`
/// written before a subcommand is moved after its name. (With `args_conflicts_with_subcommands`,
/// which keeps `brief FILE` from taking a subcommand, clap would read `check` as a file.)
pub fn config_after_subcommand(mut args: Vec<OsString>) -> Vec<OsString> {
    use clap::CommandFactory;
    let taken = match args.get(1).and_then(|a| a.to_str()) {
        Some("--config") => 2,
        Some(a) if a.starts_with("--config=") => 1,
        _ => return args,
    };
    let is_subcommand = args
        .get(1 + taken)
        .and_then(|a| a.to_str())
        .is_some_and(|name| {
            Cli::command()
                .get_subcommands()
                .any(|c| c.get_name() == name || c.get_all_aliases().any(|alias| alias == name))
            // clap's own `help` subcommand is added when the command is built.
            || name == "help"
        });
    if is_subcommand && args.len() > 1 + taken {
        args[1..=taken + 1].rotate_left(taken);
    }
    args
}

#[derive(Debug, clap::Args)]
pub struct OpenArgs {
    /// Briefing files or folders of them [default: ./briefings/, else the .toml files here]
    #[arg(value_hint = ValueHint::AnyPath)]
    pub paths: Vec<PathBuf>,
    /// Colour theme [default: the config's `theme`, else dark]; NO_COLOR in the environment
    /// turns colour off whatever the theme
    #[arg(long, value_enum)]
    pub theme: Option<ThemeName>,
    /// Show every figure's change since an older briefing: a file, git:REV (this file as it was
    /// at a git revision, e.g. git:HEAD~1 or a tag) or git:REV:PATH
    #[arg(long, value_name = "OLD", value_hint = ValueHint::FilePath)]
    pub compare: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate briefings without opening the screen (exit 0 clean, 1 errors, 2 bad usage, 3
    /// output not written)
    #[command(after_help = EXIT_STATUS)]
    Check {
        #[arg(required = true, value_hint = ValueHint::AnyPath)]
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
        #[arg(value_hint = ValueHint::FilePath)]
        path: PathBuf,
        /// Colour theme [default: the config's `theme`, else dark]
        #[arg(long, value_enum)]
        theme: Option<ThemeName>,
    },
    /// Open a briefing straight in presentation mode
    Present {
        #[arg(value_hint = ValueHint::FilePath)]
        path: PathBuf,
        /// Colour theme [default: the config's `theme`, else dark]
        #[arg(long, value_enum)]
        theme: Option<ThemeName>,
    },
    /// Print what changed from an older briefing to a newer one, as plain text
    ///
    /// Either may be git:REV (the other file as it was at a git revision) or git:REV:PATH.
    #[command(after_help = EXIT_STATUS)]
    Diff {
        #[arg(value_hint = ValueHint::FilePath)]
        old: PathBuf,
        #[arg(value_hint = ValueHint::FilePath)]
        new: PathBuf,
    },
    /// Write a handout (Markdown or one self-contained HTML file) with the computed figures
    #[command(after_help = EXIT_STATUS)]
    Export(ExportArgs),
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
        /// The briefing, in a git repository: each commit that changed it, newest first
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
    /// Show the config in force (theme, folder, editor, language, keys), or its JSON Schema
    Config {
        /// Print the config in force, as a config file [the default]
        #[arg(long, conflicts_with = "schema")]
        print: bool,
        /// Print a JSON Schema of the config file, for editor completion and inline errors
        #[arg(long)]
        schema: bool,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lifted(args: &[&str]) -> Vec<String> {
        config_after_subcommand(args.iter().map(OsString::from).collect())
            .into_iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn a_config_before_the_subcommand_moves_after_its_name() {
        assert_eq!(
            lifted(&["brief", "--config", "c.toml", "check", "x.toml"]),
            ["brief", "check", "--config", "c.toml", "x.toml"]
        );
        assert_eq!(
            lifted(&["brief", "--config=c.toml", "export", "x.toml"]),
            ["brief", "export", "--config=c.toml", "x.toml"]
        );
        assert_eq!(
            lifted(&["brief", "--config", "c.toml", "help"]),
            ["brief", "help", "--config", "c.toml"]
        );
        // Before a file to open, it stays: the top level takes it.
        assert_eq!(
            lifted(&["brief", "--config", "c.toml", "x.toml"]),
            ["brief", "--config", "c.toml", "x.toml"]
        );
        let cli = Cli::try_parse_from(config_after_subcommand(
            ["brief", "--config", "c.toml", "check", "x.toml"]
                .map(OsString::from)
                .to_vec(),
        ))
        .expect("parses");
        assert!(matches!(cli.command, Some(Command::Check { .. })));
        assert_eq!(cli.config, Some(PathBuf::from("c.toml")));
    }
}
