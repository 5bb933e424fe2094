//! Live reload: inotify (through notify) on the briefings' directories.
//!
//! Directories rather than files, so that editors which save by writing a new file and
//! renaming it over the old one are followed. Only creates, writes, closes after writing,
//! removes and renames of the briefing files count: notify also reports reads (opens) as
//! access events, and reloading on those would loop forever on our own reads.
//!
//! Each change says whether the save is complete. A close after writing, a rename, a create
//! or a remove ends a save: the file can be read at once. A bare write may be the first chunk
//! of several: the main loop reads only once the file has been quiet (see `reload`).

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use super::event::{Change, Event};

/// Keeps the watcher alive; dropping it stops watching.
pub struct Watch {
    _watcher: RecommendedWatcher,
}

/// Watches `files`; each relevant change is sent as `Event::FileChanged(original path, what)`.
pub fn watch(files: &[PathBuf], events: Sender<Event>) -> notify::Result<Watch> {
    let mut wanted: HashMap<(PathBuf, OsString), PathBuf> = HashMap::new();
    for file in files {
        let (dir, name) = split(file);
        wanted.insert((dir, name), file.clone());
    }
    let dirs: Vec<PathBuf> = wanted.keys().map(|(d, _)| d.clone()).collect();
    let failed = events.clone();
    let mut watcher =
        notify::recommended_watcher(move |result: notify::Result<notify::Event>| match result {
            Ok(event) => {
                let Some(change) = change_of(event.kind) else {
                    return;
                };
                for path in &event.paths {
                    if let Some(original) = wanted.get(&split(path)) {
                        let _ = events.send(Event::FileChanged(original.clone(), change));
                    }
                }
            }
            Err(e) => {
                let _ = failed.send(Event::WatchFailed(e.to_string()));
            }
        })?;
    for dir in dirs {
        watcher.watch(&dir, RecursiveMode::NonRecursive)?;
    }
    Ok(Watch { _watcher: watcher })
}

/// What an event means for the file's content; `None` for reads and metadata.
fn change_of(kind: EventKind) -> Option<Change> {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write))
        | EventKind::Create(_)
        | EventKind::Remove(_)
        | EventKind::Modify(ModifyKind::Name(_)) => Some(Change::Saved),
        EventKind::Modify(ModifyKind::Metadata(_)) => None,
        EventKind::Modify(_) => Some(Change::Writing),
        EventKind::Access(_) | EventKind::Any | EventKind::Other => None,
    }
}

/// (canonical directory, file name): comparable whatever way the path was written.
fn split(path: &Path) -> (PathBuf, OsString) {
    let name = path.file_name().map(OsString::from).unwrap_or_default();
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    (dir.canonicalize().unwrap_or(dir), name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, DataChange, RenameMode};

    #[test]
    fn reads_are_not_changes() {
        assert_eq!(change_of(EventKind::Access(AccessKind::Any)), None);
        assert_eq!(
            change_of(EventKind::Access(AccessKind::Open(AccessMode::Any))),
            None
        );
        assert_eq!(
            change_of(EventKind::Modify(ModifyKind::Metadata(
                notify::event::MetadataKind::Any
            ))),
            None
        );
    }

    /// Issue 11 item 18: a bare write may be half a save; a close after writing or a rename
    /// ends one.
    #[test]
    fn a_write_is_unfinished_a_close_or_rename_ends_the_save() {
        let data = EventKind::Modify(ModifyKind::Data(DataChange::Any));
        assert_eq!(change_of(data), Some(Change::Writing));
        let closed = EventKind::Access(AccessKind::Close(AccessMode::Write));
        assert_eq!(change_of(closed), Some(Change::Saved));
        let renamed = EventKind::Modify(ModifyKind::Name(RenameMode::To));
        assert_eq!(change_of(renamed), Some(Change::Saved));
        assert_eq!(
            change_of(EventKind::Create(CreateKind::File)),
            Some(Change::Saved)
        );
    }
}
