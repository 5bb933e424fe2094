//! Opening the briefing in the user's editor at a line.
//!
//! The path goes to the editor as the operating system gave it: a file name that is not UTF-8
//! must reach the editor byte for byte (a lossy copy names a file that does not exist), and a
//! name starting with `-` must not be read as an option.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The editor command: `configured` (the config file's `editor`), else `$VISUAL`, else
/// `$EDITOR`, else `vi`; with arguments that put the cursor on `line`. The command is split
/// as a shell would split it, so `"/opt/My Editor/bin/ed" --wait` works.
pub fn command(path: &Path, line: usize, configured: Option<&str>) -> Command {
    let editor = configured
        .map(str::to_owned)
        .into_iter()
        .chain(
            ["VISUAL", "EDITOR"]
                .iter()
                .filter_map(|v| std::env::var(v).ok()),
        )
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_owned());
    let words = shell_words::split(&editor)
        .unwrap_or_else(|_| editor.split_whitespace().map(str::to_owned).collect());
    let mut words = words.into_iter();
    let program = words.next().unwrap_or_else(|| "vi".to_owned());
    let mut cmd = Command::new(&program);
    cmd.args(words);
    cmd.args(goto_args(&program, path, line));
    cmd
}

/// The arguments that open `path` at `line` for this editor.
pub fn goto_args(program: &str, path: &Path, line: usize) -> Vec<OsString> {
    let name = Path::new(program)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(program);
    let file = not_an_option(path);
    match name {
        "code" | "code-insiders" | "codium" | "vscodium" | "cursor" => {
            let mut at = file.into_os_string();
            at.push(format!(":{line}"));
            vec!["--goto".into(), at]
        }
        _ => vec![format!("+{line}").into(), file.into_os_string()],
    }
}

/// `-x.toml` as `./-x.toml`: the same file, which no editor takes for an option. `./` rather
/// than `--`, because every editor understands a path, not every one `--` (and `+LINE` must
/// come before it in those that do).
fn not_an_option(path: &Path) -> PathBuf {
    if path.as_os_str().as_encoded_bytes().starts_with(b"-") {
        Path::new(".").join(path)
    } else {
        path.to_path_buf()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    #[test]
    fn vs_code_gets_goto_others_plus_line() {
        let p = Path::new("b.toml");
        assert_eq!(goto_args("/usr/bin/code", p, 12), ["--goto", "b.toml:12"]);
        for editor in ["vi", "vim", "nvim", "nano", "emacs", "micro", "kak", "hx"] {
            assert_eq!(goto_args(editor, p, 7), ["+7", "b.toml"]);
        }
    }

    /// Issue 14 item 15: the name went through `display()`, which turns a byte that is not
    /// UTF-8 into U+FFFD, and `-x.toml` was passed as an option.
    #[test]
    fn regression_the_path_reaches_the_editor_byte_for_byte_and_never_as_an_option() {
        let latin1 = OsStr::from_bytes(b"r\xe9union.toml");
        let args = goto_args("vi", Path::new(latin1), 3);
        assert_eq!(args[1].as_bytes(), b"r\xe9union.toml");
        let args = goto_args("code", Path::new(latin1), 3);
        assert_eq!(args[1].as_bytes(), b"r\xe9union.toml:3");
        assert_eq!(
            goto_args("vi", Path::new("-x.toml"), 4),
            ["+4", "./-x.toml"]
        );
        assert_eq!(
            goto_args("code", Path::new("-x.toml"), 4),
            ["--goto", "./-x.toml:4"]
        );
        assert_eq!(
            goto_args("vi", Path::new("/tmp/-x.toml"), 4)[1],
            "/tmp/-x.toml"
        );
    }

    #[test]
    fn a_configured_editor_comes_first_and_is_split_as_a_shell_would() {
        let cmd = command(Path::new("b.toml"), 2, Some("'/opt/My Ed/ed' --wait"));
        assert_eq!(cmd.get_program(), "/opt/My Ed/ed");
        let args: Vec<&OsStr> = cmd.get_args().collect();
        assert_eq!(args, ["--wait", "+2", "b.toml"]);
    }
}
