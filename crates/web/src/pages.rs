//! The HTML pages: home, case library, case page, publications and error pages. Each
//! handler gathers plain display values; templates (in `templates/`) only lay them out,
//! and askama escapes everything that is not explicitly sanitised HTML.

use std::collections::HashMap;
use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use observa_domain::publication::excerpt;
use observa_domain::{Case, CaseSource, CountryCode, Lang, Publication, Vocabulary};
use observa_search::{FACETS, Sort};
use observa_store::query::FACET_FIELDS;
use observa_store::{CaseFilter, Store};

use crate::AppState;
use crate::error::WebError;
use crate::params::{
    CaseQuery, DEFAULT_PER_PAGE, MAX_RESULT_WINDOW, SORTS, Unknown, parse_case_query, sort_name,
};
use crate::search::{FacetEntry, Found};

const LANG: Lang = Lang::En;
const STYLESHEET: &str = include_str!("../static/site.css");
/// htmx 4.0.1, from the npm package `htmx.org` (`dist/htmx.min.js`, BSD Zero Clause
/// licence). Its address holds its version, so it can be cached for good; `base.html`
/// loads it from there.
const HTMX: &str = include_str!("../static/htmx-4.0.1.min.js");
const HTMX_PATH: &str = "/static/htmx-4.0.1.min.js";

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/cases", get(case_list))
        .route("/cases/{slug}", get(case_page))
        .route("/publications", get(publication_list))
        .route("/publications/{slug}", get(publication_page))
        .route("/static/site.css", get(stylesheet))
        .route(HTMX_PATH, get(htmx))
}

async fn htmx() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        HTMX,
    )
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
    /// The language the case is written in, when it is not the page's.
    lang: String,
    sectors: String,
    /// The title with the searched words marked: escaped HTML from the search index.
    title_html: Option<String>,
    /// The passage that best matches the search, marked: escaped HTML from the index.
    snippet_html: Option<String>,
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
            sectors: case
                .sectors
                .iter()
                .map(|s| s.label(LANG))
                .collect::<Vec<_>>()
                .join(", "),
            title_html: None,
            snippet_html: None,
            lang: case.language,
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
                crate::search::label("sector", &fc.value, &HashMap::new(), LANG),
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
    /// Stable across requests, so that focus stays on it when the list is swapped in place.
    id: String,
    label: String,
    count: u32,
    selected: bool,
    href: String,
}

/// A facet of the sidebar: the most frequent values, then the rest behind "Show all".
struct Facet {
    name: &'static str,
    title: &'static str,
    options: Vec<FacetOption>,
    more: Vec<FacetOption>,
    /// Whether "Show all" starts open (a chosen value is among the rest).
    more_open: bool,
}

impl Facet {
    fn len(&self) -> usize {
        self.options.len() + self.more.len()
    }
}

/// A chosen filter (or the search words), with the link that removes just it.
struct Chip {
    label: String,
    href: String,
}

struct PageLink {
    label: String,
    href: String,
    current: bool,
    /// Pages were skipped before this one.
    gap_before: bool,
}

struct SortOption {
    value: &'static str,
    label: &'static str,
    selected: bool,
}

/// The case library. Everything between the heading and the footer is the `library`
/// block, which is also what an htmx request gets back to swap in place.
#[derive(Template, WebTemplate)]
#[template(path = "case_list.html", blocks = ["title", "library"])]
struct CaseListPage {
    title: String,
    /// The search box, as typed.
    q: String,
    sorts: Vec<SortOption>,
    /// The state the search form carries besides its visible fields.
    hidden: Vec<(String, String)>,
    /// "12 cases for “water”", or what went wrong.
    summary: String,
    /// "Page 2 of 5" when there is more than one.
    page_note: String,
    error: Option<String>,
    chips: Vec<Chip>,
    clear_all: String,
    facets: Vec<Facet>,
    year_from: String,
    year_to: String,
    cards: Vec<CaseCard>,
    first_page: Option<String>,
    pages: Vec<PageLink>,
    prev: Option<String>,
    next: Option<String>,
}

/// The facets of the sidebar, in order, with their headings.
const FACET_TITLES: [(&str, &str); 10] = [
    ("country", "Country"),
    ("region", "Region"),
    ("year", "Year launched"),
    ("sector", "Sector"),
    ("technology", "Technology"),
    ("tag", "Innovation tag"),
    ("stage", "Stage"),
    ("level", "Level of government"),
    ("innovation_facet", "Innovation facet"),
    ("organisation_type", "Organisation type"),
];

