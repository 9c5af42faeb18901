//! Editorial review: the editors' queue (`/review`), the review page of a case with its
//! acceptance checklist, comments to the authors and the workflow actions, the history of
//! a case's revisions with a field-by-field diff, the notifications each decision leaves
//! on the authors' dashboards (and sends by email), withdrawal requests, and the audit log.
//!
//! Who may do what is decided here, on the server: [`Editor`](crate::editor::Editor) (editors and
//! administrators) for the queue, the review page and its actions; a case's author and
//! collaborators for its history and for asking its withdrawal; any signed-in account for
//! its own notifications; administrators for the whole audit log, editors for its case
//! entries. Every status change goes through the store's one-transaction `decide`.

use axum::Router;
use axum::routing::{get, post};
use observa_domain::{Case, User};
use observa_store::{NewNotification, ReviewComment, StoredCase};

use crate::AppState;
use crate::error::WebError;
use crate::pages::{Ui, markdown};

mod audit;
mod decide;
mod history;
mod notifications;
mod queue;
mod withdrawal;

/// The acceptance criteria an editor checks before publishing (DOMAIN.md); each has a
/// label `criterion-{slug}` in every language.
pub(crate) const CRITERIA: [&str; 5] = [
    "fits_definition",
    "plain_language",
    "every_section",
    "stands_alone",
    "no_personal_data",
];

/// The longest comment or reason accepted, in characters.
pub(crate) const MAX_COMMENT: usize = 5_000;

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/review", get(queue::queue))
        .route("/review/{id}", get(decide::page).post(decide::decide))
        .route("/review/{id}/history", get(history::history))
        .route(
            "/review/{id}/withdrawal-request",
            get(withdrawal::form).post(withdrawal::request),
        )
        .route("/account/notifications", get(notifications::list))
        .route(
            "/account/notifications/read",
            post(notifications::mark_read),
        )
        .route("/admin/audit", get(audit::audit))
}

/// The case with this id, or 404.
pub(crate) async fn case_or_404(state: &AppState, id: i64) -> Result<StoredCase, WebError> {
    state
        .store
        .case_by_id(id)
        .await?
        .ok_or_else(|| WebError::NotFound(format!("There is no case {id}.")))
}

/// Whether `user` submitted the case or collaborates on it.
pub(crate) fn is_author(case: &Case, user: &User) -> bool {
    case.provenance.submitted_by == Some(user.id)
        || case.provenance.collaborators.contains(&user.id)
}

/// Where a notification about case `id` (`slug`, now `status`) of this `kind` leads: the
/// contributor's form when changes are asked, the public page of a public case, the
/// review page for editors asked to withdraw, else the notifications page.
pub(crate) fn notice_link(kind: &str, id: i64, slug: &str, status: Option<&str>) -> String {
    match kind {
        "changes_requested" if status == Some("changes_requested") => format!("/contribute/{id}"),
        "withdrawal_requested" => format!("/review/{id}"),
        _ if matches!(status, Some("published" | "archived")) => format!("/cases/{slug}"),
        _ => "/account/notifications".into(),
    }
}

/// One notification of `kind` about `case` for each account in `recipients`, with its
/// email in the account's language.
pub(crate) fn notices(
    state: &AppState,
    recipients: &[User],
    case: &StoredCase,
    kind: &str,
    message: &str,
) -> Vec<NewNotification> {
    let status = observa_domain::Vocabulary::slug(case.case.status);
    let link = format!(
        "{}{}",
        state.site.public_url,
        notice_link(kind, case.id, &case.case.slug, Some(status))
    );
    recipients
        .iter()
        .map(|user| NewNotification {
            user_id: user.id,
            kind: kind.into(),
            message: message.into(),
            mail: Some(crate::mail::review_notice(
                user.language,
                &user.email,
                kind,
                &case.case.title,
                message,
                &link,
            )),
        })
        .collect()
}

/// The accounts of the case's author and collaborators.
pub(crate) async fn authors(state: &AppState, case: &Case) -> Result<Vec<User>, WebError> {
    let mut ids: Vec<i64> = case.provenance.submitted_by.into_iter().collect();
    ids.extend(&case.provenance.collaborators);
    ids.sort_unstable();
    ids.dedup();
    let mut users = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(user) = state.store.user_by_id(id).await? {
            users.push(user);
        }
    }
    Ok(users)
}

/// What a notification or a comment says happened, in the reader's language.
pub(crate) fn notice_text(ui: &Ui, kind: &str, title: &str) -> String {
    notice_text_in(&ui.tr, kind, title)
}

pub(crate) fn notice_text_in(tr: &crate::i18n::Tr, kind: &str, title: &str) -> String {
    const KNOWN: [&str; 8] = [
        "in_review",
        "changes_requested",
        "published",
        "rejected",
        "archived",
        "withdrawn",
        "withdrawal_requested",
        "withdrawal_declined",
    ];
    let id = if KNOWN.contains(&kind) {
        format!("notice-{kind}")
    } else {
        "notice-other".into()
    };
    tr.args(&id, &[("title", title.to_string().into())])
}

/// An editor's comment as shown to editors and authors (`review_comments.html`).
pub(crate) struct CommentView {
    pub author: String,
    pub decision: Option<String>,
    pub at: String,
    /// The comment's Markdown, sanitised.
    pub html: String,
    pub checklist: Vec<String>,
}

/// The comments of a case ready for `review_comments.html`, which another page can
/// include with `comments` and `ui` in scope.
pub(crate) fn comment_views(ui: &Ui, comments: Vec<ReviewComment>) -> Vec<CommentView> {
    comments
        .into_iter()
        .map(|c| CommentView {
            author: c.author.unwrap_or_else(|| ui.t("review-someone")),
            decision: c.decision.map(|d| decision_label(ui, &d)),
            at: when(ui, c.at),
            html: markdown(&c.body),
            checklist: c
                .checklist
                .iter()
                .map(|slug| ui.t(&format!("criterion-{slug}")))
                .collect(),
        })
        .collect()
}

/// A decision's name: the status it led to, or "withdrawal declined".
pub(crate) fn decision_label(ui: &Ui, slug: &str) -> String {
    use observa_domain::Vocabulary as _;
    match observa_domain::CaseStatus::parse(slug) {
        Ok(status) => status.label(ui.tr.lang).to_string(),
        Err(_) => ui.t(&format!("decision-{slug}")),
    }
}

/// A date and time as the pages show them.
pub(crate) fn when(ui: &Ui, at: chrono::DateTime<chrono::Utc>) -> String {
    format!("{} {}", ui.tr.date(at.date_naive()), at.format("%H:%M UTC"))
}
