//! Tests of calls for innovations, named trends and the duplicates report: who may call
//! each route (visitor, contributor, editor, administrator), the CSRF check, bad inputs
//! that store nothing, a call's intake counts (and that its page never names an
//! unpublished case), the call filter agreeing across the API, stats and /trends, and
//! named trends saved, listed, edited and deleted. The real router over HTTP on a loopback
//! port, on a real SQLite file.

use std::collections::HashMap;

use axum::http::StatusCode;
use observa_domain::{Call, CaseStatus, NamedTrend, Role};

use crate::Site;
use crate::accounts_tests::{Client, PASSWORD, account, serve};
use crate::tests::{TestApp, app_with_site, get, get_json};

const CALL: &str = "call-2027";
const TREND: &str = "digital-services";

fn a_call(slug: &str) -> Call {
    Call {
        slug: slug.into(),
        title: "Call for innovations 2027".into(),
        description: "Send us **your** innovations.".into(),
        opens: "2027-01-01".parse().unwrap(),
        closes: "2027-03-31".parse().unwrap(),
        themes: vec!["Digital identity".into(), "Climate adaptation".into()],
    }
}

/// The app with `cases` demo cases, a call, a named trend and one account of each role,
/// served on a loopback port.
struct World {
    t: TestApp,
    base: String,
    editor_id: i64,
}

async fn world(cases: usize) -> World {
    let t = app_with_site(cases, Site::new("http://observa.test")).await;
    let base = serve(&t).await;
    account(&*t.store, "contributor@example.org", Role::Contributor).await;
    let editor_id = account(&*t.store, "editor@example.org", Role::Editor).await;
    account(&*t.store, "admin@example.org", Role::Admin).await;
    t.store.create_call(editor_id, &a_call(CALL)).await.unwrap();
    t.store
        .create_named_trend(
            editor_id,
            &NamedTrend {
                slug: TREND.into(),
                name: "Digital services".into(),
                description: "Services *online*.".into(),
                query: String::new(),
                terms: vec!["digital".into()],
                cases: vec![],
            },
        )
        .await
        .unwrap();
    World { t, base, editor_id }
}

impl World {
    async fn client(&self, email: Option<&str>) -> Client {
        let mut client = Client::new(&self.base);
        if let Some(email) = email {
            let reply = client.sign_in(email, PASSWORD).await;
            assert_eq!(reply.status, 303, "{email}: {}", reply.body);
        }
        client
    }

    async fn editor(&self) -> Client {
        self.client(Some("editor@example.org")).await
    }

    async fn calls(&self) -> Vec<Call> {
        self.t.store.calls().await.unwrap()
    }
}

/// The value of the form field `name` on a page, unescaped.
fn field(body: &str, name: &str) -> String {
    let at = body
        .find(&format!("name=\"{name}\""))
        .unwrap_or_else(|| panic!("no field {name}"));
    let rest = &body[at..];
    let raw = if rest.starts_with(&format!("name=\"{name}\" rows")) {
        let start = rest.find('>').unwrap() + 1;
        &rest[start..start + rest[start..].find("</textarea>").unwrap()]
    } else {
        let start = rest.find("value=\"").unwrap() + 7;
        &rest[start..start + rest[start..].find('"').unwrap()]
    };
    unescape(raw)
}

fn unescape(text: &str) -> String {
    text.replace("&#38;", "&")
        .replace("&amp;", "&")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#60;", "<")
        .replace("&lt;", "<")
        .replace("&#62;", ">")
        .replace("&gt;", ">")
}

/// Fields of a form to change, and their new values.
type Changes<'a> = &'a [(&'a str, &'a str)];

/// A complete call form, with `changes` in place of its defaults.
fn call_form<'a>(csrf: &'a str, changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("csrf", csrf),
        ("slug", "call-2028"),
        ("title", "Call 2028"),
        ("description", "Innovations in **health**."),
        ("opens", "2028-01-01"),
        ("closes", "2028-02-01"),
        ("themes", "Health\nAgeing"),
    ];
    for (k, v) in changes {
        form.retain(|(key, _)| key != k);
        form.push((k, v));
    }
    form
}

