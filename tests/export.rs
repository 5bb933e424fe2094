//! Handouts: snapshots of both formats for both bundled briefings, the figures they must
//! carry, speaker notes only on request, escaping of hostile text, and the command's file
//! handling (atomic write, never over the briefing).

mod common;

use std::path::{Path, PathBuf};

use brief::cli::ExportFormat;
use brief::export::render;
use brief::load::{load_file, load_str};
use brief::model::Briefing;
use chrono::NaiveDate;

fn fallback_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date")
}

fn bundled(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("briefings")
        .join(name)
}

fn load(name: &str) -> Briefing {
    match load_file(&bundled(name), fallback_today()) {
        Ok(loaded) => loaded.briefing,
        Err(e) => panic!("{name}: {e:#?}"),
    }
}

/// The HTML without its style sheet, which has a test of its own: a CSS tweak should not
/// rewrite four snapshots.
fn without_css(html: &str) -> String {
    match (html.find("<style>"), html.find("</style>")) {
        (Some(a), Some(b)) => format!("{}<style>/* handout.css */{}", &html[..a], &html[b..]),
        _ => html.to_owned(),
    }
}

use common::temp_dir;

use common::cli::brief;

#[test]
fn snapshots_of_both_formats_for_both_bundled_briefings() {
    for (name, short) in [
        ("xihe-2021.toml", "xihe"),
        ("team-q3.toml", "team"),
        ("plan-2026.toml", "plan"),
    ] {
        let b = load(name);
        insta::assert_snapshot!(format!("{short}_md"), render(&b, ExportFormat::Md, false));
        insta::assert_snapshot!(
            format!("{short}_html"),
            without_css(&render(&b, ExportFormat::Html, false))
        );
    }
}

#[test]
fn the_chinese_handout_carries_the_screen_figures() {
    let b = load("xihe-2021.toml");
    for to in [ExportFormat::Md, ExportFormat::Html] {
        let text = render(&b, to, false);
        for needle in [
            "西和县第十六次党代会报告",
            "主要成绩",
            "67.7亿元",
            "≥ 60亿元 @ 2025-12-31",
            "需年均 12.3%/年 · 实际年均 5.2%/年",
            "✖ 滞后",
            "1499 天剩余",
            "3纵31横",
            "‼ 严重",
        ] {
            assert!(text.contains(needle), "{to:?} lacks {needle}");
        }
    }
}

#[test]
fn the_english_handout_carries_progress_status_and_change() {
    let b = load("team-q3.toml");
    let md = render(&b, ExportFormat::Md, false);
    for needle in [
        "| Progress | 69% |",
        "| Time elapsed | 67% |",
        "| Since baseline | ▼ −110 ms |",
        "| Status | ● on track |",
        "≤ 250 ms @ 2026-12-31",
        "86 days left",
        "due 2026-09-30 (met)",
        "**Goals:** 2 ● on track · 1 ▲ at risk · 1 ✖ off track · 1 ✔ done",
    ] {
        assert!(md.contains(needle), "markdown lacks {needle}");
    }
    let html = render(&b, ExportFormat::Html, false);
    // Progress as a bar whose width is the share, the number beside it.
    assert!(
        html.contains("style=\"width:68.8%\"></span></span><span class=\"pct\">69%"),
        "no 69% bar"
    );
    // Overshoot shows its number but the bar stops at the end of its track.
    assert!(html.contains("style=\"width:100%\"></span></span><span class=\"pct\">125%"));
    assert!(html.contains("<span class=\"mark s-off\">✖ off track</span>"));
    assert!(html.contains("<span class=\"mark sev-critical\">‼ critical</span>"));
}

#[test]
fn html_is_one_self_contained_printable_file() {
    for (name, lang) in [("xihe-2021.toml", "zh-CN"), ("team-q3.toml", "en")] {
        let html = render(&load(name), ExportFormat::Html, true);
        assert!(html.starts_with("<!DOCTYPE html>\n"));
        assert!(html.contains(&format!("<html lang=\"{lang}\">")));
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains("@page { size: A4;"));
        assert!(html.contains("break-before: page; page-break-before: always;"));
        assert!(html.contains("break-inside: avoid;"));
        for fetch in [
            "http://", "https://", "<script", "<link", "src=", "@import", "url(",
        ] {
            assert!(
                !html.contains(fetch),
                "{name}: the handout fetches or runs {fetch}"
            );
        }
        assert_eq!(html.matches("<section class=\"part\"").count(), 3);
    }
}

