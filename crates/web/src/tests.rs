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
    pub state: AppState,
    search: Arc<observa_search::SearchIndex>,
    _dir: tempfile::TempDir,
}

impl TestApp {
    /// Brings the search index up to date with what the test wrote to the store since.
    pub async fn catch_up(&self) {
        observa_search::Follower::new(self.search.clone(), self.store.clone())
            .catch_up()
            .await
            .unwrap();
    }
}

pub(crate) async fn app(cases: usize) -> TestApp {
    app_with_site(cases, Site::new("http://observa.test")).await
}

pub(crate) async fn app_with_site(cases: usize, site: Site) -> TestApp {
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
    let search = Arc::new(search);
    let state = AppState::new(
        store.clone(),
        search.clone(),
        site,
        Arc::new(crate::Mailer::outbox_only()),
    );
    TestApp {
        app: router(state.clone()),
        state,
        store,
        search,
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
        page.contains("<h1>Page not found</h1>") && page.contains("no-such-case"),
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
    // The home page counts with the search index, like the library and the API.
    let (_, list) = get_json(&t.app, "/api/v1/cases?per_page=1").await;
    let total = list["total"].as_u64().unwrap();
    assert!(total >= 30);
    assert!(
        home.contains(&format!("{total} initiatives from ")),
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
    assert!(page.contains("1,084") && page.contains("Initiatives analysed"));
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

// The case library page.

/// A GET through the router with extra request headers: status, headers, body.
pub(crate) async fn get_with(
    app: &axum::Router,
    uri: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, axum::http::HeaderMap, String) {
    let mut request = Request::get(uri).header(header::ACCEPT, "text/html");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    // Lossy: a compressed body is not text, and tests of compression only read headers.
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

/// The opening tag that contains `marker`.
pub(crate) fn tag_with<'a>(html: &'a str, marker: &str) -> &'a str {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in {html}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

/// The decoded value of an attribute of a tag.
pub(crate) fn attr(tag: &str, name: &str) -> String {
    let start = tag
        .find(&format!(" {name}=\""))
        .unwrap_or_else(|| panic!("no {name} in {tag}"))
        + name.len()
        + 3;
    let end = start + tag[start..].find('"').unwrap();
    tag[start..end]
        .replace("&#38;", "&")
        .replace("&amp;", "&")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
}

/// From `<a ... marker ...>` to its `</a>`.
fn link_with<'a>(html: &'a str, marker: &str) -> &'a str {
    let tag = tag_with(html, marker);
    let start = html.find(tag).unwrap();
    let end = start + html[start..].find("</a>").unwrap();
    &html[start..end + 4]
}

fn pairs_of(href: &str) -> Vec<(String, String)> {
    let query = href.split_once('?').map_or("", |(_, q)| q);
    url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn has_pair(pairs: &[(String, String)], key: &str, value: &str) -> bool {
    pairs.iter().any(|(k, v)| k == key && v == value)
}

/// Every `href` inside the part of `html` from `start` to the next `end`.
fn hrefs_in(html: &str, start: &str, end: &str) -> Vec<String> {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in {html}"));
    let part = &html[from..from + html[from..].find(end).unwrap()];
    part.split("href=\"")
        .skip(1)
        .map(|rest| attr(&format!(" href=\"{rest}"), "href"))
        .collect()
}

#[tokio::test]
async fn case_list_search_shows_count_marks_and_keeps_the_words() {
    let t = app(60).await;
    let (_, api) = get_json(&t.app, "/api/v1/cases?q=households&facets=none").await;
    let total = api["total"].as_u64().unwrap();
    assert!(total > 1, "the demo data has households: {api}");

    let (status, _, page) = get(&t.app, "/cases?q=households", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(&format!(
            "<h2 id=\"results-title\">{total} cases for “households”</h2>"
        )),
        "{page}"
    );
    assert!(
        tag_with(&page, "role=\"status\"").contains("aria-live=\"polite\""),
        "the count is announced"
    );
    assert_eq!(attr(tag_with(&page, "id=\"q\""), "value"), "households");
    assert!(page.contains("<label for=\"q\">"));
    assert!(page.contains("<title>“households” in the case library · Observa</title>"));
    // Each card's text is a snippet with the words marked (as HTML, not escaped).
    let cards: Vec<&str> = page.split("<li class=\"card\">").skip(1).collect();
    assert_eq!(cards.len() as u64, total.min(20));
    let snippets_marked = cards
        .iter()
        .filter(|card| {
            let text = &card[card.find("</h3>").unwrap()..card.find("</li>").unwrap()];
            text.to_lowercase().contains("<mark>household")
        })
        .count();
    assert!(snippets_marked > 0, "{page}");
    assert!(!page.contains("&lt;mark") && !page.contains("&#60;mark"));
    assert_eq!(
        get_json(&t.app, "/api/v1/cases?q=households").await.1["hits"][0]["slug"],
        attr(tag_with(cards[0], "<a href=\"/cases/"), "href").trim_start_matches("/cases/"),
        "the same order as the API"
    );

    let (_, _, none) = get(&t.app, "/cases?q=qwertyzxcv", "text/html").await;
    assert!(none.contains("0 cases for “qwertyzxcv”") && none.contains("No case matches"));
    let (_, _, browse) = get(&t.app, "/cases", "text/html").await;
    assert!(browse.contains("<h2 id=\"results-title\">60 cases</h2>"));
    assert!(!browse.contains("<mark>"), "no words, no marks");
}

#[tokio::test]
async fn case_list_marks_only_escaped_text() {
    let t = app(3).await;
    let mut hostile = observa_domain::demo::cases(5).next().unwrap();
    hostile.slug = "hostile".into();
    hostile.title = "<script>alert(1)</script> Zyxwvut".into();
    hostile.pitch = "A <b>bold</b> Zyxwvut & more".into();
    t.store.insert_case(&hostile, None).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let search = observa_search::open_or_rebuild(dir.path(), &*t.store)
        .await
        .unwrap();
    let app = router(AppState::new(
        t.store.clone(),
        Arc::new(search),
        Site::new("http://observa.test"),
        Arc::new(crate::Mailer::outbox_only()),
    ));
    let (status, _, page) = get(&app, "/cases?q=zyxwvut", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("1 case for “zyxwvut”"), "{page}");
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Zyxwvut</mark>"),
        "{page}"
    );
    assert!(page.contains("A &lt;b&gt;bold&lt;/b&gt; <mark>Zyxwvut</mark> &amp; more"));
    assert!(!page.contains("<script>alert") && !page.contains("<b>bold"));
}

#[tokio::test]
async fn choosing_a_country_keeps_the_others_and_its_chip_removes_only_it() {
    let t = app(60).await;
    let (_, api) = get_json(&t.app, "/api/v1/cases?facets=country&facet_limit=500").await;
    let countries = api["facets"]["country"].as_array().unwrap();
    let value = |i: usize| countries[i]["value"].as_str().unwrap().to_string();
    let (a, b, c) = (value(0), value(1), value(2));
    let c_count = countries[2]["count"].as_u64().unwrap();

    let uri = format!("/cases?country={a}&country={b}&year_from=1990&sort=year");
    let (status, _, page) = get(&t.app, &uri, "text/html").await;
    assert_eq!(status, StatusCode::OK);

    // Another country stays listed with its count, and its link adds it to the others.
    let other = link_with(&page, &format!("id=\"facet-country-{c}\""));
    assert!(
        other.contains(&format!("<span class=\"count\">({c_count})</span>")),
        "{other}"
    );
    let added = pairs_of(&attr(other, "href"));
    for (key, v) in [("country", &a), ("country", &b), ("country", &c)] {
        assert!(has_pair(&added, key, v), "{added:?}");
    }
    assert!(has_pair(&added, "sort", "year") && has_pair(&added, "year_from", "1990"));

    // The chosen one is marked, and its link unchooses it.
    let chosen = link_with(&page, &format!("id=\"facet-country-{a}\""));
    assert!(chosen.contains("aria-current=\"true\"") && chosen.contains("Remove filter: "));
    let toggled = pairs_of(&attr(chosen, "href"));
    assert!(!has_pair(&toggled, "country", &a) && has_pair(&toggled, "country", &b));

    // One chip per filter; A's chip links to the same state without A.
    let chips = hrefs_in(&page, "<ul aria-label=\"Chosen filters\">", "</ul>");
    assert_eq!(chips.len(), 3, "two countries and the years: {chips:?}");
    let without_a: Vec<_> = chips
        .iter()
        .map(|href| pairs_of(href))
        .filter(|pairs| !has_pair(pairs, "country", &a))
        .collect();
    assert_eq!(without_a.len(), 1, "{chips:?}");
    let kept = &without_a[0];
    assert!(has_pair(kept, "country", &b), "{kept:?}");
    assert!(has_pair(kept, "year_from", "1990") && has_pair(kept, "sort", "year"));
    assert_eq!(kept.len(), 3, "{kept:?}");
    let clear_all = attr(tag_with(&page, "class=\"clear-all\""), "href");
    assert_eq!(clear_all, "/cases?sort=year", "clearing keeps the order");

    // Following the chip: A is no longer chosen, B still is.
    let href = format!(
        "/cases?{}",
        url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(kept.iter())
            .finish()
    );
    let (status, _, after) = get(&t.app, &href, "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!link_with(&after, &format!("id=\"facet-country-{a}\"")).contains("aria-current"));
    assert!(link_with(&after, &format!("id=\"facet-country-{b}\"")).contains("aria-current"));
    // The search form carries the filters it does not show.
    assert!(after.contains(&format!(
        "<input type=\"hidden\" name=\"country\" value=\"{b}\">"
    )));
}

