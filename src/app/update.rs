//! The update step: an action or an event changes the state and may ask for an effect.

use crossterm::event::{KeyCode, KeyEvent, MouseButton, MouseEvent, MouseEventKind};

use super::{App, Effect, Screen, Visit, search};
use crate::action::Action;
use crate::deck::Slide;
use crate::keymap::Mode;
use crate::model::{ItemKind, Section};

impl App {
    /// A key press: text prompts take it first, then the key table.
    pub fn on_key(&mut self, key: KeyEvent) -> Effect {
        let had_marks = self.docs.iter().any(|d| !d.changed.is_empty());
        for doc in &mut self.docs {
            doc.changed.clear();
        }
        let effect = self.on_key_inner(key);
        self.forget_kept_place_if_moved();
        if effect == Effect::None && had_marks {
            Effect::Redraw
        } else {
            effect
        }
    }

    fn on_key_inner(&mut self, key: KeyEvent) -> Effect {
        if self.search.typing.is_some() || self.present.goto.is_some() {
            // A text prompt takes every key but the control chords of the table (Ctrl-C).
            if let Some(action) = self.keymap.action_for(Mode::Prompt, key) {
                return self.apply(action);
            }
            return if self.search.typing.is_some() {
                self.search_input(key)
            } else {
                self.goto_input(key)
            };
        }
        let action = self.keymap.action_for(self.mode(), key);
        // Help and the blank screen close on any key, but the keys that leave brief (quit,
        // suspend) still do what help says they do.
        let leaves = action.filter(|a| matches!(a, Action::Quit | Action::Suspend));
        if self.show_help {
            // Help's own keys scroll and close it, the control chords of the table (Ctrl-C)
            // and the keys that leave brief still apply, and any other key just closes it.
            let action = self
                .keymap
                .own_action(Mode::Help, key)
                .or_else(|| self.keymap.action_for(Mode::Prompt, key))
                .or(leaves);
            return if let Some(action) = action {
                self.help_action(action)
            } else {
                self.show_help = false;
                Effect::Redraw
            };
        }
        if self.screen == Screen::Present && self.present.blank && leaves.is_none() {
            self.present.blank = false;
            return Effect::Redraw;
        }
        match action {
            Some(action) => self.apply(action),
            None => Effect::None,
        }
    }

    pub fn apply(&mut self, action: Action) -> Effect {
        match action {
            Action::Quit => return Effect::Quit,
            Action::Suspend => return Effect::Suspend,
            Action::Reload => return Effect::Reload,
            Action::ToggleHelp => {
                self.show_help = !self.show_help;
                self.help_scroll = 0;
            }
            Action::ToggleNotes => self.show_notes = !self.show_notes,
            Action::Edit => return self.edit_effect(),
            _ => match self.screen {
                Screen::Picker => self.picker_action(action),
                Screen::Overview => self.overview_action(action),
                Screen::Detail => self.detail_action(action),
                Screen::Present => self.present_action(action),
            },
        }
        Effect::Redraw
    }

    fn help_action(&mut self, action: Action) -> Effect {
        let (page, max) = self.drawn.help.map_or((1, 0), |h| {
            (h.rows.saturating_sub(1).max(1), h.max_scroll())
        });
        let s = &mut self.help_scroll;
        match action {
            Action::Up => *s = s.saturating_sub(1),
            Action::Down => *s += 1,
            Action::PageUp => *s = s.saturating_sub(page),
            Action::PageDown => *s += page,
            Action::Home => *s = 0,
            Action::End => *s = max,
            Action::Back => self.show_help = false,
            other => return self.apply(other),
        }
        self.help_scroll = self.help_scroll.min(max);
        Effect::Redraw
    }

    /// Whether `action` would do anything now, so that the footer and help offer only keys
    /// that work: no "back to the list of briefings" with one briefing open, no link keys in
    /// a detail without links.
    pub fn offers(&self, action: Action) -> bool {
        match (self.screen, action) {
            (Screen::Overview, Action::ShowPicker) => {
                !self.search.query.is_empty() || self.docs.len() > 1
            }
            (Screen::Detail, Action::NextPanel | Action::PrevPanel | Action::Open) => self
                .detail
                .section
                .is_some_and(|s| !self.links(s, self.detail.index).is_empty()),
            _ => true,
        }
    }

