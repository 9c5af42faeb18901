//! The HTML pages: home, case library, case page, publications and error pages. Each
//! handler gathers plain display values; templates (in `templates/`) only lay them out,
//! and askama escapes everything that is not explicitly sanitised HTML.

use std::collections::HashMap;
use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use observa_domain::publication::excerpt;
use observa_domain::{
    Case, CaseSource, CountryCode, GovLevel, Lang, Publication, Sector, Stage, TermKind, Vocabulary,
};
use observa_store::{CaseFilter, Store};

use crate::AppState;
use crate::error::WebError;
use crate::params::{Unknown, parse_case_query};

const LANG: Lang = Lang::En;
const STYLESHEET: &str = include_str!("../static/site.css");

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/cases", get(case_list))
        .route("/cases/{slug}", get(case_page))
        .route("/publications", get(publication_list))
        .route("/publications/{slug}", get(publication_page))
        .route("/static/site.css", get(stylesheet))
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLESHEET,
    )
}

/// A case as a result card.
pub(crate) struct CaseCard {
    slug: String,
    title: String,
    pitch: String,
    countries: String,
    year: String,
    organisation: String,
}

impl CaseCard {
    fn new(case: Case) -> Self {
        CaseCard {
            countries: country_names(&case.countries),
            year: case
                .year_launched
                .map(|y| y.to_string())
                .unwrap_or_default(),
            organisation: case.organisation.name,
            pitch: excerpt(&case.pitch, 300),
            title: case.title,
            slug: case.slug,
        }
    }
}

fn country_names(countries: &[CountryCode]) -> String {
    countries
        .iter()
        .map(|c| c.name(LANG))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A publication as a card, its summary cut at a word boundary.
pub(crate) struct PublicationCard {
    slug: String,
    title: String,
    kind: String,
    year: i32,
    publisher: String,
    summary: String,
}

impl PublicationCard {
    fn new(p: &Publication) -> Self {
        PublicationCard {
            slug: p.slug.clone(),
            title: p.title.clone(),
            kind: p.kind.clone(),
            year: p.year,
            publisher: p.publisher.clone(),
            summary: p.summary_excerpt(220),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
struct HomePage {
    cases: i64,
    countries: i64,
    /// (label, link, count) for each sector that has cases.
    sectors: Vec<(String, String, i64)>,
    latest: Vec<CaseCard>,
    publications: Vec<PublicationCard>,
}

async fn home(State(store): State<Arc<dyn Store>>) -> Result<HomePage, WebError> {
    let counts = store.counts().await?;
    let latest = store
        .list_cases(
            &CaseFilter::default(),
            observa_store::Page { number: 1, size: 6 },
        )
        .await?;
    let publications = store.publications().await?;
    let sectors = store
        .facet_counts("sector", &CaseFilter::default())
        .await?
        .into_iter()
        .map(|fc| {
            (
                label_of::<Sector>(&fc.value),
                format!("/cases?sector={}", fc.value),
                fc.count,
            )
        })
        .collect();
    Ok(HomePage {
        cases: counts.cases,
        countries: counts.countries,
        sectors,
        latest: latest
            .cases
            .into_iter()
            .map(|s| CaseCard::new(s.case))
            .collect(),
        publications: publications
            .iter()
            .take(3)
            .map(PublicationCard::new)
            .collect(),
    })
}

/// One value in a facet list: its label, count, and the link that toggles it.
struct FacetOption {
    label: String,
    count: i64,
    selected: bool,
    href: String,
}

struct Facet {
    title: &'static str,
    options: Vec<FacetOption>,
}

struct PageLink {
    label: String,
    href: String,
    current: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "case_list.html")]
struct CaseListPage {
    total: i64,
    cards: Vec<CaseCard>,
    facets: Vec<Facet>,
    pages: Vec<PageLink>,
    year_from: String,
    year_to: String,
    hidden: Vec<(String, String)>,
}

/// The query string as ordered pairs, to build links that change one thing.
struct QueryState(Vec<(String, String)>);

impl QueryState {
    fn href(pairs: &[(String, String)]) -> String {
        if pairs.is_empty() {
            return "/cases".into();
        }
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs.iter())
            .finish();
        format!("/cases?{query}")
    }

    fn toggled(&self, key: &str, value: &str) -> String {
        let mut pairs: Vec<_> = self
            .0
            .iter()
            .filter(|(k, _)| k != "page")
            .cloned()
            .collect();
        let before = pairs.len();
        pairs.retain(|(k, v)| !(k == key && v == value));
        if pairs.len() == before {
            pairs.push((key.into(), value.into()));
        }
        Self::href(&pairs)
    }

    fn with_page(&self, page: u32) -> String {
        let mut pairs: Vec<_> = self
            .0
            .iter()
            .filter(|(k, _)| k != "page")
            .cloned()
            .collect();
        if page > 1 {
            pairs.push(("page".into(), page.to_string()));
        }
        Self::href(&pairs)
    }
}

async fn case_list(
    State(store): State<Arc<dyn Store>>,
    RawQuery(raw): RawQuery,
) -> Result<CaseListPage, WebError> {
    let query = parse_case_query(raw.as_deref(), Unknown::Ignore)?;
    crate::api::check_open_vocabularies(&*store, &query.filter).await?;
    let state = QueryState(
        url::form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
    );
    let result = store.list_cases(&query.filter, query.page).await?;
    let technologies = term_labels(&*store, TermKind::Technology).await?;

    let mut facets = Vec::new();
    for (field, title) in [
        ("country", "Country"),
        ("sector", "Sector"),
        ("technology", "Technology"),
        ("stage", "Stage"),
        ("level", "Level of government"),
    ] {
        // Each facet counts with every filter but its own, so the other choices stay visible.
        let mut others = query.filter.clone();
        match field {
            "country" => others.countries.clear(),
            "sector" => others.sectors.clear(),
            "technology" => others.technologies.clear(),
            "stage" => others.stages.clear(),
            _ => others.levels.clear(),
        }
        let counts = store.facet_counts(field, &others).await?;
        let options = counts
            .into_iter()
            .take(if field == "country" { 30 } else { 20 })
            .map(|fc| {
                let label = match field {
                    "country" => CountryCode::parse(&fc.value)
                        .map(|c| c.name(LANG))
                        .unwrap_or(fc.value.clone()),
                    "sector" => label_of::<Sector>(&fc.value),
                    "stage" => label_of::<Stage>(&fc.value),
                    "level" => label_of::<GovLevel>(&fc.value),
                    _ => technologies
                        .get(&fc.value)
                        .cloned()
                        .unwrap_or(fc.value.clone()),
                };
                FacetOption {
                    selected: state
                        .0
                        .iter()
                        .any(|(k, v)| k == field && v.eq_ignore_ascii_case(&fc.value)),
                    href: state.toggled(field, &fc.value),
                    label,
                    count: fc.count,
                }
            })
            .collect();
        facets.push(Facet { title, options });
    }

    let last =
        u32::try_from((result.total + i64::from(query.page.size) - 1) / i64::from(query.page.size))
            .unwrap_or(1)
            .max(1);
    let current = query.page.number;
    let pages = (1..=last)
        .filter(|n| *n == 1 || *n == last || n.abs_diff(current) <= 2)
        .map(|n| PageLink {
            label: n.to_string(),
            href: state.with_page(n),
            current: n == current,
        })
        .collect();
    Ok(CaseListPage {
        total: result.total,
        cards: result
            .cases
            .into_iter()
            .map(|s| CaseCard::new(s.case))
            .collect(),
        facets,
        pages,
        year_from: query
            .filter
            .year_from
            .map(|y| y.to_string())
            .unwrap_or_default(),
        year_to: query
            .filter
            .year_to
            .map(|y| y.to_string())
            .unwrap_or_default(),
        hidden: state
            .0
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "year_from" | "year_to" | "page"))
            .cloned()
            .collect(),
    })
}

