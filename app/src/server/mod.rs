//! Server-only domain code (compiled with the `ssr` feature only).
//!
//! - [`db`]: every SQL statement, one file per aggregate, for SQLite and PostgreSQL.
//! - [`state`]: what request handlers and server functions share.
//! - [`metrics`]: the Prometheus registry.

pub mod db;
pub mod metrics;
pub mod service;
pub mod state;
