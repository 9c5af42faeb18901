//! The JSON API, version 1: the case list with filters and a single case's public record.

use axum::Json;
use axum::Router;
use axum::extract::{Path, Query, RawQuery, State};
use axum::response::IntoResponse as _;
use axum::routing::get;
use observa_domain::{Case, CountryCode, Lang, Region, Sector, TermKind, Vocabulary};
use observa_store::{Store, StoredCase};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

use crate::error::WebError;
use crate::params::{Unknown, parse_case_query, sort_name};
use crate::{AppState, Site};

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/cases", get(list_cases))
        .route("/cases/{slug}", get(get_case))
        .route("/cases/{slug}/similar", get(similar_cases))
        .route("/suggest", get(suggest))
        .route("/stats", get(crate::stats::stats))
        .route("/themes", get(crate::insight_api::themes))
        .route("/emerging", get(crate::insight_api::emerging))
        .route(
            "/suggest-tags",
            axum::routing::post(crate::insight_api::suggest_tags).layer(
                axum::extract::DefaultBodyLimit::max(crate::insight_api::MAX_DRAFT_BYTES),
            ),
        )
        .route("/export/{file}", get(crate::export::cases))
        .merge(crate::catalogue_api::routes())
        .route("/openapi.json", get(crate::openapi::serve))
}

pub(crate) async fn healthz(
    State(store): State<Arc<dyn Store>>,
) -> Result<Json<serde_json::Value>, WebError> {
    let counts = store.counts().await?;
    Ok(Json(
        serde_json::json!({"status": "ok", "backend": store.backend(), "cases": counts.cases}),
    ))
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct CaseList {
    total: u64,
    page: u32,
    per_page: u32,
    /// The query as understood (its normal form), and the order used.
    query: String,
    sort: &'static str,
    hits: Vec<Hit>,
    /// For each facet asked for, its values: `{"value", "label", "count"}`.
    #[schema(value_type = std::collections::HashMap<String, Vec<crate::search::FacetEntry>>)]
    facets: serde_json::Map<String, serde_json::Value>,
}

/// One case in a list: enough to show a result and follow it.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Hit {
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
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f32>,
    /// With a query: the title and a snippet as escaped HTML, the matched words in `<mark>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<crate::openapi::HighlightDoc>)]
    highlight: Option<observa_search::Highlight>,
}

impl Hit {
    fn new(site: &Site, StoredCase { id, case, .. }: StoredCase) -> Hit {
        Hit {
            id,
            url: case_url(site, &case.slug),
            slug: case.slug,
            title: case.title,
            pitch: case.pitch,
            countries: case.countries,
            year: case.year_launched,
            sectors: case.sectors,
            stage: case.stage,
            organisation: case.organisation.name,
            score: None,
            highlight: None,
        }
    }
}

/// A whole public record, with its id, address and derived regions.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct PublicCase {
    id: i64,
    url: String,
    regions: Vec<Region>,
    #[serde(flatten)]
    case: Case,
}

pub(crate) fn case_url(site: &Site, slug: &str) -> String {
    format!("{}/cases/{slug}", site.public_url)
}

#[utoipa::path(
    get,
    path = "/api/v1/cases",
    tag = "cases",
    params(crate::openapi::FilterParams, crate::openapi::CaseParams),
    responses(
        (status = 200, description = "One page of matching cases, with facet counts", body = CaseList),
        (status = 400, description = "A parameter is not valid", body = crate::error::ErrorBody),
        (status = 429, description = "Too many requests", body = crate::error::ErrorBody),
    )
)]
pub(crate) async fn list_cases(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<CaseList>, WebError> {
    let query = parse_case_query(raw.as_deref(), Unknown::Reject)?;
    let found = crate::search::run(&state, &query, Lang::En).await?;
    let with_query = !query.text.is_empty();
    let hits = found
        .hits
        .into_iter()
        .map(|f| Hit {
            score: with_query.then_some(f.score),
            highlight: f.highlight,
            ..Hit::new(&state.site, f.stored)
        })
        .collect();
    let facets = found
        .facets
        .into_iter()
        .map(|f| {
            (
                f.facet.to_string(),
                serde_json::to_value(f.values).expect("serialisable"),
            )
        })
        .collect();
    Ok(Json(CaseList {
        total: found.total,
        page: query.page.number,
        per_page: query.page.size,
        query: query.text.to_string(),
        sort: sort_name(query.sort()),
        hits,
        facets,
    }))
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Hits {
    hits: Vec<Hit>,
}

#[derive(Deserialize)]
pub(crate) struct LimitParams {
    limit: Option<String>,
}

fn limit(raw: Option<&str>, default: usize) -> Result<usize, WebError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(default),
        Some(value) => value
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=50).contains(n))
            .ok_or_else(|| {
                WebError::bad_request(
                    "invalid_number",
                    format!("limit must be a whole number from 1 to 50, not \"{value}\""),
                )
            }),
    }
}

