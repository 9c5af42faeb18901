//! The OpenAPI 3.1 document of the open data API, generated from the handlers'
//! `#[utoipa::path]` annotations and the records' schemas, served at
//! `/api/v1/openapi.json`. A snapshot test (`openapi.snapshot.json`) keeps it honest: any
//! change to the API shows up as a change to that file.

use axum::Json;
use axum::extract::State;
use std::sync::Arc;
use utoipa::OpenApi;

use crate::Site;

/// The words and filters of a case search, shared by the list, the exports and the
/// counts. Each filter may be repeated: values of one filter are ORed, different filters
/// ANDed.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub(crate) struct FilterParams {
    /// Words, "phrases", -exclusions, OR, and title:/pitch:/text:/tag: scopes (at most
    /// 1 000 characters and 32 terms).
    q: Option<String>,
    /// ISO 3166-1 alpha-2 codes.
    country: Option<Vec<observa_domain::CountryCode>>,
    region: Option<Vec<observa_domain::Region>>,
    sector: Option<Vec<observa_domain::Sector>>,
    stage: Option<Vec<observa_domain::Stage>>,
    /// Technology slugs (see `/api/v1/vocabularies/technology`).
    technology: Option<Vec<String>>,
    /// Innovation tag slugs (see `/api/v1/vocabularies/tag`).
    tag: Option<Vec<String>>,
    level: Option<Vec<observa_domain::GovLevel>>,
    innovation_facet: Option<Vec<observa_domain::InnovationFacet>>,
    organisation_type: Option<Vec<observa_domain::OrgType>>,
    /// Slugs of calls for innovations: the cases that answered them (see `/api/v1/calls`).
    call: Option<Vec<String>>,
    #[param(minimum = 1950, maximum = 2100)]
    year_from: Option<i32>,
    #[param(minimum = 1950, maximum = 2100)]
    year_to: Option<i32>,
}

/// The order, page and facets of a case list, besides its [`FilterParams`].
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub(crate) struct CaseParams {
    /// `relevance` (the default with a query), `newest` (without), or `year`.
    #[param(pattern = "^(relevance|newest|year)$")]
    sort: Option<String>,
    #[param(minimum = 1)]
    page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
    /// Comma-separated facet names, or `none` (default: all eleven).
    facets: Option<String>,
    #[param(minimum = 1, maximum = 1000)]
    facet_limit: Option<u32>,
}

/// A search hit's highlight.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(crate) struct HighlightDoc {
    /// The title as escaped HTML, matched words in `<mark>`.
    title: String,
    /// The best passage of the summary, likewise.
    text: String,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Observa open data API",
        version = "1",
        description = "Read the case library of public-sector innovations, its publications, toolkits, calls and vocabularies. Every read allows any origin (CORS), is compressed, carries an ETag (304 on If-None-Match) and is rate-limited per client (429 with Retry-After).",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    paths(
        crate::api::list_cases,
        crate::api::get_case,
        crate::api::similar_cases,
        crate::api::suggest,
        crate::stats::stats,
        crate::insight_api::themes,
        crate::insight_api::emerging,
        crate::insight_api::suggest_tags,
        crate::export::cases,
        crate::catalogue_api::publications,
        crate::catalogue_api::publication,
        crate::catalogue_api::toolkits,
        crate::catalogue_api::toolkit,
        crate::catalogue_api::calls,
        crate::catalogue_api::vocabularies,
        crate::catalogue_api::vocabulary,
    ),
    tags(
        (name = "cases", description = "The case library: search, records, similar cases, suggestions"),
        (name = "exports", description = "Every public case, or those a search matches, as one download"),
        (name = "insight", description = "Themes, emerging trends and tag suggestions computed from the cases"),
        (name = "library", description = "Publications, toolkits, calls for innovations and vocabularies"),
    )
)]
pub(crate) struct ApiDoc;

/// The document's paths and schemas as JSON, built once (they do not depend on the site).
pub(crate) fn as_json() -> &'static serde_json::Value {
    static JSON: std::sync::LazyLock<serde_json::Value> = std::sync::LazyLock::new(|| {
        serde_json::to_value(ApiDoc::openapi()).expect("the OpenAPI document serialises")
    });
    &JSON
}

/// The document, with this site's address as its server.
pub(crate) fn document(site: &Site) -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.servers = Some(vec![utoipa::openapi::Server::new(site.public_url.clone())]);
    doc
}

/// `GET /api/v1/openapi.json`
pub(crate) async fn serve(State(site): State<Arc<Site>>) -> Json<utoipa::openapi::OpenApi> {
    Json(document(&site))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document as committed. To accept a change to the API, run the tests with
    /// `OBSERVA_UPDATE_SNAPSHOTS=1` and commit the new file.
    #[test]
    fn the_document_matches_its_snapshot() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.snapshot.json");
        let current =
            serde_json::to_string_pretty(&document(&Site::new("https://observa.example"))).unwrap()
                + "\n";
        if std::env::var_os("OBSERVA_UPDATE_SNAPSHOTS").is_some() {
            std::fs::write(path, &current).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == current,
            "the OpenAPI document changed; if that is intended, run with OBSERVA_UPDATE_SNAPSHOTS=1 and commit {path}"
        );
    }

    #[tokio::test]
    async fn the_document_is_served_and_lists_every_read() {
        let t = crate::tests::app(0).await;
        let (status, doc) = crate::tests::get_json(&t.app, "/api/v1/openapi.json").await;
        assert_eq!(status, axum::http::StatusCode::OK);
        assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
        assert_eq!(doc["servers"][0]["url"], "http://observa.test");
        let paths: Vec<&str> = doc["paths"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        for path in [
            "/api/v1/cases",
            "/api/v1/cases/{slug}",
            "/api/v1/cases/{slug}/similar",
            "/api/v1/suggest",
            "/api/v1/stats",
            "/api/v1/themes",
            "/api/v1/emerging",
            "/api/v1/suggest-tags",
            "/api/v1/export/{file}",
            "/api/v1/publications",
            "/api/v1/toolkits",
            "/api/v1/calls",
            "/api/v1/vocabularies/{name}",
        ] {
            assert!(paths.contains(&path), "{path} in {paths:?}");
        }
        let case = &doc["components"]["schemas"]["Case"];
        assert!(
            case["properties"]["story"].is_object(),
            "records are described field by field"
        );
        let sector = &doc["components"]["schemas"]["Sector"]["enum"];
        assert!(sector.as_array().unwrap().iter().any(|v| v == "health"));
    }
}
