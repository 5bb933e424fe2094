//! Presenter notes in a second terminal: two pseudo-terminals, one presenting, one following.

mod common;

use std::os::unix::fs::{DirBuilderExt, PermissionsExt};

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

/// The socket a brief serves `briefing`'s notes on, under the runtime dir `runtime`: named
/// by a hash of the full path, as `src/runtime/socket.rs` names it (`DefaultHasher::new` is
/// the same in every program built by one toolchain).
fn socket_of(runtime: &std::path::Path, briefing: &std::path::Path) -> std::path::PathBuf {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    briefing.canonicalize().unwrap().hash(&mut hasher);
    runtime
        .join("brief")
        .join(format!("{:016x}.sock", hasher.finish()))
}

/// CPU time (user + system) of `pid` so far, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let after = stat.rsplit_once(')').unwrap().1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

/// Issue 14 item 8: a notes client that stops reading made each change wait 200 ms per
/// client once its socket buffer was full; eight of them froze every key for 1.6 s.
#[test]
fn regression_notes_clients_that_stop_reading_never_stall_the_presenter() {
    let runtime = tempfile::tempdir().unwrap();
    let env = [("XDG_RUNTIME_DIR", runtime.path().to_str().unwrap())];
    let file = repo().join("briefings/team-q3.toml");
    let mut presenter = Session::start(&[file.to_str().unwrap()], 120, 40, repo(), &env);
    presenter.wait_for("Goals (5)");
    let silent: Vec<std::os::unix::net::UnixStream> = (0..8)
        .map(|_| std::os::unix::net::UnixStream::connect(socket_of(runtime.path(), &file)).unwrap())
        .collect();
    // Each j and k changes the cue: more than the sockets and queues hold.
    for _ in 0..4 {
        presenter.send(&"jk".repeat(100));
    }
    presenter.send("j");
    let screen = presenter.wait_until_within(
        std::time::Duration::from_secs(30),
        |s| s.contains("fell behind"),
        "the footer to say a notes terminal fell behind",
    );
    assert!(screen.contains("disconnected"), "{screen}");
    // Every key was taken: the second goal is selected.
    presenter.send("\r");
    presenter.wait_for("Deploy about 20 times a week");
    drop(silent);
    presenter.send("q");
    assert_eq!(presenter.wait_exit(), 0);
}

/// Issue 14 item 9: when the brief serving the notes quit, another brief on the same file
/// never took the socket over, and `brief notes` waited forever.
#[test]
fn regression_another_brief_on_the_file_takes_over_the_notes() {
    let runtime = tempfile::tempdir().unwrap();
    let env = [("XDG_RUNTIME_DIR", runtime.path().to_str().unwrap())];
    let file = "briefings/team-q3.toml";
    let mut first = Session::start(&["present", file], 120, 40, repo(), &env);
    first.wait_for("slide 1/");
    let mut second = Session::start(&["present", file], 120, 40, repo(), &env);
    second.wait_for("slide 1/");
    second.send("   ");
    second.wait_for("slide 4/");
    let notes = Session::start(&["notes", file], 90, 30, repo(), &env);
    notes.wait_for("slide 1/");
    first.send("q");
    assert_eq!(first.wait_exit(), 0);
    notes.wait_for("slide 4/");
    second.send(" ");
    notes.wait_for("slide 5/");
}

/// Issue 14 item 10: under `ulimit -n 64`, 80 connections made the accept thread spin at
/// 100% CPU, then the input thread too, and q stopped working.
#[test]
fn regression_a_flood_of_connections_under_a_low_descriptor_limit_never_spins() {
    let runtime = tempfile::tempdir().unwrap();
    let env = [("XDG_RUNTIME_DIR", runtime.path().to_str().unwrap())];
    let file = repo().join("briefings/team-q3.toml");
    let brief = env!("CARGO_BIN_EXE_brief");
    let script = "ulimit -n 64 && exec \"$0\" \"$@\"";
    let args = ["-c", script, brief, file.to_str().unwrap()];
    let mut s = Session::start_program("sh", &args, 120, 40, repo(), &env);
    s.wait_for("Goals (5)");
    let socket = socket_of(runtime.path(), &file);
    let flood: Vec<_> = (0..80)
        .filter_map(|_| std::os::unix::net::UnixStream::connect(&socket).ok())
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let before = cpu_ticks(s.pid());
    std::thread::sleep(std::time::Duration::from_secs(1));
    let spent = cpu_ticks(s.pid()) - before;
    assert!(spent < 10, "{spent} ticks of CPU in one quiet second");
    s.send("j\r");
    s.wait_for("Deploy about 20 times a week");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    drop(flood);
}

