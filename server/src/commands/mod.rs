//! Subcommands other than `serve` and `migrate`, one module each. Each opens the database
//! through `startup::connect_and_migrate` and reports failures as `anyhow` errors (one line on
//! stderr, non-zero exit code, by `main`).

pub mod crawl;
pub mod extract;
pub mod feeds;
pub mod pollsters;
