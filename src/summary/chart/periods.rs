//! A per-period chart in words: under each period its verdict and result ("✗ 4.6 missed")
//! and the target set for it ("≈ 5%"), each also in shorter forms for narrow columns; the
//! same as a table row for the Markdown handout; and the legend.

use super::{Entry, Glyph, axis_break};
use crate::chart::{Chart, Column, Periods, Verdict};
use crate::model::{Metric, Status, Target};
use crate::summary::fmt;
use crate::texts::Texts;

/// One period's words.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnWords {
    /// The period as the file writes it: "2025", "2025-Q3".
    pub period: String,
    /// The verdict's status, for its colour.
    pub status: Option<Status>,
    /// The mark drawn in the column: ✔ ✗ ◇ ● ○ or a figure so far's status.
    pub symbol: &'static str,
    /// The result with its unit: "4.6%", "2.2 million (so far)"; none for a plan.
    pub result: Option<String>,
    /// The target set for the period, with its unit: "≈ 5%", "↓ ≈ 2% (≈ 0.49 ± 0.0025)".
    pub target: Option<String>,
    /// "✗ missed", "◇ planned", "● so far: on track"; none for a result with no target.
    pub verdict: Option<String>,
    /// Under the column, longest first: "✗ 4.6 missed", "✗ 4.6", "✗".
    pub under: Vec<String>,
    /// The target under the column, longest first: "≈ 5%", "≈ 5".
    pub target_under: Vec<String>,
}

impl ColumnWords {
    /// "2025: 4.6%, target ≈ 5%, ✗ missed", for the chart's description.
    pub fn sentence(&self, t: &Texts) -> String {
        let mut parts: Vec<String> = self.result.iter().cloned().collect();
        if let Some(target) = &self.target {
            parts.push(format!("{} {target}", t.target));
        }
        parts.extend(self.verdict.iter().cloned());
        format!("{}: {}", self.period, parts.join(", "))
    }
}

pub fn columns(p: &Periods, metric: &Metric, t: &Texts) -> Vec<ColumnWords> {
    p.columns.iter().map(|c| column(c, metric, t)).collect()
}

fn column(c: &Column, metric: &Metric, t: &Texts) -> ColumnWords {
    let unit = metric.unit.as_deref();
    let symbol = c.verdict.symbol();
    let result = c.result.as_ref().map(|r| {
        let value = fmt::with_unit(&r.written, unit);
        if r.so_far {
            format!("{value} ({})", t.so_far)
        } else {
            value
        }
    });
    let target = c.target.as_ref().map(|pt| {
        let bare = Target {
            by: None,
            period: None,
            ..pt.set.clone()
        };
        let words = fmt::target_words(&bare, metric, t);
        // A fall or rise also says the value it comes to: "↓ ≈ 2% (≈ 0.49 ± 0.0025)".
        let long = match &pt.resolved {
            Some(resolved) if resolved != &pt.set.kind => {
                format!("{words} ({})", resolved.describe())
            }
            _ => words.clone(),
        };
        (long, words, bare.kind.describe())
    });
    let word = verdict_word(c.verdict, t);
    let under = match (&c.result, c.verdict) {
        (Some(r), Verdict::Unjudged) => vec![r.written.clone()],
        (Some(r), _) => {
            let short = format!("{symbol} {}", r.written);
            let long = match word_under(c.verdict, t) {
                Some(w) => format!("{short} {w}"),
                None => short.clone(),
            };
            dedup(vec![long, short, symbol.to_owned()])
        }
        (None, _) => dedup(vec![
            format!("{symbol} {}", word.clone().unwrap_or_default()),
            symbol.to_owned(),
        ]),
    };
    let target_under = target
        .as_ref()
        .map(|(long, words, short)| {
            // A fall or rise reads wrong without its "%" or "pp".
            if short.starts_with(['↓', '↑']) {
                dedup(vec![long.clone(), words.clone()])
            } else {
                dedup(vec![long.clone(), short.clone()])
            }
        })
        .unwrap_or_default();
    ColumnWords {
        period: c.period.to_string(),
        status: c.verdict.status(),
        symbol,
        result,
        target: target.map(|(long, ..)| long),
        verdict: word.map(|w| format!("{symbol} {w}")),
        under,
        target_under,
    }
}

