//! A period as written: "2025", "2025-Q3", "2025-H1", "2025-07", or `{ from = DATE, to = DATE }`.

use toml::Spanned;

use super::Validator;
use super::scalars::plain_date;
use crate::model::Period;

impl Validator<'_> {
    /// A metric's or a point's `period`.
    pub(super) fn period(&mut self, raw: &Spanned<toml::Value>) -> Option<Period> {
        match read_period(raw.get_ref()) {
            Ok(period) => Some(period),
            Err((message, hint)) => {
                self.fail(raw.span(), message, hint);
                None
            }
        }
    }
}

/// Reads a period, or says what is wrong with it and how to write it.
pub(super) fn read_period(value: &toml::Value) -> Result<Period, (String, String)> {
    const HOW: &str = "write a year \"2025\", a quarter \"2025-Q3\", a half \"2025-H1\", a month \
                       \"2025-07\", or `{ from = 2025-01-01, to = 2025-06-30 }`";
    match value {
        toml::Value::String(text) => {
            Period::parse(text).ok_or_else(|| (format!("`{text}` is not a period"), HOW.to_owned()))
        }
        toml::Value::Integer(year) => Err((
            format!("a period is text: `{year}` is a number"),
            format!("write it in quotes: `period = \"{year}\"`"),
        )),
        toml::Value::Table(table) => {
            let date = |key: &str| match table.get(key) {
                Some(toml::Value::Datetime(dt)) => plain_date(dt),
                _ => None,
            };
            let extra = table.keys().find(|k| *k != "from" && *k != "to");
            match (date("from"), date("to"), extra) {
                (_, _, Some(key)) => {
                    Err((format!("unknown key `{key}` in a period"), HOW.to_owned()))
                }
                (Some(from), Some(to), None) => Period::between(from, to).ok_or_else(|| {
                    (
                        format!("the period ends ({to}) before it starts ({from})"),
                        "put the earlier date in `from`".to_owned(),
                    )
                }),
                _ => Err((
                    "a period table needs `from` and `to`, each a date without quotes".to_owned(),
                    HOW.to_owned(),
                )),
            }
        }
        other => Err((
            format!(
                "a period must be text or a table, found {}",
                other.type_str()
            ),
            HOW.to_owned(),
        )),
    }
}
