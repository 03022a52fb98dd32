//! The pollwatch binary's library half: command line, configuration, telemetry and the axum
//! server. Composition only; the domain lives in the `app` crate.

pub mod allocator;
pub mod cli;
pub mod commands;
pub mod routes;
pub mod startup;
pub mod telemetry;
