//! Images and documents attached to cases. An upload is `multipart/form-data`; its type
//! is decided from its content (the `infer` crate reads the magic bytes), never from its
//! name or the browser's `Content-Type`, so an HTML page or an SVG renamed `.png` is
//! refused. Sizes are checked while the body is read: past the limit nothing more is kept.
//! A file is stored once under `Site::media_dir`, named by the SHA-256 of its content
//! (written to a temporary file then renamed, so a crash leaves no half file), recorded
//! in the `media` table, and referenced from the case as `/media/<hash>.<ext>`.
//!
//! `GET /media/{file}` serves a file with its stored type and `nosniff`, documents as
//! attachments; a file that only unpublished cases use is served only to the people who
//! may see one of them (and to who uploaded it), otherwise 404.

use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use observa_domain::Media;
use observa_store::{MediaFile, StoredCase};
use sha2::{Digest, Sha256};
use tower_sessions::Session;

use super::steps::{Draw, Extras};
use super::{load_for_edit, may_see};
use crate::AppState;
use crate::accounts::SignedIn;
use crate::accounts::csrf::upload_action;
use crate::error::WebError;
use crate::pages::Ui;

pub(crate) const MAX_IMAGE: usize = 5 * 1024 * 1024;
pub(crate) const MAX_DOCUMENT: usize = 20 * 1024 * 1024;
/// The whole upload request: the largest file and the form's other fields.
pub(crate) const MAX_BODY: usize = MAX_DOCUMENT + 64 * 1024;
/// The longest alt text or document title.
const MAX_CAPTION: usize = 250;

/// The types accepted, as (media type, extension, is an image).
const ACCEPTED: &[(&str, &str, bool)] = &[
    ("image/png", "png", true),
    ("image/jpeg", "jpg", true),
    ("image/webp", "webp", true),
    ("image/gif", "gif", true),
    ("application/pdf", "pdf", false),
    ("application/vnd.oasis.opendocument.text", "odt", false),
    (
        "application/vnd.oasis.opendocument.spreadsheet",
        "ods",
        false,
    ),
    (
        "application/vnd.oasis.opendocument.presentation",
        "odp",
        false,
    ),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
        false,
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
        false,
    ),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
        false,
    ),
];

/// What the content is, if it is one of the accepted types: (media type, extension, is an image).
pub(crate) fn detect(bytes: &[u8]) -> Option<(&'static str, &'static str, bool)> {
    let found = infer::get(bytes)?;
    ACCEPTED
        .iter()
        .copied()
        .find(|(t, _, _)| *t == found.mime_type())
}

fn megabytes(ui: &Ui, bytes: usize) -> String {
    format!("{} MB", ui.num((bytes / (1024 * 1024)) as i64))
}

/// The materials step's attachments and upload forms.
pub(crate) fn extras(ui: &Ui, csrf: &str, stored: &StoredCase, extras: &mut Extras) {
    let list = |media: &[Media]| {
        media
            .iter()
            .enumerate()
            .map(|(index, m)| super::steps::Attachment {
                index,
                url: m.url.clone(),
                text: m
                    .alt
                    .clone()
                    .filter(|a| !a.is_empty())
                    .unwrap_or(m.title.clone()),
            })
            .collect()
    };
    extras.images = list(&stored.case.images);
    extras.documents = list(&stored.case.documents);
    extras.upload_action =
        upload_action(&format!("/contribute/{}/materials/upload", stored.id), csrf);
    extras.image_limit = megabytes(ui, MAX_IMAGE);
    extras.document_limit = megabytes(ui, MAX_DOCUMENT);
}

/// What an upload form said.
#[derive(Default)]
struct Upload {
    kind: String,
    revision: String,
    caption: String,
    file: Option<Vec<u8>>,
    /// The file went past its kind's limit (and was cut off).
    too_large: bool,
}

/// Reads the upload, keeping at most the limit of its kind (the `kind` field comes
/// before the file in the form) and discarding the rest.
async fn read(multipart: &mut Multipart) -> Result<Upload, WebError> {
    let mut upload = Upload::default();
    let too_big = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            WebError::PayloadTooLarge(format!(
                "An upload may be at most {} MB.",
                MAX_DOCUMENT / (1024 * 1024)
            ))
        } else {
            WebError::bad_request("bad_upload", e.body_text())
        }
    };
    while let Some(mut field) = multipart.next_field().await.map_err(too_big)? {
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            let limit = if upload.kind == "image" {
                MAX_IMAGE
            } else {
                MAX_DOCUMENT
            };
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(too_big)? {
                if upload.too_large || bytes.len() + chunk.len() > limit {
                    upload.too_large = true;
                    bytes = Vec::new();
                    continue;
                }
                bytes.extend_from_slice(&chunk);
            }
            upload.file = (!bytes.is_empty()).then_some(bytes);
        } else {
            let text = field.text().await.map_err(too_big)?;
            match name.as_str() {
                "kind" => upload.kind = text,
                "revision" => upload.revision = text,
                "alt" | "title" => upload.caption = text.trim().to_string(),
                _ => {}
            }
        }
    }
    Ok(upload)
}

