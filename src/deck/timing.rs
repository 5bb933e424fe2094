//! Time-keeping in presentation mode: a budget per slide from the briefing's durations, and
//! whether the presenter is ahead or behind.
//!
//! Budgets: an item's own `duration` is its slide's budget; a section's duration is shared by
//! its section slide and its items without a duration of their own; what remains of the whole
//! meeting's `duration` is shared equally by the slides that still have no budget.

use std::time::Duration;

use super::Slide;
use crate::model::{Briefing, Section};

/// Where the presenter has been: when the presentation started, when the current slide was
/// entered, and the time booked to each slide left so far.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SlideClock {
    pub started: Option<chrono::DateTime<chrono::Local>>,
    pub entered: Option<chrono::DateTime<chrono::Local>>,
    /// Time spent on each slide so far, by slide index, not counting the current visit.
    pub spent: std::collections::HashMap<usize, Duration>,
}

impl SlideClock {
    /// Time spent on `slide` including the current visit (`current` is the slide on screen).
    pub fn time_on(
        &self,
        slide: usize,
        current: usize,
        now: chrono::DateTime<chrono::Local>,
    ) -> Duration {
        let past = self.spent.get(&slide).copied().unwrap_or_default();
        let here = match self.entered {
            Some(at) if slide == current => (now - at).to_std().unwrap_or_default(),
            _ => Duration::ZERO,
        };
        past + here
    }

    /// Books the time on `from` when moving to another slide at `now`.
    pub fn leave(&mut self, from: usize, now: chrono::DateTime<chrono::Local>) {
        if let Some(at) = self.entered {
            *self.spent.entry(from).or_default() += (now - at).to_std().unwrap_or_default();
        }
        self.entered = Some(now);
    }

    /// Time since the presentation started.
    pub fn elapsed(&self, now: chrono::DateTime<chrono::Local>) -> Duration {
        self.started
            .map_or(Duration::ZERO, |s| (now - s).to_std().unwrap_or_default())
    }
}

/// The budget of each slide, in order; `None` where nothing gives one.
pub fn budgets(briefing: &Briefing, slides: &[Slide]) -> Vec<Option<Duration>> {
    let mut out: Vec<Option<Duration>> = slides.iter().map(|s| item_budget(briefing, *s)).collect();
    for section in Section::ALL {
        let Some(total) = briefing.meta.section_durations[section.index()] else {
            continue;
        };
        let in_section =
            |s: &Slide| matches!(s, Slide::Section(x) | Slide::Item(x, _) if *x == section);
        share(&mut out, slides, total, in_section);
    }
    if let Some(total) = briefing.meta.duration {
        share(&mut out, slides, total, |_| true);
    }
    out
}

fn item_budget(briefing: &Briefing, slide: Slide) -> Option<Duration> {
    match slide {
        Slide::Item(s, i) => briefing.section(s).get(i).and_then(|item| item.duration),
        _ => None,
    }
}

/// Shares what `total` leaves after the slides that already have a budget among those that
/// have none, within the slides `include` selects.
fn share(
    out: &mut [Option<Duration>],
    slides: &[Slide],
    total: Duration,
    include: impl Fn(&Slide) -> bool,
) {
    let chosen: Vec<usize> = (0..slides.len()).filter(|&i| include(&slides[i])).collect();
    let used: Duration = chosen.iter().filter_map(|&i| out[i]).sum();
    let open: Vec<usize> = chosen.into_iter().filter(|&i| out[i].is_none()).collect();
    if open.is_empty() {
        return;
    }
    let each = total.saturating_sub(used) / open.len() as u32;
    for i in open {
        out[i] = Some(each);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    /// Ahead of the plan by this much.
    Ahead(Duration),
    OnTime,
    /// Behind the plan by this much.
    Behind(Duration),
}

/// Where the presenter stands: `elapsed` since the start, on slide `current`.
///
/// On time while the elapsed time lies within the current slide's planned window; ahead
/// before it starts, behind after it ends.
pub fn pace(budgets: &[Option<Duration>], current: usize, elapsed: Duration) -> Option<Pace> {
    if budgets.iter().all(Option::is_none) {
        return None;
    }
    let start: Duration = budgets.iter().take(current).flatten().sum();
    let end = start + budgets.get(current).copied().flatten().unwrap_or_default();
    Some(if elapsed < start {
        Pace::Ahead(start.saturating_sub(elapsed))
    } else if elapsed > end {
        Pace::Behind(elapsed.saturating_sub(end))
    } else {
        Pace::OnTime
    })
}

/// Time spent on a slide beyond its budget, if any.
pub fn overrun(budget: Option<Duration>, spent: Duration) -> Option<Duration> {
    budget
        .filter(|b| spent > *b)
        .map(|b| spent.saturating_sub(b))
}

/// "1:05" or "1:02:03".
pub fn clock(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn min(m: u64) -> Duration {
        Duration::from_secs(m * 60)
    }

    #[test]
    fn pace_follows_the_planned_window() {
        let budgets = [Some(min(2)), Some(min(5)), Some(min(3))];
        assert_eq!(pace(&budgets, 1, min(1)), Some(Pace::Ahead(min(1))));
        assert_eq!(pace(&budgets, 1, min(4)), Some(Pace::OnTime));
        assert_eq!(pace(&budgets, 1, min(9)), Some(Pace::Behind(min(2))));
        assert_eq!(pace(&[None, None], 1, min(9)), None);
    }

    #[test]
    fn overruns_are_measured_against_the_budget() {
        assert_eq!(overrun(Some(min(2)), min(3)), Some(min(1)));
        assert_eq!(overrun(Some(min(2)), min(1)), None);
        assert_eq!(overrun(None, min(9)), None);
    }

    #[test]
    fn clocks_read_naturally() {
        assert_eq!(clock(Duration::from_secs(65)), "1:05");
        assert_eq!(clock(Duration::from_secs(3723)), "1:02:03");
    }

    #[test]
    fn the_remainder_is_shared_by_slides_without_a_budget() {
        let slides = [
            Slide::Title,
            Slide::Item(Section::Goals, 0),
            Slide::Item(Section::Goals, 1),
        ];
        let mut out = vec![None, Some(min(4)), None];
        share(&mut out, &slides, min(10), |_| true);
        assert_eq!(out, [Some(min(3)), Some(min(4)), Some(min(3))]);
    }
}