#[tokio::test]
async fn the_year_range_has_a_chip_and_keeps_counting_other_years() {
    let t = app(60).await;
    let (status, _, page) = get(&t.app, "/cases?year_from=2021&year_to=2022", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(attr(tag_with(&page, "id=\"year-from\""), "value"), "2021");
    assert_eq!(attr(tag_with(&page, "id=\"year-to\""), "value"), "2022");
    assert!(page.contains("Launched 2021–2022"));
    let chips = hrefs_in(&page, "<ul aria-label=\"Chosen filters\">", "</ul>");
    assert_eq!(chips, ["/cases"]);
    // Years outside the range are still counted, and choosing one sets the range to it.
    let (_, api) = get_json(&t.app, "/api/v1/cases?facets=year").await;
    let other = api["facets"]["year"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["value"].as_str().unwrap().to_string())
        .find(|y| y != "2021" && y != "2022")
        .unwrap();
    let link = link_with(&page, &format!("id=\"facet-year-{other}\""));
    assert_eq!(
        pairs_of(&attr(link, "href")),
        [
            ("year_from".to_string(), other.clone()),
            ("year_to".to_string(), other.clone())
        ]
    );
}

#[tokio::test]
async fn htmx_requests_get_the_fragment_and_others_the_page() {
    let t = app(30).await;
    let uri = "/cases?q=households&sort=newest";
    let (status, headers, fragment) = get_with(&t.app, uri, &[("HX-Request", "true")]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!fragment.contains("<html") && !fragment.contains("<!doctype"));
    assert!(!fragment.contains("site-header"), "no page around it");
    assert!(fragment.starts_with("<title>“households” in the case library · Observa</title>"));
    assert!(fragment.contains("id=\"library\"") && fragment.contains("cases for “households”"));
    assert!(
        headers[header::VARY]
            .to_str()
            .unwrap()
            .contains("HX-Request"),
        "{headers:?}"
    );

    let (_, headers, page) = get_with(&t.app, uri, &[]).await;
    assert!(page.starts_with("<!doctype html>") && page.contains("<html"));
    assert!(
        headers[header::VARY]
            .to_str()
            .unwrap()
            .contains("HX-Request")
    );
    // The swapped part of the page is the fragment.
    let library = &page[page.find("<div id=\"library\"").unwrap()..];
    let in_fragment = &fragment[fragment.find("<div id=\"library\"").unwrap()..];
    assert!(library.starts_with(in_fragment.trim_end()));

    // Going back in history, or swapping the whole body, takes the whole page.
    for extra in [
        ("HX-History-Restore-Request", "true"),
        ("HX-Request-Type", "full"),
    ] {
        let (_, _, page) = get_with(&t.app, uri, &[("HX-Request", "true"), extra]).await;
        assert!(page.contains("<html"), "{extra:?}");
    }

    // What htmx needs is on the page: links and the form are boosted into #library.
    let library_tag = tag_with(&page, "id=\"library\"");
    for needed in [
        "hx-boost:inherited=\"true\"",
        "hx-target:inherited=\"#library\"",
        "hx-push-url:inherited=\"true\"",
    ] {
        assert!(library_tag.contains(needed), "{library_tag}");
    }
    assert!(tag_with(&page, "id=\"search\"").contains("action=\"/cases\" method=\"get\""));
    // Case pages open as pages.
    assert!(page.contains("<div hx-boost:inherited=\"false\">\n      <ol class=\"cards\""));

    // A bad value: a 400 with the form and the reason, in place.
    let (status, _, bad) = get_with(
        &t.app,
        "/cases?q=households&year_from=2020&year_to=2010",
        &[("HX-Request", "true")],
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(!bad.contains("<html") && bad.contains("year_from is after year_to"));
    assert_eq!(attr(tag_with(&bad, "id=\"q\""), "value"), "households");
}

#[tokio::test]
async fn pagination_keeps_the_state_and_the_sort_is_shown() {
    let t = app(60).await;
    let (_, api) = get_json(&t.app, "/api/v1/cases?q=digital&facets=region").await;
    let region = &api["facets"]["region"][0];
    let (value, count) = (
        region["value"].as_str().unwrap(),
        region["count"].as_u64().unwrap(),
    );
    assert!(count > 4, "{api}");
    let uri = format!("/cases?q=digital&region={value}&sort=year&per_page=2");
    let (status, _, page) = get(&t.app, &uri, "text/html").await;
    assert_eq!(status, StatusCode::OK);
    let last = count.div_ceil(2);
    assert!(page.contains(&format!("Page 1 of {last}")), "{page}");
    assert!(page.contains("<option value=\"year\" selected>"));
    assert!(!page.contains("<option value=\"relevance\" selected>"));

    let links = hrefs_in(&page, "<nav aria-label=\"Pagination\"", "</nav>");
    assert!(links.len() >= 3, "{links:?}");
    for href in &links {
        let pairs = pairs_of(href);
        for (key, v) in [
            ("q", "digital"),
            ("region", value),
            ("sort", "year"),
            ("per_page", "2"),
        ] {
            assert!(has_pair(&pairs, key, v), "{href} lacks {key}");
        }
    }
    let next = attr(tag_with(&page, "rel=\"next\""), "href");
    assert!(has_pair(&pairs_of(&next), "page", "2"));
    assert!(next.ends_with("&per_page=2&page=2"), "state first: {next}");

    let (status, _, second) = get(&t.app, &next, "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(second.contains(&format!("Page 2 of {last}")));
    let current = tag_with(&second, "aria-current=\"page\"");
    assert!(has_pair(&pairs_of(&attr(current, "href")), "page", "2"));
    let prev = attr(tag_with(&second, "rel=\"prev\""), "href");
    assert!(
        !pairs_of(&prev).iter().any(|(k, _)| k == "page"),
        "page 1 has no number: {prev}"
    );
    // By year launched, latest first: the API agrees on the order.
    let (_, ordered) = get_json(&t.app, &format!("/api/v1{}", &next)).await;
    let slug = ordered["hits"][0]["slug"].as_str().unwrap();
    assert!(second.contains(&format!("href=\"/cases/{slug}\"")));

    // Without words, relevance means newest first, and the select says so.
    let (_, _, browse) = get(&t.app, "/cases", "text/html").await;
    assert!(browse.contains(
        "<option value=\"relevance\" selected>Relevance (newest first without search words)</option>"
    ));
    // Past the last page: no results, and a way back.
    let (status, _, past) = get(&t.app, "/cases?page=50", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(past.contains("no results on this page") && past.contains("href=\"/cases\""));
}

#[tokio::test]
async fn bad_case_list_parameters_are_400_pages() {
    let t = app(5).await;
    for (uri, says) in [
        (
            "/cases?year_from=2020&year_to=2010",
            "year_from is after year_to",
        ),
        ("/cases?page=0", "page must be a whole number"),
        ("/cases?technology=telepathy", "blockchain"),
        ("/cases?sort=popular", "allowed: relevance, newest, year"),
        (
            "/cases?per_page=100&page=101",
            "only the first 10000 results",
        ),
    ] {
        let (status, content_type, page) = get(&t.app, uri, "text/html").await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(content_type.starts_with("text/html"), "{uri}");
        assert!(
            page.starts_with("<!doctype html>") && page.contains(says),
            "{uri}: {page}"
        );
        assert!(
            page.contains("<form id=\"search\""),
            "the search box stays: {uri}"
        );
    }
    let (status, _, _) = get(&t.app, "/cases?colour=red", "text/html").await;
    assert_eq!(status, StatusCode::OK, "unknown parameters are ignored");
}

#[tokio::test]
async fn htmx_is_served_for_good_and_loaded_without_inline_script() {
    let t = app(2).await;
    let (_, _, home) = get(&t.app, "/", "text/html").await;
    let script = tag_with(&home, "<script src=");
    let src = attr(script, "src");
    assert!(
        src.starts_with("/static/htmx-4.0.1.min.") && src.ends_with(".js"),
        "the address carries a hash of the content: {src}"
    );
    let (status, headers, body) = get_with(&t.app, &src, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    assert_eq!(
        headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert!(body.starts_with("var htmx=") && body.contains("version=\"4.0.1\""));

    for uri in ["/", "/cases", "/publications"] {
        let (_, _, page) = get(&t.app, uri, "text/html").await;
        assert!(page.contains(&format!("<script src=\"{src}\" defer></script>")));
        // The content security policy allows no inline script or handler.
        assert_eq!(
            page.matches("<script").count(),
            page.matches("<script src=").count()
        );
        assert!(
            !page.contains(" hx-on") && !page.contains(" onclick"),
            "{uri}"
        );
    }
}
