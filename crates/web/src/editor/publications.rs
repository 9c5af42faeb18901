//! Publications (`/editor/publications`): the list, a form for a new one and the same form
//! to edit one. Every field of [`Publication`] is on the form; partners, key figures and
//! links are rows, with an "add another" button that sends the form back with one more
//! empty row (no JavaScript needed). Lists of words (themes, technologies, regions,
//! trends, related cases) are typed one per line. Related cases must exist. A new
//! publication's slug is given or made from its title and never changes afterwards: it is
//! the publication's public address.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use observa_domain::{Link, Media, Publication};
use observa_store::StoreError;
use serde::Deserialize;

use super::{Editor, Problems, Submitted, lines, optional, rows, year};
use crate::AppState;
use crate::error::WebError;
use crate::pages::Ui;

/// One input of a repeated row.
pub(crate) struct Cell {
    pub id: String,
    pub label: String,
    pub value: String,
    pub kind: &'static str,
}

/// A repeated field: its rows of cells and the button that adds one.
pub(crate) struct Repeated {
    pub name: &'static str,
    pub legend: String,
    pub hint: String,
    pub rows: Vec<Vec<Cell>>,
    pub add: String,
}

/// The form as typed (or as stored, when editing).
#[derive(Default)]
pub(crate) struct PublicationForm {
    slug: String,
    title: String,
    year: String,
    published: String,
    kind: String,
    series: String,
    publisher: String,
    summary: String,
    partners: Vec<String>,
    themes: String,
    technologies: String,
    regions: String,
    trends: String,
    /// (name, number) of each key figure.
    figures: Vec<(String, String)>,
    /// (title, address) of each link.
    links: Vec<(String, String)>,
    cover_url: String,
    cover_alt: String,
    related_cases: String,
}

impl PublicationForm {
    fn from_record(p: &Publication) -> Self {
        PublicationForm {
            slug: p.slug.clone(),
            title: p.title.clone(),
            year: p.year.to_string(),
            published: p.published.map(|d| d.to_string()).unwrap_or_default(),
            kind: p.kind.clone(),
            series: p.series.clone().unwrap_or_default(),
            publisher: p.publisher.clone(),
            summary: p.summary.clone(),
            partners: p.partners.clone(),
            themes: p.themes.join("\n"),
            technologies: p.technologies.join("\n"),
            regions: p.regions.join("\n"),
            trends: p.trends.join("\n"),
            figures: p
                .key_figures
                .iter()
                .map(|(k, v)| (k.clone(), v.to_string()))
                .collect(),
            links: p
                .links
                .iter()
                .map(|l| (l.title.clone(), l.url.clone()))
                .collect(),
            cover_url: p.cover.as_ref().map(|c| c.url.clone()).unwrap_or_default(),
            cover_alt: p
                .cover
                .as_ref()
                .and_then(|c| c.alt.clone())
                .unwrap_or_default(),
            related_cases: p.related_cases.join("\n"),
        }
    }

    /// What was typed; rows left empty are dropped.
    fn from_submitted(form: &Submitted) -> Self {
        let pairs = |list: &str, a: &str, b: &str| -> Vec<(String, String)> {
            (0..)
                .map_while(|i| {
                    let (ka, kb) = (format!("{list}.{i}.{a}"), format!("{list}.{i}.{b}"));
                    form.0.iter().any(|(k, _)| *k == ka || *k == kb).then(|| {
                        (
                            form.get(&ka).trim().to_string(),
                            form.get(&kb).trim().to_string(),
                        )
                    })
                })
                .filter(|(x, y)| !x.is_empty() || !y.is_empty())
                .collect()
        };
        let text = |name: &str| form.get(name).trim().to_string();
        PublicationForm {
            slug: text("slug"),
            title: text("title"),
            year: text("year"),
            published: text("published"),
            kind: text("kind"),
            series: text("series"),
            publisher: text("publisher"),
            summary: text("summary"),
            partners: (0..)
                .map_while(|i| {
                    let key = format!("partners.{i}");
                    form.0
                        .iter()
                        .any(|(k, _)| *k == key)
                        .then(|| form.get(&key).trim().to_string())
                })
                .filter(|p| !p.is_empty())
                .collect(),
            themes: text("themes"),
            technologies: text("technologies"),
            regions: text("regions"),
            trends: text("trends"),
            figures: pairs("key_figures", "name", "value"),
            links: pairs("links", "title", "url"),
            cover_url: text("cover.url"),
            cover_alt: text("cover.alt"),
            related_cases: text("related_cases"),
        }
    }

