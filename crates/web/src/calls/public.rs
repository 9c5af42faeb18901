//! `/calls` and `/calls/{slug}`: the calls for innovations as the public sees them. A call's
//! page counts its intake by workflow status (counts only: titles, authors and texts of
//! unpublished cases never appear) and its published cases by country, sector and
//! technology, from the library's own search (so they equal `/cases?call=…`'s facets).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use observa_domain::{Call, Vocabulary as _};

use crate::AppState;
use crate::error::WebError;
use crate::pages::Ui;
use crate::params::{Unknown, parse_case_query};
use crate::search::Found;

/// A call as a line of the public list.
pub(crate) struct CallItem {
    slug: String,
    title: String,
    state: String,
    dates: String,
}

fn dates(ui: &Ui, call: &Call) -> String {
    ui.tr.args(
        "call-dates",
        &[
            ("opens", ui.tr.date(call.opens).into()),
            ("closes", ui.tr.date(call.closes).into()),
        ],
    )
}

#[derive(Template, WebTemplate)]
#[template(path = "calls.html")]
pub(crate) struct CallsPage {
    ui: Ui,
    calls: Vec<CallItem>,
}

pub(crate) async fn calls(ui: Ui, State(state): State<AppState>) -> Result<CallsPage, WebError> {
    let today = chrono::Utc::now().date_naive();
    let calls = state
        .store
        .calls()
        .await?
        .iter()
        .map(|c| CallItem {
            slug: c.slug.clone(),
            title: c.title.clone(),
            state: ui.t(&format!("call-state-{}", c.state_on(today).slug())),
            dates: dates(&ui, c),
        })
        .collect();
    Ok(CallsPage { ui, calls })
}

/// A table of counts: its caption and (label, link, count) rows.
pub(crate) struct CountTable {
    pub id: &'static str,
    pub caption: String,
    pub rows: Vec<(String, String, String)>,
}

/// Tables of the facets of `found` (a count of the selection `base_query`, without `?`),
/// each value linking to the library filtered to it.
pub(crate) fn count_tables(
    ui: &Ui,
    found: &Found,
    facets: &[&'static str],
    base_query: &str,
) -> Vec<CountTable> {
    facets
        .iter()
        .map(|facet| CountTable {
            id: facet,
            caption: ui.t(&format!("facet-{facet}")),
            rows: found
                .facets
                .iter()
                .find(|f| f.facet == *facet)
                .map(|f| {
                    f.values
                        .iter()
                        .map(|e| {
                            let value: String =
                                url::form_urlencoded::byte_serialize(e.value.as_bytes()).collect();
                            let sep = if base_query.is_empty() { "" } else { "&" };
                            (
                                e.label.clone(),
                                format!("/cases?{base_query}{sep}{facet}={value}"),
                                ui.num(e.count),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect()
}

#[derive(Template, WebTemplate)]
#[template(path = "call.html")]
pub(crate) struct CallPage {
    ui: Ui,
    slug: String,
    title: String,
    state: String,
    dates: String,
    /// Sanitised HTML from the call's Markdown.
    description_html: String,
    themes: Vec<String>,
    /// "12 cases submitted to this call".
    intake_total: String,
    /// (status label, count).
    by_status: Vec<(String, String)>,
    published: String,
    tables: Vec<CountTable>,
}

/// The facets of the published cases a call's page counts.
const CALL_FACETS: [&str; 3] = ["country", "sector", "technology"];

pub(crate) async fn call_page(
    ui: Ui,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<CallPage, WebError> {
    let call = state
        .store
        .call_by_slug(&slug)
        .await?
        .ok_or_else(|| WebError::NotFound(format!("There is no call \"{slug}\".")))?;
    let intake = state.store.call_intake(&call.slug).await?;
    let base_query = format!(
        "call={}",
        url::form_urlencoded::byte_serialize(call.slug.as_bytes()).collect::<String>()
    );
    let query = parse_case_query(Some(&base_query), Unknown::Reject)?;
    let found = crate::stats::counts(&state, &query, &CALL_FACETS, ui.tr.lang).await?;
    let lang = ui.tr.lang;
    let today = chrono::Utc::now().date_naive();
    Ok(CallPage {
        intake_total: ui.n("call-intake-total", intake.total),
        by_status: intake
            .by_status
            .iter()
            .map(|(status, n)| (status.label(lang).to_string(), ui.num(*n)))
            .collect(),
        published: ui.n("call-published", found.total as i64),
        tables: count_tables(&ui, &found, &CALL_FACETS, &base_query),
        state: ui.t(&format!("call-state-{}", call.state_on(today).slug())),
        dates: dates(&ui, &call),
        description_html: crate::pages::markdown(&call.description),
        themes: call.themes.clone(),
        title: call.title,
        slug: call.slug,
        ui,
    })
}
