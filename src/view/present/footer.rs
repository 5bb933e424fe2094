//! The presentation's footer: slide n/N, the section, the clock, and the pace against the
//! briefing's time budget.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::deck::Slide;
use crate::deck::timing::{self, Pace};
use crate::model::Briefing;
use crate::texts::Texts;
use crate::theme::Theme;
use crate::view::text;

/// "/ 30:00 · 1:20 behind · this slide over by 0:45", from the briefing's durations.
fn pace_spans(
    app: &App,
    briefing: &Briefing,
    index: usize,
    elapsed: Duration,
    theme: &Theme,
    t: &Texts,
) -> Vec<Span<'static>> {
    let budgets = &app.deck.budgets;
    let mut spans = Vec::new();
    if let Some(total) = briefing.meta.duration {
        spans.push(Span::styled(
            format!(" / {}", timing::clock(total)),
            theme.dim,
        ));
    }
    match timing::pace(budgets, index, elapsed) {
        Some(Pace::Ahead(by)) => spans.push(Span::styled(
            format!("  ·  {} {}", timing::clock(by), t.ahead),
            theme.good,
        )),
        Some(Pace::Behind(by)) => spans.push(Span::styled(
            format!("  ·  {} {}", timing::clock(by), t.behind),
            theme.bad,
        )),
        Some(Pace::OnTime) => spans.push(Span::styled(format!("  ·  {}", t.on_time), theme.good)),
        None => {}
    }
    let spent = app.present.time_on(index, app.now);
    if let Some(over) = timing::overrun(app.deck.budget(index), spent) {
        spans.push(Span::styled(
            format!("  ·  ⚠ {} {}", t.over_budget, timing::clock(over)),
            theme.bad,
        ));
    }
    spans
}

pub fn render(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    briefing: &Briefing,
    slide: Slide,
    theme: &Theme,
    t: &Texts,
) {
    let index = app.present.slide.min(app.deck.last());
    let total = app.deck.len();
    let section = match slide {
        Slide::Section(s) | Slide::Item(s, _) => briefing.section_name(s).to_owned(),
        Slide::KeyMetrics => t.key_metrics.to_owned(),
        Slide::Trajectory => t.trajectory.to_owned(),
        Slide::Title => briefing.meta.title.clone(),
    };
    let clock = app.now.format("%H:%M:%S").to_string();
    let elapsed = app.present.clock.elapsed(app.now);
    let left = match &app.present.goto {
        Some(typed) => Span::styled(format!("{}: {typed}▏", t.goto_slide), theme.accent),
        None => Span::styled(format!("{} {}/{}", t.slide, index + 1, total), theme.accent),
    };
    let mut spans = vec![
        left,
        // On a narrow screen the time matters more than the section name.
        Span::styled(
            if area.width >= 100 {
                format!("  ·  {}", text::truncate(&section, 30))
            } else {
                String::new()
            },
            theme.dim,
        ),
        Span::styled(
            format!("  ·  {clock}  ⏱ {}", timing::clock(elapsed)),
            theme.dim,
        ),
    ];
    spans.extend(pace_spans(app, briefing, index, elapsed, theme, t));
    let line = Line::from(spans);
    frame.render_widget(Paragraph::new(line), area);
}