/// Issue 14, checked again by hand: when the first key came after a flood of connections had
/// used up the descriptors, crossterm could not open its reader, never tried again, and the
/// input thread spun on a terminal it could not read; no key worked after, not even once the
/// clients had gone.
#[test]
fn regression_the_first_key_after_a_flood_under_a_tight_descriptor_limit_still_works() {
    let runtime = tempfile::tempdir().unwrap();
    let env = [("XDG_RUNTIME_DIR", runtime.path().to_str().unwrap())];
    let file = repo().join("briefings/team-q3.toml");
    let brief = env!("CARGO_BIN_EXE_brief");
    let script = "ulimit -n 19 && exec \"$0\" \"$@\"";
    let args = ["-c", script, brief, "present", file.to_str().unwrap()];
    let mut s = Session::start_program("sh", &args, 120, 40, repo(), &env);
    s.wait_for("slide 1/");
    let socket = socket_of(runtime.path(), &file);
    let flood: Vec<_> = (0..80)
        .filter_map(|_| std::os::unix::net::UnixStream::connect(&socket).ok())
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(300));
    s.send("\x1b[C");
    s.wait_for("slide 2/");
    let before = cpu_ticks(s.pid());
    std::thread::sleep(std::time::Duration::from_secs(1));
    let spent = cpu_ticks(s.pid()) - before;
    assert!(spent < 10, "{spent} ticks of CPU in one quiet second");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    drop(flood);
}

/// Issue 14 item 11: with no XDG_RUNTIME_DIR, a symbolic link planted at the fallback folder's
/// name (`$TMPDIR/brief-UID`) made brief chmod the link's target 0700.
#[test]
fn regression_a_link_planted_at_the_fallback_folder_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let victim = tmp.path().join("victim");
    std::fs::create_dir(&victim).unwrap();
    let open = std::fs::Permissions::from_mode(0o755);
    std::fs::set_permissions(&victim, open).unwrap();
    // SAFETY: getuid has no preconditions.
    let uid = unsafe { libc::getuid() };
    std::os::unix::fs::symlink(&victim, tmp.path().join(format!("brief-{uid}"))).unwrap();
    let env = [
        ("XDG_RUNTIME_DIR", ""),
        ("TMPDIR", tmp.path().to_str().unwrap()),
    ];
    let mut s = Session::start(&["briefings/team-q3.toml"], 160, 40, repo(), &env);
    let screen = s.wait_for("presenter notes unavailable");
    assert!(screen.contains("is a symbolic link"), "{screen}");
    let mode = std::fs::metadata(&victim).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o755, "the link's target keeps its mode");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

/// Issue 14 item 12: the follower drew what the socket sent as it came; a fake server got a
/// bidi override (U+202E) into a panel title.
#[test]
fn regression_the_follower_cleans_what_the_socket_sends() {
    let runtime = tempfile::tempdir().unwrap();
    let dir = runtime.path().join("brief");
    std::fs::DirBuilder::new().mode(0o700).create(&dir).unwrap();
    let file = repo().join("briefings/team-q3.toml");
    let listener =
        std::os::unix::net::UnixListener::bind(socket_of(runtime.path(), &file)).unwrap();
    let env = [("XDG_RUNTIME_DIR", runtime.path().to_str().unwrap())];
    let mut notes = Session::start(&["notes", file.to_str().unwrap()], 90, 30, repo(), &env);
    let (mut fake, _) = listener.accept().unwrap();
    let payload = "Fake\u{202e}title\u{1b}]0;owned\u{7}";
    let cue = format!(
        "{{\"title\":\"{payload}\",\"presenting\":true,\"slide\":1,\"slides\":2,\"current\":\"{payload}\",\"section\":\"{payload}\",\"next\":\"{payload}\",\"notes\":\"{payload}\",\"started_ms\":null,\"entered_ms\":null,\"spent_before_s\":0,\"planned_start_s\":null,\"budget_s\":null,\"total_s\":null,\"language_zh\":false}}\n"
    )
    .replace('\u{1b}', "\\u001b")
    .replace('\u{7}', "\\u0007");
    std::io::Write::write_all(&mut fake, cue.as_bytes()).unwrap();
    notes.wait_for("slide 1/2");
    notes.wait_for("Fake");
    let output = notes.output();
    let raw = String::from_utf8_lossy(&output);
    assert!(
        !raw.contains('\u{202e}'),
        "a bidi override reached the terminal"
    );
    assert!(
        !raw.contains("\u{1b}]0;"),
        "an escape sequence reached the terminal"
    );
    notes.send("q");
    assert_eq!(notes.wait_exit(), 0);
}