#[tokio::test]
async fn every_route_checks_who_may_call_it() {
    let w = world(40).await;
    let gets = [
        "/editor/calls".to_string(),
        "/editor/calls/new".to_string(),
        format!("/editor/calls/{CALL}/edit"),
        "/editor/trends/new?themes=2&theme=1".to_string(),
        format!("/editor/trends/{TREND}/edit"),
        "/editor/duplicates".to_string(),
    ];
    let posts = [
        "/editor/calls".to_string(),
        format!("/editor/calls/{CALL}"),
        "/editor/trends".to_string(),
        format!("/editor/trends/{TREND}"),
        format!("/editor/trends/{TREND}/delete"),
    ];
    let before = w.calls().await;

    // A visitor is sent to sign in for pages, refused (403) for writes.
    let mut visitor = w.client(None).await;
    for path in &gets {
        let reply = visitor.get(path).await;
        assert_eq!(reply.status, 303, "{path}");
        assert!(
            reply
                .location()
                .starts_with("/account/signin?next=%2Feditor%2F"),
            "{path}: {}",
            reply.location()
        );
    }
    let token = visitor.get("/account/signin").await.csrf();
    for path in &posts {
        let reply = visitor
            .post(path, &call_form(&token, &[("title", "Hijacked")]))
            .await;
        assert_eq!(reply.status, 403, "{path}");
    }

    // A contributor is refused everything, with a valid CSRF token.
    let mut contributor = w.client(Some("contributor@example.org")).await;
    for path in &gets {
        assert_eq!(contributor.get(path).await.status, 403, "{path}");
    }
    let token = contributor.get("/account").await.csrf();
    for path in &posts {
        let reply = contributor
            .post(path, &call_form(&token, &[("name", "Hijacked")]))
            .await;
        assert_eq!(reply.status, 403, "{path}");
    }
    assert_eq!(w.calls().await, before, "nothing written");
    assert!(w.t.store.named_trend(TREND).await.unwrap().is_some());

    // Editors and administrators may.
    for email in ["editor@example.org", "admin@example.org"] {
        let mut client = w.client(Some(email)).await;
        for path in &gets {
            let reply = client.get(path).await;
            assert_eq!(reply.status, 200, "{email} {path}: {}", reply.body);
            assert_eq!(reply.header("cache-control"), Some("no-store"), "{path}");
        }
    }

    // The public pages are open to all, without a session, and cacheable.
    let mut anyone = Client::new(&w.base);
    for path in [
        "/calls".to_string(),
        format!("/calls/{CALL}"),
        "/trends/saved".to_string(),
        format!("/trends/saved/{TREND}"),
    ] {
        let reply = anyone.get(&path).await;
        assert_eq!(reply.status, 200, "{path}");
        assert!(reply.header("set-cookie").is_none(), "{path}");
        assert_ne!(reply.header("cache-control"), Some("no-store"), "{path}");
        assert!(reply.header("etag").is_some(), "{path}");
    }
    assert_eq!(anyone.get("/calls/no-such-call").await.status, 404);
    assert_eq!(anyone.get("/trends/saved/no-such-trend").await.status, 404);
}

#[tokio::test]
async fn writes_without_the_csrf_token_are_refused_and_write_nothing() {
    let w = world(0).await;
    let mut editor = w.editor().await;
    let before = w.calls().await;
    for token in ["", "0000"] {
        let form = call_form(token, &[]);
        let form: Vec<_> = form
            .into_iter()
            .filter(|(k, v)| *k != "csrf" || !v.is_empty())
            .collect();
        assert_eq!(editor.post("/editor/calls", &form).await.status, 403);
        assert_eq!(
            editor
                .post(&format!("/editor/calls/{CALL}"), &form)
                .await
                .status,
            403
        );
        assert_eq!(
            editor
                .post(&format!("/editor/trends/{TREND}/delete"), &form)
                .await
                .status,
            403
        );
    }
    assert_eq!(w.calls().await, before);
    assert!(w.t.store.named_trend(TREND).await.unwrap().is_some());
}

