//! Writing a file so that a reader sees the old version or the whole new one, never half, and
//! so that nothing but the named regular file is ever touched.
//!
//! The new text goes to a temporary file beside the target (same file system, so the final
//! rename is atomic), made by `tempfile`: a random name, created with `O_EXCL`, so a link
//! another user planted at a guessable name is never followed. What is already at the target
//! decides whether to go on: a device, FIFO or socket is refused (replacing `/dev/null` as root
//! would break the system), a symbolic link is refused (see docs/security.md for why), a file of
//! another user is refused (a rename would make it ours), a read-only file only when asked.
//! A replaced file keeps its mode and group, so a 0600 handout with speaker notes stays 0600.

use std::fmt;
use std::fs::{self, File, Metadata, Permissions};
use std::io::{self, Write as _};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::sanitize;

/// What to do when the target already exists as a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Refuse: the file is someone's work (a new briefing must not replace an old one).
    Never,
    /// Replace it unless it is read-only.
    IfWritable,
    /// Replace it even if it is read-only (it stays read-only).
    Force,
}

/// Why brief will not write at the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A device, FIFO, socket or directory, named in words.
    NotRegular(&'static str),
    /// A symbolic link, with what it points to.
    Symlink(PathBuf),
    Exists,
    ReadOnly,
    /// Owned by another user, whose id is given.
    OtherOwner(u32),
    /// The folder it would go in does not exist.
    NoFolder(PathBuf),
    /// What it would go in is a file, not a folder.
    NotAFolder(PathBuf),
}

#[derive(Debug)]
pub enum Error {
    /// brief will not write there; nothing was touched.
    Refused { path: PathBuf, why: Refusal },
    /// The write itself failed (a full disk, a folder we may not write in); the message names
    /// the file. Nothing was left behind: the temporary file is removed.
    Failed(io::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (path, why) = match self {
            Error::Failed(e) => return write!(f, "{e}"),
            Error::Refused { path, why } => (sanitize::path(path), why),
        };
        match why {
            Refusal::NotRegular(kind) => write!(f, "{path} is {kind}, not a regular file"),
            Refusal::Symlink(target) => write!(
                f,
                "{path} is a symbolic link to {}; brief does not write through a link: name \
                 the file itself",
                sanitize::path(target)
            ),
            Refusal::Exists => write!(f, "{path} already exists"),
            Refusal::ReadOnly => write!(f, "{path} is read-only"),
            Refusal::NotAFolder(dir) => {
                write!(f, "{path}: {} is a file, not a folder", sanitize::path(dir))
            }
            Refusal::NoFolder(dir) => write!(
                f,
                "{path}: the folder {} does not exist; make it first, or write elsewhere",
                sanitize::path(dir)
            ),
            Refusal::OtherOwner(uid) => write!(
                f,
                "{path} belongs to another user (uid {uid}); replacing it would make it yours: \
                 remove it first, or write elsewhere"
            ),
        }
    }
}

impl std::error::Error for Error {}

/// Writes `bytes` to `path` atomically and durably (synced before the rename).
pub fn write(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<(), Error> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    // Said as what it is, rather than as a temporary file that could not be made in it.
    match fs::metadata(dir) {
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            return Err(refused(path, Refusal::NoFolder(dir.to_path_buf())));
        }
        Ok(meta) if !meta.is_dir() => {
            return Err(refused(path, Refusal::NotAFolder(dir.to_path_buf())));
        }
        _ => {}
    }
    let existing = existing(path, overwrite)?;
    // A new file is created 0666 and the kernel applies the umask, as for any new file; one
    // that replaces a file starts owner-only until it has taken the old file's mode.
    let mode = if existing.is_some() { 0o600 } else { 0o666 };
    let mut temp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(".tmp")
        .permissions(Permissions::from_mode(mode))
        .tempfile_in(dir)
        .map_err(|e| failed(path, "cannot create a temporary file beside it", &e))?;
    if let Some(old) = &existing {
        take_over(temp.as_file(), old, path)?;
    }
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| failed(path, "cannot write", &e))?;
    let persisted = match overwrite {
        Overwrite::Never => temp.persist_noclobber(path),
        Overwrite::IfWritable | Overwrite::Force => temp.persist(path),
    };
    match persisted {
        Ok(_) => Ok(()),
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => {
            Err(refused(path, Refusal::Exists))
        }
        Err(e) => Err(failed(
            path,
            "cannot rename the new file into place",
            &e.error,
        )),
    }
}

/// What is at `path` now, if brief may replace it: `None` when nothing is there.
fn existing(path: &Path, overwrite: Overwrite) -> Result<Option<Metadata>, Error> {
    // lstat: a link is judged as a link, not as what it points to.
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(failed(path, "cannot look at it", &e)),
    };
    let file_type = meta.file_type();
    if file_type.is_symlink() {
        let target = fs::read_link(path).unwrap_or_default();
        return Err(refused(path, Refusal::Symlink(target)));
    }
    if !file_type.is_file() {
        let kind = crate::file_kind::describe(file_type);
        return Err(refused(path, Refusal::NotRegular(kind)));
    }
    match overwrite {
        Overwrite::Never => Err(refused(path, Refusal::Exists)),
        Overwrite::IfWritable if meta.mode() & 0o200 == 0 => Err(refused(path, Refusal::ReadOnly)),
        Overwrite::IfWritable | Overwrite::Force => Ok(Some(meta)),
    }
}

