//! Toolkits (`/editor/toolkits`): the list, a form for a new one and the same form to edit
//! one, with every field of [`Toolkit`]: the navigator's disciplines, innovation facets and
//! purposes as checkboxes, the type as radio buttons, languages typed as ISO 639-1 codes.
//! A new toolkit's slug is given or made from its name and never changes afterwards.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use observa_domain::vocab::{Discipline, Purpose, ToolkitType};
use observa_domain::{InnovationFacet, Toolkit, Vocabulary};
use observa_store::StoreError;
use serde::Deserialize;

use super::{Editor, Problems, Submitted, optional, year};
use crate::AppState;
use crate::error::WebError;
use crate::pages::Ui;

/// A group of checkboxes (or radio buttons) over a closed vocabulary.
pub(crate) struct Choices {
    pub name: &'static str,
    pub legend: String,
    /// `checkbox` or `radio`.
    pub kind: &'static str,
    /// (slug, label, checked)
    pub options: Vec<(&'static str, String, bool)>,
}

/// The form as typed (or as stored, when editing).
#[derive(Default)]
pub(crate) struct ToolkitForm {
    slug: String,
    name: String,
    publisher: String,
    year: String,
    url: String,
    description: String,
    disciplines: Vec<String>,
    kind: String,
    facets: Vec<String>,
    purposes: Vec<String>,
    licence: String,
    format: String,
    languages: String,
    cost: String,
}

fn slugs<V: Vocabulary>(values: &[V]) -> Vec<String> {
    values.iter().map(|v| v.slug().to_string()).collect()
}

/// The values of a vocabulary ticked on the form; an unknown one is a problem beside it.
fn parse<V: Vocabulary>(
    ui: &Ui,
    problems: &mut Problems,
    field: &str,
    ticked: &[String],
) -> Vec<V> {
    let mut values = Vec::new();
    for value in ticked {
        match V::parse(value) {
            Ok(v) if !values.iter().any(|x: &V| x.slug() == v.slug()) => values.push(v),
            Ok(_) => {}
            Err(_) => problems.add(field, ui.v("editor-error-unknown-value", value)),
        }
    }
    values
}

impl ToolkitForm {
    fn from_record(t: &Toolkit) -> Self {
        ToolkitForm {
            slug: t.slug.clone(),
            name: t.name.clone(),
            publisher: t.publisher.clone(),
            year: t.year.to_string(),
            url: t.url.clone(),
            description: t.description.clone(),
            disciplines: slugs(&t.disciplines),
            kind: t.kind.slug().to_string(),
            facets: slugs(&t.facets),
            purposes: slugs(&t.purposes),
            licence: t.licence.clone().unwrap_or_default(),
            format: t.format.clone().unwrap_or_default(),
            languages: t.languages.join(", "),
            cost: t.cost.clone().unwrap_or_default(),
        }
    }

    fn from_submitted(form: &Submitted) -> Self {
        let text = |name: &str| form.get(name).trim().to_string();
        ToolkitForm {
            slug: text("slug"),
            name: text("name"),
            publisher: text("publisher"),
            year: text("year"),
            url: text("url"),
            description: text("description"),
            disciplines: form.all("disciplines"),
            kind: text("type"),
            facets: form.all("facets"),
            purposes: form.all("purposes"),
            licence: text("licence"),
            format: text("format"),
            languages: text("languages"),
            cost: text("cost"),
        }
    }

    /// The record the form describes, with a problem beside each field that could not even
    /// be read (a year that is not a number, no type chosen).
    fn to_record(&self, ui: &Ui, problems: &mut Problems) -> Toolkit {
        let kind = match ToolkitType::parse(&self.kind) {
            Ok(kind) => Some(kind),
            Err(_) if self.kind.is_empty() => {
                problems.add("type", ui.t("editor-error-choose-one"));
                None
            }
            Err(_) => {
                problems.add("type", ui.v("editor-error-unknown-value", &self.kind));
                None
            }
        };
        Toolkit {
            slug: self.slug.clone(),
            name: self.name.clone(),
            publisher: self.publisher.clone(),
            year: year(ui, problems, "year", &self.year),
            url: self.url.clone(),
            description: self.description.clone(),
            disciplines: parse(ui, problems, "disciplines", &self.disciplines),
            kind: kind.unwrap_or(ToolkitType::Guide),
            facets: parse(ui, problems, "facets", &self.facets),
            purposes: parse(ui, problems, "purposes", &self.purposes),
            licence: optional(&self.licence),
            format: optional(&self.format),
            languages: self
                .languages
                .split([',', ' ', '\n'])
                .map(|l| l.trim().to_ascii_lowercase())
                .filter(|l| !l.is_empty())
                .collect(),
            cost: optional(&self.cost),
        }
    }