/// Values shown before "Show all".
const FACET_VISIBLE: usize = 15;
/// Values counted per facet: enough for every country.
const FACET_COUNTED: usize = 300;
/// The order of the keys in the links the page builds: the words, the filters (in
/// `FACET_FIELDS` order), then these.
const TRAILING_KEYS: [&str; 5] = ["year_from", "year_to", "sort", "per_page", "page"];

fn key_rank(key: &str) -> Option<usize> {
    std::iter::once("q")
        .chain(FACET_FIELDS)
        .chain(TRAILING_KEYS)
        .position(|k| k == key)
}

/// The page's state as canonical query pairs (the page number aside), to build links that
/// change one thing and keep all the rest.
#[derive(Clone)]
struct QueryState(Vec<(String, String)>);

impl QueryState {
    fn of(query: &CaseQuery) -> Self {
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut push = |key: &str, value: String| {
            if !pairs.iter().any(|(k, v)| k == key && *v == value) {
                pairs.push((key.into(), value));
            }
        };
        if !query.q.is_empty() {
            push("q", query.q.clone());
        }
        for (field, values) in query.filter.value_conditions() {
            for value in values {
                push(field, value);
            }
        }
        if let Some(year) = query.filter.year_from {
            push("year_from", year.to_string());
        }
        if let Some(year) = query.filter.year_to {
            push("year_to", year.to_string());
        }
        if let Some(sort) = query.sort {
            push("sort", sort_name(sort).into());
        }
        if query.page.size != DEFAULT_PER_PAGE {
            push("per_page", query.page.size.to_string());
        }
        QueryState(pairs)
    }

    fn has(&self, key: &str, value: &str) -> bool {
        self.0.iter().any(|(k, v)| k == key && v == value)
    }

    fn href(&self) -> String {
        if self.0.is_empty() {
            return "/cases".into();
        }
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(self.0.iter())
            .finish();
        format!("/cases?{query}")
    }

    fn changed(&self, change: impl FnOnce(&mut Vec<(String, String)>)) -> String {
        let mut pairs = self.0.clone();
        change(&mut pairs);
        pairs.sort_by_key(|(k, _)| key_rank(k));
        QueryState(pairs).href()
    }

    /// Adds the value if it is not chosen, removes it if it is.
    fn toggled(&self, key: &str, value: &str) -> String {
        let chosen = self.has(key, value);
        self.changed(|pairs| {
            if chosen {
                pairs.retain(|(k, v)| !(k == key && v == value));
            } else {
                pairs.push((key.into(), value.into()));
            }
        })
    }

    fn without_keys(&self, keys: &[&str]) -> String {
        self.changed(|pairs| pairs.retain(|(k, _)| !keys.contains(&k.as_str())))
    }

    fn only_keys(&self, keys: &[&str]) -> String {
        self.changed(|pairs| pairs.retain(|(k, _)| keys.contains(&k.as_str())))
    }

    fn with_years(&self, from: Option<i32>, to: Option<i32>) -> String {
        self.changed(|pairs| {
            pairs.retain(|(k, _)| k != "year_from" && k != "year_to");
            pairs.extend(from.map(|y| ("year_from".to_string(), y.to_string())));
            pairs.extend(to.map(|y| ("year_to".to_string(), y.to_string())));
        })
    }

    fn with_page(&self, page: u32) -> String {
        self.changed(|pairs| {
            if page > 1 {
                pairs.push(("page".into(), page.to_string()));
            }
        })
    }
}

/// Whether an htmx request asks for the part of the page it swaps rather than the whole
/// page (a history restore, or a swap of the whole body, wants the whole page).
fn wants_fragment(headers: &HeaderMap) -> bool {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    header("hx-request") == Some("true")
        && header("hx-history-restore-request").is_none()
        && header("hx-request-type") != Some("full")
}

