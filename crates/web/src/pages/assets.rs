//! The site's static files (stylesheet, htmx, icon), embedded in the binary and served
//! under names that carry a hash of their content, so browsers may keep them for a year:
//! a changed file gets a new address. Pages ask [`url`] for a file's current address.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;

use crate::error::WebError;

#[derive(RustEmbed)]
#[folder = "static/"]
struct Files;

struct Asset {
    /// `site.3f2a9c1b.css`
    hashed: String,
    content_type: &'static str,
}

static ASSETS: LazyLock<HashMap<String, Asset>> = LazyLock::new(|| {
    Files::iter()
        .filter(|name| !name.ends_with(".LICENSE"))
        .filter_map(|name| {
            let file = Files::get(&name)?;
            let hash: String = file.metadata.sha256_hash()[..5]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let (stem, ext) = name.rsplit_once('.').unwrap_or((&name, ""));
            let content_type = match ext {
                "css" => "text/css; charset=utf-8",
                "js" => "text/javascript; charset=utf-8",
                "svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            let hashed = format!("{stem}.{hash}.{ext}");
            Some((
                name.to_string(),
                Asset {
                    hashed,
                    content_type,
                },
            ))
        })
        .collect()
});

/// The address of a static file by its plain name (`site.css`).
pub(crate) fn url(name: &str) -> String {
    match ASSETS.get(name) {
        Some(asset) => format!("/static/{}", asset.hashed),
        None => {
            tracing::error!(name, "no such static file");
            format!("/static/{name}")
        }
    }
}

/// `GET /static/{hashed name}`: only the current content of a file answers; an old hash
/// is a 404, so a stale page never mixes in a newer file under an old address.
/// A text file's content (the stylesheet, to inline in a report saved as a file).
pub(crate) fn text(name: &str) -> String {
    Files::get(name)
        .map(|file| String::from_utf8_lossy(&file.data).into_owned())
        .unwrap_or_default()
}

pub(crate) async fn serve(Path(requested): Path<String>) -> Result<Response, WebError> {
    let found = ASSETS
        .iter()
        .find(|(_, asset)| asset.hashed == requested)
        .and_then(|(name, asset)| Some((Files::get(name)?, asset.content_type)));
    let Some((file, content_type)) = found else {
        return Err(WebError::NotFound(format!(
            "No static file is called \"{requested}\"."
        )));
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        file.data,
    )
        .into_response())
}
