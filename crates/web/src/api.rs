//! The JSON API, version 1: the case list with filters and a single case's public record.

use axum::Json;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::routing::get;
use observa_domain::{Case, CountryCode, Region, TermKind};
use observa_store::{Store, StoredCase};
use serde::Serialize;
use std::sync::Arc;

use crate::error::WebError;
use crate::params::{Unknown, check_terms, parse_case_query};
use crate::{AppState, Site};

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/cases", get(list_cases))
        .route("/cases/{slug}", get(get_case))
}

pub(crate) async fn healthz(
    State(store): State<Arc<dyn Store>>,
) -> Result<Json<serde_json::Value>, WebError> {
    let counts = store.counts().await?;
    Ok(Json(
        serde_json::json!({"status": "ok", "backend": store.backend(), "cases": counts.cases}),
    ))
}

#[derive(Serialize)]
struct CaseList {
    total: i64,
    page: u32,
    per_page: u32,
    hits: Vec<Hit>,
}

/// One case in a list: enough to show a result and follow it.
#[derive(Serialize)]
struct Hit {
    id: i64,
    slug: String,
    title: String,
    pitch: String,
    countries: Vec<CountryCode>,
    year: Option<i32>,
    sectors: Vec<observa_domain::Sector>,
    stage: Option<observa_domain::Stage>,
    organisation: String,
    url: String,
}

/// A whole public record, with its id, address and derived regions.
#[derive(Serialize)]
struct PublicCase {
    id: i64,
    url: String,
    regions: Vec<Region>,
    #[serde(flatten)]
    case: Case,
}

pub(crate) fn case_url(site: &Site, slug: &str) -> String {
    format!("{}/cases/{slug}", site.public_url)
}

/// Checks technology and tag filters against the editor-managed vocabularies.
pub(crate) async fn check_open_vocabularies(
    store: &dyn Store,
    filter: &observa_store::CaseFilter,
) -> Result<(), WebError> {
    if !filter.technologies.is_empty() {
        check_terms(
            "technology",
            &filter.technologies,
            &store.terms(TermKind::Technology).await?,
        )?;
    }
    if !filter.tags.is_empty() {
        check_terms("tag", &filter.tags, &store.terms(TermKind::Tag).await?)?;
    }
    Ok(())
}

async fn list_cases(
    State(store): State<Arc<dyn Store>>,
    State(site): State<Arc<Site>>,
    RawQuery(raw): RawQuery,
) -> Result<Json<CaseList>, WebError> {
    let query = parse_case_query(raw.as_deref(), Unknown::Reject)?;
    check_open_vocabularies(&*store, &query.filter).await?;
    let page = store.list_cases(&query.filter, query.page).await?;
    let hits = page
        .cases
        .into_iter()
        .map(|StoredCase { id, case, .. }| Hit {
            id,
            url: case_url(&site, &case.slug),
            slug: case.slug,
            title: case.title,
            pitch: case.pitch,
            countries: case.countries,
            year: case.year_launched,
            sectors: case.sectors,
            stage: case.stage,
            organisation: case.organisation.name,
        })
        .collect();
    Ok(Json(CaseList {
        total: page.total,
        page: query.page.number,
        per_page: query.page.size,
        hits,
    }))
}

async fn get_case(
    State(store): State<Arc<dyn Store>>,
    State(site): State<Arc<Site>>,
    Path(slug): Path<String>,
) -> Result<Json<PublicCase>, WebError> {
    let StoredCase { id, case, .. } = public_case(&*store, &slug).await?;
    Ok(Json(PublicCase {
        id,
        url: case_url(&site, &case.slug),
        regions: case.regions(),
        case,
    }))
}

/// A case the public may see, stripped of account references; otherwise 404.
pub(crate) async fn public_case(store: &dyn Store, slug: &str) -> Result<StoredCase, WebError> {
    match store.case_by_slug(slug).await? {
        Some(mut stored) if stored.case.status.is_public() => {
            stored.case.provenance.submitted_by = None;
            stored.case.provenance.collaborators.clear();
            Ok(stored)
        }
        _ => Err(WebError::NotFound(format!(
            "No published case has the address \"{slug}\"."
        ))),
    }
}
