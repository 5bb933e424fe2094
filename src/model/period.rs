//! A period a figure or a target is for: a year, a half, a quarter, a month, or any span of
//! dates. Plans set targets for periods ("over 12 million jobs in 2025") and report results
//! for periods ("GDP grew 5.0% in 2024"), and the two only compare within the same period.

use std::fmt;

use chrono::{Datelike, NaiveDate};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Period {
    /// First and last day, both included.
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// As the file wrote it: "2025", "2025-Q3", "2025-H1", "2025-07", or "from–to".
    label: String,
}

impl Period {
    /// Reads "2025", "2025-Q3", "2025-H2", "2025-07"; `None` for anything else.
    pub fn parse(text: &str) -> Option<Period> {
        let text = text.trim();
        let label = text.to_owned();
        if let Ok(year) = text.parse::<i32>() {
            return (1000..=9999)
                .contains(&year)
                .then(|| Period::months(year, 1, 12, label))?;
        }
        let (year, part) = text.split_once('-')?;
        let year: i32 = year.parse().ok().filter(|y| (1000..=9999).contains(y))?;
        let part = part.to_ascii_uppercase();
        let (first, last) = match part.as_str() {
            "Q1" => (1, 3),
            "Q2" => (4, 6),
            "Q3" => (7, 9),
            "Q4" => (10, 12),
            "H1" => (1, 6),
            "H2" => (7, 12),
            month => {
                let m: u32 = month.parse().ok().filter(|m| (1..=12).contains(m))?;
                if month.len() != 2 {
                    return None;
                }
                (m, m)
            }
        };
        Period::months(year, first, last, label)
    }

    /// The span from `start` to `end`, both included; `None` when `end` is before `start`.
    pub fn between(start: NaiveDate, end: NaiveDate) -> Option<Period> {
        (end >= start).then(|| Period {
            start,
            end,
            label: format!("{start}–{end}"),
        })
    }

    fn months(year: i32, first: u32, last: u32, label: String) -> Option<Period> {
        let start = NaiveDate::from_ymd_opt(year, first, 1)?;
        let after = if last == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, last + 1, 1)?
        };
        Some(Period {
            start,
            end: after.pred_opt()?,
            label,
        })
    }

    pub fn label(&self) -> &str {
        &self.label
    }

    /// Days in the period.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// Whether the period is over on `date` (its last day has passed).
    pub fn is_over(&self, date: NaiveDate) -> bool {
        date > self.end
    }

    /// The share of the period gone by the end of `date`, between 0 and 1.
    pub fn elapsed(&self, date: NaiveDate) -> f64 {
        let gone = (date - self.start).num_days() + 1;
        (gone as f64 / self.days() as f64).clamp(0.0, 1.0)
    }

    /// Whether the two periods are the same span of days, however written.
    pub fn same_span(&self, other: &Period) -> bool {
        self.start == other.start && self.end == other.end
    }

    /// The year of a whole-year period, for reading "2024" where a year is meant.
    pub fn year(&self) -> Option<i32> {
        let whole = self.start.month() == 1
            && self.start.day() == 1
            && self.end.month() == 12
            && self.end.day() == 31
            && self.start.year() == self.end.year();
        whole.then(|| self.start.year())
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reads_the_usual_periods() {
        let year = Period::parse("2025").unwrap();
        assert_eq!(
            (year.start, year.end, year.days()),
            (d(2025, 1, 1), d(2025, 12, 31), 365)
        );
        let q3 = Period::parse("2025-Q3").unwrap();
        assert_eq!((q3.start, q3.end), (d(2025, 7, 1), d(2025, 9, 30)));
        let h1 = Period::parse("2024-h1").unwrap();
        assert_eq!(
            (h1.start, h1.end, h1.days()),
            (d(2024, 1, 1), d(2024, 6, 30), 182)
        );
        let feb = Period::parse("2024-02").unwrap();
        assert_eq!(feb.end, d(2024, 2, 29));
        assert_eq!(Period::parse("2025-Q3").unwrap().to_string(), "2025-Q3");
    }

    #[test]
    fn refuses_what_is_not_a_period() {
        for text in [
            "", "25", "2025-Q5", "2025-13", "2025-7", "Q3 2025", "2025/07", "FY2025",
        ] {
            assert_eq!(Period::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn knows_how_much_of_it_is_gone() {
        let year = Period::parse("2025").unwrap();
        assert!(!year.is_over(d(2025, 12, 31)));
        assert!(year.is_over(d(2026, 1, 1)));
        assert_eq!(year.elapsed(d(2024, 6, 1)), 0.0);
        assert!((year.elapsed(d(2025, 3, 31)) - 90.0 / 365.0).abs() < 1e-9);
        assert_eq!(year.elapsed(d(2026, 3, 1)), 1.0);
        assert_eq!(year.year(), Some(2025));
        assert_eq!(Period::parse("2025-Q1").unwrap().year(), None);
    }
}
