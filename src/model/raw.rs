//! The serde mirror of a briefing file, exactly as written, and the one description of the
//! format.
//!
//! Nothing here is trusted yet: unknown keys are refused (a typo must never be ignored) and
//! spans are kept so that `validate` can point at the offending spot. The same structs give
//! `brief schema` (schemars): each field's doc comment is the description an editor shows on
//! hover, so it is written for the person editing a briefing. To add a key, add the field here
//! with its doc comment (and `#[schemars(with)]` for a spanned value), then read it in one
//! function of `validate`; the schema, its tests and the list of target keys follow.

mod keys;
pub mod shapes;

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

pub use keys::serde_keys;
use shapes::{Date, Duration, Figure, Number, PeriodShape, TargetShape};

use super::Section;

pub type Span = std::ops::Range<usize>;

/// A briefing for one meeting: its goals, achievements and challenges. Reference:
/// docs/format.md.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "brief briefing", transform = shapes::organisation_alias)]
pub struct RawBriefing {
    /// What the meeting is about, shown on the title screen. Required, not empty.
    #[schemars(with = "String")]
    pub title: Spanned<String>,
    /// A second line under the title.
    pub subtitle: Option<String>,
    /// Who presents the briefing.
    pub presenter: Option<String>,
    /// The organisation the briefing is about or from. Also spelt `organization`; give one,
    /// not both.
    #[serde(alias = "organization")]
    pub organisation: Option<String>,
    /// The date of the meeting, e.g. 2025-03-14 (no quotes). Every computed figure is worked
    /// out as of this date; today when absent.
    #[schemars(with = "Option<Date>")]
    pub date: Option<Spanned<Datetime>>,
    /// The period the briefing covers, as free text, e.g. "2021–2025" or "Q3 2025".
    pub period: Option<String>,
    /// A one-paragraph summary of the briefing.
    pub summary: Option<String>,
    /// Speaker notes for the briefing as a whole.
    pub notes: Option<String>,
    /// Language of the interface text: `en` (default) or `zh`. It also picks the default
    /// section names.
    #[schemars(
        with = "Option<String>",
        extend("enum" = ["en", "zh", "english", "chinese", "zh-cn", "zh-CN", "zh-hans", "zh-Hans", "中文"])
    )]
    pub language: Option<Spanned<String>>,
    /// Time planned for the whole meeting, e.g. "30m" or "1h30m".
    #[schemars(with = "Option<Duration>")]
    pub duration: Option<Spanned<String>>,
    /// Display names of the three sections; each defaults by `language` (Goals / Achievements
    /// / Challenges, or 奋斗目标 / 主要成绩 / 困难挑战).
    pub sections: Option<RawSections>,
    /// The goals, each written as a [[goals]] table.
    #[serde(default)]
    #[schemars(schema_with = "shapes::goals")]
    pub goals: Vec<RawItem>,
    /// The achievements, each written as an [[achievements]] table.
    #[serde(default)]
    #[schemars(schema_with = "shapes::achievements")]
    pub achievements: Vec<RawItem>,
    /// The challenges, each written as a [[challenges]] table.
    #[serde(default)]
    #[schemars(schema_with = "shapes::challenges")]
    pub challenges: Vec<RawItem>,
}

/// `[sections]`: the display names of the three sections, and their time budgets.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "sections")]
pub struct RawSections {
    /// Display name of the goals section, e.g. "奋斗目标".
    pub goals: Option<String>,
    /// Display name of the achievements section, e.g. "主要成绩".
    pub achievements: Option<String>,
    /// Display name of the challenges section, e.g. "困难挑战".
    pub challenges: Option<String>,
    /// Time planned per section in presentation mode, shared by the section's slides that
    /// have no `duration` of their own.
    pub durations: Option<RawSectionDurations>,
}

