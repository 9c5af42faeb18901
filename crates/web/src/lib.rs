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
use tower_http::csrf::CsrfLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub(crate) mod accounts;
mod api;
mod caching;
mod calls;
mod catalogue_api;
mod charts;
mod contribute;
mod editor;
mod error;
mod export;
mod feeds;
mod i18n;
mod insight;
mod insight_api;
mod limits;
pub mod mail;
mod openapi;
mod pages;
mod params;
pub mod passwords;
mod releases;
mod review;
mod search;
mod stats;

pub use error::WebError;
pub use insight::{
    DuplicateCase, Insight, LibraryDuplicates, library_duplicates, warm as warm_insight,
};
pub use limits::{AccountLimits, Allowance, RateLimit};
pub use mail::Mailer;
pub use pages::report_html;

/// What every handler can reach.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub search: Arc<SearchIndex>,
    pub site: Arc<Site>,
    /// Sends the mail outbox, or leaves it for administrators.
    pub mailer: Arc<Mailer>,
    /// The limits on sign-in, sign-up and reset in force (from `site.account_limits`).
    account_limits: Arc<limits::AccountLimiter>,
    /// Cached themes, trends and the tag-suggestion model.
    pub insight: Arc<Insight>,
}

impl AppState {
    pub fn new(
        store: Arc<dyn Store>,
        search: Arc<SearchIndex>,
        site: Site,
        mailer: Arc<Mailer>,
    ) -> Self {
        let account_limits = Arc::new(limits::AccountLimiter::new(
            &site.account_limits,
            &site.rate_limit.trusted_proxies,
        ));
        AppState {
            store,
            search,
            site: Arc::new(site),
            mailer,
            account_limits,
            insight: Default::default(),
        }
    }
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
    /// How fast each client may call the API (and which proxies are trusted).
    pub rate_limit: RateLimit,
    /// How often sign-in, sign-up and password reset may be tried.
    pub account_limits: AccountLimits,
    /// The folder of the signed releases (`DATA_DIR/releases`, its key in
    /// `DATA_DIR/keys/release.pub`), served at `/releases`; none: no releases.
    pub releases_dir: Option<std::path::PathBuf>,
    /// The folder of files uploaded to cases (`DATA_DIR/media`), each named by the SHA-256
    /// of its content and served at `/media`; none: uploads are refused.
    pub media_dir: Option<std::path::PathBuf>,
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
        .merge(
            pages::routes()
                .merge(accounts::with_sessions(
                    &state,
                    // Pages that know who is asking.
                    Router::new()
                        .merge(accounts::routes())
                        .merge(review::routes())
                        .merge(calls::routes())
                        .merge(contribute::routes())
                        .merge(editor::routes()),
                ))
                .merge(calls::public_routes())
                // Uploaded files: sessions decide who may see a draft's files, but public
                // ones may be cached (so they are outside the no-store pages above).
                .merge(contribute::media_routes(&state))
                .merge(feeds::routes())
                .merge(releases::routes())
                // A state-changing request from another site is refused before anything
                // else (Origin / Sec-Fetch-Site); account routes also check a session's
                // CSRF token. The API has no sessions, and its one POST changes nothing.
                .layer(same_site_only(&state.site.public_url)),
        )
        .fallback(not_found)
        .layer(middleware::from_fn(caching::etags))
        .layer(middleware::from_fn_with_state(
            state.site.clone(),
            html_errors,
        ))
        .layer(middleware::from_fn(i18n::switch))
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Only this site's own files, no inline script or style, no plugins, no framing, and
/// forms only to this site.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/// The Origin / `Sec-Fetch-Site` check, trusting the site's public address as an origin
/// too: behind a reverse proxy the `Host` the server sees may not be the one browsers use.
fn same_site_only(public_url: &str) -> CsrfLayer {
    let origin = url::Url::parse(public_url)
        .ok()
        .map(|u| u.origin().ascii_serialization());
    let layer = CsrfLayer::new();
    match origin {
        Some(origin) => match layer.clone().add_trusted_origin(&origin) {
            Ok(trusting) => trusting,
            Err(error) => {
                tracing::warn!(%origin, ?error, "the public URL's origin cannot be trusted for CSRF checks");
                layer
            }
        },
        None => layer,
    }
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
        let retry_after = response.headers().get(header::RETRY_AFTER).cloned();
        response = (*status, pages::error_page(ui, *status, code, detail)).into_response();
        if let Some(wait) = retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, wait);
        }
    }
    response.headers_mut().append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}

#[cfg(test)]
mod accounts_tests;
#[cfg(test)]
mod api_tests;
#[cfg(test)]
mod calls_tests;
#[cfg(test)]
mod contribute_tests;
#[cfg(test)]
mod editor_tests;
#[cfg(test)]
mod insight_tests;
#[cfg(test)]
mod releases_tests;
#[cfg(test)]
mod review_tests;
#[cfg(test)]
mod site_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod trends_tests;
