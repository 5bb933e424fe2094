//! The figures a person feels, measured on the real binary in a pseudo-terminal:
//! start to first frame, reload latency (write -> new value on screen), idle CPU and wake-ups,
//! and peak memory across reloads. When presenterm is installed (PATH, or $PRESENTERM), it is
//! measured the same way in the same run, side by side.
//!
//! Run: `cargo bench --bench live` (add `-- --quick` for fewer rounds).

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "support/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::Session;

const SIZE: (u16, u16) = (120, 40);

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let rounds = if quick { 5 } else { 20 };
    let brief = env!("CARGO_BIN_EXE_brief");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = common::temp_dir("bench-live");
    let peer = presenterm();

    println!(
        "== start to first frame, {}x{}, {rounds} runs each (median / p95)",
        SIZE.0, SIZE.1
    );
    for (name, file, needle) in [
        ("xihe-2021", "briefings/xihe-2021.toml", "67.7"),
        ("team-q3", "briefings/team-q3.toml", "Platform"),
    ] {
        let path = root.join(file);
        let times = (0..rounds)
            .map(|_| first_frame(brief, &[path.to_str().unwrap()], root, needle))
            .collect();
        report(&format!("brief {name}"), times);
    }
    if let Some(peer) = &peer {
        let deck = dir.join("deck.md");
        std::fs::write(&deck, "# Quarterly review\n\nValue 310 ms\n").unwrap();
        let times = (0..rounds)
            .map(|_| first_frame(peer, &[deck.to_str().unwrap()], &dir, "310 ms"))
            .collect();
        report("presenterm deck.md", times);
    }

    println!("\n== reload: write -> new value on screen, {rounds} writes each way (median / p95)");
    let file = dir.join("live.toml");
    std::fs::write(&file, live_briefing(100)).unwrap();
    let mut s = Session::start(&[file.to_str().unwrap()], SIZE.0, SIZE.1, &dir, &[]);
    s.wait_for("100 ms");
    let times = reload_latencies(&s, &file, rounds, live_briefing, "ms");
    report("brief", times);
    if let Some(peer) = &peer {
        let deck = dir.join("deck.md");
        std::fs::write(&deck, "# Quarterly review\n\nValue 100 ms\n").unwrap();
        let p = Session::start_program(peer, &[deck.to_str().unwrap()], SIZE.0, SIZE.1, &dir, &[]);
        p.wait_for("100 ms");
        let times = reload_latencies(
            &p,
            &deck,
            rounds,
            |v| format!("# Quarterly review\n\nValue {v} ms\n"),
            "ms",
        );
        report("presenterm", times);
    }

    println!(
        "\n== reload: a save in two chunks (15-200 ms apart), second chunk -> new value on screen, {rounds} saves (median / p95)"
    );
    let chunked = dir.join("chunked.toml");
    std::fs::write(&chunked, chunked_briefing(100)).unwrap();
    let c = Session::start(&[chunked.to_str().unwrap()], SIZE.0, SIZE.1, &dir, &[]);
    c.wait_for("100 ms");
    let (times, flashes) = two_chunk_latencies(&c, &chunked, rounds);
    report("brief", times);
    println!(
        "{:<28} {flashes} of {rounds} saves showed the error banner or the half file for a moment",
        "brief flashes"
    );
    drop(c);

    println!("\n== idle: 5 quiet seconds after start");
    idle("brief", &s);
    if let Some(peer) = &peer {
        let deck = dir.join("deck.md");
        let p = Session::start_program(peer, &[deck.to_str().unwrap()], SIZE.0, SIZE.1, &dir, &[]);
        p.wait_for("ms");
        idle("presenterm", &p);
    }
    s.send("q");
    s.wait_exit();

    println!("\n== memory: peak RSS (VmHWM) fresh, and after 50 reloads of a 10,000-item briefing");
    let bundled = Session::start(
        &[root.join("briefings").to_str().unwrap()],
        SIZE.0,
        SIZE.1,
        root,
        &[],
    );
    bundled.wait_for("Briefings");
    println!(
        "brief, bundled briefings, fresh: {} KiB",
        status_kib(bundled.pid(), "VmHWM")
    );
    let large = dir.join("large.toml");
    let text = generate::briefing(10_000);
    std::fs::write(&large, &text).unwrap();
    let mut s = Session::start(&[large.to_str().unwrap()], SIZE.0, SIZE.1, &dir, &[]);
    s.wait_for("Large briefing");
    let fresh = status_kib(s.pid(), "VmHWM");
    let mut steps = Vec::new();
    for i in 1..=50 {
        let marker = format!("Large briefing r{i}");
        s.arm(&marker);
        std::fs::write(&large, text.replacen("Large briefing", &marker, 1)).unwrap();
        s.seen_at();
        if [1, 10, 25, 50].contains(&i) {
            steps.push(format!("{i}: {} KiB", status_kib(s.pid(), "VmRSS")));
        }
    }
    println!(
        "brief, 10,000 items: resident after N reloads: {}",
        steps.join(", ")
    );
    let after = status_kib(s.pid(), "VmHWM");
    let rss = status_kib(s.pid(), "VmRSS");
    println!(
        "brief, 10,000 items: fresh peak {fresh} KiB, after 50 reloads peak {after} KiB, now {rss} KiB"
    );
    s.send("q");
    s.wait_exit();
    if let Some(peer) = &peer {
        // presenterm sometimes stops redrawing a large deck after a reload; report, don't abort.
        if std::panic::catch_unwind(|| peer_memory(peer, &dir)).is_err() {
            println!(
                "presenterm, 300-slide deck: not measured (it did not show a reload within 10 s)"
            );
        }
    }
}

