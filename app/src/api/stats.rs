//! Read-only figures for the home page.

use leptos::prelude::*;

use crate::{error::AppError, model::Counts};

/// Live totals read from the database.
#[server(endpoint = "counts")]
pub async fn get_counts() -> Result<Counts, AppError> {
    let state = crate::server::state::AppState::from_context()?;
    crate::server::db::stats::counts(&state.db)
        .await
        .map_err(AppError::internal)
}
