//! The review page of one case and the editors' actions on it: start review, request
//! changes (a comment is needed), publish (every acceptance criterion ticked), reject (a
//! reason is needed), archive, withdraw (when the author asked) or decline the
//! withdrawal (with a reason). Each action is a POST carrying the CSRF token and the
//! revision the page showed; a case changed since is not decided on blindly (409).

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use observa_domain::{CaseStatus, Vocabulary as _};
use observa_store::{Decision, StoreError, StoredCase, WithdrawalRequest};
use serde::Deserialize;

use super::{
    CRITERIA, CommentView, MAX_COMMENT, authors, case_or_404, comment_views, notices, when,
};
use crate::AppState;
use crate::editor::Editor;
use crate::error::WebError;
use crate::pages::Ui;
use crate::pages::case::{CaseBody, case_body};

/// What an editor can do to a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Action {
    Start,
    RequestChanges,
    Publish,
    Reject,
    Archive,
    Withdraw,
    DeclineWithdrawal,
}

impl Action {
    const ALL: [Action; 7] = [
        Action::Start,
        Action::RequestChanges,
        Action::Publish,
        Action::Reject,
        Action::Archive,
        Action::Withdraw,
        Action::DeclineWithdrawal,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Action::Start => "start",
            Action::RequestChanges => "request-changes",
            Action::Publish => "publish",
            Action::Reject => "reject",
            Action::Archive => "archive",
            Action::Withdraw => "withdraw",
            Action::DeclineWithdrawal => "decline-withdrawal",
        }
    }

    fn parse(slug: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.slug() == slug)
    }

    /// The state the case moves to (`None`: declining a withdrawal changes no state).
    fn next(self) -> Option<CaseStatus> {
        match self {
            Action::Start => Some(CaseStatus::InReview),
            Action::RequestChanges => Some(CaseStatus::ChangesRequested),
            Action::Publish => Some(CaseStatus::Published),
            Action::Reject => Some(CaseStatus::Rejected),
            Action::Archive => Some(CaseStatus::Archived),
            Action::Withdraw => Some(CaseStatus::Withdrawn),
            Action::DeclineWithdrawal => None,
        }
    }

    /// Whether the action needs a comment (a reason) to the authors.
    fn needs_comment(self) -> bool {
        matches!(
            self,
            Action::RequestChanges | Action::Reject | Action::DeclineWithdrawal
        )
    }

    /// Whether the action is open for a case in `status` (with or without an open
    /// withdrawal request).
    fn allowed(self, status: CaseStatus, withdrawal_requested: bool) -> bool {
        match self {
            Action::Withdraw | Action::DeclineWithdrawal => {
                withdrawal_requested && status.is_public()
            }
            other => other.next().is_some_and(|next| status.can_become(next)),
        }
    }
}

