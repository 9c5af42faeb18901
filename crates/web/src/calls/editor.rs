//! `/editor/calls`: the calls for innovations with their state and intake, and the forms
//! that open a call and change one (closing it early is setting its closing date). Every
//! write is one audited transaction in the store; a refused form stores nothing.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use observa_domain::Call;
use observa_domain::call::{MAX_DESCRIPTION, MAX_THEMES, MAX_TITLE};
use observa_store::StoreError;
use serde::Deserialize;

use super::{FormErrors, lines};
use crate::AppState;
use crate::editor::Editor;
use crate::error::WebError;
use crate::pages::Ui;

/// A call as a row of the editors' list.
pub(crate) struct CallRow {
    slug: String,
    title: String,
    state: String,
    opens: String,
    closes: String,
    intake: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "editor_calls.html")]
pub(crate) struct CallsPage {
    ui: Ui,
    calls: Vec<CallRow>,
    notice: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct ListQuery {
    saved: Option<String>,
}

pub(crate) async fn list(
    ui: Ui,
    _editor: Editor,
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<CallsPage, WebError> {
    let calls = state.store.calls().await?;
    let intake: HashMap<String, i64> = state
        .store
        .call_intake_totals()
        .await?
        .into_iter()
        .collect();
    let today = chrono::Utc::now().date_naive();
    let notice = q
        .saved
        .and_then(|slug| calls.iter().find(|c| c.slug == slug))
        .map(|c| ui.v("editor-call-saved", &c.title));
    let calls = calls
        .iter()
        .map(|c| CallRow {
            slug: c.slug.clone(),
            title: c.title.clone(),
            state: ui.t(&format!("call-state-{}", c.state_on(today).slug())),
            opens: ui.tr.date(c.opens),
            closes: ui.tr.date(c.closes),
            intake: ui.num(intake.get(&c.slug).copied().unwrap_or(0)),
        })
        .collect();
    Ok(CallsPage { ui, calls, notice })
}

/// The call form's fields as typed.
#[derive(Deserialize, Default, Clone)]
pub(crate) struct CallForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    opens: String,
    #[serde(default)]
    closes: String,
    /// One theme a line.
    #[serde(default)]
    themes: String,
}

impl CallForm {
    fn of(call: &Call) -> CallForm {
        CallForm {
            slug: call.slug.clone(),
            title: call.title.clone(),
            description: call.description.clone(),
            opens: call.opens.to_string(),
            closes: call.closes.to_string(),
            themes: call.themes.join("\n"),
        }
    }

    /// The call it describes, or what is wrong with each field.
    fn call(&self, ui: &Ui) -> Result<Call, FormErrors> {
        let mut errors = FormErrors::default();
        let mut date = |field: &'static str, text: &str| match text.trim().parse::<NaiveDate>() {
            Ok(d) => Some(d),
            Err(_) => {
                errors.add(field, super::field_message(ui, "invalid_date", None));
                None
            }
        };
        let (opens, closes) = (date("opens", &self.opens), date("closes", &self.closes));
        let call = Call {
            slug: self.slug.trim().to_string(),
            title: self.title.trim().to_string(),
            description: self.description.trim().to_string(),
            opens: opens.unwrap_or_default(),
            closes: closes.or(opens).unwrap_or_default(),
            themes: lines(&self.themes),
        };
        if let Err(invalid) = call.validate() {
            errors.add_validation(
                ui,
                &invalid,
                &FIELDS,
                &[
                    ("title", MAX_TITLE),
                    ("description", MAX_DESCRIPTION),
                    ("themes", MAX_THEMES),
                ],
            );
        }
        if errors.any() { Err(errors) } else { Ok(call) }
    }
}

const FIELDS: [&str; 6] = ["slug", "title", "description", "opens", "closes", "themes"];

#[derive(Template, WebTemplate)]
#[template(path = "editor_call_form.html")]
pub(crate) struct CallFormPage {
    ui: Ui,
    csrf: String,
    /// `None` for a new call; its slug when editing.
    editing: Option<String>,
    form: CallForm,
    errors: FormErrors,
}

impl CallFormPage {
    fn action(&self) -> String {
        match &self.editing {
            Some(slug) => format!("/editor/calls/{slug}"),
            None => "/editor/calls".into(),
        }
    }
}

pub(crate) async fn new_form(ui: Ui, Editor(editor): Editor) -> CallFormPage {
    let today = chrono::Utc::now().date_naive();
    CallFormPage {
        ui,
        csrf: editor.visitor.csrf,
        editing: None,
        form: CallForm {
            opens: today.to_string(),
            ..CallForm::default()
        },
        errors: FormErrors::default(),
    }
}

pub(crate) async fn edit_form(
    ui: Ui,
    Editor(editor): Editor,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<CallFormPage, WebError> {
    let call = find(&state, &slug).await?;
    Ok(CallFormPage {
        ui,
        csrf: editor.visitor.csrf,
        editing: Some(call.slug.clone()),
        form: CallForm::of(&call),
        errors: FormErrors::default(),
    })
}

async fn find(state: &AppState, slug: &str) -> Result<Call, WebError> {
    state
        .store
        .call_by_slug(slug)
        .await?
        .ok_or_else(|| WebError::NotFound(format!("There is no call \"{slug}\".")))
}

/// The form again with its messages: 400, nothing stored.
fn refused(
    ui: Ui,
    csrf: String,
    editing: Option<String>,
    form: CallForm,
    errors: FormErrors,
) -> Response {
    (
        StatusCode::BAD_REQUEST,
        CallFormPage {
            ui,
            csrf,
            editing,
            form,
            errors,
        },
    )
        .into_response()
}

pub(crate) async fn create(
    ui: Ui,
    Editor(editor): Editor,
    State(state): State<AppState>,
    Form(form): Form<CallForm>,
) -> Result<Response, WebError> {
    let csrf = editor.visitor.csrf.clone();
    let call = match form.call(&ui) {
        Ok(call) => call,
        Err(errors) => return Ok(refused(ui, csrf, None, form, errors)),
    };
    match state.store.create_call(editor.user.id, &call).await {
        Ok(()) => Ok(Redirect::to(&format!("/editor/calls?saved={}", call.slug)).into_response()),
        Err(StoreError::Conflict { .. }) => {
            let mut errors = FormErrors::default();
            errors.add("slug", super::field_message(&ui, "taken", None));
            Ok(refused(ui, csrf, None, form, errors))
        }
        Err(e) => Err(e.into()),
    }
}

pub(crate) async fn update(
    ui: Ui,
    Editor(editor): Editor,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Form(mut form): Form<CallForm>,
) -> Result<Response, WebError> {
    find(&state, &slug).await?;
    // The slug names the call in links and in cases' records: it does not change.
    form.slug = slug.clone();
    let csrf = editor.visitor.csrf.clone();
    let call = match form.call(&ui) {
        Ok(call) => call,
        Err(errors) => return Ok(refused(ui, csrf, Some(slug), form, errors)),
    };
    state.store.update_call(editor.user.id, &call).await?;
    Ok(Redirect::to(&format!("/editor/calls?saved={slug}")).into_response())
}