    fn picker_action(&mut self, action: Action) {
        let last = self.docs.len().saturating_sub(1);
        match action {
            Action::Up => self.picker_selected = self.picker_selected.saturating_sub(1),
            Action::Down => self.picker_selected = (self.picker_selected + 1).min(last),
            Action::Open => {
                self.current = self.picker_selected.min(last);
                self.refresh();
                self.screen = Screen::Overview;
                self.selected = [0; 3];
                self.focus = Section::Goals;
            }
            _ => {}
        }
    }

    fn section_len(&self, section: Section) -> usize {
        self.briefing().map_or(0, |b| b.section(section).len())
    }

    fn move_selection(&mut self, by: isize) {
        let len = self.section_len(self.focus);
        let slot = &mut self.selected[self.focus.index()];
        *slot = slot.saturating_add_signed(by).min(len.saturating_sub(1));
    }

    fn overview_action(&mut self, action: Action) {
        let page = self.drawn.list_rows() as isize;
        match action {
            Action::NextPanel => self.focus = Section::ALL[(self.focus.index() + 1) % 3],
            Action::PrevPanel => self.focus = Section::ALL[(self.focus.index() + 2) % 3],
            Action::JumpToSection(n) => self.focus = Section::ALL[usize::from(n).min(2)],
            Action::Up => self.move_selection(-1),
            Action::Down => self.move_selection(1),
            Action::PageUp => self.move_selection(-page),
            Action::PageDown => self.move_selection(page),
            Action::Home => self.selected[self.focus.index()] = 0,
            Action::End => self.move_selection(isize::MAX / 2),
            Action::Open if self.section_len(self.focus) > 0 => {
                let index = self.selected[self.focus.index()];
                self.open_detail(self.focus, index);
            }
            Action::StartSearch => self.search.typing = Some(String::new()),
            Action::NextMatch => self.step_match(true),
            Action::PrevMatch => self.step_match(false),
            Action::Present => {
                self.start_presenting(Some((self.focus, self.selected[self.focus.index()])));
            }
            Action::ShowPicker if !self.search.query.is_empty() => self.search.query.clear(),
            Action::ShowPicker if self.docs.len() > 1 => self.screen = Screen::Picker,
            _ => {}
        }
    }

    /// Opens an item's detail from the overview (or a slide): nothing to go back to but the list.
    pub fn open_detail(&mut self, section: Section, index: usize) {
        self.detail.back.clear();
        self.show_item(section, index);
    }

    fn show_item(&mut self, section: Section, index: usize) {
        self.focus = section;
        self.selected[section.index()] = index;
        self.detail.section = Some(section);
        self.detail.index = index;
        self.detail.scroll = 0;
        self.detail.link = 0;
        self.screen = Screen::Detail;
    }

    /// The items an item links to: a challenge's threatened goals, or the challenges that
    /// threaten a goal.
    pub fn links(&self, section: Section, index: usize) -> Vec<(Section, usize)> {
        let Some(briefing) = self.briefing() else {
            return Vec::new();
        };
        let Some(item) = briefing.section(section).get(index) else {
            return Vec::new();
        };
        match &item.kind {
            ItemKind::Challenge { threatens, .. } => threatens.iter().filter_map(|id| briefing.find(id)).collect(),
            ItemKind::Goal { .. } => briefing
                .challenges
                .iter()
                .enumerate()
                .filter(|(_, c)| matches!(&c.kind, ItemKind::Challenge { threatens, .. } if threatens.contains(&item.id)))
                .map(|(i, _)| (Section::Challenges, i))
                .collect(),
            ItemKind::Achievement { .. } => Vec::new(),
        }
    }

