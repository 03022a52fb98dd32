//! Server-only domain code (compiled with the `ssr` feature only).
//!
//! - [`crawler`]: feed refresh, crawl passes and the scheduler (on top of `pollwatch-crawl`).
//! - [`db`]: every SQL statement, one file per aggregate, for SQLite and PostgreSQL.
//! - [`state`]: what request handlers and server functions share.
//! - [`metrics`]: the Prometheus registry.

pub mod crawler;
pub mod db;
pub mod metrics;
pub mod service;
pub mod state;
