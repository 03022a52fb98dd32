//! One module per route.

pub mod feeds;
pub mod home;
pub mod not_found;