    /// The record the form describes, over `base` (the stored one when editing, to keep
    /// what the form does not show, such as a cover's caption), with a problem beside each
    /// field that could not even be read (a year that is not a number).
    fn to_record(
        &self,
        ui: &Ui,
        base: Option<&Publication>,
        problems: &mut Problems,
    ) -> Publication {
        let published = optional(&self.published).and_then(|d| {
            d.parse::<chrono::NaiveDate>()
                .map_err(|_| problems.add("published", ui.t("editor-error-not-a-date")))
                .ok()
        });
        let mut key_figures = std::collections::BTreeMap::new();
        for (i, (name, value)) in self.figures.iter().enumerate() {
            if name.is_empty() {
                problems.add(
                    format!("key_figures.{i}.name"),
                    ui.t("editor-error-required"),
                );
            } else if key_figures.contains_key(name) {
                problems.add(
                    format!("key_figures.{i}.name"),
                    ui.t("editor-error-figure-twice"),
                );
            }
            match value.replace([',', ' ', '\u{202f}'], "").parse::<i64>() {
                Ok(n) => {
                    key_figures.insert(name.clone(), n);
                }
                Err(_) => problems.add(
                    format!("key_figures.{i}.value"),
                    ui.t("editor-error-not-a-number"),
                ),
            }
        }
        let cover = (!self.cover_url.is_empty() || !self.cover_alt.is_empty()).then(|| {
            let old = base.and_then(|b| b.cover.clone());
            Media {
                url: self.cover_url.clone(),
                alt: Some(self.cover_alt.clone()),
                title: old.as_ref().map(|c| c.title.clone()).unwrap_or_default(),
                media_type: old.and_then(|c| c.media_type),
            }
        });
        Publication {
            slug: self.slug.clone(),
            title: self.title.clone(),
            year: year(ui, problems, "year", &self.year),
            published,
            kind: self.kind.clone(),
            series: optional(&self.series),
            publisher: self.publisher.clone(),
            partners: self.partners.clone(),
            summary: self.summary.clone(),
            themes: lines(&self.themes),
            technologies: lines(&self.technologies),
            regions: lines(&self.regions),
            key_figures,
            trends: lines(&self.trends),
            links: self
                .links
                .iter()
                .map(|(title, url)| Link {
                    title: title.clone(),
                    url: url.clone(),
                })
                .collect(),
            cover,
            related_cases: lines(&self.related_cases),
        }
    }

    /// Where the form shows a problem the domain found at `field`.
    fn field_id(&self, field: &str) -> String {
        let list = field.split('.').next().unwrap_or(field);
        match list {
            "themes" | "technologies" | "regions" | "trends" | "related_cases" => list.to_string(),
            "key_figures" => {
                let name = field.strip_prefix("key_figures.").unwrap_or("");
                match self.figures.iter().position(|(n, _)| n == name) {
                    Some(i) => format!("key_figures.{i}.name"),
                    None => "key_figures".to_string(),
                }
            }
            _ => field.to_string(),
        }
    }

    fn repeated(&self, ui: &Ui, more: Option<&str>) -> Vec<Repeated> {
        let cell = |id: String, label: String, value: &str, kind| Cell {
            id,
            label,
            value: value.to_string(),
            kind,
        };
        let n = |id: &str, i: usize| ui.n(id, (i + 1) as i64);
        let partners = (0..rows(self.partners.len(), 2, more == Some("partners")))
            .map(|i| {
                vec![cell(
                    format!("partners.{i}"),
                    n("editor-pub-partner", i),
                    self.partners.get(i).map_or("", String::as_str),
                    "text",
                )]
            })
            .collect();
        let figures = (0..rows(self.figures.len(), 2, more == Some("key_figures")))
            .map(|i| {
                let (name, value) = self
                    .figures
                    .get(i)
                    .map_or(("", ""), |(a, b)| (a.as_str(), b.as_str()));
                vec![
                    cell(
                        format!("key_figures.{i}.name"),
                        n("editor-pub-figure-name", i),
                        name,
                        "text",
                    ),
                    cell(
                        format!("key_figures.{i}.value"),
                        n("editor-pub-figure-value", i),
                        value,
                        "text",
                    ),
                ]
            })
            .collect();
        let links = (0..rows(self.links.len(), 2, more == Some("links")))
            .map(|i| {
                let (title, url) = self
                    .links
                    .get(i)
                    .map_or(("", ""), |(a, b)| (a.as_str(), b.as_str()));
                vec![
                    cell(
                        format!("links.{i}.title"),
                        n("editor-pub-link-title", i),
                        title,
                        "text",
                    ),
                    cell(
                        format!("links.{i}.url"),
                        n("editor-pub-link-url", i),
                        url,
                        "url",
                    ),
                ]
            })
            .collect();
        vec![
            Repeated {
                name: "partners",
                legend: ui.t("editor-pub-partners"),
                hint: String::new(),
                rows: partners,
                add: ui.t("editor-pub-add-partner"),
            },
            Repeated {
                name: "key_figures",
                legend: ui.t("editor-pub-figures"),
                hint: ui.t("editor-pub-figures-hint"),
                rows: figures,
                add: ui.t("editor-pub-add-figure"),
            },
            Repeated {
                name: "links",
                legend: ui.t("editor-pub-links"),
                hint: ui.t("editor-pub-links-hint"),
                rows: links,
                add: ui.t("editor-pub-add-link"),
            },
        ]
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "editor_publications.html")]
pub(crate) struct ListPage {
    ui: Ui,
    /// (title, year, kind, edit link, public link)
    rows: Vec<(String, i32, String, String, String)>,
    notice: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "editor_publication.html")]