#[tokio::test]
async fn an_editor_opens_changes_and_closes_a_call_early() {
    let w = world(0).await;
    let mut editor = w.editor().await;
    let token = editor.get("/editor/calls/new").await.csrf();
    let reply = editor.post("/editor/calls", &call_form(&token, &[])).await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_eq!(reply.location(), "/editor/calls?saved=call-2028");
    let list = editor.get(reply.location()).await;
    assert!(list.body.contains("The call “Call 2028” is saved."));
    assert!(list.body.contains("/editor/calls/call-2028/edit"));
    let stored = w.t.store.call_by_slug("call-2028").await.unwrap().unwrap();
    assert_eq!(stored.themes, ["Health", "Ageing"]);

    // Closing early: the closing date moves; the slug cannot change.
    let page = editor.get("/editor/calls/call-2028/edit").await;
    assert_eq!(field(&page.body, "closes"), "2028-02-01");
    assert_eq!(
        field(&page.body, "description"),
        "Innovations in **health**."
    );
    let token = page.csrf();
    let reply = editor
        .post(
            "/editor/calls/call-2028",
            &call_form(&token, &[("closes", "2028-01-10"), ("slug", "renamed")]),
        )
        .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    let stored = w.t.store.call_by_slug("call-2028").await.unwrap().unwrap();
    assert_eq!(stored.closes.to_string(), "2028-01-10");
    assert!(w.t.store.call_by_slug("renamed").await.unwrap().is_none());
    let id = 2;
    let actions: Vec<(String, Option<i64>)> =
        w.t.store
            .audit_entries("call", id)
            .await
            .unwrap()
            .into_iter()
            .map(|e| (e.action, e.actor_id))
            .collect();
    assert_eq!(
        actions,
        [
            ("call_created".to_string(), Some(w.editor_id)),
            ("call_changed".to_string(), Some(w.editor_id))
        ]
    );
    // The public list shows it with its state and dates.
    let (status, _, html) = get(&w.t.app, "/calls", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("<a href=\"/calls/call-2028\">Call 2028</a>"),
        "{html}"
    );
    assert!(html.contains("Upcoming") || html.contains("Open") || html.contains("Closed"));
}

