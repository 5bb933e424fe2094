//! Checks made before the screen opens, while the terminal is still in its normal state: what
//! to open when no file is named, files that are not there, the older briefing of `--compare`,
//! and a terminal to draw on. Each problem is said in plain words with what to do instead and
//! exits 2, without writing a single escape code.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::exit::Exit;
use crate::load::{expand_paths, today};
use crate::theme::ThemeName;
use crate::{missing, revision, sanitize};

/// What `brief` with no argument says where there is nothing to open.
pub const NOTHING_HERE: &str =
    "no briefing here: no briefings/ folder and no .toml file in this folder
  start one:   brief new briefing.toml
  or open one: brief FILE.toml (or a folder of them)";

/// `brief [PATH…] [--compare OLD]` and `brief present FILE`, with the user's config: its
/// folder when no path is named, its theme when `--theme` is not given.
pub fn open(
    paths: &[PathBuf],
    compare: Option<&Path>,
    theme: Option<ThemeName>,
    present: bool,
    config: &crate::config::Loaded,
) -> Exit {
    let folder = config.config.folder.iter().cloned().collect::<Vec<_>>();
    let named = if paths.is_empty() { &folder } else { paths };
    let files = match files_to_open(named) {
        Ok(files) => files,
        Err(message) => return usage(&message),
    };
    let baseline = match compare {
        None => None,
        Some(old) => {
            let anchor = match files.as_slice() {
                [one] => Some(one.as_path()),
                _ => None,
            };
            match revision::load(old, anchor, today()) {
                Ok(loaded) => Some(loaded.briefing),
                Err(failure) => {
                    return failure
                        .report(&mut std::io::stderr())
                        .unwrap_or(Exit::Problems);
                }
            }
        }
    };
    if let Some(message) = no_terminal(&files) {
        return usage(&message);
    }
    let theme = theme.or(config.config.theme).unwrap_or(ThemeName::Dark);
    crate::runtime::run(&files, theme, present, baseline, config)
}

/// `brief notes FILE`: it draws on a screen too.
pub fn notes(path: &Path, theme: Option<ThemeName>, config: &crate::config::Loaded) -> Exit {
    let theme = theme.or(config.config.theme).unwrap_or(ThemeName::Dark);
    match no_terminal(&[path.to_path_buf()]) {
        Some(message) => usage(&message),
        None => crate::runtime::notes_client::run(path, theme, &config.config.keymap),
    }
}

/// The briefing files to open: those named (each must exist), else `briefings/`, else the
/// `.toml` files of the current folder. Never a folder of the machine brief was built on.
pub fn files_to_open(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    if paths.is_empty() {
        return ["briefings", "."]
            .iter()
            .map(PathBuf::from)
            .filter(|dir| dir.is_dir())
            .find_map(|dir| expand_paths(&[dir]).ok())
            .ok_or_else(|| NOTHING_HERE.to_owned());
    }
    if let Some(gone) = paths.iter().find(|p| !p.exists()) {
        return Err(missing::message(gone));
    }
    expand_paths(paths)
}

/// Why the screen cannot start here, when standard input or output is not a terminal.
fn no_terminal(files: &[PathBuf]) -> Option<String> {
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    (!tty).then(|| needs_terminal(files))
}

/// Says what to use instead of the screen, with the file's name when there is one.
pub fn needs_terminal(files: &[PathBuf]) -> String {
    let file = match files {
        [one] => sanitize::path(one),
        _ => "FILE".to_owned(),
    };
    format!(
        "the screen needs a terminal, and standard input or output is not one (a pipe, a file, CI)
  to check a briefing: brief check {file}
  for a text handout:  brief export {file} --to md
  for what changed:    brief diff OLD {file}"
    )
}

fn usage(message: &str) -> Exit {
    eprintln!("brief: {message}");
    Exit::Usage
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_file_in_what_to_use_instead() {
        let said = needs_terminal(&[PathBuf::from("q3.toml")]);
        assert!(said.contains("brief check q3.toml\n"), "{said}");
        assert!(said.ends_with("brief diff OLD q3.toml"), "{said}");
        assert!(needs_terminal(&[]).contains("brief export FILE --to md"));
    }
}