/// Writes `bytes` under `dir` as `<hash>.<ext>` unless that file is there already.
async fn store_file(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    let target = dir.join(name);
    if tokio::fs::try_exists(&target).await? {
        return Ok(());
    }
    tokio::fs::create_dir_all(dir).await?;
    let temporary = dir.join(format!(".upload-{}", crate::accounts::new_token()));
    let written = async {
        let mut file = tokio::fs::File::create(&temporary).await?;
        tokio::io::AsyncWriteExt::write_all(&mut file, bytes).await?;
        file.sync_all().await?;
        tokio::fs::rename(&temporary, &target).await
    }
    .await;
    if written.is_err() {
        let _ = tokio::fs::remove_file(&temporary).await;
    }
    written
}

pub(crate) async fn upload(
    ui: Ui,
    SignedIn { visitor, user }: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<String>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let (stored, access) = load_for_edit(&state, &id, &user).await?;
    let Some(dir) = state.site.media_dir.clone() else {
        return Err(WebError::Forbidden {
            code: "uploads_off",
            detail: "This site takes no uploads.".into(),
        });
    };
    let upload = read(&mut multipart).await?;
    let is_image = match upload.kind.as_str() {
        "image" => true,
        "document" => false,
        _ => {
            return Err(WebError::bad_request(
                "bad_upload",
                "Say whether the file is an image or a document.",
            ));
        }
    };
    let problem = |id: &str, value: Option<String>| match value {
        Some(v) => ui.v(id, &v),
        None => ui.t(id),
    };
    let limit = if is_image { MAX_IMAGE } else { MAX_DOCUMENT };
    let mut error = None;
    let mut notice = None;
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let mut found = None;
    if !super::steps::is_current(&upload.revision, &stored) {
        notice = super::steps::conflict_notice(&ui);
        status = StatusCode::CONFLICT;
    } else if upload.too_large {
        error = Some(problem(
            "contribute-error-too_large",
            Some(megabytes(&ui, limit)),
        ));
    } else if upload.caption.is_empty() {
        error = Some(ui.t(if is_image {
            "contribute-error-alt_required"
        } else {
            "contribute-error-title_required"
        }));
    } else if upload.caption.chars().count() > MAX_CAPTION {
        error = Some(ui.n("contribute-error-too_long", MAX_CAPTION as i64));
    } else {
        match &upload.file {
            None => error = Some(ui.t("contribute-error-no_file")),
            Some(bytes) => match detect(bytes) {
                Some((media_type, ext, image)) if image == is_image => {
                    found = Some((media_type, ext))
                }
                _ => {
                    error = Some(ui.t(if is_image {
                        "contribute-error-not_image"
                    } else {
                        "contribute-error-not_document"
                    }))
                }
            },
        }
    }
    let (Some((media_type, ext)), Some(bytes)) = (found, upload.file.as_deref()) else {
        let extras = Extras {
            image_alt: if is_image {
                upload.caption.clone()
            } else {
                String::new()
            },
            document_title: if is_image {
                String::new()
            } else {
                upload.caption.clone()
            },
            image_error: error.clone().filter(|_| is_image),
            document_error: error.filter(|_| !is_image),
            ..Extras::default()
        };
        let mut draw = Draw::new(super::form::Step::Materials, &stored, access);
        draw.notice = notice;
        draw.extras = extras;
        return draw.answer(ui, visitor.csrf, &state, status).await;
    };
    let hash = crate::accounts::hex(&Sha256::digest(bytes));
    let name = format!("{hash}.{ext}");
    store_file(&dir, &name, bytes).await?;
    let recorded = state
        .store
        .record_media(&MediaFile {
            hash: hash.clone(),
            media_type: media_type.into(),
            extension: ext.into(),
            size: bytes.len() as i64,
            uploaded_by: Some(user.id),
            created_at: chrono::Utc::now(),
        })
        .await?;
    let mut case = stored.case.clone();
    let media = Media {
        url: format!("/media/{}.{}", recorded.hash, recorded.extension),
        title: if is_image {
            String::new()
        } else {
            upload.caption.clone()
        },
        alt: is_image.then(|| upload.caption.clone()),
        media_type: Some(recorded.media_type),
    };
    let list = if is_image {
        &mut case.images
    } else {
        &mut case.documents
    };
    if !list.iter().any(|m| m.url == media.url) {
        list.push(media);
    }
    case.provenance.updated_at = chrono::Utc::now();
    state.store.update_case(&case, Some(user.id)).await?;
    Ok(Redirect::to(&format!(
        "/contribute/{}/materials?done=uploaded",
        stored.id
    ))
    .into_response())
}

