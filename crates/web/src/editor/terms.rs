//! The open vocabularies (`/editor/terms?kind=technology|tag`): every term with its four
//! labels, its parent and how many cases use it; a form to add a term and one to change a
//! term's labels and parent. The slug is the term's identity (cases store it) and is never
//! changed: renaming a term means changing its labels, which every page then shows, and
//! which the search index learns as the store queues the cases using it.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use observa_domain::terms::term_slug;
use observa_domain::{Labels, Lang, Term, TermKind};
use observa_store::StoreError;
use serde::Deserialize;

use super::{Editor, Problems, Submitted, optional};
use crate::AppState;
use crate::error::WebError;
use crate::pages::Ui;

/// A term as a row of the table.
pub(crate) struct TermRow {
    slug: String,
    /// The label in each language, in `Lang::ALL` order.
    labels: Vec<String>,
    parent: String,
    cases: String,
    edit: String,
}

/// One label input: (language name, value, field id).
pub(crate) struct LabelField {
    name: String,
    value: String,
    id: String,
}

/// What the add or edit form holds.
pub(crate) struct TermForm {
    slug: String,
    labels: Vec<LabelField>,
    parent: String,
    /// (slug, label) of the terms that may be chosen as parent.
    parents: Vec<(String, String)>,
}

#[derive(Template, WebTemplate)]
#[template(path = "editor_terms.html")]
pub(crate) struct TermsPage {
    ui: Ui,
    csrf: String,
    kind: &'static str,
    /// (kind, its name, href, current) for the switch between vocabularies.
    kinds: Vec<(&'static str, String, String, bool)>,
    rows: Vec<TermRow>,
    form: TermForm,
    problems: Problems,
    notice: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "editor_term.html")]
pub(crate) struct TermPage {
    ui: Ui,
    csrf: String,
    kind: &'static str,
    kind_name: String,
    action: String,
    cases: String,
    form: TermForm,
    problems: Problems,
}

#[derive(Deserialize)]
pub(crate) struct ListQuery {
    kind: Option<String>,
    saved: Option<String>,
}

fn kind_of(text: Option<&str>) -> Result<TermKind, WebError> {
    match text.unwrap_or("technology") {
        "" => Ok(TermKind::Technology),
        k => TermKind::parse(k).ok_or_else(|| {
            WebError::bad_request(
                "unknown_value",
                format!("Unknown vocabulary \"{k}\"; allowed values: technology, tag."),
            )
        }),
    }
}

fn kind_name(ui: &Ui, kind: TermKind) -> String {
    ui.t(&format!("editor-kind-{}", kind.as_str()))
}

fn label_fields(ui: &Ui, labels: &Labels) -> Vec<LabelField> {
    Lang::ALL
        .into_iter()
        .map(|lang| LabelField {
            name: ui.tr.language_name(lang.code()),
            value: labels.get(lang).to_string(),
            id: format!("labels.{}", lang.code()),
        })
        .collect()
}

fn typed_labels(form: &Submitted) -> Labels {
    let get = |lang: Lang| {
        form.get(&format!("labels.{}", lang.code()))
            .trim()
            .to_string()
    };
    Labels {
        en: get(Lang::En),
        es: get(Lang::Es),
        fr: get(Lang::Fr),
        pt: get(Lang::Pt),
    }
}

/// The terms that may become `slug`'s parent: every other term of the vocabulary.
fn parent_choices(ui: &Ui, terms: &[Term], slug: Option<&str>) -> Vec<(String, String)> {
    terms
        .iter()
        .filter(|t| Some(t.slug.as_str()) != slug)
        .map(|t| (t.slug.clone(), t.labels.get(ui.tr.lang).to_string()))
        .collect()
}

async fn terms_page(
    ui: Ui,
    csrf: String,
    state: &AppState,
    kind: TermKind,
    form: Option<TermForm>,
    problems: Problems,
    saved: Option<String>,
) -> Result<TermsPage, WebError> {
    let terms = state.store.terms(kind).await?;
    let usage = state.store.term_usage(kind).await?;
    let label_of = |slug: &str| {
        terms
            .iter()
            .find(|t| t.slug == slug)
            .map_or(slug.to_string(), |t| t.labels.get(ui.tr.lang).to_string())
    };
    let rows = terms
        .iter()
        .map(|t| TermRow {
            slug: t.slug.clone(),
            labels: Lang::ALL
                .iter()
                .map(|l| t.labels.get(*l).to_string())
                .collect(),
            parent: t.parent.as_deref().map(label_of).unwrap_or_default(),
            cases: ui.num(
                usage
                    .iter()
                    .find(|u| u.value == t.slug)
                    .map_or(0, |u| u.count),
            ),
            edit: format!("/editor/terms/{}/{}", kind.as_str(), t.slug),
        })
        .collect();
    let notice = saved
        .filter(|s| terms.iter().any(|t| t.slug == *s))
        .map(|s| ui.v("editor-saved", &label_of(&s)));
    let form = form.unwrap_or_else(|| TermForm {
        slug: String::new(),
        labels: label_fields(&ui, &Labels::new("", "", "", "")),
        parent: String::new(),
        parents: parent_choices(&ui, &terms, None),
    });
    let kinds = TermKind::ALL
        .into_iter()
        .map(|k| {
            (
                k.as_str(),
                kind_name(&ui, k),
                format!("/editor/terms?kind={}", k.as_str()),
                k == kind,
            )
        })
        .collect();
    Ok(TermsPage {
        csrf,
        kind: kind.as_str(),
        kinds,
        rows,
        form,
        problems,
        notice,
        ui,
    })
}

