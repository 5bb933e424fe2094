//! `brief diff OLD NEW` through the real binary, and the comparison model through the public
//! API on the bundled briefings.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use brief::compare::{ValueChange, compare};
use brief::load::load_file;
use brief::model::{Briefing, Section, Severity, Status};
use chrono::NaiveDate;

use common::temp_dir;

fn diff(old: &Path, new: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .arg("diff")
        .args([old, new])
        .env("NO_COLOR", "")
        .output()
        .expect("run brief diff")
}

fn bundled(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("briefings")
        .join(name)
}

fn load(path: &Path) -> Briefing {
    let today = NaiveDate::from_ymd_opt(2000, 1, 1).expect("date");
    match load_file(path, today) {
        Ok(loaded) => loaded.briefing,
        Err(e) => panic!("{e:#?}"),
    }
}

const OLD: &str = r#"
title = "Platform team — Q2 review"
date = 2026-07-01
[[goals]]
id = "latency"
title = "Cut p99 latency"
  [[goals.metrics]]
  label = "p99 latency"
  unit = "ms"
  value = 400
  baseline = { value = 410, date = 2026-04-01 }
  target = { at_most = 250, by = 2026-12-31 }
[[goals]]
id = "v1"
title = "Retire API v1"
summary = "done in Q2"
[[achievements]]
id = "gateway"
title = "New gateway"
  [[achievements.metrics]]
  label = "Throughput"
  unit = "req/s"
  value = 2600
[[challenges]]
id = "flaky"
title = "Flaky suite"
severity = "medium"
summary = "s"
"#;

const NEW: &str = r#"
title = "Platform team — Q3 review"
date = 2026-10-01
[[goals]]
id = "latency"
title = "Cut p99 latency"
  [[goals.metrics]]
  label = "p99 latency"
  unit = "ms"
  value = 300
  baseline = { value = 410, date = 2026-04-01 }
  target = { at_most = 250, by = 2026-12-31 }
[[goals]]
id = "previews"
title = "Preview environments"
summary = "new in Q3"
[[achievements]]
id = "gateway"
title = "New gateway"
  [[achievements.metrics]]
  label = "Throughput"
  unit = "req/s"
  value = 4200
[[challenges]]
id = "flaky"
title = "Flaky suite"
severity = "critical"
summary = "s"
"#;

fn files(name: &str, old: &str, new: &str) -> (common::TempDir, PathBuf, PathBuf) {
    let dir = temp_dir(name);
    let (a, b) = (dir.join("q2.toml"), dir.join("q3.toml"));
    std::fs::write(&a, old).expect("write old");
    std::fs::write(&b, new).expect("write new");
    (dir, a, b)
}

