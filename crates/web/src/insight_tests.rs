//! Tests of themes and emerging trends as the site serves them: `GET /api/v1/themes`,
//! `GET /api/v1/emerging`, their sections on `/trends` and the printable report at
//! `/trends/report`, on a real SQLite store of generated cases.

use axum::http::StatusCode;
use serde_json::Value;

use crate::tests::{app, get, get_json};

fn array(v: &Value) -> &Vec<Value> {
    v.as_array().unwrap_or_else(|| panic!("not an array: {v}"))
}

#[tokio::test]
async fn themes_cover_the_selection_and_are_the_same_for_the_same_cases() {
    let t = app(150).await;
    let (status, doc) = get_json(&t.app, "/api/v1/themes?themes=4").await;
    assert_eq!(status, StatusCode::OK, "{doc}");
    assert_eq!(doc["matched"], 150);
    assert_eq!(doc["analysed"], 150);
    assert_eq!(doc["sampled"], false);
    assert_eq!(doc["chosen_by"], "given");
    let themes = array(&doc["themes"]);
    assert_eq!(themes.len(), 4);
    let sizes: Vec<u64> = themes.iter().map(|t| t["size"].as_u64().unwrap()).collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
    assert!(sizes.iter().sum::<u64>() <= 150);
    for theme in themes {
        assert!(!array(&theme["label"]).is_empty(), "{theme}");
        let per_year: u64 = array(&theme["per_year"])
            .iter()
            .map(|y| y["count"].as_u64().unwrap())
            .sum();
        assert!(per_year <= theme["size"].as_u64().unwrap());
        let examples = array(&theme["representatives"]);
        assert_eq!(examples.len(), 3, "{theme}");
        for example in examples {
            let slug = example["slug"].as_str().unwrap();
            let (status, _) = get_json(&t.app, &format!("/api/v1/cases/{slug}")).await;
            assert_eq!(status, StatusCode::OK, "{slug}");
        }
    }

    // The same cases in another store give the same themes (a fixed seed, no cache shared).
    let again = app(150).await;
    let (_, other) = get_json(&again.app, "/api/v1/themes?themes=4").await;
    assert_eq!(other["themes"], doc["themes"]);

    // Chosen automatically: between 4 and 12, with the silhouette of each number tried.
    let (_, auto) = get_json(&t.app, "/api/v1/themes").await;
    assert_eq!(auto["chosen_by"], "silhouette");
    let n = array(&auto["themes"]).len();
    assert!((4..=12).contains(&n), "{n}");
    assert!(!array(&auto["silhouette"]).is_empty());
}

