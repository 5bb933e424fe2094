//! The bundled briefings load clean and compute the figures they were written to show.
//!
//! Every figure is computed as of the briefing's own date, never today, so these tests give
//! the same answer in any year.

use std::path::{Path, PathBuf};

use brief::figures::{Figures, item_status};
use brief::load::load_file;
use brief::model::number::format_rounded;
use brief::model::{
    Briefing, Direction, Item, ItemKind, Language, Metric, Status, TargetKind, Value,
};
use chrono::NaiveDate;

fn briefings_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings")
}

/// Only used when a file has no date; both bundled files have one.
fn fallback_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date")
}

fn load(name: &str) -> Briefing {
    let path = briefings_dir().join(name);
    match load_file(&path, fallback_today()) {
        Ok(loaded) => {
            assert!(
                loaded.warnings.is_empty(),
                "{name} has warnings: {:#?}",
                loaded.warnings
            );
            loaded.briefing
        }
        Err(errors) => panic!("{name} does not load: {errors:#?}"),
    }
}

fn metrics(briefing: &Briefing) -> impl Iterator<Item = &Metric> {
    briefing.items().flat_map(|(_, item)| item.metrics.iter())
}

/// The metric with this label whose number is written as `text`.
fn number_written_as<'b>(briefing: &'b Briefing, label: &str, text: &str) -> &'b Metric {
    metrics(briefing)
        .find(|m| m.label == label && m.number().is_some_and(|n| n.to_string() == text))
        .unwrap_or_else(|| panic!("no metric `{label}` showing {text}"))
}

fn goal<'b>(briefing: &'b Briefing, id: &str) -> &'b Item {
    briefing
        .goals
        .iter()
        .find(|g| g.id == id)
        .unwrap_or_else(|| panic!("no goal `{id}`"))
}

#[test]
fn every_bundled_briefing_loads_without_errors_or_warnings() {
    let mut names: Vec<String> = std::fs::read_dir(briefings_dir())
        .expect("briefings/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "plan-2025.toml",
            "plan-2026.toml",
            "team-q3.toml",
            "xihe-2021.toml"
        ]
    );
    for name in &names {
        let briefing = load(name);
        assert!(
            briefing.meta.date_given,
            "{name} must give its meeting date"
        );
    }
}

#[test]
fn chinese_report_keeps_its_figures_as_written() {
    let zh = load("xihe-2021.toml");
    assert_eq!(zh.meta.language, Language::Zh);
    assert_eq!(
        zh.meta.date,
        NaiveDate::from_ymd_opt(2021, 11, 23).expect("valid date")
    );
    assert_eq!(zh.meta.section_names, ["奋斗目标", "主要成绩", "困难挑战"]);

    let funds = number_written_as(&zh, "累计投入扶贫资金", "67.7");
    assert_eq!(funds.unit.as_deref(), Some("亿元"));
    assert!(funds.key);
    number_written_as(&zh, "森林覆盖率", "38.74");
    number_written_as(&zh, "累计实施改革任务", "1332");
    number_written_as(&zh, "减贫人口", "16.2");
    number_written_as(&zh, "出列贫困村", "223");
    number_written_as(&zh, "城镇化率", "27.88");
    number_written_as(&zh, "先期安排防返贫资金", "7.58");
    number_written_as(&zh, "政策兜底对象户数", "0.98");

    let roads = metrics(&zh)
        .find(|m| m.label == "城区路网")
        .expect("road grid metric");
    assert_eq!(roads.value, Some(Value::Text("3纵31横".to_owned())));
}

#[test]
fn chinese_report_has_its_six_challenges_tied_to_goals() {
    let zh = load("xihe-2021.toml");
    assert_eq!(zh.challenges.len(), 6);
    assert_eq!(zh.goals.len(), 5, "the five “建设…西和” goals");
    for challenge in &zh.challenges {
        let ItemKind::Challenge {
            mitigation,
            threatens,
            ..
        } = &challenge.kind
        else {
            panic!("{} is not a challenge", challenge.id);
        };
        assert!(!mitigation.is_empty(), "{} has no mitigation", challenge.id);
        assert!(!threatens.is_empty(), "{} threatens no goal", challenge.id);
    }
    let households = metrics(&zh)
        .find(|m| m.label == "“三类户”人数")
        .expect("三类户 metric");
    assert_eq!(
        households.number().map(ToString::to_string).as_deref(),
        Some("1.83")
    );
}

