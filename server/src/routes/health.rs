//! `/healthz`: 200 when the database answers, 503 with the reason when it does not.

use std::time::Duration;

use app::server::state::AppState;
use axum::{extract::State, http::StatusCode, Json};
use serde_json::{json, Value};

pub async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let ping = tokio::time::timeout(Duration::from_secs(3), state.db.ping()).await;
    let engine = format!("{:?}", state.db.engine()).to_lowercase();
    match ping {
        Ok(Ok(())) => {
            state.metrics.db_up.set(1);
            (
                StatusCode::OK,
                Json(json!({"status": "ok", "database": engine})),
            )
        }
        Ok(Err(e)) => {
            state.metrics.db_up.set(0);
            tracing::warn!(error = %e, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"status": "unavailable", "database": engine, "reason": e.to_string()})),
            )
        }
        Err(_) => {
            state.metrics.db_up.set(0);
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(
                    json!({"status": "unavailable", "database": engine, "reason": "database did not answer within 3 s"}),
                ),
            )
        }
    }
}
