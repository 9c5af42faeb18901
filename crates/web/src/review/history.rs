//! The history of a case: every revision, newest first, with who wrote it, when, and what
//! changed field by field (`observa_domain::diff`); long texts show the words deleted and
//! inserted. Editors and administrators may read any case's history; the case's author
//! and collaborators may read their own case's (it holds nothing they did not write or
//! were not told, apart from editors' names, which the decisions show them anyway).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use observa_domain::{Segment, diff};

use super::{case_or_404, is_author, when};
use crate::AppState;
use crate::accounts::SignedIn;
use crate::error::WebError;
use crate::pages::Ui;

pub(crate) struct ChangeView {
    field: String,
    old: String,
    new: String,
    /// (kind, text) with kind `same`, `del` or `ins`.
    words: Vec<(&'static str, String)>,
}

pub(crate) struct RevisionView {
    number: i64,
    /// "Revision 3, by Ana, 29 November 2026 10:00 UTC".
    heading: String,
    status: String,
    first: bool,
    changes: Vec<ChangeView>,
}

#[derive(Template, WebTemplate)]
#[template(path = "review_history.html")]
pub(crate) struct HistoryPage {
    ui: Ui,
    id: i64,
    title: String,
    can_review: bool,
    revisions: Vec<RevisionView>,
}

pub(crate) async fn history(
    ui: Ui,
    signed_in: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<HistoryPage, WebError> {
    let stored = case_or_404(&state, id).await?;
    let user = &signed_in.user;
    if !user.role.can_review() && !is_author(&stored.case, user) {
        return Err(WebError::Forbidden {
            code: "not_yours",
            detail: "Only the case's authors and the editors may read its history.".into(),
        });
    }
    let revisions = state.store.revisions(id).await?;
    let ids: Vec<i64> = revisions.iter().filter_map(|r| r.author).collect();
    let names = state.store.display_names(&ids).await?;
    let lang = ui.tr.lang;
    let mut views: Vec<RevisionView> = revisions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let changes = match i.checked_sub(1).map(|p| &revisions[p]) {
                None => Vec::new(),
                Some(previous) => diff(&previous.case, &r.case)
                    .into_iter()
                    .map(|c| ChangeView {
                        field: c.field,
                        old: c.old.unwrap_or_default(),
                        new: c.new.unwrap_or_default(),
                        words: c
                            .words
                            .into_iter()
                            .map(|s| match s {
                                Segment::Same(t) => ("same", t),
                                Segment::Deleted(t) => ("del", t),
                                Segment::Inserted(t) => ("ins", t),
                            })
                            .collect(),
                    })
                    .collect(),
            };
            let author = r
                .author
                .and_then(|a| names.get(&a).cloned())
                .unwrap_or_else(|| ui.t("review-someone"));
            RevisionView {
                number: r.number,
                heading: ui.tr.args(
                    "review-revision-heading",
                    &[
                        ("n", r.number.into()),
                        ("name", author.into()),
                        ("date", when(&ui, r.written_at).into()),
                    ],
                ),
                status: observa_domain::Vocabulary::label(r.case.status, lang).to_string(),
                first: i == 0,
                changes,
            }
        })
        .collect();
    views.reverse();
    Ok(HistoryPage {
        id,
        title: stored.case.title,
        can_review: user.role.can_review(),
        revisions: views,
        ui,
    })
}
