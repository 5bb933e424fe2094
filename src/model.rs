//! The validated briefing: types that cannot hold a bad value.
//!
//! Everything in here has passed `validate`; text is already sanitised, dates are real dates,
//! numbers are finite. Computed figures live in `figures`, not here.

pub mod loose_date;
pub mod number;
pub mod period;
pub mod raw;
pub mod target;
pub mod validate;

use chrono::NaiveDate;

pub use number::Number;
pub use period::Period;
pub use target::{Target, TargetKind};

#[derive(Debug, Clone, PartialEq)]
pub struct Briefing {
    pub meta: Meta,
    pub goals: Vec<Item>,
    pub achievements: Vec<Item>,
    pub challenges: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub title: String,
    pub subtitle: Option<String>,
    pub presenter: Option<String>,
    pub organisation: Option<String>,
    /// The meeting date, and the "as of" date of every computed figure.
    pub date: NaiveDate,
    /// False when the file gave no date and today was used.
    pub date_given: bool,
    pub period: Option<String>,
    pub summary: Option<String>,
    pub notes: Option<String>,
    pub language: Language,
    /// False when the file named no language and English was assumed.
    pub language_given: bool,
    pub duration: Option<std::time::Duration>,
    pub section_names: [String; 3],
    /// Time budgets per section, for presentation time-keeping.
    pub section_durations: [Option<std::time::Duration>; 3],
}

impl Meta {
    /// Takes `language` for a briefing that names none (the user's configured language), with
    /// the section names that go with it where the file gave none of its own.
    pub fn assume_language(&mut self, language: Language) {
        if self.language_given || self.language == language {
            return;
        }
        let was = validate::default_section_names(self.language);
        let now = validate::default_section_names(language);
        for ((name, was), now) in self.section_names.iter_mut().zip(was).zip(now) {
            if name == was {
                now.clone_into(name);
            }
        }
        self.language = language;
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    En,
    Zh,
}

impl Language {
    /// `en`, `zh` and the other names the format accepts for them, in any case.
    pub fn parse(text: &str) -> Option<Language> {
        match text.trim().to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Language::En),
            "zh" | "zh-cn" | "zh-hans" | "chinese" | "中文" => Some(Language::Zh),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Goals,
    Achievements,
    Challenges,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Goals, Section::Achievements, Section::Challenges];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn key(self) -> &'static str {
        match self {
            Section::Goals => "goals",
            Section::Achievements => "achievements",
            Section::Challenges => "challenges",
        }
    }

    /// One item of the section, as a message names it: `goal`, `achievement`, `challenge`.
    pub fn singular(self) -> &'static str {
        match self {
            Section::Goals => "goal",
            Section::Achievements => "achievement",
            Section::Challenges => "challenge",
        }
    }
}

impl Briefing {
    pub fn section(&self, section: Section) -> &[Item] {
        match section {
            Section::Goals => &self.goals,
            Section::Achievements => &self.achievements,
            Section::Challenges => &self.challenges,
        }
    }

    pub fn section_name(&self, section: Section) -> &str {
        &self.meta.section_names[section.index()]
    }

    pub fn items(&self) -> impl Iterator<Item = (Section, &Item)> {
        Section::ALL
            .into_iter()
            .flat_map(move |s| self.section(s).iter().map(move |item| (s, item)))
    }

