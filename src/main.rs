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
        Some(Command::Notes { path, theme }) => {
            brief::startup::notes(&path, theme, &config(cli.config.as_deref()))
        }
        Some(Command::Present { path, theme }) => {
            brief::startup::open(&[path], None, theme, true, &config(cli.config.as_deref()))
        }
        Some(Command::New {
            file,
            lang,
            from,
            fresh,
        }) => brief::new::run(&file, lang, from.as_deref(), fresh),
        Some(Command::Log { path }) => brief::log::run(&path),
        Some(Command::Completions { shell }) => brief::completions::script(shell),
        Some(Command::Man) => brief::completions::man(),
        Some(Command::Config { schema, .. }) => to_stdout(|out| {
            if schema {
                writeln!(out, "{}", brief::config::json_schema())?;
                return Ok(Exit::Ok);
            }
            let loaded = brief::config::load(cli.config.as_deref());
            write!(out, "{}", brief::config::print(&loaded.config))?;
            for problem in &loaded.problems {
                eprint!("{}", problem.render());
            }
            Ok(if loaded.problems.is_empty() {
                Exit::Ok
            } else {
                Exit::Problems
            })
        }),
        None => brief::startup::open(
            &cli.open.paths,
            cli.open.compare.as_deref(),
            cli.open.theme,
            false,
            &config(cli.config.as_deref()),
        ),
    }
}

/// The config for a screen: its problems are said on standard error before the screen opens
/// (they are there again after it closes), and the screen starts all the same.
fn config(path: Option<&std::path::Path>) -> brief::config::Loaded {
    let loaded = brief::config::load(path);
    for problem in &loaded.problems {
        eprint!("{}", problem.render());
    }
    loaded
}
