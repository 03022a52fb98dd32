//! Domain operations that the CLI, the crawler, server functions and REST handlers all call.
//! They take the database handle and return domain errors; they never speak HTTP.

pub mod claims;
pub mod feeds;
