//! Colours and emphasis. Passed down as `&Theme` so views render the same in tests.
//!
//! Status and severity are always shown by symbol and word too, so no theme relies on colour.

use ratatui::style::{Color, Modifier, Style};

use crate::model::{Severity, Status};

/// The themes `--theme` offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeName {
    Dark,
    Light,
    HighContrast,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub base: Style,
    pub dim: Style,
    pub title: Style,
    pub accent: Style,
    pub border: Style,
    pub border_focused: Style,
    pub selected: Style,
    pub selected_unfocused: Style,
    pub matched: Style,
    pub changed: Style,
    pub good: Style,
    pub warn: Style,
    pub bad: Style,
    pub done: Style,
    pub error_banner: Style,
    pub figure: Style,
}

impl Theme {
    /// The named theme, or a colourless one when `no_color` (the NO_COLOR convention) is set.
    pub fn new(name: ThemeName, no_color: bool) -> Theme {
        if no_color {
            return Theme::monochrome();
        }
        match name {
            ThemeName::Dark => Theme::dark(),
            ThemeName::Light => Theme::light(),
            ThemeName::HighContrast => Theme::high_contrast(),
        }
    }

    pub fn from_env(name: ThemeName) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme::new(name, no_color)
    }

    fn dark() -> Theme {
        let fg = |c| Style::new().fg(c);
        Theme {
            base: Style::new(),
            dim: fg(Color::DarkGray),
            title: fg(Color::White).add_modifier(Modifier::BOLD),
            accent: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border: fg(Color::DarkGray),
            border_focused: fg(Color::Cyan),
            selected: Style::new()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            selected_unfocused: Style::new().bg(Color::DarkGray).fg(Color::White),
            matched: Style::new().fg(Color::Black).bg(Color::Yellow),
            changed: fg(Color::Magenta).add_modifier(Modifier::BOLD),
            good: fg(Color::Green),
            warn: fg(Color::Yellow),
            bad: fg(Color::Red).add_modifier(Modifier::BOLD),
            done: fg(Color::Blue),
            error_banner: Style::new()
                .bg(Color::Red)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            figure: fg(Color::LightCyan).add_modifier(Modifier::BOLD),
        }
    }

    fn light() -> Theme {
        let fg = |c| Style::new().fg(c);
        Theme {
            dim: fg(Color::Gray),
            title: fg(Color::Black).add_modifier(Modifier::BOLD),
            accent: fg(Color::Blue).add_modifier(Modifier::BOLD),
            border: fg(Color::Gray),
            border_focused: fg(Color::Blue),
            selected: Style::new()
                .bg(Color::LightBlue)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            selected_unfocused: Style::new().bg(Color::Gray).fg(Color::Black),
            good: fg(Color::Green),
            warn: fg(Color::Rgb(176, 112, 0)),
            figure: fg(Color::Blue).add_modifier(Modifier::BOLD),
            ..Theme::dark()
        }
    }

    /// For projectors: pure colours, everything bold, no greys that wash out.
    fn high_contrast() -> Theme {
        let strong = |c| Style::new().fg(c).add_modifier(Modifier::BOLD);
        Theme {
            base: strong(Color::White),
            dim: strong(Color::White),
            title: strong(Color::White),
            accent: strong(Color::Yellow),
            border: strong(Color::White),
            border_focused: strong(Color::Yellow),
            selected: Style::new()
                .bg(Color::Yellow)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            selected_unfocused: Style::new().bg(Color::White).fg(Color::Black),
            good: strong(Color::LightGreen),
            warn: strong(Color::Yellow),
            bad: strong(Color::LightRed),
            done: strong(Color::LightCyan),
            figure: strong(Color::Yellow),
            ..Theme::dark()
        }
    }

    fn monochrome() -> Theme {
        let plain = Style::new();
        let bold = plain.add_modifier(Modifier::BOLD);
        Theme {
            base: plain,
            dim: plain,
            title: bold,
            accent: bold,
            border: plain,
            border_focused: bold,
            selected: plain.add_modifier(Modifier::REVERSED),
            selected_unfocused: plain.add_modifier(Modifier::UNDERLINED),
            matched: plain.add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            changed: bold,
            good: plain,
            warn: bold,
            bad: bold,
            done: plain,
            error_banner: plain.add_modifier(Modifier::REVERSED),
            figure: bold,
        }
    }

    pub fn status(&self, status: Option<Status>) -> Style {
        match status {
            Some(Status::Done) => self.done,
            Some(Status::OnTrack) => self.good,
            Some(Status::AtRisk) => self.warn,
            Some(Status::OffTrack | Status::Missed) => self.bad,
            Some(Status::Planned) => self.accent,
            None => self.dim,
        }
    }

    pub fn severity(&self, severity: Severity) -> Style {
        match severity {
            Severity::Low => self.dim,
            Severity::Medium => self.warn,
            Severity::High | Severity::Critical => self.bad,
        }
    }
}
