//! Named trends: a theme of `/trends` that an editor renamed and kept. The trends page is
//! public and cacheable, so its "save" link leads here (`/editor/trends/new?…&theme=N`,
//! behind sessions), where the theme is found again (analyses are seeded and cached) and
//! offered in a form: name, slug, description, the selection, the theme's top terms and
//! its representative cases. Saved trends are public at `/trends/saved` and
//! `/trends/saved/{slug}` with the live counts of their selection; editors edit or delete
//! them. Every write is audited by the store.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use observa_domain::NamedTrend;
use observa_domain::trend::{MAX_DESCRIPTION, MAX_NAME, MAX_QUERY};
use observa_store::StoreError;
use serde::Deserialize;

use super::public::{CountTable, count_tables};
use super::{FormErrors, lines};
use crate::AppState;
use crate::editor::Editor;
use crate::error::WebError;
use crate::pages::Ui;
use crate::params::{Unknown, parse_case_query};

/// The named trend form's fields as sent.
#[derive(Deserialize, Default, Clone)]
pub(crate) struct TrendForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
    /// The selection, as the query string of `/trends`.
    #[serde(default)]
    query: String,
    /// One a line.
    #[serde(default)]
    terms: String,
    /// Case slugs, one a line.
    #[serde(default)]
    cases: String,
}

const FIELDS: [&str; 4] = ["slug", "name", "description", "query"];

impl TrendForm {
    fn of(trend: &NamedTrend) -> TrendForm {
        TrendForm {
            slug: trend.slug.clone(),
            name: trend.name.clone(),
            description: trend.description.clone(),
            query: trend.query.clone(),
            terms: trend.terms.join("\n"),
            cases: trend.cases.join("\n"),
        }
    }

    /// The named trend it describes (its selection checked and made canonical), or what is
    /// wrong with each field.
    async fn trend(&self, ui: &Ui, state: &AppState) -> Result<NamedTrend, FormErrors> {
        let mut errors = FormErrors::default();
        let query = match parse_case_query(Some(self.query.trim()), Unknown::Reject) {
            Ok(query) => match crate::search::check_filter(&*state.store, &query.filter).await {
                Ok(()) => crate::pages::selection_query(&query),
                Err(e) => {
                    errors.add("query", e.detail());
                    String::new()
                }
            },
            Err(e) => {
                errors.add("query", e.detail());
                String::new()
            }
        };
        let trend = NamedTrend {
            slug: self.slug.trim().to_string(),
            name: self.name.trim().to_string(),
            description: self.description.trim().to_string(),
            query,
            terms: lines(&self.terms),
            cases: lines(&self.cases),
        };
        if let Err(invalid) = trend.validate() {
            errors.add_validation(
                ui,
                &invalid,
                &FIELDS,
                &[
                    ("name", MAX_NAME),
                    ("description", MAX_DESCRIPTION),
                    ("query", MAX_QUERY),
                ],
            );
        }
        if errors.any() { Err(errors) } else { Ok(trend) }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "editor_trend_form.html")]
pub(crate) struct TrendFormPage {
    ui: Ui,
    csrf: String,
    /// `None` for a new trend; its slug when editing.
    editing: Option<String>,
    form: TrendForm,
    /// The theme's terms and cases, shown (the form carries them hidden).
    terms: Vec<String>,
    cases: Vec<String>,
    errors: FormErrors,
}

impl TrendFormPage {
    fn new(
        ui: Ui,
        csrf: String,
        editing: Option<String>,
        form: TrendForm,
        errors: FormErrors,
    ) -> Self {
        TrendFormPage {
            terms: lines(&form.terms),
            cases: lines(&form.cases),
            ui,
            csrf,
            editing,
            form,
            errors,
        }
    }

    fn action(&self) -> String {
        match &self.editing {
            Some(slug) => format!("/editor/trends/{slug}"),
            None => "/editor/trends".into(),
        }
    }
}

