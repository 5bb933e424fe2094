//! Thin entry point: parse the command line, call the library, map the result to an exit code.
//! The numbers live here only (and in `--help`, see `cli::EXIT_STATUS`).

use std::process::ExitCode;

use brief::cli::Command;
use brief::exit::{Exit, to_stdout};

fn main() -> ExitCode {
    let exit = match brief::cli::parse() {
        Ok(cli) => run(cli),
        Err(exit) => exit,
    };
    ExitCode::from(match exit {
        Exit::Ok => 0,
        Exit::Problems => 1,
        Exit::Usage => 2,
        Exit::Output => 3,
        Exit::Signal(n) => 128_u8.saturating_add(n),
    })
}

fn run(cli: brief::cli::Cli) -> Exit {
    match cli.command {
        Some(Command::Check { paths, format }) => {
            to_stdout(|out| brief::check::run(&paths, format, out))
        }
        Some(Command::Schema) => to_stdout(|out| {
            writeln!(out, "{}", brief::schema::json_schema())?;
            Ok(Exit::Ok)
        }),
        Some(Command::Diff { old, new }) => {
            to_stdout(|out| brief::diff::run(&old, &new, out, &mut std::io::stderr().lock()))
        }
        Some(Command::Export(args)) => brief::export::run(&args),
        Some(Command::Notes { path, theme }) => screen(brief::notes::client::run(&path, theme)),
        Some(Command::Present { path, theme }) => {
            screen(brief::app::run(&[path], theme, true, None))
        }
        None => screen(brief::app::run(
            &cli.open.paths,
            cli.open.theme,
            false,
            cli.open.compare.as_deref(),
        )),
    }
}

/// The screens still report a number (0 quit, 1 failed, 2 bad usage, 128 + N ended by signal
/// N); they move to the runtime folder with the restructure, and will return an [`Exit`] there.
fn screen(status: i32) -> Exit {
    match status {
        0 => Exit::Ok,
        2 => Exit::Usage,
        129.. => Exit::Signal(u8::try_from(status - 128).unwrap_or(u8::MAX)),
        _ => Exit::Problems,
    }
}