    pub fn find(&self, id: &str) -> Option<(Section, usize)> {
        Section::ALL.into_iter().find_map(|s| {
            self.section(s)
                .iter()
                .position(|item| item.id == id)
                .map(|i| (s, i))
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub details: Vec<String>,
    pub owner: Option<String>,
    pub tags: Vec<String>,
    pub notes: Option<String>,
    pub key: bool,
    pub duration: Option<std::time::Duration>,
    pub metrics: Vec<Metric>,
    pub kind: ItemKind,
    /// 1-based line of the item's `[[section]]` header, for "open in editor".
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ItemKind {
    Goal {
        due: Option<NaiveDate>,
        status: Option<Status>,
    },
    Achievement {
        date: Option<NaiveDate>,
    },
    Challenge {
        severity: Severity,
        mitigation: Vec<String>,
        threatens: Vec<String>,
    },
}

/// Where a goal stands. Ordered from best to worst news, so a goal takes the worst of its
/// metrics' statuses and a move to a later one is a move for the worse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// The target is met (for a period target: the period's result met it).
    Done,
    OnTrack,
    /// A target for a period or date still ahead, with no result to judge yet.
    Planned,
    AtRisk,
    OffTrack,
    /// The deadline passed, or the period's result is in, and the target was not met.
    Missed,
}

impl Status {
    /// In the order counts are shown.
    pub const ALL: [Status; 6] = [
        Status::OnTrack,
        Status::AtRisk,
        Status::OffTrack,
        Status::Missed,
        Status::Planned,
        Status::Done,
    ];

    pub fn parse(text: &str) -> Option<Status> {
        match text
            .trim()
            .to_ascii_lowercase()
            .replace(['-', ' '], "_")
            .as_str()
        {
            "done" | "met" | "complete" => Some(Status::Done),
            "on_track" => Some(Status::OnTrack),
            "at_risk" => Some(Status::AtRisk),
            "off_track" => Some(Status::OffTrack),
            "missed" | "not_met" => Some(Status::Missed),
            "planned" => Some(Status::Planned),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 4] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
    ];

    pub fn parse(text: &str) -> Option<Severity> {
        match text.trim().to_ascii_lowercase().as_str() {
            "low" => Some(Severity::Low),
            "medium" => Some(Severity::Medium),
            "high" => Some(Severity::High),
            "critical" => Some(Severity::Critical),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Higher,
    Lower,
}

impl Direction {
    /// `higher` / `lower`, or `up` / `down`, in any case.
    pub fn parse(text: &str) -> Option<Direction> {
        match text.trim().to_ascii_lowercase().as_str() {
            "higher" | "up" => Some(Direction::Higher),
            "lower" | "down" => Some(Direction::Lower),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Number(Number),
    /// A figure that is not a number, such as the report's "3纵31横" road grid.
    Text(String),
}

/// What a metric measures, which decides how its changes are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MetricKind {
    /// A stock at a point in time: GDP, roads built so far, people on a list. Changes are in
    /// its unit and in percent; it has growth rates per year.
    Level,
    /// An amount over a period: jobs created this year, output in a quarter. Its targets are
    /// for a period; a partial figure is judged against the share of the period gone.
    Flow,
    /// A rate, share or ratio, usually in %: growth, unemployment, forest cover. It changes in
    /// percentage points and has no growth rate of its own.
    Rate,
}

impl MetricKind {
    /// The kind a unit suggests when the file does not say: a percentage is a rate.
    pub fn from_unit(unit: Option<&str>) -> MetricKind {
        match unit.map(str::trim) {
            Some("%" | "％" | "‰" | "pp" | "percent" | "百分点" | "个百分点") => {
                MetricKind::Rate
            }
            _ => MetricKind::Level,
        }
    }

    pub fn parse(text: &str) -> Option<MetricKind> {
        match text.trim().to_ascii_lowercase().as_str() {
            "level" | "stock" => Some(MetricKind::Level),
            "flow" | "amount" => Some(MetricKind::Flow),
            "rate" | "share" | "ratio" | "percentage" => Some(MetricKind::Rate),
            _ => None,
        }
    }
}

/// How a reported value is qualified: "over 90 trillion", "about 0.4万户".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    Over,
    Under,
    About,
}

impl Qualifier {
    /// The sign shown before the number: "> 90", "< 5", "≈ 0.4".
    pub fn sign(self) -> &'static str {
        match self {
            Qualifier::Over => ">",
            Qualifier::Under => "<",
            Qualifier::About => "≈",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub value: Number,
    pub date: Option<NaiveDate>,
    /// The period this value is the result of, when it is one.
    pub period: Option<Period>,
}

impl Point {
    /// The day the point stands at: its date, else its period's last day (a period's result is
    /// known when the period ends).
    pub fn day(&self) -> Option<NaiveDate> {
        self.date.or(self.period.as_ref().map(|period| period.end))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    pub label: String,
    pub unit: Option<String>,
    pub kind: MetricKind,
    pub value: Option<Value>,
    /// "over", "under", "about": how the source qualifies the value.
    pub qualifier: Option<Qualifier>,
    /// The period `value` is the result of ("2024"), or a partial figure for (year to date).
    pub period: Option<Period>,
    /// When `value` was measured; the briefing date when absent.
    pub as_of: Option<NaiveDate>,
    pub baseline: Option<Point>,
    /// The target in force: the only one, or of a list the one for the latest period.
    pub target: Option<Target>,
    /// Of a list of targets per period, the others, earliest first: what earlier periods'
    /// results are judged against.
    pub earlier_targets: Vec<Target>,
    pub history: Vec<Point>,
    pub better: Direction,
    /// Whether `better` was written in the file (or implied by the target), rather than the
    /// default: an `around` target reads as a ceiling or a floor only when it was.
    pub better_stated: bool,
    pub key: bool,
    pub note: Option<String>,
    /// Where the figure comes from: a document, page, table or address.
    pub source: Option<String>,
    /// A stated average growth per year in percent, for when there is no history to compute it.
    pub annual_growth: Option<Number>,
    pub line: usize,
}

impl Metric {
    pub fn number(&self) -> Option<&Number> {
        match &self.value {
            Some(Value::Number(n)) => Some(n),
            _ => None,
        }
    }

    /// The target set for `period`, among the one in force and the earlier ones.
    pub fn target_for(&self, period: &Period) -> Option<&Target> {
        self.target
            .iter()
            .chain(&self.earlier_targets)
            .find(|t| t.period.as_ref().is_some_and(|p| p.same_span(period)))
    }
}
