//! Where the socket for a briefing lives: one per briefing file, in a directory only the user
//! can enter, so that notes stay private and two presentations never cross.

use std::hash::{Hash, Hasher};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// `$XDG_RUNTIME_DIR/brief/<hash of the briefing's full path>.sock`, else the same under a
/// per-user directory in the temp dir.
pub fn path_for(briefing: &Path) -> std::io::Result<PathBuf> {
    let dir = match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        Some(runtime) => PathBuf::from(runtime).join("brief"),
        None => std::env::temp_dir().join(format!("brief-{}", crate::sys::uid())),
    };
    std::fs::create_dir_all(&dir)?;
    let meta = std::fs::metadata(&dir)?;
    if std::os::unix::fs::MetadataExt::uid(&meta) != crate::sys::uid() {
        return Err(std::io::Error::other(format!(
            "{} belongs to another user",
            dir.display()
        )));
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))?;
    let full = briefing
        .canonicalize()
        .unwrap_or_else(|_| briefing.to_path_buf());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    full.hash(&mut hasher);
    Ok(dir.join(format!("{:016x}.sock", hasher.finish())))
}
