//! Facts in a row ("as of 2026-10-06 · Q3 · Maya Okafor · Northwind"), laid out on as many lines
//! as they are given: a part that does not fit moves whole to the next line rather than being
//! cut at the edge, and when the last line is still too narrow, its parts share it fairly, so
//! each keeps its beginning instead of the last ones disappearing.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::text;

/// One fact, with the separator that goes before it when it is not first on its line.
pub struct Part {
    pub text: String,
    pub style: Style,
    pub sep: &'static str,
}

impl Part {
    pub fn new(text: impl Into<String>, style: Style) -> Part {
        Part {
            text: text.into(),
            style,
            sep: " · ",
        }
    }

    /// The same part after another separator, such as the wider gap after a title.
    pub fn after(self, sep: &'static str) -> Part {
        Part { sep, ..self }
    }
}

/// Lays `parts` out on at most `max_lines` lines of `width` columns; separators take
/// `sep_style`.
pub fn flow(
    parts: Vec<Part>,
    width: usize,
    max_lines: usize,
    sep_style: Style,
) -> Vec<Line<'static>> {
    let mut lines: Vec<Vec<Part>> = Vec::new();
    let mut used = 0;
    for part in parts {
        let w = text::width(&part.text);
        let last_line = lines.len() >= max_lines.max(1);
        match lines.last_mut() {
            Some(line) if used + text::width(part.sep) + w <= width => {
                used += text::width(part.sep) + w;
                line.push(part);
            }
            Some(line) if last_line => line.push(part),
            _ => {
                used = w;
                lines.push(vec![part]);
            }
        }
    }
    lines
        .into_iter()
        .map(|line| to_line(line, width, sep_style))
        .collect()
}

/// One line's parts, cut to fair shares when they overflow.
fn to_line(parts: Vec<Part>, width: usize, sep_style: Style) -> Line<'static> {
    let seps: usize = parts.iter().skip(1).map(|p| text::width(p.sep)).sum();
    let widths: Vec<usize> = parts.iter().map(|p| text::width(&p.text)).collect();
    let shares = fair_shares(&widths, width.saturating_sub(seps));
    let mut spans = Vec::new();
    for (i, (part, share)) in parts.into_iter().zip(shares).enumerate() {
        if i > 0 {
            spans.push(Span::styled(part.sep, sep_style));
        }
        let cut = text::truncate(&part.text, share);
        // "Maya Okafor, Engineering…" rather than "Maya Okafor, …" with a gap before the mark.
        let cut = match cut.strip_suffix(" …") {
            Some(head) => format!("{}…", head.trim_end()),
            None => cut,
        };
        spans.push(Span::styled(cut, part.style));
    }
    Line::from(spans)
}

/// Columns for each part out of `room`: a part that needs less than an equal share keeps all it
/// needs, and what it leaves is shared among the longer ones.
pub fn fair_shares(widths: &[usize], room: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..widths.len()).collect();
    order.sort_by_key(|&i| widths[i]);
    let mut shares = vec![0; widths.len()];
    let mut left = room;
    for (n, &i) in order.iter().enumerate() {
        let equal = left / (widths.len() - n);
        shares[i] = widths[i].min(equal);
        left -= shares[i];
    }
    shares
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    fn parts(words: &[&str]) -> Vec<Part> {
        words
            .iter()
            .map(|w| Part::new(*w, Style::default()))
            .collect()
    }

    #[test]
    fn a_part_that_does_not_fit_moves_to_the_next_line_whole() {
        let lines = flow(parts(&["alpha", "beta", "gamma"]), 14, 2, Style::default());
        assert_eq!(texts(&lines), ["alpha · beta", "gamma"]);
    }

    #[test]
    fn the_last_line_is_shared_fairly() {
        let lines = flow(
            parts(&["ab", "long words here", "more long words"]),
            20,
            1,
            Style::default(),
        );
        assert_eq!(texts(&lines), ["ab · long… · more…"]);
        assert!(lines.iter().all(|l| l.width() <= 20));
    }

    #[test]
    fn short_parts_keep_what_they_need() {
        assert_eq!(fair_shares(&[2, 30, 30], 20), [2, 9, 9]);
        assert_eq!(fair_shares(&[5, 6], 20), [5, 6]);
        assert_eq!(fair_shares(&[], 20), Vec::<usize>::new());
    }
}
