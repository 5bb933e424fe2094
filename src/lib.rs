//! brief: prepare and present a review meeting from the terminal.
//!
//! Data flows one way: TOML text -> raw structs -> validated [`model::Briefing`] -> computed
//! [`figures`] -> [`summary`] (figures as words) -> [`view`] -> frame. Events flow one way too:
//! key, file change or signal ([`runtime`]) -> [`action::Action`] -> [`app`] update -> effect
//! and redraw. `tests/layers.rs` keeps the imports running in that direction.

// The program never unwraps: a value that can be missing is handled (tests may, see
// clippy.toml).
#![warn(clippy::unwrap_used)]

// The lowest layer: words, keys, colours, text safety, system calls.
pub mod action;
pub mod exit;
pub mod keymap;
pub mod sanitize;
pub mod sys;
pub mod texts;
pub mod theme;

// The briefing and how it is read or written.
pub mod atomic;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod file_kind;
pub mod git;
pub mod lint;
pub mod load;
pub mod missing;
pub mod model;
pub mod revision;
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
pub mod log;
pub mod new;
pub mod view;

// Terminal, disk, signals and sockets; the command line.
pub mod cli;
pub mod runtime;

// What runs before the screen, and what describes the command line itself.
pub mod completions;
pub mod startup;
