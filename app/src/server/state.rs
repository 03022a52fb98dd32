//! [`AppState`]: the shared state of a running pollwatch server.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::*;

use super::{db::Db, metrics::Metrics, service::claims::ClaimsEngine};
use crate::error::AppError;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub leptos_options: LeptosOptions,
    pub metrics: Arc<Metrics>,
    /// Pollster registry and election calendar, loaded at start-up.
    pub claims: Arc<ClaimsEngine>,
}

impl AppState {
    /// The state, as provided to server functions by the router.
    pub fn from_context() -> Result<Self, AppError> {
        use_context::<AppState>().ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("AppState missing from the Leptos context"))
        })
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
