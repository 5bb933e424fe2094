//! When to read a changed briefing: at once when a save completed, or once the file has been
//! quiet when what is on disk may be half a save.
//!
//! An editor may write a file in chunks, 15–200 ms apart. Reading between two chunks shows
//! an error that is not there (a table cut in half) or, worse, a valid half file (cut at a
//! `[[challenges]]`) that moves the presenter's slide. So a bare write is not read until the
//! file has been quiet for [`QUIET`], and a reading that is broken, missing, or loses content
//! is not shown at once either: it is read again once quiet, and shown then if it still is.
//! A complete, whole save is read and shown at once: that is the common case, and it costs
//! no waiting at all.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a file must be quiet before a doubtful version of it is shown: longer than the
/// pause between an editor's chunks.
pub const QUIET: Duration = Duration::from_millis(300);

/// A file written without pause is still shown this long after its first change.
pub const MAX_WAIT: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, Copy)]
struct Wait {
    first: Instant,
    last: Instant,
}

impl Wait {
    fn due(&self) -> Instant {
        (self.last + QUIET).min(self.first + MAX_WAIT)
    }
}

/// The files waiting to be quiet.
#[derive(Debug, Default)]
pub struct Quiet {
    waiting: HashMap<PathBuf, Wait>,
}

impl Quiet {
    /// `path` changed at `now` in a way that needs the file quiet before it is shown.
    pub fn wait(&mut self, path: &Path, now: Instant) {
        self.waiting
            .entry(path.to_path_buf())
            .and_modify(|w| w.last = now)
            .or_insert(Wait {
                first: now,
                last: now,
            });
    }

    /// `path` was read and shown: nothing more to wait for.
    pub fn settled(&mut self, path: &Path) {
        self.waiting.remove(path);
    }

    /// When the next file will be quiet.
    pub fn deadline(&self) -> Option<Instant> {
        self.waiting.values().map(Wait::due).min()
    }

    /// The files quiet as of `now`, no longer waited for.
    pub fn take_due(&mut self, now: Instant) -> Vec<PathBuf> {
        let due: Vec<PathBuf> = self
            .waiting
            .iter()
            .filter(|(_, w)| w.due() <= now)
            .map(|(p, _)| p.clone())
            .collect();
        for path in &due {
            self.waiting.remove(path);
        }
        due
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_change_pushes_the_deadline_until_the_longest_wait() {
        let mut quiet = Quiet::default();
        let t0 = Instant::now();
        let path = Path::new("b.toml");
        quiet.wait(path, t0);
        assert_eq!(quiet.deadline(), Some(t0 + QUIET));
        quiet.wait(path, t0 + Duration::from_millis(100));
        assert_eq!(
            quiet.deadline(),
            Some(t0 + Duration::from_millis(100) + QUIET)
        );
        assert!(quiet.take_due(t0 + QUIET).is_empty());
        for ms in (0..3000).step_by(100) {
            quiet.wait(path, t0 + Duration::from_millis(ms));
        }
        assert_eq!(quiet.deadline(), Some(t0 + MAX_WAIT));
        assert_eq!(quiet.take_due(t0 + MAX_WAIT), [path]);
        assert_eq!(quiet.deadline(), None);
    }

    #[test]
    fn a_shown_file_is_not_waited_for() {
        let mut quiet = Quiet::default();
        quiet.wait(Path::new("b.toml"), Instant::now());
        quiet.settled(Path::new("b.toml"));
        assert_eq!(quiet.deadline(), None);
    }
}
