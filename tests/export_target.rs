//! `brief export -o OUT` writes a regular file only, atomically, keeping what the user set on
//! the old one: a FIFO, socket or device is refused, a symbolic link is refused (link and
//! target untouched), the mode stays, a read-only file needs --force, another user's file is
//! never taken over, and a symlink planted at a temporary name is never followed.

mod common;

use std::ffi::CString;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use common::cli::{arg, brief_within};

const BRIEFING: &str = "title = \"Q3 review\"\ndate = 2024-06-01\nnotes = \"Secret: the \
                        reorg.\"\n\n[[goals]]\ntitle = \"Cut p99 latency\"\nsummary = \"Fast.\"\n";

struct Setup {
    dir: tempfile::TempDir,
    input: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("b.toml");
    fs::write(&input, BRIEFING).expect("write the briefing");
    Setup { dir, input }
}

impl Setup {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn export(&self, out: &Path, extra: &[&str]) -> Output {
        let mut args = vec!["export", arg(&self.input), "--to", "md", "-o", arg(out)];
        args.extend_from_slice(extra);
        brief_within(&args)
    }

    /// An older handout with the given mode.
    fn old_handout(&self, mode: u32) -> PathBuf {
        let path = self.path("handout.md");
        fs::write(&path, "old").expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).expect("chmod");
        path
    }

    /// The names in the folder besides the briefing, to see that no temporary file is left.
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.dir.path())
            .expect("read dir")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .filter(|n| n != "b.toml")
            .collect();
        names.sort();
        names
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// What is at `path` itself, links not followed.
fn file_type(path: &Path) -> fs::FileType {
    fs::symlink_metadata(path).expect("stat").file_type()
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).expect("read")
}

fn mode(path: &Path) -> u32 {
    fs::symlink_metadata(path)
        .expect("stat")
        .permissions()
        .mode()
        & 0o7777
}

fn refused_special(out: &Path, kind: &str) -> String {
    format!(
        "error: {} is {kind}, not a regular file; `-o -` writes the handout to standard \
         output, for a pipe or a device\n",
        arg(out)
    )
}

/// A character device in the test's folder (root only), or else /dev/null, which only root
/// could replace: the test never puts the system's device at risk.
fn char_device(s: &Setup) -> PathBuf {
    let node = s.path("null");
    let c = CString::new(node.as_os_str().as_bytes()).expect("no NUL");
    // SAFETY: a valid NUL-terminated path; mknod only creates a node in our temp folder.
    let made = unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) };
    if made == 0 {
        node
    } else {
        PathBuf::from("/dev/null")
    }
}

#[test]
fn a_fifo_a_socket_and_a_device_are_refused_and_left_alone() {
    type Is = fn(&fs::FileType) -> bool;
    let s = setup();
    let fifo = s.path("fifo");
    common::cli::mkfifo(&fifo);
    let socket = s.path("socket");
    let _listener = UnixListener::bind(&socket).expect("bind");
    let device = char_device(&s);
    let cases: [(&Path, &str, Is); 3] = [
        (&fifo, "a FIFO", FileTypeExt::is_fifo),
        (&socket, "a socket", FileTypeExt::is_socket),
        (&device, "a character device", FileTypeExt::is_char_device),
    ];
    for (path, kind, still) in cases {
        let out = s.export(path, &[]);
        assert_eq!(out.status.code(), Some(1), "{kind}");
        assert_eq!(stderr(&out), refused_special(path, kind));
        let now = file_type(path);
        assert!(still(&now), "{kind} was replaced by {now:?}");
    }
    assert!(
        s.names()
            .iter()
            .all(|n| ["fifo", "socket", "null"].contains(&n.as_str())),
        "a temporary file was left behind: {:?}",
        s.names()
    );
}

/// Seen by hand: `-o adir` offered `-o -` for "a pipe or a device", and `-o nodir/x.md` said a
/// temporary file could not be made (exit 3, "could not be written").
#[test]
fn a_directory_and_a_missing_folder_are_said_as_such() {
    let s = setup();
    let dir = s.path("adir");
    fs::create_dir(&dir).expect("mkdir");
    let out = s.export(&dir, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {} is a directory, not a regular file; name the file to write in it, e.g. \
             `-o DIR/handout.html`\n",
            arg(&dir)
        )
    );
    let missing = s.path("nodir").join("x.md");
    let out = s.export(&missing, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {}: the folder {} does not exist; make it first, or write elsewhere\n",
            arg(&missing),
            arg(&s.path("nodir"))
        )
    );
    assert_eq!(s.names(), ["adir"]);
}