/// "met", "missed", "planned", "so far: on track"; none for a result with no target.
fn verdict_word(verdict: Verdict, t: &Texts) -> Option<String> {
    Some(match verdict {
        Verdict::Met => t.met.to_owned(),
        Verdict::Missed => t.missed.to_owned(),
        Verdict::Planned => t.planned.to_owned(),
        Verdict::NoResult => t.not_yet_measured.to_owned(),
        Verdict::SoFar(Some(status)) => format!("{}: {}", t.so_far, t.status(Some(status))),
        Verdict::SoFar(None) => t.so_far.to_owned(),
        Verdict::Unjudged => return None,
    })
}

/// The word after a result under its column: "met", "missed", "so far".
fn word_under(verdict: Verdict, t: &Texts) -> Option<&'static str> {
    match verdict {
        Verdict::Met => Some(t.met),
        Verdict::Missed => Some(t.missed),
        Verdict::SoFar(_) => Some(t.so_far),
        _ => None,
    }
}

fn dedup(mut texts: Vec<String>) -> Vec<String> {
    texts.dedup();
    texts
}

/// Results, the target, then each verdict that appears, in the order it first appears, and
/// the axis break.
pub fn legend(chart: &Chart, p: &Periods, t: &Texts) -> Vec<Entry> {
    let mut out = vec![Entry {
        glyph: Glyph::Points,
        text: t.results.to_owned(),
    }];
    if p.columns.iter().any(|c| c.target.is_some()) {
        out.push(Entry {
            glyph: Glyph::Target,
            text: t.target.to_owned(),
        });
    }
    let mut seen: Vec<Verdict> = Vec::new();
    for c in &p.columns {
        if seen.contains(&c.verdict) {
            continue;
        }
        seen.push(c.verdict);
        if let Some(text) = verdict_word(c.verdict, t) {
            out.push(Entry {
                glyph: Glyph::Verdict(c.verdict),
                text,
            });
        }
    }
    out.extend(axis_break(chart, t));
    out
}

#[cfg(test)]
mod tests {
    use super::super::ChartWords;
    use crate::chart::Chart;
    use crate::model::{Language, Metric};
    use crate::texts::{EN, ZH};

    fn plan_metric(id: &str) -> (Metric, chrono::NaiveDate) {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings/plan-2026.toml");
        let today = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
        let b = crate::load::load_file(&path, today).unwrap().briefing;
        let goal = b.goals.iter().find(|g| g.id == id).unwrap();
        (goal.metrics[0].clone(), b.meta.date)
    }

    #[test]
    fn each_period_is_said_in_both_languages() {
        let (metric, as_of) = plan_metric("growth");
        let chart = Chart::for_metric(&metric, as_of).unwrap();
        let en = ChartWords::of(&chart, &metric, &EN);
        let under: Vec<&[String]> = en.columns.iter().map(|c| c.under.as_slice()).collect();
        assert_eq!(
            under,
            [
                &["5.2".to_owned()][..],
                &["4.9".to_owned()],
                &[
                    "✗ 4.6 missed".to_owned(),
                    "✗ 4.6".to_owned(),
                    "✗".to_owned()
                ],
                &["◇ planned".to_owned(), "◇".to_owned()],
            ]
        );
        assert_eq!(en.columns[2].target_under, ["≈ 5%", "≈ 5"]);
        assert_eq!(
            en.description,
            "GDP growth: 2023: 5.2%; 2024: 4.9%; 2025: 4.6%, target ≈ 5%, ✗ missed; \
             2026: target 4.5–5%, ◇ planned"
        );
        let legend: Vec<&str> = en.legend.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            legend,
            ["results", "target", "missed", "planned", "axis from 3.5"]
        );
        let zh = ChartWords::of(&chart, &metric, &ZH);
        assert_eq!(ZH.language, Language::Zh);
        assert_eq!(zh.columns[2].under[0], "✗ 4.6 未完成");
        assert_eq!(zh.columns[3].verdict.as_deref(), Some("◇ 计划"));
        assert_eq!(zh.as_of, "截至 2026-03-05");
    }

    #[test]
    fn a_figure_so_far_says_so_and_where_it_stands() {
        let (metric, as_of) = plan_metric("jobs");
        let chart = Chart::for_metric(&metric, as_of).unwrap();
        let en = ChartWords::of(&chart, &metric, &EN);
        let so_far = &en.columns[2];
        assert_eq!(so_far.result.as_deref(), Some("2.2 million (so far)"));
        assert_eq!(so_far.verdict.as_deref(), Some("● so far: on track"));
        assert_eq!(so_far.under[0], "● 2.2 so far");
        assert_eq!(so_far.target.as_deref(), Some("≥ 11 million"));
        assert_eq!(en.columns[1].verdict.as_deref(), Some("✔ met"));
        assert_eq!(en.columns[0].verdict, None);
    }
}
