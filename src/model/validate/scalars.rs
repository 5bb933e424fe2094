//! Single values: dates, durations, and the words a key accepts (language, status, severity,
//! the better direction).

use chrono::NaiveDate;
use toml::Spanned;
use toml::value::Datetime;

use super::Validator;
use crate::diagnostic::did_you_mean;
use crate::model::{Direction, Language, MetricKind, Severity, Status};

impl Validator<'_> {
    pub(super) fn language(&mut self, raw: &Spanned<String>) -> Language {
        let written = raw.get_ref().trim().to_ascii_lowercase();
        Language::parse(&written).unwrap_or_else(|| {
            let hint = suggest(&written, ["en", "zh"], "use `en` or `zh`");
            self.fail(
                raw.span(),
                format!("unknown language `{written}`, expected `en` or `zh`"),
                hint,
            );
            Language::En
        })
    }

    pub(super) fn status(&mut self, raw: &Spanned<String>) -> Option<Status> {
        let status = Status::parse(raw.get_ref());
        if status.is_none() {
            let written = raw
                .get_ref()
                .trim()
                .to_ascii_lowercase()
                .replace(['-', '_'], " ");
            let hint = suggest(
                &written,
                ["on track", "at risk", "off track", "done"],
                "expected one of `on track`, `at risk`, `off track`, `done`",
            );
            self.fail(
                raw.span(),
                format!("unknown status `{}`", raw.get_ref()),
                hint,
            );
        }
        status
    }

    pub(super) fn severity(&mut self, raw: &Spanned<String>) -> Severity {
        Severity::parse(raw.get_ref()).unwrap_or_else(|| {
            let hint = suggest(
                &raw.get_ref().to_ascii_lowercase(),
                ["low", "medium", "high", "critical"],
                "expected one of `low`, `medium`, `high`, `critical`",
            );
            self.fail(
                raw.span(),
                format!("unknown severity `{}`", raw.get_ref()),
                hint,
            );
            Severity::Medium
        })
    }

    pub(super) fn metric_kind(&mut self, raw: &Spanned<String>) -> MetricKind {
        let text = raw.get_ref();
        MetricKind::parse(text).unwrap_or_else(|| {
            let hint = did_you_mean(text, ["level", "flow", "rate"]).map_or_else(
                || "use `level`, `flow` or `rate`".to_owned(),
                |s| format!("did you mean `{s}`?"),
            );
            self.fail(raw.span(), format!("unknown kind `{text}`"), hint);
            MetricKind::Level
        })
    }

    pub(super) fn direction(&mut self, raw: &Spanned<String>) -> Direction {
        let written = raw.get_ref().trim().to_ascii_lowercase();
        Direction::parse(&written).unwrap_or_else(|| {
            let hint = suggest(&written, ["higher", "lower"], "use `higher` or `lower`");
            self.fail(
                raw.span(),
                format!("`better` must be `higher` or `lower`, not `{written}`"),
                hint,
            );
            Direction::Higher
        })
    }

    pub(super) fn date(&mut self, raw: &Spanned<Datetime>) -> Option<NaiveDate> {
        let dt = raw.get_ref();
        let date = plain_date(dt);
        if date.is_none() {
            self.fail(
                raw.span(),
                format!("`{dt}` is not a plain date"),
                "write a date as YYYY-MM-DD, without a time",
            );
        }
        date
    }

    pub(super) fn duration(&mut self, raw: &Spanned<String>) -> Option<std::time::Duration> {
        let parsed = parse_duration(raw.get_ref());
        if parsed.is_none() {
            self.fail(
                raw.span(),
                format!("`{}` is not a duration", raw.get_ref()),
                "write it like \"90s\", \"5m\", \"1h30m\"",
            );
        }
        parsed
    }
}

/// "Did you mean" the closest of `names`, else `otherwise`.
fn suggest<'a>(written: &str, names: impl IntoIterator<Item = &'a str>, otherwise: &str) -> String {
    did_you_mean(written, names)
        .map_or_else(|| otherwise.to_owned(), |s| format!("did you mean `{s}`?"))
}

/// The date of a TOML datetime that is a date and nothing more (no time, no offset).
pub(super) fn plain_date(dt: &Datetime) -> Option<NaiveDate> {
    match (dt.date, dt.time) {
        (Some(d), None) => {
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
        }
        _ => None,
    }
}

/// "90s", "5m", "1h30m", "1h 30m".
pub fn parse_duration(text: &str) -> Option<std::time::Duration> {
    let mut total = 0u64;
    let mut digits = String::new();
    let mut any = false;
    for ch in text.chars().filter(|c| !c.is_whitespace()) {
        if ch.is_ascii_digit() {
            digits.push(ch);
            continue;
        }
        let n: u64 = digits.parse().ok()?;
        digits.clear();
        total += n * match ch {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => return None,
        };
        any = true;
    }
    (digits.is_empty() && any).then(|| std::time::Duration::from_secs(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_like_people_write_them() {
        assert_eq!(
            parse_duration("5m"),
            Some(std::time::Duration::from_secs(300))
        );
        assert_eq!(
            parse_duration("1h 30m"),
            Some(std::time::Duration::from_secs(5400))
        );
        assert_eq!(parse_duration("5"), None);
        assert_eq!(parse_duration("5x"), None);
    }
}
