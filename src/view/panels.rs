//! The three section panels: a scrollable list of items with marker and headline figure.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{layout, panel_block, text};
use crate::app::{App, search};
use crate::document::ChangeMark;
use crate::model::{Briefing, Item, Section, Severity, Status};
use crate::summary::{fmt, marks};
use crate::texts::Texts;
use crate::theme::Theme;

pub fn render(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    briefing: &Briefing,
    section: Section,
    theme: &Theme,
    t: &Texts,
) -> usize {
    let focused = app.focus == section;
    let items = briefing.section(section);
    let title = Line::from(vec![
        Span::styled(format!(" {} ", section.index() + 1), theme.dim),
        Span::styled(
            format!("{} ", briefing.section_name(section)),
            if focused { theme.accent } else { theme.title },
        ),
        Span::styled(format!("({}) ", items.len()), theme.dim),
    ]);
    let block = panel_block(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if items.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(t.empty_section, theme.dim)),
            inner,
        );
        return 0;
    }
    let visible = usize::from(inner.height);
    let selected = app.selected[section.index()].min(items.len() - 1);
    let offset = layout::list_offset(selected, visible);
    let query = if app.search.typing.is_some() {
        app.search.typing.as_deref().unwrap_or("")
    } else {
        &app.search.query
    };
    let figure = items
        .iter()
        .skip(offset)
        .take(visible)
        .filter_map(headline)
        .map(|f| text::width(&f))
        .max()
        .unwrap_or(0);
    let columns = Columns::of(app, items, section, (usize::from(inner.width), figure), t);
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(i, item)| {
            let style = match (i == selected, focused) {
                (true, true) => theme.selected,
                (true, false) => theme.selected_unfocused,
                _ => Style::default(),
            };
            item_line(item, briefing, app, &columns, query, theme, t).style(style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    offset
}

/// The list's leading columns, the same on every row so that titles line up: a cell for the
/// mark of change since the older briefing (with `--compare`), one for the edit mark while
/// some item shows it, and the status or severity word at the width of the longest word the
/// section can show, or no word when the panel is too narrow for it.
struct Columns {
    since: usize,
    edited: usize,
    word: Option<usize>,
    width: usize,
}

/// The room a title keeps, beside the widest headline figure on screen, before the status
/// words give way to symbols alone.
const MIN_TITLE: usize = 16;

impl Columns {
    /// `figure` is the width of the widest headline figure among the rows on screen.
    fn of(
        app: &App,
        items: &[Item],
        section: Section,
        (width, figure): (usize, usize),
        t: &Texts,
    ) -> Columns {
        let edited = app.doc().is_some_and(|d| {
            items
                .iter()
                .any(|i| d.changed.contains(&ChangeMark::Item(i.id.clone())))
        });
        let since = if app.comparison.is_some() { 3 } else { 0 };
        let edited = if edited { 2 } else { 0 };
        let longest = longest_word(section, t);
        // symbol, space, word, space
        let used = since + edited + longest + 3;
        // As `item_line` lays a row out: the figure takes at most two thirds of the rest.
        let rest = width.saturating_sub(used);
        let figure = match figure.min(rest - rest / 3) {
            0 => 0,
            w => w + 1,
        };
        let word = (longest > 0 && rest.saturating_sub(figure) >= MIN_TITLE).then_some(longest);
        Columns {
            since,
            edited,
            word,
            width,
        }
    }
}

/// The longest status word (goals) or severity word (challenges) in the briefing's language.
fn longest_word(section: Section, t: &Texts) -> usize {
    let words: Vec<&str> = match section {
        Section::Goals => Status::ALL
            .into_iter()
            .map(Some)
            .chain([None])
            .map(|s| t.status(s))
            .collect(),
        Section::Challenges => Severity::ALL.into_iter().map(|s| t.severity(s)).collect(),
        Section::Achievements => Vec::new(),
    };
    words.into_iter().map(text::width).max().unwrap_or(0)
}

/// "＋ ✎ ▲ at risk      Cut p99 latency           310 ms".
fn item_line(
    item: &Item,
    briefing: &Briefing,
    app: &App,
    columns: &Columns,
    query: &str,
    theme: &Theme,
    t: &Texts,
) -> Line<'static> {
    let width = columns.width;
    let mut spans = Vec::new();
    if columns.since > 0 {
        let mark = super::since::item_mark(app, item, theme).unwrap_or_else(|| Span::raw(""));
        let fill = columns.since.saturating_sub(mark.width());
        spans.extend([mark, Span::raw(" ".repeat(fill))]);
    }
    if columns.edited > 0 {
        let changed = app
            .doc()
            .is_some_and(|d| d.changed.contains(&ChangeMark::Item(item.id.clone())));
        spans.push(Span::styled(
            if changed { "✎ " } else { "  " },
            theme.changed,
        ));
    }
    let (marker, marker_style) = marker(item, briefing, columns.word, theme, t);
    let marker = format!("{marker} ");
    let used = columns.since + columns.edited + text::width(&marker);
    spans.push(Span::styled(marker, marker_style));
    // A long figure (a text value, a long unit) gets at most two thirds of the line, so that
    // it cannot push the title out.
    let figure = headline(item).unwrap_or_default();
    let rest = width.saturating_sub(used);
    let figure = text::truncate(&figure, rest - rest / 3);
    let figure_width = if figure.is_empty() {
        0
    } else {
        text::width(&figure) + 1
    };
    let room = width.saturating_sub(used + figure_width);
    let title = text::truncate(&item.title, room);
    let title_width = text::width(&title);
    spans.extend(highlight(
        &title,
        query,
        if item.key { theme.title } else { theme.base },
        theme.matched,
    ));
    if figure_width > 0 && used + title_width + figure_width <= width {
        spans.push(Span::raw(
            " ".repeat(width - used - title_width - figure_width + 1),
        ));
        spans.push(Span::styled(figure, theme.figure));
    }
    Line::from(spans)
}

