//! One briefing file as the screen knows it: the last good version and the current problem.
//!
//! A reload replaces the good version only when the new text is valid, so a half-typed edit
//! never takes the screen away.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::diagnostic::Diagnostic;
use crate::load::{LoadResult, Loaded, load_file};
use crate::model::{Briefing, Item, Section};

#[derive(Debug, Clone)]
pub struct Document {
    pub path: PathBuf,
    pub good: Option<Loaded>,
    /// The problems of the file as it is now on disk; empty when `good` is current.
    pub errors: Vec<Diagnostic>,
    /// The file was not there at the last (re)load.
    pub missing: bool,
    /// Items and metrics whose content changed at the last reload, shown until the next key.
    pub changed: HashSet<ChangeMark>,
    /// Wall-clock time of the last successful reload, for the status line.
    pub reloaded_at: Option<chrono::NaiveTime>,
}

/// One reading of a briefing file from disk: its load result, and whether the file was there.
#[derive(Debug, Clone)]
pub struct Reading {
    pub result: LoadResult,
    pub missing: bool,
}

/// Reads and loads `path` as of `today`.
pub fn read(path: &Path, today: NaiveDate) -> Reading {
    let result = load_file(path, today);
    let missing = result.is_err() && !path.exists();
    Reading { result, missing }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChangeMark {
    Item(String),
    Metric { item: String, label: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReloadOutcome {
    /// A valid new version replaced the old one.
    Updated,
    /// The file is unchanged in content.
    Same,
    /// The new text has errors; the last good version stays.
    Broken,
    /// The file is gone; the last good version stays.
    Missing,
}

impl Document {
    pub fn open(path: &Path, today: NaiveDate) -> Document {
        let mut doc = Document {
            path: path.to_path_buf(),
            good: None,
            errors: Vec::new(),
            missing: false,
            changed: HashSet::new(),
            reloaded_at: None,
        };
        doc.apply(read(path, today), chrono::NaiveTime::MIN);
        doc.changed.clear();
        doc.reloaded_at = None;
        doc
    }

    pub fn briefing(&self) -> Option<&Briefing> {
        self.good.as_ref().map(|l| &l.briefing)
    }

    /// Takes a new reading of the file, made at `at`: a valid one replaces the good version,
    /// a broken or missing one is kept beside it.
    pub fn apply(&mut self, reading: Reading, at: chrono::NaiveTime) -> ReloadOutcome {
        let outcome = self.take(reading);
        if outcome == ReloadOutcome::Updated {
            self.reloaded_at = Some(at);
        }
        outcome
    }

    fn take(&mut self, reading: Reading) -> ReloadOutcome {
        match reading.result {
            Ok(loaded) => {
                let recovered = !self.errors.is_empty();
                self.errors.clear();
                self.missing = false;
                let same = self
                    .good
                    .as_ref()
                    .is_some_and(|old| old.briefing == loaded.briefing);
                if same {
                    return if recovered {
                        ReloadOutcome::Updated
                    } else {
                        ReloadOutcome::Same
                    };
                }
                self.changed = self
                    .briefing()
                    .map(|old| changes(old, &loaded.briefing))
                    .unwrap_or_default();
                self.good = Some(loaded);
                ReloadOutcome::Updated
            }
            Err(errors) => {
                self.missing = reading.missing;
                self.errors = errors;
                if self.missing {
                    ReloadOutcome::Missing
                } else {
                    ReloadOutcome::Broken
                }
            }
        }
    }
}

/// What differs between two versions, matched by item id and metric label. Line numbers are
/// ignored: an edit above an item moves it without changing it.
fn changes(old: &Briefing, new: &Briefing) -> HashSet<ChangeMark> {
    let mut marks = HashSet::new();
    // By id through a map: a linear search per item made a reload of 10,000 items quadratic.
    let old_items: std::collections::HashMap<(Section, &str), &Item> = old
        .items()
        .map(|(s, item)| ((s, item.id.as_str()), item))
        .collect();
    for (section, item) in new.items() {
        let before = old_items.get(&(section, item.id.as_str())).copied();
        match before {
            Some(before) if same_item(before, item) => {}
            Some(before) => {
                marks.insert(ChangeMark::Item(item.id.clone()));
                for metric in &item.metrics {
                    let old_metric = before.metrics.iter().find(|m| m.label == metric.label);
                    if old_metric.is_none_or(|m| {
                        let mut m = m.clone();
                        m.line = metric.line;
                        m != *metric
                    }) {
                        marks.insert(ChangeMark::Metric {
                            item: item.id.clone(),
                            label: metric.label.clone(),
                        });
                    }
                }
            }
            None => {
                marks.insert(ChangeMark::Item(item.id.clone()));
            }
        }
    }
    marks
}

fn same_item(a: &Item, b: &Item) -> bool {
    let mut a = a.clone();
    a.line = b.line;
    for (ma, mb) in a.metrics.iter_mut().zip(&b.metrics) {
        ma.line = mb.line;
    }
    a == *b
}