#[tokio::test]
async fn bad_call_inputs_get_messages_beside_their_fields_and_store_nothing() {
    let w = world(0).await;
    let mut editor = w.editor().await;
    let token = editor.get("/editor/calls/new").await.csrf();
    let long_title = "T".repeat(201);
    let cases: [(Changes, &str, &str); 6] = [
        (
            &[("closes", "2027-12-31")],
            "closes",
            "The closing date comes before the opening date.",
        ),
        (
            &[("slug", "Bad Slug!")],
            "slug",
            "Use lower-case letters, digits and single hyphens.",
        ),
        (
            &[("title", long_title.as_str())],
            "title",
            "Too long: at most 200 characters.",
        ),
        (
            &[("opens", "soon")],
            "opens",
            "Give a date such as 2027-03-31.",
        ),
        (
            &[("description", "   ")],
            "description",
            "This field is required.",
        ),
        (
            &[("slug", CALL)],
            "slug",
            "This short name is taken: choose another.",
        ),
    ];
    let before = w.calls().await;
    for (changes, id, message) in cases {
        let reply = editor
            .post("/editor/calls", &call_form(&token, changes))
            .await;
        assert_eq!(reply.status, 400, "{changes:?}");
        let error = format!("id=\"{id}-error\"");
        let at = reply
            .body
            .find(&error)
            .unwrap_or_else(|| panic!("{changes:?}: no {error} in {}", reply.body));
        assert!(reply.body[at..].contains(message), "{changes:?}");
        assert!(
            reply
                .body
                .contains(&format!("aria-describedby=\"{id}-hint {id}-error\""))
                || reply
                    .body
                    .contains(&format!("aria-describedby=\"{id}-error\"")),
            "{changes:?}"
        );
        assert!(reply.body.contains("role=\"alert\""), "{changes:?}");
        assert_eq!(w.calls().await, before, "{changes:?}: nothing stored");
    }
    // An edit that is refused leaves the call as it was.
    let reply = editor
        .post(
            &format!("/editor/calls/{CALL}"),
            &call_form(&token, &[("closes", "2026-01-01")]),
        )
        .await;
    assert_eq!(reply.status, 400);
    assert_eq!(w.calls().await, before);
    assert_eq!(
        editor
            .post("/editor/calls/nope", &call_form(&token, &[]))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn a_calls_description_is_rendered_sanitised() {
    let w = world(0).await;
    let mut editor = w.editor().await;
    let token = editor.get("/editor/calls/new").await.csrf();
    let description = "Hello **world** <script>alert('x')</script> <img src=x onerror=\"alert(1)\"> [link](javascript:alert(1))";
    let reply = editor
        .post(
            "/editor/calls",
            &call_form(&token, &[("description", description)]),
        )
        .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    let (_, _, html) = get(&w.t.app, "/calls/call-2028", "text/html").await;
    assert!(html.contains("<strong>world</strong>"), "{html}");
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("onerror"), "{html}");
    assert!(!html.contains("javascript:"), "{html}");
    // The form shows it back as text.
    let page = editor.get("/editor/calls/call-2028/edit").await;
    assert!(!page.body.contains("<script>alert"));
    assert_eq!(field(&page.body, "description"), description);
}

/// A complete case that answered `call`, stored as a draft.
async fn answered(t: &TestApp, n: usize, call: &str, author: i64) -> i64 {
    let mut case = observa_domain::demo::cases(99).nth(n).unwrap();
    case.slug = format!("answer-{n}");
    case.title = format!("Secret answer number {n}");
    case.status = CaseStatus::Draft;
    case.provenance.published_at = None;
    case.provenance.call = Some(call.to_string());
    t.store.insert_case(&case, Some(author)).await.unwrap().id
}

#[tokio::test]
async fn a_calls_page_counts_its_intake_and_names_no_unpublished_case() {
    let w = world(20).await;
    let (t, editor) = (&w.t, w.editor_id);
    let steps = [
        CaseStatus::Submitted,
        CaseStatus::InReview,
        CaseStatus::Published,
    ];
    // One draft, one submitted, one in review, two published, one rejected.
    let plan: [&[CaseStatus]; 6] = [
        &[],
        &steps[..1],
        &steps[..2],
        &steps,
        &steps,
        &[
            CaseStatus::Submitted,
            CaseStatus::InReview,
            CaseStatus::Rejected,
        ],
    ];
    for (n, path) in plan.iter().enumerate() {
        let id = answered(t, n, CALL, editor).await;
        for &next in *path {
            t.store
                .transition_case(id, None, next, editor, None)
                .await
                .unwrap();
        }
    }
    // A case that answered another call does not count.
    answered(t, 7, "other-call", editor).await;
    t.catch_up().await;

    let (status, _, html) = get(&t.app, &format!("/calls/{CALL}"), "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("6 cases submitted to this call"), "{html}");
    let rows = |html: &str| -> Vec<(String, String)> {
        let start = html.find("id=\"intake-by-status\"").unwrap();
        let table = &html[start..start + html[start..].find("</table>").unwrap()];
        table
            .split("<tr><th scope=\"row\">")
            .skip(1)
            .map(|row| {
                let label = &row[..row.find("</th>").unwrap()];
                let count = &row[row.find("<td>").unwrap() + 4..row.find("</td>").unwrap()];
                (label.to_string(), count.to_string())
            })
            .collect()
    };
    assert_eq!(
        rows(&html),
        [
            ("Draft".to_string(), "1".to_string()),
            ("Submitted".to_string(), "1".to_string()),
            ("In review".to_string(), "1".to_string()),
            ("Published".to_string(), "2".to_string()),
            ("Rejected".to_string(), "1".to_string()),
        ]
    );
    assert!(html.contains("2 published cases"), "{html}");
    for n in [0, 1, 2, 5, 7] {
        assert!(
            !html.contains(&format!("Secret answer number {n}")),
            "case {n} named"
        );
        assert!(!html.contains(&format!("answer-{n}")), "case {n} linked");
    }
    assert!(!html.contains("example.org"), "no email");
    // The published cases by country agree with the API.
    let (_, stats) = get_json(
        &t.app,
        &format!("/api/v1/stats?call={CALL}&group_by=country,sector,technology"),
    )
    .await;
    assert_eq!(stats["total"], 2);
    let start = html.find("id=\"counts-country\"").unwrap();
    let table = &html[start..start + html[start..].find("</table>").unwrap()];
    for entry in stats["groups"]["country"].as_array().unwrap() {
        let label = entry["label"].as_str().unwrap();
        assert!(
            table.contains(&format!(
                ">{label}</a></th><td>{}</td>",
                entry["count"].as_u64().unwrap()
            )),
            "{label}: {table}"
        );
    }
    assert!(html.contains(&format!("href=\"/trends?call={CALL}\"")));
    assert!(html.contains(&format!("href=\"/trends/report?call={CALL}\"")));
    // The editors' list counts every status too.
    let mut client = w.editor().await;
    let list = client.get("/editor/calls").await;
    assert!(list.body.contains("<td>6</td>"), "{}", list.body);
}

#[tokio::test]
async fn the_call_filter_agrees_across_the_list_stats_trends_report_and_exports() {
    let w = world(150).await;
    let t = &w.t;
    // Twenty published demo cases answered the call.
    let mut slugs = Vec::new();
    for stored in t
        .store
        .list_cases(
            &observa_store::CaseFilter::default(),
            observa_store::Page {
                number: 1,
                size: 20,
            },
        )
        .await
        .unwrap()
        .cases
    {
        let mut case = stored.case;
        case.provenance.call = Some(CALL.into());
        slugs.push(case.slug.clone());
        t.store.update_case(&case, Some(w.editor_id)).await.unwrap();
    }
    t.catch_up().await;

    let (status, all) = get_json(&t.app, "/api/v1/cases?per_page=1&facets=call").await;
    assert_eq!(status, StatusCode::OK, "{all}");
    assert_eq!(all["facets"]["call"][0]["value"], CALL);
    assert_eq!(
        all["facets"]["call"][0]["label"],
        "Call for innovations 2027"
    );
    assert_eq!(all["facets"]["call"][0]["count"], 20);

    let charted = "year,country,region,sector,stage,technology,innovation_facet,level";
    let (_, list) = get_json(
        &t.app,
        &format!("/api/v1/cases?call={CALL}&per_page=1&facet_limit=1000&facets={charted}"),
    )
    .await;
    let (_, stats) = get_json(
        &t.app,
        &format!("/api/v1/stats?call={CALL}&group_by={charted}"),
    )
    .await;
    assert_eq!(list["total"], 20);
    assert_eq!(stats["total"], 20);
    assert_eq!(stats["groups"], list["facets"]);

    let (status, _, html) = get(&t.app, &format!("/trends?call={CALL}"), "text/html").await;
    assert_eq!(status, StatusCode::OK);
    for facet in charted.split(',') {
        let expected: HashMap<String, String> = stats["groups"][facet]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["label"]
                        .as_str()
                        .unwrap()
                        .replace('&', "&#38;")
                        .replace('\'', "&#39;"),
                    e["count"].as_u64().unwrap().to_string(),
                )
            })
            .collect();
        let shown: HashMap<String, String> = crate::trends_tests::table(&html, facet)
            .into_iter()
            .filter(|(_, count)| count != "0")
            .collect();
        assert_eq!(shown, expected, "{facet}");
    }
    // The chip names the call; the report's heading too.
    assert!(html.contains("Call for innovations 2027"));
    let (status, _, report) =
        get(&t.app, &format!("/trends/report?call={CALL}"), "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        report.contains("Trends report: Call for innovations 2027"),
        "{report}"
    );

    // The case list and the exports hold exactly those cases.
    let (_, page) = get_json(&t.app, &format!("/api/v1/cases?call={CALL}&per_page=100")).await;
    let mut listed: Vec<&str> = page["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["slug"].as_str().unwrap())
        .collect();
    listed.sort();
    let mut expected: Vec<&str> = slugs.iter().map(String::as_str).collect();
    expected.sort();
    assert_eq!(listed, expected);
    let (status, _, jsonl) = get(
        &t.app,
        &format!("/api/v1/export/cases.jsonl?call={CALL}"),
        "*/*",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(jsonl.lines().filter(|l| !l.trim().is_empty()).count(), 20);

    // An unknown call is a 400 naming the known ones.
    let (status, body) = get_json(&t.app, "/api/v1/cases?call=nope").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["errors"][0]["code"], "invalid_value");
    assert!(body["errors"][0]["detail"].as_str().unwrap().contains(CALL));
}

