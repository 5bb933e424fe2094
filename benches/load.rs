//! Loading a 10,000-item briefing (about 1 MB of TOML), beside the floor: the same text parsed
//! by `toml::from_str` into a plain `toml::Table`.
//!
//! Targets (issue 2): the whole load (parse into the raw structs, validate, sanitise) adds no
//! more than 30% over the floor, and takes under 80 ms.
//!
//! `cargo bench --bench load`

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use brief::model::raw::RawBriefing;
use chrono::NaiveDate;
use criterion::{Criterion, Throughput};

const ITEMS: usize = 10_000;

fn main() {
    let text = generate(ITEMS);
    let today = NaiveDate::from_ymd_opt(2021, 3, 1).expect("valid date");
    let path = Path::new("generated.toml");
    let loaded = brief::load::load_str(&text, path, today).unwrap_or_else(|errors| {
        panic!("the generated briefing must load: {}", errors[0].render())
    });
    let b = &loaded.briefing;
    let metrics: usize = b.items().map(|(_, item)| item.metrics.len()).sum();
    eprintln!(
        "generated briefing: {} bytes, {} items ({} goals, {} achievements, {} challenges), {metrics} metrics, {} warnings",
        text.len(),
        b.goals.len() + b.achievements.len() + b.challenges.len(),
        b.goals.len(),
        b.achievements.len(),
        b.challenges.len(),
        loaded.warnings.len(),
    );

    let mut c = Criterion::default()
        .sample_size(30)
        .measurement_time(Duration::from_secs(8))
        .configure_from_args();
    let mut group = c.benchmark_group("load");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("floor: toml::from_str::<toml::Table>", |bench| {
        bench.iter(|| {
            black_box(toml::from_str::<toml::Table>(black_box(&text)).expect("valid TOML"))
        });
    });
    // Not a target, for finding where time goes: serde into the raw structs, before `validate`.
    group.bench_function("parse: toml::from_str::<RawBriefing>", |bench| {
        bench.iter(|| black_box(toml::from_str::<RawBriefing>(black_box(&text)).expect("valid")));
    });
    group.bench_function("brief::load::load_str", |bench| {
        bench.iter(|| {
            black_box(brief::load::load_str(black_box(&text), path, today).expect("loads"))
        });
    });
    group.finish();
    // Two files that made loading quadratic once: every warning scanned the file for its line,
    // and every unknown goal id looked for a "did you mean" among all goals.
    let mut hard = c.benchmark_group("load, hard cases");
    let warnings = many_warnings(10_000);
    hard.bench_function("10,000 warnings", |bench| {
        bench.iter(|| black_box(brief::load::load_str(black_box(&warnings), path, today)));
    });
    let unknown = unknown_ids(2_000);
    hard.bench_function("2,000 unknown goal ids", |bench| {
        bench.iter(|| black_box(brief::load::load_str(black_box(&unknown), path, today)));
    });
    hard.finish();
    c.final_summary();
}

/// `items` goals with nothing but a title: one warning each.
fn many_warnings(items: usize) -> String {
    let mut text = String::from("title = \"t\"\ndate = 2026-10-06\n");
    for i in 0..items {
        text.push_str(&format!("[[goals]]\ntitle = \"Goal {i}\"\n"));
    }
    text
}

/// `n` goals, and `n` challenges each threatening a goal id that does not exist.
fn unknown_ids(n: usize) -> String {
    let mut text = String::from("title = \"t\"\ndate = 2026-10-06\n");
    for i in 0..n {
        text.push_str(&format!(
            "[[goals]]\nid = \"goal-{i}\"\ntitle = \"Goal {i}\"\nsummary = \"s\"\n"
        ));
    }
    for i in 0..n {
        text.push_str(&format!(
            "[[challenges]]\ntitle = \"C {i}\"\nsummary = \"s\"\nthreatens = [\"renamed-{i}\"]\n"
        ));
    }
    text
}

const GOAL_TITLES: [&str; 4] = [
    "GDP达到60亿元",
    "Cut p99 latency",
    "城镇化率达到45%",
    "Ship the app",
];
const ACHIEVEMENTS: [&str; 4] = [
    "扶贫资金38.74亿元",
    "Fewer incidents",
    "3纵31横公路网",
    "Billing migrated",
];
const CHALLENGES: [&str; 3] = ["产业结构不优", "On-call load", "财政收支矛盾突出"];

