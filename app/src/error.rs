//! [`AppError`]: everything a user may be told about a failure. Internal causes are logged on the
//! server with their whole chain and reach the browser only as "internal error".

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("not found: {0}")]
    NotFound(String),
    #[error("you need to sign in")]
    Unauthorized,
    #[error("you are not allowed to do that")]
    Forbidden,
    #[error("{field}: {message}")]
    Validation { field: String, message: String },
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("internal error")]
    Internal,
    /// The request itself failed (network, decoding): raised by the server-function machinery.
    #[error("request failed: {0}")]
    Request(String),
}

impl AppError {
    /// The HTTP status this error is answered with.
    pub fn status_code(&self) -> u16 {
        match self {
            AppError::NotFound(_) => 404,
            AppError::Unauthorized => 401,
            AppError::Forbidden => 403,
            AppError::Validation { .. } => 422,
            AppError::Conflict(_) => 409,
            AppError::Internal => 500,
            AppError::Request(_) => 400,
        }
    }

    /// Logs an internal failure with its whole cause chain and returns the opaque error.
    #[cfg(feature = "ssr")]
    pub fn internal(err: impl Into<anyhow::Error>) -> Self {
        let err = err.into();
        tracing::error!(error = format!("{err:#}"), "internal error");
        AppError::Internal
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Request(value.to_string())
    }
}
