//! `/metrics` in the Prometheus text format. Table totals are read at scrape time.

use app::server::{db::stats, state::AppState};
use axum::{extract::State, http::header, response::IntoResponse};

pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    match stats::counts(&state.db).await {
        Ok(c) => {
            state.metrics.set_counts(&c);
            state.metrics.db_up.set(1);
        }
        Err(e) => {
            tracing::warn!(error = %e, "metrics: cannot read totals");
            state.metrics.db_up.set(0);
        }
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(),
    )
}
