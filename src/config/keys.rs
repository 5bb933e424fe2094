//! `[keys.<mode>]`: new keys for the actions of the one key table.
//!
//! Each entry replaces the keys of one action on one screen (`next_slide = ["n", "Right"]`;
//! an empty list unbinds it). A key given to an action is taken from whatever other action had
//! it by default on that screen, so a remap never leaves one key meaning two things; giving
//! one key to two actions in the file is a mistake, reported, and the second one does without.

use toml::Spanned;

use super::names::{MODES, action_name, mode_name, parse_key};
use super::{Check, KeyTables};
use crate::keymap::{Key, Keymap, Mode};

/// The default key table with the file's `[keys]` applied.
pub(super) fn remap(tables: &KeyTables, check: &mut Check) -> Keymap {
    let mut keymap = Keymap::default();
    // Which binding each key went to in the file, per screen, for conflicts.
    let mut claimed: Vec<(Mode, Key, usize)> = Vec::new();
    for (mode_key, actions) in tables {
        let Some(mode) = mode_of(mode_key, check) else {
            continue;
        };
        for (action_key, names) in actions {
            let Some(index) = binding_of(&keymap, mode, action_key, check) else {
                continue;
            };
            let mut keys: Vec<Key> = Vec::new();
            for name in names {
                let Some(parsed) = key_of(name, check) else {
                    continue;
                };
                if let Some(&(_, _, other)) = claimed
                    .iter()
                    .find(|(m, k, i)| *m == mode && parsed.contains(k) && *i != index)
                {
                    let other = action_name(keymap.bindings[other].action);
                    check.error(
                        name.span(),
                        format!("`{}` is already the key of `{other}` here", name.get_ref()),
                        format!("one key does one thing on a screen: give `{other}` or `{}` another key", action_key.get_ref()),
                    );
                    continue;
                }
                claimed.extend(parsed.iter().map(|k| (mode, *k, index)));
                keys.extend(parsed);
            }
            take_keys(&mut keymap, mode, index, &keys);
            keymap.bindings[index].keys = keys;
        }
    }
    keymap
}

/// Removes `keys` from the other bindings of `mode`.
fn take_keys(keymap: &mut Keymap, mode: Mode, index: usize, keys: &[Key]) {
    for (i, binding) in keymap.bindings.iter_mut().enumerate() {
        if i != index && binding.mode == mode {
            binding.keys.retain(|k| !keys.contains(k));
        }
    }
}

fn mode_of(key: &Spanned<String>, check: &mut Check) -> Option<Mode> {
    let found = MODES.iter().find(|(name, _)| name == key.get_ref());
    if found.is_none() {
        let names = MODES.iter().map(|(n, _)| *n);
        check.error(
            key.span(),
            format!("unknown screen `[keys.{}]`", key.get_ref()),
            super::suggest(key.get_ref(), names),
        );
    }
    found.map(|(_, mode)| *mode)
}

/// The index of `action`'s binding on `mode`'s screen.
fn binding_of(
    keymap: &Keymap,
    mode: Mode,
    action: &Spanned<String>,
    check: &mut Check,
) -> Option<usize> {
    let on_screen = || {
        keymap
            .bindings
            .iter()
            .enumerate()
            .filter(move |(_, b)| b.mode == mode)
    };
    let found = on_screen().find(|(_, b)| action_name(b.action) == action.get_ref());
    if found.is_none() {
        let names = on_screen().map(|(_, b)| action_name(b.action));
        check.error(
            action.span(),
            format!(
                "`{}` is not an action of `[keys.{}]`",
                action.get_ref(),
                mode_name(mode)
            ),
            super::suggest(action.get_ref(), names),
        );
    }
    found.map(|(i, _)| i)
}

fn key_of(name: &Spanned<String>, check: &mut Check) -> Option<Vec<Key>> {
    let keys = parse_key(name.get_ref());
    if keys.is_none() {
        check.error(
            name.span(),
            format!("unknown key `{}`", name.get_ref()),
            "a key is one character (`q`, `G`, `?`), `Ctrl-` and a letter (`Ctrl-C`), `F1`–`F12`, or one of Up Down Left Right Tab S-Tab Enter Esc Bksp Home End PgUp PgDn Del Ins Space".into(),
        );
    }
    keys
}
