//! The terminal is left as it was found: on quit, on signals, and after Ctrl-Z.

mod common;

use common::{Session, temp_dir};

const BRIEFING: &str = r#"title = "Terminal test"
date = 2026-10-06

[[goals]]
title = "Ship it"
summary = "Ship the thing."
"#;

fn start(name: &str) -> Session {
    let dir = temp_dir(name);
    std::fs::write(dir.join("t.toml"), BRIEFING).unwrap();
    let s = Session::start(&["t.toml"], 100, 30, &dir, &[]);
    s.wait_for("Terminal test");
    s
}

#[test]
fn quitting_with_q_restores_the_terminal() {
    let mut s = start("quit-q");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn ctrl_c_quits_and_restores() {
    let mut s = start("quit-ctrl-c");
    s.send("\x03");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn sigterm_sighup_and_sigint_restore_the_terminal() {
    for (name, signal) in [
        ("term", libc::SIGTERM),
        ("hup", libc::SIGHUP),
        ("int", libc::SIGINT),
    ] {
        let mut s = start(&format!("signal-{name}"));
        s.signal(signal);
        assert_eq!(
            s.wait_exit(),
            128 + signal as u32,
            "exit status after {name}"
        );
        s.assert_restored();
    }
}

/// Issue 14 item 13: QUIT, USR1, USR2 and ALRM end a process by default, and left raw mode,
/// the alternate screen and mouse reporting on. Now each is a clean quit, as TERM is.
#[test]
fn regression_every_signal_that_would_end_brief_quits_cleanly() {
    for (name, signal) in [
        ("quit", libc::SIGQUIT),
        ("usr1", libc::SIGUSR1),
        ("usr2", libc::SIGUSR2),
        ("alrm", libc::SIGALRM),
        ("rt", libc::SIGRTMIN() + 3),
    ] {
        let mut s = start(&format!("signal-{name}"));
        s.signal(signal);
        assert_eq!(
            s.wait_exit(),
            128 + signal as u32,
            "exit status after {name}"
        );
        s.assert_restored();
    }
}

/// A fault (or a fault signal sent from outside) cannot be a clean quit, but the terminal is
/// still put back before the process goes down.
#[test]
fn a_fault_signal_still_restores_the_terminal() {
    for (name, signal) in [
        ("segv", libc::SIGSEGV),
        ("abrt", libc::SIGABRT),
        ("bus", libc::SIGBUS),
    ] {
        let mut s = start(&format!("fault-{name}"));
        s.signal(signal);
        assert_ne!(s.wait_exit(), 0, "ended by {name}");
        s.assert_restored();
    }
}

#[test]
fn resizing_never_breaks_the_screen() {
    let mut s = start("resize");
    s.resize(20, 5);
    s.wait_for("terminal too small");
    s.resize(1, 1);
    s.resize(200, 50);
    s.wait_for("Ship it");
    s.resize(50, 20);
    s.wait_for("Ship it");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

/// A key typed as the terminal is resized used to be lost and input to stall, the input thread
/// spinning: crossterm's edge-triggered event source returned the resize first and the key's
/// readiness was never reported again. Regression test for the `use-dev-tty` source.
#[test]
fn keys_typed_while_resizing_are_not_lost() {
    let mut s = start("resize-keys");
    for i in 0..20 {
        s.resize(100 - i, 30 - i / 2);
        if i % 2 == 0 {
            s.send("\r");
            s.wait_for("Ship the thing.");
        } else {
            s.send("\x7f");
            s.wait_gone("Ship the thing.");
        }
    }
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_file_with_errors_opens_to_its_errors_not_a_crash() {
    let dir = temp_dir("broken-start");
    std::fs::write(
        dir.join("t.toml"),
        "title = \"x\"\n[[goals]]\ntitel = \"typo\"\n",
    )
    .unwrap();
    let mut s = Session::start(&["t.toml"], 100, 30, &dir, &[]);
    let screen = s.wait_for("unknown key `titel`");
    assert!(screen.contains("t.toml:3:1"), "{screen}");
    assert!(screen.contains("did you mean `title`?"), "{screen}");
    std::fs::write(dir.join("t.toml"), BRIEFING).unwrap();
    s.wait_for("Ship it");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn suspend_with_ctrl_z_restores_and_redraws_on_resume() {
    let mut s = start("suspend");
    s.send("\x1a");
    s.wait_gone("Ship it");
    std::thread::sleep(std::time::Duration::from_millis(100));
    s.assert_restored();
    s.signal(libc::SIGCONT);
    s.wait_for("Ship it");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
