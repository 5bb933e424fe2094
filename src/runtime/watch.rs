//! Live reload: inotify (through notify) on the briefings' directories.
//!
//! Directories rather than files, so that editors which save by writing a new file and
//! renaming it over the old one are followed. Only creates, writes, removes and renames of
//! the briefing files count: notify also reports reads as access events, and reloading on
//! those would loop forever on our own reads.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

use notify::event::{EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use super::event::Event;

/// Keeps the watcher alive; dropping it stops watching.
pub struct Watch {
    _watcher: RecommendedWatcher,
}

/// Watches `files`; each relevant change is sent as `Event::FileChanged(original path)`.
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
            Ok(event) if is_content_change(&event.kind) => {
                for path in &event.paths {
                    if let Some(original) = wanted.get(&split(path)) {
                        let _ = events.send(Event::FileChanged(original.clone()));
                    }
                }
            }
            Ok(_) => {}
            Err(e) => {
                let _ = failed.send(Event::WatchFailed(e.to_string()));
            }
        })?;
    for dir in dirs {
        watcher.watch(&dir, RecursiveMode::NonRecursive)?;
    }
    Ok(Watch { _watcher: watcher })
}

fn is_content_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
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
    use notify::event::{AccessKind, CreateKind, DataChange};

    #[test]
    fn reads_are_not_changes() {
        assert!(!is_content_change(&EventKind::Access(AccessKind::Any)));
        assert!(!is_content_change(&EventKind::Modify(
            ModifyKind::Metadata(notify::event::MetadataKind::Any)
        )));
        assert!(is_content_change(&EventKind::Modify(ModifyKind::Data(
            DataChange::Any
        ))));
        assert!(is_content_change(&EventKind::Create(CreateKind::File)));
    }
}
