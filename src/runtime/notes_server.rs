//! The presenting side: serves the latest cue to up to [`MAX_CLIENTS`] notes terminals.
//!
//! One thread owns the socket and every client, and sleeps in poll(2). The main loop only
//! stores the latest cue and writes one byte to wake it, so no client can ever block a key:
//! writes are non-blocking, each client has a small queue, and one that falls behind is
//! dropped (the footer says so). Dead clients are closed as soon as they hang up; running
//! out of descriptors pauses accepting instead of spinning.
//!
//! Of several brief instances on one file, the one holding the lock file serves; the others
//! wait for the lock in their server thread (asleep in flock(2)), so when the serving one
//! quits, or dies, the next takes over and its followers reconnect to it.

use std::io::{ErrorKind, Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::event::{Event, NotesNotice};
use super::notes_clients::Clients;

/// More notes terminals than a presenter has screens; a connection beyond this is closed.
pub const MAX_CLIENTS: usize = 8;

/// How long accepting pauses when the process is out of file descriptors.
const BACK_OFF: Duration = Duration::from_millis(250);

#[derive(Default)]
struct Shared {
    /// The latest cue, as the line sent to each client.
    last: String,
    /// The socket, once this instance serves it.
    serving: Option<PathBuf>,
}

pub struct NotesServer {
    shared: Arc<Mutex<Shared>>,
    /// A byte written here wakes the server thread to send `last`; dropping it ends the thread.
    wake: UnixStream,
}

impl NotesServer {
    /// Serves notes for `briefing`, now or, when another brief serves them, as soon as it
    /// stops. Messages for the footer go to `events`.
    pub fn start(briefing: &Path, events: Sender<Event>) -> std::io::Result<NotesServer> {
        let path = super::socket::path_for(briefing)?;
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
            .open(path.with_extension("lock"))?;
        let (wake, woken) = UnixStream::pair()?;
        wake.set_nonblocking(true)?;
        woken.set_nonblocking(true)?;
        let shared = Arc::new(Mutex::new(Shared::default()));
        let server = Server {
            shared: shared.clone(),
            events,
            woken,
        };
        std::thread::Builder::new()
            .name("notes-server".into())
            .spawn(move || {
                if let Err(e) = server.serve(&path, &lock) {
                    let _ = server
                        .events
                        .send(Event::Notes(NotesNotice::Stopped(e.to_string())));
                }
            })?;
        Ok(NotesServer { shared, wake })
    }

    /// Sends `state` to every notes terminal if it differs from what was last sent. Never
    /// blocks: the server thread does the writing.
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
        shared.last = line;
        // A full pipe means a wake-up is already pending.
        let _ = (&self.wake).write(&[1]);
    }
}

impl Drop for NotesServer {
    fn drop(&mut self) {
        // The lock is still held (the thread holds it until the process ends), so no other
        // instance has bound a socket of its own at this path yet.
        if let Ok(shared) = self.shared.lock()
            && let Some(path) = &shared.serving
        {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The server thread's side.
struct Server {
    shared: Arc<Mutex<Shared>>,
    events: Sender<Event>,
    woken: UnixStream,
}

impl Server {
    fn serve(&self, path: &Path, lock: &std::fs::File) -> std::io::Result<()> {
        // The kernel releases the lock when its holder exits, however it exits.
        let waited = match lock.try_lock() {
            Ok(()) => false,
            Err(std::fs::TryLockError::WouldBlock) => true,
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        };
        if waited {
            lock.lock()?;
        }
        // A socket file left by a brief that was killed: nobody holds the lock for it.
        let _ = std::fs::remove_file(path);
        let listener = UnixListener::bind(path)?;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        listener.set_nonblocking(true)?;
        self.shared
            .lock()
            .map_err(|_| std::io::Error::other("poisoned"))?
            .serving = Some(path.to_path_buf());
        if waited {
            let _ = self.events.send(Event::Notes(NotesNotice::TakenOver));
        }
        self.run(&listener)
    }

    /// The poll loop: the wake-up socket, the listener (unless full or backing off), and
    /// every client; returns when the main loop is gone.
    fn run(&self, listener: &UnixListener) -> std::io::Result<()> {
        let mut clients = Clients::default();
        let mut paused_until: Option<Instant> = None;
        loop {
            let now = Instant::now();
            let accepting =
                clients.len() < MAX_CLIENTS && paused_until.is_none_or(|until| until <= now);
            let mut fds = vec![pollfd(self.woken.as_raw_fd(), libc::POLLIN)];
            if accepting {
                fds.push(pollfd(listener.as_raw_fd(), libc::POLLIN));
            }
            let first_client = fds.len();
            fds.extend(clients.pollfds());
            let timeout = paused_until.map(|until| until.saturating_duration_since(now));
            crate::sys::poll(&mut fds, timeout)?;
            if fds[0].revents != 0 && !self.drain_wake_ups() {
                return Ok(());
            }
            if accepting && fds[1].revents != 0 {
                paused_until = self.accept_all(listener, &mut clients);
            }
            clients.service(&fds[first_client..]);
            if fds[0].revents != 0 {
                let last = self.latest();
                clients.send(last.as_bytes());
            }
            if clients.take_dropped() > 0 {
                let _ = self.events.send(Event::Notes(NotesNotice::Dropped));
            }
        }
    }

    /// Reads every pending wake-up byte; false when the main loop has gone.
    fn drain_wake_ups(&self) -> bool {
        let mut buf = [0u8; 64];
        loop {
            match (&self.woken).read(&mut buf) {
                Ok(0) => return false,
                Ok(_) => {}
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return true,
            }
        }
    }

    fn latest(&self) -> String {
        self.shared
            .lock()
            .map(|s| s.last.clone())
            .unwrap_or_default()
    }

    /// Accepts every waiting connection; a pause until when, if out of descriptors.
    fn accept_all(&self, listener: &UnixListener, clients: &mut Clients) -> Option<Instant> {
        loop {
            match listener.accept() {
                Ok((stream, _)) if clients.len() >= MAX_CLIENTS => drop(stream),
                Ok((stream, _)) => {
                    if stream.set_nonblocking(true).is_ok() {
                        clients.add(stream, self.latest().as_bytes());
                    }
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) if out_of_descriptors(&e) => return Some(Instant::now() + BACK_OFF),
                Err(_) => return None,
            }
        }
    }
}

fn out_of_descriptors(error: &std::io::Error) -> bool {
    matches!(
        error.raw_os_error(),
        Some(libc::EMFILE | libc::ENFILE | libc::ENOBUFS | libc::ENOMEM)
    )
}

fn pollfd(fd: std::os::fd::RawFd, events: libc::c_short) -> libc::pollfd {
    libc::pollfd {
        fd,
        events,
        revents: 0,
    }
}
