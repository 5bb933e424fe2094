//! Entering and leaving the full screen, so that the terminal is restored on every way out:
//! normal quit, error, panic (chained hook) and signals (turned into an ordinary quit).

use std::io::{self, Stdout, Write};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

pub type Tui = Terminal<FullscreenBackend<CrosstermBackend<Stdout>>>;

/// Raw mode, alternate screen, mouse reporting, hidden cursor.
pub fn enter() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )
}

/// Undoes `enter`; safe to call twice, and never fails halfway.
pub fn leave() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

pub fn new() -> io::Result<Tui> {
    Terminal::new(FullscreenBackend(CrosstermBackend::new(io::stdout())))
}

/// Restores the terminal before the default panic message, so the message is readable, and
/// on the way down from a fault (see `signals`). Call it before `enter`: the terminal's
/// settings are saved here, as they were before raw mode.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
    install_fatal_handler();
}

/// The terminal crossterm puts in raw mode is stdin when it is one, else /dev/tty; the
/// descriptor of the latter is kept open for the handler.
fn install_fatal_handler() {
    use std::io::IsTerminal;
    use std::os::fd::IntoRawFd;
    let tty = if io::stdin().is_terminal() {
        libc::STDIN_FILENO
    } else {
        match std::fs::File::open("/dev/tty") {
            Ok(file) => file.into_raw_fd(),
            Err(_) => return,
        }
    };
    crate::sys::on_fatal_signal(&super::signals::FATAL, tty);
}

/// Leaves the screen when dropped, whatever the way out of the main loop.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        leave();
    }
}

/// A backend for a full-screen app that never asks the terminal where its cursor is.
///
/// ratatui queries the cursor position on every clear and resize and waits up to 2 s for an
/// answer; a terminal that answers nothing would freeze brief that long. On the alternate
/// screen the position is meaningless, so we answer for the terminal.
pub struct FullscreenBackend<B>(pub B);

impl<B: Backend> Backend for FullscreenBackend<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.0.draw(content)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        Ok(Position::ORIGIN)
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.0.set_cursor_position(position)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(clear_type)
    }
    fn size(&self) -> Result<Size, Self::Error> {
        self.0.size()
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.0.window_size()
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        self.0.flush()
    }
}