/// The status or severity: its symbol, and its word padded to `word` columns when given.
fn marker(
    item: &Item,
    briefing: &Briefing,
    word: Option<usize>,
    theme: &Theme,
    t: &Texts,
) -> (String, Style) {
    let Some(mark) = marks::item_mark(item, briefing.meta.date, t) else {
        return (if item.key { "★" } else { "•" }.to_owned(), theme.accent);
    };
    let word = word
        .map(|w| format!(" {}", text::pad(mark.word, w)))
        .unwrap_or_default();
    (
        format!("{}{word}", mark.symbol),
        super::tone_style(theme, mark.tone),
    )
}

/// The item's headline figure: its first key metric, else its first metric.
pub fn headline(item: &Item) -> Option<String> {
    let metric = item
        .metrics
        .iter()
        .find(|m| m.key)
        .or(item.metrics.first())?;
    Some(fmt::value(metric))
}

/// Splits `text` into spans with the matches of `query` highlighted.
pub fn highlight(text: &str, query: &str, base: Style, matched: Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for range in search::ranges(text, query) {
        if range.start < at {
            continue;
        }
        spans.push(Span::styled(text[at..range.start].to_owned(), base));
        spans.push(Span::styled(text[range.clone()].to_owned(), matched));
        at = range.end;
    }
    spans.push(Span::styled(text[at..].to_owned(), base));
    spans
}

/// For narrow terminals: one tab per section, the focused one highlighted.
pub fn render_tabs(frame: &mut Frame, area: Rect, app: &App, briefing: &Briefing, theme: &Theme) {
    let mut spans = Vec::new();
    for section in Section::ALL {
        let label = format!(
            " {} {} ({}) ",
            section.index() + 1,
            briefing.section_name(section),
            briefing.section(section).len()
        );
        let style = if section == app.focus {
            theme.selected
        } else {
            theme.dim
        };
        spans.push(Span::styled(label, style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
