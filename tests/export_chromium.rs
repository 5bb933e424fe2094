//! The HTML handout as a browser renders it: headless Chromium takes a screenshot and prints
//! the handout to PDF, and the text read back from the PDF (poppler's `pdftotext`) must carry
//! the key figures and the Chinese text, with each section starting a new A4 page.
//!
//! Needs Debian's `chromium`, `poppler-utils` and a Chinese font (`fonts-wqy-microhei`);
//! `.ci/run` installs them. When one is missing the test fails and says how to install it:
//! a rendering test that passes without rendering would prove nothing.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const INSTALL: &str = "apt-get update && apt-get install -y chromium poppler-utils fonts-wqy-microhei (.ci/run does this)";

/// The program's path, or a failure that says how to get it.
fn require(program: &str, package: &str) -> PathBuf {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|p| p.is_file())
    });
    found.unwrap_or_else(|| {
        panic!("`{program}` (Debian package `{package}`) is not installed, so the HTML handout cannot be rendered. Install it with: {INSTALL}")
    })
}

/// Chinese text prints as empty boxes without a CJK font, and pdftotext reads nothing back.
fn require_cjk_font() {
    let fonts = Command::new("fc-list")
        .args([":lang=zh", "family"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    assert!(
        !fonts.is_empty(),
        "no Chinese font is installed (fc-list :lang=zh is empty), so the Chinese handout cannot render. Install one with: {INSTALL}"
    );
}

use common::temp_dir;

/// Runs a program to completion, killing it after a minute so a hung browser fails the test
/// instead of stalling the suite.
fn run(program: &Path, args: &[String]) -> String {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", program.display()));
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() > Duration::from_secs(60) => {
                let _ = child.kill();
                panic!("{} did not finish within 60 s", program.display());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => panic!("waiting for {}: {e}", program.display()),
        }
    }
    let out = child.wait_with_output().expect("output");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{} {args:?} failed: {}\n{}",
        program.display(),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

/// Headless Chromium, isolated: a fresh profile, no network services, no sandbox (the tests
/// may run as root in a container).
fn chromium(dir: &Path, action: String, page: &Path) {
    let chromium = require("chromium", "chromium");
    let profile = dir.join(format!("profile-{}", action.len()));
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-pdf-header-footer",
        "--window-size=1280,2000",
    ]
    .map(String::from)
    .into_iter()
    .chain([
        format!("--user-data-dir={}", profile.display()),
        action,
        format!("file://{}", page.display()),
    ])
    .collect::<Vec<_>>();
    run(&chromium, &args);
}

/// Exports the bundled briefing with the real binary, as a user would.
fn export(dir: &Path, name: &str) -> PathBuf {
    let out = dir.join("handout.html");
    let input = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("briefings")
        .join(name);
    let status = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args([
            "export".as_ref(),
            input.as_os_str(),
            "--to".as_ref(),
            "html".as_ref(),
            "-o".as_ref(),
            out.as_os_str(),
        ])
        .status()
        .expect("run brief export");
    assert!(status.success());
    out
}

/// Screenshot and PDF of the handout; returns the PDF's text, one string per page.
fn render(dir: &Path, html: &Path) -> Vec<String> {
    let shot = dir.join("handout.png");
    chromium(dir, format!("--screenshot={}", shot.display()), html);
    let png = std::fs::read(&shot).expect("Chromium wrote no screenshot");
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n"),
        "the screenshot is not a PNG"
    );
    let (width, height) = (
        u32::from_be_bytes([png[16], png[17], png[18], png[19]]),
        u32::from_be_bytes([png[20], png[21], png[22], png[23]]),
    );
    assert_eq!((width, height), (1280, 2000));
    // A blank page compresses to a few kilobytes; a rendered handout is far larger.
    assert!(
        png.len() > 50_000,
        "screenshot of {} bytes: blank?",
        png.len()
    );

    let pdf = dir.join("handout.pdf");
    chromium(dir, format!("--print-to-pdf={}", pdf.display()), html);
    let info = run(
        &require("pdfinfo", "poppler-utils"),
        &[pdf.display().to_string()],
    );
    assert!(info.contains("(A4)"), "not printed on A4:\n{info}");
    // `-raw` reads the text in drawing order: digits and Chinese come from different fonts,
    // and the layout mode would split "67.7亿元" into "67.7" and "亿元" on separate lines.
    let text = run(
        &require("pdftotext", "poppler-utils"),
        &["-raw".to_owned(), pdf.display().to_string(), "-".to_owned()],
    );
    text.split('\u{c}').map(str::to_owned).collect()
}

