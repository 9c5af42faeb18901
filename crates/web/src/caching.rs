//! Conditional requests: every successful `GET` or `HEAD` that is not a download or a
//! static file gets a strong `ETag` (a hash of its body), and a request whose
//! `If-None-Match` names it gets `304 Not Modified` without the body. Records that know
//! when they last changed also say `Last-Modified` and honour `If-Modified-Since` (see
//! [`last_modified`]).

use axum::body::{Body, HttpBody as _};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// Bodies larger than this, or of unknown size (streams), are sent without an ETag rather
/// than held in memory.
const MAX_BODY: u64 = 16 * 1024 * 1024;

/// Paths whose answers are streamed (exports) or already cached for good (static files).
fn skipped(path: &str) -> bool {
    path.starts_with("/api/v1/export/")
        || path.starts_with("/static/")
        || path.starts_with("/releases/")
}

pub(crate) async fn etags(request: Request, next: Next) -> Response {
    let cacheable =
        matches!(*request.method(), Method::GET | Method::HEAD) && !skipped(request.uri().path());
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
    let response = next.run(request).await;
    let known_size = response.body().size_hint().exact();
    if !cacheable
        || response.status() != StatusCode::OK
        || known_size.is_none_or(|size| size > MAX_BODY)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "a response body could not be read for its ETag");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let digest = Sha256::digest(&bytes);
    let tag: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    let etag = format!("\"{tag}\"");
    if let Ok(value) = HeaderValue::from_str(&etag) {
        parts.headers.insert(header::ETAG, value);
    }
    if if_none_match.is_some_and(|v| matches_etag(&v, &etag)) {
        return not_modified(parts.headers);
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Whether an `If-None-Match` value names `etag` (weak comparison, as RFC 9110 asks for
/// this header; `*` matches any).
fn matches_etag(header: &HeaderValue, etag: &str) -> bool {
    header.to_str().is_ok_and(|v| {
        v.split(',')
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == "*" || t == etag)
    })
}

/// A 304 keeping the headers a cache needs.
fn not_modified(headers: HeaderMap) -> Response {
    let mut response = StatusCode::NOT_MODIFIED.into_response();
    for name in [
        header::ETAG,
        header::LAST_MODIFIED,
        header::CACHE_CONTROL,
        header::VARY,
    ] {
        for value in headers.get_all(&name) {
            response.headers_mut().append(name.clone(), value.clone());
        }
    }
    response
}

/// For a record that changed last at `changed`: `Some(304)` when the request's
/// `If-Modified-Since` is at or after it (and it has no `If-None-Match`, which wins),
/// else the `Last-Modified` header to send with the record.
pub(crate) fn last_modified(
    request: &HeaderMap,
    changed: DateTime<Utc>,
) -> Result<(header::HeaderName, String), Box<Response>> {
    let stamp = changed.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    let since = request
        .get(header::IF_MODIFIED_SINCE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| DateTime::parse_from_rfc2822(v).ok());
    if !request.contains_key(header::IF_NONE_MATCH)
        && since.is_some_and(|since| changed.timestamp() <= since.timestamp())
    {
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(&stamp) {
            headers.insert(header::LAST_MODIFIED, value);
        }
        return Err(Box::new(not_modified(headers)));
    }
    Ok((header::LAST_MODIFIED, stamp))
}

#[cfg(test)]
mod tests {
    use axum::http::{StatusCode, header};

    use crate::tests::{app, get_with};

    #[tokio::test]
    async fn a_known_etag_gets_304_and_a_changed_body_a_new_tag() {
        let t = app(5).await;
        for uri in [
            "/api/v1/cases?per_page=2",
            "/cases",
            "/api/v1/vocabularies/stage",
        ] {
            let (status, headers, body) = get_with(&t.app, uri, &[]).await;
            assert_eq!(status, StatusCode::OK, "{uri}");
            let etag = headers[header::ETAG].to_str().unwrap().to_string();
            assert!(etag.starts_with('"') && etag.len() == 26, "{etag}");
            let (status, headers, empty) = get_with(
                &t.app,
                uri,
                &[("if-none-match", &format!("W/{etag}, \"other\""))],
            )
            .await;
            assert_eq!(status, StatusCode::NOT_MODIFIED, "{uri}");
            assert!(empty.is_empty() && !body.is_empty());
            assert_eq!(headers[header::ETAG].to_str().unwrap(), etag);
            let (status, _, _) = get_with(&t.app, uri, &[("if-none-match", "\"stale\"")]).await;
            assert_eq!(status, StatusCode::OK);
        }
        let (_, a, _) = get_with(&t.app, "/api/v1/cases?per_page=1", &[]).await;
        let (_, b, _) = get_with(&t.app, "/api/v1/cases?per_page=2", &[]).await;
        assert_ne!(a[header::ETAG], b[header::ETAG]);
        // Downloads stream and carry no ETag.
        let (_, headers, _) = get_with(&t.app, "/api/v1/export/cases.jsonl", &[]).await;
        assert!(headers.get(header::ETAG).is_none());
    }

    #[tokio::test]
    async fn a_case_says_when_it_changed_and_answers_if_modified_since() {
        let t = app(2).await;
        let (_, list) = crate::tests::get_json(&t.app, "/api/v1/cases?per_page=1").await;
        let slug = list["hits"][0]["slug"].as_str().unwrap().to_string();
        let uri = format!("/api/v1/cases/{slug}");
        let (status, headers, _) = get_with(&t.app, &uri, &[]).await;
        assert_eq!(status, StatusCode::OK);
        let modified = headers[header::LAST_MODIFIED].to_str().unwrap().to_string();
        assert!(modified.ends_with(" GMT"), "{modified}");
        let (status, _, _) = get_with(&t.app, &uri, &[("if-modified-since", &modified)]).await;
        assert_eq!(status, StatusCode::NOT_MODIFIED);
        let (status, _, _) = get_with(
            &t.app,
            &uri,
            &[("if-modified-since", "Mon, 01 Jan 1990 00:00:00 GMT")],
        )
        .await;
        assert_eq!(status, StatusCode::OK);
    }

    #[tokio::test]
    async fn reads_allow_other_origins_and_compress() {
        let t = app(3).await;
        let (_, headers, _) = get_with(
            &t.app,
            "/api/v1/cases",
            &[
                ("origin", "https://elsewhere.example"),
                ("accept-encoding", "br"),
            ],
        )
        .await;
        assert_eq!(headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
        assert_eq!(headers[header::CONTENT_ENCODING], "br");
        // Pages are not an API: no CORS there.
        let (_, headers, _) =
            get_with(&t.app, "/cases", &[("origin", "https://elsewhere.example")]).await;
        assert!(headers.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none());
    }
}