pub(crate) async fn list(
    ui: Ui,
    editor: Editor,
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<TermsPage, WebError> {
    let kind = kind_of(q.kind.as_deref())?;
    terms_page(
        ui,
        editor.csrf(),
        &state,
        kind,
        None,
        Problems::default(),
        q.saved,
    )
    .await
}

/// Adds a term: its slug as given, or made from its English label.
pub(crate) async fn add(
    ui: Ui,
    editor: Editor,
    State(state): State<AppState>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = Submitted(form);
    let kind = kind_of(Some(form.get("kind")))?;
    let labels = typed_labels(&form);
    let typed_slug = form.get("slug").trim().to_string();
    let slug = if typed_slug.is_empty() && !labels.en.is_empty() {
        term_slug(&labels.en)
    } else {
        typed_slug.clone()
    };
    let term = Term {
        kind,
        slug: slug.clone(),
        parent: optional(form.get("parent")),
        labels,
    };
    let mut problems = Problems::default();
    match state.store.add_term(&term).await {
        Ok(()) => {
            return Ok(Redirect::to(&format!(
                "/editor/terms?kind={}&saved={}",
                kind.as_str(),
                term.slug
            ))
            .into_response());
        }
        Err(StoreError::Invalid(errors)) => problems.extend(&ui, &errors, str::to_string),
        Err(StoreError::Conflict { .. }) => {
            problems.add("slug", ui.v("editor-error-term-taken", &slug))
        }
        Err(e) => return Err(e.into()),
    }
    let terms = state.store.terms(kind).await?;
    let form = TermForm {
        slug: typed_slug,
        labels: label_fields(&ui, &term.labels),
        parent: term.parent.unwrap_or_default(),
        parents: parent_choices(&ui, &terms, None),
    };
    let page = terms_page(ui, editor.csrf(), &state, kind, Some(form), problems, None).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

/// The term `slug` of `kind`, or 404.
async fn find(
    state: &AppState,
    kind: &str,
    slug: &str,
) -> Result<(TermKind, Vec<Term>, Term), WebError> {
    let missing = || WebError::NotFound(format!("There is no {kind} \"{slug}\"."));
    let kind = TermKind::parse(kind).ok_or_else(missing)?;
    let terms = state.store.terms(kind).await?;
    let term = terms
        .iter()
        .find(|t| t.slug == slug)
        .cloned()
        .ok_or_else(missing)?;
    Ok((kind, terms, term))
}

async fn term_page(
    ui: Ui,
    csrf: String,
    state: &AppState,
    kind: TermKind,
    terms: &[Term],
    term: &Term,
    problems: Problems,
) -> Result<TermPage, WebError> {
    let usage = state.store.term_usage(kind).await?;
    let count = usage
        .iter()
        .find(|u| u.value == term.slug)
        .map_or(0, |u| u.count);
    Ok(TermPage {
        csrf,
        kind: kind.as_str(),
        kind_name: kind_name(&ui, kind),
        action: format!("/editor/terms/{}/{}", kind.as_str(), term.slug),
        cases: ui.n("editor-term-used", count),
        form: TermForm {
            slug: term.slug.clone(),
            labels: label_fields(&ui, &term.labels),
            parent: term.parent.clone().unwrap_or_default(),
            parents: parent_choices(&ui, terms, Some(&term.slug)),
        },
        problems,
        ui,
    })
}

pub(crate) async fn edit_form(
    ui: Ui,
    editor: Editor,
    State(state): State<AppState>,
    Path((kind, slug)): Path<(String, String)>,
) -> Result<TermPage, WebError> {
    let (kind, terms, term) = find(&state, &kind, &slug).await?;
    term_page(
        ui,
        editor.csrf(),
        &state,
        kind,
        &terms,
        &term,
        Problems::default(),
    )
    .await
}

/// Changes a term's labels and parent; its slug stays.
pub(crate) async fn save(
    ui: Ui,
    editor: Editor,
    State(state): State<AppState>,
    Path((kind, slug)): Path<(String, String)>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = Submitted(form);
    let (kind, terms, stored) = find(&state, &kind, &slug).await?;
    let term = Term {
        kind,
        slug: stored.slug,
        parent: optional(form.get("parent")),
        labels: typed_labels(&form),
    };
    let mut problems = Problems::default();
    match state.store.update_term(&term).await {
        Ok(()) => {
            return Ok(Redirect::to(&format!(
                "/editor/terms?kind={}&saved={}",
                kind.as_str(),
                term.slug
            ))
            .into_response());
        }
        Err(StoreError::Invalid(errors)) => problems.extend(&ui, &errors, str::to_string),
        Err(e) => return Err(e.into()),
    }
    let page = term_page(ui, editor.csrf(), &state, kind, &terms, &term, problems).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}