/// presenterm on a large deck (300 slides), reloaded 10 times the same way.
fn peer_memory(peer: &str, dir: &Path) {
    let deck = dir.join("large.md");
    let mut body = String::new();
    for i in 0..300 {
        body.push_str(&format!(
            "\n<!-- end_slide -->\n\n## Slide {i}\n\n累计投入扶贫资金67.7亿元 value {i}\n"
        ));
    }
    std::fs::write(&deck, format!("# Large deck r0\n{body}")).unwrap();
    let mut p = Session::start_program(peer, &[deck.to_str().unwrap()], SIZE.0, SIZE.1, dir, &[]);
    p.wait_for("Large deck r0");
    let fresh = status_kib(p.pid(), "VmRSS");
    let mut steps = Vec::new();
    for i in 1..=10 {
        let marker = format!("Large deck r{i}");
        p.arm(&marker);
        std::fs::write(&deck, format!("# {marker}\n{body}")).unwrap();
        p.seen_at();
        if [1, 5, 10].contains(&i) {
            steps.push(format!("{i}: {} KiB", status_kib(p.pid(), "VmRSS")));
        }
    }
    println!(
        "presenterm, 300-slide deck: resident fresh {fresh} KiB; after N reloads: {}",
        steps.join(", ")
    );
    p.send("q");
    let _ = p.wait_exit();
}

/// Time from spawn to the first screen that shows `needle`.
fn first_frame(program: &str, args: &[&str], cwd: &Path, needle: &str) -> Duration {
    let (mut s, spawned) = Session::start_watching(program, args, SIZE, cwd, &[], Some(needle));
    let at = s.seen_at();
    s.send("q");
    let _ = s.wait_exit();
    at - spawned
}

fn reload_latencies(
    s: &Session,
    file: &Path,
    rounds: usize,
    make: impl Fn(u32) -> String,
    unit: &str,
) -> Vec<Duration> {
    let mut times = Vec::new();
    for i in 0..rounds * 2 {
        let value = 200 + i as u32;
        let text = make(value);
        s.arm(&format!("{value} {unit}"));
        std::thread::sleep(Duration::from_millis(300));
        let wrote = if i % 2 == 0 {
            let t = Instant::now();
            std::fs::write(file, &text).unwrap();
            t
        } else {
            let tmp = file.with_extension("tmp~");
            std::fs::write(&tmp, &text).unwrap();
            let t = Instant::now();
            std::fs::rename(&tmp, file).unwrap();
            t
        };
        times.push(s.seen_at().saturating_duration_since(wrote));
    }
    times
}

