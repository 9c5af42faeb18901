//! The signed releases the operator made with `observa release create`, served from
//! `Site::releases_dir`: `GET /releases` lists them newest first, `GET
//! /releases/{name}/{file}` streams one of a release's files, and `GET
//! /.well-known/observa-release-key.pub` is the public key that checks them.
//!
//! Only what a release's manifest lists (plus the manifest and its signature) is served,
//! and only from folders found on disk with a release's name, so no request can reach
//! another file. The folder layout and manifests are `observa_interchange::release`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path as UrlPath, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use observa_domain::Lang;
use observa_interchange::release::{self, Manifest, PublicKey};
use tokio::io::AsyncReadExt;

use crate::error::WebError;
use crate::pages::Ui;
use crate::{AppState, Site};

/// Where the public key is published.
pub(crate) const KEY_PATH: &str = "/.well-known/observa-release-key.pub";

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/releases", get(release_list))
        .route("/releases/{name}", get(release_anchor))
        .route("/releases/{name}/{file}", get(release_file))
        .route(KEY_PATH, get(public_key))
}

#[derive(Template, WebTemplate)]
#[template(path = "releases.html")]
struct ReleasesPage {
    ui: Ui,
    releases: Vec<ReleaseView>,
    /// The public key's id, when the site has one.
    key_id: Option<String>,
    key_path: &'static str,
}

struct ReleaseView {
    name: String,
    /// RFC 3339, for `<time datetime>`.
    created: String,
    /// "28 November 2026, 11:40 UTC", in the reader's language.
    heading: String,
    cases: String,
    files: Vec<FileView>,
    manifest_href: String,
    signature_href: String,
    verify_command: String,
}

struct FileView {
    name: String,
    href: String,
    size: String,
    sha256: String,
}

async fn release_list(ui: Ui, State(site): State<Arc<Site>>) -> Result<ReleasesPage, WebError> {
    let (listed, key_id) = match site.releases_dir.clone() {
        Some(dir) => tokio::task::spawn_blocking(move || {
            let key = PublicKey::from_file(&release::public_key_beside(&dir))
                .ok()
                .map(|k| k.id());
            release::list(&dir).map(|listed| (listed, key))
        })
        .await
        .map_err(std::io::Error::other)??,
        None => (Vec::new(), None),
    };
    let releases = listed
        .into_iter()
        .filter_map(|(name, manifest)| match manifest {
            Ok(manifest) => Some(view(&ui, &site, manifest)),
            Err(e) => {
                tracing::warn!("release {name} is not listed: {e}");
                None
            }
        })
        .collect();
    Ok(ReleasesPage {
        ui,
        releases,
        key_id,
        key_path: KEY_PATH,
    })
}

fn view(ui: &Ui, site: &Site, manifest: Manifest) -> ReleaseView {
    let base = format!("/releases/{}", manifest.name);
    let heading = ui.tr.args(
        "releases-made",
        &[
            ("date", ui.tr.date(manifest.created_at.date_naive()).into()),
            (
                "time",
                manifest.created_at.format("%H:%M").to_string().into(),
            ),
        ],
    );
    ReleaseView {
        created: release::rfc3339(manifest.created_at),
        heading,
        cases: ui.n(
            "count-cases",
            i64::try_from(manifest.cases).unwrap_or(i64::MAX),
        ),
        files: manifest
            .files
            .iter()
            .map(|f| FileView {
                name: f.name.clone(),
                href: format!("{base}/{}", f.name),
                size: size(ui, f.bytes),
                sha256: f.sha256.clone(),
            })
            .collect(),
        manifest_href: format!("{base}/{}", release::MANIFEST),
        signature_href: format!("{base}/{}", release::SIGNATURE),
        verify_command: format!("observa release verify {}{base}", site.public_url),
        name: manifest.name,
    }
}

/// A size in bytes, kilobytes or megabytes (powers of 1000), written the reader's way.
fn size(ui: &Ui, bytes: u64) -> String {
    if bytes < 1000 {
        return ui.n("releases-size-bytes", bytes as i64);
    }
    let (id, value) = match bytes {
        ..1_000_000 => ("releases-size-kb", bytes as f64 / 1e3),
        1_000_000..1_000_000_000 => ("releases-size-mb", bytes as f64 / 1e6),
        _ => ("releases-size-gb", bytes as f64 / 1e9),
    };
    let mut text = format!("{value:.1}");
    if ui.tr.lang != Lang::En {
        text = text.replace('.', ",");
    }
    ui.v(id, &text)
}

