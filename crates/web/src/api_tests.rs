//! The search API through the router: query, facets, sorts, highlights, suggestions,
//! similar cases, and no server error whatever the query string says.

use axum::http::StatusCode;
use proptest::prelude::*;

use crate::tests::{app, get, get_json};

#[tokio::test]
async fn a_search_ranks_highlights_and_counts_disjunctive_facets() {
    let t = app(200).await;
    let (status, all) = get_json(
        &t.app,
        "/api/v1/cases?q=digital&facets=country,sector&facet_limit=500",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{all}");
    let total = all["total"].as_u64().unwrap();
    assert!(total > 0 && total < 200, "{total}");
    assert_eq!(all["sort"], "relevance");
    let hit = &all["hits"][0];
    assert!(hit["score"].as_f64().unwrap() > 0.0);
    let highlighted = format!("{}{}", hit["highlight"]["title"], hit["highlight"]["text"]);
    assert!(
        highlighted.to_lowercase().contains("<mark>digital"),
        "{highlighted}"
    );
    let scores: Vec<f64> = all["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["score"].as_f64().unwrap())
        .collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "by relevance: {scores:?}"
    );

    // Choosing the top country: the country facet keeps every country's count.
    let top = &all["facets"]["country"][0];
    let (_, chosen) = get_json(
        &t.app,
        &format!(
            "/api/v1/cases?q=digital&country={}&facets=country,sector&facet_limit=500",
            top["value"].as_str().unwrap()
        ),
    )
    .await;
    assert_eq!(chosen["total"], top["count"]);
    assert_eq!(chosen["facets"]["country"], all["facets"]["country"]);
    let sector_sum: u64 = chosen["facets"]["sector"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["count"].as_u64().unwrap())
        .sum();
    assert!(
        sector_sum >= chosen["total"].as_u64().unwrap(),
        "every chosen case has a sector"
    );
    assert!(
        top["label"].as_str().unwrap().len() > 2,
        "countries are labelled by name"
    );

    let (_, limited) = get_json(&t.app, "/api/v1/cases?facets=year&facet_limit=2").await;
    assert_eq!(limited["facets"]["year"].as_array().unwrap().len(), 2);
    assert!(
        limited["facets"].get("country").is_none(),
        "only the facets asked for"
    );
    assert!(
        limited["hits"][0].get("highlight").is_none(),
        "no query, no highlight"
    );
}

#[tokio::test]
async fn sorts_page_stably_and_bad_parameters_are_400() {
    let t = app(60).await;
    let (_, newest) = get_json(&t.app, "/api/v1/cases?per_page=60&facets=none").await;
    assert_eq!(newest["sort"], "newest");
    let (_, by_year) = get_json(&t.app, "/api/v1/cases?sort=year&per_page=60&facets=none").await;
    let years: Vec<i64> = by_year["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["year"].as_i64().unwrap_or(0))
        .collect();
    assert!(years.windows(2).all(|w| w[0] >= w[1]), "{years:?}");
    let mut paged = Vec::new();
    for page in 1..=3 {
        let (_, p) = get_json(
            &t.app,
            &format!("/api/v1/cases?per_page=20&page={page}&facets=none"),
        )
        .await;
        paged.extend(
            p["hits"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| h["id"].clone()),
        );
    }
    let all: Vec<_> = newest["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].clone())
        .collect();
    assert_eq!(
        paged, all,
        "pages put together are the whole list, in order"
    );

    for (query, code) in [
        ("sort=sideways", "invalid_sort"),
        ("facets=colour", "invalid_facet"),
        ("facet_limit=0", "invalid_number"),
        ("page=1000&per_page=20", "page_out_of_range"),
    ] {
        let (status, body) = get_json(&t.app, &format!("/api/v1/cases?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(body["errors"][0]["code"], code, "{query}");
    }
    let long = "word+".repeat(40);
    let (status, body) = get_json(&t.app, &format!("/api/v1/cases?q={long}")).await;
    assert_eq!(
        (status, body["errors"][0]["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_query"))
    );
}

#[tokio::test]
async fn suggestions_and_similar_cases() {
    let t = app(120).await;
    let (_, some) = get_json(&t.app, "/api/v1/cases?per_page=1&facets=none").await;
    let title = some["hits"][0]["title"].as_str().unwrap().to_string();
    let first_word: String = title
        .split_whitespace()
        .next()
        .unwrap()
        .chars()
        .take(4)
        .collect();
    let (status, suggested) = get_json(
        &t.app,
        &format!("/api/v1/suggest?q={}", urlencode(&first_word)),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !suggested["cases"].as_array().unwrap().is_empty(),
        "{first_word}: {suggested}"
    );
    let (_, terms) = get_json(&t.app, "/api/v1/suggest?q=intel").await;
    assert!(
        terms["terms"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["value"] == "artificial_intelligence"),
        "{terms}"
    );
    let (_, por) = get_json(&t.app, "/api/v1/suggest?q=inteligencia").await;
    assert!(
        por["terms"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["facet"] == "technology"),
        "Spanish labels too: {por}"
    );

    let slug = some["hits"][0]["slug"].as_str().unwrap();
    let (status, similar) =
        get_json(&t.app, &format!("/api/v1/cases/{slug}/similar?limit=3")).await;
    assert_eq!(status, StatusCode::OK);
    let hits = similar["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 3);
    assert!(hits.iter().all(|h| h["slug"] != slug));
    let (status, _) = get_json(&t.app, "/api/v1/cases/no-such-case/similar").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Whatever the query string holds, the answer is never a server error.
    #[test]
    fn no_query_string_makes_a_server_error(
        q in ".{0,80}",
        key in prop::sample::select(vec!["q", "sort", "facets", "country", "year_from", "page", "tag", "facet_limit"]),
        value in "[ -~]{0,20}",
    ) {
        let status = RUNTIME.block_on(async {
            let t = shared_app().await;
            let uri = format!("/api/v1/cases?q={}&{key}={}", urlencode(&q), urlencode(&value));
            let (api, _, _) = get(&t.app, &uri, "application/json").await;
            let (page, _, _) = get(&t.app, &uri.replacen("/api/v1", "", 1), "text/html").await;
            let (suggest, _, _) = get(&t.app, &format!("/api/v1/suggest?q={}", urlencode(&q)), "application/json").await;
            [api, page, suggest]
        });
        for s in status {
            prop_assert!(!s.is_server_error(), "{s}");
        }
    }
}

/// One runtime and one small app shared by the property test's cases.
static RUNTIME: std::sync::LazyLock<tokio::runtime::Runtime> = std::sync::LazyLock::new(|| {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
});

async fn shared_app() -> &'static crate::tests::TestApp {
    static APP: tokio::sync::OnceCell<crate::tests::TestApp> = tokio::sync::OnceCell::const_new();
    APP.get_or_init(|| app(30)).await
}
