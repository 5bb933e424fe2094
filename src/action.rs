//! Everything a person can ask brief to do. Keys reach these only through `keymap`.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Leave brief, restoring the terminal.
    Quit,
    /// Show or hide the key help overlay.
    ToggleHelp,
    /// Go back one level: detail -> overview -> picker; closes overlays first.
    Back,
    /// Open the selected item, briefing or link.
    Open,
    NextPanel,
    PrevPanel,
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    /// Focus a section by number (0-based): goals, achievements, challenges.
    JumpToSection(u8),
    /// Start typing a search.
    StartSearch,
    NextMatch,
    PrevMatch,
    /// Show or hide speaker notes.
    ToggleNotes,
    /// Enter presentation mode at the slide for the current place.
    Present,
    NextSlide,
    PrevSlide,
    FirstSlide,
    LastSlide,
    /// Start typing a slide number to jump to.
    StartGoto,
    /// Blank the screen (presentation), any key brings it back.
    Blank,
    /// Reload the briefing from disk now.
    Reload,
    /// Open the briefing in $VISUAL / $EDITOR at the selected item.
    Edit,
    /// Suspend to the shell (Ctrl-Z); the screen is redrawn on return.
    Suspend,
    /// Go to the list of briefings.
    ShowPicker,
}