/// The labels of an open vocabulary's terms, by slug.
async fn term_labels(
    store: &dyn Store,
    kind: TermKind,
) -> Result<HashMap<String, String>, WebError> {
    let terms = store.terms(kind).await?;
    Ok(terms
        .into_iter()
        .map(|t| (t.slug, t.labels.get(LANG).to_string()))
        .collect())
}

fn label_of<V: Vocabulary>(slug: &str) -> String {
    V::parse(slug)
        .map(|v| v.label(LANG).to_string())
        .unwrap_or_else(|_| slug.to_string())
}

/// A labelled value in the case page's metadata panel.
struct Fact {
    label: &'static str,
    value: String,
}

struct Section {
    heading: &'static str,
    text: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "case.html")]
struct CasePage {
    case: Case,
    overview_html: String,
    facts: Vec<Fact>,
    sections: Vec<Section>,
    source: Option<String>,
    json_url: String,
}

async fn case_page(
    State(store): State<Arc<dyn Store>>,
    Path(slug): Path<String>,
) -> Result<CasePage, WebError> {
    let stored = crate::api::public_case(&*store, &slug).await?;
    let case = stored.case;
    let tech_labels = term_labels(&*store, TermKind::Technology).await?;
    let tag_labels = term_labels(&*store, TermKind::Tag).await?;
    let join = |items: Vec<String>| items.join(", ");
    let mut facts = vec![
        Fact {
            label: "Organisation",
            value: case.organisation.name.clone(),
        },
        Fact {
            label: "Organisation type",
            value: case
                .organisation
                .kind
                .map(|k| k.label(LANG).to_string())
                .unwrap_or_default(),
        },
        Fact {
            label: "Countries",
            value: country_names(&case.countries),
        },
        Fact {
            label: "Region",
            value: join(
                case.regions()
                    .iter()
                    .map(|r| r.label(LANG).to_string())
                    .collect(),
            ),
        },
        Fact {
            label: "Place",
            value: case.subnational.clone().unwrap_or_default(),
        },
        Fact {
            label: "Level of government",
            value: case
                .level
                .map(|l| l.label(LANG).to_string())
                .unwrap_or_default(),
        },
        Fact {
            label: "Launched",
            value: case
                .year_launched
                .map(|y| y.to_string())
                .unwrap_or_default(),
        },
        Fact {
            label: "Ended",
            value: case.year_ended.map(|y| y.to_string()).unwrap_or_default(),
        },
        Fact {
            label: "Stage",
            value: case
                .stage
                .map(|s| s.label(LANG).to_string())
                .unwrap_or_default(),
        },
        Fact {
            label: "Status",
            value: case
                .lifecycle
                .map(|s| s.label(LANG).to_string())
                .unwrap_or_default(),
        },
        Fact {
            label: "Sectors",
            value: join(
                case.sectors
                    .iter()
                    .map(|s| s.label(LANG).to_string())
                    .collect(),
            ),
        },
        Fact {
            label: "Technologies",
            value: join(
                case.technologies
                    .iter()
                    .map(|t| tech_labels.get(t).cloned().unwrap_or(t.clone()))
                    .collect(),
            ),
        },
        Fact {
            label: "Innovation tags",
            value: join(
                case.tags
                    .iter()
                    .map(|t| tag_labels.get(t).cloned().unwrap_or(t.clone()))
                    .collect(),
            ),
        },
        Fact {
            label: "Innovation facets",
            value: join(
                case.facets
                    .iter()
                    .map(|f| f.label(LANG).to_string())
                    .collect(),
            ),
        },
        Fact {
            label: "Sustainable Development Goals",
            value: join(case.sdgs.iter().map(|g| format!("SDG {g}")).collect()),
        },
    ];
    facts.retain(|f| !f.value.is_empty());
    let sections = case
        .story
        .sections()
        .into_iter()
        .filter_map(|(_, heading, text)| {
            text.filter(|t| !t.trim().is_empty()).map(|t| Section {
                heading,
                text: t.to_string(),
            })
        })
        .collect();
    let source = match &case.provenance.source {
        CaseSource::Imported {
            dataset, record_id, ..
        } => Some(format!(
            "Imported from the {} dataset (record {record_id}). {}",
            dataset.to_uppercase(),
            case.provenance.attribution.clone().unwrap_or_default()
        )),
        CaseSource::Submitted => None,
    };
    Ok(CasePage {
        overview_html: markdown(&case.overview),
        json_url: format!("/api/v1/cases/{}", case.slug),
        facts,
        sections,
        source,
        case,
    })
}

