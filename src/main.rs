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
        Some(Command::Notes { path, theme }) => brief::startup::notes(&path, theme),
        Some(Command::Present { path, theme }) => brief::startup::open(&[path], None, theme, true),
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
        Some(Command::New {
            file,
            lang,
            from,
            fresh,
        }) => brief::new::run(&file, lang, from.as_deref(), fresh),
        Some(Command::Log { path }) => brief::log::run(&path),
        Some(Command::Completions { shell }) => {
            brief::completions::script(shell, &mut std::io::stdout().lock())
        }
        Some(Command::Man) => brief::completions::man(&mut std::io::stdout().lock()),
        None => brief::startup::open(
            &cli.open.paths,
            cli.open.compare.as_deref(),
            cli.open.theme,
            false,
        ),
    };
    ExitCode::from(u8::try_from(status).unwrap_or(1))
}