/// Cases like this one, by text and vocabularies.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{slug}/similar",
    tag = "cases",
    params(
        ("slug" = String, Path, description = "The case's address"),
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 50, description = "How many (default 5)"),
    ),
    responses(
        (status = 200, description = "The most similar public cases", body = Hits),
        (status = 400, description = "limit is not valid", body = crate::error::ErrorBody),
        (status = 404, description = "No published case has this address", body = crate::error::ErrorBody),
    )
)]
pub(crate) async fn similar_cases(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(params): Query<LimitParams>,
) -> Result<Json<Hits>, WebError> {
    let limit = limit(params.limit.as_deref(), 5)?;
    let stored = public_case(&*state.store, &slug).await?;
    let ids = state.search.similar(stored.id, &stored.case, limit)?;
    let hits = public_in_order(&*state.store, &ids).await?;
    Ok(Json(Hits {
        hits: hits.into_iter().map(|s| Hit::new(&state.site, s)).collect(),
    }))
}

/// The public cases among `ids`, in that order.
pub(crate) async fn public_in_order(
    store: &dyn Store,
    ids: &[i64],
) -> Result<Vec<StoredCase>, WebError> {
    Ok(store
        .cases_by_ids(ids)
        .await?
        .into_iter()
        .filter(|s| s.case.status.is_public())
        .collect())
}

#[derive(Deserialize)]
pub(crate) struct SuggestParams {
    q: Option<String>,
    limit: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Suggestions {
    cases: Vec<SuggestedCase>,
    terms: Vec<SuggestedTerm>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct SuggestedCase {
    slug: String,
    title: String,
    url: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct SuggestedTerm {
    /// The filter it sets (`sector`, `technology`, `tag`, `country`).
    facet: &'static str,
    value: String,
    label: String,
}

/// Search as you type: case titles and vocabulary terms starting with what was typed.
#[utoipa::path(
    get,
    path = "/api/v1/suggest",
    tag = "cases",
    params(
        ("q" = Option<String>, Query, max_length = 200, description = "What was typed so far"),
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 50, description = "How many of each (default 8)"),
    ),
    responses(
        (status = 200, description = "Matching case titles and vocabulary terms", body = Suggestions),
        (status = 400, description = "q or limit is not valid", body = crate::error::ErrorBody),
    )
)]
pub(crate) async fn suggest(
    State(state): State<AppState>,
    Query(params): Query<SuggestParams>,
) -> Result<Json<Suggestions>, WebError> {
    let q = params.q.unwrap_or_default();
    if q.chars().count() > 200 {
        return Err(WebError::bad_request(
            "invalid_query",
            "suggestions take at most 200 characters",
        ));
    }
    let limit = limit(params.limit.as_deref(), 8)?;
    let ids = state.search.suggest(&q, limit)?;
    let cases = public_in_order(&*state.store, &ids)
        .await?
        .into_iter()
        .map(|s| SuggestedCase {
            url: case_url(&state.site, &s.case.slug),
            slug: s.case.slug,
            title: s.case.title,
        })
        .collect();
    let words = observa_search::analysis::terms(&mut observa_search::analysis::fold_analyser(), &q);
    let mut terms = Vec::new();
    if !words.is_empty() {
        // (facet, value, labels in every language; the first is shown)
        let mut candidates: Vec<(&'static str, String, Vec<String>)> = Vec::new();
        for s in Sector::ALL {
            candidates.push((
                "sector",
                s.slug().into(),
                Lang::ALL.iter().map(|&l| s.label(l).to_string()).collect(),
            ));
        }
        for (facet, kind) in [("technology", TermKind::Technology), ("tag", TermKind::Tag)] {
            for t in state.store.terms(kind).await? {
                candidates.push((
                    facet,
                    t.slug,
                    Lang::ALL
                        .iter()
                        .map(|&l| t.labels.get(l).to_string())
                        .collect(),
                ));
            }
        }
        for c in CountryCode::un_members() {
            candidates.push((
                "country",
                c.to_string(),
                Lang::ALL.iter().map(|&l| c.name(l)).collect(),
            ));
        }
        terms = candidates
            .into_iter()
            .filter(|(_, _, labels)| {
                labels
                    .iter()
                    .any(|l| observa_search::analysis::label_matches(l, &words))
            })
            .take(limit)
            .map(|(facet, value, mut labels)| SuggestedTerm {
                facet,
                value,
                label: labels.swap_remove(0),
            })
            .collect();
    }
    Ok(Json(Suggestions { cases, terms }))
}

#[utoipa::path(
    get,
    path = "/api/v1/cases/{slug}",
    tag = "cases",
    params(("slug" = String, Path, description = "The case's address")),
    responses(
        (status = 200, description = "The whole public record", body = PublicCase),
        (status = 304, description = "Not modified since If-Modified-Since or If-None-Match"),
        (status = 404, description = "No published case has this address", body = crate::error::ErrorBody),
    )
)]
pub(crate) async fn get_case(
    State(store): State<Arc<dyn Store>>,
    State(site): State<Arc<Site>>,
    Path(slug): Path<String>,
    headers: axum::http::HeaderMap,
) -> Result<axum::response::Response, WebError> {
    let StoredCase { id, case, .. } = public_case(&*store, &slug).await?;
    let last_modified = match crate::caching::last_modified(&headers, case.provenance.updated_at) {
        Ok(header) => header,
        Err(not_modified) => return Ok(*not_modified),
    };
    Ok((
        [last_modified],
        Json(PublicCase {
            id,
            url: case_url(&site, &case.slug),
            regions: case.regions(),
            case,
        }),
    )
        .into_response())
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
