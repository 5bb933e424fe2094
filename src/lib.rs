//! brief: prepare and present a review meeting from the terminal.
//!
//! Data flows one way: TOML text -> raw structs -> validated [`model::Briefing`] -> computed
//! [`figures`] -> [`summary`] (figures as words) -> [`view`] -> frame. Events flow one way too:
//! key, file change or signal ([`runtime`]) -> [`action::Action`] -> [`app`] update -> effect
//! and redraw. `tests/layers.rs` keeps the imports running in that direction.

// The lowest layer: words, keys, colours, text safety, system calls.
pub mod action;
pub mod keymap;
pub mod sanitize;
pub mod sys;
pub mod texts;
pub mod theme;

// The briefing and how it is read.
pub mod diagnostic;
pub mod document;
pub mod load;
pub mod model;
pub mod schema;

// Pure computations over a briefing.
pub mod chart;
pub mod compare;
pub mod deck;
pub mod figures;
pub mod summary;

// The state and its update step.
pub mod app;

// What is drawn or written.
pub mod check;
pub mod diff;
pub mod export;
pub mod view;

// Terminal, disk, signals and sockets; the command line.
pub mod cli;
pub mod runtime;
