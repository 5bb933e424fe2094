//! Item ids, explicit or derived from the title, and the `threatens` references to goals.

use super::Validator;
use crate::diagnostic::did_you_mean;
use crate::model::raw::{RawItem, Span};
use crate::model::{Briefing, Section};
use crate::sanitize;

pub(super) struct IdUse {
    /// The `id`, or the title the id was derived from.
    span: Span,
    /// Whether it was written as an `id`.
    explicit: bool,
    section: Section,
}

/// How many unknown goal ids get a "did you mean": a rename gone wrong across thousands of
/// challenges made that thousands × thousands comparisons, seconds at every reload.
pub(super) const SUGGESTED_IDS: usize = 100;

/// How many goal ids an unknown reference's hint lists.
const SHOWN_IDS: usize = 8;

/// A threatened-goal reference, checked once all goals are known.
pub(super) struct Reference {
    pub id: String,
    pub span: Span,
}

impl Validator<'_> {
    /// Explicit ids must be unique; ids derived from titles are made unique with a suffix.
    pub(super) fn item_id(&mut self, raw: &RawItem, section: Section) -> String {
        let Some(id) = &raw.id else {
            return self.derived_id(raw, section);
        };
        let text = sanitize::line(id.get_ref().trim());
        if text.is_empty() {
            self.fail(
                id.span(),
                "the id is empty",
                "remove `id` to derive one from the title",
            );
        } else if let Some(first) = self.ids.get(&text) {
            let line = self.line_of(&first.span);
            let hint = if first.explicit {
                format!("`{text}` is already used at line {line}; ids must be unique")
            } else {
                format!(
                    "the item at line {line} gets the id `{text}` from its title; give one of them another `id`"
                )
            };
            self.fail(id.span(), format!("duplicate id `{text}`"), hint);
        } else {
            let first = IdUse {
                span: id.span(),
                explicit: true,
                section,
            };
            self.ids.insert(text.clone(), first);
        }
        text
    }

    fn derived_id(&mut self, raw: &RawItem, section: Section) -> String {
        let base = slug(raw.title.get_ref());
        let mut id = base.clone();
        let mut n = 2;
        while self.ids.contains_key(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let first = IdUse {
            span: raw.title.span(),
            explicit: false,
            section,
        };
        self.ids.insert(id.clone(), first);
        id
    }

    /// Checks every `threatens` reference once all goals are known.
    pub(super) fn references(&mut self, briefing: &Briefing, references: Vec<Reference>) {
        if references.is_empty() {
            return;
        }
        // Each id once: a duplicate id (an error of its own) must not be listed twice in a hint.
        let mut seen = std::collections::HashSet::new();
        let goal_ids: Vec<&str> = briefing
            .goals
            .iter()
            .map(|g| g.id.as_str())
            .filter(|id| seen.insert(*id))
            .collect();
        for reference in references {
            self.reference(&goal_ids, reference);
        }
    }

    fn reference(&mut self, goal_ids: &[&str], reference: Reference) {
        let Reference { id, span } = reference;
        // The id map, not `Briefing::find`: a scan of every item per reference was quadratic.
        match self.ids.get(&id).map(|first| first.section) {
            Some(Section::Goals) => {}
            Some(section) => self.fail(
                span,
                format!("`{id}` is one of the {}, not a goal", section.key()),
                "`threatens` lists the ids of goals",
            ),
            None => {
                let hint = self.unknown_goal_hint(goal_ids, &id);
                self.fail(span, format!("no goal has the id `{id}`"), hint);
            }
        }
    }

    /// "Did you mean" for the first few unknown ids, else a few of the goal ids there are.
    fn unknown_goal_hint(&mut self, goal_ids: &[&str], id: &str) -> String {
        let suggest = self.suggestions_left > 0;
        self.suggestions_left = self.suggestions_left.saturating_sub(1);
        let suggestion = suggest
            .then(|| did_you_mean(id, goal_ids.iter().copied()))
            .flatten();
        if let Some(s) = suggestion {
            return format!("did you mean `{s}`?");
        }
        let known: Vec<String> = goal_ids
            .iter()
            .take(SHOWN_IDS)
            .map(|id| format!("`{id}`"))
            .collect();
        match goal_ids.len() {
            0 => "there are no goals; `threatens` lists the ids of goals".into(),
            n if n > SHOWN_IDS => {
                format!(
                    "known goal ids: {}, and {} more",
                    known.join(", "),
                    n - SHOWN_IDS
                )
            }
            _ => format!("known goal ids: {}", known.join(", ")),
        }
    }
}

/// A stable id from a title: lowercase words joined by `-`; CJK characters are kept as they are.
pub fn slug(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    for ch in title.trim().chars() {
        // ASCII first: `is_alphanumeric` and `to_lowercase` look up Unicode tables.
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !ch.is_ascii() && ch.is_alphanumeric() {
            out.extend(ch.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.truncate(out.trim_end_matches('-').len());
    if out.is_empty() {
        "item".to_owned()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_cjk_and_join_words() {
        assert_eq!(slug("Cut p99 latency!"), "cut-p99-latency");
        assert_eq!(slug("GDP 达到 60亿元"), "gdp-达到-60亿元");
        assert_eq!(slug("   "), "item");
        assert_eq!(slug("--Ärger 2024 — Q3!--"), "ärger-2024-q3");
        assert_eq!(slug("ΣΑΣ  x"), "σασ-x");
    }
}