/// Markdown to HTML, always sanitised: no script, no style, no event handlers.
pub(crate) fn markdown(text: &str) -> String {
    let parser = pulldown_cmark::Parser::new(text);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::clean(&html)
}

#[derive(Template, WebTemplate)]
#[template(path = "publications.html")]
struct PublicationListPage {
    cards: Vec<PublicationCard>,
}

async fn publication_list(
    State(store): State<Arc<dyn Store>>,
) -> Result<PublicationListPage, WebError> {
    let publications = store.publications().await?;
    Ok(PublicationListPage {
        cards: publications.iter().map(PublicationCard::new).collect(),
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "publication.html")]
struct PublicationPage {
    publication: Publication,
    figures: Vec<(String, String)>,
}

async fn publication_page(
    State(store): State<Arc<dyn Store>>,
    Path(slug): Path<String>,
) -> Result<PublicationPage, WebError> {
    let publication = store
        .publication_by_slug(&slug)
        .await?
        .ok_or_else(|| WebError::NotFound(format!("No publication has the address \"{slug}\".")))?;
    let figures = publication
        .key_figures
        .iter()
        .map(|(k, v)| {
            let mut label = k.replace('_', " ");
            if let Some(first) = label.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            (label, v.to_string())
        })
        .collect();
    Ok(PublicationPage {
        publication,
        figures,
    })
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    status: u16,
    reason: &'a str,
    code: &'a str,
    detail: &'a str,
}

/// The HTML page for an error (see `html_errors`).
pub(crate) fn error_page(status: StatusCode, code: &str, detail: &str) -> Html<String> {
    let page = ErrorPage {
        status: status.as_u16(),
        reason: status.canonical_reason().unwrap_or("Error"),
        code,
        detail,
    };
    Html(
        page.render()
            .unwrap_or_else(|_| format!("<h1>{}</h1>", status.as_u16())),
    )
}
