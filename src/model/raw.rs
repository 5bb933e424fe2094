//! The serde mirror of a briefing file, exactly as written.
//!
//! Nothing here is trusted yet: unknown keys are refused (a typo must never be ignored) and
//! spans are kept so that `validate` can point at the offending spot.

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

pub type Span = std::ops::Range<usize>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBriefing {
    pub title: Spanned<String>,
    pub subtitle: Option<String>,
    pub presenter: Option<String>,
    #[serde(alias = "organization")]
    pub organisation: Option<String>,
    pub date: Option<Spanned<Datetime>>,
    pub period: Option<String>,
    pub summary: Option<String>,
    pub notes: Option<String>,
    pub language: Option<Spanned<String>>,
    pub duration: Option<Spanned<String>>,
    pub sections: Option<RawSections>,
    #[serde(default)]
    pub goals: Vec<RawItem>,
    #[serde(default)]
    pub achievements: Vec<RawItem>,
    #[serde(default)]
    pub challenges: Vec<RawItem>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSections {
    pub goals: Option<String>,
    pub achievements: Option<String>,
    pub challenges: Option<String>,
    pub durations: Option<RawSectionDurations>,
}

/// `durations = { goals = "10m", challenges = "5m" }` inside `[sections]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSectionDurations {
    pub goals: Option<Spanned<String>>,
    pub achievements: Option<Spanned<String>>,
    pub challenges: Option<Spanned<String>>,
}

/// One item of any section; `validate` refuses the fields that belong to another section.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    pub id: Option<Spanned<String>>,
    pub title: Spanned<String>,
    pub summary: Option<String>,
    #[serde(default)]
    pub details: Vec<String>,
    pub owner: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub notes: Option<String>,
    #[serde(default)]
    pub key: bool,
    pub duration: Option<Spanned<String>>,
    #[serde(default)]
    pub metrics: Vec<Spanned<RawMetric>>,
    // goals
    pub due: Option<Spanned<Datetime>>,
    pub status: Option<Spanned<String>>,
    // achievements
    pub date: Option<Spanned<Datetime>>,
    // challenges
    pub severity: Option<Spanned<String>>,
    #[serde(default)]
    pub mitigation: Vec<String>,
    #[serde(default)]
    pub threatens: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMetric {
    pub label: Spanned<String>,
    pub unit: Option<String>,
    pub value: Option<Spanned<toml::Value>>,
    pub as_of: Option<Spanned<Datetime>>,
    pub baseline: Option<Spanned<RawPoint>>,
    pub target: Option<Spanned<RawTarget>>,
    #[serde(default)]
    pub history: Vec<Spanned<RawPoint>>,
    pub better: Option<Spanned<String>>,
    #[serde(default)]
    pub key: bool,
    pub note: Option<String>,
    pub annual_growth: Option<Spanned<toml::Value>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPoint {
    pub value: Spanned<toml::Value>,
    pub date: Option<Spanned<Datetime>>,
}

/// `target` is read by hand in `validate` (a number, or a table such as
/// `{ at_least = 60, by = 2025-12-31 }`) so that each mistake in it gets its own message.
pub type RawTarget = toml::Value;
