//! Handler tests: real requests through the router, on a real SQLite store filled with
//! generated demo cases.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use observa_store::{ImportKey, Store};
use tower::ServiceExt;

use crate::{AppState, Site, router};

pub(crate) struct TestApp {
    pub app: axum::Router,
    pub store: Arc<dyn Store>,
    _dir: tempfile::TempDir,
}

pub(crate) async fn app(cases: usize) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("web.db").display());
    let store = observa_store::connect(&url).await.unwrap();
    for term in observa_domain::terms::default_technologies()
        .iter()
        .chain(&observa_domain::terms::default_tags())
    {
        store.upsert_term(term).await.unwrap();
    }
    let demo: Vec<_> = observa_domain::demo::cases(7).take(cases).collect();
    store.import_cases(&demo, ImportKey::Slug).await.unwrap();
    let search = observa_search::open_or_rebuild(&dir.path().join("index"), &*store)
        .await
        .unwrap();
    let state = AppState {
        store: store.clone(),
        search: Arc::new(search),
        site: Arc::new(Site {
            public_url: "http://observa.test".into(),
        }),
    };
    TestApp {
        app: router(state),
        store,
        _dir: dir,
    }
}

pub(crate) async fn get(
    app: &axum::Router,
    uri: &str,
    accept: &str,
) -> (StatusCode, String, String) {
    let request = Request::get(uri)
        .header(header::ACCEPT, accept)
        .body(Body::empty())
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (
        status,
        content_type,
        String::from_utf8(body.to_vec()).unwrap(),
    )
}

pub(crate) async fn get_json(app: &axum::Router, uri: &str) -> (StatusCode, serde_json::Value) {
    let (status, content_type, body) = get(app, uri, "application/json").await;
    assert!(
        content_type.starts_with("application/json"),
        "{uri}: {content_type}"
    );
    (status, serde_json::from_str(&body).unwrap())
}

