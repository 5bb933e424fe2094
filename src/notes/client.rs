//! `brief notes FILE`: follows the presenting brief from another terminal.
//!
//! Either side may start first: until the presenter is there, the screen says it is waiting
//! and retries once a second, in step with the clock it shows anyway.

use std::io::BufRead;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Sender, channel};
use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::protocol::NotesState;
use crate::cli::ThemeName;
use crate::event::{Event, spawn_signal_thread};
use crate::model::Language;
use crate::terminal;
use crate::texts::{Texts, texts};
use crate::theme::Theme;
use crate::timing::{self, Pace};
use crate::view::{panel_block, text};

pub fn run(briefing: &Path, theme: ThemeName) -> i32 {
    let socket = match super::socket::path_for(briefing) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("brief notes: {e}");
            return 1;
        }
    };
    match main_loop(briefing, socket, &Theme::from_env(theme)) {
        Ok(status) => status,
        Err(e) => {
            terminal::leave();
            eprintln!("brief notes: {e}");
            1
        }
    }
}

fn main_loop(briefing: &Path, socket: PathBuf, theme: &Theme) -> std::io::Result<i32> {
    let (tx, rx) = channel();
    spawn_signal_thread(tx.clone())?;
    spawn_reader(socket, tx.clone())?;
    terminal::install_panic_hook();
    terminal::enter()?;
    let _guard = terminal::Guard;
    let _input = crate::app::spawn_input(tx)?;
    let mut term = terminal::new()?;
    let mut state: Option<NotesState> = None;
    loop {
        let now = chrono::Local::now();
        term.draw(|f| render(f, state.as_ref(), briefing, now, theme))?;
        let wait = Duration::from_nanos(u64::from(
            1_000_000_000 - now.timestamp_subsec_nanos().min(999_999_999),
        ));
        match rx.recv_timeout(wait) {
            Ok(Event::Key(key)) if is_quit(key) => return Ok(0),
            Ok(Event::Terminate(signal)) => return Ok(128 + signal),
            Ok(Event::Notes(update)) => state = update.map(|b| *b),
            Ok(_) | Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return Ok(0),
        }
    }
}

fn is_quit(key: crossterm::event::KeyEvent) -> bool {
    use crossterm::event::{KeyCode, KeyModifiers};
    matches!(key.code, KeyCode::Char('q') | KeyCode::Esc)
        || (key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL))
}

/// Connects (retrying once a second), then forwards every state line; `None` when the
/// presenter goes away.
fn spawn_reader(socket: PathBuf, tx: Sender<Event>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("notes-reader".into())
        .spawn(move || {
            loop {
                if let Ok(stream) = UnixStream::connect(&socket) {
                    for line in std::io::BufReader::new(stream).lines() {
                        let Ok(line) = line else { break };
                        if let Ok(state) = serde_json::from_str::<NotesState>(&line)
                            && tx.send(Event::Notes(Some(Box::new(state)))).is_err()
                        {
                            return;
                        }
                    }
                    if tx.send(Event::Notes(None)).is_err() {
                        return;
                    }
                }
                std::thread::sleep(Duration::from_secs(1));
            }
        })?;
    Ok(())
}

pub fn render(
    frame: &mut Frame,
    state: Option<&NotesState>,
    briefing: &Path,
    now: chrono::DateTime<chrono::Local>,
    theme: &Theme,
) {
    let area = frame.area();
    let t = texts(if state.is_some_and(|s| s.language_zh) {
        Language::Zh
    } else {
        Language::En
    });
    let Some(state) = state else {
        let shown = crate::sanitize::path(briefing);
        let message = format!(
            "{} {shown}: run `brief {shown}` in another terminal and press p",
            t.waiting_for,
        );
        frame.render_widget(
            Paragraph::new(message)
                .style(theme.dim)
                .wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    };
    let [body, footer] = Layout::vertical([Constraint::Min(0), Constraint::Length(2)]).areas(area);
    let block = panel_block(
        Span::styled(format!(" {} — {} ", t.notes, state.title), theme.accent),
        true,
        theme,
    );
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let width = usize::from(inner.width);
    let position = if state.presenting {
        format!("{} {}/{}  ·  ", t.slide, state.slide, state.slides)
    } else {
        String::new()
    };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(position, theme.accent),
            Span::styled(state.section.clone(), theme.dim),
        ]),
        Line::styled(state.current.clone(), theme.title),
        Line::raw(""),
    ];
    match &state.notes {
        Some(notes) => lines.extend(
            text::wrap(notes, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.base)),
        ),
        None => lines.push(Line::styled("—", theme.dim)),
    }
    frame.render_widget(Paragraph::new(lines), inner);
    render_footer(frame, footer, state, now, theme, t);
}

fn render_footer(
    frame: &mut Frame,
    area: Rect,
    state: &NotesState,
    now: chrono::DateTime<chrono::Local>,
    theme: &Theme,
    t: &Texts,
) {
    let next = state
        .next
        .as_ref()
        .map(|n| format!("→ {n}"))
        .unwrap_or_default();
    let mut timing_spans = vec![Span::styled(
        now.format("%H:%M:%S").to_string(),
        theme.title,
    )];
    if let Some(started) = state.started_ms {
        let elapsed =
            Duration::from_millis(u64::try_from(now.timestamp_millis() - started).unwrap_or(0));
        let total = state
            .total_s
            .map(|s| format!(" / {}", timing::clock(Duration::from_secs(s))))
            .unwrap_or_default();
        timing_spans.push(Span::styled(
            format!("  ⏱ {}{total}", timing::clock(elapsed)),
            theme.base,
        ));
        if let Some(start) = state.planned_start_s {
            let budgets = [
                Some(Duration::from_secs(start)),
                state.budget_s.map(Duration::from_secs),
            ];
            match timing::pace(&budgets, 1, elapsed) {
                Some(Pace::Ahead(by)) => timing_spans.push(Span::styled(
                    format!("  {} {}", timing::clock(by), t.ahead),
                    theme.good,
                )),
                Some(Pace::Behind(by)) => timing_spans.push(Span::styled(
                    format!("  {} {}", timing::clock(by), t.behind),
                    theme.bad,
                )),
                _ => timing_spans.push(Span::styled(format!("  {}", t.on_time), theme.good)),
            }
        }
        let here = state.entered_ms.map_or(0, |e| {
            u64::try_from(now.timestamp_millis() - e).unwrap_or(0) / 1000
        });
        let spent = Duration::from_secs(state.spent_before_s + here);
        if let Some(over) = timing::overrun(state.budget_s.map(Duration::from_secs), spent) {
            timing_spans.push(Span::styled(
                format!("  ⚠ {} {}", t.over_budget, timing::clock(over)),
                theme.bad,
            ));
        }
    }
    let lines = vec![
        Line::styled(text::truncate(&next, usize::from(area.width)), theme.accent),
        Line::from(timing_spans),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}
