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