#[test]
fn diff_prints_changes_new_and_gone_items_and_status_moves() {
    let (dir, old, new) = files("en", OLD, NEW);
    let out = diff(&old, &new);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(out.stderr.is_empty());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(
        text,
        "Platform team — Q3 review
Changes: 2026-07-01 → 2026-10-01

Goals
  Cut p99 latency
    status: ✖ off track → ● on track · better
    p99 latency: 400 ms → 300 ms · ▼ −100 ms (−25%) · better
  + Preview environments · new
  − Retire API v1 · gone

Achievements
  New gateway
    Throughput: 2600 req/s → 4200 req/s · ▲ +1600 req/s (+61.5%) · better

Challenges
  Flaky suite
    severity: ● medium → ‼ critical · worse
"
    );
    // Plain text for an email: no escape sequence whatever the terminal.
    assert!(!text.contains('\u{1b}'));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn diff_speaks_the_briefing_language_and_keeps_cjk() {
    let zh = |old: &str| {
        format!(
            "title = \"西和县简报\"\nlanguage = \"zh\"\ndate = 2021-11-23\n[[achievements]]\nid = \"tuopin\"\ntitle = \"脱贫攻坚取得全面胜利\"\n[[achievements.metrics]]\nlabel = \"累计投入扶贫资金\"\nunit = \"亿元\"\nvalue = {old}\n[[achievements.metrics]]\nlabel = \"城区路网\"\nvalue = \"{}\"\n",
            if old == "60.1" {
                "3纵30横"
            } else {
                "3纵31横"
            }
        )
    };
    let (dir, old, new) = files("zh", &zh("60.1"), &zh("67.7"));
    let out = diff(&old, &new);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "西和县简报",
            "变化: 2021-11-23 → 2021-11-23",
            "",
            "主要成绩",
            "  脱贫攻坚取得全面胜利",
            "    累计投入扶贫资金: 60.1亿元 → 67.7亿元 · ▲ +7.6亿元 (+12.6%) · 向好",
            "    城区路网: 3纵30横 → 3纵31横",
        ]
    );
    let same = diff(&new, &new);
    assert_eq!(
        String::from_utf8_lossy(&same.stdout),
        "西和县简报\n变化: 2021-11-23 → 2021-11-23\n\n无变化\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn diff_of_a_broken_file_reports_like_check_and_exits_1() {
    let (dir, old, new) = files("broken", OLD, "title = \"t\"\nsumary = \"s\"\n");
    let out = diff(&old, &new);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error: unknown key `sumary`"), "{err}");
    assert!(err.contains("q3.toml:2:1"), "{err}");
    assert!(err.contains("= help: did you mean `summary`?"), "{err}");
    // A file that is not there is bad usage (exit 2), said with the nearest name.
    let missing = diff(&dir.join("q4.toml"), &new);
    assert_eq!(missing.status.code(), Some(2));
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(err.contains("q4.toml: no such file"), "{err}");
    assert!(err.contains("did you mean"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_bundled_briefing_compared_with_itself_has_no_changes() {
    for name in ["xihe-2021.toml", "team-q3.toml"] {
        let b = load(&bundled(name));
        let c = compare(&b, &b);
        assert!(c.is_empty(), "{name}: {c:#?}");
        assert!(
            c.metrics
                .iter()
                .all(|m| matches!(m.change, ValueChange::Number(_) | ValueChange::Unchanged))
        );
    }
}

#[test]
fn the_comparison_answers_the_screen_about_each_item() {
    let dir = temp_dir("model");
    let old = dir.join("old.toml");
    std::fs::write(&old, OLD).expect("write");
    let new = dir.join("new.toml");
    std::fs::write(&new, NEW).expect("write");
    let c = compare(&load(&old), &load(&new));
    let latency = c.metric_change("latency", "p99 latency").expect("compared");
    let ValueChange::Number(d) = latency.change else {
        panic!("{latency:?}")
    };
    assert_eq!(
        (d.absolute, d.relative, d.improved),
        (-100.0, Some(-25.0), Some(true))
    );
    assert!(c.is_new("previews"));
    assert!(c.is_gone("v1"));
    assert_eq!(c.gone_items[0].section, Section::Goals);
    assert_eq!(
        c.status_move("latency"),
        Some((Some(Status::OffTrack), Some(Status::OnTrack)))
    );
    assert_eq!(
        c.severity_move("flaky"),
        Some((Severity::Medium, Severity::Critical))
    );
    assert_eq!(c.status_move("previews"), None);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 11.4: a diff given the wrong way round, or of two briefings with nothing to match
/// items by, still prints, but says so on stderr.
#[test]
fn diff_warns_when_the_dates_are_reversed() {
    let (dir, old, new) = files("reversed", OLD, NEW);
    let out = diff(&new, &old);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "brief: warning: the first briefing is dated 2026-10-01, after the second (2026-07-01), so every change reads backwards
  the older one goes first: brief diff {} {}\n",
            old.display(),
            new.display()
        )
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .starts_with("Platform team — Q2 review\nChanges: 2026-10-01 → 2026-07-01\n"),
        "the diff is still printed"
    );
    let in_order = diff(&old, &new);
    assert!(in_order.stderr.is_empty(), "no warning the right way round");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn diff_warns_when_the_briefings_share_no_id() {
    let renamed = NEW
        .replace("id = \"latency\"", "id = \"p99\"")
        .replace("id = \"gateway\"", "id = \"gw\"")
        .replace("id = \"flaky\"", "id = \"tests\"");
    let (dir, old, new) = files("no-shared-id", OLD, &renamed);
    let out = diff(&old, &new);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "brief: warning: the two briefings share no item id, so every item reads as gone and new
  items are matched by id: give the items you compare over time the same explicit `id`\n"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("− Cut p99 latency · gone"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A plan against the next year's: each old target's fate by the new result for its period,
/// targets that changed, rates in points, no change computed between figures that cannot be
/// subtracted.
#[test]
fn a_plan_against_the_next_years_plan() {
    let out = diff(&bundled("plan-2025.toml"), &bundled("plan-2026.toml"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    for line in [
        "    GDP growth: 4.9% (2024) → 4.6% (2025) · ▼ −0.3 pp · worse",
        "    GDP growth target: ≈ 5% (2025) → 4.5–5% (2026)",
        "    GDP growth, 2025: 4.6% (target ≈ 5%, missed)",
        "    GDP: 131.8 trillion yuan (2024) → 137.9 trillion yuan (2025) · ▲ +6.1 trillion yuan (+4.6%) · better",
        "    New urban jobs: 12.56 million (2024) → 2.2 million (2026)",
        "    New urban jobs, 2025: 11.8 million (target ≥ 11 million, met)",
        "    Surveyed urban unemployment, 2025: 5.2% (target ≈ 5.5%, met)",
        "    Consumer price inflation target: ≈ 3% (2025) → ≈ 2.5% (2026)",
        "    Energy use per unit of GDP, 2025: 0.4845 tce per 10,000 yuan (target ↓ ≈ 2%, met)",
        "    Grain output: > 706 million t (2024) → 709 million t (2025)",
        "    Cotton output target: ≥ 600 thousand t (2025) → ≈ 650 thousand t (2026)",
        "    title: Deficit ratio around 3.5% → Deficit ratio around 4%",
        "    R&D spending, share of GDP: 2.68% (2024) → 2.73% (2025) · ▲ +0.05 pp · better",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} not in:\n{text}");
    }
    insta::assert_snapshot!("plan_2025_to_2026", text);
}