/// Saves written as an editor that writes in two chunks does, cut alternately inside a table
/// (the first chunk is broken TOML) and at `[[challenges]]` (the first chunk is a valid half
/// file). Returns the time from the second chunk to the new value on screen, and how many
/// saves showed the banner or the half file (no challenges) on any screen in between.
fn two_chunk_latencies(s: &Session, file: &Path, rounds: usize) -> (Vec<Duration>, usize) {
    use std::io::Write;
    let mut times = Vec::new();
    let mut flashes = 0;
    for i in 0..rounds {
        let value = 300 + i as u32;
        let text = chunked_briefing(value);
        let cut = if i % 2 == 0 {
            text.find("Two roles").unwrap()
        } else {
            text.find("[[challenges]]").unwrap()
        };
        let pause = [15, 50, 100, 200][i % 4];
        std::thread::sleep(Duration::from_millis(400));
        s.arm(&format!("{value} ms"));
        s.record();
        let mut f = std::fs::File::create(file).unwrap();
        f.write_all(&text.as_bytes()[..cut]).unwrap();
        std::thread::sleep(Duration::from_millis(pause));
        let wrote = Instant::now();
        f.write_all(&text.as_bytes()[cut..]).unwrap();
        drop(f);
        times.push(s.seen_at().saturating_duration_since(wrote));
        std::thread::sleep(Duration::from_millis(50));
        let flashed = s
            .screens()
            .iter()
            .any(|screen| screen.contains("chunked.toml:") || !screen.contains("Challenges (2)"));
        flashes += usize::from(flashed);
    }
    (times, flashes)
}

fn idle(name: &str, s: &Session) {
    std::thread::sleep(Duration::from_millis(500));
    let (cpu0, wakes0) = (cpu_ticks(s.pid()), wakeups(s.pid()));
    std::thread::sleep(Duration::from_secs(5));
    let (cpu1, wakes1) = (cpu_ticks(s.pid()), wakeups(s.pid()));
    let ticks = cpu1 - cpu0;
    println!(
        "{name:<28} cpu {:.1} ms over 5 s, {} wake-ups (context switches, all threads)",
        ticks as f64 * 10.0,
        wakes1 - wakes0
    );
}

fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    // utime and stime are fields 14 and 15; after the ")" they are the 12th and 13th.
    fields
        .get(11)
        .and_then(|f| f.parse::<u64>().ok())
        .unwrap_or(0)
        + fields
            .get(12)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
}

fn wakeups(pid: u32) -> u64 {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return 0;
    };
    tasks
        .filter_map(std::result::Result::ok)
        .map(|t| {
            let status = std::fs::read_to_string(t.path().join("status")).unwrap_or_default();
            status
                .lines()
                .filter(|l| {
                    l.starts_with("voluntary_ctxt_switches")
                        || l.starts_with("nonvoluntary_ctxt_switches")
                })
                .filter_map(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
                .sum::<u64>()
        })
        .sum()
}

fn status_kib(pid: u32, key: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = times[times.len() / 2];
    let p95 = times[((times.len() as f64 * 0.95).ceil() as usize).min(times.len()) - 1];
    println!(
        "{name:<28} median {:>7.1} ms   p95 {:>7.1} ms   min {:>6.1} ms   (n={})",
        ms(median),
        ms(p95),
        ms(times[0]),
        times.len()
    );
}

fn live_briefing(value: u32) -> String {
    format!(
        "title = \"Live\"\ndate = 2026-10-06\n\n[[goals]]\ntitle = \"Latency\"\nsummary = \"p99\"\n[[goals.metrics]]\nlabel = \"p99\"\nunit = \"ms\"\nvalue = {value}\nkey = true\n"
    )
}

fn chunked_briefing(value: u32) -> String {
    format!(
        "{}\n[[challenges]]\ntitle = \"Hiring\"\nsummary = \"Two roles open.\"\n\n[[challenges]]\ntitle = \"Budget\"\nsummary = \"Ten percent less.\"\n",
        live_briefing(value)
    )
}

fn presenterm() -> Option<String> {
    let candidates: Vec<PathBuf> = std::env::var_os("PRESENTERM")
        .map(PathBuf::from)
        .into_iter()
        .chain(std::env::var_os("PATH").into_iter().flat_map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("presenterm"))
                .collect::<Vec<_>>()
        }))
        .chain([PathBuf::from("/opt/presenterm/bin/presenterm")])
        .collect();
    candidates
        .into_iter()
        .find(|p| p.is_file())
        .map(|p| p.display().to_string())
}
