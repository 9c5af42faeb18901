//! Observa's HTTP server: the HTML pages, the JSON API under `/api/v1`, and how errors
//! answer each of them. Routers are assembled here; handlers live with the resource they
//! serve (`api`, `pages`). Errors: [`WebError`].

#![forbid(unsafe_code)]

use std::sync::Arc;

use axum::Router;
use axum::extract::{FromRef, Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use observa_search::SearchIndex;
use observa_store::Store;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{Any, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

mod api;
mod caching;
mod catalogue_api;
mod charts;
mod error;
mod export;
mod feeds;
mod i18n;
mod insight;
mod insight_api;
mod limits;
mod openapi;
mod pages;
mod params;
pub mod passwords;
mod releases;
mod search;
mod stats;

pub use error::WebError;
pub use insight::Insight;
pub use limits::RateLimit;
pub use pages::report_html;

/// What every handler can reach.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub search: Arc<SearchIndex>,
    pub site: Arc<Site>,
    /// Cached themes, trends and the tag-suggestion model.
    pub insight: Arc<Insight>,
}

/// How the site presents itself.
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// Absolute URL the site is reached at, without a trailing slash; used in API links.
    pub public_url: String,
    /// Who runs the site, named in the identity banner at the top of every page.
    pub operator: Option<String>,
    /// The operator's own website, linked from the banner.
    pub operator_url: Option<String>,
    /// Slugs of the cases the home page features (else it picks the fullest stories).
    pub featured: Vec<String>,
    /// How fast each client may call the API.
    pub rate_limit: RateLimit,
    /// The folder of the signed releases (`DATA_DIR/releases`, its key in
    /// `DATA_DIR/keys/release.pub`), served at `/releases`; none: no releases.
    pub releases_dir: Option<std::path::PathBuf>,
}

impl Site {
    pub fn new(public_url: impl Into<String>) -> Self {
        Site {
            public_url: public_url.into(),
            ..Site::default()
        }
    }
}

/// The whole application: pages, API, static files, error handling and headers.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(api::healthz))
        .nest(
            "/api/v1",
            // Anyone's page may read the open data from the browser, and ask for tag
            // suggestions (a POST that changes nothing).
            api::routes()
                .layer(middleware::from_fn_with_state(
                    limits::Limiter::new(&state.site.rate_limit),
                    limits::limit,
                ))
                .layer(
                CorsLayer::new()
                    .allow_origin(Any)
                    .allow_methods([Method::GET, Method::HEAD, Method::POST])
                    .allow_headers([header::CONTENT_TYPE])
                    .expose_headers([header::ETAG, header::LAST_MODIFIED, header::RETRY_AFTER]),
            ),
        )
        .merge(pages::routes())
        .merge(feeds::routes())
        .merge(releases::routes())
        .fallback(not_found)
        .layer(middleware::from_fn(caching::etags))
        .layer(middleware::from_fn_with_state(state.site.clone(), html_errors))
        .layer(middleware::from_fn(i18n::switch))
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

/// Outside `/api/`, an error answers with an HTML page for people instead of JSON, and
/// every page says that it depends on the reader's language.
async fn html_errors(State(site): State<Arc<Site>>, request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/v1/");
    let ui = pages::Ui::new(
        i18n::Tr::new(i18n::negotiate(request.headers())),
        site,
        request.uri().path().to_string(),
    );
    let mut response = next.run(request).await;
    if is_api {
        return response;
    }
    if let Some(mark) = response.extensions().get::<error::ErrorMark>() {
        let (status, code, detail) = &*mark.0;
        response = (*status, pages::error_page(ui, *status, code, detail)).into_response();
    }
    response.headers_mut().append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}

#[cfg(test)]
mod api_tests;
#[cfg(test)]
mod insight_tests;
#[cfg(test)]
mod releases_tests;
#[cfg(test)]
mod site_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod trends_tests;
