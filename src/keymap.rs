//! The one key table: dispatch, the footer hints and the help overlay all read it, so what the
//! help says is what the keys do. A binding's label is made from its keys, and its words come
//! from `texts`, so neither can drift from the binding.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::Action;

/// Where a binding applies; `Any` bindings apply everywhere unless a mode binds the key itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Any,
    Picker,
    Overview,
    Detail,
    Present,
    /// `brief notes`, the presenter's second screen.
    Notes,
    /// The help overlay: its own keys scroll and close it, any other key closes it.
    Help,
    /// Typing a search or a slide number: only the `Any` chords with Control apply, so that
    /// every plain key is text and Ctrl-C still quits.
    Prompt,
}

pub type Key = (KeyCode, KeyModifiers);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub mode: Mode,
    pub keys: Vec<Key>,
    pub action: Action,
}

impl Binding {
    /// How the keys are written in help, e.g. "→ Space PgDn ↓ l j".
    pub fn label(&self) -> String {
        let mut labels: Vec<String> = Vec::new();
        for key in &self.keys {
            let label = key_label(*key);
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
        labels.join(" ")
    }

    /// The first key alone, for a footer with little room.
    pub fn short_label(&self) -> String {
        self.keys.first().map(|k| key_label(*k)).unwrap_or_default()
    }
}

/// A key as a person writes it: "↑", "PgDn", "Ctrl-C", "S-Tab", "G".
pub fn key_label((code, mods): Key) -> String {
    let name = match code {
        KeyCode::Up => "↑".to_owned(),
        KeyCode::Down => "↓".to_owned(),
        KeyCode::Left => "←".to_owned(),
        KeyCode::Right => "→".to_owned(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::BackTab => "S-Tab".to_owned(),
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::Backspace => "Bksp".to_owned(),
        KeyCode::Home => "Home".to_owned(),
        KeyCode::End => "End".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::Delete => "Del".to_owned(),
        KeyCode::Insert => "Ins".to_owned(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
            return format!("Ctrl-{}", c.to_ascii_uppercase());
        }
        KeyCode::Char(c) => c.to_string(),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{name}")
    } else {
        name
    }
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

use KeyCode::{
    BackTab, Backspace, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};
use Mode::{Any, Detail, Help, Notes, Overview, Picker, Present};

/// The default bindings, in the order help lists them.
static DEFAULTS: &[(Mode, &[Key], Action)] = &[
    (Any, &[(Char('q'), NONE), (Char('c'), CTRL)], Action::Quit),
    (
        Any,
        &[(Char('?'), NONE), (Char('?'), SHIFT), (KeyCode::F(1), NONE)],
        Action::ToggleHelp,
    ),
    (Any, &[(Char('z'), CTRL)], Action::Suspend),
    (Any, &[(Char('r'), NONE)], Action::Reload),
    (Any, &[(Char('e'), NONE)], Action::Edit),
    (Any, &[(Char('n'), CTRL)], Action::ToggleNotes),
    (Picker, &[(Up, NONE), (Char('k'), NONE)], Action::Up),
    (Picker, &[(Down, NONE), (Char('j'), NONE)], Action::Down),
    (Picker, &[(Enter, NONE)], Action::Open),
    (
        Overview,
        &[(Tab, NONE), (Right, NONE), (Char('l'), NONE)],
        Action::NextPanel,
    ),
    (
        Overview,
        &[
            (BackTab, SHIFT),
            (BackTab, NONE),
            (Left, NONE),
            (Char('h'), NONE),
        ],
        Action::PrevPanel,
    ),
    (Overview, &[(Up, NONE), (Char('k'), NONE)], Action::Up),
    (Overview, &[(Down, NONE), (Char('j'), NONE)], Action::Down),
    (Overview, &[(PageUp, NONE)], Action::PageUp),
    (Overview, &[(PageDown, NONE)], Action::PageDown),
    (Overview, &[(Home, NONE), (Char('g'), NONE)], Action::Home),
    (
        Overview,
        &[(End, NONE), (Char('G'), SHIFT), (Char('G'), NONE)],
        Action::End,
    ),
    (Overview, &[(Char('1'), NONE)], Action::JumpToSection(0)),
    (Overview, &[(Char('2'), NONE)], Action::JumpToSection(1)),
    (Overview, &[(Char('3'), NONE)], Action::JumpToSection(2)),
    (Overview, &[(Enter, NONE)], Action::Open),
    (Overview, &[(Char('/'), NONE)], Action::StartSearch),
    (Overview, &[(Char('n'), NONE)], Action::NextMatch),
    (
        Overview,
        &[(Char('N'), SHIFT), (Char('N'), NONE)],
        Action::PrevMatch,
    ),
    (Overview, &[(Char('p'), NONE)], Action::Present),
    (
        Overview,
        &[(Esc, NONE), (Backspace, NONE), (Char('o'), NONE)],
        Action::ShowPicker,
    ),
    (Detail, &[(Up, NONE), (Char('k'), NONE)], Action::Up),
    (Detail, &[(Down, NONE), (Char('j'), NONE)], Action::Down),
    (Detail, &[(PageUp, NONE)], Action::PageUp),
    (
        Detail,
        &[(PageDown, NONE), (Char(' '), NONE)],
        Action::PageDown,
    ),
    (Detail, &[(Home, NONE)], Action::Home),
    (Detail, &[(End, NONE)], Action::End),
    (Detail, &[(Tab, NONE)], Action::NextPanel),
    (
        Detail,
        &[(BackTab, SHIFT), (BackTab, NONE)],
        Action::PrevPanel,
    ),
    (Detail, &[(Enter, NONE)], Action::Open),
    (Detail, &[(Char('n'), NONE)], Action::ToggleNotes),
    (Detail, &[(Char('p'), NONE)], Action::Present),
    (Detail, &[(Esc, NONE), (Backspace, NONE)], Action::Back),
    (
        Present,
        &[
            (Right, NONE),
            (Char(' '), NONE),
            (PageDown, NONE),
            (Down, NONE),
            (Char('l'), NONE),
            (Char('j'), NONE),
        ],
        Action::NextSlide,
    ),
    (
        Present,
        &[
            (Left, NONE),
            (PageUp, NONE),
            (Up, NONE),
            (Backspace, NONE),
            (Char('h'), NONE),
            (Char('k'), NONE),
        ],
        Action::PrevSlide,
    ),
    (Present, &[(Home, NONE)], Action::FirstSlide),
    (Present, &[(End, NONE)], Action::LastSlide),
    (Present, &[(Char('g'), NONE)], Action::StartGoto),
    (
        Present,
        &[(Char('b'), NONE), (Char('.'), NONE)],
        Action::Blank,
    ),
    (Present, &[(Char('n'), NONE)], Action::ToggleNotes),
    (Present, &[(Esc, NONE)], Action::Back),
    (Notes, &[(Char('q'), NONE), (Esc, NONE)], Action::Quit),
    (Help, &[(Up, NONE), (Char('k'), NONE)], Action::Up),
    (Help, &[(Down, NONE), (Char('j'), NONE)], Action::Down),
    (Help, &[(PageUp, NONE)], Action::PageUp),
    (
        Help,
        &[(PageDown, NONE), (Char(' '), NONE)],
        Action::PageDown,
    ),
    (Help, &[(Home, NONE), (Char('g'), NONE)], Action::Home),
    (
        Help,
        &[(End, NONE), (Char('G'), SHIFT), (Char('G'), NONE)],
        Action::End,
    ),
    (Help, &[(Esc, NONE), (Backspace, NONE)], Action::Back),
];

/// The key table in force: the defaults, or the defaults remapped by a configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            bindings: DEFAULTS
                .iter()
                .map(|(mode, keys, action)| Binding {
                    mode: *mode,
                    keys: keys.to_vec(),
                    action: *action,
                })
                .collect(),
        }
    }
}