#[tokio::test]
async fn themes_follow_the_filters_and_the_library() {
    let t = app(80).await;
    let (_, list) = get_json(&t.app, "/api/v1/cases?per_page=1&facets=country").await;
    let country = list["facets"]["country"][0]["value"].as_str().unwrap();
    let expected = list["facets"]["country"][0]["count"].as_u64().unwrap();
    let (status, doc) = get_json(&t.app, &format!("/api/v1/themes?country={country}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["matched"].as_u64().unwrap(), expected);

    // A new published case is analysed on the next request (the cache follows the index).
    let mut case = observa_domain::demo::cases(99).next().unwrap();
    case.slug = "one-more-case".into();
    t.store.insert_case(&case, None).await.unwrap();
    let (_, before) = get_json(&t.app, "/api/v1/themes?themes=2").await;
    assert_eq!(before["matched"], 80, "the index has not caught up yet");
    t.catch_up().await;
    let (_, after) = get_json(&t.app, "/api/v1/themes?themes=2").await;
    assert_eq!(after["matched"], 81);
}

#[tokio::test]
async fn bad_analysis_parameters_are_400() {
    let t = app(5).await;
    for (uri, code) in [
        ("/api/v1/themes?themes=0", "invalid_number"),
        ("/api/v1/themes?themes=21", "invalid_number"),
        ("/api/v1/themes?themes=lots", "invalid_number"),
        ("/api/v1/themes?page=2", "unknown_parameter"),
        ("/api/v1/emerging?colour=red", "unknown_parameter"),
        ("/api/v1/emerging?country=ZZ", "invalid_country"),
        ("/api/v1/emerging?technology=telepathy", "invalid_value"),
    ] {
        let (status, doc) = get_json(&t.app, uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {doc}");
        assert_eq!(doc["errors"][0]["code"], code, "{uri}: {doc}");
    }
    // No case matches: an empty answer, not an error.
    let (status, doc) = get_json(&t.app, "/api/v1/themes?q=zzzyyyxxx").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["matched"], 0);
    assert!(array(&doc["themes"]).is_empty());
}

#[tokio::test]
async fn emerging_items_pass_the_test_they_name() {
    let t = app(400).await;
    // Twenty recent cases about a new word: it must come out as an emerging term.
    let recent: Vec<_> = observa_domain::demo::cases(31)
        .take(20)
        .enumerate()
        .map(|(i, mut case)| {
            case.slug = format!("recent-{i}");
            case.title = format!("Quantumledger pilot {i}");
            case.pitch = format!("{} with a quantumledger.", case.pitch);
            case.year_launched = Some(2025);
            case.year_ended = None;
            case
        })
        .collect();
    t.store
        .import_cases(&recent, observa_store::ImportKey::Slug)
        .await
        .unwrap();
    t.catch_up().await;
    let (status, doc) = get_json(&t.app, "/api/v1/emerging").await;
    assert_eq!(status, StatusCode::OK, "{doc}");
    assert!(doc["test"].as_str().unwrap().contains("Benjamini-Hochberg"));
    let recent = &doc["recent"];
    let baseline = &doc["baseline"];
    assert_eq!(
        recent["to"].as_i64().unwrap() - recent["from"].as_i64().unwrap(),
        2,
        "three recent years: {doc}"
    );
    assert_eq!(
        baseline["to"].as_i64().unwrap() + 1,
        recent["from"].as_i64().unwrap()
    );
    let items = array(&doc["items"]);
    let new_word = items
        .iter()
        .find(|i| i["kind"] == "term" && i["name"] == "quantumledger")
        .unwrap_or_else(|| panic!("the new word is emerging: {doc}"));
    assert_eq!(
        new_word["rate_ratio"],
        Value::Null,
        "new: no baseline share"
    );
    for item in items {
        assert!(item["q_value"].as_f64().unwrap() <= 0.05, "{item}");
        assert!(item["p_value"].as_f64().unwrap() <= item["q_value"].as_f64().unwrap());
        assert!(item["recent_share"].as_f64().unwrap() > item["baseline_share"].as_f64().unwrap());
        match item["rate_ratio"].as_f64() {
            Some(ratio) => assert!(ratio > 1.0, "{item}"),
            None => assert_eq!(item["baseline_share"], 0.0),
        }
        let recent_cases: u64 = array(&item["series"])
            .iter()
            .filter(|s| s["year"].as_i64().unwrap() >= recent["from"].as_i64().unwrap())
            .map(|s| s["count"].as_u64().unwrap())
            .sum();
        assert!(recent_cases >= 5, "{item}");
        assert!(["theme", "technology", "tag", "term"].contains(&item["kind"].as_str().unwrap()));
        assert!(!item["label"].as_str().unwrap().is_empty());
    }
}

#[tokio::test]
async fn the_trends_page_shows_themes_and_emerging_trends_readably() {
    let t = app(150).await;
    let (status, _, page) = get(&t.app, "/trends?themes=3", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    let (_, doc) = get_json(&t.app, "/api/v1/themes?themes=3").await;
    for (i, theme) in array(&doc["themes"]).iter().enumerate() {
        let n = i + 1;
        assert!(page.contains(&format!("id=\"theme-{n}\"")), "theme {n}");
        let label = array(&theme["label"])
            .iter()
            .map(|l| l.as_str().unwrap())
            .collect::<Vec<_>>()
            .join(", ");
        assert!(page.contains(&format!("Theme {n}: {label}")), "{label}");
        for example in array(&theme["representatives"]) {
            let href = format!("href=\"/cases/{}\"", example["slug"].as_str().unwrap());
            assert!(page.contains(&href), "{href}");
        }
        // Its chart by year can be read without seeing it.
        let chart = format!("chart-theme-{n}-years");
        assert!(page.contains(&format!("<title id=\"{chart}-title\">")));
        assert!(page.contains(&format!("<desc id=\"{chart}-desc\">")));
    }
    assert!(!page.contains("id=\"theme-4\""));
    assert!(page.contains("<option value=\"3\" selected>"));
    assert!(page.contains("Benjamini–Hochberg"), "the test is named");
    assert!(page.contains("Emerging trends"));
    assert!(
        !page.contains("Unknown localization"),
        "every message is found"
    );
    assert!(
        page.contains("href=\"/trends/report?"),
        "a link to the report"
    );
    let (status, _, bad) = get(&t.app, "/trends?themes=99", "text/html").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(bad.contains("themes must be"));
}

#[tokio::test]
async fn the_report_has_headline_figures_charts_themes_and_method() {
    let t = app(120).await;
    let (status, _, report) = get(&t.app, "/trends/report?themes=3", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(report.contains("<h1>Trends report</h1>"));
    assert!(
        !report.contains("Unknown localization"),
        "every message is found"
    );
    assert!(report.contains("Figures computed on "));
    assert!(
        report.contains("<dt>Initiatives</dt><dd>120</dd>"),
        "{report}"
    );
    assert!(report.contains("<dt>Countries</dt>"));
    assert!(report.contains("id=\"chart-country\""));
    assert!(report.contains("id=\"theme-3\"") && !report.contains("id=\"theme-4\""));
    assert!(report.contains("id=\"method-heading\""));
    assert!(
        !report.contains("<style>"),
        "the served report links its stylesheet"
    );

    // A filtered report counts only what it matches, and names the filter.
    let (_, list) = get_json(&t.app, "/api/v1/cases?per_page=1&facets=sector").await;
    let sector = list["facets"]["sector"][0]["value"].as_str().unwrap();
    let label = list["facets"]["sector"][0]["label"].as_str().unwrap();
    let count = list["facets"]["sector"][0]["count"].as_u64().unwrap();
    let (_, _, filtered) = get(
        &t.app,
        &format!("/trends/report?sector={sector}"),
        "text/html",
    )
    .await;
    assert!(filtered.contains(&format!("<dt>Initiatives</dt><dd>{count}</dd>")));
    assert!(filtered.contains(&format!("<li>{label}</li>")) || filtered.contains(label));
}

#[tokio::test]
async fn a_report_saved_as_a_file_loads_nothing() {
    let t = app(40).await;
    let html = crate::report_html(&t.state, Some("themes=2"), observa_domain::Lang::Fr)
        .await
        .unwrap();
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("<style>") && html.contains("@page"));
    assert!(
        !html.contains("/static/"),
        "no stylesheet, script or icon to fetch"
    );
    assert!(!html.contains("<script"));
    assert!(html.contains("Rapport sur les tendances"));
    assert!(html.contains("id=\"theme-2\""));
}

/// POSTs `body` to `/api/v1/suggest-tags` with `headers`.
async fn post_draft(
    app: &axum::Router,
    body: impl Into<axum::body::Body>,
    headers: &[(&str, &str)],
) -> (StatusCode, axum::http::HeaderMap, Value) {
    use tower::ServiceExt;
    let mut request = axum::http::Request::post("/api/v1/suggest-tags")
        .header("content-type", "application/json");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .clone()
        .oneshot(request.body(body.into()).unwrap())
        .await
        .unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, headers, serde_json::from_slice(&bytes).unwrap())
}

#[tokio::test]
async fn tag_suggestions_come_from_the_most_similar_published_cases() {
    let t = app(200).await;
    // A published case's own texts: its sector must be among the suggestions, with the
    // most confident first.
    let (_, list) = get_json(&t.app, "/api/v1/cases?per_page=1").await;
    let slug = list["hits"][0]["slug"].as_str().unwrap();
    let case = t.store.case_by_slug(slug).await.unwrap().unwrap().case;
    let draft = serde_json::json!({
        "title": case.title, "pitch": case.pitch, "overview": case.overview, "language": case.language,
    });
    let (status, headers, answer) = post_draft(
        &t.app,
        draft.to_string(),
        &[("origin", "https://elsewhere.example")],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(headers["access-control-allow-origin"], "*");
    assert_eq!(answer["trained_on"], 200);
    let sectors = array(&answer["sector"]);
    let confidences: Vec<f64> = sectors
        .iter()
        .map(|s| s["confidence"].as_f64().unwrap())
        .collect();
    assert!(
        confidences.windows(2).all(|w| w[0] >= w[1]),
        "{confidences:?}"
    );
    assert!(confidences.iter().all(|c| (0.0..=1.0).contains(c)));
    let own = case.sectors[0].to_string();
    assert!(
        sectors.iter().any(|s| s["value"] == own.as_str()),
        "{own} in {sectors:?}"
    );
    for field in ["technology", "tag", "innovation_facet"] {
        for s in array(&answer[field]) {
            assert!(!s["label"].as_str().unwrap().is_empty(), "{field}: {s}");
        }
    }

    // The model learns of a new published case once the index has caught up.
    let mut more = observa_domain::demo::cases(3).next().unwrap();
    more.slug = "newly-published".into();
    t.store.insert_case(&more, None).await.unwrap();
    t.catch_up().await;
    let (_, _, again) = post_draft(&t.app, draft.to_string(), &[]).await;
    assert_eq!(again["trained_on"], 201);
}

#[tokio::test]
async fn bad_drafts_get_clear_400_413_and_422() {
    let t = app(10).await;
    let long = "x".repeat(501);
    for (body, status, code) in [
        (
            "{not json".to_string(),
            StatusCode::BAD_REQUEST,
            "invalid_json",
        ),
        (
            "[1, 2]".to_string(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_draft",
        ),
        (
            r#"{"title": 5}"#.to_string(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_draft",
        ),
        (
            r#"{"title": "a", "colour": "red"}"#.to_string(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_draft",
        ),
        (
            r#"{"title": "  "}"#.to_string(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "empty_draft",
        ),
        (
            format!(r#"{{"pitch": "{long}"}}"#),
            StatusCode::UNPROCESSABLE_ENTITY,
            "too_long",
        ),
        (
            r#"{"title": "a", "language": "english"}"#.to_string(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_language",
        ),
        (
            format!(r#"{{"overview": "{}"}}"#, "y".repeat(70_000)),
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
        ),
    ] {
        let (got, _, answer) = post_draft(&t.app, body.clone(), &[]).await;
        assert_eq!(got, status, "{}: {answer}", &body[..body.len().min(40)]);
        assert_eq!(answer["errors"][0]["code"], code, "{answer}");
        assert!(!answer["errors"][0]["detail"].as_str().unwrap().is_empty());
    }
    let (status, _, _) = get(&t.app, "/api/v1/suggest-tags", "application/json").await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
}
