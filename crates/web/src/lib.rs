//! Observa's HTTP server: the HTML pages, the JSON API under `/api/v1`, and how errors
//! answer each of them. Routers are assembled here; handlers live with the resource they
//! serve (`api`, `pages`). Errors: [`WebError`].

#![forbid(unsafe_code)]

use std::sync::Arc;

use axum::Router;
use axum::extract::{FromRef, Request};
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use observa_search::SearchIndex;
use observa_store::Store;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

mod api;
mod error;
mod pages;
mod params;
mod search;

pub use error::WebError;

/// What every handler can reach.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub search: Arc<SearchIndex>,
    pub site: Arc<Site>,
}

/// How the site presents itself.
#[derive(Debug, Clone)]
pub struct Site {
    /// Absolute URL the site is reached at, without a trailing slash; used in API links.
    pub public_url: String,
}

/// The whole application: pages, API, static files, error handling and headers.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(api::healthz))
        .nest("/api/v1", api::routes())
        .merge(pages::routes())
        .fallback(not_found)
        .layer(middleware::from_fn(html_errors))
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

async fn not_found(request: Request) -> WebError {
    WebError::NotFound(format!("Nothing is published at {}.", request.uri().path()))
}

/// Outside `/api/`, an error answers with an HTML page for people instead of JSON.
async fn html_errors(request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    match response.extensions().get::<error::ErrorMark>() {
        Some(mark) if !is_api => {
            let (status, code, detail) = &*mark.0;
            (*status, pages::error_page(*status, code, detail)).into_response()
        }
        _ => response,
    }
}

#[cfg(test)]
mod api_tests;
#[cfg(test)]
mod tests;
