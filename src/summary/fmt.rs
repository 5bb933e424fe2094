//! Figures as a person reads them: 67.7亿元, 5.2%, 12.3 km², ▲ +2.1, 45%, ▁▂▅▇.

use crate::figures::{Figures, is_improvement};
use crate::model::number::format_rounded;
use crate::model::{Direction, Metric, Number, Value};

/// A number with its unit: no space before CJK units and %, one before the rest.
pub fn with_unit(number: &str, unit: Option<&str>) -> String {
    match unit.map(str::trim).filter(|u| !u.is_empty()) {
        None => number.to_owned(),
        Some(u) if hugs_the_number(u) => format!("{number}{u}"),
        Some(u) => format!("{number} {u}"),
    }
}

fn hugs_the_number(unit: &str) -> bool {
    let first = unit.chars().next().unwrap_or(' ');
    matches!(first, '%' | '‰' | '°' | '×' | '倍')
        || unicode_width::UnicodeWidthChar::width(first).unwrap_or(1) > 1
}

/// The metric's current value with its unit ("67.7亿元", "3纵31横"), or "—".
pub fn value(metric: &Metric) -> String {
    match &metric.value {
        Some(Value::Number(n)) => with_unit(n.as_written(), metric.unit.as_deref()),
        Some(Value::Text(t)) => t.clone(),
        None => "—".to_owned(),
    }
}

pub fn number_with_unit(n: &Number, metric: &Metric) -> String {
    with_unit(n.as_written(), metric.unit.as_deref())
}

/// "≥ 60亿元 by 2025-12-31".
pub fn target(metric: &Metric) -> Option<String> {
    let t = metric.target.as_ref()?;
    let text = with_unit(&t.kind.describe(), metric.unit.as_deref());
    Some(match t.by {
        Some(by) => format!("{text} @ {by}"),
        None => text,
    })
}

/// "≥ 60亿元": the target without its deadline, for where the date stands beside it.
pub fn target_short(metric: &Metric) -> Option<String> {
    let t = metric.target.as_ref()?;
    Some(with_unit(&t.kind.describe(), metric.unit.as_deref()))
}

/// A share as a whole percentage: 0.456 -> "46%".
pub fn percent(share: f64) -> String {
    format!("{}%", format_rounded(share * 100.0, 0))
}

/// A rate per year: "12.3%".
pub fn rate(rate: f64) -> String {
    format!("{}%", format_rounded(rate, 1))
}

/// "▲ +2.1" / "▼ −3", and whether that is good news.
pub fn change(change: f64, better: Direction) -> (String, bool) {
    let arrow = if change > 0.0 {
        "▲"
    } else if change < 0.0 {
        "▼"
    } else {
        "="
    };
    let sign = if change > 0.0 {
        "+"
    } else if change < 0.0 {
        "−"
    } else {
        ""
    };
    let magnitude = format_rounded(change.abs(), 2);
    (
        format!("{arrow} {sign}{magnitude}"),
        is_improvement(change, better),
    )
}

/// A text progress bar of `width` cells for a share (clamped to the bar; the number says more).
pub fn bar(share: f64, width: usize) -> String {
    let share = share.clamp(0.0, 1.0);
    let eighths = (share * width as f64 * 8.0).round() as usize;
    let (full, part) = (eighths / 8, eighths % 8);
    let partial = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][part];
    let mut out = "█".repeat(full);
    if full < width {
        out.push(partial);
        out.push_str(&" ".repeat(width - full - 1));
    }
    out.replace(' ', "░")
}

/// A sparkline of the values, at most `width` points (the latest ones).
pub fn sparkline(values: &[f64], width: usize) -> String {
    const TICKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let values = &values[values.len().saturating_sub(width)..];
    let (lo, hi) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        });
    values
        .iter()
        .map(|v| {
            let t = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
            TICKS[((t * 7.0).round() as usize).min(7)]
        })
        .collect()
}

/// The most telling context for a metric: progress, else the rate contrast, else the target.
pub fn context(metric: &Metric, f: &Figures, texts: &crate::texts::Texts) -> Option<String> {
    if let Some(p) = f.progress {
        return Some(format!(
            "{} {} → {}",
            texts.progress,
            percent(p),
            target(metric).unwrap_or_default()
        ));
    }
    if let (Some(need), Some(did)) = (f.needed_rate, f.achieved_rate) {
        return Some(rate_contrast(need, did, texts));
    }
    if let Some(t) = target(metric) {
        return Some(format!("{} {t}", texts.target));
    }
    // The change from the baseline is already on the figure line.
    None
}

/// "needs 12.3%/yr · achieved 5.2%/yr".
pub fn rate_contrast(need: f64, did: f64, t: &crate::texts::Texts) -> String {
    format!(
        "{} {}{} · {} {}{}",
        t.needed_rate,
        rate(need),
        t.per_year,
        t.achieved_rate,
        rate(did),
        t.per_year
    )
}

/// "needs 12.3% vs 5.2%/yr": the contrast for a one-line card.
pub fn rate_contrast_short(need: f64, did: f64, t: &crate::texts::Texts) -> String {
    format!(
        "{} {} vs {}{}",
        t.needed_rate,
        rate(need),
        rate(did),
        t.per_year
    )
}

/// "+6.3%", "−25%", "0%".
pub fn signed_percent(value: f64) -> String {
    let text = format_rounded(value.abs(), 1);
    let sign = match value {
        v if v > 0.0 && text != "0" => "+",
        v if v < 0.0 && text != "0" => "−",
        _ => "",
    };
    format!("{sign}{text}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_read_naturally() {
        assert_eq!(with_unit("67.7", Some("亿元")), "67.7亿元");
        assert_eq!(with_unit("16.2", Some("万人")), "16.2万人");
        assert_eq!(with_unit("5.2", Some("%")), "5.2%");
        assert_eq!(with_unit("12.3", Some("km²")), "12.3 km²");
        assert_eq!(with_unit("250", Some("ms")), "250 ms");
        assert_eq!(with_unit("1332", None), "1332");
    }

    #[test]
    fn bars_and_sparklines_fit_their_width() {
        assert_eq!(bar(0.5, 4), "██░░");
        assert_eq!(bar(2.0, 3), "███");
        assert_eq!(bar(-1.0, 2), "░░");
        assert_eq!(sparkline(&[1.0, 2.0, 3.0], 10), "▁▅█");
        assert_eq!(sparkline(&[1.0, 2.0, 3.0], 2).chars().count(), 2);
    }

    #[test]
    fn changes_say_whether_they_are_good() {
        assert_eq!(change(2.1, Direction::Higher), ("▲ +2.1".to_owned(), true));
        assert_eq!(change(-3.0, Direction::Lower), ("▼ −3".to_owned(), true));
    }
}