#[test]
fn speaker_notes_only_with_notes() {
    let b = load("team-q3.toml");
    let briefing_note = "Open with the good news";
    let item_note = "Next lever is cache warm-up on deploy.";
    for to in [ExportFormat::Md, ExportFormat::Html] {
        let without = render(&b, to, false);
        assert!(!without.contains(briefing_note), "{to:?} leaks notes");
        assert!(!without.contains(item_note), "{to:?} leaks item notes");
        assert!(!without.contains("Speaker notes"));
        let with = render(&b, to, true);
        assert!(with.contains(briefing_note), "{to:?} drops notes");
        assert!(with.contains(item_note), "{to:?} drops item notes");
        assert!(with.contains("Speaker notes"));
    }
    // A metric's note is a remark on the figure, not a speaker note: always shown.
    let note = "Below 0.5 would mean we are shipping too cautiously.";
    assert!(render(&b, ExportFormat::Md, false).contains(note));
}

#[test]
fn hostile_text_is_escaped() {
    let text = r#"
title = "<script>alert(1)</script> & \"x\""
notes = "<img src=x onerror=alert(2)>"
[[goals]]
title = "a 'quoted' <b>goal</b>"
  [[goals.metrics]]
  label = "<i>label</i>"
  unit = "<u>"
  value = "</td></tr>"
  note = "a | pipe and *stars*"
"#;
    let b = match load_str(text, Path::new("hostile.toml"), fallback_today()) {
        Ok(loaded) => loaded.briefing,
        Err(e) => panic!("{e:#?}"),
    };
    let html = render(&b, ExportFormat::Html, true);
    assert!(
        html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</title>")
    );
    assert!(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</h1>"));
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(html.contains("a &#39;quoted&#39; &lt;b&gt;goal&lt;/b&gt;"));
    assert!(html.contains("&lt;/td&gt;&lt;/tr&gt;"));
    for raw in ["<script", "<img", "<b>", "<i>", "<u>", "</td>"] {
        assert!(!html.contains(raw), "raw {raw} in the HTML");
    }
    let md = render(&b, ExportFormat::Md, true);
    assert!(md.starts_with("# \\<script\\>alert(1)\\</script\\> & \"x\"\n"));
    assert!(md.contains("a \\| pipe and \\*stars\\*"));
    // Every `<` is escaped, so no renderer reads a tag.
    assert!(!md.replace("\\<", "").contains('<'), "{md}");
}

#[test]
fn export_writes_stdout_or_a_file_atomically() {
    let dir = temp_dir("write");
    let input = bundled("xihe-2021.toml");
    let input = input.to_str().expect("utf-8 path");
    let stdout = brief(&["export", input, "--to", "md"]);
    assert!(stdout.status.success());
    let md = String::from_utf8(stdout.stdout).expect("utf-8 output");
    assert_eq!(md, render(&load("xihe-2021.toml"), ExportFormat::Md, false));
    let out = dir.join("handout.html");
    std::fs::write(&out, "an older handout").expect("write");
    let written = brief(&[
        "export",
        input,
        "--to",
        "html",
        "-o",
        out.to_str().unwrap_or_default(),
    ]);
    assert!(written.status.success(), "{written:?}");
    assert!(written.stdout.is_empty());
    let html = std::fs::read_to_string(&out).expect("handout written");
    assert!(html.contains("67.7亿元"));
    let names: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    assert_eq!(names, ["handout.html"], "a temporary file was left behind");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn export_never_overwrites_the_briefing() {
    let dir = temp_dir("same");
    let input = dir.join("b.toml");
    let original = "title = \"t\"\nsummary = \"s\"\n";
    std::fs::write(&input, original).expect("write");
    let link = dir.join("link.toml");
    let _ = std::fs::hard_link(&input, &link);
    let dotted = dir.join(".").join("b.toml");
    for out in [&input, &link, &dotted] {
        let run = brief(&[
            "export",
            input.to_str().unwrap_or_default(),
            "--to",
            "html",
            "-o",
            out.to_str().unwrap_or_default(),
        ]);
        assert_eq!(run.status.code(), Some(1), "{out:?}");
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(err.contains("is the briefing itself"), "{err}");
        assert_eq!(
            std::fs::read_to_string(&input).ok().as_deref(),
            Some(original)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn export_of_a_broken_briefing_reports_like_check() {
    let dir = temp_dir("broken");
    let input = dir.join("broken.toml");
    std::fs::write(&input, "title = \"t\"\ntaget = 60\n").expect("write");
    let out = dir.join("out.md");
    let run = brief(&[
        "export",
        input.to_str().unwrap_or_default(),
        "--to",
        "md",
        "-o",
        out.to_str().unwrap_or_default(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("error: unknown key `taget`"), "{err}");
    assert!(err.contains("broken.toml:2:1"), "{err}");
    assert!(!out.exists());
    let _ = std::fs::remove_dir_all(&dir);
}