async fn case_list(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let page = match parse_case_query(raw.as_deref(), Unknown::Ignore) {
        Ok(mut query) => {
            query.facets = FACETS.to_vec();
            query.facet_limit = FACET_COUNTED;
            match crate::search::run(&state, &query, LANG).await {
                Ok(found) => case_list_page(&query, found),
                Err(e @ WebError::BadRequest { .. }) => failed_case_list(raw.as_deref(), &e),
                Err(e) => return Err(e),
            }
        }
        Err(e) => failed_case_list(raw.as_deref(), &e),
    };
    let status = if page.error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    // The same address answers a page or a fragment: caches must tell them apart.
    let vary = [(
        header::VARY,
        "HX-Request, HX-Request-Type, HX-History-Restore-Request",
    )];
    if wants_fragment(&headers) {
        // The title comes first: htmx sets the document's title from it.
        let rendered = page.as_title().render().and_then(|title| {
            Ok(format!(
                "<title>{title} · Observa</title>\n{}",
                page.as_library().render()?
            ))
        });
        match rendered {
            Ok(html) => Ok((status, vary, Html(html)).into_response()),
            Err(error) => {
                tracing::error!(%error, "the case list fragment did not render");
                Ok(StatusCode::INTERNAL_SERVER_ERROR.into_response())
            }
        }
    } else {
        Ok((status, vary, page).into_response())
    }
}

/// The page for a query string that cannot be searched: the search box as it was, and why.
fn failed_case_list(raw: Option<&str>, error: &WebError) -> CaseListPage {
    let q = url::form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .filter(|(k, v)| k == "q" && !v.trim().is_empty())
        .map(|(_, v)| v.trim().to_string())
        .collect::<Vec<_>>()
        .join(" ");
    CaseListPage {
        title: "Case library".into(),
        sorts: sort_options(&q, None),
        q,
        hidden: Vec::new(),
        summary: "This search could not be run".into(),
        page_note: String::new(),
        error: Some(error.detail()),
        chips: Vec::new(),
        clear_all: "/cases".into(),
        facets: Vec::new(),
        year_from: String::new(),
        year_to: String::new(),
        cards: Vec::new(),
        first_page: None,
        pages: Vec::new(),
        prev: None,
        next: None,
    }
}

fn sort_options(q: &str, chosen: Option<Sort>) -> Vec<SortOption> {
    let chosen = chosen.unwrap_or(Sort::Relevance);
    SORTS
        .iter()
        .map(|(value, sort)| SortOption {
            value,
            label: match sort {
                Sort::Relevance if q.trim().is_empty() => {
                    "Relevance (newest first without search words)"
                }
                Sort::Relevance => "Relevance",
                Sort::Newest => "Recently published",
                Sort::Year => "Year launched, latest first",
            },
            selected: *sort == chosen,
        })
        .collect()
}

fn facet_title(facet: &str) -> &str {
    FACET_TITLES
        .iter()
        .find(|(f, _)| *f == facet)
        .map_or(facet, |(_, t)| t)
}

