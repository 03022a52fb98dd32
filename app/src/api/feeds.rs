//! Read-only feed status for the feeds page.

use leptos::prelude::*;

use crate::{error::AppError, model::FeedInfo};

/// Every feed with outlet, status, last fetch, next check, last error and article count.
#[server(endpoint = "feeds")]
pub async fn list_feeds() -> Result<Vec<FeedInfo>, AppError> {
    use crate::server::service::feeds;
    let state = crate::server::state::AppState::from_context()?;
    let rows = feeds::list(&state.db).await.map_err(AppError::internal)?;
    Ok(rows.iter().map(feeds::to_info).collect())
}
