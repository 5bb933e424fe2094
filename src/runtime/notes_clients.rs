//! The notes terminals a presenting brief serves: non-blocking sockets, each with a small
//! queue of what it has not read yet. A client that lets its queue fill has fallen behind
//! (a suspended `brief notes`, a stuck reader) and is dropped rather than waited for; one
//! that hangs up is closed at once.

use std::io::{ErrorKind, Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;

/// What a client may have queued here, beyond what its socket holds, before it counts as
/// fallen behind: a few dozen cues. A follower that reads never gets near it.
pub const MAX_QUEUE: usize = 16 * 1024;

struct Client {
    stream: UnixStream,
    /// Bytes not yet taken by the socket.
    out: Vec<u8>,
}

#[derive(Default)]
pub struct Clients {
    clients: Vec<Client>,
    /// How many clients were dropped for falling behind since the last look, for the footer.
    dropped: usize,
}

impl Clients {
    pub fn len(&self) -> usize {
        self.clients.len()
    }

    /// One pollfd per client, in order: readable (or hung up) always, writable while it has
    /// bytes queued.
    pub fn pollfds(&self) -> Vec<libc::pollfd> {
        self.clients
            .iter()
            .map(|c| libc::pollfd {
                fd: c.stream.as_raw_fd(),
                events: if c.out.is_empty() {
                    libc::POLLIN
                } else {
                    libc::POLLIN | libc::POLLOUT
                },
                revents: 0,
            })
            .collect()
    }

    /// A new client, sent `first` (the latest cue) at once.
    pub fn add(&mut self, stream: UnixStream, first: &[u8]) {
        let mut client = Client {
            stream,
            out: first.to_vec(),
        };
        if client.flush() {
            self.clients.push(client);
        }
    }

    /// Acts on what poll reported for the clients, `fds` in the order of [`Clients::pollfds`]:
    /// closes those that hung up, writes to those that can take more.
    pub fn service(&mut self, fds: &[libc::pollfd]) {
        let mut alive = vec![true; self.clients.len()];
        for ((client, fd), alive) in self.clients.iter_mut().zip(fds).zip(&mut alive) {
            let hung_up = fd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0;
            let readable = fd.revents & libc::POLLIN != 0;
            *alive = !hung_up && (!readable || client.discard_input());
            if *alive && fd.revents & libc::POLLOUT != 0 {
                *alive = client.flush();
            }
        }
        let mut alive = alive.into_iter();
        self.clients.retain(|_| alive.next().unwrap_or(false));
    }

    /// Queues `line` for every client and writes what each socket takes now.
    pub fn send(&mut self, line: &[u8]) {
        let dropped = &mut self.dropped;
        self.clients.retain_mut(|client| {
            if client.out.len() + line.len() > MAX_QUEUE {
                *dropped += 1;
                return false;
            }
            client.out.extend_from_slice(line);
            client.flush()
        });
    }

    /// How many clients were dropped for falling behind since the last call.
    pub fn take_dropped(&mut self) -> usize {
        std::mem::take(&mut self.dropped)
    }
}

impl Client {
    /// Writes what the socket takes; false when the client is gone.
    fn flush(&mut self) -> bool {
        while !self.out.is_empty() {
            match self.stream.write(&self.out) {
                Ok(0) => return false,
                Ok(n) => {
                    self.out.drain(..n);
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => return true,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return false,
            }
        }
        true
    }

    /// Followers send nothing; whatever comes is read and thrown away. False at end of file:
    /// the follower has gone.
    fn discard_input(&mut self) -> bool {
        let mut buf = [0u8; 4096];
        loop {
            match self.stream.read(&mut buf) {
                Ok(0) => return false,
                Ok(_) => {}
                Err(e) if e.kind() == ErrorKind::WouldBlock => return true,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return false,
            }
        }
    }
}
