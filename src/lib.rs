//! brief: prepare and present a review meeting from the terminal.
//!
//! Data flows one way: TOML text -> raw structs -> validated [`model::Briefing`] -> computed
//! [`figures`] -> view -> frame.

pub mod action;
pub mod app;
pub mod check;
pub mod cli;
pub mod compare;
pub mod diagnostic;
pub mod diff;
pub mod document;
pub mod editor;
pub mod event;
pub mod export;
pub mod figures;
pub mod keymap;
pub mod lint;
pub mod load;
pub mod model;
pub mod notes;
pub mod sanitize;
pub mod schema;
pub mod terminal;
pub mod texts;
pub mod theme;
pub mod timing;
pub mod view;
pub mod watch;