/// `durations = { goals = "10m", challenges = "5m" }` inside `[sections]`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "section_durations")]
pub struct RawSectionDurations {
    /// Time planned for the goals section, e.g. "10m".
    #[schemars(with = "Option<Duration>")]
    pub goals: Option<Spanned<String>>,
    /// Time planned for the achievements section.
    #[schemars(with = "Option<Duration>")]
    pub achievements: Option<Spanned<String>>,
    /// Time planned for the challenges section.
    #[schemars(with = "Option<Duration>")]
    pub challenges: Option<Spanned<String>>,
}

/// One item of any section. The keys of one section only are listed in [`SECTION_KEYS`]:
/// `validate` refuses them in another section's items, and the schema leaves them out there.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    /// A stable id for the item. Derived from the title when absent (lowercase words joined
    /// by `-`). Must be unique in the briefing.
    #[schemars(with = "Option<String>")]
    pub id: Option<Spanned<String>>,
    /// The item's title. Required, not empty.
    #[schemars(with = "String")]
    pub title: Spanned<String>,
    /// One or two sentences on the item.
    pub summary: Option<String>,
    /// Detail bullets, one string each.
    #[serde(default)]
    pub details: Vec<String>,
    /// Who is responsible for it.
    pub owner: Option<String>,
    /// Short labels, e.g. `["infra", "hiring"]`.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Speaker notes for this item.
    pub notes: Option<String>,
    /// `true` promotes the item to the front of its section.
    #[serde(default)]
    pub key: bool,
    /// Time planned for this item, e.g. "5m" or "90s".
    #[schemars(with = "Option<Duration>")]
    pub duration: Option<Spanned<String>>,
    /// The figures of this item, each written as a [[…metrics]] table under the item.
    #[serde(default)]
    #[schemars(with = "Vec<RawMetric>")]
    pub metrics: Vec<Spanned<RawMetric>>,
    /// The date the goal is due. Past due and not done gives a warning.
    #[schemars(with = "Option<Date>")]
    pub due: Option<Spanned<Datetime>>,
    /// Sets the status, overriding the one computed from the metrics: `on track`, `at risk`,
    /// `off track` or `done`.
    #[schemars(
        with = "Option<String>",
        extend("enum" = ["on track", "at risk", "off track", "done", "missed", "planned", "on_track", "at_risk", "off_track", "on-track", "at-risk", "off-track", "met", "complete", "not met", "not_met"])
    )]
    pub status: Option<Spanned<String>>,
    /// When it happened, e.g. 2020-12-31.
    #[schemars(with = "Option<Date>")]
    pub date: Option<Spanned<Datetime>>,
    /// How serious it is: `low`, `medium` (default), `high` or `critical`.
    #[schemars(
        with = "Option<String>",
        extend("enum" = ["low", "medium", "high", "critical"])
    )]
    pub severity: Option<Spanned<String>>,
    /// Steps taken or planned against it, one string each.
    #[serde(default)]
    pub mitigation: Vec<String>,
    /// The ids of the goals this challenge puts at risk; each must be a goal's id.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub threatens: Vec<Spanned<String>>,
}

/// The keys that only one section's items may have, and that section. Every other key of
/// [`RawItem`] belongs to all three.
pub const SECTION_KEYS: [(&str, Section); 6] = [
    ("due", Section::Goals),
    ("status", Section::Goals),
    ("date", Section::Achievements),
    ("severity", Section::Challenges),
    ("mitigation", Section::Challenges),
    ("threatens", Section::Challenges),
];

impl RawItem {
    /// Where `key`, one of [`SECTION_KEYS`], is written in this item; `None` when it is not.
    /// `mitigation` keeps no span of its own and points at the title.
    pub fn section_key_span(&self, key: &str) -> Option<Span> {
        match key {
            "due" => self.due.as_ref().map(Spanned::span),
            "status" => self.status.as_ref().map(Spanned::span),
            "date" => self.date.as_ref().map(Spanned::span),
            "severity" => self.severity.as_ref().map(Spanned::span),
            "mitigation" => (!self.mitigation.is_empty()).then(|| self.title.span()),
            "threatens" => self.threatens.first().map(Spanned::span),
            _ => None,
        }
    }
}

