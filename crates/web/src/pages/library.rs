//! The case library page: the search box, facets with counts, chips for the chosen
//! filters, highlighted results and pagination. The address holds the whole state; an
//! htmx request gets only the `library` block back, to swap in place.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use observa_search::{FACETS, Sort};
use observa_store::query::FACET_FIELDS;

use super::{CaseCard, Ui};
use crate::AppState;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::params::{
    CaseQuery, DEFAULT_PER_PAGE, MAX_RESULT_WINDOW, SORTS, Unknown, parse_case_query, sort_name,
};
use crate::search::{FacetEntry, Found};

/// One value in a facet list: its label, count, and the link that toggles it.
struct FacetOption {
    /// Stable across requests, so that focus stays on it when the list is swapped in place.
    id: String,
    label: String,
    /// Formatted for the page's language.
    count: String,
    selected: bool,
    href: String,
}

/// A facet of the sidebar: the most frequent values, then the rest behind "Show all".
struct Facet {
    name: &'static str,
    title: String,
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
pub(super) struct Chip {
    pub label: String,
    pub href: String,
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
    label: String,
    selected: bool,
}

/// The case library. Everything between the heading and the footer is the `library`
/// block, which is also what an htmx request gets back to swap in place.
#[derive(Template, WebTemplate)]
#[template(path = "case_list.html", blocks = ["title", "library"])]
struct CaseListPage {
    ui: Ui,
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
    /// The Atom feed of new cases for this search.
    feed: String,
    /// The same search on the trends page.
    trends: String,
    facets: Vec<Facet>,
    year_from: String,
    year_to: String,
    cards: Vec<CaseCard>,
    first_page: Option<String>,
    pages: Vec<PageLink>,
    prev: Option<String>,
    next: Option<String>,
}

/// The facets of the sidebar, in order; each one's heading is the message `facet-{name}`.
const SIDEBAR: [&str; 11] = [
    "country",
    "region",
    "year",
    "sector",
    "technology",
    "tag",
    "stage",
    "level",
    "innovation_facet",
    "organisation_type",
    "call",
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
pub(super) struct QueryState(Vec<(String, String)>);

impl QueryState {
    pub(super) fn of(query: &CaseQuery) -> Self {
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

    pub(super) fn pairs(&self) -> &[(String, String)] {
        &self.0
    }

    pub(super) fn has(&self, key: &str, value: &str) -> bool {
        self.0.iter().any(|(k, v)| k == key && v == value)
    }

    pub(super) fn href(&self) -> String {
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
    pub(super) fn toggled(&self, key: &str, value: &str) -> String {
        let chosen = self.has(key, value);
        self.changed(|pairs| {
            if chosen {
                pairs.retain(|(k, v)| !(k == key && v == value));
            } else {
                pairs.push((key.into(), value.into()));
            }
        })
    }

    pub(super) fn without_keys(&self, keys: &[&str]) -> String {
        self.changed(|pairs| pairs.retain(|(k, _)| !keys.contains(&k.as_str())))
    }

    pub(super) fn only_keys(&self, keys: &[&str]) -> String {
        self.changed(|pairs| pairs.retain(|(k, _)| keys.contains(&k.as_str())))
    }

    pub(super) fn with_years(&self, from: Option<i32>, to: Option<i32>) -> String {
        self.changed(|pairs| {
            pairs.retain(|(k, _)| k != "year_from" && k != "year_to");
            pairs.extend(from.map(|y| ("year_from".to_string(), y.to_string())));
            pairs.extend(to.map(|y| ("year_to".to_string(), y.to_string())));
        })
    }

    /// Each key set to its value alone, every other parameter kept.
    pub(super) fn with_set(&self, set: &[(&str, String)]) -> String {
        self.changed(|pairs| {
            pairs.retain(|(k, _)| !set.iter().any(|(key, _)| key == k));
            pairs.extend(set.iter().map(|(k, v)| (k.to_string(), v.clone())));
        })
    }

    /// This value in place of any other of its filter.
    pub(super) fn with_only(&self, key: &str, value: &str) -> String {
        self.changed(|pairs| {
            pairs.retain(|(k, _)| k != key);
            pairs.push((key.into(), value.into()));
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

pub(crate) async fn case_list(
    ui: Ui,
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let page = match parse_case_query(raw.as_deref(), Unknown::Ignore) {
        Ok(mut query) => {
            query.facets = FACETS.to_vec();
            query.facet_limit = FACET_COUNTED;
            match crate::search::run(&state, &query, ui.tr.lang).await {
                Ok(found) => case_list_page(ui, &query, found),
                Err(e @ WebError::BadRequest { .. }) => failed_case_list(ui, raw.as_deref(), &e),
                Err(e) => return Err(e),
            }
        }
        Err(e) => failed_case_list(ui, raw.as_deref(), &e),
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
fn failed_case_list(ui: Ui, raw: Option<&str>, error: &WebError) -> CaseListPage {
    let q = url::form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .filter(|(k, v)| k == "q" && !v.trim().is_empty())
        .map(|(_, v)| v.trim().to_string())
        .collect::<Vec<_>>()
        .join(" ");
    CaseListPage {
        title: ui.t("library-title"),
        sorts: sort_options(&ui.tr, &q, None),
        q,
        hidden: Vec::new(),
        summary: ui.t("library-failed"),
        page_note: String::new(),
        error: Some(error.detail()),
        chips: Vec::new(),
        clear_all: "/cases".into(),
        feed: "/feeds/cases.atom".into(),
        trends: "/trends".into(),
        facets: Vec::new(),
        year_from: String::new(),
        year_to: String::new(),
        cards: Vec::new(),
        first_page: None,
        pages: Vec::new(),
        prev: None,
        next: None,
        ui,
    }
}

fn sort_options(tr: &Tr, q: &str, chosen: Option<Sort>) -> Vec<SortOption> {
    let chosen = chosen.unwrap_or(Sort::Relevance);
    SORTS
        .iter()
        .map(|(value, sort)| SortOption {
            value,
            label: tr.t(match sort {
                Sort::Relevance if q.trim().is_empty() => "sort-relevance-empty",
                Sort::Relevance => "sort-relevance",
                Sort::Newest => "sort-newest",
                Sort::Year => "sort-year",
            }),
            selected: *sort == chosen,
        })
        .collect()
}

fn case_list_page(ui: Ui, query: &CaseQuery, found: Found) -> CaseListPage {
    let lang = ui.tr.lang;
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
                || crate::search::label(facet, value, &found.term_labels, lang),
                |e| e.label.clone(),
            )
    };

    let (year_from, year_to) = (query.filter.year_from, query.filter.year_to);
    let single_year = year_from.filter(|_| year_from == year_to);
    let mut facets = Vec::new();
    for name in SIDEBAR {
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
                    count: ui.num(entry.count),
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
            title: ui.t(&format!("facet-{name}")),
            more_open: more.iter().any(|o| o.selected),
            options,
            more,
        });
    }

    let chips = chips(&ui, query, &qs, &label);

    let size = u64::from(query.page.size);
    let last = u32::try_from(found.total.div_ceil(size))
        .unwrap_or(u32::MAX)
        .clamp(1, MAX_RESULT_WINDOW / query.page.size);
    let current = query.page.number;
    let mut pages = Vec::new();
    let mut previous = 0;
    for n in (1..=last).filter(|n| *n == 1 || *n == last || n.abs_diff(current) <= 2) {
        pages.push(PageLink {
            label: ui.num(n),
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
    let summary = if with_query {
        ui.tr.args(
            "library-summary-query",
            &[
                ("count", (found.total as i64).into()),
                ("n", ui.num(found.total as i64).into()),
                ("query", query.q.clone().into()),
            ],
        )
    } else {
        ui.n("count-cases", found.total as i64)
    };
    let cards: Vec<CaseCard> = found
        .hits
        .into_iter()
        .map(|hit| {
            let case = &hit.stored.case;
            let mut card = CaseCard::new(case, lang);
            // The marks are on the text as written, so a translation shows unmarked.
            if let Some(highlight) = hit
                .highlight
                .filter(|_| !super::shown(case, lang).translated)
            {
                card.title_html = Some(highlight.title);
                card.snippet_html = Some(highlight.text);
            }
            card
        })
        .collect();
    CaseListPage {
        title: if with_query {
            ui.v("library-title-query", &query.q)
        } else {
            ui.t("library-title")
        },
        sorts: sort_options(&ui.tr, &query.q, query.sort),
        q: query.q.clone(),
        hidden: qs
            .0
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "q" | "sort" | "year_from" | "year_to"))
            .cloned()
            .collect(),
        summary,
        page_note: if last > 1 && current <= last {
            ui.tr.args(
                "page-of",
                &[
                    ("page", ui.num(current).into()),
                    ("pages", ui.num(last).into()),
                ],
            )
        } else {
            String::new()
        },
        error: None,
        chips,
        clear_all: qs.only_keys(&["sort", "per_page"]),
        feed: qs.without_keys(&["sort", "per_page", "page"]).replacen(
            "/cases",
            "/feeds/cases.atom",
            1,
        ),
        trends: qs
            .without_keys(&["sort", "per_page", "page"])
            .replacen("/cases", "/trends", 1),
        facets,
        year_from: year_from.map(|y| y.to_string()).unwrap_or_default(),
        year_to: year_to.map(|y| y.to_string()).unwrap_or_default(),
        first_page: (cards.is_empty() && found.total > 0).then(|| qs.with_page(1)),
        cards,
        prev: (current > 1 && current <= last).then(|| qs.with_page(current - 1)),
        next: (current < last).then(|| qs.with_page(current + 1)),
        pages,
        ui,
    }
}

/// The chips of a search: its words, each chosen value (labelled by `label(facet, value)`)
/// and its years, each with the link that removes it.
pub(super) fn chips(
    ui: &Ui,
    query: &CaseQuery,
    qs: &QueryState,
    label: &dyn Fn(&str, &str) -> String,
) -> Vec<Chip> {
    let chosen = query.filter.value_conditions();
    let (year_from, year_to) = (query.filter.year_from, query.filter.year_to);
    let mut chips = Vec::new();
    if !query.q.is_empty() {
        chips.push(Chip {
            label: ui.v("chip-search", &query.q),
            href: qs.without_keys(&["q"]),
        });
    }
    for (field, values) in &chosen {
        for value in values {
            chips.push(Chip {
                label: format!(
                    "{} {}",
                    ui.colon(&format!("facet-{field}")),
                    label(field, value)
                ),
                href: qs.toggled(field, value),
            });
        }
    }
    let years = match (year_from, year_to) {
        (Some(from), Some(to)) if from == to => Some(ui.v("chip-year", &from.to_string())),
        (Some(from), Some(to)) => Some(ui.v("chip-years", &format!("{from}–{to}"))),
        (Some(from), None) => Some(ui.v("chip-year-from", &from.to_string())),
        (None, Some(to)) => Some(ui.v("chip-year-to", &to.to_string())),
        (None, None) => None,
    };
    if let Some(label) = years {
        chips.push(Chip {
            label,
            href: qs.with_years(None, None),
        });
    }
    chips
}
