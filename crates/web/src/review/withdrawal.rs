//! Asking for a published (or archived) case to be withdrawn: its author or a
//! collaborator gives a reason; the request is stored with an audit entry
//! `withdrawal_requested` and a notification (and email) to every editor, who then
//! withdraws the case or declines with a reason on the review page.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use observa_store::{StoreError, StoredCase};
use serde::Deserialize;

use super::{MAX_COMMENT, case_or_404, is_author, notices, when};
use crate::AppState;
use crate::accounts::SignedIn;
use crate::error::WebError;
use crate::pages::{Ui, markdown};

#[derive(Template, WebTemplate)]
#[template(path = "withdrawal_request.html")]
pub(crate) struct WithdrawalPage {
    ui: Ui,
    csrf: String,
    id: i64,
    title: String,
    slug: String,
    /// Whether the case can be withdrawn at all (it is public).
    public: bool,
    /// An open request: (when, reason as HTML).
    open: Option<(String, String)>,
    reason: String,
    reason_error: Option<String>,
}

/// The case, if `signed_in` is its author or a collaborator; 403 otherwise.
async fn own_case(state: &AppState, signed_in: &SignedIn, id: i64) -> Result<StoredCase, WebError> {
    let stored = case_or_404(state, id).await?;
    if is_author(&stored.case, &signed_in.user) {
        Ok(stored)
    } else {
        Err(WebError::Forbidden {
            code: "not_yours",
            detail: "Only the case's author and collaborators may ask for its withdrawal.".into(),
        })
    }
}

async fn page(
    state: &AppState,
    ui: Ui,
    csrf: String,
    stored: StoredCase,
) -> Result<WithdrawalPage, WebError> {
    let open = state
        .store
        .open_withdrawal(stored.id)
        .await?
        .map(|w| (when(&ui, w.created_at), markdown(&w.reason)));
    Ok(WithdrawalPage {
        csrf,
        id: stored.id,
        public: stored.case.status.is_public(),
        title: stored.case.title,
        slug: stored.case.slug,
        open,
        reason: String::new(),
        reason_error: None,
        ui,
    })
}

pub(crate) async fn form(
    ui: Ui,
    signed_in: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<WithdrawalPage, WebError> {
    let stored = own_case(&state, &signed_in, id).await?;
    page(&state, ui, signed_in.visitor.csrf, stored).await
}

#[derive(Deserialize)]
pub(crate) struct RequestForm {
    #[serde(default)]
    reason: String,
}

pub(crate) async fn request(
    ui: Ui,
    signed_in: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<RequestForm>,
) -> Result<Response, WebError> {
    let stored = own_case(&state, &signed_in, id).await?;
    let reason = form.reason.trim().to_string();
    let error = if reason.is_empty() {
        Some(ui.t("withdrawal-error-reason"))
    } else if reason.chars().count() > MAX_COMMENT {
        Some(ui.tr.args(
            "review-error-comment-long",
            &[("n", ui.num(MAX_COMMENT as i64).into())],
        ))
    } else if !stored.case.status.is_public() {
        Some(ui.t("withdrawal-error-not-public"))
    } else {
        None
    };
    if let Some(error) = error {
        let mut p = page(&state, ui, signed_in.visitor.csrf, stored).await?;
        p.reason = reason;
        p.reason_error = Some(error);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
    }
    let editors: Vec<_> = state
        .store
        .users()
        .await?
        .into_iter()
        .filter(|u| u.role.can_review() && u.confirmed_at.is_some())
        .collect();
    let notify = notices(&state, &editors, &stored, "withdrawal_requested", &reason);
    match state
        .store
        .request_withdrawal(id, signed_in.user.id, &reason, &notify)
        .await
    {
        Ok(_) => {
            state.mailer.deliver_soon(&state.store);
            Ok(Redirect::to(&format!("/review/{id}/withdrawal-request")).into_response())
        }
        // Asked already (the page shows the open request), or no longer public.
        Err(StoreError::Conflict { .. } | StoreError::Invalid(_)) => {
            let p = page(&state, ui, signed_in.visitor.csrf, stored).await?;
            Ok((StatusCode::CONFLICT, p).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
