//! A number that remembers how it was written, so 67.7 stays 67.7 and 1332 is not 1332.0.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub value: f64,
    text: String,
}

impl Number {
    /// `literal` is the source text of the number, if known; otherwise the value is formatted.
    pub fn new(value: f64, literal: Option<&str>) -> Number {
        let text = literal
            .map(|l| l.trim().trim_start_matches('+').replace('_', ""))
            .filter(|l| l.parse::<f64>().is_ok_and(|v| v == value))
            .unwrap_or_else(|| format_plain(value));
        Number { value, text }
    }

    pub fn as_written(&self) -> &str {
        &self.text
    }
}

impl From<f64> for Number {
    fn from(value: f64) -> Number {
        Number::new(value, None)
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Shortest text that reads back as the same value: 1332.0 prints as 1332, 0.1 as 0.1.
pub fn format_plain(value: f64) -> String {
    format!("{value}")
}

/// A computed figure with at most `decimals` decimals and no trailing zeros.
pub fn format_rounded(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    if text == "-0" { "0".to_owned() } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_literal() {
        assert_eq!(Number::new(67.7, Some("67.7")).to_string(), "67.7");
        assert_eq!(Number::new(38.74, Some("38.74")).to_string(), "38.74");
        assert_eq!(Number::new(1332.0, Some("1332")).to_string(), "1332");
        assert_eq!(Number::new(0.50, Some("0.50")).to_string(), "0.50");
        assert_eq!(
            Number::new(12_000_000.0, Some("12_000_000")).to_string(),
            "12000000"
        );
    }

    #[test]
    fn formats_without_a_literal() {
        assert_eq!(Number::from(1332.0).to_string(), "1332");
        assert_eq!(Number::from(5.2).to_string(), "5.2");
    }

    #[test]
    fn ignores_a_literal_that_disagrees() {
        assert_eq!(Number::new(2.0, Some("3")).to_string(), "2");
    }

    #[test]
    fn rounds_computed_figures() {
        assert_eq!(format_rounded(12.2934, 1), "12.3");
        assert_eq!(format_rounded(5.0, 1), "5");
        assert_eq!(format_rounded(-0.01, 1), "0");
    }
}
