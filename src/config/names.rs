//! The names a config file gives to screens, actions and keys, both ways: read from the file,
//! and written by `brief config --print` so that what it prints reads back as the same config.

use crossterm::event::{KeyCode, KeyModifiers};

use crate::action::Action;
use crate::keymap::{Key, Mode};

/// The `[keys.<mode>]` tables, in the order `--print` writes them.
pub const MODES: [(&str, Mode); 6] = [
    ("any", Mode::Any),
    ("picker", Mode::Picker),
    ("overview", Mode::Overview),
    ("detail", Mode::Detail),
    ("present", Mode::Present),
    ("notes", Mode::Notes),
];

pub fn mode_name(mode: Mode) -> &'static str {
    MODES
        .iter()
        .find(|(_, m)| *m == mode)
        .map_or("any", |(name, _)| name)
}

/// An action's name in a config file: the `Action` variant in snake case.
pub fn action_name(action: Action) -> &'static str {
    match action {
        Action::Quit => "quit",
        Action::ToggleHelp => "toggle_help",
        Action::Back => "back",
        Action::Open => "open",
        Action::NextPanel => "next_panel",
        Action::PrevPanel => "prev_panel",
        Action::Up => "up",
        Action::Down => "down",
        Action::PageUp => "page_up",
        Action::PageDown => "page_down",
        Action::Home => "home",
        Action::End => "end",
        Action::JumpToSection(0) => "jump_to_goals",
        Action::JumpToSection(1) => "jump_to_achievements",
        Action::JumpToSection(_) => "jump_to_challenges",
        Action::StartSearch => "start_search",
        Action::NextMatch => "next_match",
        Action::PrevMatch => "prev_match",
        Action::ToggleNotes => "toggle_notes",
        Action::Present => "present",
        Action::NextSlide => "next_slide",
        Action::PrevSlide => "prev_slide",
        Action::FirstSlide => "first_slide",
        Action::LastSlide => "last_slide",
        Action::StartGoto => "start_goto",
        Action::Blank => "blank",
        Action::Reload => "reload",
        Action::Edit => "edit",
        Action::Suspend => "suspend",
        Action::ShowPicker => "show_picker",
    }
}

/// Named keys, as `--print` writes them first, then other spellings read the same.
const NAMED: &[(&str, KeyCode)] = &[
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("Tab", KeyCode::Tab),
    ("S-Tab", KeyCode::BackTab),
    ("Enter", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Bksp", KeyCode::Backspace),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("PgUp", KeyCode::PageUp),
    ("PgDn", KeyCode::PageDown),
    ("Del", KeyCode::Delete),
    ("Ins", KeyCode::Insert),
    ("Space", KeyCode::Char(' ')),
    ("↑", KeyCode::Up),
    ("↓", KeyCode::Down),
    ("←", KeyCode::Left),
    ("→", KeyCode::Right),
    ("BackTab", KeyCode::BackTab),
    ("Shift-Tab", KeyCode::BackTab),
    ("Return", KeyCode::Enter),
    ("Escape", KeyCode::Esc),
    ("Backspace", KeyCode::Backspace),
    ("PageUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
    ("Delete", KeyCode::Delete),
    ("Insert", KeyCode::Insert),
];

/// The keys a name stands for: `"q"`, `"G"`, `"Ctrl-C"` (or `ctrl+c`), `"PgDn"`, `"F1"`,
/// `"Space"`. A printable character may come with or without Shift, as terminals disagree.
pub fn parse_key(name: &str) -> Option<Vec<Key>> {
    const NONE: KeyModifiers = KeyModifiers::NONE;
    let lower = name.to_ascii_lowercase();
    let control = ["ctrl-", "ctrl+", "c-"]
        .iter()
        .find_map(|p| lower.strip_prefix(p).map(|_| &name[p.len()..]));
    if let Some(rest) = control {
        let mut chars = rest.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii_alphanumeric() => Some(vec![(
                KeyCode::Char(c.to_ascii_lowercase()),
                KeyModifiers::CONTROL,
            )]),
            _ => None,
        };
    }
    if let Some((_, code)) = NAMED.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
        return Some(match code {
            KeyCode::BackTab => vec![(*code, KeyModifiers::SHIFT), (*code, NONE)],
            _ => vec![(*code, NONE)],
        });
    }
    if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok())
        && (1..=12).contains(&n)
    {
        return Some(vec![(KeyCode::F(n), NONE)]);
    }
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_control() && !c.is_whitespace() => {
            let mut keys = vec![(KeyCode::Char(c), NONE)];
            if !c.is_ascii_lowercase() && !c.is_ascii_digit() {
                keys.push((KeyCode::Char(c), KeyModifiers::SHIFT));
            }
            Some(keys)
        }
        _ => None,
    }
}

/// A key as a config file writes it; `parse_key` reads it back.
pub fn key_name((code, mods): Key) -> String {
    if let KeyCode::Char(c) = code
        && c != ' '
        && mods.contains(KeyModifiers::CONTROL)
    {
        return format!("Ctrl-{}", c.to_ascii_uppercase());
    }
    let name = match code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        other => NAMED
            .iter()
            .find(|(_, c)| *c == other)
            .map_or_else(|| format!("{other:?}"), |(n, _)| (*n).to_owned()),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{name}")
    } else {
        name
    }
}

/// The names of `keys`, each once (`G` with and without Shift is one key to a person).
pub fn key_names(keys: &[Key]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for key in keys {
        let name = key_name(*key);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keymap::Keymap;

    #[test]
    fn every_default_key_reads_back_as_itself() {
        for binding in Keymap::default().bindings {
            let read: Vec<Key> = key_names(&binding.keys)
                .iter()
                .flat_map(|name| parse_key(name).unwrap_or_else(|| panic!("{name} does not parse")))
                .collect();
            for key in &binding.keys {
                assert!(read.contains(key), "{key:?} of {:?}", binding.action);
            }
        }
    }

    #[test]
    fn keys_are_read_in_the_spellings_people_use() {
        let ctrl_c = Some(vec![(KeyCode::Char('c'), KeyModifiers::CONTROL)]);
        assert_eq!(parse_key("Ctrl-C"), ctrl_c);
        assert_eq!(parse_key("ctrl+c"), ctrl_c);
        assert_eq!(parse_key("pagedown"), parse_key("PgDn"));
        assert_eq!(parse_key("→"), parse_key("right"));
        assert_eq!(
            parse_key("F12"),
            Some(vec![(KeyCode::F(12), KeyModifiers::NONE)])
        );
        assert_eq!(parse_key("x").map(|k| k.len()), Some(1));
        assert_eq!(
            parse_key("X").map(|k| k.len()),
            Some(2),
            "with and without Shift"
        );
        for bad in ["", "ctrl-", "Ctrl-Space", "two", "F13", "\u{1b}"] {
            assert_eq!(parse_key(bad), None, "{bad:?}");
        }
    }
}
