//! Opening the briefing in the user's editor at a line.

use std::path::Path;
use std::process::Command;

/// `$VISUAL`, else `$EDITOR`, else `vi`, with arguments that put the cursor on `line`.
pub fn command(path: &Path, line: usize) -> Command {
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_owned());
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi").to_owned();
    let mut cmd = Command::new(&program);
    cmd.args(words);
    cmd.args(goto_args(&program, path, line));
    cmd
}

/// The arguments that open `path` at `line` for this editor.
pub fn goto_args(program: &str, path: &Path, line: usize) -> Vec<String> {
    let name = Path::new(program)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(program);
    let file = path.display().to_string();
    match name {
        "code" | "code-insiders" | "codium" | "vscodium" | "cursor" => {
            vec!["--goto".into(), format!("{file}:{line}")]
        }
        _ => vec![format!("+{line}"), file],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vs_code_gets_goto_others_plus_line() {
        let p = Path::new("b.toml");
        assert_eq!(goto_args("/usr/bin/code", p, 12), ["--goto", "b.toml:12"]);
        for editor in ["vi", "vim", "nvim", "nano", "emacs", "micro", "kak", "hx"] {
            assert_eq!(goto_args(editor, p, 7), ["+7", "b.toml"]);
        }
    }
}