/// `GET /releases/{name}`: the release on the list.
async fn release_anchor(
    State(site): State<Arc<Site>>,
    UrlPath(name): UrlPath<String>,
) -> Result<Redirect, WebError> {
    release_dir(&site, &name).await?;
    Ok(Redirect::to(&format!("/releases#release-{name}")))
}

/// The folder of the release called `name`, if it is one of those on disk.
async fn release_dir(site: &Site, name: &str) -> Result<PathBuf, WebError> {
    let not_found = || WebError::NotFound(format!("No release is called \"{name}\"."));
    let Some(dir) = site.releases_dir.clone() else {
        return Err(not_found());
    };
    if !release::is_release_name(name) {
        return Err(not_found());
    }
    let wanted = name.to_string();
    let found = tokio::task::spawn_blocking(move || {
        release::list(&dir).map(|listed| {
            listed
                .into_iter()
                .any(|(n, _)| n == wanted)
                .then(|| dir.join(&wanted))
        })
    })
    .await
    .map_err(std::io::Error::other)??;
    found.ok_or_else(not_found)
}

/// `GET /releases/{name}/{file}`: a file the release's manifest lists, or the manifest and
/// its signature, streamed. A release never changes, so it may be cached for a year.
async fn release_file(
    State(site): State<Arc<Site>>,
    UrlPath((name, file)): UrlPath<(String, String)>,
) -> Result<Response, WebError> {
    let dir = release_dir(&site, &name).await?;
    let listed = {
        let dir = dir.clone();
        tokio::task::spawn_blocking(move || release::read_manifest(&dir))
            .await
            .map_err(std::io::Error::other)?
    };
    let manifest = listed.map_err(|e| {
        tracing::warn!("release {name}: {e}");
        WebError::NotFound(format!("Release {name} cannot be read."))
    })?;
    if !release::is_plain_file_name(&file) || !manifest.holds(&file) {
        return Err(WebError::NotFound(format!(
            "Release {name} has no file called \"{file}\"."
        )));
    }
    let path = dir.join(&file);
    let opened = tokio::fs::File::open(&path).await;
    let opened = match opened {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(WebError::NotFound(format!(
                "Release {name} lists \"{file}\" but it is missing."
            )));
        }
        Err(e) => return Err(e.into()),
    };
    let length = opened.metadata().await?.len();
    Ok((
        [
            (header::CONTENT_TYPE, content_type(&file).to_string()),
            (header::CONTENT_LENGTH, length.to_string()),
            (
                header::CACHE_CONTROL,
                "public, max-age=31536000, immutable".to_string(),
            ),
        ],
        Body::from_stream(chunks(opened)),
    )
        .into_response())
}

fn content_type(file: &str) -> &'static str {
    match Path::new(file).extension().and_then(|e| e.to_str()) {
        Some("jsonl") => "application/jsonl; charset=utf-8",
        Some("csv") => "text/csv; charset=utf-8",
        Some("json") => "application/json",
        _ => "text/plain; charset=utf-8",
    }
}

/// A file as a stream of 64 KiB chunks.
fn chunks(
    file: tokio::fs::File,
) -> impl futures::Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    futures::stream::unfold(Some(file), |file| async move {
        let mut file = file?;
        let mut buf = Vec::with_capacity(1 << 16);
        match (&mut file).take(1 << 16).read_to_end(&mut buf).await {
            Ok(0) => None,
            Ok(_) => Some((Ok(Bytes::from(buf)), Some(file))),
            Err(e) => Some((Err(e), None)),
        }
    })
}

/// `GET /.well-known/observa-release-key.pub`: the minisign public key of the releases.
async fn public_key(State(site): State<Arc<Site>>) -> Result<Response, WebError> {
    let missing = || {
        WebError::NotFound(
            "This site has no release key yet: its operator makes one with the first \
             `observa release create`."
                .to_string(),
        )
    };
    let Some(dir) = &site.releases_dir else {
        return Err(missing());
    };
    let text = match tokio::fs::read_to_string(release::public_key_beside(dir)).await {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(missing()),
        Err(e) => return Err(e.into()),
    };
    Ok((
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        text,
    )
        .into_response())
}
