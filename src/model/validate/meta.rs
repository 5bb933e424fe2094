//! The briefing's own keys: title, date, language, durations and the section names.

use chrono::NaiveDate;

use super::Validator;
use crate::model::raw::RawBriefing;
use crate::model::{Language, Meta};
use crate::sanitize;

impl Validator<'_> {
    /// Reads the top-level keys; the sections' items are left in `raw` for `items`.
    pub(super) fn meta(&mut self, raw: &mut RawBriefing, today: NaiveDate) -> Meta {
        if raw.title.get_ref().trim().is_empty() {
            self.fail(
                raw.title.span(),
                "the title is empty",
                "write what the meeting is about, e.g. `title = \"Q3 review\"`",
            );
        }
        let language = raw
            .language
            .as_ref()
            .map_or(Language::En, |l| self.language(l));
        let date = raw.date.as_ref().and_then(|d| self.date(d));
        let duration = raw.duration.as_ref().and_then(|d| self.duration(d));
        let mut sections = raw.sections.take().unwrap_or_default();
        let budgets = sections.durations.take().unwrap_or_default();
        let section_durations = [budgets.goals, budgets.achievements, budgets.challenges]
            .map(|d| d.as_ref().and_then(|d| self.duration(d)));
        let given = [sections.goals, sections.achievements, sections.challenges];
        let mut defaults = default_section_names(language).into_iter();
        let section_names = given.map(|given| {
            let default = defaults.next().unwrap_or_default();
            given.map_or_else(|| default.to_owned(), |g| sanitize::line(&g))
        });
        Meta {
            title: sanitize::line(raw.title.get_ref()),
            subtitle: raw.subtitle.as_deref().map(sanitize::line),
            presenter: raw.presenter.as_deref().map(sanitize::line),
            organisation: raw.organisation.as_deref().map(sanitize::line),
            date: date.unwrap_or(today),
            date_given: date.is_some(),
            period: raw.period.as_deref().map(sanitize::line),
            summary: raw.summary.as_deref().map(sanitize::multiline),
            notes: raw.notes.as_deref().map(sanitize::multiline),
            language,
            language_given: raw.language.is_some(),
            duration,
            section_names,
            section_durations,
        }
    }
}

pub fn default_section_names(language: Language) -> [&'static str; 3] {
    match language {
        Language::En => ["Goals", "Achievements", "Challenges"],
        Language::Zh => ["奋斗目标", "主要成绩", "困难挑战"],
    }
}
