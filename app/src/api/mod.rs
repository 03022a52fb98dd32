//! Server functions, grouped by area. Each is a thin adapter: get the state, check the user's
//! role, call the service, map the error.

pub mod feeds;
pub mod stats;