#[tokio::test]
async fn an_editor_saves_a_theme_as_a_named_trend_edits_and_deletes_it() {
    let w = world(60).await;
    let t = &w.t;
    // The public trends page links each theme to the editors' form, carrying the choice.
    let (status, _, html) = get(&t.app, "/trends?year_from=1990&themes=3", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    let link = "/editor/trends/new?year_from=1990&#38;themes=3&#38;theme=2";
    assert!(html.contains(link), "{html}");

    let mut editor = w.editor().await;
    let form = editor.get(&unescape(link)).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let name = field(&form.body, "name");
    let terms = field(&form.body, "terms");
    let cases = field(&form.body, "cases");
    assert_eq!(field(&form.body, "query"), "year_from=1990");
    assert!(!name.is_empty() && !terms.is_empty() && !cases.is_empty());
    assert_eq!(name, terms.replace('\n', ", "));
    let token = form.csrf();
    let post = |name: &'static str, slug: &'static str, query: &'static str| {
        vec![
            ("csrf".to_string(), token.clone()),
            ("name".to_string(), name.to_string()),
            ("slug".to_string(), slug.to_string()),
            (
                "description".to_string(),
                "Health services *online*.".to_string(),
            ),
            ("query".to_string(), query.to_string()),
            ("terms".to_string(), terms.clone()),
            ("cases".to_string(), cases.clone()),
        ]
    };
    // Bad inputs store nothing.
    for (form, id) in [
        (post(" ", "health-online", "sector=health"), "name"),
        (
            post("Health online", "Health Online", "sector=health"),
            "slug",
        ),
        (
            post("Health online", "health-online", "sector=space"),
            "query",
        ),
        (post("Health online", TREND, "sector=health"), "slug"),
    ] {
        let reply = editor.send("/editor/trends", Some(form)).await;
        assert_eq!(reply.status, 400, "{id}");
        assert!(reply.body.contains(&format!("id=\"{id}-error\"")), "{id}");
    }
    assert_eq!(t.store.named_trends().await.unwrap().len(), 1);

    let reply = editor
        .send(
            "/editor/trends",
            Some(post("Health online", "health-online", "sector=health")),
        )
        .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_eq!(reply.location(), "/trends/saved/health-online");
    let saved = t.store.named_trend("health-online").await.unwrap().unwrap();
    assert_eq!(saved.trend.query, "sector=health");
    assert_eq!(saved.trend.terms, crate::calls::lines(&terms));
    assert_eq!(saved.created_by, Some(w.editor_id));
    let audit = t
        .store
        .audit_entries("named_trend", saved.id)
        .await
        .unwrap();
    assert_eq!(audit[0].action, "named_trend_created");

    // Listed publicly, with the live count of its selection and its cases.
    let (_, _, list) = get(&t.app, "/trends/saved", "text/html").await;
    assert!(list.contains("<a href=\"/trends/saved/health-online\">Health online</a>"));
    let (_, stats) = get_json(&t.app, "/api/v1/stats?sector=health&group_by=country").await;
    let (status, _, page) = get(&t.app, "/trends/saved/health-online", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<h1>Health online</h1>"));
    assert!(page.contains("<em>online</em>"));
    assert!(
        page.contains(&format!(
            "{} published cases match this selection today.",
            stats["total"]
        )),
        "{page}"
    );
    let first_case = cases.lines().next().unwrap();
    assert!(page.contains(&format!("href=\"/cases/{first_case}\"")));
    assert!(page.contains("href=\"/trends?sector=health\""));

    // Edited: renamed, its selection widened.
    let edit = editor.get("/editor/trends/health-online/edit").await;
    assert_eq!(field(&edit.body, "name"), "Health online");
    let reply = editor
        .send(
            "/editor/trends/health-online",
            Some(post("Health services online", "ignored", "")),
        )
        .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    let (_, _, page) = get(&t.app, "/trends/saved/health-online", "text/html").await;
    assert!(page.contains("<h1>Health services online</h1>"));
    let (_, everything) = get_json(&t.app, "/api/v1/stats?group_by=country").await;
    assert!(
        page.contains(&format!(
            "{} published cases match this selection today.",
            everything["total"]
        )),
        "{page}"
    );

    // Deleted.
    let token = editor.get("/editor/trends/health-online/edit").await.csrf();
    let reply = editor
        .post("/editor/trends/health-online/delete", &[("csrf", &token)])
        .await;
    assert_eq!(reply.status, 303);
    assert_eq!(reply.location(), "/trends/saved");
    let (status, _, _) = get(&t.app, "/trends/saved/health-online", "text/html").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let actions: Vec<String> = t
        .store
        .audit_entries("named_trend", saved.id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            "named_trend_created",
            "named_trend_changed",
            "named_trend_deleted"
        ]
    );
    // A theme the selection does not have is a 404.
    assert_eq!(
        editor
            .get("/editor/trends/new?year_from=1990&themes=3&theme=9")
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn the_duplicates_report_lists_likely_pairs_across_the_public_library() {
    let w = world(30).await;
    let t = &w.t;
    let original = t
        .store
        .list_cases(
            &observa_store::CaseFilter::default(),
            observa_store::Page { number: 1, size: 1 },
        )
        .await
        .unwrap()
        .cases
        .remove(0)
        .case;
    let mut copy = original.clone();
    copy.slug = "copied-case".into();
    copy.title = "A copied case".into();
    copy.provenance.source = observa_domain::CaseSource::Submitted;
    t.store.insert_case(&copy, Some(w.editor_id)).await.unwrap();
    // An unpublished copy is not in the public report.
    let mut draft = copy.clone();
    draft.slug = "draft-copy".into();
    draft.status = CaseStatus::Draft;
    draft.provenance.published_at = None;
    t.store
        .insert_case(&draft, Some(w.editor_id))
        .await
        .unwrap();
    t.catch_up().await;

    let mut editor = w.editor().await;
    let reply = editor.get("/editor/duplicates").await;
    assert_eq!(reply.status, 200);
    let body = &reply.body;
    assert!(body.contains("31 published cases"), "{body}");
    assert!(
        body.contains("<a href=\"/cases/copied-case\">A copied case</a>"),
        "{body}"
    );
    assert!(
        body.contains(&format!("<a href=\"/cases/{}\">", original.slug)),
        "{body}"
    );
    assert!(
        body.contains("<td>1.00</td>") || body.contains("<td>0.9"),
        "{body}"
    );
    assert!(!body.contains("draft-copy"));
    // The CLI's code path finds the same pair among every case, the draft too.
    let all = crate::library_duplicates(t.store.all_cases(), 0.5, None)
        .await
        .unwrap();
    assert!(
        all.pairs
            .iter()
            .any(|p| p.a == original.slug && p.b == "copied-case"
                || p.b == original.slug && p.a == "copied-case")
    );
    assert!(
        all.pairs
            .iter()
            .any(|p| p.a == "draft-copy" || p.b == "draft-copy")
    );
}
