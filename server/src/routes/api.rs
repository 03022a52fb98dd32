//! The JSON API under `/v1` (server functions own `/api`).

use app::server::state::AppState;
use axum::{
    extract::{rejection::JsonRejection, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use pollwatch_claims::Document;
use serde_json::json;

/// Largest text `/v1/extract` accepts in one request.
pub const MAX_EXTRACT_BYTES: usize = 5 * 1024 * 1024;

fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (status, Json(json!({ "error": message.into() }))).into_response()
}

/// `POST /v1/extract` `{"text", "lang"?, "url"?, "published_at"?, "outlet"?, "id"?}`: one
/// result object of the `pollwatch extract` contract.
pub async fn extract(
    State(state): State<AppState>,
    body: Result<Json<Document>, JsonRejection>,
) -> Response {
    let doc = match body {
        Ok(Json(doc)) => doc,
        Err(JsonRejection::MissingJsonContentType(_)) => {
            return error(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "send the document as JSON with Content-Type: application/json",
            )
        }
        Err(JsonRejection::JsonDataError(e)) => {
            return error(StatusCode::UNPROCESSABLE_ENTITY, e.body_text())
        }
        Err(JsonRejection::BytesRejection(e)) => return error(e.status(), e.body_text()),
        Err(e) => return error(StatusCode::BAD_REQUEST, e.body_text()),
    };
    if doc.text.len() > MAX_EXTRACT_BYTES {
        return error(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("text is longer than {MAX_EXTRACT_BYTES} bytes"),
        );
    }
    let profile = match doc.outlet.as_deref() {
        Some(name) => app::server::db::claims::outlet_profiles(&state.db)
            .await
            .ok()
            .and_then(|mut m| m.remove(&name.trim().to_lowercase())),
        None => None,
    };
    if let Err(e) = state.claims.refresh(&state.db).await {
        tracing::warn!(error = format!("{e:#}"), "pollster registry not reloaded");
    }
    let engine = state.claims.clone();
    let result = tokio::task::spawn_blocking(move || {
        engine.extract(
            &doc,
            profile.as_ref().is_some_and(|p| p.state_affiliated),
            profile.and_then(|p| p.country),
        )
    })
    .await;
    match result {
        Ok(Ok(r)) => Json(r).into_response(),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "claim extraction failed");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "claim extraction failed on this text (an internal error, logged for the team)",
            )
        }
        Err(e) => {
            tracing::error!(error = %e, "extract task failed");
            error(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
        }
    }
}