    fn detail_action(&mut self, action: Action) {
        let Some(section) = self.detail.section else {
            self.screen = Screen::Overview;
            return;
        };
        let page = self.drawn.detail_page();
        let links = self.links(section, self.detail.index);
        let d = &mut self.detail;
        match action {
            Action::Up => d.scroll = d.scroll.saturating_sub(1),
            Action::Down => d.scroll += 1,
            Action::PageUp => d.scroll = d.scroll.saturating_sub(page),
            Action::PageDown => d.scroll += page,
            Action::Home => d.scroll = 0,
            Action::End => d.scroll = usize::MAX / 2,
            Action::NextPanel if !links.is_empty() => d.link = (d.link + 1) % links.len(),
            Action::PrevPanel if !links.is_empty() => {
                d.link = (d.link + links.len() - 1) % links.len();
            }
            Action::Open => {
                if let Some((s, i)) = links.get(d.link).copied() {
                    self.follow_link(section, s, i);
                }
            }
            Action::Present => self.start_presenting(Some((section, self.detail.index))),
            Action::Back => self.go_back(),
            _ => {}
        }
        // Clamped by what was drawn of this item; an item gone back to keeps its own scroll.
        let scrolled = matches!(action, Action::Down | Action::PageDown | Action::End);
        if scrolled && let Some(drawn) = self.drawn.detail {
            self.detail.scroll = self.detail.scroll.min(drawn.max_scroll());
        }
    }

    /// Opens a linked item, remembering where we were.
    fn follow_link(&mut self, from: Section, section: Section, index: usize) {
        let here = self
            .briefing()
            .and_then(|b| b.section(from).get(self.detail.index))
            .map(|item| Visit {
                section: from,
                id: item.id.clone(),
                scroll: self.detail.scroll,
                link: self.detail.link,
            });
        self.show_item(section, index);
        self.detail.back.extend(here);
    }

    /// Back to the item a link was followed from (skipping any a reload removed), else to
    /// the overview.
    fn go_back(&mut self) {
        while let Some(visit) = self.detail.back.pop() {
            let found = self.briefing().and_then(|b| {
                b.section(visit.section)
                    .iter()
                    .position(|item| item.id == visit.id)
            });
            if let Some(index) = found {
                self.show_item(visit.section, index);
                self.detail.scroll = visit.scroll;
                self.detail.link = visit.link;
                return;
            }
        }
        self.screen = Screen::Overview;
    }

    fn start_presenting(&mut self, at: Option<(Section, usize)>) {
        let slide = at.and_then(|(s, i)| self.deck.slide_of(s, i)).unwrap_or(0);
        self.present.go_to(slide, self.now);
        self.present.blank = false;
        self.present.clock.started.get_or_insert(self.now);
        self.screen = Screen::Present;
    }

    fn present_action(&mut self, action: Action) {
        let last = self.deck.last();
        let p = &mut self.present;
        match action {
            Action::NextSlide => p.go_to((p.slide + 1).min(last), self.now),
            Action::PrevSlide => p.go_to(p.slide.saturating_sub(1), self.now),
            Action::FirstSlide => p.go_to(0, self.now),
            Action::LastSlide => p.go_to(last, self.now),
            Action::StartGoto => p.goto = Some(String::new()),
            Action::Blank => p.blank = true,
            Action::Back => {
                self.screen = Screen::Overview;
                if let Some(Slide::Item(section, index)) = self.deck.get(self.present.slide) {
                    self.focus = section;
                    self.selected[section.index()] = index;
                }
            }
            _ => {}
        }
    }

    fn goto_input(&mut self, key: KeyEvent) -> Effect {
        let Some(typed) = self.present.goto.as_mut() else {
            return Effect::None;
        };
        match key.code {
            KeyCode::Char(c) if c.is_ascii_digit() && typed.len() < 5 => typed.push(c),
            KeyCode::Backspace => {
                typed.pop();
            }
            KeyCode::Enter => {
                let target: usize = typed.parse().unwrap_or(1);
                let last = self.deck.last();
                self.present
                    .go_to(target.saturating_sub(1).min(last), self.now);
                self.present.goto = None;
            }
            _ => self.present.goto = None,
        }
        Effect::Redraw
    }

