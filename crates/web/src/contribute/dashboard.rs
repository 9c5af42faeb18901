//! The contributor's dashboard (`/contribute`: their cases and the ones they collaborate
//! on, with status, last change and the latest editorial decision) and starting a new
//! draft (`/contribute/new`: an open call or none, a language, a title).

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use observa_domain::case::MAX_TITLE;
use observa_domain::slug::slugify;
use observa_domain::{Case, Lang, Vocabulary};
use observa_store::StoreError;
use serde::Deserialize;

use super::Access;
use super::form::Field;
use super::steps::{Choices, today};
use crate::AppState;
use crate::accounts::SignedIn;
use crate::error::WebError;
use crate::pages::Ui;

/// One case on the dashboard.
pub(crate) struct Row {
    id: i64,
    title: String,
    status: String,
    changed: String,
    /// The reason given with the latest status change, if any.
    decision: Option<String>,
    role: String,
    editable: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "contribute_dashboard.html")]
pub(crate) struct DashboardPage {
    ui: Ui,
    rows: Vec<Row>,
    submitted: bool,
}

#[derive(Deserialize)]
pub(crate) struct DashboardQuery {
    submitted: Option<String>,
}

/// `GET /contribute`.
pub(crate) async fn dashboard(
    ui: Ui,
    SignedIn { user, .. }: SignedIn,
    State(state): State<AppState>,
    Query(query): Query<DashboardQuery>,
) -> Result<DashboardPage, WebError> {
    let lang = ui.tr.lang;
    let mut rows = Vec::new();
    for stored in state.store.cases_of_user(user.id).await? {
        let access = Access::of(&user, &stored.case);
        let decision = state
            .store
            .audit_entries("case", stored.id)
            .await?
            .iter()
            .rev()
            .find(|e| e.action == "status_changed")
            .and_then(|e| serde_json::from_str::<serde_json::Value>(&e.detail).ok())
            .and_then(|d| d.get("reason").and_then(|r| r.as_str()).map(String::from))
            .filter(|r| !r.trim().is_empty());
        rows.push(Row {
            id: stored.id,
            title: stored.case.title.clone(),
            status: stored.case.status.label(lang).to_string(),
            changed: ui.tr.date(stored.case.provenance.updated_at.date_naive()),
            decision,
            role: ui.t(if access == Some(Access::Owner) {
                "contribute-role-owner"
            } else {
                "contribute-role-collaborator"
            }),
            editable: access.is_some_and(|a| a.may_edit(stored.case.status)),
        });
    }
    Ok(DashboardPage {
        ui,
        rows,
        submitted: query.submitted.is_some(),
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "contribute_new.html")]
pub(crate) struct NewPage {
    ui: Ui,
    csrf: String,
    fields: Vec<Field>,
    problems: Vec<super::steps::Problem>,
}

#[derive(Deserialize, Default)]
pub(crate) struct NewForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    call: String,
}

async fn new_page(
    ui: Ui,
    csrf: String,
    state: &AppState,
    form: &NewForm,
    errors: &[(&'static str, String)],
) -> Result<NewPage, WebError> {
    let choices = Choices::load(state).await?;
    let draft = Case::draft(
        "x".into(),
        String::new(),
        ui.tr.lang.code(),
        chrono::Utc::now(),
    );
    let ctx = choices.context(&draft);
    let submitted = super::form::Submitted(vec![
        ("title".into(), form.title.clone()),
        (
            "language".into(),
            if form.language.is_empty() {
                ui.tr.lang.code().into()
            } else {
                form.language.clone()
            },
        ),
        ("call".into(), form.call.clone()),
    ]);
    let mut fields = super::form::fields(
        super::form::Step::Identity,
        &ui,
        &draft,
        &ctx,
        Some(&submitted),
        &Default::default(),
    );
    fields.retain(|f| matches!(f.name, "call" | "language" | "title"));
    for field in &mut fields {
        field.error = errors
            .iter()
            .find(|(n, _)| *n == field.name)
            .map(|(_, m)| m.clone());
    }
    let problems = errors
        .iter()
        .map(|(name, message)| super::steps::Problem {
            message: message.clone(),
            href: format!("#{name}"),
        })
        .collect();
    Ok(NewPage {
        ui,
        csrf,
        fields,
        problems,
    })
}

/// `GET /contribute/new`.
pub(crate) async fn new_form(
    ui: Ui,
    SignedIn { visitor, .. }: SignedIn,
    State(state): State<AppState>,
) -> Result<NewPage, WebError> {
    new_page(ui, visitor.csrf, &state, &NewForm::default(), &[]).await
}

/// `POST /contribute/new`: makes the draft, owned by the person signed in.
pub(crate) async fn create(
    ui: Ui,
    SignedIn { visitor, user }: SignedIn,
    State(state): State<AppState>,
    Form(form): Form<NewForm>,
) -> Result<Response, WebError> {
    let title = form.title.trim().to_string();
    let mut errors = Vec::new();
    if title.is_empty() {
        errors.push(("title", ui.t("contribute-error-title_needed")));
    } else if title.chars().count() > MAX_TITLE {
        errors.push(("title", ui.n("contribute-error-too_long", MAX_TITLE as i64)));
    }
    let language = Lang::from_code(form.language.trim());
    if language.is_none() {
        errors.push(("language", ui.t("contribute-error-invalid_language")));
    }
    let call = form.call.trim();
    let call = if call.is_empty() {
        None
    } else {
        let calls = state.store.calls().await?;
        match calls.iter().find(|c| c.slug == call) {
            Some(c) if c.is_open_on(today()) => Some(c.slug.clone()),
            Some(c) => {
                errors.push(("call", ui.v("contribute-error-call_closed", &c.title)));
                None
            }
            None => {
                errors.push(("call", ui.t("contribute-error-invalid_choice")));
                None
            }
        }
    };
    let (Some(language), true) = (language, errors.is_empty()) else {
        let page = new_page(ui, visitor.csrf, &state, &form, &errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let base = slugify(&title);
    let now = chrono::Utc::now();
    for n in 1.. {
        let slug = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        if state.store.case_by_slug(&slug).await?.is_some() {
            continue;
        }
        let mut case = Case::draft(slug, title.clone(), language.code(), now);
        case.provenance.submitted_by = Some(user.id);
        case.provenance.call = call.clone();
        match state.store.insert_case(&case, Some(user.id)).await {
            Ok(stored) => {
                return Ok(
                    Redirect::to(&format!("/contribute/{}/identity", stored.id)).into_response()
                );
            }
            // Someone took the slug meanwhile: try the next one.
            Err(StoreError::Conflict { .. }) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    unreachable!("some slug is always free")
}
