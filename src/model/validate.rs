//! Raw briefing -> validated `Briefing`, collecting every problem at once.
//!
//! The briefing is put together here; each part has its own file: `meta` (the top-level
//! keys), `item` (fields and the section they belong to), `ids` (ids and `threatens`
//! references), `metric` (figures and points), `target` (the target's table), `scalars`
//! (dates, durations and the words a key accepts), `placement` (a metric header under another
//! section's item). Warnings about a valid briefing are not found here but in `lint`.

mod ids;
mod item;
mod meta;
mod metric;
mod period;
mod placement;
mod scalars;
mod target;

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

pub use ids::slug;
pub use meta::default_section_names;
pub use scalars::parse_duration;

use super::raw::{RawBriefing, Span};
use super::{Briefing, Section};
use crate::diagnostic::{Diagnostic, LineIndex};
use crate::sanitize;

/// Validates `raw`; the briefing when it is valid, else every error in file order.
pub fn validate(
    raw: RawBriefing,
    source: &str,
    path: &Path,
    today: NaiveDate,
) -> Result<Briefing, Vec<Diagnostic>> {
    let mut v = Validator {
        source,
        lines: LineIndex::new(source),
        path,
        diagnostics: Vec::new(),
        ids: HashMap::new(),
        suggestions_left: ids::SUGGESTED_IDS,
    };
    let briefing = v.briefing(raw, today);
    if v.diagnostics.is_empty() {
        Ok(briefing)
    } else {
        v.diagnostics.sort_by_key(|d| (d.line, d.column));
        Err(v.diagnostics)
    }
}

struct Validator<'a> {
    source: &'a str,
    /// Line starts of `source`: every item and metric records its line, and counting newlines
    /// from the top for each made loading quadratic (8 s for a 10,000-item file).
    lines: LineIndex,
    path: &'a Path,
    diagnostics: Vec<Diagnostic>,
    /// Every item id seen so far, and where it was first used.
    ids: HashMap<String, ids::IdUse>,
    /// Unknown goal ids still worth a "did you mean" (each compares against every goal id).
    suggestions_left: usize,
}

impl Validator<'_> {
    fn error(&mut self, span: Span, message: impl Into<String>) -> &mut Diagnostic {
        let d = Diagnostic::error(self.path, message).at_indexed(self.source, &self.lines, span);
        self.diagnostics.push(d);
        self.diagnostics.last_mut().expect("just pushed")
    }

    /// Reports an error at `span` with a hint.
    fn fail(&mut self, span: Span, message: impl Into<String>, hint: impl Into<String>) {
        self.error(span, message).hint = Some(sanitize::line(&hint.into()));
    }

    /// The line of the `[[section]]` header above `span`: where an editor should open the item.
    fn header_line(&self, span: &Span) -> usize {
        let before = &self.source[..span.start.min(self.source.len())];
        let header = before
            .rmatch_indices('\n')
            .map(|(i, _)| i + 1)
            .chain([0])
            .find(|&i| before[i..].trim_start().starts_with("[["));
        self.line_of(&(header.unwrap_or(span.start)..span.end))
    }

    fn line_of(&self, span: &Span) -> usize {
        self.lines.line(span.start.min(self.source.len()))
    }

    fn briefing(&mut self, mut raw: RawBriefing, today: NaiveDate) -> Briefing {
        let meta = self.meta(&mut raw, today);
        let mut references = Vec::new();
        let goals = self.items(raw.goals, Section::Goals, &mut references);
        let achievements = self.items(raw.achievements, Section::Achievements, &mut references);
        let challenges = self.items(raw.challenges, Section::Challenges, &mut references);
        let briefing = Briefing {
            meta,
            goals,
            achievements,
            challenges,
        };
        self.references(&briefing, references);
        self.metric_placement(&briefing);
        briefing
    }
}

#[cfg(test)]
mod tests {
    use super::validate;
    use crate::model::{Briefing, ItemKind};

    fn load(text: &str) -> Briefing {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        let raw = toml::from_str(text).expect("valid TOML");
        match validate(raw, text, std::path::Path::new("t.toml"), today) {
            Ok(briefing) => briefing,
            Err(e) => panic!("{e:?}"),
        }
    }

    #[test]
    fn key_items_come_first_and_the_rest_keep_file_order() {
        let b = load(
            "title = \"t\"\n[[goals]]\ntitle = \"a\"\nsummary = \"s\"\n[[goals]]\ntitle = \"b\"\nsummary = \"s\"\n[[goals]]\ntitle = \"c\"\nsummary = \"s\"\nkey = true\n",
        );
        let titles: Vec<&str> = b.goals.iter().map(|g| g.title.as_str()).collect();
        assert_eq!(titles, ["c", "a", "b"]);
    }

    #[test]
    fn a_held_line_may_equal_its_baseline() {
        let b = load(
            "title = \"t\"\n[[goals]]\ntitle = \"jobs\"\n[[goals.metrics]]\nlabel = \"unemployment\"\nvalue = 5.4\nbaseline = { value = 5.5 }\ntarget = { at_most = 5.5 }\n",
        );
        assert_eq!(b.goals[0].metrics.len(), 1);
    }

    #[test]
    fn a_goal_id_with_control_characters_can_still_be_threatened() {
        let b = load(
            "title = \"t\"\n[[goals]]\nid = \"g\\u001b]0;x\\u0007\"\ntitle = \"g\"\nsummary = \"s\"\n[[challenges]]\ntitle = \"c\"\nsummary = \"s\"\nthreatens = [\"g\\u001b]0;x\\u0007\"]\n",
        );
        assert_eq!(b.goals[0].id, "g\u{241b}]0;x\u{2407}");
        assert!(
            matches!(&b.challenges[0].kind, ItemKind::Challenge { threatens, .. } if threatens == &[b.goals[0].id.clone()])
        );
    }
}