pub(crate) struct FormPage {
    ui: Ui,
    csrf: String,
    /// Editing an existing publication (its slug is shown, not asked for).
    editing: bool,
    heading: String,
    action: String,
    form: PublicationForm,
    repeated: Vec<Repeated>,
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
    let all = state.store.publications().await?;
    let notice = q
        .saved
        .and_then(|s| all.iter().find(|p| p.slug == s))
        .map(|p| ui.v("editor-saved", &p.title));
    Ok(ListPage {
        rows: all
            .into_iter()
            .map(|p| {
                (
                    format!("/editor/publications/{}", p.slug),
                    format!("/publications/{}", p.slug),
                    p,
                )
            })
            .map(|(edit, public, p)| (p.title, p.year, p.kind, edit, public))
            .collect(),
        notice,
        ui,
    })
}

fn page(
    ui: Ui,
    csrf: String,
    editing: bool,
    form: PublicationForm,
    more: Option<&str>,
    problems: Problems,
) -> FormPage {
    let (heading, action) = if editing {
        (
            ui.v("editor-pub-edit-title", &form.title),
            format!("/editor/publications/{}", form.slug),
        )
    } else {
        (
            ui.t("editor-pub-new-title"),
            "/editor/publications/new".to_string(),
        )
    };
    FormPage {
        csrf,
        editing,
        heading,
        action,
        repeated: form.repeated(&ui, more),
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
        PublicationForm::default(),
        None,
        Problems::default(),
    )
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
        PublicationForm::from_record(&stored),
        None,
        Problems::default(),
    ))
}

async fn found(state: &AppState, slug: &str) -> Result<Publication, WebError> {
    state
        .store
        .publication_by_slug(slug)
        .await?
        .ok_or_else(|| WebError::NotFound(format!("No publication has the address \"{slug}\".")))
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

/// Saves a new publication (`stored` is `None`) or an edited one, or sends the form back
/// with one more row, or with its problems.
async fn write(
    ui: Ui,
    editor: Editor,
    state: AppState,
    stored: Option<Publication>,
    submitted: Submitted,
) -> Result<Response, WebError> {
    let mut form = PublicationForm::from_submitted(&submitted);
    let editing = stored.is_some();
    match &stored {
        Some(p) => form.slug = p.slug.clone(),
        None if form.slug.is_empty() && !form.title.is_empty() => {
            form.slug = observa_domain::slug::slugify(&form.title);
        }
        None => {}
    }
    if let Some(more) = submitted.more() {
        let more = more.to_string();
        return Ok(page(
            ui,
            editor.csrf(),
            editing,
            form,
            Some(&more),
            Problems::default(),
        )
        .into_response());
    }
    let mut problems = Problems::default();
    let record = form.to_record(&ui, stored.as_ref(), &mut problems);
    if let Err(errors) = record.validate() {
        problems.extend(&ui, &errors, |f| form.field_id(f));
    }
    for slug in &record.related_cases {
        if observa_domain::slug::is_valid_slug(slug)
            && state.store.case_by_slug(slug).await?.is_none()
        {
            problems.add("related_cases", ui.v("editor-error-unknown-case", slug));
        }
    }
    if !problems.any() {
        let written = if editing {
            state.store.upsert_publication(&record).await
        } else {
            state.store.add_publication(&record).await
        };
        match written {
            Ok(()) => {
                return Ok(
                    Redirect::to(&format!("/editor/publications?saved={}", record.slug))
                        .into_response(),
                );
            }
            Err(StoreError::Invalid(errors)) => problems.extend(&ui, &errors, |f| form.field_id(f)),
            Err(StoreError::Conflict { .. }) => {
                problems.add("slug", ui.v("editor-error-taken", &record.slug))
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        page(ui, editor.csrf(), editing, form, None, problems),
    )
        .into_response())
}
