//! Makes user text safe to draw: no byte of a briefing reaches the terminal as a control.
//!
//! This runs once, where text enters the model, so every view, export and message downstream
//! can trust what it holds. Controls become visible stand-ins rather than vanishing, because a
//! presenter who pasted an escape sequence should see that something odd is in the file.

/// Cleans text that may span several lines (summaries, notes, details).
pub fn multiline(text: &str) -> String {
    clean(text, true)
}

/// Cleans text that must stay on one line (titles, labels, units): newlines become spaces.
pub fn line(text: &str) -> String {
    clean(text, false)
}

/// A file path as shown on screen or in a message: file names may hold escape sequences too.
/// The path itself stays as it is for opening the file; only what is shown is cleaned.
pub fn path(path: &std::path::Path) -> String {
    line(&path.to_string_lossy())
}

/// True for a character that must not reach a terminal raw: C0 and C1 controls, DEL and the
/// bidirectional controls.
pub fn is_unsafe(ch: char) -> bool {
    ch.is_control() || is_bidi_control(ch)
}

fn clean(text: &str, keep_newlines: bool) -> String {
    if !text.chars().any(is_unsafe) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        match ch {
            '\n' if keep_newlines => out.push('\n'),
            '\n' => out.push(' '),
            '\r' => {}
            '\t' => out.push_str("    "),
            c if is_unsafe(c) => out.push(visible_stand_in(c)),
            c => out.push(c),
        }
    }
    out
}

/// Bidirectional overrides can make text read differently from what it is ("Trojan Source").
fn is_bidi_control(ch: char) -> bool {
    matches!(ch, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn visible_stand_in(ch: char) -> char {
    match ch {
        // C0 controls have their own "control picture" glyphs: ESC shows as ␛, BEL as ␇.
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + ch as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(line("a\u{1b}[31mred"), "a\u{241b}[31mred");
        assert_eq!(
            line("title\u{1b}]0;pwned\u{7}"),
            "title\u{241b}]0;pwned\u{2407}"
        );
    }

    #[test]
    fn c1_and_bidi_controls_are_replaced() {
        assert_eq!(line("x\u{9b}2J"), "x\u{FFFD}2J");
        assert_eq!(line("ab\u{202E}cd"), "ab\u{FFFD}cd");
    }

    #[test]
    fn newlines_follow_the_field_kind() {
        assert_eq!(line("one\ntwo"), "one two");
        assert_eq!(multiline("one\r\ntwo\tx"), "one\ntwo    x");
    }

    #[test]
    fn paths_are_shown_with_stand_ins() {
        let p = std::path::Path::new("dir/\u{1b}]0;pwned\u{7}\u{202e}.toml");
        assert_eq!(path(p), "dir/\u{241b}]0;pwned\u{2407}\u{FFFD}.toml");
    }

    #[test]
    fn clean_text_is_unchanged() {
        assert_eq!(line("地区生产总值 67.7亿元"), "地区生产总值 67.7亿元");
    }
}
