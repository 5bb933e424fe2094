//! The few calls into the C library that have no safe wrapper, in one place so that every
//! `unsafe` block of brief can be read at once.

use std::os::fd::RawFd;

/// Waits until one of `fds` is readable (or hung up); returns which ones, in order. Retries on
/// EINTR; on any other error returns all false but the last, so a caller's control channel
/// (put last) can end its thread.
pub fn wait_readable(fds: &[RawFd]) -> Vec<bool> {
    let mut polled: Vec<libc::pollfd> = fds
        .iter()
        .map(|&fd| libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        })
        .collect();
    let count = libc::nfds_t::try_from(polled.len()).unwrap_or(0);
    loop {
        // SAFETY: `polled` is a valid, exclusively borrowed array of `count` pollfd for the
        // duration of the call.
        let n = unsafe { libc::poll(polled.as_mut_ptr(), count, -1) };
        if n >= 0 {
            break;
        }
        if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            let last = fds.len().saturating_sub(1);
            return (0..fds.len()).map(|i| i == last).collect();
        }
    }
    polled
        .iter()
        .map(|f| f.revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0)
        .collect()
}

/// Parsing a large briefing allocates several times its size for a moment; hand that back to
/// the system after a reload so a long meeting does not hold the peak of every edit.
pub fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free heap pages to the kernel.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The real user id of this process.
pub fn uid() -> u32 {
    // SAFETY: getuid has no preconditions and cannot fail.
    unsafe { libc::getuid() }
}

/// What `runtime::terminal::leave` writes, as bytes a signal handler can write without
/// allocating: mouse reporting off, main screen, cursor shown.
const RESET: &[u8] = b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l\x1b[?1049l\x1b[?25h";

/// The terminal's settings from before raw mode, and its descriptor, for [`on_fatal_signal`].
static SAVED_TERMIOS: std::sync::OnceLock<(RawFd, libc::termios)> = std::sync::OnceLock::new();

/// On each of `signals`, puts the terminal back (reset sequence, settings saved now, before
/// raw mode) and then lets the signal end the process as its default action would. For
/// faults, where no clean quit is possible: the handler does only what POSIX allows in one
/// (write, tcsetattr, raise).
pub fn on_fatal_signal(signals: &[libc::c_int], tty: RawFd) {
    // SAFETY: tcgetattr fills a zeroed termios for a descriptor we keep open.
    let mut termios: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(tty, &raw mut termios) } == 0 {
        let _ = SAVED_TERMIOS.set((tty, termios));
    }
    for &signal in signals {
        // SAFETY: a zeroed sigaction with an empty mask and a handler that is
        // async-signal-safe; SA_RESETHAND | SA_NODEFER make the handler's own raise() take
        // the default action at once.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = restore_and_die as *const () as usize;
            action.sa_flags = libc::SA_RESETHAND | libc::SA_NODEFER;
            libc::sigemptyset(&raw mut action.sa_mask);
            libc::sigaction(signal, &raw const action, std::ptr::null_mut());
        }
    }
}

extern "C" fn restore_and_die(signal: libc::c_int) {
    // SAFETY: write, tcsetattr and raise are async-signal-safe; RESET and SAVED_TERMIOS are
    // immutable once set.
    unsafe {
        libc::write(libc::STDOUT_FILENO, RESET.as_ptr().cast(), RESET.len());
        if let Some((fd, termios)) = SAVED_TERMIOS.get() {
            libc::tcsetattr(*fd, libc::TCSANOW, termios);
        }
        libc::raise(signal);
    }
}

/// poll(2) on `fds` for at most `timeout` (forever when `None`); retries on EINTR. Returns how
/// many descriptors have events (0 on timeout); `revents` says which.
pub fn poll(
    fds: &mut [libc::pollfd],
    timeout: Option<std::time::Duration>,
) -> std::io::Result<usize> {
    let count = libc::nfds_t::try_from(fds.len()).unwrap_or(0);
    let timeout = timeout.map_or(-1, |t| i32::try_from(t.as_millis()).unwrap_or(i32::MAX));
    loop {
        // SAFETY: `fds` is a valid, exclusively borrowed array of `count` pollfd for the
        // duration of the call.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), count, timeout) };
        if let Ok(n) = usize::try_from(n) {
            return Ok(n);
        }
        let error = std::io::Error::last_os_error();
        if error.kind() != std::io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
}