/// An action button: (slug, label).
type Button = (&'static str, String);

#[derive(Template, WebTemplate)]
#[template(path = "review_case.html")]
pub(crate) struct ReviewPage {
    ui: Ui,
    csrf: String,
    id: i64,
    revision: i64,
    body: CaseBody,
    status: String,
    author: String,
    call: String,
    comments: Vec<CommentView>,
    /// The open withdrawal request: (who asked and when, the reason as HTML).
    withdrawal: Option<(String, String)>,
    /// (slug, label, ticked) per acceptance criterion.
    checklist: Vec<(&'static str, String, bool)>,
    comment: String,
    actions: Vec<Button>,
    notice: Option<String>,
    /// A problem with the form as a whole (the case changed meanwhile, a step refused).
    form_error: Option<String>,
    comment_error: Option<String>,
    checklist_error: Option<String>,
    /// What the tag-suggestion model proposes that the case does not have yet, per field:
    /// (field's name, ["label (72 %)", …]).
    suggestions: Vec<(String, Vec<String>)>,
}

impl ReviewPage {
    fn has_errors(&self) -> bool {
        self.form_error.is_some() || self.comment_error.is_some() || self.checklist_error.is_some()
    }
}

#[derive(Deserialize, Default)]
pub(crate) struct PageQuery {
    done: Option<String>,
}

pub(crate) async fn page(
    ui: Ui,
    Editor(reviewer): Editor,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(q): Query<PageQuery>,
) -> Result<ReviewPage, WebError> {
    let stored = case_or_404(&state, id).await?;
    let notice = q
        .done
        .as_deref()
        .and_then(Action::parse)
        .map(|a| ui.t(&format!("review-done-{}", a.slug())));
    let mut page = review_page(&state, ui, reviewer.visitor.csrf, stored).await?;
    page.notice = notice;
    Ok(page)
}

async fn review_page(
    state: &AppState,
    ui: Ui,
    csrf: String,
    stored: StoredCase,
) -> Result<ReviewPage, WebError> {
    let lang = ui.tr.lang;
    let withdrawal: Option<WithdrawalRequest> = state.store.open_withdrawal(stored.id).await?;
    let status = stored.case.status;
    let actions = Action::ALL
        .into_iter()
        .filter(|a| a.allowed(status, withdrawal.is_some()))
        .map(|a| (a.slug(), ui.t(&format!("review-action-{}", a.slug()))))
        .collect();
    let author = match stored.case.provenance.submitted_by {
        Some(id) => state
            .store
            .display_names(&[id])
            .await?
            .remove(&id)
            .unwrap_or_default(),
        None => String::new(),
    };
    let comments = comment_views(&ui, state.store.review_comments(stored.id).await?);
    let withdrawal = withdrawal.map(|w| {
        (
            ui.tr.args(
                "review-withdrawal-by",
                &[
                    ("name", w.requester.unwrap_or_default().into()),
                    ("date", when(&ui, w.created_at).into()),
                ],
            ),
            crate::pages::markdown(&w.reason),
        )
    });
    let checklist = CRITERIA
        .iter()
        .map(|slug| (*slug, ui.t(&format!("criterion-{slug}")), false))
        .collect();
    let call = stored.case.provenance.call.clone().unwrap_or_default();
    let suggestions = suggestions(state, &stored.case, &ui).await?;
    let body = case_body(state, stored.case, &ui).await?;
    Ok(ReviewPage {
        csrf,
        id: stored.id,
        revision: stored.revision,
        status: status.label(lang).to_string(),
        author,
        call,
        comments,
        withdrawal,
        checklist,
        comment: String::new(),
        actions,
        notice: None,
        form_error: None,
        comment_error: None,
        checklist_error: None,
        suggestions,
        body,
        ui,
    })
}

/// The sectors, technologies, tags and facets the tag-suggestion model finds in the case's
/// texts (the same proposals its authors saw on the form) that the case does not carry,
/// most confident first, labelled in the editor's language.
async fn suggestions(
    state: &AppState,
    case: &observa_domain::Case,
    ui: &Ui,
) -> Result<Vec<(String, Vec<String>)>, WebError> {
    use observa_domain::{InnovationFacet, Sector};
    let lang = ui.tr.lang;
    let found = crate::contribute::steps::suggestions(state, case).await?;
    let terms = crate::search::term_labels(&*state.store, lang).await?;
    fn strings<T: ToString>(v: &[T]) -> Vec<String> {
        v.iter().map(ToString::to_string).collect()
    }
    let fields: [(&str, &str, Vec<String>); 4] = [
        ("sectors", "fact-sectors", strings(&case.sectors)),
        (
            "technologies",
            "fact-technologies",
            case.technologies.clone(),
        ),
        ("tags", "fact-tags", case.tags.clone()),
        ("facets", "fact-facets", strings(&case.facets)),
    ];
    let mut shown = Vec::new();
    for (field, heading, has) in fields {
        let mut proposed: Vec<(&String, f64)> = found
            .iter()
            .filter(|((f, value), _)| *f == field && !has.contains(value))
            .map(|((_, value), confidence)| (value, *confidence))
            .collect();
        proposed.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let labels: Vec<String> = proposed
            .into_iter()
            .map(|(value, confidence)| {
                let label = match field {
                    "sectors" => value
                        .parse::<Sector>()
                        .map_or(value.clone(), |s| s.label(lang).into()),
                    "facets" => value
                        .parse::<InnovationFacet>()
                        .map_or(value.clone(), |f| f.label(lang).into()),
                    _ => terms.get(value).cloned().unwrap_or_else(|| value.clone()),
                };
                format!("{label} ({:.0} %)", confidence * 100.0)
            })
            .collect();
        if !labels.is_empty() {
            shown.push((ui.t(heading), labels));
        }
    }
    Ok(shown)
}

pub(crate) async fn decide(
    ui: Ui,
    Editor(reviewer): Editor,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    };
    let action = Action::parse(field("action"))
        .ok_or_else(|| WebError::bad_request("invalid_value", "Unknown review action."))?;
    let revision: i64 = field("revision")
        .parse()
        .map_err(|_| WebError::bad_request("invalid_value", "The form lacks its revision."))?;
    let comment = field("comment").trim().to_string();
    let ticked: Vec<String> = CRITERIA
        .iter()
        .filter(|c| fields.iter().any(|(k, v)| k == "checklist" && v == *c))
        .map(|c| c.to_string())
        .collect();
    let stored = case_or_404(&state, id).await?;
    let user = reviewer.user.clone();
    let csrf = reviewer.visitor.csrf.clone();

    // Anything wrong: the page again, with what was entered and a message beside it.
    let again = |mut page: ReviewPage, status: StatusCode| {
        page.comment = comment.clone();
        for (slug, _, on) in &mut page.checklist {
            *on = ticked.iter().any(|t| t == slug);
        }
        (status, page).into_response()
    };

    if stored.revision != revision {
        let mut page = review_page(&state, ui, csrf, stored).await?;
        page.form_error = Some(page.ui.t("review-error-stale"));
        return Ok(again(page, StatusCode::CONFLICT));
    }
    let open = state.store.open_withdrawal(id).await?.is_some();
    if !action.allowed(stored.case.status, open) {
        let mut page = review_page(&state, ui, csrf, stored).await?;
        page.form_error = Some(page.ui.t("review-error-not-allowed"));
        return Ok(again(page, StatusCode::CONFLICT));
    }
    let mut comment_error = None;
    let mut checklist_error = None;
    if action.needs_comment() && comment.is_empty() {
        comment_error = Some(ui.t(&format!("review-error-comment-{}", action.slug())));
    } else if comment.chars().count() > MAX_COMMENT {
        comment_error = Some(ui.tr.args(
            "review-error-comment-long",
            &[("n", ui.num(MAX_COMMENT as i64).into())],
        ));
    }
    if action == Action::Publish && ticked.len() < CRITERIA.len() {
        checklist_error = Some(ui.t("review-error-checklist"));
    }
    if comment_error.is_some() || checklist_error.is_some() {
        let mut page = review_page(&state, ui, csrf, stored).await?;
        page.comment_error = comment_error;
        page.checklist_error = checklist_error;
        return Ok(again(page, StatusCode::UNPROCESSABLE_ENTITY));
    }

    let recipients = authors(&state, &stored.case).await?;
    let result = match action.next() {
        Some(next) => {
            // The notices name the state the case is about to reach.
            let mut after = stored.clone();
            after.case.status = next;
            let kind = next.slug();
            let notify = notices(&state, &recipients, &after, kind, &comment);
            state
                .store
                .decide(&Decision {
                    case_id: id,
                    expected_revision: revision,
                    next,
                    actor: user.id,
                    comment: Some(comment.as_str()).filter(|c| !c.is_empty()),
                    checklist: &ticked,
                    notify: &notify,
                })
                .await
                .map(|_| ())
        }
        None => {
            let notify = notices(
                &state,
                &recipients,
                &stored,
                "withdrawal_declined",
                &comment,
            );
            state
                .store
                .decline_withdrawal(id, user.id, &comment, &notify)
                .await
        }
    };
    match result {
        Ok(()) => {
            state.mailer.deliver_soon(&state.store);
            Ok(Redirect::to(&format!("/review/{id}?done={}", action.slug())).into_response())
        }
        Err(StoreError::Conflict { .. }) => {
            let stored = case_or_404(&state, id).await?;
            let mut page = review_page(&state, ui, csrf, stored).await?;
            page.form_error = Some(page.ui.t("review-error-stale"));
            Ok(again(page, StatusCode::CONFLICT))
        }
        Err(StoreError::Invalid(errors)) => {
            let mut page = review_page(&state, ui, csrf, stored).await?;
            let fields: Vec<String> = errors.fields().map(str::to_string).collect();
            page.form_error = Some(page.ui.v("review-error-invalid", &fields.join(", ")));
            Ok(again(page, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(StoreError::NotFound { .. }) => {
            let mut page = review_page(&state, ui, csrf, stored).await?;
            page.form_error = Some(page.ui.t("review-error-not-allowed"));
            Ok(again(page, StatusCode::CONFLICT))
        }
        Err(e) => Err(e.into()),
    }
}
