//! The view: a pure function of the state. Every screen renders on any backend, so tests draw
//! it on ratatui's `TestBackend`.

pub mod cards;
pub mod chart;
pub mod detail;
mod errors;
mod flow;
mod header;
mod help;
pub mod layout;
pub mod notes;
mod panels;
mod picker;
pub mod present;
mod since;
pub mod text;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};

use crate::action::Action;
use crate::app::{App, Drawn, PanelDrawn, Screen};
use crate::keymap::Binding;
use crate::model::Language;
use crate::texts::{Texts, texts};
use crate::theme::Theme;

/// Draws the state, and reports what it laid out so the update step can page, scroll and
/// hit-test against what is on screen.
pub fn render(frame: &mut Frame, app: &App, theme: &Theme) -> Drawn {
    let area = frame.area();
    let mut drawn = Drawn {
        size: (area.width, area.height),
        ..Drawn::default()
    };
    if layout::too_small(area) {
        render_too_small(frame, area, app, theme);
        return drawn;
    }
    let t = app_texts(app);
    match (app.screen, app.doc()) {
        (Screen::Picker, _) => picker::render(frame, area, app, theme, t),
        (_, Some(doc)) if doc.good.is_none() => {
            errors::render_full(frame, area, doc, &app.keymap, theme, t)
        }
        (Screen::Overview, _) => drawn.panels = render_overview(frame, area, app, theme, t),
        (Screen::Detail, _) => drawn.detail = detail::render(frame, area, app, theme, t),
        (Screen::Present, _) => present::render(frame, area, app, theme, t),
    }
    let banner_hidden =
        app.screen == Screen::Picker || (app.screen == Screen::Present && app.present.blank);
    if let Some(doc) = app
        .doc()
        .filter(|d| d.good.is_some() && (!d.errors.is_empty() || d.missing))
        && !banner_hidden
    {
        errors::render_banner(frame, area, doc, theme, t);
    }
    if app.show_help {
        drawn.help = Some(help::render(frame, area, app, theme, t));
    }
    drawn
}

/// The interface language: the briefing's own; in the list of briefings, theirs when they
/// share one; English when nothing says otherwise.
pub fn app_texts(app: &App) -> &'static Texts {
    if let Some(b) = app.briefing().filter(|_| app.screen != Screen::Picker) {
        return texts(b.meta.language);
    }
    let mut languages = app
        .docs
        .iter()
        .filter_map(|d| d.briefing())
        .map(|b| b.meta.language);
    let first = languages.next().unwrap_or(Language::En);
    texts(if languages.all(|l| l == first) {
        first
    } else {
        Language::En
    })
}

fn render_too_small(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let message = app_texts(app).too_small_message(
        (layout::MIN_WIDTH, layout::MIN_HEIGHT),
        (area.width, area.height),
    );
    frame.render_widget(
        Paragraph::new(message)
            .style(theme.warn)
            .wrap(Wrap { trim: true }),
        area,
    );
}

fn render_overview(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    theme: &Theme,
    t: &Texts,
) -> [Option<PanelDrawn>; 3] {
    let mut drawn = [None; 3];
    let Some(briefing) = app.briefing() else {
        return drawn;
    };
    let header_height = header::height(app, area, t, theme);
    let l = layout::overview(
        area,
        app.focus,
        !app.summary.key_metrics.is_empty(),
        header_height,
    );
    header::render(frame, l.header, app, since::summary(app, t), theme, t);
    if l.cards.height > 0 {
        cards::render_strip(frame, l.cards, app, briefing, theme, t);
    }
    if l.tabs.height > 0 {
        panels::render_tabs(frame, l.tabs, app, briefing, theme);
    }
    for section in crate::model::Section::ALL {
        if let Some(area) = l.panels[section.index()] {
            let offset = panels::render(frame, area, app, briefing, section, theme, t);
            drawn[section.index()] = Some(PanelDrawn { area, offset });
        }
    }
    render_footer(frame, l.footer, app, theme, t);
    drawn
}