/// A figure: a current value, and optionally where it started, where it should get to, and its
/// history.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "metric")]
pub struct RawMetric {
    /// What is measured, e.g. "GDP" or "p99 latency". Required, not empty.
    #[schemars(with = "String")]
    pub label: Spanned<String>,
    /// The unit, without a leading space: "%", "亿元", "km²", "ms". Shown after the number as
    /// it reads: 5.2%, 33.6亿元, 12.3 km².
    pub unit: Option<String>,
    /// What the figure is: `level` (a stock at a time: GDP, roads built), `flow` (an amount over
    /// a period: jobs created this year) or `rate` (a rate, share or ratio: growth,
    /// unemployment). A rate changes in percentage points and has no growth rate per year.
    /// Default: `rate` when the unit is %, else `level`.
    #[schemars(
        with = "Option<String>",
        extend("enum" = ["level", "flow", "rate", "stock", "amount", "share", "ratio", "percentage"])
    )]
    pub kind: Option<Spanned<String>>,
    /// The current value: a number, shown as written (67.7 stays 67.7), or text where the
    /// figure is not a number, e.g. "3纵31横", or a number the source qualifies:
    /// `{ over = 90 }`, `{ under = 5 }`, `{ about = 0.4 }`.
    #[schemars(with = "Option<Figure>")]
    pub value: Option<Spanned<toml::Value>>,
    /// The period `value` is the result of: "2024", "2025-Q3", "2025-H1", "2025-07", or
    /// `{ from = 2025-01-01, to = 2025-06-30 }`. Before the period ends it is a figure so far
    /// (year to date).
    #[schemars(with = "Option<PeriodShape>")]
    pub period: Option<Spanned<toml::Value>>,
    /// Where the figure comes from: a document, page, table or address. Shown in the detail
    /// and the handout.
    pub source: Option<String>,
    /// When `value` was measured; the briefing `date` when absent. The needed growth rate is
    /// counted from here.
    #[schemars(with = "Option<Date>")]
    pub as_of: Option<Spanned<Datetime>>,
    /// Where the figure started: `{ value = 26.4, date = 2015-12-31 }`. Progress is measured
    /// from here; with a date, so is the time elapsed.
    #[schemars(with = "Option<RawPoint>")]
    pub baseline: Option<Spanned<RawPoint>>,
    /// The target: a plain number means "reach this"; a table such as
    /// `{ at_least = 60, by = 2025-12-31 }` says the kind and the deadline, or
    /// `{ around = 5, period = "2025" }` the period it is for; a list of tables gives a target
    /// per period, the latest in force.
    #[schemars(with = "Option<TargetShape>")]
    pub target: Option<Spanned<RawTarget>>,
    /// Past values in time order, for the sparkline: `[{ value = 26.4, date = 2015-12-31 },
    /// …]`. The first and last dated points give the growth rate achieved.
    #[serde(default)]
    #[schemars(with = "Vec<RawPoint>")]
    pub history: Vec<Spanned<RawPoint>>,
    /// Which way is better: `higher` (default, or implied by `at_least`) or `lower` (or
    /// implied by `at_most`).
    #[schemars(
        with = "Option<String>",
        extend("enum" = ["higher", "lower", "up", "down"])
    )]
    pub better: Option<Spanned<String>>,
    /// `true` marks a headline figure of the item.
    #[serde(default)]
    pub key: bool,
    /// A remark on the figure, such as its source or a caveat.
    pub note: Option<String>,
    /// Average growth per year, in percent (5.2 means 5.2% a year), as stated; used when
    /// `history` has no two dated points to compute it.
    #[schemars(with = "Option<Number>")]
    pub annual_growth: Option<Spanned<toml::Value>>,
}

