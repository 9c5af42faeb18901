//! Contributing cases: a contributor's dashboard, starting a draft, the step-by-step
//! form that follows the record's groups, the preview, submission for review, uploaded
//! images and documents, and collaborators invited by email.
//!
//! Who may do what is decided here, on the server, for every request ([`Access`]): the
//! owner (`provenance.submitted_by`) and collaborators see and edit their case while it
//! is a draft or has changes requested; editors may open any case's pages read-only;
//! anyone else is answered 404, so that nobody learns which drafts exist. Only the owner
//! invites and withdraws invitations. Every save is a revision (the store keeps the
//! previous version) and every status change goes through `Store::transition_case`.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use observa_domain::{CaseStatus, User};
use observa_store::StoredCase;

use crate::AppState;
use crate::error::WebError;

mod collaborators;
mod dashboard;
mod form;
mod media;
pub(crate) mod steps;

/// The contributor's pages (behind sessions and the CSRF check; see `accounts::with_sessions`).
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/contribute", get(dashboard::dashboard))
        .route(
            "/contribute/new",
            get(dashboard::new_form).post(dashboard::create),
        )
        .route(
            "/contribute/invitations/{token}",
            get(collaborators::join_form).post(collaborators::join),
        )
        .route("/contribute/{id}", get(steps::start))
        .route("/contribute/{id}/preview", get(steps::preview))
        .route(
            "/contribute/{id}/{step}",
            get(steps::show).post(steps::save),
        )
        .route(
            "/contribute/{id}/materials/upload",
            post(media::upload).layer(DefaultBodyLimit::max(media::MAX_BODY)),
        )
        .route("/contribute/{id}/materials/remove", post(media::remove))
        .route(
            "/contribute/{id}/collaborators/invite",
            post(collaborators::invite),
        )
        .route(
            "/contribute/{id}/collaborators/{invitation}/withdraw",
            post(collaborators::withdraw),
        )
}

/// `GET /media/{file}`: uploaded files, with sessions (a draft's files are only for the
/// people who may see the draft) but cacheable when public.
pub(crate) fn media_routes(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/media/{file}", get(media::serve))
        .layer(crate::accounts::sessions::layer(
            state.store.clone(),
            state.site.public_url.starts_with("https://"),
        ))
}

/// How someone stands towards a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    Owner,
    Collaborator,
    /// An editor or administrator who neither owns nor collaborates: may look, not change.
    Editor,
}

impl Access {
    /// How `user` stands towards `case`; `None`: they may not see it (unless it is public).
    pub(crate) fn of(user: &User, case: &observa_domain::Case) -> Option<Access> {
        let p = &case.provenance;
        if p.submitted_by == Some(user.id) {
            Some(Access::Owner)
        } else if p.collaborators.contains(&user.id) {
            Some(Access::Collaborator)
        } else if user.role.can_review() {
            Some(Access::Editor)
        } else {
            None
        }
    }

    /// Whether this person may change the case in `status`: its authors, while it is
    /// theirs to change (a draft, or one an editor sent back with changes requested).
    pub(crate) fn may_edit(self, status: CaseStatus) -> bool {
        self != Access::Editor && matches!(status, CaseStatus::Draft | CaseStatus::ChangesRequested)
    }
}

/// The case `id` as `user` may see it, or 404 (a case they may not see is not there).
pub(crate) async fn load(
    state: &AppState,
    id: &str,
    user: &User,
) -> Result<(StoredCase, Access), WebError> {
    let missing = || WebError::NotFound("There is no such case among yours.".into());
    let id: i64 = id.parse().map_err(|_| missing())?;
    let stored = state.store.case_by_id(id).await?.ok_or_else(missing)?;
    let access = Access::of(user, &stored.case).ok_or_else(missing)?;
    Ok((stored, access))
}

/// The case `id` for a change by `user`: 404 when they may not see it, 403 when they may
/// see it but not change it now.
pub(crate) async fn load_for_edit(
    state: &AppState,
    id: &str,
    user: &User,
) -> Result<(StoredCase, Access), WebError> {
    let (stored, access) = load(state, id, user).await?;
    if !access.may_edit(stored.case.status) {
        return Err(WebError::Forbidden {
            code: "not_editable",
            detail: "Only the case's authors can change it, while it is a draft or has changes requested."
                .into(),
        });
    }
    Ok((stored, access))
}

/// Whether anyone signed in as `user` may see the case's files and pages.
pub(crate) fn may_see(user: Option<&User>, case: &observa_domain::Case) -> bool {
    case.status.is_public() || user.is_some_and(|u| Access::of(u, case).is_some())
}
