//! The one key table: dispatch, the footer hints and the help overlay all read it, so what the
//! help says is what the keys do.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::Action;

/// Where a binding applies; `Any` bindings apply everywhere unless a mode binds the key itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Any,
    Picker,
    Overview,
    Detail,
    Present,
}

pub struct Binding {
    pub mode: Mode,
    pub keys: &'static [(KeyCode, KeyModifiers)],
    /// How the keys are written in help, e.g. "←/→ h/l".
    pub label: &'static str,
    pub action: Action,
    pub help_en: &'static str,
    pub help_zh: &'static str,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

macro_rules! bind {
    ($mode:ident, [$($key:expr),+], $label:literal, $action:expr, $en:literal, $zh:literal) => {
        Binding { mode: Mode::$mode, keys: &[$($key),+], label: $label, action: $action, help_en: $en, help_zh: $zh }
    };
}

use KeyCode::{
    BackTab, Backspace, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

pub static BINDINGS: &[Binding] = &[
    bind!(
        Any,
        [(Char('q'), NONE), (Char('c'), CTRL)],
        "q Ctrl-C",
        Action::Quit,
        "quit",
        "退出"
    ),
    bind!(
        Any,
        [(Char('?'), NONE), (Char('?'), SHIFT), (KeyCode::F(1), NONE)],
        "? F1",
        Action::ToggleHelp,
        "show / hide this help",
        "显示 / 隐藏帮助"
    ),
    bind!(
        Any,
        [(Char('z'), CTRL)],
        "Ctrl-Z",
        Action::Suspend,
        "suspend to the shell",
        "挂起到命令行"
    ),
    bind!(
        Any,
        [(Char('r'), NONE)],
        "r",
        Action::Reload,
        "reload the file now",
        "立即重新载入"
    ),
    bind!(
        Any,
        [(Char('e'), NONE)],
        "e",
        Action::Edit,
        "edit in $EDITOR at this item",
        "在编辑器中打开此项"
    ),
    bind!(
        Any,
        [(Char('n'), CTRL)],
        "Ctrl-N",
        Action::ToggleNotes,
        "show / hide speaker notes",
        "显示 / 隐藏讲稿备注"
    ),
    bind!(
        Picker,
        [(Up, NONE), (Char('k'), NONE)],
        "↑ k",
        Action::Up,
        "previous briefing",
        "上一个简报"
    ),
    bind!(
        Picker,
        [(Down, NONE), (Char('j'), NONE)],
        "↓ j",
        Action::Down,
        "next briefing",
        "下一个简报"
    ),
    bind!(
        Picker,
        [(Enter, NONE)],
        "Enter",
        Action::Open,
        "open the briefing",
        "打开简报"
    ),
    bind!(
        Overview,
        [(Tab, NONE), (Right, NONE), (Char('l'), NONE)],
        "Tab → l",
        Action::NextPanel,
        "next panel",
        "下一栏"
    ),
    bind!(
        Overview,
        [
            (BackTab, SHIFT),
            (BackTab, NONE),
            (Left, NONE),
            (Char('h'), NONE)
        ],
        "S-Tab ← h",
        Action::PrevPanel,
        "previous panel",
        "上一栏"
    ),
    bind!(
        Overview,
        [(Up, NONE), (Char('k'), NONE)],
        "↑ k",
        Action::Up,
        "previous item",
        "上一项"
    ),
    bind!(
        Overview,
        [(Down, NONE), (Char('j'), NONE)],
        "↓ j",
        Action::Down,
        "next item",
        "下一项"
    ),
    bind!(
        Overview,
        [(PageUp, NONE)],
        "PgUp",
        Action::PageUp,
        "page up",
        "上一页"
    ),
    bind!(
        Overview,
        [(PageDown, NONE)],
        "PgDn",
        Action::PageDown,
        "page down",
        "下一页"
    ),
    bind!(
        Overview,
        [(Home, NONE), (Char('g'), NONE)],
        "Home g",
        Action::Home,
        "first item",
        "第一项"
    ),
    bind!(
        Overview,
        [(End, NONE), (Char('G'), SHIFT), (Char('G'), NONE)],
        "End G",
        Action::End,
        "last item",
        "最后一项"
    ),
    bind!(
        Overview,
        [(Char('1'), NONE)],
        "1",
        Action::JumpToSection(0),
        "goals",
        "目标"
    ),
    bind!(
        Overview,
        [(Char('2'), NONE)],
        "2",
        Action::JumpToSection(1),
        "achievements",
        "成绩"
    ),
    bind!(
        Overview,
        [(Char('3'), NONE)],
        "3",
        Action::JumpToSection(2),
        "challenges",
        "挑战"
    ),
    bind!(
        Overview,
        [(Enter, NONE)],
        "Enter",
        Action::Open,
        "open the item",
        "打开此项"
    ),
    bind!(
        Overview,
        [(Char('/'), NONE)],
        "/",
        Action::StartSearch,
        "search",
        "搜索"
    ),
    bind!(
        Overview,
        [(Char('n'), NONE)],
        "n",
        Action::NextMatch,
        "next match",
        "下一个匹配"
    ),
    bind!(
        Overview,
        [(Char('N'), SHIFT), (Char('N'), NONE)],
        "N",
        Action::PrevMatch,
        "previous match",
        "上一个匹配"
    ),
    bind!(
        Overview,
        [(Char('p'), NONE)],
        "p",
        Action::Present,
        "present from here",
        "从此处开始演示"
    ),
    bind!(
        Overview,
        [(Esc, NONE), (Backspace, NONE), (Char('o'), NONE)],
        "Esc o",
        Action::ShowPicker,
        "back to the list of briefings",
        "返回简报列表"
    ),
    bind!(
        Detail,
        [(Up, NONE), (Char('k'), NONE)],
        "↑ k",
        Action::Up,
        "scroll up",
        "向上滚动"
    ),
    bind!(
        Detail,
        [(Down, NONE), (Char('j'), NONE)],
        "↓ j",
        Action::Down,
        "scroll down",
        "向下滚动"
    ),
    bind!(
        Detail,
        [(PageUp, NONE)],
        "PgUp",
        Action::PageUp,
        "page up",
        "上一页"
    ),
    bind!(
        Detail,
        [(PageDown, NONE), (Char(' '), NONE)],
        "PgDn Space",
        Action::PageDown,
        "page down",
        "下一页"
    ),
    bind!(Detail, [(Home, NONE)], "Home", Action::Home, "top", "顶部"),
    bind!(Detail, [(End, NONE)], "End", Action::End, "bottom", "底部"),
    bind!(
        Detail,
        [(Tab, NONE)],
        "Tab",
        Action::NextPanel,
        "select the next linked item",
        "选择下一个关联项"
    ),
    bind!(
        Detail,
        [(BackTab, SHIFT), (BackTab, NONE)],
        "S-Tab",
        Action::PrevPanel,
        "select the previous linked item",
        "选择上一个关联项"
    ),
    bind!(
        Detail,
        [(Enter, NONE)],
        "Enter",
        Action::Open,
        "follow the selected link",
        "打开所选关联项"
    ),
    bind!(
        Detail,
        [(Char('n'), NONE)],
        "n",
        Action::ToggleNotes,
        "show / hide speaker notes",
        "显示 / 隐藏讲稿备注"
    ),
    bind!(
        Detail,
        [(Char('p'), NONE)],
        "p",
        Action::Present,
        "present from this item",
        "从此项开始演示"
    ),
    bind!(
        Detail,
        [(Esc, NONE), (Backspace, NONE)],
        "Esc Bksp",
        Action::Back,
        "back",
        "返回"
    ),
    bind!(
        Present,
        [
            (Right, NONE),
            (Char(' '), NONE),
            (PageDown, NONE),
            (Down, NONE),
            (Char('l'), NONE),
            (Char('j'), NONE)
        ],
        "→ Space PgDn",
        Action::NextSlide,
        "next slide",
        "下一页"
    ),
    bind!(
        Present,
        [
            (Left, NONE),
            (PageUp, NONE),
            (Up, NONE),
            (Backspace, NONE),
            (Char('h'), NONE),
            (Char('k'), NONE)
        ],
        "← PgUp",
        Action::PrevSlide,
        "previous slide",
        "上一页"
    ),
    bind!(
        Present,
        [(Home, NONE)],
        "Home",
        Action::FirstSlide,
        "first slide",
        "第一页"
    ),
    bind!(
        Present,
        [(End, NONE)],
        "End",
        Action::LastSlide,
        "last slide",
        "最后一页"
    ),
    bind!(
        Present,
        [(Char('g'), NONE)],
        "g N Enter",
        Action::StartGoto,
        "go to slide N",
        "跳到第 N 页"
    ),
    bind!(
        Present,
        [(Char('b'), NONE), (Char('.'), NONE)],
        "b .",
        Action::Blank,
        "blank the screen",
        "黑屏"
    ),
    bind!(
        Present,
        [(Char('n'), NONE)],
        "n",
        Action::ToggleNotes,
        "show / hide speaker notes",
        "显示 / 隐藏讲稿备注"
    ),
    bind!(
        Present,
        [(Esc, NONE)],
        "Esc",
        Action::Back,
        "leave presentation",
        "退出演示"
    ),
];

/// The action a key means in `mode`: the mode's own bindings first, then the global ones.
pub fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    let matches = |b: &&Binding| {
        b.keys
            .iter()
            .any(|(code, mods)| *code == key.code && normalise(key.modifiers) == *mods)
    };
    BINDINGS
        .iter()
        .filter(|b| b.mode == mode)
        .find(matches)
        .or_else(|| {
            BINDINGS
                .iter()
                .filter(|b| b.mode == Mode::Any)
                .find(matches)
        })
        .map(|b| b.action)
}

/// Terminals disagree on whether Shift is reported with an upper-case letter; only
/// Control and Shift matter for our table.
fn normalise(mods: KeyModifiers) -> KeyModifiers {
    mods & (KeyModifiers::CONTROL | KeyModifiers::SHIFT)
}

/// The bindings shown in help for `mode`, then the global ones.
pub fn help_for(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    BINDINGS
        .iter()
        .filter(move |b| b.mode == mode)
        .chain(BINDINGS.iter().filter(|b| b.mode == Mode::Any))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn mode_bindings_win_over_global_ones() {
        assert_eq!(
            action_for(Mode::Detail, key(Char('n'))),
            Some(Action::ToggleNotes)
        );
        assert_eq!(
            action_for(Mode::Overview, key(Char('n'))),
            Some(Action::NextMatch)
        );
        assert_eq!(
            action_for(Mode::Present, key(Char('q'))),
            Some(Action::Quit)
        );
    }

    #[test]
    fn presentation_clickers_advance() {
        for code in [Right, Char(' '), PageDown] {
            assert_eq!(
                action_for(Mode::Present, key(code)),
                Some(Action::NextSlide)
            );
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_one_mode() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.mode == b.mode {
                    for k in a.keys {
                        assert!(!b.keys.contains(k), "{k:?} bound twice in {:?}", a.mode);
                    }
                }
            }
        }
    }
}