/// Gives the new file what the old one had: refuses when the old file is another user's (the
/// new one is ours, and a rename cannot keep an owner), then keeps the group and the mode.
/// The temporary file is ours, so its owner is how we learn our id without asking libc.
fn take_over(new: &File, old: &Metadata, path: &Path) -> Result<(), Error> {
    let ours = new
        .metadata()
        .map_err(|e| failed(path, "cannot look at the temporary file", &e))?;
    if ours.uid() != old.uid() {
        return Err(refused(path, Refusal::OtherOwner(old.uid())));
    }
    // Set-id bits are dropped: a handout is never a program.
    let mut mode = old.mode() & 0o777;
    if ours.gid() != old.gid() && std::os::unix::fs::fchown(new, None, Some(old.gid())).is_err() {
        // Not a member of the old group: the group bits would open the file to our group
        // instead, which may be wider. Keep them closed.
        mode &= !0o070;
    }
    new.set_permissions(Permissions::from_mode(mode))
        .map_err(|e| failed(path, "cannot set the mode of the new file", &e))
}

/// `.NAME.` so a file left by a crash says what it was for; the name is cut so the temporary
/// name (prefix, six random characters, `.tmp`) stays under the 255-byte limit.
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(|| "brief".into(), |n| n.to_string_lossy().into_owned());
    format!(".{}.", name.chars().take(64).collect::<String>())
}

fn refused(path: &Path, why: Refusal) -> Error {
    Error::Refused {
        path: path.to_path_buf(),
        why,
    }
}

/// The message names the path once, cleaned. tempfile's errors end with the temporary path,
/// quoted but not cleaned (`… at path "…"`), and hide the OS error they wrap (their `source`
/// is empty), so its text is cut there.
fn failed(path: &Path, what: &str, e: &io::Error) -> Error {
    let shown = sanitize::path(path);
    let text = e.to_string();
    let why = text.split(" at path ").next().unwrap_or_default();
    Error::Failed(io::Error::new(e.kind(), format!("{shown}: {what}: {why}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_refuses_an_existing_file_and_leaves_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("b.toml");
        write(&path, b"first", Overwrite::Never).expect("a new file is written");
        let again = write(&path, b"second", Overwrite::Never);
        assert!(
            matches!(
                &again,
                Err(Error::Refused {
                    why: Refusal::Exists,
                    ..
                })
            ),
            "{again:?}"
        );
        assert_eq!(fs::read(&path).expect("read"), b"first");
        assert_eq!(fs::read_dir(dir.path()).expect("dir").count(), 1);
    }

    #[test]
    fn a_failed_write_names_the_file_and_leaves_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("read-only");
        fs::create_dir(&folder).expect("mkdir");
        fs::set_permissions(&folder, Permissions::from_mode(0o500)).expect("chmod");
        let path = folder.join("out.md");
        let result = write(&path, b"x", Overwrite::IfWritable);
        fs::set_permissions(&folder, Permissions::from_mode(0o700)).expect("chmod");
        match &result {
            Err(Error::Failed(e)) => {
                assert_eq!(
                    e.to_string(),
                    format!(
                        "{}: cannot create a temporary file beside it: Permission denied (os \
                         error 13)",
                        path.display()
                    )
                );
            }
            // Root may write in a read-only folder: then it is written, whole.
            Ok(()) => assert_eq!(fs::read(&path).expect("read"), b"x"),
            Err(other) => panic!("expected a failure to write, got {other:?}"),
        }
        let left: Vec<_> = fs::read_dir(&folder).expect("dir").collect();
        assert!(left.len() <= usize::from(result.is_ok()), "{left:?}");
    }

    /// What `write` says when it refuses to write at `path`.
    fn refusal(path: &Path) -> String {
        match write(path, b"x", Overwrite::IfWritable) {
            Err(e @ Error::Refused { .. }) => e.to_string(),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn a_file_where_the_folder_should_be_is_said_as_such() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("README.md");
        fs::write(&file, "readme").expect("write");
        let path = file.join("out.md");
        assert_eq!(
            refusal(&path),
            format!(
                "{}: {} is a file, not a folder",
                path.display(),
                file.display()
            )
        );
        assert_eq!(fs::read(&file).expect("read"), b"readme");
    }

    #[test]
    fn a_missing_folder_is_said_as_such() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("nodir").join("out.md");
        assert_eq!(
            refusal(&path),
            format!(
                "{}: the folder {} does not exist; make it first, or write elsewhere",
                path.display(),
                dir.path().join("nodir").display()
            )
        );
        assert_eq!(fs::read_dir(dir.path()).expect("dir").count(), 0);
    }
}
