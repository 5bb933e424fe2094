//! `brief completions SHELL` and `brief man`: generated from the clap definition the parser
//! uses, so the subcommands, flags and values they offer cannot drift from what brief accepts.

use std::io::Write;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::exit::{Exit, to_stdout};

/// Prints the completion script for `shell`.
pub fn script(shell: Shell) -> Exit {
    to_stdout(|out| {
        let mut command = Cli::command();
        // clap_complete writes with `write_all(..).expect(..)`; render into memory so that a
        // closed pipe or a full disk is reported, not a panic.
        let mut text = Vec::new();
        clap_complete::generate(shell, &mut command, "brief", &mut text);
        out.write_all(&text)?;
        Ok(Exit::Ok)
    })
}

/// Prints the man page (roff) of brief and its subcommands.
pub fn man() -> Exit {
    to_stdout(|out| {
        render_man(&Cli::command(), out)?;
        Ok(Exit::Ok)
    })
}

/// The top page, then a section per subcommand (`brief new`, …) with its synopsis and
/// options: clap_mangen makes a page per command, and one page is what `man brief` finds.
fn render_man(command: &clap::Command, out: &mut dyn Write) -> std::io::Result<()> {
    clap_mangen::Man::new(command.clone()).render(out)?;
    for sub in command.get_subcommands() {
        let name = format!("brief {}", sub.get_name());
        let mut page = Vec::new();
        let sub = sub.clone().bin_name(name.clone());
        clap_mangen::Man::new(sub).render(&mut page)?;
        out.write_all(as_section(&name, &String::from_utf8_lossy(&page)).as_bytes())?;
    }
    Ok(())
}

/// A subcommand's own page turned into one section of the main page: its title and NAME go,
/// its sections become subsections.
fn as_section(name: &str, page: &str) -> String {
    let mut out = format!(".SH \"{}\"\n", name.to_uppercase());
    let mut in_name = false;
    for line in page.lines() {
        if line.starts_with(".TH ") || line.starts_with(".ie ") || line.starts_with(".el ") {
            continue;
        }
        if let Some(heading) = line.strip_prefix(".SH ") {
            in_name = heading == "NAME";
            if !in_name {
                out.push_str(&format!(".SS {heading}\n"));
            }
            continue;
        }
        if !in_name {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