#[tokio::test]
async fn lists_cases_with_filters_and_pages() {
    let t = app(60).await;
    let (status, all) = get_json(&t.app, "/api/v1/cases?per_page=1").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(all["total"], 60);
    assert_eq!(all["per_page"], 1);
    let hits = all["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1);
    for key in ["id", "slug", "title", "pitch", "countries", "year", "url"] {
        assert!(hits[0].get(key).is_some(), "hit lacks {key}: {}", hits[0]);
    }
    let slug = hits[0]["slug"].as_str().unwrap();
    assert_eq!(hits[0]["url"], format!("http://observa.test/cases/{slug}"));

    // Two countries are ORed; the count equals the sum of each alone.
    let country_of =
        |v: &serde_json::Value| v["hits"][0]["countries"][0].as_str().unwrap().to_string();
    let (_, second) = get_json(&t.app, "/api/v1/cases?per_page=1&page=2").await;
    let (a, b) = (country_of(&all), country_of(&second));
    let total = |v: serde_json::Value| v["total"].as_i64().unwrap();
    let only_a = total(
        get_json(&t.app, &format!("/api/v1/cases?country={a}"))
            .await
            .1,
    );
    let both = total(
        get_json(&t.app, &format!("/api/v1/cases?country={a}&country={b}"))
            .await
            .1,
    );
    if a != b {
        let only_b = total(
            get_json(&t.app, &format!("/api/v1/cases?country={b}"))
                .await
                .1,
        );
        assert_eq!(both, only_a + only_b);
    }
    assert!(only_a >= 1);

    // Filters across fields are ANDed: a year window narrows the list.
    let (_, recent) = get_json(&t.app, "/api/v1/cases?year_from=2020&per_page=100").await;
    let years: Vec<i64> = recent["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["year"].as_i64().unwrap())
        .collect();
    assert!(years.iter().all(|y| *y >= 2020));
    assert_eq!(recent["total"].as_i64().unwrap(), years.len() as i64);
    assert!(years.len() < 60);
}

#[tokio::test]
async fn bad_filters_get_400_naming_allowed_values() {
    let t = app(3).await;
    for (uri, code, mention) in [
        (
            "/api/v1/cases?sector=space",
            "invalid_value",
            "economic_affairs",
        ),
        ("/api/v1/cases?country=ZZ", "invalid_country", "ISO 3166-1"),
        (
            "/api/v1/cases?technology=telepathy",
            "invalid_value",
            "blockchain",
        ),
        ("/api/v1/cases?per_page=1000", "invalid_number", "1 to 100"),
        ("/api/v1/cases?colour=red", "unknown_parameter", "year_from"),
    ] {
        let (status, body) = get_json(&t.app, uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(body["errors"][0]["code"], code, "{uri}");
        assert!(
            body["errors"][0]["detail"]
                .as_str()
                .unwrap()
                .contains(mention),
            "{uri}: {body}"
        );
    }
}

#[tokio::test]
async fn a_case_has_its_whole_record_and_unknown_ones_are_404() {
    let t = app(5).await;
    let (_, list) = get_json(&t.app, "/api/v1/cases?per_page=1").await;
    let slug = list["hits"][0]["slug"].as_str().unwrap().to_string();
    let (status, case) = get_json(&t.app, &format!("/api/v1/cases/{slug}")).await;
    assert_eq!(status, StatusCode::OK);
    let stored = t.store.case_by_slug(&slug).await.unwrap().unwrap().case;
    assert_eq!(case["overview"], stored.overview);
    assert_eq!(case["story"]["lessons"], stored.story.lessons.unwrap());
    assert!(case["regions"].as_array().is_some_and(|r| !r.is_empty()));

    let (status, body) = get_json(&t.app, "/api/v1/cases/no-such-case").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["errors"][0]["code"], "not_found");

    let (status, content_type, page) = get(&t.app, "/cases/no-such-case", "text/html").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(content_type.starts_with("text/html"));
    assert!(
        page.contains("<h1>Not Found</h1>") && page.contains("no-such-case"),
        "{page}"
    );
}

#[tokio::test]
async fn drafts_are_not_public() {
    let t = app(1).await;
    let mut draft = observa_domain::demo::cases(99).next().unwrap();
    draft.slug = "a-secret-draft".into();
    draft.status = observa_domain::CaseStatus::Draft;
    t.store.insert_case(&draft, None).await.unwrap();
    assert_eq!(
        get_json(&t.app, "/api/v1/cases/a-secret-draft").await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(get_json(&t.app, "/api/v1/cases").await.1["total"], 1);
}

#[tokio::test]
async fn pages_render_and_escape() {
    let t = app(30).await;
    let mut hostile = observa_domain::demo::cases(5).next().unwrap();
    hostile.slug = "hostile".into();
    hostile.title = "<script>alert(1)</script> Title".into();
    hostile.overview =
        "Fine **bold** <img src=x onerror=alert(2)> <script>alert(3)</script>".into();
    t.store.insert_case(&hostile, None).await.unwrap();

    let (status, _, home) = get(&t.app, "/", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        home.contains("<strong>31</strong> initiatives"),
        "home counts cases"
    );

    let (status, _, list) = get(&t.app, "/cases?sector=health", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("Filter cases") && list.contains("aria-current=\"true\""));

    let (status, _, page) = get(&t.app, "/cases/hostile", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("alert(1)") && page.contains("&#60;script&#62;alert(1)"),
        "escaped, not dropped"
    );
    assert!(page.contains("<strong>bold</strong>"));
    assert!(
        !page.contains("<script>") && !page.contains("onerror"),
        "sanitised"
    );
    assert!(page.contains("/api/v1/cases/hostile"));

    let (status, _, bad) = get(&t.app, "/cases?sector=space", "text/html").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(bad.contains("<!doctype html>") && bad.contains("economic_affairs"));
}

#[tokio::test]
async fn publications_list_cuts_summaries_at_a_word() {
    let t = app(0).await;
    let summary = "Yearly scan of how governments change the way they design policy, deliver services and run themselves. The team screened more than a thousand initiatives sent in through an open call and from desk research, grouped them into four headline trends plus several secondary ones, and picked ten cases to tell in depth.";
    let p: observa_domain::Publication = serde_json::from_value(serde_json::json!({
        "slug": "global-trends-2023", "title": "Global Trends 2023", "year": 2023, "kind": "report",
        "publisher": "OPSI", "summary": summary, "facts": {"initiatives_analysed": 1084, "countries": 94}
    }))
    .unwrap();
    t.store.upsert_publication(&p).await.unwrap();
    let (status, _, list) = get(&t.app, "/publications", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    let cut = observa_domain::publication::excerpt(summary, 220);
    assert!(cut.ends_with('…') && cut.len() < summary.len());
    assert!(list.contains(&cut), "{list}");
    let (status, _, page) = get(&t.app, "/publications/global-trends-2023", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("1084") && page.contains("Initiatives analysed"));
    assert_eq!(
        get(&t.app, "/publications/nope", "text/html").await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn health_and_security_headers() {
    let t = app(2).await;
    let (status, body) = get_json(&t.app, "/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "ok");
    let response = t
        .app
        .clone()
        .oneshot(Request::get("/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let headers = response.headers();
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert!(
        headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
}
