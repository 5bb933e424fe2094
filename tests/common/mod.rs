//! Helpers for end-to-end tests: the real binary in a pseudo-terminal, its screen parsed by
//! vt100, keys typed, files edited. Tests poll the screen with a timeout instead of sleeping.

#![allow(dead_code)]

pub mod cli;
pub mod render;

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub const TIMEOUT: Duration = Duration::from_secs(10);

/// A needle to look for on screen and the instant it was first seen.
pub type Watch = Arc<Mutex<Option<(String, Option<Instant>)>>>;

/// Every distinct screen the reader saw, while recording.
type Screens = Arc<Mutex<Option<Vec<String>>>>;

pub struct Session {
    /// When set, the reader records the instant the screen first contains the needle.
    pub watch: Watch,
    screens: Screens,
    master: Box<dyn MasterPty + Send>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    child: Box<dyn Child + Send + Sync>,
    parser: Arc<Mutex<vt100::Parser>>,
    output: Arc<Mutex<Vec<u8>>>,
}

impl Session {
    /// Starts `brief ARGS` in a `cols`×`rows` pseudo-terminal in `cwd`.
    pub fn start(args: &[&str], cols: u16, rows: u16, cwd: &Path, env: &[(&str, &str)]) -> Session {
        Session::start_program(env!("CARGO_BIN_EXE_brief"), args, cols, rows, cwd, env)
    }

    /// Starts any program the same way (for measuring a peer side by side).
    pub fn start_program(
        program: &str,
        args: &[&str],
        cols: u16,
        rows: u16,
        cwd: &Path,
        env: &[(&str, &str)],
    ) -> Session {
        Session::start_watching(program, args, (cols, rows), cwd, env, None).0
    }

    /// Starts a program with the reader already armed for `needle`; returns the spawn instant,
    /// so that `seen_at() - spawned` is the time from start to that screen.
    pub fn start_watching(
        program: &str,
        args: &[&str],
        (cols, rows): (u16, u16),
        cwd: &Path,
        env: &[(&str, &str)],
        needle: Option<&str>,
    ) -> (Session, Instant) {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let watch: Watch = Arc::new(Mutex::new(needle.map(|n| (n.to_owned(), None))));
        let spawned = Instant::now();
        let child = pty.slave.spawn_command(cmd).expect("spawn brief");
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let output = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = Arc::new(Mutex::new(pty.master.take_writer().expect("pty writer")));
        let screens: Screens = Arc::new(Mutex::new(None));
        let (p, o, w, answer, kept) = (
            parser.clone(),
            output.clone(),
            watch.clone(),
            writer.clone(),
            screens.clone(),
        );
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut parser = p.lock().unwrap();
                parser.process(&drawable(&buf[..n]));
                if let Some((needle, seen @ None)) = w.lock().unwrap().as_mut()
                    && parser.screen().contents().contains(needle.as_str())
                {
                    *seen = Some(Instant::now());
                }
                if let Some(screens) = kept.lock().unwrap().as_mut() {
                    let screen = parser.screen().contents();
                    if screens.last() != Some(&screen) {
                        screens.push(screen);
                    }
                }
                drop(parser);
                answer_queries(&buf[..n], &answer);
                o.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        (
            Session {
                watch,
                screens,
                master: pty.master,
                writer,
                child,
                parser,
                output,
            },
            spawned,
        )
    }

    /// Arms the reader to timestamp the first screen that shows `needle`.
    pub fn arm(&self, needle: &str) {
        *self.watch.lock().unwrap() = Some((needle.to_owned(), None));
    }

    /// Starts keeping every distinct screen drawn from now on, even one shown for a moment,
    /// for [`Session::screens`]; forgets those kept so far.
    pub fn record(&self) {
        *self.screens.lock().unwrap() = Some(Vec::new());
    }

    /// The screens drawn since [`Session::record`], in order.
    pub fn screens(&self) -> Vec<String> {
        self.screens.lock().unwrap().clone().unwrap_or_default()
    }

