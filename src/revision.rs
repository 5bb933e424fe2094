//! An older briefing, named by a file or by a git revision, wherever brief takes one
//! (`--compare`, `brief diff`, `brief new --from`).
//!
//! `git:REV` is the same file as it was at REV in the repository the file is in (following a
//! rename); `git:REV:PATH` is PATH at REV, PATH from the top of the repository as
//! `git show REV:PATH` reads it. A file whose name really starts with `git:` wins.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::diagnostic::Diagnostic;
use crate::exit::Exit;
use crate::git::{Repo, short};
use crate::load::{LoadResult, Loaded, load_bytes, read_bounded};
use crate::{missing, sanitize};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Git { rev: String, path: Option<String> },
}

/// Why an older briefing could not be had.
#[derive(Debug)]
pub enum Failure {
    /// Nothing to read: a missing file, an unknown revision. Bad usage, exit 2.
    Usage(String),
    /// It was read but does not load, as `brief check` would say. Exit 1.
    Invalid(Vec<Diagnostic>),
}

/// The bytes of a briefing and the name to show for it in messages.
#[derive(Debug)]
pub struct Text {
    pub bytes: Vec<u8>,
    pub shown: PathBuf,
}

impl Source {
    pub fn parse(arg: &Path) -> Source {
        let spec = arg.to_str().and_then(|s| s.strip_prefix("git:"));
        match spec {
            Some(spec) if !arg.exists() => match spec.split_once(':') {
                Some((rev, path)) => Source::Git {
                    rev: rev.to_owned(),
                    path: Some(path.to_owned()),
                },
                None => Source::Git {
                    rev: spec.to_owned(),
                    path: None,
                },
            },
            _ => Source::File(arg.to_path_buf()),
        }
    }

    /// Whether the argument names a file that is there to be read as it is.
    pub fn is_file(arg: &Path) -> bool {
        matches!(Source::parse(arg), Source::File(_))
    }
}

impl Failure {
    /// Prints the failure to `err` and returns the exit status it calls for.
    pub fn report(&self, err: &mut dyn Write) -> std::io::Result<Exit> {
        match self {
            Failure::Usage(message) => {
                writeln!(err, "brief: {message}")?;
                Ok(Exit::Usage)
            }
            Failure::Invalid(diagnostics) => {
                for d in diagnostics {
                    write!(err, "{}", d.render())?;
                }
                Ok(Exit::Problems)
            }
        }
    }
}

/// Loads the briefing `arg` names. `anchor` is the file whose repository and path `git:REV`
/// refers to.
pub fn load(arg: &Path, anchor: Option<&Path>, today: NaiveDate) -> Result<Loaded, Failure> {
    let text = read(&Source::parse(arg), anchor)?;
    let result: LoadResult = load_bytes(&text.bytes, &text.shown, today);
    result.map_err(Failure::Invalid)
}

/// Reads the bytes of the briefing `source` names.
pub fn read(source: &Source, anchor: Option<&Path>) -> Result<Text, Failure> {
    match source {
        Source::File(path) if !path.exists() => Err(Failure::Usage(missing::message(path))),
        Source::File(path) => Ok(Text {
            bytes: read_bounded(path).map_err(Failure::Invalid)?,
            shown: path.clone(),
        }),
        Source::Git { rev, path } => read_git(rev, path.as_deref(), anchor).map_err(Failure::Usage),
    }
}

fn read_git(rev: &str, path: Option<&str>, anchor: Option<&Path>) -> Result<Text, String> {
    let folder = anchor
        .and_then(Path::parent)
        .unwrap_or_else(|| Path::new("."));
    let repo = Repo::containing(folder)?;
    let commit = repo.commit(rev)?;
    let shown_rev = sanitize::line(rev);
    let path = match (path, anchor) {
        (Some(path), _) => {
            let path = path.trim_start_matches('/').to_owned();
            if !repo.has_file(&commit, &path)? {
                return Err(format!(
                    "`{}` is not in revision `{shown_rev}` ({})\n  PATH in git:REV:PATH is from the top of the repository, as `git show REV:PATH` reads it",
                    sanitize::line(&path),
                    short(&commit)
                ));
            }
            path
        }
        (None, Some(file)) => {
            let today = repo.path_of(file)?;
            repo.path_at(&commit, &today)?.ok_or_else(|| {
                format!(
                    "`{}` is not in revision `{shown_rev}` ({})",
                    sanitize::line(&today),
                    short(&commit)
                )
            })?
        }
        (None, None) => {
            return Err(format!(
                "`git:{shown_rev}` reads the same file at another revision, and there is no file here to go by\n  name the file too: git:{shown_rev}:PATH"
            ));
        }
    };
    let limit = crate::load::MAX_FILE_BYTES;
    if repo.size(&commit, &path)? > limit {
        return Err(format!(
            "`{}` at `{shown_rev}` is over the {} MiB limit for a briefing",
            sanitize::line(&path),
            limit >> 20
        ));
    }
    Ok(Text {
        bytes: repo.read(&commit, &path)?,
        shown: PathBuf::from(format!("{rev}:{path}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_git_revisions_and_paths() {
        assert_eq!(
            Source::parse(Path::new("git:HEAD~1")),
            Source::Git {
                rev: "HEAD~1".into(),
                path: None
            }
        );
        assert_eq!(
            Source::parse(Path::new("git:q3-review:briefings/q3.toml")),
            Source::Git {
                rev: "q3-review".into(),
                path: Some("briefings/q3.toml".into())
            }
        );
        assert_eq!(
            Source::parse(Path::new("old.toml")),
            Source::File("old.toml".into())
        );
    }
}