/// The bottom line: the search prompt while typing, else a message, else key hints.
pub fn render_footer(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, t: &Texts) {
    let line = if let Some(typed) = &app.search.typing {
        let n = app.search_matches().len();
        let count = if typed.is_empty() {
            String::new()
        } else if n == 0 {
            format!("  {}", t.no_match)
        } else {
            format!(
                "  {}",
                t.matches.count(i64::try_from(n).unwrap_or(i64::MAX))
            )
        };
        Line::from(vec![
            Span::styled("/", theme.accent),
            Span::raw(typed.clone()),
            Span::styled("▏", theme.accent),
            Span::styled(count, theme.dim),
        ])
    } else {
        let mut spans = Vec::new();
        // Messages quote outside text (paths, errors from the OS); clean them where they are drawn.
        if let Some(message) = &app.message {
            spans.push(Span::styled(
                format!("{}  ", crate::sanitize::line(message)),
                theme.changed,
            ));
        }
        if !app.search.query.is_empty() {
            let n = app.search_matches().len();
            spans.push(Span::styled(
                format!("/{} ({n})  ", app.search.query),
                theme.matched,
            ));
        }
        spans.extend(hints(app, area.width, theme, t));
        Line::from(spans)
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// The actions worth a hint in the footer; the rest are in the help overlay.
const FOOTER_ACTIONS: [Action; 7] = [
    Action::NextPanel,
    Action::Open,
    Action::Back,
    Action::StartSearch,
    Action::Present,
    Action::Edit,
    Action::Quit,
];

/// Key hints for the footer, from the key table.
fn hints(app: &App, width: u16, theme: &Theme, t: &Texts) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    for (b, help) in offered(app, t).filter(|(b, _)| FOOTER_ACTIONS.contains(&b.action)) {
        let label = if width < 100 {
            b.short_label()
        } else {
            b.label()
        };
        spans.push(Span::styled(label, theme.accent));
        spans.push(Span::styled(format!(" {help}  "), theme.dim));
    }
    // "? keys", with the help key as the table has it.
    let help = app
        .keymap
        .binding(app.mode(), Action::ToggleHelp)
        .map(Binding::short_label)
        .unwrap_or_default();
    spans.push(Span::styled(
        t.keys_hint.replacen('?', &help, 1),
        theme.accent,
    ));
    spans
}

/// The bindings of the current mode that do something now, with what they do: the footer and
/// help show only these.
pub fn offered<'a>(
    app: &'a App,
    t: &'a Texts,
) -> impl Iterator<Item = (&'a crate::keymap::Binding, &'static str)> {
    app.keymap
        .help_for(app.mode())
        .filter(|b| app.offers(b.action))
        .map(|b| {
            let clears_search = b.action == Action::ShowPicker && !app.search.query.is_empty();
            let help = if clears_search {
                t.clear_search
            } else {
                t.action_help(b.mode, b.action)
            };
            (b, help)
        })
}

/// A bordered block with a title, highlighted when focused.
pub fn panel_block<'a>(title: impl Into<Line<'a>>, focused: bool, theme: &Theme) -> Block<'a> {
    let (border, kind) = if focused {
        (theme.border_focused, BorderType::Thick)
    } else {
        (theme.border, BorderType::Rounded)
    };
    Block::new()
        .borders(Borders::ALL)
        .border_type(kind)
        .border_style(border)
        .title(title.into())
}

/// Centered one-line paragraph.
pub fn centered(text: impl Into<Line<'static>>, style: Style) -> Paragraph<'static> {
    Paragraph::new(text.into())
        .style(style)
        .alignment(Alignment::Center)
}

/// The colour of a status or severity mark.
pub fn tone_style(theme: &Theme, tone: crate::summary::Tone) -> Style {
    match tone {
        crate::summary::Tone::Status(s) => theme.status(s),
        crate::summary::Tone::Severity(s) => theme.severity(s),
    }
}