fn plural(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn case_list_page(query: &CaseQuery, found: Found) -> CaseListPage {
    let qs = QueryState::of(query);
    let counted: HashMap<&str, &[FacetEntry]> = found
        .facets
        .iter()
        .map(|f| (f.facet, f.values.as_slice()))
        .collect();

    // Labels of chosen values come from their counts; a value no result has any more
    // (so it has no count) is labelled from the vocabularies the search loaded.
    let chosen = query.filter.value_conditions();
    let label = |facet: &str, value: &str| -> String {
        counted
            .get(facet)
            .and_then(|entries| entries.iter().find(|e| e.value == value))
            .map_or_else(
                || crate::search::label(facet, value, &found.term_labels, LANG),
                |e| e.label.clone(),
            )
    };

    let (year_from, year_to) = (query.filter.year_from, query.filter.year_to);
    let single_year = year_from.filter(|_| year_from == year_to);
    let mut facets = Vec::new();
    for (name, title) in FACET_TITLES {
        let mut entries: Vec<FacetEntry> =
            counted.get(name).map(|e| e.to_vec()).unwrap_or_default();
        // A chosen value stays listed (with no count) so that it can be unchosen.
        if name == "year" {
            if let Some(year) = single_year.map(|y| y.to_string())
                && !entries.iter().any(|e| e.value == year)
            {
                entries.push(FacetEntry {
                    label: year.clone(),
                    value: year,
                    count: 0,
                });
            }
            entries.sort_by(|a, b| b.value.cmp(&a.value));
        } else if let Some((_, values)) = chosen.iter().find(|(f, _)| *f == name) {
            for value in values {
                if !entries.iter().any(|e| e.value == *value) {
                    entries.push(FacetEntry {
                        label: label(name, value),
                        value: value.clone(),
                        count: 0,
                    });
                }
            }
        }
        let mut options: Vec<FacetOption> = entries
            .into_iter()
            .map(|entry| {
                let (selected, href) = if name == "year" {
                    let year = entry.value.parse::<i32>().ok();
                    let selected = year.is_some() && single_year == year;
                    let href = if selected {
                        qs.with_years(None, None)
                    } else {
                        qs.with_years(year, year)
                    };
                    (selected, href)
                } else {
                    (qs.has(name, &entry.value), qs.toggled(name, &entry.value))
                };
                FacetOption {
                    id: format!("facet-{name}-{}", entry.value),
                    label: entry.label,
                    count: entry.count,
                    selected,
                    href,
                }
            })
            .collect();
        let more = if options.len() > FACET_VISIBLE + 3 {
            options.split_off(FACET_VISIBLE)
        } else {
            Vec::new()
        };
        facets.push(Facet {
            name,
            title,
            more_open: more.iter().any(|o| o.selected),
            options,
            more,
        });
    }

    let mut chips = Vec::new();
    if !query.q.is_empty() {
        chips.push(Chip {
            label: format!("Search: “{}”", query.q),
            href: qs.without_keys(&["q"]),
        });
    }
    for (field, values) in &chosen {
        for value in values {
            chips.push(Chip {
                label: format!("{}: {}", facet_title(field), label(field, value)),
                href: qs.toggled(field, value),
            });
        }
    }
    let years = match (year_from, year_to) {
        (Some(from), Some(to)) if from == to => Some(format!("Launched in {from}")),
        (Some(from), Some(to)) => Some(format!("Launched {from}–{to}")),
        (Some(from), None) => Some(format!("Launched from {from}")),
        (None, Some(to)) => Some(format!("Launched up to {to}")),
        (None, None) => None,
    };
    if let Some(label) = years {
        chips.push(Chip {
            label,
            href: qs.with_years(None, None),
        });
    }

    let size = u64::from(query.page.size);
    let last = u32::try_from(found.total.div_ceil(size))
        .unwrap_or(u32::MAX)
        .clamp(1, MAX_RESULT_WINDOW / query.page.size);
    let current = query.page.number;
    let mut pages = Vec::new();
    let mut previous = 0;
    for n in (1..=last).filter(|n| *n == 1 || *n == last || n.abs_diff(current) <= 2) {
        pages.push(PageLink {
            label: n.to_string(),
            href: qs.with_page(n),
            current: n == current,
            gap_before: n > previous + 1,
        });
        previous = n;
    }
    if pages.len() < 2 {
        pages.clear();
    }

    let with_query = !query.text.is_empty();
    let mut summary = plural(found.total, "case", "cases");
    if with_query {
        summary.push_str(&format!(" for “{}”", query.q));
    }
    let cards: Vec<CaseCard> = found
        .hits
        .into_iter()
        .map(|hit| {
            let mut card = CaseCard::new(hit.stored.case);
            if let Some(highlight) = hit.highlight {
                card.title_html = Some(highlight.title);
                card.snippet_html = Some(highlight.text);
            }
            card
        })
        .collect();
    CaseListPage {
        title: if with_query {
            format!("“{}” in the case library", query.q)
        } else {
            "Case library".into()
        },
        sorts: sort_options(&query.q, query.sort),
        q: query.q.clone(),
        hidden: qs
            .0
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "q" | "sort" | "year_from" | "year_to"))
            .cloned()
            .collect(),
        summary,
        page_note: if last > 1 && current <= last {
            format!("Page {current} of {last}")
        } else {
            String::new()
        },
        error: None,
        chips,
        clear_all: qs.only_keys(&["sort", "per_page"]),
        facets,
        year_from: year_from.map(|y| y.to_string()).unwrap_or_default(),
        year_to: year_to.map(|y| y.to_string()).unwrap_or_default(),
        first_page: (cards.is_empty() && found.total > 0).then(|| qs.with_page(1)),
        cards,
        prev: (current > 1 && current <= last).then(|| qs.with_page(current - 1)),
        next: (current < last).then(|| qs.with_page(current + 1)),
        pages,
    }
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
    let term_labels = crate::search::term_labels(&*store, LANG).await?;
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
                    .map(|t| term_labels.get(t).cloned().unwrap_or(t.clone()))
                    .collect(),
            ),
        },
        Fact {
            label: "Innovation tags",
            value: join(
                case.tags
                    .iter()
                    .map(|t| term_labels.get(t).cloned().unwrap_or(t.clone()))
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
