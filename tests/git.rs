//! Git revisions wherever an older briefing is taken (issue 13.3), in a temporary repository
//! with three commits, a tag and a renamed file: `brief diff git:REV FILE`, `git:REV:PATH`,
//! `--compare git:REV` on the screen, `brief log`, and the errors for a revision or a file that
//! is not there.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::Session;

/// A repository whose briefing was `briefings/q3.toml` at tag `q3-review` (p99 300 ms), then
/// edited (280 ms), then renamed to `briefings/team.toml` and edited again (270 ms).
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Repo {
        let dir = tempfile::tempdir().expect("temp dir");
        let repo = Repo { dir };
        let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings/team-q3.toml");
        let q3 = std::fs::read_to_string(bundled).expect("bundled");
        std::fs::create_dir(repo.path().join("briefings")).expect("mkdir");
        repo.git(&["init", "-q"]);
        repo.write("briefings/q3.toml", &q3);
        repo.write("broken.toml", "title = \"t\"\nsumary = \"s\"\n");
        repo.commit("Q3 review");
        repo.git(&["tag", "q3-review"]);
        let edited = q3.replacen("\nvalue = 300\n", "\nvalue = 280\n", 1);
        assert_ne!(edited, q3, "the edit applies");
        repo.write("briefings/q3.toml", &edited);
        repo.commit("Latency at 280 ms");
        repo.git(&["mv", "briefings/q3.toml", "briefings/team.toml"]);
        repo.write(
            "briefings/team.toml",
            &edited.replacen("\nvalue = 280\n", "\nvalue = 270\n", 1),
        );
        repo.commit("One file for the team's briefing");
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.path().join(name), text).expect("write");
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    fn git(&self, args: &[&str]) -> String {
        let out = Command::new("git")
            .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
            .args([
                "-c",
                "commit.gpgsign=false",
                "-c",
                "init.defaultBranch=main",
            ])
            .args(args)
            .current_dir(self.path())
            .output()
            .expect("run git");
        assert!(out.status.success(), "git {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    fn brief(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(args)
            .current_dir(self.path())
            .env("NO_COLOR", "1")
            .output()
            .expect("run brief")
    }

    fn top(&self) -> PathBuf {
        std::fs::canonicalize(self.path()).expect("canonical")
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The goal lines of a diff, between its "Goals" heading and the next blank line.
fn latency(out: &Output) -> String {
    stdout(out)
        .lines()
        .find(|l| l.contains("p99 latency:"))
        .unwrap_or_default()
        .trim()
        .to_owned()
}

#[test]
fn diff_with_a_revision_reads_the_same_file_as_it_was_across_a_rename() {
    let repo = Repo::new();
    let last = repo.brief(&["diff", "git:HEAD~1", "briefings/team.toml"]);
    assert_eq!(last.status.code(), Some(0), "{}", stderr(&last));
    assert_eq!(
        latency(&last),
        "p99 latency: 280 ms → 270 ms · ▼ −10 ms (−3.6%) · better"
    );
    let tag = repo.brief(&["diff", "git:q3-review", "briefings/team.toml"]);
    assert_eq!(
        latency(&tag),
        "p99 latency: 300 ms → 270 ms · ▼ −30 ms (−10%) · better"
    );
    let path = repo.brief(&[
        "diff",
        "git:q3-review:briefings/q3.toml",
        "briefings/team.toml",
    ]);
    assert_eq!(latency(&path), latency(&tag));
    // Either side may be the revision; from inside a subfolder too.
    let both = repo.brief(&[
        "diff",
        "git:HEAD~2:briefings/q3.toml",
        "git:HEAD~1:briefings/q3.toml",
    ]);
    assert_eq!(
        latency(&both),
        "p99 latency: 300 ms → 280 ms · ▼ −20 ms (−6.7%) · better"
    );
    let inside = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["diff", "git:HEAD~1", "team.toml"])
        .current_dir(repo.path().join("briefings"))
        .output()
        .expect("run brief");
    assert_eq!(latency(&inside), latency(&last));
}

#[test]
fn an_unknown_revision_or_a_file_not_in_it_is_an_error_naming_the_revision() {
    let repo = Repo::new();
    let unknown = repo.brief(&["diff", "git:q2-review", "briefings/team.toml"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(
        stderr(&unknown),
        format!(
            "brief: unknown revision `q2-review` in the repository at {}\n",
            repo.top().display()
        )
    );
    let head = repo.git(&["rev-parse", "--short=7", "HEAD"]);
    let not_there = repo.brief(&["diff", "git:HEAD:briefings/q3.toml", "briefings/team.toml"]);
    assert_eq!(not_there.status.code(), Some(2));
    assert_eq!(
        stderr(&not_there),
        format!(
            "brief: `briefings/q3.toml` is not in revision `HEAD` ({head})\n  PATH in git:REV:PATH is from the top of the repository, as `git show REV:PATH` reads it\n"
        )
    );
    let screen = repo.brief(&["briefings/team.toml", "--compare", "git:nope"]);
    assert_eq!(screen.status.code(), Some(2));
    assert!(stderr(&screen).contains("unknown revision `nope`"));
    assert!(screen.stdout.is_empty());
}

#[test]
fn a_briefing_broken_at_a_revision_is_reported_as_rev_colon_path() {
    let repo = Repo::new();
    let out = repo.brief(&["diff", "git:q3-review:broken.toml", "briefings/team.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("error: unknown key `sumary`"), "{err}");
    assert!(err.contains("--> q3-review:broken.toml:2:1"), "{err}");
}

#[test]
fn compare_with_a_revision_on_the_screen() {
    let repo = Repo::new();
    let mut s = Session::start(
        &["briefings/team.toml", "--compare", "git:HEAD~1"],
        200,
        40,
        repo.path(),
        &[],
    );
    let screen = s.wait_for("vs 2026-10-06: 1 changed · 0 new · 0 gone");
    assert!(screen.contains("270 ms  Δ ▼ −10 ms (−3.6%)"), "{screen}");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn log_lists_the_revisions_that_changed_the_briefing() {
    let repo = Repo::new();
    let short = |rev: &str| repo.git(&["rev-parse", "--short=7", rev]);
    let out = repo.brief(&["log", "briefings/team.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "revision  briefing    changes since the one before  commit
{}   2026-10-06  1 figure changed              One file for the team's briefing
{}   2026-10-06  1 figure changed              Latency at 280 ms (as briefings/q3.toml)
{}   2026-10-06  first version                 Q3 review (as briefings/q3.toml)

compare with one: brief briefings/team.toml --compare git:REVISION
",
            short("HEAD"),
            short("HEAD~1"),
            short("HEAD~2")
        )
    );
    let outside = tempfile::tempdir().expect("temp dir");
    std::fs::write(outside.path().join("x.toml"), "title = \"x\"\n").expect("write");
    let none = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["log", "x.toml"])
        .current_dir(outside.path())
        .env(
            "GIT_CEILING_DIRECTORIES",
            outside.path().parent().expect("parent"),
        )
        .output()
        .expect("run brief");
    assert_eq!(none.status.code(), Some(2));
    assert_eq!(stderr(&none), "brief: . is not in a git repository\n");
}

#[test]
fn new_from_a_revision_starts_from_the_briefing_as_it_was() {
    let repo = Repo::new();
    let out = repo.brief(&[
        "new",
        "briefings/q4.toml",
        "--from",
        "git:q3-review:briefings/q3.toml",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out)
            .starts_with("wrote briefings/q4.toml from q3-review:briefings/q3.toml: dated "),
        "{}",
        stdout(&out)
    );
    let next = std::fs::read_to_string(repo.path().join("briefings/q4.toml")).expect("written");
    assert!(
        next.contains("\nvalue = 300\n"),
        "the value as it was at the tag"
    );
    let no_path = repo.brief(&["new", "briefings/q5.toml", "--from", "git:HEAD"]);
    assert_eq!(no_path.status.code(), Some(2));
    assert_eq!(
        stderr(&no_path),
        "brief: --from git:HEAD needs the file's path at that revision too: git:HEAD:PATH\n"
    );
}