#[test]
fn gdp_goal_needs_more_than_twice_the_growth_achieved() {
    let zh = load("xihe-2021.toml");
    let as_of = zh.meta.date;
    let goal = goal(&zh, "fushu");
    let gdp = goal
        .metrics
        .iter()
        .find(|m| m.label == "地区生产总值")
        .expect("GDP metric");
    assert!(
        matches!(gdp.target.as_ref().map(|t| &t.kind), Some(TargetKind::AtLeast(n)) if n.value == 60.0)
    );

    let f = Figures::of(gdp, as_of);
    assert_eq!(
        f.needed_rate.map(|r| format_rounded(r, 1)).as_deref(),
        Some("12.3")
    );
    assert_eq!(
        f.achieved_rate.map(|r| format_rounded(r, 1)).as_deref(),
        Some("5.2")
    );
    assert_eq!(f.status, Some(Status::OffTrack));
    assert_eq!(item_status(goal, as_of), Some(Status::OffTrack));
}

#[test]
fn team_goals_tell_the_story_they_were_written_for() {
    let en = load("team-q3.toml");
    let as_of = en.meta.date;
    assert_eq!(
        as_of,
        NaiveDate::from_ymd_opt(2026, 10, 6).expect("valid date")
    );
    let expected = [
        ("latency", Status::OnTrack),
        ("deploy-cadence", Status::AtRisk),
        ("coverage", Status::OffTrack),
        ("error-budget", Status::Done),
        ("incidents", Status::OnTrack),
    ];
    let actual: Vec<_> = en
        .goals
        .iter()
        .map(|g| (g.id.as_str(), item_status(g, as_of)))
        .collect();
    let expected: Vec<_> = expected.iter().map(|(id, s)| (*id, Some(*s))).collect();
    assert_eq!(actual, expected);
    for goal in &en.goals {
        let ItemKind::Goal { status, .. } = goal.kind else {
            panic!("{} is not a goal", goal.id)
        };
        assert_eq!(status, None, "{}: statuses are computed, not set", goal.id);
    }
}

#[test]
fn team_briefing_shows_every_target_kind_and_lower_is_better() {
    let en = load("team-q3.toml");
    let kinds: Vec<&TargetKind> = metrics(&en)
        .filter_map(|m| m.target.as_ref().map(|t| &t.kind))
        .collect();
    assert!(kinds.iter().any(|k| matches!(k, TargetKind::Reach(_))));
    assert!(kinds.iter().any(|k| matches!(k, TargetKind::AtLeast(_))));
    assert!(kinds.iter().any(|k| matches!(k, TargetKind::AtMost(_))));
    assert!(kinds.iter().any(|k| matches!(
        k,
        TargetKind::Around {
            tolerance: Some(_),
            ..
        }
    )));
    assert!(kinds.iter().any(|k| matches!(k, TargetKind::Between(..))));

    let incidents = goal(&en, "incidents")
        .metrics
        .first()
        .expect("incident metric");
    assert_eq!(incidents.better, Direction::Lower);
    let latency = goal(&en, "latency")
        .metrics
        .first()
        .expect("latency metric");
    assert_eq!(
        latency.better,
        Direction::Lower,
        "at_most implies lower is better"
    );

    for goal in &en.goals {
        for metric in &goal.metrics {
            let n = metric.history.len();
            assert!(
                (6..=13).contains(&n),
                "{}: {n} history points",
                metric.label
            );
            // Histories of a quarter or two are too short to annualise meaningfully.
            assert!(
                Figures::of(metric, en.meta.date).achieved_rate.is_none(),
                "{}",
                metric.label
            );
        }
    }
}
