//! What to say about a briefing path that does not exist: the nearest `.toml` file of its
//! folder when one is close enough to be a typo, else how to start one.

use std::path::{Path, PathBuf};

use crate::diagnostic::did_you_mean;
use crate::sanitize;

/// "q4.toml: no such file" and a hint on the next line.
pub fn message(path: &Path) -> String {
    let shown = sanitize::path(path);
    let hint = match nearest(path) {
        Some(near) => format!("did you mean `{}`?", sanitize::path(&near)),
        None => format!("to start a new briefing there: brief new {shown}"),
    };
    format!("{shown}: no such file\n  {hint}")
}

/// The `.toml` file beside `path` whose name is closest to its name, as `path` would name it.
/// Names are compared without `.toml`, which every candidate shares.
fn nearest(path: &Path) -> Option<PathBuf> {
    let stem = |name: &str| name.strip_suffix(".toml").unwrap_or(name).to_owned();
    let wanted = stem(&path.file_name()?.to_string_lossy());
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let stems: Vec<String> = std::fs::read_dir(folder)
        .ok()?
        .filter_map(std::result::Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| Path::new(n).extension().is_some_and(|x| x == "toml"))
        .map(|n| stem(&n))
        .collect();
    let near = did_you_mean(&wanted, stems.iter().map(String::as_str))?;
    Some(path.with_file_name(format!("{near}.toml")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_briefing_in_the_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("team-q3.toml"), "").expect("write");
        std::fs::write(dir.path().join("notes.txt"), "").expect("write");
        let missing = dir.path().join("team-q4.toml");
        let said = message(&missing);
        let expected = format!(
            "{}: no such file\n  did you mean `{}`?",
            missing.display(),
            dir.path().join("team-q3.toml").display()
        );
        assert_eq!(said, expected);
        std::fs::write(dir.path().join("a.toml"), "").expect("write");
        let far = dir.path().join("budget.toml");
        assert!(message(&far).ends_with(&format!(
            "to start a new briefing there: brief new {}",
            far.display()
        )));
    }
}
