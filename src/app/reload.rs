//! A new version of a briefing from disk: whether to show it yet, and showing it without
//! losing the reader's place.

use std::path::Path;

use super::{App, Effect};
use crate::document::{Reading, ReloadOutcome};
use crate::model::{Briefing, Section};

impl App {
    /// Whether `reading` of `path` may be half a save, to be shown only once the file has been
    /// quiet: it is broken or missing (the banner should only show an error that stays), or it
    /// has fewer items or metrics than the version on screen (a valid file cut at a `[[…]]`
    /// header is the first chunk of a save more often than a deletion).
    pub fn doubts(&self, path: &Path, reading: &Reading) -> bool {
        let Ok(loaded) = &reading.result else {
            return true;
        };
        self.docs
            .iter()
            .filter(|d| d.path == path)
            .filter_map(|d| d.briefing())
            .any(|old| loses_content(old, &loaded.briefing))
    }

    /// A new version of `path` as the runtime read it (or failed to read it), keeping the
    /// reader's place. A place the new version lacks (an item briefly missing from a half
    /// save) is kept until the item comes back or the reader moves.
    pub fn on_loaded(&mut self, path: &Path, reading: Reading) -> Effect {
        let place = self.kept_place.clone().unwrap_or_else(|| self.place());
        let at = self.now.time();
        let mut outcome = ReloadOutcome::Same;
        let mut reading = Some(reading);
        for (i, doc) in self.docs.iter_mut().enumerate() {
            if doc.path != path {
                continue;
            }
            let Some(reading) = reading.take() else { break };
            outcome = doc.apply(reading, at);
            if i == self.current && outcome == ReloadOutcome::Updated {
                let word = doc.briefing().map_or(crate::texts::EN.reloaded, |b| {
                    crate::texts::texts(b.meta.language).reloaded
                });
                self.message = Some(format!("{word} {}", at.format("%H:%M:%S")));
            }
        }
        if outcome == ReloadOutcome::Same {
            return Effect::None;
        }
        self.refresh();
        if self.restore_place(&place) {
            self.kept_place = None;
        } else {
            self.kept_place = Some(place);
            self.kept_at = self.position();
        }
        Effect::Redraw
    }
}

/// True when `new` has fewer items in a section, or fewer metrics in all, than `old`.
fn loses_content(old: &Briefing, new: &Briefing) -> bool {
    let metrics = |b: &Briefing| b.items().map(|(_, i)| i.metrics.len()).sum::<usize>();
    Section::ALL
        .into_iter()
        .any(|s| new.section(s).len() < old.section(s).len())
        || metrics(new) < metrics(old)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, read};

    const WHOLE: &str = "title = \"T\"\n\n[[goals]]\ntitle = \"G\"\n\n[[goals.metrics]]\nlabel = \"m\"\nvalue = 1\n\n[[challenges]]\ntitle = \"C\"\n";

    /// What may be half a save waits for the file to be quiet; a whole version does not.
    #[test]
    fn broken_missing_and_shrunk_versions_are_doubted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.toml");
        std::fs::write(&path, WHOLE).unwrap();
        let today = crate::load::today();
        let app = App::new(vec![Document::open(&path, today)]);
        let doubts = |text: Option<&str>| {
            match text {
                Some(text) => std::fs::write(&path, text).unwrap(),
                None => std::fs::remove_file(&path).unwrap(),
            }
            app.doubts(&path, &read(&path, today))
        };
        assert!(!doubts(Some(&WHOLE.replace("\"G\"", "\"G2\""))), "an edit");
        assert!(!doubts(Some(&format!(
            "{WHOLE}\n[[challenges]]\ntitle = \"D\"\n"
        ))));
        assert!(doubts(Some(
            &WHOLE[..WHOLE.find("[[challenges]]").unwrap()]
        )));
        assert!(doubts(Some(
            &WHOLE[..WHOLE.find("[[goals.metrics]]").unwrap()]
        )));
        assert!(doubts(Some(&WHOLE[..WHOLE.find("= 1").unwrap()])), "broken");
        assert!(doubts(None), "missing");
    }
}