#[test]
fn a_symbolic_link_is_refused_and_link_and_target_stay() {
    let s = setup();
    let target = s.path("real.md");
    fs::write(&target, "the old handout").expect("write");
    let link = s.path("handout.md");
    std::os::unix::fs::symlink("real.md", &link).expect("symlink");
    let out = s.export(&link, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {} is a symbolic link to real.md; brief does not write through a link: \
             name the file itself\n",
            arg(&link)
        )
    );
    assert!(file_type(&link).is_symlink());
    assert_eq!(read(&target), "the old handout");
    assert_eq!(s.names(), ["handout.md", "real.md"]);
}

#[test]
fn an_existing_files_mode_is_kept() {
    let s = setup();
    for wanted in [0o600, 0o640, 0o604] {
        let out_file = s.old_handout(wanted);
        let out = s.export(&out_file, &["--with-notes"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(read(&out_file).contains("Secret: the reorg."));
        assert_eq!(mode(&out_file), wanted, "mode {wanted:o} not kept");
    }
    assert_eq!(s.names(), ["handout.md"]);
}

#[test]
fn a_new_file_gets_the_umask_default() {
    let s = setup();
    let out_file = s.path("handout.md");
    let script = format!(
        "umask 027; exec '{}' export '{}' --to md -o '{}'",
        env!("CARGO_BIN_EXE_brief"),
        arg(&s.input),
        arg(&out_file)
    );
    let out = Command::new("sh")
        .args(["-c", &script])
        .output()
        .expect("run sh");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&out_file), 0o640);
}

#[test]
fn a_read_only_file_is_refused_unless_forced_and_stays_read_only() {
    let s = setup();
    let out_file = s.old_handout(0o444);
    let out = s.export(&out_file, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {} is read-only; --force replaces it\n",
            arg(&out_file)
        )
    );
    assert_eq!(read(&out_file), "old");
    let out = s.export(&out_file, &["--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(read(&out_file).contains("Q3 review"));
    assert_eq!(mode(&out_file), 0o444);
    assert_eq!(s.names(), ["handout.md"]);
}

#[test]
fn another_users_file_is_refused_and_keeps_its_owner() {
    let s = setup();
    let out_file = s.path("handout.md");
    fs::write(&out_file, "theirs").expect("write");
    if std::os::unix::fs::chown(&out_file, Some(65534), Some(65534)).is_err() {
        // Only root can give a file away; without root there is no other user's file to test.
        eprintln!("skipped: making another user's file needs root");
        return;
    }
    for extra in [&[][..], &["--force"][..]] {
        let out = s.export(&out_file, extra);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert_eq!(
            stderr(&out),
            format!(
                "error: {} belongs to another user (uid 65534); replacing it would make it \
                 yours: remove it first, or write elsewhere\n",
                arg(&out_file)
            )
        );
    }
    let meta = fs::metadata(&out_file).expect("stat");
    assert_eq!((meta.uid(), meta.gid()), (65534, 65534));
    assert_eq!(read(&out_file), "theirs");
    assert_eq!(
        s.names(),
        ["handout.md"],
        "a temporary file was left behind"
    );
}

/// The old temporary name was `.NAME.PID.tmp`, opened following links: another user could
/// plant a link there and have the handout written over a file of the victim's.
#[test]
fn a_link_planted_at_the_temporary_name_is_never_followed() {
    let s = setup();
    let mut big = String::from("title = \"Big\"\ndate = 2024-06-01\n");
    for i in 0..3000 {
        big.push_str(&format!(
            "\n[[goals]]\ntitle = \"Goal {i}\"\nsummary = \"s\"\n"
        ));
    }
    fs::write(&s.input, big).expect("write a briefing that takes a moment to load");
    let victim = s.path("victim.txt");
    fs::write(&victim, "precious").expect("write");
    let out_file = s.path("handout.md");
    let child = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["export", arg(&s.input), "--to", "md", "-o", arg(&out_file)])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn brief");
    let planted = s.path(&format!(".handout.md.{}.tmp", child.id()));
    std::os::unix::fs::symlink(&victim, &planted).expect("plant a link");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        read(&victim) == "precious",
        "the handout was written through the planted link over the victim's file"
    );
    assert!(file_type(&out_file).is_file());
    assert!(read(&out_file).contains("Goal 2999"));
}
