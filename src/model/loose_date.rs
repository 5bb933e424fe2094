//! Dates as people write them (`31/12/2025`, `2025.12.31`, `2025年12月31日`), read only to say
//! how to write them as TOML dates (`2025-12-31`).
//!
//! A briefing's dates are TOML dates, and brief never guesses one: a date written another way
//! is an error, but its message gives the corrected value when only one reading is possible,
//! and both readings when day and month could be swapped (`03/04/2025`).

use chrono::NaiveDate;

/// How a date-like text reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LooseDate {
    /// One date only.
    Date(NaiveDate),
    /// Day first or month first, both real dates: (day first, month first).
    Ambiguous(NaiveDate, NaiveDate),
    /// Shaped like a date, but no reading of it is a real date.
    NotReal,
}

/// Reads `text` if it is shaped like a date: three numbers with a four-digit year first or
/// last, separated by `/`, `.` or `-`, or written `2025年12月31日`. `None` for anything else.
pub fn read(text: &str) -> Option<LooseDate> {
    let parts = parts(text.trim())?;
    let [a, b, c] = parts.map(|p| p.parse::<u32>().ok());
    let (a, b, c) = (a?, b?, c?);
    let date = |y: u32, m: u32, d: u32| NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d);
    let reading = if parts[0].len() == 4 {
        date(a, b, c).map(LooseDate::Date)
    } else if parts[2].len() == 4 {
        match (date(c, b, a), date(c, a, b)) {
            (Some(day_first), Some(month_first)) if day_first != month_first => {
                Some(LooseDate::Ambiguous(day_first, month_first))
            }
            (Some(one), _) | (None, Some(one)) => Some(LooseDate::Date(one)),
            (None, None) => None,
        }
    } else {
        return None;
    };
    Some(reading.unwrap_or(LooseDate::NotReal))
}

/// The three numbers of a date-like text, or `None` when it is not shaped like a date.
fn parts(text: &str) -> Option<[&str; 3]> {
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    let cjk = text
        .strip_suffix(['日', '号'])
        .unwrap_or(text)
        .split_once('年')
        .and_then(|(y, rest)| rest.split_once('月').map(|(m, d)| [y, m, d]));
    let parts = cjk.or_else(|| {
        let separator = text.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
        let mut split = text.split(separator);
        let parts = [split.next()?, split.next()?, split.next()?];
        split.next().is_none().then_some(parts)
    })?;
    parts.iter().all(|p| digits(p)).then_some(parts)
}

/// What to say about a date-like `text` in a date key: a message and a hint with the date
/// written as TOML writes it. `quoted` when the text was written in quotes. `None` when `text`
/// is not shaped like a date.
pub fn advice(text: &str, quoted: bool) -> Option<(String, String)> {
    let shown = if quoted {
        format!("\"{text}\"")
    } else {
        text.to_owned()
    };
    let unquote = if quoted { ", without quotes" } else { "" };
    let message = if quoted {
        format!("`{shown}` is text, not a date")
    } else {
        format!("`{shown}` is not written as a date")
    };
    let hint = match read(text)? {
        LooseDate::Date(date) => format!("write the date as {date}{unquote}"),
        LooseDate::Ambiguous(day_first, month_first) => format!(
            "`{text}` could be {} or {}: write the date as {day_first} or {month_first}{unquote}",
            day_first.format("%-d %B"),
            month_first.format("%-d %B"),
        ),
        LooseDate::NotReal => {
            format!("`{text}` is no real date; write dates as YYYY-MM-DD{unquote}, e.g. 2025-12-31")
        }
    };
    Some((message, hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn reads_the_usual_ways_of_writing_a_date() {
        let end = Some(LooseDate::Date(day(2025, 12, 31)));
        for text in [
            "31/12/2025",
            "12/31/2025",
            "2025/12/31",
            "2025.12.31",
            "31.12.2025",
            "2025-12-31",
            "2025年12月31日",
            "2025年12月31号",
            "2025年12月31",
        ] {
            assert_eq!(read(text), end, "{text}");
        }
        assert_eq!(read("2025-1-5"), Some(LooseDate::Date(day(2025, 1, 5))));
        assert_eq!(read("04/04/2025"), Some(LooseDate::Date(day(2025, 4, 4))));
    }

    #[test]
    fn day_and_month_that_could_swap_are_ambiguous() {
        assert_eq!(
            read("03/04/2025"),
            Some(LooseDate::Ambiguous(day(2025, 4, 3), day(2025, 3, 4)))
        );
    }

    #[test]
    fn impossible_dates_and_other_text_are_told_apart() {
        assert_eq!(read("2025/02/30"), Some(LooseDate::NotReal));
        assert_eq!(read("45/45/2025"), Some(LooseDate::NotReal));
        for text in [
            "next year",
            "Q3",
            "2021/2025",
            "1.2.3",
            "12/31/25",
            "2025-12-31-1",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn advice_gives_the_corrected_value() {
        assert_eq!(
            advice("31/12/2025", false),
            Some((
                "`31/12/2025` is not written as a date".to_owned(),
                "write the date as 2025-12-31".to_owned()
            ))
        );
        assert_eq!(
            advice("03/04/2025", true).map(|a| a.1),
            Some(
                "`03/04/2025` could be 3 April or 4 March: write the date as 2025-04-03 or 2025-03-04, without quotes"
                    .to_owned()
            )
        );
        assert_eq!(advice("soon", true), None);
    }
}
