//! Plain axum routes (not Leptos pages): operations endpoints and, later, feeds out and the
//! JSON API under `/v1`.

pub mod api;
pub mod health;
pub mod metrics;
