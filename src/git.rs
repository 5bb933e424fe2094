//! Reading a file as it was at a revision of its git repository, by running `git`.
//!
//! The `git` program rather than a library: gix or git2 would add minutes of build time on a
//! small machine and megabytes to the binary for three read-only plumbing commands, and a team
//! that names a git revision has git installed. Only plumbing commands whose output is meant
//! for scripts are used (`rev-parse`, `cat-file`, `merge-base`, `log -z`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::sanitize;

/// A repository, by its top folder.
#[derive(Debug, Clone)]
pub struct Repo {
    top: PathBuf,
}

/// One commit that changed a file, newest first in a [`Repo::history`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub commit: String,
    pub short: String,
    /// The committer date, YYYY-MM-DD.
    pub date: String,
    pub subject: String,
    /// The file's path in that commit, from the top of the repository: it differs from today's
    /// across a rename.
    pub path: String,
}

impl Repo {
    /// The repository the folder `dir` is in.
    pub fn containing(dir: &Path) -> Result<Repo, String> {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        let out = git(dir, &["rev-parse", "--show-toplevel"])?;
        if !out.status.success() {
            return Err(format!(
                "{} is not in a git repository",
                sanitize::path(dir)
            ));
        }
        let top = String::from_utf8_lossy(&out.stdout).trim_end().to_owned();
        Ok(Repo {
            top: PathBuf::from(top),
        })
    }

    /// The path of `file` from the top of the repository, with `/` between folders, as git
    /// names it in a revision.
    pub fn path_of(&self, file: &Path) -> Result<String, String> {
        let shown = sanitize::path(file);
        let full = std::fs::canonicalize(file).map_err(|e| format!("{shown}: {e}"))?;
        let top = std::fs::canonicalize(&self.top).map_err(|e| format!("{shown}: {e}"))?;
        let inside = full
            .strip_prefix(&top)
            .map_err(|_| format!("{shown} is not inside the repository"))?;
        let parts: Vec<String> = inside
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        Ok(parts.join("/"))
    }

    /// The full commit id `rev` names, or an error naming `rev`.
    pub fn commit(&self, rev: &str) -> Result<String, String> {
        let shown = sanitize::line(rev);
        if rev.is_empty() || rev.starts_with('-') {
            return Err(format!("`{shown}` is not a git revision"));
        }
        let out = self.run(&[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ])?;
        if !out.status.success() {
            return Err(format!(
                "unknown revision `{shown}` in the repository at {}",
                sanitize::path(&self.top)
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
    }

    /// Whether `path` exists as a file in `commit`.
    pub fn has_file(&self, commit: &str, path: &str) -> Result<bool, String> {
        let out = self.run(&["cat-file", "-t", &format!("{commit}:{path}")])?;
        Ok(out.status.success() && out.stdout.starts_with(b"blob"))
    }

    /// The size in bytes of `path` in `commit`, before reading it: a briefing has a limit.
    pub fn size(&self, commit: &str, path: &str) -> Result<u64, String> {
        let out = self.run(&["cat-file", "-s", &format!("{commit}:{path}")])?;
        Ok(String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .unwrap_or(0))
    }

    /// The bytes of `path` as `commit` has it.
    pub fn read(&self, commit: &str, path: &str) -> Result<Vec<u8>, String> {
        let out = self.run(&["cat-file", "blob", &format!("{commit}:{path}")])?;
        if !out.status.success() {
            return Err(format!(
                "cannot read `{}` at {}",
                sanitize::line(path),
                short(commit)
            ));
        }
        Ok(out.stdout)
    }

    /// The commits that changed `path`, newest first, following renames, from `HEAD`.
    pub fn history(&self, path: &str) -> Result<Vec<Change>, String> {
        let format = "--format=%x1e%H%x1f%h%x1f%cs%x1f%s";
        let out = self.run(&["log", "--follow", "-z", "--name-only", format, "--", path])?;
        if !out.status.success() {
            return Err(format!(
                "git log failed: {}",
                sanitize::line(String::from_utf8_lossy(&out.stderr).trim())
            ));
        }
        Ok(parse_log(&String::from_utf8_lossy(&out.stdout)))
    }

    /// The path `path` (as named today) had in `commit`, following renames; `None` when the
    /// file did not exist there.
    pub fn path_at(&self, commit: &str, path: &str) -> Result<Option<String>, String> {
        if self.has_file(commit, path)? {
            return Ok(Some(path.to_owned()));
        }
        // The newest change to the file that `commit` contains names the file as it was there.
        for change in self.history(path)? {
            if self.is_ancestor(&change.commit, commit)? {
                let found = self.has_file(commit, &change.path)?;
                return Ok(found.then_some(change.path));
            }
        }
        Ok(None)
    }

    fn is_ancestor(&self, ancestor: &str, of: &str) -> Result<bool, String> {
        let out = self.run(&["merge-base", "--is-ancestor", ancestor, of])?;
        Ok(out.status.success())
    }

    fn run(&self, args: &[&str]) -> Result<Output, String> {
        git(&self.top, args)
    }
}

/// The first characters of a commit id, as git shows it in short.
pub fn short(commit: &str) -> &str {
    commit.get(..7).unwrap_or(commit)
}

fn git(dir: &Path, args: &[&str]) -> Result<Output, String> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        // The repository is the one the file is in, even inside a hook that sets these.
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .map_err(|e| format!("a git revision needs the `git` program, which could not run: {e}"))
}

/// Reads `git log -z --name-only` with records that start with U+001E and fields split by
/// U+001F; each header is followed by NUL, a newline, the path and NUL.
fn parse_log(text: &str) -> Vec<Change> {
    text.split('\u{1e}')
        .filter_map(|record| {
            let (header, rest) = record.split_once('\0')?;
            let mut fields = header.splitn(4, '\u{1f}');
            let (commit, short, date, subject) = (
                fields.next()?,
                fields.next()?,
                fields.next()?,
                fields.next()?,
            );
            let path = rest.trim_start_matches('\n').split('\0').next()?;
            Some(Change {
                commit: commit.to_owned(),
                short: short.to_owned(),
                date: date.to_owned(),
                subject: subject.to_owned(),
                path: path.to_owned(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_log_across_a_rename() {
        let text = "\u{1e}aaa\u{1f}a\u{1f}2026-12-01\u{1f}two: rename\0\nb.toml\0\
                    \u{1e}bbb\u{1f}b\u{1f}2026-10-06\u{1f}one\0\na.toml\0";
        let log = parse_log(text);
        assert_eq!(log.len(), 2);
        assert_eq!(log[0].subject, "two: rename");
        assert_eq!(log[0].path, "b.toml");
        assert_eq!(
            (log[1].commit.as_str(), log[1].path.as_str()),
            ("bbb", "a.toml")
        );
    }
}
