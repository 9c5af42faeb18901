//! A signed-in account's notifications: decisions on its cases (and, for editors,
//! withdrawal requests), newest first, unread ones marked, the editor's comment shown
//! sanitised, with a link to where to act; and marking them all read.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::{notice_link, notice_text, when};
use crate::AppState;
use crate::accounts::SignedIn;
use crate::error::WebError;
use crate::pages::{Ui, markdown};

/// How many notifications the page shows.
const SHOWN: i64 = 100;

pub(crate) struct NoticeView {
    text: String,
    at: String,
    unread: bool,
    html: String,
    link: String,
    /// The author's way to ask for withdrawal, on a published case of theirs.
    withdrawal_link: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "notifications.html")]
pub(crate) struct NotificationsPage {
    ui: Ui,
    csrf: String,
    unread: i64,
    notices: Vec<NoticeView>,
}

pub(crate) async fn list(
    ui: Ui,
    signed_in: SignedIn,
    State(state): State<AppState>,
) -> Result<NotificationsPage, WebError> {
    let notices: Vec<NoticeView> = state
        .store
        .notifications(signed_in.user.id, SHOWN)
        .await?
        .into_iter()
        .map(|n| {
            let id = n.case_id.unwrap_or_default();
            let slug = n.case_slug.unwrap_or_default();
            let status = n.case_status.as_deref();
            let public = matches!(status, Some("published" | "archived"));
            NoticeView {
                text: notice_text(&ui, &n.kind, n.case_title.as_deref().unwrap_or("")),
                at: when(&ui, n.created_at),
                unread: n.read_at.is_none(),
                html: markdown(&n.message),
                link: notice_link(&n.kind, id, &slug, status),
                withdrawal_link: (public && n.kind != "withdrawal_requested")
                    .then(|| format!("/review/{id}/withdrawal-request")),
            }
        })
        .collect();
    Ok(NotificationsPage {
        csrf: signed_in.visitor.csrf,
        unread: notices.iter().filter(|n| n.unread).count() as i64,
        notices,
        ui,
    })
}

pub(crate) async fn mark_read(
    signed_in: SignedIn,
    State(state): State<AppState>,
) -> Result<Response, WebError> {
    state
        .store
        .mark_notifications_read(signed_in.user.id)
        .await?;
    Ok(Redirect::to("/account/notifications").into_response())
}
