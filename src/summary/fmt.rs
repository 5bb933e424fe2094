//! Figures as a person reads them: 67.7亿元, 5.2%, 12.3 km², > 90 trillion yuan, ▲ +2.1亿元,
//! ▼ −0.3 pp, 45%, ▁▂▅▇.

use crate::figures::{Figures, Measured, Pace, in_points, is_improvement};
use crate::model::number::format_rounded;
use crate::model::{Direction, Metric, MetricKind, Number, Target, TargetKind, Value};
use crate::texts::Texts;

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

/// The metric's current value with its unit and qualifier ("67.7亿元", "> 90 trillion yuan",
/// "3纵31横"), or "—".
pub fn value(metric: &Metric) -> String {
    match &metric.value {
        Some(Value::Number(n)) => {
            let figure = with_unit(n.as_written(), metric.unit.as_deref());
            match metric.qualifier {
                Some(q) => format!("{} {figure}", q.sign()),
                None => figure,
            }
        }
        Some(Value::Text(t)) => t.clone(),
        None => "—".to_owned(),
    }
}

/// The value with the period it is the result of: "4.9% (2024)".
pub fn value_with_period(metric: &Metric) -> String {
    match &metric.period {
        Some(p) if metric.value.is_some() => format!("{} ({p})", value(metric)),
        _ => value(metric),
    }
}

pub fn number_with_unit(n: &Number, metric: &Metric) -> String {
    with_unit(n.as_written(), metric.unit.as_deref())
}

/// "≥ 60亿元 @ 2025-12-31", "≈ 5% (2025)", "↓ 2% (2025)": the target in force.
pub fn target(metric: &Metric, t: &Texts) -> Option<String> {
    Some(target_words(metric.target.as_ref()?, metric, t))
}

/// A target as a person says it, with its unit and its deadline or period. A fall or rise is
/// in percent of the previous value for a quantity, in points for a rate.
pub fn target_words(target: &Target, metric: &Metric, t: &Texts) -> String {
    let text = match &target.kind {
        TargetKind::DownBy { .. } | TargetKind::UpBy { .. } => {
            let described = target.kind.describe();
            if metric.kind == MetricKind::Rate {
                format!("{described} {}", t.points)
            } else {
                format!("{described}%")
            }
        }
        kind => with_unit(&kind.describe(), metric.unit.as_deref()),
    };
    match (&target.period, target.by) {
        (_, Some(by)) => format!("{text} @ {by}"),
        (Some(period), None) => format!("{text} ({period})"),
        (None, None) => text,
    }
}

/// "≥ 60亿元": the target without its deadline, for where the date stands beside it.
pub fn target_short(metric: &Metric, t: &Texts) -> Option<String> {
    Some(target_bound_words(metric.target.as_ref()?, metric, t))
}

/// A target without its deadline, as a chart's legend and table say it: "≥ 60亿元", and for a
/// fall or rise also the bound it comes to, which is what the chart marks: "↓ 13.5% (≤ 0.5017
/// 吨标准煤/万元)", never "↓ 13.5吨标准煤/万元".
pub fn target_bound_words(target: &Target, metric: &Metric, t: &Texts) -> String {
    let bare = Target {
        by: None,
        period: None,
        ..target.clone()
    };
    let words = target_words(&bare, metric, t);
    if !matches!(
        target.kind,
        TargetKind::DownBy { .. } | TargetKind::UpBy { .. }
    ) {
        return words;
    }
    let previous = crate::figures::previous_value(metric, target);
    match target.kind.resolve(metric.kind, previous) {
        Some(bound) => format!(
            "{words} ({})",
            with_unit(&bound.describe(), metric.unit.as_deref())
        ),
        None => words,
    }
}

/// A share as a whole percentage: 0.456 -> "46%".
pub fn percent(share: f64) -> String {
    format!("{}%", format_rounded(share * 100.0, 0))
}

/// A share as drawn on screen, between 0% and 100%: a bar or a label never shows "-31%" or
/// "112%" (the raw figure stays in the figures and the handout's table).
pub fn percent_clamped(share: f64) -> String {
    percent(share.clamp(0.0, 1.0))
}

/// A rate per year: "12.3%".
pub fn rate(rate: f64) -> String {
    // The minus sign the deltas use, not a hyphen.
    format!("{}%", format_rounded(rate, 1).replacen('-', "−", 1))
}

/// "▲ +2.1亿元", "▼ −0.3 pp": a change in the metric's own unit (points for a rate), and
/// whether it is good news.
pub fn change_with_unit(change: f64, metric: &Metric, t: &Texts) -> (String, bool) {
    let (text, good) = self::change(change, metric.better);
    (delta_unit(&text, metric, t), good)
}

/// Puts the unit of a change after it: points for a rate, else the metric's unit.
pub fn delta_unit(text: &str, metric: &Metric, t: &Texts) -> String {
    if in_points(metric) {
        with_unit(text, Some(t.points))
    } else {
        with_unit(text, metric.unit.as_deref())
    }
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

/// How a sparkline is scaled, so that a small change looks small.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scale {
    /// A quantity: from zero, so 26 → 34 is a rise of a third, not from floor to ceiling.
    FromZero,
    /// A rate: a band at least this many points tall around the values, so 5.4 → 5.1 is a
    /// small step down, not a cliff.
    Points(f64),
}

impl Scale {
    /// The honest scale for a metric: from zero for levels and flows, a 2-point band for rates.
    pub fn of(metric: &Metric) -> Scale {
        match metric.kind {
            MetricKind::Rate => Scale::Points(2.0),
            _ => Scale::FromZero,
        }
    }
}

