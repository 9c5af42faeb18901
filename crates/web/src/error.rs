//! The web layer's one error type. Every handler returns [`WebError`]; it answers as JSON
//! `{"errors": [{"code", "detail"}]}` with the right status, and the `html_errors`
//! middleware turns that into an HTML error page for every path outside `/api/`.
//! Codes are stable snake_case words a user interface can translate.

use std::sync::Arc;

use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use observa_store::StoreError;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("{detail}")]
    BadRequest { code: &'static str, detail: String },
    #[error("{0}")]
    NotFound(String),
    #[error("{detail}")]
    Forbidden { code: &'static str, detail: String },
    /// A failure no one can act on: the session store, password hashing, a worker thread.
    #[error("unexpected failure: {0}")]
    Unexpected(String),
    #[error("{0}")]
    PayloadTooLarge(String),
    /// Well-formed but unusable input (a JSON body of the wrong shape, an empty draft).
    #[error("{detail}")]
    Unprocessable { code: &'static str, detail: String },
    #[error("Too many requests: try again in {retry_after} s.")]
    TooManyRequests { retry_after: u64 },
    #[error("internal error: {0}")]
    Internal(#[from] StoreError),
    #[error("search error: {0}")]
    Search(#[from] observa_search::SearchError),
    #[error("a template did not render: {0}")]
    Render(#[from] askama::Error),
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
}

/// What an error answers: one entry saying what went wrong.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct ErrorBody<'a> {
    #[schema(max_items = 1, min_items = 1)]
    errors: [ErrorEntry<'a>; 1],
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct ErrorEntry<'a> {
    /// A stable snake_case word, e.g. `not_found`, `unknown_value`, `rate_limited`.
    pub code: &'a str,
    /// What went wrong, for people.
    pub detail: String,
}

impl WebError {
    pub fn bad_request(code: &'static str, detail: impl Into<String>) -> Self {
        WebError::BadRequest {
            code,
            detail: detail.into(),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            WebError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            WebError::NotFound(_) => StatusCode::NOT_FOUND,
            WebError::Forbidden { .. } => StatusCode::FORBIDDEN,
            WebError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::Unprocessable { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            WebError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            WebError::Internal(_)
            | WebError::Search(_)
            | WebError::Render(_)
            | WebError::Io(_)
            | WebError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            WebError::BadRequest { code, .. } => code,
            WebError::NotFound(_) => "not_found",
            WebError::Forbidden { code, .. } => code,
            WebError::PayloadTooLarge(_) => "too_large",
            WebError::Unprocessable { code, .. } => code,
            WebError::TooManyRequests { .. } => "rate_limited",
            WebError::Internal(_)
            | WebError::Search(_)
            | WebError::Render(_)
            | WebError::Io(_)
            | WebError::Unexpected(_) => "internal_error",
        }
    }

    /// What the user is told; internal details stay in the log.
    pub fn detail(&self) -> String {
        match self {
            WebError::Internal(_)
            | WebError::Search(_)
            | WebError::Render(_)
            | WebError::Io(_)
            | WebError::Unexpected(_) => {
                "Something went wrong on our side. Please try again later.".into()
            }
            other => other.to_string(),
        }
    }
}

/// Marks a response as an error so that `html_errors` can re-render it.
#[derive(Clone)]
pub(crate) struct ErrorMark(pub Arc<(StatusCode, &'static str, String)>);

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if self.status().is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let (status, code, detail) = (self.status(), self.code(), self.detail());
        let mut response = (
            status,
            Json(ErrorBody {
                errors: [ErrorEntry {
                    code,
                    detail: detail.clone(),
                }],
            }),
        )
            .into_response();
        if let WebError::TooManyRequests { retry_after } = self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from(retry_after));
        }
        response
            .extensions_mut()
            .insert(ErrorMark(Arc::new((status, code, detail))));
        response
    }
}
