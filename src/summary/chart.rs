//! A trajectory chart in words: its legend, the as-of label and a one-sentence description,
//! in the briefing's language, and for a per-period chart what goes under each period. The
//! terminal and the handout draw the same words from here.

mod periods;

use super::fmt;
use super::marks::Mark;
use crate::chart::{Chart, Kind, Trajectory, Verdict};
use crate::model::Metric;
use crate::texts::Texts;

pub use periods::ColumnWords;

/// What a legend entry's sample looks like; each renderer draws its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    /// Measured points joined by a line.
    Points,
    /// The needed path: a solid line.
    Needed,
    /// The projection: a dashed line ending in the status symbol.
    Projection,
    /// The target: a diamond, or a bar for a band.
    Target,
    /// The value axis does not start at zero.
    Break,
    /// A period's verdict: its symbol (✔ ✗ ◇, or a figure so far's status).
    Verdict(Verdict),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub glyph: Glyph,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartWords {
    pub legend: Vec<Entry>,
    /// "as of 2021-11-23", written over the as-of marker.
    pub as_of: String,
    /// The metric's status: symbol and word, and the colour of projection and target.
    pub status: Option<Mark>,
    /// The chart in one sentence, for readers who cannot see it.
    pub description: String,
    /// For a per-period chart, each column's words, in its order; empty for a trajectory.
    pub columns: Vec<ColumnWords>,
}

impl ChartWords {
    pub fn of(chart: &Chart, metric: &Metric, t: &Texts) -> ChartWords {
        let status = chart.status.map(|s| Mark::status(Some(s), t));
        let (legend, as_of, columns, parts): (_, _, _, Vec<String>) = match &chart.kind {
            Kind::Trajectory(trajectory) => {
                let legend = legend(chart, trajectory, metric, t);
                let parts = legend.iter().map(|e| e.text.clone()).collect();
                (legend, trajectory.x.as_of, Vec::new(), parts)
            }
            Kind::Periods(p) => {
                let columns = periods::columns(p, metric, t);
                let parts = columns.iter().map(|c| c.sentence(t)).collect();
                (periods::legend(chart, p, t), p.as_of, columns, parts)
            }
        };
        let mut description = format!("{}: {}", metric.label, parts.join("; "));
        // A trajectory ends on its status; each period has already said its own.
        if let (Some(mark), Kind::Trajectory(_)) = (&status, &chart.kind) {
            description.push_str(&format!("; {}", mark.text()));
        }
        ChartWords {
            legend,
            as_of: format!("{} {}", t.as_of, as_of),
            status,
            description,
            columns,
        }
    }
}

/// "axis from 99.8", where the value axis does not start at zero.
fn axis_break(chart: &Chart, t: &Texts) -> Option<Entry> {
    let bottom = chart.y.ticks.first().filter(|_| !chart.y.from_zero)?;
    Some(Entry {
        glyph: Glyph::Break,
        text: format!("{} {}", t.axis_from, bottom.text),
    })
}

fn legend(chart: &Chart, tr: &Trajectory, metric: &Metric, t: &Texts) -> Vec<Entry> {
    let unit = metric.unit.as_deref();
    let value = |v: f64| fmt::with_unit(&chart.y.text(v), unit);
    let points = if tr.points.len() >= 2 {
        t.history.to_owned()
    } else {
        format!("{} {}", t.current, fmt::value(metric))
    };
    let mut out = vec![Entry {
        glyph: Glyph::Points,
        text: points,
    }];
    if let Some(needed) = &tr.needed {
        let text = match needed.rate {
            Some(rate) => format!("{} {}{}", t.needed_rate, fmt::rate(rate), t.per_year),
            None => t.needed_path.to_owned(),
        };
        out.push(Entry {
            glyph: Glyph::Needed,
            text,
        });
    }
    if let Some(projection) = &tr.projection {
        let pace = match projection.rate {
            Some(rate) => format!("{} {}{}", t.at_rate, fmt::rate(rate), t.per_year),
            None => t.at_pace.to_owned(),
        };
        out.push(Entry {
            glyph: Glyph::Projection,
            text: format!("{pace} → {}", value(projection.end().v)),
        });
    }
    if let Some(target) = &metric.target {
        out.push(Entry {
            glyph: Glyph::Target,
            text: format!(
                "{} {}",
                t.target,
                fmt::target_bound_words(target, metric, t)
            ),
        });
    }
    out.extend(axis_break(chart, t));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::texts::{EN, ZH};

    fn gdp() -> Metric {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings/xihe-2021.toml");
        let today = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
        let b = crate::load::load_file(&path, today).unwrap().briefing;
        b.goals[0].metrics[0].clone()
    }

    #[test]
    fn the_seed_gdp_legend_says_the_gap_in_both_languages() {
        let metric = gdp();
        let as_of = chrono::NaiveDate::from_ymd_opt(2021, 11, 23).unwrap();
        let chart = Chart::for_metric(&metric, as_of).unwrap();
        let texts: Vec<String> = ChartWords::of(&chart, &metric, &EN)
            .legend
            .into_iter()
            .map(|e| e.text)
            .collect();
        assert_eq!(
            texts,
            [
                "current 33.6亿元",
                "needs 12.3%/yr",
                "at 5.2%/yr → 43.3亿元",
                "target ≥ 60亿元"
            ]
        );
        let zh = ChartWords::of(&chart, &metric, &ZH);
        assert_eq!(zh.as_of, "截至 2021-11-23");
        assert!(
            zh.description.contains("按年均 5.2%/年 → 43.3亿元"),
            "{}",
            zh.description
        );
        assert!(zh.description.ends_with("✖ 滞后"), "{}", zh.description);
    }
}
