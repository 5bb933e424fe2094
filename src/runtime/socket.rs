//! Where the socket for a briefing lives: one per briefing file, in a directory only the user
//! can enter, so that notes stay private and two presentations never cross.
//!
//! The directory is made with mkdir (mode 0700) and, when it was already there, checked with
//! lstat before use: a real directory, not a symbolic link, ours, closed to others. It is
//! never chmod-ed: in a shared temp dir another user could have planted a link there, and a
//! chmod through it would change the permissions of a folder of the victim's choosing.

use std::fs::DirBuilder;
use std::hash::{Hash, Hasher};
use std::io::{Error, ErrorKind};
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::{Path, PathBuf};

/// `$XDG_RUNTIME_DIR/brief/<hash of the briefing's full path>.sock`, else the same under a
/// per-user directory in the temp dir. The directory is made, or checked, on the way.
pub fn path_for(briefing: &Path) -> std::io::Result<PathBuf> {
    let dir = match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        Some(runtime) => PathBuf::from(runtime).join("brief"),
        None => std::env::temp_dir().join(format!("brief-{}", crate::sys::uid())),
    };
    private_dir(&dir)?;
    Ok(path_in(&dir, briefing))
}

/// The socket for `briefing` in `dir`.
pub fn path_in(dir: &Path, briefing: &Path) -> PathBuf {
    let full = briefing
        .canonicalize()
        .unwrap_or_else(|_| briefing.to_path_buf());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    full.hash(&mut hasher);
    dir.join(format!("{:016x}.sock", hasher.finish()))
}

/// Makes `dir` owner-only, or makes sure the one already there is: refuses a symbolic link,
/// anything but a directory, another user's directory, and one others may enter.
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    match DirBuilder::new().mode(0o700).create(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
        Err(e) => return Err(Error::new(e.kind(), format!("{}: {e}", shown(dir)))),
    }
    let meta = std::fs::symlink_metadata(dir)?;
    let refuse = |why: &str| Err(Error::other(format!("{} {why}", shown(dir))));
    if meta.file_type().is_symlink() {
        return refuse("is a symbolic link; brief keeps its sockets only in a real directory");
    }
    if !meta.is_dir() {
        return refuse("is not a directory");
    }
    if meta.uid() != crate::sys::uid() {
        return refuse("belongs to another user");
    }
    if meta.mode() & 0o077 != 0 {
        return refuse(&format!(
            "is open to other users (mode {:o}); make it owner-only: chmod 700 it",
            meta.mode() & 0o777
        ));
    }
    Ok(())
}

fn shown(dir: &Path) -> String {
    crate::sanitize::path(dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::symlink_metadata(path)
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    }

    /// Issue 14 item 11: with no XDG_RUNTIME_DIR, a link planted at the fallback folder's name
    /// made brief chmod the link's target to 0700.
    #[test]
    fn regression_a_planted_link_is_refused_and_its_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::create_dir(&victim).unwrap();
        std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o755)).unwrap();
        let planted = dir.path().join("brief-1000");
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        let error = private_dir(&planted).unwrap_err().to_string();
        assert!(
            error.ends_with("is a symbolic link; brief keeps its sockets only in a real directory"),
            "{error}"
        );
        assert_eq!(mode(&victim), 0o755, "the target keeps its mode");
    }

    #[test]
    fn a_new_folder_is_owner_only_and_an_open_one_is_refused_not_changed() {
        let dir = tempfile::tempdir().unwrap();
        let fresh = dir.path().join("fresh");
        private_dir(&fresh).unwrap();
        assert_eq!(mode(&fresh), 0o700);
        private_dir(&fresh).unwrap();
        let open = dir.path().join("open");
        std::fs::create_dir(&open).unwrap();
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o755)).unwrap();
        let error = private_dir(&open).unwrap_err().to_string();
        assert!(
            error.contains("is open to other users (mode 755)"),
            "{error}"
        );
        assert_eq!(mode(&open), 0o755);
        let file = dir.path().join("file");
        std::fs::write(&file, "").unwrap();
        assert!(
            private_dir(&file)
                .unwrap_err()
                .to_string()
                .ends_with("is not a directory")
        );
    }
}
