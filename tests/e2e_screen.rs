//! The briefing screen end to end: the real binary in a pseudo-terminal, keys typed, the
//! screen read back.

mod common;

use common::{Session, repo};

#[test]
fn the_chinese_briefing_from_overview_to_presentation_and_out() {
    let mut s = Session::start(&["briefings/xihe-2021.toml"], 120, 40, repo(), &[]);
    let screen = s.wait_for("67.7");
    assert!(screen.contains("亿元"), "{screen}");
    assert!(
        screen.contains("主要成绩") && screen.contains("困难挑战"),
        "the briefing's own section names:\n{screen}"
    );
    // Move to the challenges and open the first one.
    s.send("3");
    s.send("\r");
    let screen = s.wait_for("应对措施");
    assert!(screen.contains("防返贫任务重"), "{screen}");
    // Present from here and step two slides.
    s.send("p");
    let first = s.wait_for("页 ");
    let slide = |screen: &str| -> usize {
        let line = screen.lines().find(|l| l.contains("页 ")).expect("footer");
        let n = line
            .split("页 ")
            .nth(1)
            .and_then(|r| r.split('/').next())
            .expect("n/N");
        n.trim().parse().expect("slide number")
    };
    let start = slide(&first);
    s.send("\x1b[C");
    s.send(" ");
    let screen = s.wait_until(
        |sc| sc.contains("页 ") && slide(sc) == start + 2,
        "two slides on",
    );
    assert!(
        screen.contains("经济发展底子薄") || screen.contains("公共服务基础弱"),
        "{screen}"
    );
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn with_no_argument_it_opens_the_bundled_briefings() {
    let mut s = Session::start(&[], 120, 40, repo(), &[]);
    let screen = s.wait_for("Briefings");
    assert!(screen.contains("西和县第十六次党代会报告"), "{screen}");
    assert!(screen.contains("Platform team"), "{screen}");
    assert!(screen.contains("Norland: 2025 plan"), "{screen}");
    s.send("\r");
    s.wait_for("Goals (9)");
    s.send("o");
    s.wait_for("Briefings");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn brief_present_opens_on_the_title_slide() {
    let mut s = Session::start(&["present", "briefings/team-q3.toml"], 100, 30, repo(), &[]);
    let screen = s.wait_for("slide 1/");
    assert!(screen.contains("Platform team"), "{screen}");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn compare_shows_what_changed_since_an_older_briefing() {
    let dir = common::temp_dir("compare");
    let current = std::fs::read_to_string(repo().join("briefings/team-q3.toml")).unwrap();
    let old = current.replacen("\nvalue = 300\n", "\nvalue = 350\n", 1);
    assert_ne!(old, current, "the fixture edit applies");
    std::fs::write(dir.join("old.toml"), old).unwrap();
    let old_path = dir.join("old.toml");
    let mut s = Session::start(
        &[
            "briefings/team-q3.toml",
            "--compare",
            old_path.to_str().unwrap(),
        ],
        140,
        40,
        repo(),
        &[],
    );
    let screen = s.wait_for("vs 2026-10-06");
    assert!(
        screen.contains("300 ms  Δ ▼ −50 ms"),
        "the card says what changed:\n{screen}"
    );
    assert!(
        screen.contains("⇅"),
        "the goal whose status moved is marked:\n{screen}"
    );
    s.send("\r");
    s.wait_for("(was ✖ off track)");
    // The item's slide carries the change too.
    s.send("p");
    s.wait_for("Δ ▼ −50 ms (−14.3%)");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