#[derive(serde::Deserialize)]
pub(crate) struct Removal {
    kind: String,
    index: usize,
    #[serde(default)]
    revision: String,
}

/// `POST /contribute/{id}/materials/remove`: takes an image or document off the case (the
/// file stays stored: another case, or an earlier revision, may use it).
pub(crate) async fn remove(
    ui: Ui,
    SignedIn { visitor, user }: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Form(removal): Form<Removal>,
) -> Result<Response, WebError> {
    let (stored, access) = load_for_edit(&state, &id, &user).await?;
    if !super::steps::is_current(&removal.revision, &stored) {
        let mut draw = Draw::new(super::form::Step::Materials, &stored, access);
        draw.notice = super::steps::conflict_notice(&ui);
        return draw
            .answer(ui, visitor.csrf, &state, StatusCode::CONFLICT)
            .await;
    }
    let mut case = stored.case.clone();
    let list = match removal.kind.as_str() {
        "image" => &mut case.images,
        "document" => &mut case.documents,
        _ => {
            return Err(WebError::bad_request(
                "bad_removal",
                "Say whether an image or a document goes.",
            ));
        }
    };
    if removal.index >= list.len() {
        return Err(WebError::bad_request(
            "bad_removal",
            "There is no such attachment.",
        ));
    }
    list.remove(removal.index);
    case.provenance.updated_at = chrono::Utc::now();
    state.store.update_case(&case, Some(user.id)).await?;
    Ok(Redirect::to(&format!("/contribute/{}/materials?done=removed", stored.id)).into_response())
}

/// `GET /media/{file}`.
pub(crate) async fn serve(
    State(state): State<AppState>,
    session: Session,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let missing = || WebError::NotFound("There is no such file.".into());
    let (hash, ext) = file.split_once('.').ok_or_else(missing)?;
    let dir = state.site.media_dir.as_ref().ok_or_else(missing)?;
    if hash.len() != 64
        || !hash
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    {
        return Err(missing());
    }
    let stored = state
        .store
        .media(hash)
        .await?
        .filter(|m| m.extension == ext)
        .ok_or_else(missing)?;
    let cases = state.store.cases_with_media(hash).await?;
    let public = cases.iter().any(|c| c.case.status.is_public());
    if !public {
        let user = crate::accounts::session_user(&state, &session).await?;
        let allowed = user.as_ref().is_some_and(|u| {
            stored.uploaded_by == Some(u.id) || cases.iter().any(|c| may_see(Some(u), &c.case))
        });
        if !allowed {
            return Err(missing());
        }
    }
    let bytes = match tokio::fs::read(dir.join(&file)).await {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(missing()),
        Err(e) => return Err(e.into()),
    };
    let is_image = stored.media_type.starts_with("image/");
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&stored.media_type)
            .map_err(|e| WebError::Unexpected(e.to_string()))?,
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if public {
            // The name is the content's hash: it never changes.
            "public, max-age=31536000, immutable"
        } else {
            "private, no-store"
        }),
    );
    if !is_image {
        headers.insert(
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&format!("attachment; filename=\"{file}\""))
                .map_err(|e| WebError::Unexpected(e.to_string()))?,
        );
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_content() {
        let png =
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
        assert_eq!(detect(png), Some(("image/png", "png", true)));
        assert_eq!(
            detect(b"%PDF-1.7\n1 0 obj"),
            Some(("application/pdf", "pdf", false))
        );
        assert_eq!(detect(b"<!doctype html><script>alert(1)</script>"), None);
        assert_eq!(
            detect(b"<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"),
            None
        );
        assert_eq!(detect(b"PK\x03\x04 just a zip"), None);
        assert_eq!(detect(b""), None);
    }
}