impl Keymap {
    /// The action a key means in `mode`: the mode's own bindings first, then the global ones.
    pub fn action_for(&self, mode: Mode, key: KeyEvent) -> Option<Action> {
        let pressed = (key.code, normalise(key.modifiers));
        let bound = |b: &&Binding| b.keys.contains(&pressed);
        if mode == Mode::Prompt {
            return self
                .bindings
                .iter()
                .filter(|b| b.mode == Mode::Any && pressed.1.contains(CTRL))
                .find(bound)
                .map(|b| b.action);
        }
        self.bindings
            .iter()
            .filter(|b| b.mode == mode)
            .find(bound)
            .or_else(|| {
                self.bindings
                    .iter()
                    .filter(|b| b.mode == Mode::Any)
                    .find(bound)
            })
            .map(|b| b.action)
    }

    /// The action of `mode`'s own bindings for a key, without the global ones.
    pub fn own_action(&self, mode: Mode, key: KeyEvent) -> Option<Action> {
        let pressed = (key.code, normalise(key.modifiers));
        self.bindings
            .iter()
            .find(|b| b.mode == mode && b.keys.contains(&pressed))
            .map(|b| b.action)
    }

    /// The bindings shown in help for `mode`, then the global ones.
    pub fn help_for(&self, mode: Mode) -> impl Iterator<Item = &Binding> {
        self.bindings
            .iter()
            .filter(move |b| b.mode == mode)
            .chain(self.bindings.iter().filter(|b| b.mode == Mode::Any))
    }