/// One value of the figure, with its date: the baseline, or a past value in `history`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "point")]
pub struct RawPoint {
    /// The value then.
    #[schemars(with = "Number")]
    pub value: Spanned<toml::Value>,
    /// When it had that value, e.g. 2020-12-31.
    #[schemars(with = "Option<Date>")]
    pub date: Option<Spanned<Datetime>>,
    /// The period the value is the result of, e.g. "2024" (instead of, or as well as, a date).
    #[schemars(with = "Option<PeriodShape>")]
    pub period: Option<Spanned<toml::Value>>,
}

/// `target` is kept as written (a number, or a table such as `{ at_least = 60, by = 2025-12-31
/// }`) and read by hand in `validate`, so that each mistake in it gets its own message.
pub type RawTarget = toml::Value;

/// The table form of a target: exactly one of [`TARGET_KINDS`], the keys that go with it
/// ([`TARGET_COMPANIONS`]) and an optional deadline `by`.
///
/// serde never reads a target into this struct; its fields are the keys `validate` accepts in
/// a target table (through [`serde_keys`]), and its doc comments are the schema's. To add a
/// kind: a field here, its name in `TARGET_KINDS`, and its arm in `validate::target`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "target_table", transform = shapes::one_target_kind)]
pub struct RawTargetTable {
    /// Reach this value, in the `better` direction: shown as "60".
    #[schemars(with = "Option<Number>")]
    pub reach: Option<toml::Value>,
    /// Met at this value or above: shown as "≥ 12000000". Implies better = higher.
    #[schemars(with = "Option<Number>")]
    pub at_least: Option<toml::Value>,
    /// Met at this value or below: shown as "≤ 5.5". Implies better = lower.
    #[schemars(with = "Option<Number>")]
    pub at_most: Option<toml::Value>,
    /// Met within `tolerance` of this value (for a rate ±0.25 points, else 5% of it, when no
    /// tolerance is given): shown as "≈ 5". With `better` stated, a ceiling or a floor.
    #[schemars(with = "Option<Number>")]
    pub around: Option<toml::Value>,
    /// A fall from the previous period's value: in percent of it for a level or flow, in
    /// points for a rate ("cut energy use per unit of GDP by 2%"). Shown as "↓ 2%".
    #[schemars(with = "Option<Number>")]
    pub down_by: Option<toml::Value>,
    /// A rise from the previous period's value, as `down_by`. Shown as "↑ 5%".
    #[schemars(with = "Option<Number>")]
    pub up_by: Option<toml::Value>,
    /// How far from `around` still counts as met, in the metric's unit; with `down_by` or
    /// `up_by`, it makes "down around 2%".
    #[schemars(with = "Option<Number>")]
    pub tolerance: Option<toml::Value>,
    /// Met inside this range, bounds included, lower bound first: `[4.5, 5]`, shown as "4.5–5".
    #[schemars(with = "Option<[Number; 2]>")]
    pub between: Option<toml::Value>,
    /// The deadline, e.g. 2025-12-31. Gives days left, the time elapsed and the growth rate
    /// needed.
    #[schemars(with = "Option<Date>")]
    pub by: Option<toml::Value>,
    /// The period the target is for: "2025", "2025-Q3", "2025-H1", "2025-07", or
    /// `{ from = …, to = … }`. Judged by that period's result, never before it is in.
    #[schemars(with = "Option<PeriodShape>")]
    pub period: Option<toml::Value>,
}

/// The keys that say what kind a target is; a target table has exactly one of them.
pub const TARGET_KINDS: [&str; 7] = [
    "reach", "at_least", "at_most", "around", "between", "down_by", "up_by",
];

/// Keys of a target table that go only with some kinds: (key, kinds).
pub const TARGET_COMPANIONS: [(&str, &[&str]); 1] =
    [("tolerance", &["around", "down_by", "up_by"])];

/// Every key a target table accepts, in the order of [`RawTargetTable`].
pub fn target_keys() -> &'static [&'static str] {
    serde_keys::<RawTargetTable>()
}
