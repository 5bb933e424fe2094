//! Presenter notes in a second terminal: the presenting `brief` publishes where it is over a
//! private Unix socket, and `brief notes FILE` shows that slide's notes, the next slide's title,
//! the clock and the time budget.

pub mod client;
pub mod protocol;
pub mod server;
pub mod socket;

pub use server::NotesServer;