    fn search_input(&mut self, key: KeyEvent) -> Effect {
        let Some(typed) = self.search.typing.as_mut() else {
            return Effect::None;
        };
        match key.code {
            // Typed or pasted text enters like a briefing's: a bidi override stays visible.
            KeyCode::Char(c) => typed.push_str(&crate::sanitize::line(c.encode_utf8(&mut [0; 4]))),
            KeyCode::Backspace => {
                typed.pop();
            }
            KeyCode::Enter => {
                self.search.query = self.search.typing.take().unwrap_or_default();
                self.step_match_from_current();
            }
            KeyCode::Esc => self.search.typing = None,
            _ => {}
        }
        Effect::Redraw
    }

    /// The matches of the confirmed query, or of the one being typed.
    pub fn search_matches(&self) -> Vec<(Section, usize)> {
        let query = self.search.typing.as_deref().unwrap_or(&self.search.query);
        let reading = self.doc().and_then(|d| d.good.as_ref()).map(|g| g.id);
        let mut cached = self.search.matches.borrow_mut();
        if let Some(run) = cached.as_ref()
            && (run.doc, run.reading, run.query.as_str()) == (self.current, reading, query)
        {
            return run.found.clone();
        }
        let found = self
            .briefing()
            .map(|b| search::matches(b, query))
            .unwrap_or_default();
        *cached = Some(super::SearchRun {
            doc: self.current,
            reading,
            query: query.to_owned(),
            found: found.clone(),
        });
        found
    }

    fn step_match_from_current(&mut self) {
        let matches = self.search_matches();
        let here = (self.focus, self.selected[self.focus.index()]);
        if let Some(&(s, i)) = matches.iter().find(|m| **m >= here).or(matches.first()) {
            self.focus = s;
            self.selected[s.index()] = i;
        }
    }

    fn step_match(&mut self, forward: bool) {
        let matches = self.search_matches();
        let here = (self.focus, self.selected[self.focus.index()]);
        let next = if forward {
            matches.iter().find(|m| **m > here).or(matches.first())
        } else {
            matches.iter().rev().find(|m| **m < here).or(matches.last())
        };
        if let Some(&(s, i)) = next {
            self.focus = s;
            self.selected[s.index()] = i;
        }
    }

    fn edit_effect(&self) -> Effect {
        let Some(doc) = self.doc() else {
            return Effect::None;
        };
        let line = self.briefing().and_then(|b| {
            let (section, index) = match self.screen {
                Screen::Detail => (self.detail.section?, self.detail.index),
                Screen::Present => match self.deck.get(self.present.slide)? {
                    Slide::Item(s, i) => (s, i),
                    _ => return Some(1),
                },
                _ => (self.focus, self.selected[self.focus.index()]),
            };
            b.section(section).get(index).map(|item| item.line)
        });
        let line = line
            .or_else(|| doc.errors.first().map(|e| e.line))
            .unwrap_or(1)
            .max(1);
        Effect::Edit {
            path: doc.path.clone(),
            line,
        }
    }

    pub fn on_mouse(&mut self, mouse: MouseEvent) -> Effect {
        let effect = self.on_mouse_inner(mouse);
        self.forget_kept_place_if_moved();
        effect
    }

    fn on_mouse_inner(&mut self, mouse: MouseEvent) -> Effect {
        match (self.screen, mouse.kind) {
            (Screen::Overview, MouseEventKind::Down(MouseButton::Left)) => {
                let Some((section, row)) = self.drawn.hit_panel(mouse.column, mouse.row) else {
                    return Effect::None;
                };
                self.focus = section;
                if row < self.section_len(section) {
                    self.selected[section.index()] = row;
                }
                Effect::Redraw
            }
            (_, MouseEventKind::ScrollDown) => self.apply(self.scroll_action(true)),
            (_, MouseEventKind::ScrollUp) => self.apply(self.scroll_action(false)),
            _ => Effect::None,
        }
    }

    fn scroll_action(&self, down: bool) -> Action {
        match (self.screen, down) {
            (Screen::Present, true) => Action::NextSlide,
            (Screen::Present, false) => Action::PrevSlide,
            (_, true) => Action::Down,
            (_, false) => Action::Up,
        }
    }
}