/// A briefing of `items` items: a third each of goals, achievements and challenges; one in six
/// has a metric (with baselines, histories and targets of every kind), the others a summary or
/// a mitigation; English and Chinese text. It loads clean, at about 110 bytes an item.
fn generate(items: usize) -> String {
    let mut out = String::with_capacity(items * 120);
    out.push_str(
        "title = \"西和县2021年政府工作报告 / Generated benchmark briefing\"\n\
         subtitle = \"十四五规划\"\npresenter = \"县长\"\ndate = 2021-03-01\nlanguage = \"zh\"\n\
         period = \"2016–2020\"\nsummary = \"\"\"\n过去五年，全县经济社会发展取得显著成就。\nA generated briefing for the load benchmark.\n\"\"\"\n",
    );
    let goals = items.div_ceil(3);
    for i in 0..items {
        match i % 3 {
            0 => goal(&mut out, i),
            1 => achievement(&mut out, i),
            _ => challenge(&mut out, i, (i / 3) % goals * 3),
        }
    }
    out
}

fn goal(out: &mut String, i: usize) {
    let title = GOAL_TITLES[i / 3 % GOAL_TITLES.len()];
    let _ = write!(out, "\n[[goals]]\nid = \"g{i}\"\ntitle = \"{title} {i}\"\n");
    if i.is_multiple_of(2) {
        out.push_str("due = 2025-12-31\n");
    }
    match i % 8 {
        0 => {
            let value = 30 + i % 20;
            let _ = write!(
                out,
                "\n[[goals.metrics]]\nlabel = \"地区生产总值\"\nunit = \"亿元\"\nvalue = {value}.6\nas_of = 2020-12-31\n\
                 baseline = {{ value = 21.3, date = 2015-12-31 }}\ntarget = {{ at_least = 60, by = 2025-12-31 }}\n\
                 history = [{{ value = 21.3, date = 2015-12-31 }}, {{ value = 27.7, date = 2018-12-31 }}, {{ value = {value}.6, date = 2020-12-31 }}]\n"
            );
        }
        3 => out.push_str(
            "\n[[goals.metrics]]\nlabel = \"p99 latency\"\nunit = \"ms\"\nvalue = 250\ntarget = { at_most = 200 }\n",
        ),
        _ => summary(out, i),
    }
}

/// Most items say something beyond their title, as in a real briefing.
fn summary(out: &mut String, i: usize) {
    let text = [
        "按计划推进",
        "On schedule",
        "已完成验收",
        "Needs budget",
        "风险可控",
    ][i % 5];
    let _ = writeln!(out, "summary = \"{text}\"");
}

fn achievement(out: &mut String, i: usize) {
    let title = ACHIEVEMENTS[i / 3 % ACHIEVEMENTS.len()];
    let _ = write!(out, "\n[[achievements]]\ntitle = \"{title} {i}\"\n");
    match i % 8 {
        1 => out.push_str(
            "metrics = [{ label = \"城镇化率\", unit = \"%\", value = 38.7, target = { around = 40, tolerance = 2 } }]\n",
        ),
        4 | 7 => out.push_str("summary = \"贫困发生率降至0.47%\"\ndate = 2020-12-31\n"),
        _ => summary(out, i),
    }
}

fn challenge(out: &mut String, i: usize, goal: usize) {
    let title = CHALLENGES[i / 3 % CHALLENGES.len()];
    let severity = ["low", "medium", "high", "critical"][i % 4];
    let _ = write!(
        out,
        "\n[[challenges]]\ntitle = \"{title} {i}\"\nseverity = \"{severity}\"\n"
    );
    match i % 8 {
        2 => out.push_str(
            "metrics = [{ label = \"增速\", unit = \"%\", value = 5.2, target = { between = [4.5, 5] } }]\n",
        ),
        5 => {
            let _ = write!(out, "threatens = [\"g{goal}\"]\nmitigation = [\"招商引资\"]\n");
        }
        _ => summary(out, i),
    }
}
