//! The input thread: blocks until the terminal has bytes, forwards events, and can be parked
//! while another program (an editor, the shell after Ctrl-Z) owns the terminal.
//!
//! It waits in poll(2) on the terminal and a control socket instead of in crossterm's `read`,
//! because a thread stuck in `read` would steal the editor's keystrokes and cannot be woken.
//! Idle, it sleeps in the kernel: no timer, no wake-ups.

use std::io::{IsTerminal, Read, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use crossterm::event::{KeyEvent, MouseEvent};

/// What the terminal sends: each program turns it into its own event type.
#[derive(Debug)]
pub enum Input {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize,
}

pub struct InputControl {
    control: UnixStream,
    parked: Receiver<()>,
    resume: Sender<()>,
}

impl InputControl {
    /// Stops reading the terminal; returns once the thread is parked.
    pub fn pause(&mut self) {
        if self.control.write_all(b"p").is_ok() {
            let _ = self.parked.recv_timeout(Duration::from_secs(1));
        }
    }

    pub fn resume(&mut self) {
        let _ = self.resume.send(());
    }
}

pub fn spawn<E: From<Input> + Send + 'static>(events: Sender<E>) -> std::io::Result<InputControl> {
    let (control, mut thread_end) = UnixStream::pair()?;
    let (parked_tx, parked) = channel();
    let (resume, resume_rx) = channel();
    let tty = TtyFd::open()?;
    // crossterm opens its reader (a tty handle and a signal pipe) on the first poll and never
    // tries again if that fails: opened lazily, at the first key, a flood of notes clients
    // that has used up the descriptors would leave every key unread for good. Open it now.
    crossterm::event::poll(Duration::ZERO)?;
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            loop {
                let ready = crate::sys::wait_readable(&[tty.0, thread_end.as_raw_fd()]);
                let (tty_ready, control_ready) = (ready[0], ready[1]);
                if control_ready {
                    let mut byte = [0u8; 1];
                    if thread_end.read(&mut byte).unwrap_or(0) == 0 {
                        return;
                    }
                    let _ = parked_tx.send(());
                    if resume_rx.recv().is_err() {
                        return;
                    }
                    continue;
                }
                if tty_ready && forward_pending(&events).is_err() {
                    return;
                }
            }
        })?;
    Ok(InputControl {
        control,
        parked,
        resume,
    })
}

/// How long crossterm may wait for the rest of what made the terminal readable. Its
/// level-triggered source (`use-dev-tty`) reads nothing at all with a zero timeout.
const POLL_SLICE: Duration = Duration::from_millis(1);

/// After a failed read of the terminal, the pause before trying again: the terminal stays
/// readable, and trying again at once would spin.
const RETRY_AFTER_ERROR: Duration = Duration::from_millis(50);

/// Sends every complete event crossterm has; Err when the receiver is gone.
fn forward_pending<E: From<Input>>(events: &Sender<E>) -> Result<(), ()> {
    loop {
        match crossterm::event::poll(POLL_SLICE) {
            Ok(true) => {}
            Ok(false) => return Ok(()),
            Err(_) => {
                std::thread::sleep(RETRY_AFTER_ERROR);
                return Ok(());
            }
        }
        let Ok(event) = crossterm::event::read() else {
            return Ok(());
        };
        let event = match event {
            crossterm::event::Event::Key(key)
                if key.kind != crossterm::event::KeyEventKind::Release =>
            {
                Input::Key(key)
            }
            crossterm::event::Event::Mouse(mouse) => Input::Mouse(mouse),
            crossterm::event::Event::Resize(..) => Input::Resize,
            _ => continue,
        };
        events.send(E::from(event)).map_err(|_| ())?;
    }
}

/// The terminal crossterm reads from: stdin when it is a tty, else /dev/tty (kept open here).
#[allow(dead_code)]
struct TtyFd(RawFd, Option<std::fs::File>);

impl TtyFd {
    fn open() -> std::io::Result<TtyFd> {
        if std::io::stdin().is_terminal() {
            return Ok(TtyFd(libc::STDIN_FILENO, None));
        }
        let file = std::fs::File::open("/dev/tty")?;
        Ok(TtyFd(file.as_raw_fd(), Some(file)))
    }
}
