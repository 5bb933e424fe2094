//! The presenting side: accepts any number of notes terminals and sends each the latest cue.
//!
//! The accept thread sleeps in accept(2); publishing happens on the main loop only when the
//! state changed, so serving notes adds no wake-ups.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Default)]
struct Shared {
    clients: Vec<UnixStream>,
    last: String,
}

pub struct NotesServer {
    path: PathBuf,
    shared: Arc<Mutex<Shared>>,
}

impl NotesServer {
    /// Serves notes for `briefing`; `Ok(None)` when another brief already serves it.
    pub fn start(briefing: &Path) -> std::io::Result<Option<NotesServer>> {
        let path = super::socket::path_for(briefing)?;
        if UnixStream::connect(&path).is_ok() {
            return Ok(None);
        }
        // A socket file nobody answers on is left over from a brief that was killed.
        let _ = std::fs::remove_file(&path);
        let listener = UnixListener::bind(&path)?;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
        let shared = Arc::new(Mutex::new(Shared::default()));
        let accepted = shared.clone();
        std::thread::Builder::new()
            .name("notes-server".into())
            .spawn(move || {
                for stream in listener.incoming().flatten() {
                    let _ = stream.set_write_timeout(Some(Duration::from_millis(200)));
                    let Ok(mut shared) = accepted.lock() else {
                        return;
                    };
                    let mut stream = stream;
                    if shared.last.is_empty() || stream.write_all(shared.last.as_bytes()).is_ok() {
                        shared.clients.push(stream);
                    }
                }
            })?;
        Ok(Some(NotesServer { path, shared }))
    }

    /// Sends `state` to every notes terminal if it differs from what was last sent; a
    /// terminal that went away is dropped.
    pub fn publish(&self, state: &crate::deck::cue::Cue) {
        let Ok(line) = serde_json::to_string(state) else {
            return;
        };
        let line = line + "\n";
        let Ok(mut shared) = self.shared.lock() else {
            return;
        };
        if shared.last == line {
            return;
        }
        shared
            .clients
            .retain_mut(|c| c.write_all(line.as_bytes()).is_ok());
        shared.last = line;
    }
}

impl Drop for NotesServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
