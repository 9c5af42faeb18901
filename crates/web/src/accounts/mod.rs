//! Accounts: sign-up with email confirmation, sign-in and sign-out, password reset, the
//! account page, and the administrators' pages (users and roles, the mail outbox).
//!
//! Every route here sits behind two layers ([`routes`]): server-side sessions
//! (`sessions`, stored in the database so that several server processes share them) and
//! the synchroniser-token CSRF check (`csrf`) on every state-changing request. Who may
//! call what is decided on the server by the extractors below: [`Visitor`] (anyone, with
//! a session), [`SignedIn`] (a confirmed account) and [`Admin`]. Tokens sent by email and
//! session ids are random 256- and 128-bit values of which only a SHA-256 is stored.

use std::net::{IpAddr, SocketAddr};

use axum::Router;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use observa_domain::{Role, User};
use sha2::{Digest, Sha256};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_sessions::Session;

use crate::AppState;
use crate::error::WebError;
use crate::pages::Ui;

mod admin;
pub(crate) mod csrf;
mod reset;
pub(crate) mod sessions;
mod signin;
mod signup;

pub(crate) use signup::field_message;

/// The session key of the signed-in account's id.
const USER_KEY: &str = "user_id";

/// The account pages themselves.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/account", get(signin::account))
        .route("/account/signup", get(signup::form).post(signup::submit))
        .route(
            "/account/confirm/{token}",
            get(signup::confirm_form).post(signup::confirm),
        )
        .route("/account/signin", get(signin::form).post(signin::submit))
        .route("/account/signout", post(signin::sign_out))
        .route("/account/reset", get(reset::form).post(reset::submit))
        .route(
            "/account/reset/{token}",
            get(reset::password_form).post(reset::set_password),
        )
        .route("/admin/users", get(admin::users))
        .route("/admin/users/{id}/role", post(admin::change_role))
        .route("/admin/outbox", get(admin::outbox))
}

/// Puts `routes` (every page that knows who is asking: accounts, contribution, review,
/// editing) behind server-side sessions and the CSRF token check, and keeps their answers
/// out of shared caches and the browser's history.
pub(crate) fn with_sessions(state: &AppState, routes: Router<AppState>) -> Router<AppState> {
    routes
        .layer(middleware::from_fn(csrf::check))
        .layer(sessions::layer(
            state.store.clone(),
            state.site.public_url.starts_with("https://"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// Anyone who reaches an account page: their session, its CSRF token (made on first
/// use), and the account signed in, if any.
pub(crate) struct Visitor {
    pub session: Session,
    pub csrf: String,
    pub user: Option<User>,
    pub peer: Option<IpAddr>,
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let session = parts
            .extensions
            .get::<Session>()
            .cloned()
            .ok_or(WebError::Unexpected(
                "an account route is outside the session layer".into(),
            ))?;
        let csrf = csrf::token(&session).await?;
        let user = session_user(state, &session).await?;
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(Visitor {
            session,
            csrf,
            user,
            peer,
        })
    }
}

/// The confirmed account signed in on `session`, if any, without giving the session a
/// CSRF token (for answers that may be cached, such as uploaded files).
pub(crate) async fn session_user(
    state: &AppState,
    session: &Session,
) -> Result<Option<User>, WebError> {
    Ok(
        match session.get::<i64>(USER_KEY).await.map_err(session_error)? {
            Some(id) => state
                .store
                .user_by_id(id)
                .await?
                .filter(|u| u.confirmed_at.is_some()),
            None => None,
        },
    )
}

/// A signed-in account. A visitor asking for a page is sent to sign in (and back
/// afterwards); any other request is refused with 403.
pub(crate) struct SignedIn {
    pub visitor: Visitor,
    pub user: User,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let visitor = Visitor::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        match visitor.user.clone() {
            Some(user) => Ok(SignedIn { visitor, user }),
            None if parts.method == Method::GET || parts.method == Method::HEAD => {
                let here = parts
                    .uri
                    .path_and_query()
                    .map_or("/account", |p| p.as_str());
                let next: String = url::form_urlencoded::byte_serialize(here.as_bytes()).collect();
                Err(Redirect::to(&format!("/account/signin?next={next}")).into_response())
            }
            None => Err(WebError::Forbidden {
                code: "sign_in_required",
                detail: "Sign in first.".into(),
            }
            .into_response()),
        }
    }
}

/// A signed-in administrator; other accounts get 403.
pub(crate) struct Admin(pub SignedIn);

impl FromRequestParts<AppState> for Admin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        if signed_in.user.role.can_manage_users() {
            Ok(Admin(signed_in))
        } else {
            Err(WebError::Forbidden {
                code: "admin_only",
                detail: "Only administrators may do this.".into(),
            }
            .into_response())
        }
    }
}

pub(crate) fn session_error(e: tower_sessions::session::Error) -> WebError {
    WebError::Unexpected(e.to_string())
}

/// A new random token: 32 bytes from the operating system, as 64 hex digits.
pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system gives random bytes");
    hex(&bytes)
}

/// What is stored in place of a token: its SHA-256, as hex.
pub(crate) fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Whether a path segment can be a token at all (saves the database a lookup).
pub(crate) fn looks_like_token(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The account an emailed link's token stands for, while it is valid for `purpose`.
async fn token_user(
    state: &AppState,
    token: &str,
    purpose: observa_store::TokenPurpose,
) -> Result<Option<User>, WebError> {
    if !looks_like_token(token) {
        return Ok(None);
    }
    Ok(state
        .store
        .email_token_user(&token_hash(token), purpose)
        .await?)
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Where to go after signing in: a path on this site, never another site.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.starts_with("/\\")
                && !n.chars().any(|c| c.is_control() || c == '\\') =>
        {
            n.to_string()
        }
        _ => "/account".to_string(),
    }
}

/// A page for a link that is unknown, used or expired: 404, in the reader's language.
fn invalid_link(ui: Ui) -> Response {
    let page = MessagePage {
        title: ui.t("account-link-invalid-title"),
        text: ui.t("account-link-invalid-text"),
        link: Some(("/account/reset".into(), ui.t("account-reset-title"))),
        ui,
    };
    (StatusCode::NOT_FOUND, page).into_response()
}

/// A page that only says something (a link was sent, a link is no good).
#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "account_message.html")]
pub(crate) struct MessagePage {
    pub ui: Ui,
    pub title: String,
    pub text: String,
    pub link: Option<(String, String)>,
}

/// Hashes a password off the async threads (Argon2id takes tens of milliseconds).
async fn hash_password(password: String) -> Result<String, WebError> {
    tokio::task::spawn_blocking(move || crate::passwords::hash(&password))
        .await
        .map_err(|e| WebError::Unexpected(e.to_string()))?
        .map_err(WebError::Unexpected)
}

/// The role names an administrator can choose from, in the reader's language.
fn role_options(ui: &Ui, current: Role) -> Vec<(&'static str, String, bool)> {
    use observa_domain::Vocabulary as _;
    Role::ALL
        .iter()
        .map(|r| (r.slug(), r.label(ui.tr.lang).to_string(), *r == current))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next(Some("/admin/users")), "/admin/users");
        for bad in [
            "//evil.example/",
            "https://evil.example/",
            "/\\evil.example",
            "",
            "x",
        ] {
            assert_eq!(safe_next(Some(bad)), "/account", "{bad}");
        }
        assert_eq!(safe_next(None), "/account");
    }

    #[test]
    fn tokens_are_random_hex_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert!(looks_like_token(&a));
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
        assert!(!looks_like_token("../../etc/passwd"));
    }
}