    fn choices(&self, ui: &Ui) -> Vec<Choices> {
        fn group<V: Vocabulary>(
            ui: &Ui,
            name: &'static str,
            legend: &str,
            kind: &'static str,
            chosen: &[String],
        ) -> Choices {
            Choices {
                name,
                legend: ui.t(legend),
                kind,
                options: V::ALL
                    .iter()
                    .map(|v| {
                        (
                            v.slug(),
                            v.label(ui.tr.lang).to_string(),
                            chosen.iter().any(|c| c == v.slug()),
                        )
                    })
                    .collect(),
            }
        }
        vec![
            group::<Discipline>(
                ui,
                "disciplines",
                "toolkit-filter-discipline",
                "checkbox",
                &self.disciplines,
            ),
            group::<ToolkitType>(
                ui,
                "type",
                "toolkit-filter-type",
                "radio",
                std::slice::from_ref(&self.kind),
            ),
            group::<InnovationFacet>(
                ui,
                "facets",
                "toolkit-filter-facet",
                "checkbox",
                &self.facets,
            ),
            group::<Purpose>(
                ui,
                "purposes",
                "toolkit-filter-purpose",
                "checkbox",
                &self.purposes,
            ),
        ]
    }

    fn field_id(field: &str) -> String {
        match field.split('.').next().unwrap_or(field) {
            "languages" => "languages".to_string(),
            _ => field.to_string(),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "editor_toolkits.html")]
pub(crate) struct ListPage {
    ui: Ui,
    /// (name, publisher, year, edit link, public link)
    rows: Vec<(String, String, i32, String, String)>,
    notice: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "editor_toolkit.html")]
pub(crate) struct FormPage {
    ui: Ui,
    csrf: String,
    editing: bool,
    heading: String,
    action: String,
    form: ToolkitForm,
    choices: Vec<Choices>,
    problems: Problems,
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
) -> Result<ListPage, WebError> {
    let all = state.store.toolkits().await?;
    let notice = q
        .saved
        .and_then(|s| all.iter().find(|t| t.slug == s))
        .map(|t| ui.v("editor-saved", &t.name));
    Ok(ListPage {
        rows: all
            .into_iter()
            .map(|t| {
                let edit = format!("/editor/toolkits/{}", t.slug);
                let public = format!("/toolkits/{}", t.slug);
                (t.name, t.publisher, t.year, edit, public)
            })
            .collect(),
        notice,
        ui,
    })
}

fn page(ui: Ui, csrf: String, editing: bool, form: ToolkitForm, problems: Problems) -> FormPage {
    let (heading, action) = if editing {
        (
            ui.v("editor-toolkit-edit-title", &form.name),
            format!("/editor/toolkits/{}", form.slug),
        )
    } else {
        (
            ui.t("editor-toolkit-new-title"),
            "/editor/toolkits/new".to_string(),
        )
    };
    FormPage {
        csrf,
        editing,
        heading,
        action,
        choices: form.choices(&ui),
        form,
        problems,
        ui,
    }
}

pub(crate) async fn new_form(ui: Ui, editor: Editor) -> FormPage {
    page(
        ui,
        editor.csrf(),
        false,
        ToolkitForm::default(),
        Problems::default(),
    )
}

async fn found(state: &AppState, slug: &str) -> Result<Toolkit, WebError> {
    state
        .store
        .toolkits()
        .await?
        .into_iter()
        .find(|t| t.slug == slug)
        .ok_or_else(|| WebError::NotFound(format!("No toolkit has the address \"{slug}\".")))
}

pub(crate) async fn edit_form(
    ui: Ui,
    editor: Editor,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<FormPage, WebError> {
    let stored = found(&state, &slug).await?;
    Ok(page(
        ui,
        editor.csrf(),
        true,
        ToolkitForm::from_record(&stored),
        Problems::default(),
    ))
}

pub(crate) async fn create(
    ui: Ui,
    editor: Editor,
    State(state): State<AppState>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    write(ui, editor, state, None, Submitted(form)).await
}

pub(crate) async fn save(
    ui: Ui,
    editor: Editor,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let stored = found(&state, &slug).await?;
    write(ui, editor, state, Some(stored), Submitted(form)).await
}

/// Saves a new toolkit (`stored` is `None`) or an edited one, or sends the form back with
/// its problems.
async fn write(
    ui: Ui,
    editor: Editor,
    state: AppState,
    stored: Option<Toolkit>,
    submitted: Submitted,
) -> Result<Response, WebError> {
    let mut form = ToolkitForm::from_submitted(&submitted);
    let editing = stored.is_some();
    match &stored {
        Some(t) => form.slug = t.slug.clone(),
        None if form.slug.is_empty() && !form.name.is_empty() => {
            form.slug = observa_domain::slug::slugify(&form.name);
        }
        None => {}
    }
    let mut problems = Problems::default();
    let record = form.to_record(&ui, &mut problems);
    if let Err(errors) = record.validate() {
        problems.extend(&ui, &errors, ToolkitForm::field_id);
    }
    if !problems.any() {
        let written = if editing {
            state.store.upsert_toolkit(&record).await
        } else {
            state.store.add_toolkit(&record).await
        };
        match written {
            Ok(()) => {
                return Ok(
                    Redirect::to(&format!("/editor/toolkits?saved={}", record.slug))
                        .into_response(),
                );
            }
            Err(StoreError::Invalid(errors)) => {
                problems.extend(&ui, &errors, ToolkitForm::field_id)
            }
            Err(StoreError::Conflict { .. }) => {
                problems.add("slug", ui.v("editor-error-taken", &record.slug))
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        page(ui, editor.csrf(), editing, form, problems),
    )
        .into_response())
}