/// A sparkline of the values, at most `width` points (the latest ones), on `scale`.
pub fn sparkline(values: &[f64], width: usize, scale: Scale) -> String {
    const TICKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let values = &values[values.len().saturating_sub(width)..];
    let (lo, hi) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        });
    let (lo, hi) = match scale {
        Scale::FromZero if lo >= 0.0 => (0.0, hi),
        Scale::FromZero if hi <= 0.0 => (lo, 0.0),
        Scale::FromZero => (lo, hi),
        Scale::Points(span) if hi - lo < span => {
            let middle = f64::midpoint(hi, lo);
            (middle - span / 2.0, middle + span / 2.0)
        }
        Scale::Points(_) => (lo, hi),
    };
    values
        .iter()
        .map(|v| {
            let t = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
            TICKS[((t * 7.0).round() as usize).min(7)]
        })
        .collect()
}

/// The most telling context for a metric: an earlier period's result and the plan for this
/// one, progress, the rate contrast, or the target.
pub fn context(metric: &Metric, f: &Figures, texts: &Texts) -> Option<String> {
    let target = target(metric, texts)?;
    if f.measured == Measured::Earlier {
        return Some(earlier_and_plan(metric, f, texts));
    }
    if f.met_at_baseline {
        return Some(format!("{} → {target}", texts.met_at_baseline));
    }
    if let Some(p) = f.progress {
        let word = if f.measured == Measured::SoFar {
            texts.so_far
        } else {
            texts.progress
        };
        return Some(format!("{word} {} → {target}", percent_clamped(p)));
    }
    if let (Some(need), Some(did)) = (f.needed_rate, f.achieved_rate) {
        return Some(rate_contrast(need, did, texts));
    }
    if let Some(pace) = f.pace {
        return Some(pace_contrast(pace, texts));
    }
    Some(format!("{} {target}", texts.target))
}

/// "2024: 4.9% (target ≈ 5%, met) · 2025: not yet measured".
pub fn earlier_and_plan(metric: &Metric, f: &Figures, t: &Texts) -> String {
    let mut out = String::new();
    if let Some(earlier) = &f.earlier {
        let verdict = match (&earlier.target, earlier.met) {
            (Some(target), Some(met)) => format!(
                " ({} {}, {})",
                t.target,
                target_words(
                    &Target {
                        by: None,
                        period: None,
                        ..target.clone()
                    },
                    metric,
                    t
                ),
                if met { t.met } else { t.missed }
            ),
            _ => String::new(),
        };
        out = format!("{}: {}{verdict} · ", earlier.period, value(metric));
    }
    let plan = metric
        .target
        .as_ref()
        .and_then(|target| target.period.as_ref())
        .map_or_else(|| t.target.to_owned(), ToString::to_string);
    format!("{out}{plan}: {}", t.not_yet_measured)
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

/// "needs +6.2 pp/yr · achieved +2.6 pp/yr": a rate's pace, in points a year.
pub fn pace_contrast(pace: Pace, t: &Texts) -> String {
    format!(
        "{} {}{} · {} {}{}",
        t.needed_rate,
        signed_points(pace.needed, t),
        t.per_year,
        t.achieved_rate,
        signed_points(pace.achieved, t),
        t.per_year
    )
}

/// "needs +6.2 vs +2.6 pp/yr": a rate's pace for a one-line card.
pub fn pace_contrast_short(pace: Pace, t: &Texts) -> String {
    format!(
        "{} {} {} {}{}",
        t.needed_rate,
        signed(pace.needed),
        t.versus,
        signed_points(pace.achieved, t),
        t.per_year
    )
}

/// "+6.2 pp", "−0.4个百分点".
fn signed_points(points: f64, t: &Texts) -> String {
    with_unit(&signed(points), Some(t.points))
}

/// "+6.2", "−0.4", "+0.04", "0": one decimal, two below a tenth (a pace of 0.04 points a year
/// is not "0"), with the minus sign the deltas use.
fn signed(number: f64) -> String {
    let decimals = if number.abs() < 0.1 { 2 } else { 1 };
    let magnitude = format_rounded(number.abs(), decimals);
    if magnitude.trim_start_matches(['0', '.']).is_empty() {
        magnitude
    } else if number < 0.0 {
        format!("−{magnitude}")
    } else {
        format!("+{magnitude}")
    }
}

/// "needs 12.3% vs 5.2%/yr": the contrast for a one-line card.
pub fn rate_contrast_short(need: f64, did: f64, t: &crate::texts::Texts) -> String {
    format!(
        "{} {} {} {}{}",
        t.needed_rate,
        rate(need),
        t.versus,
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
        let points = Scale::Points(0.0);
        assert_eq!(sparkline(&[1.0, 2.0, 3.0], 10, points), "▁▅█");
        assert_eq!(sparkline(&[1.0, 2.0, 3.0], 2, points).chars().count(), 2);
    }

    #[test]
    fn a_small_change_looks_small() {
        assert_eq!(sparkline(&[5.4, 5.1], 10, Scale::Points(2.0)), "▅▄");
        assert_eq!(sparkline(&[26.1, 33.6], 10, Scale::FromZero), "▆█");
    }

    #[test]
    fn changes_say_whether_they_are_good() {
        assert_eq!(change(2.1, Direction::Higher), ("▲ +2.1".to_owned(), true));
        assert_eq!(change(-3.0, Direction::Lower), ("▼ −3".to_owned(), true));
    }
}