/// `GET /editor/trends/new?{selection}&themes=K&theme=N`: the form, filled from theme N of
/// the selection's analysis.
pub(crate) async fn new_form(
    ui: Ui,
    Editor(editor): Editor,
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<TrendFormPage, WebError> {
    let raw = raw.unwrap_or_default();
    let n: usize = url::form_urlencoded::parse(raw.as_bytes())
        .find(|(k, _)| k == "theme")
        .and_then(|(_, v)| v.parse().ok())
        .ok_or_else(|| {
            WebError::bad_request("invalid_theme", "Say which theme to save: theme=N, from 1.")
        })?;
    let (query, _found, analysis) = crate::pages::analysed(&ui, &state, Some(&raw)).await?;
    let theme = analysis
        .as_ref()
        .and_then(|a| a.themes.get(n.wrapping_sub(1)))
        .ok_or_else(|| WebError::NotFound(format!("This selection has no theme {n}.")))?;
    let name = theme.label.join(", ");
    let form = TrendForm {
        slug: observa_domain::slug::slugify(&name),
        name,
        description: String::new(),
        query: crate::pages::selection_query(&query),
        terms: theme.label.join("\n"),
        cases: theme
            .representatives
            .iter()
            .map(|r| r.slug.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    };
    Ok(TrendFormPage::new(
        ui,
        editor.visitor.csrf,
        None,
        form,
        FormErrors::default(),
    ))
}

fn refused(
    ui: Ui,
    csrf: String,
    editing: Option<String>,
    form: TrendForm,
    errors: FormErrors,
) -> Response {
    (
        StatusCode::BAD_REQUEST,
        TrendFormPage::new(ui, csrf, editing, form, errors),
    )
        .into_response()
}

pub(crate) async fn create(
    ui: Ui,
    Editor(editor): Editor,
    State(state): State<AppState>,
    Form(form): Form<TrendForm>,
) -> Result<Response, WebError> {
    let csrf = editor.visitor.csrf.clone();
    let trend = match form.trend(&ui, &state).await {
        Ok(trend) => trend,
        Err(errors) => return Ok(refused(ui, csrf, None, form, errors)),
    };
    match state.store.create_named_trend(editor.user.id, &trend).await {
        Ok(_) => Ok(Redirect::to(&format!("/trends/saved/{}", trend.slug)).into_response()),
        Err(StoreError::Conflict { .. }) => {
            let mut errors = FormErrors::default();
            errors.add("slug", super::field_message(&ui, "taken", None));
            Ok(refused(ui, csrf, None, form, errors))
        }
        Err(e) => Err(e.into()),
    }
}

async fn find(state: &AppState, slug: &str) -> Result<observa_store::StoredNamedTrend, WebError> {
    state
        .store
        .named_trend(slug)
        .await?
        .ok_or_else(|| WebError::NotFound(format!("There is no named trend \"{slug}\".")))
}

pub(crate) async fn edit_form(
    ui: Ui,
    Editor(editor): Editor,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<TrendFormPage, WebError> {
    let stored = find(&state, &slug).await?;
    Ok(TrendFormPage::new(
        ui,
        editor.visitor.csrf,
        Some(slug),
        TrendForm::of(&stored.trend),
        FormErrors::default(),
    ))
}

pub(crate) async fn update(
    ui: Ui,
    Editor(editor): Editor,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Form(mut form): Form<TrendForm>,
) -> Result<Response, WebError> {
    find(&state, &slug).await?;
    form.slug = slug.clone();
    let csrf = editor.visitor.csrf.clone();
    let trend = match form.trend(&ui, &state).await {
        Ok(trend) => trend,
        Err(errors) => return Ok(refused(ui, csrf, Some(slug), form, errors)),
    };
    state
        .store
        .update_named_trend(editor.user.id, &trend)
        .await?;
    Ok(Redirect::to(&format!("/trends/saved/{slug}")).into_response())
}

pub(crate) async fn delete(
    Editor(editor): Editor,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    match state.store.delete_named_trend(editor.user.id, &slug).await {
        Ok(()) => Ok(Redirect::to("/trends/saved").into_response()),
        Err(StoreError::NotFound { .. }) => Err(WebError::NotFound(format!(
            "There is no named trend \"{slug}\"."
        ))),
        Err(e) => Err(e.into()),
    }
}

/// A named trend as a line of the public list.
pub(crate) struct SavedItem {
    slug: String,
    name: String,
    summary: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "named_trends.html")]
pub(crate) struct SavedListPage {
    ui: Ui,
    trends: Vec<SavedItem>,
}

pub(crate) async fn saved_list(
    ui: Ui,
    State(state): State<AppState>,
) -> Result<SavedListPage, WebError> {
    let trends = state
        .store
        .named_trends()
        .await?
        .into_iter()
        .map(|s| SavedItem {
            summary: observa_domain::publication::excerpt(&s.trend.description, 220),
            slug: s.trend.slug,
            name: s.trend.name,
        })
        .collect();
    Ok(SavedListPage { ui, trends })
}

#[derive(Template, WebTemplate)]
#[template(path = "named_trend.html")]
pub(crate) struct SavedPage {
    ui: Ui,
    slug: String,
    name: String,
    description_html: String,
    saved: String,
    /// The selection in words, as the trends page's chips name it.
    query: String,
    /// "42 cases match this selection today", or why they cannot be counted.
    count: String,
    tables: Vec<CountTable>,
    terms: Vec<String>,
    /// (title, link) of its representative cases that are public.
    cases: Vec<(String, String)>,
    trends: String,
}

/// Facets a named trend's page counts its selection by.
const SAVED_FACETS: [&str; 2] = ["country", "sector"];

pub(crate) async fn saved_page(
    ui: Ui,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<SavedPage, WebError> {
    let stored = find(&state, &slug).await?;
    let trend = stored.trend;
    let (count, tables) = match parse_case_query(Some(&trend.query), Unknown::Ignore) {
        Ok(query) => match crate::stats::counts(&state, &query, &SAVED_FACETS, ui.tr.lang).await {
            Ok(found) => (
                ui.n("named-trend-count", found.total as i64),
                count_tables(&ui, &found, &SAVED_FACETS, &trend.query),
            ),
            Err(WebError::BadRequest { detail, .. }) => (detail, Vec::new()),
            Err(e) => return Err(e),
        },
        Err(e) => (e.detail(), Vec::new()),
    };
    let mut cases = Vec::new();
    for case_slug in &trend.cases {
        if let Some(s) = state.store.case_by_slug(case_slug).await?
            && s.case.status.is_public()
        {
            let title = crate::pages::shown(&s.case, ui.tr.lang).title.to_string();
            cases.push((title, format!("/cases/{case_slug}")));
        }
    }
    Ok(SavedPage {
        slug: trend.slug,
        name: trend.name,
        description_html: crate::pages::markdown(&trend.description),
        saved: ui.v(
            "named-trend-saved-on",
            &ui.tr.date(stored.updated_at.date_naive()),
        ),
        trends: if trend.query.is_empty() {
            "/trends".into()
        } else {
            format!("/trends?{}", trend.query)
        },
        query: if trend.query.is_empty() {
            ui.t("named-trend-whole-library")
        } else {
            url::form_urlencoded::parse(trend.query.as_bytes())
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
                .join("; ")
        },
        count,
        tables,
        terms: trend.terms,
        cases,
        ui,
    })
}
