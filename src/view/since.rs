//! With `--compare OLD`: what changed since the older briefing, as the screen shows it.

use ratatui::text::Span;

use crate::app::App;
use crate::model::{Item, Metric};
use crate::summary::changes;
use crate::texts::Texts;
use crate::theme::Theme;

/// "Δ ▼ −100 ms (−25%)" after a metric's figure, coloured by whether it is good news.
pub fn metric(
    app: &App,
    item: &Item,
    metric: &Metric,
    theme: &Theme,
    t: &Texts,
) -> Option<Span<'static>> {
    let change = app
        .comparison
        .as_ref()?
        .metric_change(&item.id, &metric.label)?;
    let (text, good) = changes::metric_since(change, t)?;
    let style = match good {
        Some(true) => theme.good,
        Some(false) => theme.bad,
        None => theme.changed,
    };
    Some(Span::styled(format!("  {text}"), style))
}

/// The mark before an item in a list: "＋" for new, "⇅" for a moved status or severity.
pub fn item_mark(app: &App, item: &Item, theme: &Theme) -> Option<Span<'static>> {
    let c = app.comparison.as_ref()?;
    if c.is_new(&item.id) {
        return Some(Span::styled("＋", theme.changed));
    }
    if let Some((from, to)) = c.status_move(&item.id) {
        // Statuses order from done to off track, so a smaller one is better.
        let better = to.is_some() && (from.is_none() || to < from);
        return Some(Span::styled(
            "⇅",
            if better { theme.good } else { theme.bad },
        ));
    }
    c.severity_move(&item.id)
        .map(|(from, to)| Span::styled("⇅", if to < from { theme.good } else { theme.bad }))
}

/// "was ▲ at risk" for an item whose status moved.
pub fn was(app: &App, item: &Item, t: &Texts) -> Option<String> {
    changes::was(app.comparison.as_ref()?, &item.id, t)
}

/// "vs 2026-07-01: 5 figures changed · 1 new · 1 gone" for the header, and its short form
/// without the zero counts.
pub fn summary(app: &App, t: &Texts) -> Option<(String, String)> {
    let comparison = app.comparison.as_ref()?;
    Some((
        changes::headline(comparison, t),
        changes::headline_short(comparison, t),
    ))
}
