//! Reusable views.

pub mod layout;
