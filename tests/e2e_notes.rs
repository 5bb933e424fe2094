//! Presenter notes in a second terminal: two pseudo-terminals, one presenting, one following.

mod common;

use common::{Session, repo, temp_dir};

fn env(dir: &std::path::Path) -> [(&'static str, String); 1] {
    [("XDG_RUNTIME_DIR", dir.display().to_string())]
}

#[test]
fn notes_follow_the_presenter_slide_by_slide() {
    let runtime = temp_dir("notes-runtime");
    let env = env(&runtime);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    // The notes terminal starts first and waits.
    let mut notes = Session::start(&["notes", "briefings/team-q3.toml"], 90, 30, repo(), &env);
    notes.wait_for("waiting for");
    let mut presenter = Session::start(&["briefings/team-q3.toml"], 120, 40, repo(), &env);
    presenter.wait_for("Goals (5)");
    // Before presenting, notes show the selected item's notes.
    notes.wait_for("Cut p99 API latency below 250 ms");
    presenter.send("p");
    // Title, key metrics, trajectory, the goals section, then the first goal.
    presenter.wait_for("slide 5/");
    let screen = notes.wait_for("slide 5/");
    assert!(
        screen.contains("two-thirds of the way"),
        "the first goal's notes:\n{screen}"
    );
    assert!(
        screen.contains("→ Deploy about 20 times a week"),
        "the next slide's title:\n{screen}"
    );
    assert!(screen.contains("/ 30:00"), "the time budget:\n{screen}");
    presenter.send("\x1b[C");
    presenter.wait_for("slide 6/");
    notes.wait_for("slide 6/");
    notes.wait_for("Deploy about 20 times a week");
    // The presenter quits: notes wait again, unharmed.
    presenter.send("q");
    assert_eq!(presenter.wait_exit(), 0);
    notes.wait_for("waiting for");
    notes.send("q");
    assert_eq!(notes.wait_exit(), 0);
    notes.assert_restored();
}

#[test]
fn two_presentations_do_not_cross() {
    let runtime = temp_dir("notes-two");
    let env = env(&runtime);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let zh = Session::start(&["briefings/xihe-2021.toml"], 120, 40, repo(), &env);
    let en = Session::start(&["briefings/team-q3.toml"], 120, 40, repo(), &env);
    zh.wait_for("67.7");
    en.wait_for("Goals (5)");
    let notes_en = Session::start(&["notes", "briefings/team-q3.toml"], 90, 30, repo(), &env);
    let notes_zh = Session::start(&["notes", "briefings/xihe-2021.toml"], 90, 30, repo(), &env);
    notes_en.wait_for("Platform team");
    notes_zh.wait_for("西和县");
    assert!(!notes_en.screen().contains("西和县"));
    let socket_dir = runtime.join("brief");
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&socket_dir).unwrap().permissions(),
    );
    assert_eq!(mode & 0o777, 0o700, "the socket directory is private");
    for entry in std::fs::read_dir(&socket_dir).unwrap() {
        let mode = std::os::unix::fs::PermissionsExt::mode(
            &entry.unwrap().metadata().unwrap().permissions(),
        );
        assert_eq!(mode & 0o077, 0, "sockets are owner-only");
    }
}

#[test]
fn quitting_the_notes_terminal_leaves_the_presenter_running() {
    let runtime = temp_dir("notes-quit");
    let env = env(&runtime);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut presenter = Session::start(
        &["present", "briefings/team-q3.toml"],
        120,
        40,
        repo(),
        &env,
    );
    presenter.wait_for("slide 1/");
    let mut notes = Session::start(&["notes", "briefings/team-q3.toml"], 90, 30, repo(), &env);
    notes.wait_for("slide 1/");
    notes.send("q");
    assert_eq!(notes.wait_exit(), 0);
    presenter.send(" ");
    presenter.wait_for("slide 2/");
    // A new notes terminal picks up where the presenter is.
    let notes = Session::start(&["notes", "briefings/team-q3.toml"], 90, 30, repo(), &env);
    notes.wait_for("slide 2/");
    presenter.send("q");
    assert_eq!(presenter.wait_exit(), 0);
}