    /// The binding of `action` that applies in `mode`, for a hint such as "q quit".
    pub fn binding(&self, mode: Mode, action: Action) -> Option<&Binding> {
        self.help_for(mode).find(|b| b.action == action)
    }
}

/// Terminals disagree on whether Shift is reported with an upper-case letter; only
/// Control and Shift matter for our table.
fn normalise(mods: KeyModifiers) -> KeyModifiers {
    mods & (KeyModifiers::CONTROL | KeyModifiers::SHIFT)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn mode_bindings_win_over_global_ones() {
        let keys = Keymap::default();
        assert_eq!(
            keys.action_for(Mode::Detail, key(Char('n'))),
            Some(Action::ToggleNotes)
        );
        assert_eq!(
            keys.action_for(Mode::Overview, key(Char('n'))),
            Some(Action::NextMatch)
        );
        assert_eq!(
            keys.action_for(Mode::Present, key(Char('q'))),
            Some(Action::Quit)
        );
    }

    #[test]
    fn presentation_clickers_advance() {
        let keys = Keymap::default();
        for code in [Right, Char(' '), PageDown] {
            assert_eq!(
                keys.action_for(Mode::Present, key(code)),
                Some(Action::NextSlide)
            );
        }
    }

    #[test]
    fn a_prompt_takes_plain_keys_but_not_control_chords() {
        let keys = Keymap::default();
        assert_eq!(keys.action_for(Mode::Prompt, key(Char('q'))), None);
        let ctrl_c = KeyEvent::new(Char('c'), CTRL);
        assert_eq!(keys.action_for(Mode::Prompt, ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn labels_are_made_from_the_keys_they_describe() {
        let keys = Keymap::default();
        let next = keys.binding(Mode::Present, Action::NextSlide).unwrap();
        assert_eq!(next.label(), "→ Space PgDn ↓ l j");
        let quit = keys.binding(Mode::Any, Action::Quit).unwrap();
        assert_eq!(quit.label(), "q Ctrl-C");
        let back = keys.binding(Mode::Detail, Action::Back).unwrap();
        assert_eq!(back.label(), "Esc Bksp");
        let end = keys.binding(Mode::Overview, Action::End).unwrap();
        assert_eq!(
            end.label(),
            "End G",
            "Shift+G and G are one key to a person"
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_mode() {
        let keys = Keymap::default();
        for (i, a) in keys.bindings.iter().enumerate() {
            for b in &keys.bindings[i + 1..] {
                if a.mode == b.mode {
                    for k in &a.keys {
                        assert!(!b.keys.contains(k), "{k:?} bound twice in {:?}", a.mode);
                    }
                }
            }
        }
    }
}
