//! Thin entry point: parse the command line, call the library, map the result to an exit code.

use std::process::ExitCode;

use brief::cli::Command;

fn main() -> ExitCode {
    let cli = brief::cli::parse();
    let status = match cli.command {
        Some(Command::Check { paths, format }) => {
            brief::check::run(&paths, format, &mut std::io::stdout().lock()).unwrap_or(1)
        }
        Some(Command::Schema) => {
            println!("{}", brief::schema::json_schema());
            0
        }
        Some(Command::Notes { path, theme }) => brief::runtime::notes_client::run(&path, theme),
        Some(Command::Present { path, theme }) => brief::runtime::run(&[path], theme, true, None),
        Some(Command::Diff { old, new }) => brief::diff::run(
            &old,
            &new,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        )
        .unwrap_or(1),
        Some(Command::Export {
            path,
            to,
            out,
            with_notes,
        }) => brief::export::run(&path, to, out.as_deref(), with_notes),
        None => brief::runtime::run(
            &cli.open.paths,
            cli.open.theme,
            false,
            cli.open.compare.as_deref(),
        ),
    };
    ExitCode::from(u8::try_from(status).unwrap_or(1))
}
