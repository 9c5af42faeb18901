//! CSRF protection for the account routes, on top of `SameSite=Lax` cookies and the
//! Origin / `Sec-Fetch-Site` check every route gets (tower-http's `CsrfLayer`): a
//! synchroniser token. Each session holds a random token; every form carries it in a
//! hidden `csrf` field (or a script sends it as `X-CSRF-Token`), and every request that
//! is not `GET`, `HEAD` or `OPTIONS` must bring the session's token, compared in constant
//! time, before any handler runs. A file upload (`multipart/form-data`) is not read here
//! (it may be megabytes, and its handler streams it): its form carries the token in its
//! address instead (`?csrf=…`, see [`upload_action`]), or a script sends the header.
//! Otherwise: 403 and nothing happens. Signing in makes a new token along with the new
//! session id.

use axum::body::Body;
use axum::extract::Request;
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;
use tower_sessions::Session;

use crate::error::WebError;

/// The session key and form field of the token.
pub(crate) const FIELD: &str = "csrf";
const HEADER: &str = "x-csrf-token";
/// Forms on these routes are small (a case's story step is the largest: eight sections of
/// up to 1 000 characters, percent-encoded); anything bigger is refused before it is read.
const MAX_FORM: usize = 256 * 1024;

/// The address an upload form posts to: `path` with the session's token in the query.
pub(crate) fn upload_action(path: &str, token: &str) -> String {
    format!("{path}?{FIELD}={token}")
}

/// The session's token, made and stored on first use.
pub(crate) async fn token(session: &Session) -> Result<String, WebError> {
    if let Some(token) = session
        .get::<String>(FIELD)
        .await
        .map_err(super::session_error)?
    {
        return Ok(token);
    }
    renew(session).await
}

/// A new token for the session (when it changes hands, at sign-in).
pub(crate) async fn renew(session: &Session) -> Result<String, WebError> {
    let token = super::new_token();
    session
        .insert(FIELD, &token)
        .await
        .map_err(super::session_error)?;
    Ok(token)
}

fn refused() -> Response {
    WebError::Forbidden {
        code: "csrf_failed",
        detail: "This form is too old or did not come from this site: go back, reload the page and send it again.".into(),
    }
    .into_response()
}

pub(crate) async fn check(session: Session, request: Request, next: Next) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    let Ok(Some(expected)) = session.get::<String>(FIELD).await else {
        return refused();
    };
    let (parts, body) = request.into_parts();
    let header = parts
        .headers
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let is_upload = parts
        .headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    if is_upload {
        let given = header.or_else(|| {
            url::form_urlencoded::parse(parts.uri.query().unwrap_or("").as_bytes())
                .find(|(k, _)| k == FIELD)
                .map(|(_, v)| v.into_owned())
        });
        if !given.is_some_and(|g| bool::from(g.as_bytes().ct_eq(expected.as_bytes()))) {
            return refused();
        }
        return next.run(Request::from_parts(parts, body)).await;
    }
    let bytes = match axum::body::to_bytes(body, MAX_FORM).await {
        Ok(bytes) => bytes,
        Err(_) => {
            return WebError::bad_request("form_too_large", "The form is too large.")
                .into_response();
        }
    };
    let given = header.or_else(|| {
        url::form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == FIELD)
            .map(|(_, v)| v.into_owned())
    });
    let matches = given.is_some_and(|g| bool::from(g.as_bytes().ct_eq(expected.as_bytes())));
    if !matches {
        return refused();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}
