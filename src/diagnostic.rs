//! Problems found in a briefing, reported like a good compiler: where, what, and how to fix it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

mod excerpt;

use serde::Serialize;

pub use excerpt::{EXCERPT_COLUMNS, Excerpt};

use crate::sanitize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based, counted in characters.
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
    /// The offending source line (a window of it when long) and the marker, for display.
    #[serde(skip)]
    pub excerpt: Option<Excerpt>,
}

impl Diagnostic {
    /// Messages often quote the file (an unknown key, a misspelt status), so they are cleaned
    /// here like any text from a briefing: every diagnostic is made through this.
    pub fn error(file: &Path, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line: 0,
            column: 0,
            message: sanitize::line(&message.into()),
            hint: None,
            excerpt: None,
        }
    }

    pub fn warning(file: &Path, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(sanitize::line(&hint.into()));
        self
    }

    /// Points the diagnostic at a byte range of `source`.
    pub fn at(self, source: &str, span: std::ops::Range<usize>) -> Diagnostic {
        self.place(source, span, |start| {
            source[..start].matches('\n').count() + 1
        })
    }

    /// Like [`Diagnostic::at`], with line numbers from `lines` instead of counting newlines
    /// from the top: for the many diagnostics of one large file.
    pub fn at_indexed(
        self,
        source: &str,
        lines: &LineIndex,
        span: std::ops::Range<usize>,
    ) -> Diagnostic {
        self.place(source, span, |start| lines.line(start))
    }

    fn place(
        mut self,
        source: &str,
        span: std::ops::Range<usize>,
        line_of: impl FnOnce(usize) -> usize,
    ) -> Diagnostic {
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let before = &source[line_start..start];
        let end = floor_char_boundary(source, span.end.clamp(start, line_end));
        let marked = &source[start..end];
        let after = source[end..line_end].trim_end_matches('\r');
        self.line = line_of(start);
        self.column = before.chars().count() + 1;
        self.excerpt = Some(Excerpt::new(before, marked, after));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The full report, compiler style:
    ///
    /// ```text
    /// error: unknown key `taget`
    ///   --> briefings/q3.toml:12:1
    ///    |
    /// 12 | taget = 60
    ///    | ^^^^^
    ///    = help: did you mean `target`?
    /// ```
    pub fn render(&self) -> String {
        let mut out = String::new();
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(out, "{kind}: {}", self.message);
        let gutter = self.line.to_string().len();
        let pad = " ".repeat(gutter);
        let _ = writeln!(out, "{pad}--> {}", self.location());
        if let Some(excerpt) = &self.excerpt {
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{} | {}", self.line, excerpt.text);
            let marker = " ".repeat(excerpt.marker_offset) + &"^".repeat(excerpt.marker_width);
            let _ = writeln!(out, "{pad} | {marker}");
        }
        if let Some(hint) = &self.hint {
            let _ = writeln!(out, "{pad} = help: {hint}");
        }
        out
    }

    /// `path:line:column`, or just the path for whole-file problems.
    pub fn location(&self) -> String {
        let file = sanitize::path(&self.file);
        if self.line == 0 {
            file
        } else {
            format!("{file}:{}:{}", self.line, self.column)
        }
    }

    /// One line, for a status banner: `path:line:col: message (hint)`.
    pub fn summary(&self) -> String {
        match &self.hint {
            Some(hint) => format!("{}: {} ({hint})", self.location(), self.message),
            None => format!("{}: {}", self.location(), self.message),
        }
    }
}

/// Where each line of a text starts, so that many byte offsets become line numbers without
/// rescanning the text from the top each time.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let newlines = source.bytes().enumerate().filter(|&(_, b)| b == b'\n');
        let starts = std::iter::once(0)
            .chain(newlines.map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            starts,
            len: source.len(),
        }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }

    /// The byte offset where 1-based `line` starts; the end of the text past the last line.
    pub fn start(&self, line: usize) -> usize {
        self.starts
            .get(line.max(1) - 1)
            .copied()
            .unwrap_or(self.len)
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// The closest of `candidates` to a misspelt `word`, if one is close enough to be a typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, c)| {
            *score > 0.8 || strsim::osa_distance(word, c) <= (word.chars().count() / 3).max(1)
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_the_span_with_wide_characters() {
        let source = "title = \"x\"\n标题 = 1\n";
        let start = source.find('1').unwrap_or(0);
        let d = Diagnostic::error(Path::new("a.toml"), "bad").at(source, start..start + 1);
        assert_eq!((d.line, d.column), (2, 6));
        let rendered = d.render();
        assert!(
            rendered.contains("2 | 标题 = 1\n  |        ^\n"),
            "{rendered}"
        );
    }

    #[test]
    fn messages_and_paths_that_quote_the_file_show_stand_ins() {
        let path = Path::new("evil\u{1b}]0;pwned\u{7}.toml");
        let d = Diagnostic::error(path, "unknown key `k\u{1b}[2J\u{9b}\u{202e}`")
            .with_hint("did you mean `\u{7}`?");
        let out = d.render() + &d.summary();
        assert!(
            !out.chars().any(|c| c != '\n' && sanitize::is_unsafe(c)),
            "{out:?}"
        );
        assert!(
            out.contains("unknown key `k\u{241b}[2J\u{FFFD}\u{FFFD}`"),
            "{out}"
        );
        assert!(out.contains("evil\u{241b}]0;pwned\u{2407}.toml"), "{out}");
    }

    #[test]
    fn the_marker_lines_up_under_tabs_and_controls() {
        let source = "\tkey = \"\u{1b}x\"\n";
        let start = source.find('x').unwrap_or(0);
        let d = Diagnostic::error(Path::new("a.toml"), "bad").at(source, start..start + 1);
        let excerpt = d.excerpt.expect("excerpt");
        assert_eq!(excerpt.text, "    key = \"\u{241b}x\"");
        // Four spaces for the tab, `key = "` and one stand-in: twelve columns.
        assert_eq!((excerpt.marker_offset, excerpt.marker_width), (12, 1));
    }

    #[test]
    fn marker_lines_up_after_a_tab() {
        let source = "[[goals]]\n\ttaget = 60\n";
        let start = source.find("taget").unwrap_or(0);
        let d = Diagnostic::error(Path::new("a.toml"), "bad").at(source, start..start + 5);
        assert_eq!((d.line, d.column), (2, 2));
        let rendered = d.render();
        assert!(
            rendered.contains("2 |     taget = 60\n  |     ^^^^^\n"),
            "{rendered}"
        );
    }

    #[test]
    fn line_index_agrees_with_counting_newlines() {
        let source = "a\n\nbc\r\n标题\nlast";
        let lines = LineIndex::new(source);
        for offset in 0..=source.len() {
            // Pieces between newlines: one more than the newlines counted.
            let counted = source.as_bytes()[..offset].split(|&b| b == b'\n').count();
            assert_eq!(lines.line(offset), counted, "offset {offset}");
        }
        assert_eq!((lines.start(0), lines.start(1), lines.start(3)), (0, 0, 3));
        assert_eq!(
            (lines.start(5), lines.start(6)),
            (source.len() - 4, source.len())
        );
        let span = source.find('标').unwrap_or(0)..source.len();
        let indexed =
            Diagnostic::error(Path::new("a.toml"), "x").at_indexed(source, &lines, span.clone());
        assert_eq!(
            indexed,
            Diagnostic::error(Path::new("a.toml"), "x").at(source, span)
        );
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(
            did_you_mean("taget", ["target", "value", "label"]),
            Some("target")
        );
        assert_eq!(did_you_mean("zzz", ["target", "value"]), None);
    }
}