    /// Waits for the armed needle and returns when it first appeared.
    pub fn seen_at(&self) -> Instant {
        let start = Instant::now();
        loop {
            if let Some((_, Some(at))) = self.watch.lock().unwrap().as_ref() {
                return *at;
            }
            if start.elapsed() > TIMEOUT {
                panic!(
                    "timed out waiting for the armed needle; screen:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_micros(200));
        }
    }

    pub fn send(&mut self, keys: &str) {
        let mut writer = self.writer.lock().unwrap();
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `needle`; panics with the screen if it never does.
    pub fn wait_for(&self, needle: &str) -> String {
        self.wait_until(|s| s.contains(needle), &format!("{needle:?} on screen"))
    }

    pub fn wait_gone(&self, needle: &str) -> String {
        self.wait_until(
            |s| !s.contains(needle),
            &format!("{needle:?} gone from screen"),
        )
    }

    pub fn wait_until(&self, ok: impl Fn(&str) -> bool, what: &str) -> String {
        self.wait_until_within(TIMEOUT, ok, what)
    }

    /// As [`Session::wait_until`], for work that takes longer than [`TIMEOUT`] in a debug
    /// build.
    pub fn wait_until_within(
        &self,
        timeout: Duration,
        ok: impl Fn(&str) -> bool,
        what: &str,
    ) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                // A frame may arrive in several reads; return it once the output has settled,
                // so that what the caller asserts next is the whole frame, not half of it.
                let written = self.output.lock().unwrap().len();
                std::thread::sleep(Duration::from_millis(40));
                if self.output.lock().unwrap().len() == written {
                    let settled = self.screen();
                    if ok(&settled) {
                        return settled;
                    }
                }
                continue;
            }
            if start.elapsed() > timeout {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        // vt100 panics when a wide character is printed on a one-column screen (as a frame
        // drawn for the old size can be, after the resize): the parsed screen keeps two.
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols.max(2));
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("pid")
    }

    pub fn signal(&self, signal: i32) {
        // SAFETY: sending a signal to our own child process.
        unsafe { libc::kill(self.pid() as i32, signal) };
    }

    /// Waits for the process to exit and returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader drain what was written last.
                std::thread::sleep(Duration::from_millis(50));
                return status.exit_code();
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("brief did not exit; screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Everything brief wrote to the terminal so far.
    pub fn output(&self) -> Vec<u8> {
        self.output.lock().unwrap().clone()
    }

    /// The terminal is as a shell expects it: main screen, cursor shown, no mouse reporting,
    /// and the line discipline back in cooked mode with echo.
    pub fn assert_restored(&self) {
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse still captured"
        );
        let fd = self.master.as_raw_fd().expect("master fd");
        // SAFETY: tcgetattr fills a zeroed termios for a valid descriptor.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        assert_eq!(unsafe { libc::tcgetattr(fd, &mut t) }, 0, "tcgetattr");
        assert!(
            t.c_lflag & libc::ICANON != 0,
            "still in raw mode (ICANON off)"
        );
        assert!(t.c_lflag & libc::ECHO != 0, "echo still off");
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The bytes as the screen parser should see them. vt100 skips U+FFFD, taking it for a decoding
/// error, where terminals draw it in one column: the rest of the line would shift left. The
/// screen shows it as `?` instead; `output()` keeps the bytes as written.
fn drawable(chunk: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    const REPLACEMENT: &[u8] = "\u{FFFD}".as_bytes();
    if !chunk.windows(3).any(|w| w == REPLACEMENT) {
        return chunk.into();
    }
    let mut out = Vec::with_capacity(chunk.len());
    let mut rest = chunk;
    while !rest.is_empty() {
        if rest.starts_with(REPLACEMENT) {
            out.push(b'?');
            rest = &rest[3..];
        } else {
            out.push(rest[0]);
            rest = &rest[1..];
        }
    }
    out.into()
}

/// Answers the queries a real terminal answers (device attributes, status, cursor position),
/// so that programs which wait for them (presenterm does) start as they would in a terminal.
/// brief itself sends none.
fn answer_queries(chunk: &[u8], writer: &Mutex<Box<dyn Write + Send>>) {
    let replies: [(&[u8], &[u8]); 3] = [
        (b"\x1b[c", b"\x1b[?62;22c"),
        (b"\x1b[5n", b"\x1b[0n"),
        (b"\x1b[6n", b"\x1b[1;1R"),
    ];
    for (query, reply) in replies {
        if chunk.windows(query.len()).any(|w| w == query) {
            let mut writer = writer.lock().unwrap();
            let _ = writer.write_all(reply);
            let _ = writer.flush();
        }
    }
}

/// A fresh temporary directory for one test.
pub fn temp_dir(name: &str) -> TempDir {
    TempDir(
        tempfile::Builder::new()
            .prefix(&format!("brief-test-{name}-"))
            .tempdir()
            .expect("a temporary folder"),
    )
}

/// A folder of its own for one test, removed with everything in it when the test ends, passed
/// or failed. Reads as a `Path`.
pub struct TempDir(tempfile::TempDir);

impl std::ops::Deref for TempDir {
    type Target = Path;

    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for TempDir {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}

/// A date, for a test's fixed "today".
pub fn date(year: i32, month: u32, day: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(year, month, day).expect("a real date")
}

/// The repository root, where `briefings/` lives.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}