/// The goal's trajectory chart is inline SVG in the HTML, and prints: its value axis labels in
/// order, bottom up, then its unit, the as-of label over its marker, and the legend's gap.
fn assert_chart_printed(html: &Path, all: &str, axis: &str, labels: &[&str]) {
    let source = std::fs::read_to_string(html).expect("read the handout");
    assert!(
        source.contains("<figure class=\"chart\">\n<svg "),
        "no inline SVG chart in the handout"
    );
    assert!(
        all.contains(axis),
        "the printed chart lacks its axis {axis:?}:\n{all}"
    );
    for label in labels {
        assert!(
            all.contains(label),
            "the printed chart lacks {label:?}:\n{all}"
        );
    }
}

fn first_line(page: &str) -> &str {
    page.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

#[test]
fn chinese_handout_renders_its_figures_and_breaks_pages_between_sections() {
    require_cjk_font();
    let dir = temp_dir("zh");
    let html = export(&dir, "xihe-2021.toml");
    let pages = render(&dir, &html);
    let all = pages.concat();
    for needle in [
        "西和县第十六次党代会报告",
        "关键指标",
        "67.7亿元",
        "≥ 60亿元",
        "12.3%",
        "5.2%",
        "滞后",
        "主要成绩",
        "3纵31横",
    ] {
        assert!(
            all.contains(needle),
            "the printed handout lacks {needle}:\n{all}"
        );
    }
    assert_chart_printed(
        &html,
        &all,
        "0\n20\n40\n60\n亿元\n2025-12-31\n2020-12-31\n",
        &["▼ 截至 2021-11-23", "按年均 5.2%/年 → 43.3亿元"],
    );
    // Speaker notes stay out of a handout unless asked for.
    assert!(!all.contains("清醒认识"), "speaker notes were printed");
    // Each section begins a page of its own.
    let starts: Vec<&str> = pages.iter().map(|p| first_line(p)).collect();
    for section in ["奋斗目标", "主要成绩", "困难挑战"] {
        assert!(
            starts.contains(&section),
            "no page starts with {section}; pages start with {starts:?}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn english_handout_renders_progress_and_status() {
    let dir = temp_dir("en");
    let html = export(&dir, "team-q3.toml");
    let pages = render(&dir, &html);
    let all = pages.concat();
    for needle in [
        "Platform team — Q3 2026 review",
        "300 ms",
        "69%",
        "on track",
        "off track",
        "≤ 250 ms @ 2026-12-31",
        "86 days left",
    ] {
        assert!(
            all.contains(needle),
            "the printed handout lacks {needle}:\n{all}"
        );
    }
    assert_chart_printed(
        &html,
        &all,
        "0\n100\n200\n300\n400\nms\n2026-12-31\n2026-04-01\n",
        &["▼ as of 2026-10-06", "at this pace → 245 ms"],
    );
    let starts: Vec<&str> = pages.iter().map(|p| first_line(p)).collect();
    for section in ["Goals", "Achievements", "Challenges"] {
        assert!(starts.contains(&section), "pages start with {starts:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A plan's goals chart per period: each period's result beside its target, as inline SVG
/// that prints with its periods, verdicts and targets.
#[test]
fn plan_handout_charts_each_periods_result_beside_its_target() {
    let dir = temp_dir("plan");
    let html = export(&dir, "plan-2026.toml");
    let source = std::fs::read_to_string(&html).expect("read the handout");
    // The growth chart: 2025 missed its "around 5%" band, 2026 is planned.
    assert!(
        source.contains("<g class=\"s-missed\">\n<rect class=\"band box\""),
        "no per-period SVG with a missed band"
    );
    assert!(source.contains("<g class=\"s-planned\">"));
    let pages = render(&dir, &html);
    let all = pages.concat();
    assert_chart_printed(
        &html,
        &all,
        "3.5\n4\n4.5\n5\n5.5\n%\n2023\n5.2\n2024\n4.9\n",
        &[
            "2025\n✗ 4.6 missed\n≈ 5%\n",
            "2026\n◇ planned\n4.5–5%\n",
            "as of 2026-03-05 ▼",
            "● 2.2 so far",
            "≥ 11 million",
            "axis from 3.5",
        ],
    );
    let _ = std::fs::remove_dir_all(&dir);
}
