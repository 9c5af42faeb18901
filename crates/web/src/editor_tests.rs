//! Editor tools tests: the real router served over HTTP on a loopback port, on a real
//! SQLite file with demo cases, a publication and a toolkit. Who may call each `/editor`
//! route, the CSRF check, bad inputs that store nothing, and edits that the public pages
//! (and the search index) show.

use observa_domain::{Publication, Role, TermKind, Toolkit};
use observa_store::Store;

use crate::accounts_tests::{Client, PASSWORD, Reply, account, serve};
use crate::tests::{TestApp, app_with_site};
use crate::{AccountLimits, Site};

const PUBLICATION: &str = "global-trends-2024";
const TOOLKIT: &str = "diy-toolkit";

/// A site with 30 demo cases, one publication and one toolkit, served on a loopback port,
/// and an account of each role signed in: visitor, contributor, editor, admin.
async fn started() -> (TestApp, Vec<(&'static str, Client)>) {
    let site = Site {
        account_limits: AccountLimits::off(),
        ..Site::new("http://observa.test")
    };
    let t = app_with_site(30, site).await;
    let publication: Publication = serde_json::from_str(&format!(
        r#"{{"slug":"{PUBLICATION}","title":"Global Trends 2024","year":2024,"kind":"report",
            "publisher":"OECD OPSI","summary":"Yearly scan.","facts":{{"countries":94}}}}"#
    ))
    .unwrap();
    t.store.upsert_publication(&publication).await.unwrap();
    let toolkit = observa_domain::demo::toolkits()
        .into_iter()
        .find(|k| k.slug == TOOLKIT)
        .unwrap();
    t.store.upsert_toolkit(&toolkit).await.unwrap();
    let base = serve(&t).await;
    let mut callers = vec![("visitor", Client::new(&base))];
    for (name, role) in [
        ("contributor", Role::Contributor),
        ("editor", Role::Editor),
        ("admin", Role::Admin),
    ] {
        let email = format!("{name}@example.org");
        account(&*t.store, &email, role).await;
        let mut c = Client::new(&base);
        assert_eq!(c.sign_in(&email, PASSWORD).await.status, 303, "{name}");
        callers.push((name, c));
    }
    (t, callers)
}

fn caller<'a>(callers: &'a mut [(&'static str, Client)], name: &str) -> &'a mut Client {
    &mut callers.iter_mut().find(|(n, _)| *n == name).unwrap().1
}

/// Everything the editor tools can change, to check that a refused request changed nothing.
async fn catalogue(store: &dyn Store) -> String {
    format!(
        "{:?}{:?}{:?}{:?}",
        store.terms(TermKind::Technology).await.unwrap(),
        store.terms(TermKind::Tag).await.unwrap(),
        store.publications().await.unwrap(),
        store.toolkits().await.unwrap()
    )
}

fn publication_fields(slug: &str, title: &str) -> Vec<(&'static str, String)> {
    vec![
        ("slug", slug.to_string()),
        ("title", title.to_string()),
        ("year", "2025".into()),
        ("published", "2025-03-01".into()),
        ("kind", "working paper".into()),
        ("series", "Working Papers".into()),
        ("publisher", "Observa".into()),
        ("partners.0", "Partner One".into()),
        ("partners.1", "".into()),
        ("summary", "A study of what works.".into()),
        ("themes", "open data\nservice design".into()),
        ("technologies", "blockchain".into()),
        ("regions", "Europe".into()),
        ("trends", "".into()),
        ("related_cases", "".into()),
        ("key_figures.0.name", "countries".into()),
        ("key_figures.0.value", "12".into()),
        ("links.0.title", "PDF".into()),
        ("links.0.url", "https://example.org/paper.pdf".into()),
        ("cover.url", "".into()),
        ("cover.alt", "".into()),
    ]
}

fn toolkit_fields(slug: &str, name: &str) -> Vec<(&'static str, String)> {
    vec![
        ("slug", slug.to_string()),
        ("name", name.to_string()),
        ("publisher", "Observa".into()),
        ("year", "2025".into()),
        ("url", "https://example.org/kit".into()),
        ("description", "Cards for workshops.".into()),
        ("disciplines", "design".into()),
        ("disciplines", "co_design_facilitation".into()),
        ("type", "method_card_deck".into()),
        ("facets", "adaptive".into()),
        ("purposes", "generate_ideas".into()),
        ("licence", "CC BY 4.0".into()),
        ("format", "cards".into()),
        ("languages", "en, fr".into()),
        ("cost", "free".into()),
    ]
}

fn term_fields(slug: &str, en: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "technology".into()),
        ("slug", slug.to_string()),
        ("labels.en", en.to_string()),
        ("labels.es", format!("{en} (es)")),
        ("labels.fr", format!("{en} (fr)")),
        ("labels.pt", format!("{en} (pt)")),
        ("parent", "artificial_intelligence".into()),
    ]
}

/// Posts `fields` to `action` with the session's CSRF token from `page`.
async fn send(client: &mut Client, page: &str, action: &str, fields: &[(&str, String)]) -> Reply {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    client.submit(page, action, &fields).await
}

#[tokio::test]
async fn every_editor_route_checks_the_role_on_the_server() {
    let (t, mut callers) = started().await;
    let store = &*t.store;
    let gets = [
        "/editor".to_string(),
        "/editor/terms".into(),
        "/editor/terms?kind=tag".into(),
        "/editor/terms/technology/blockchain".into(),
        "/editor/publications".into(),
        "/editor/publications/new".into(),
        format!("/editor/publications/{PUBLICATION}"),
        "/editor/toolkits".into(),
        "/editor/toolkits/new".into(),
        format!("/editor/toolkits/{TOOLKIT}"),
    ];
    // (name, GET status, POST status) of each caller.
    let expected = [
        ("visitor", 303, 403),
        ("contributor", 403, 403),
        ("editor", 200, 303),
        ("admin", 200, 303),
    ];
    for route in &gets {
        for (name, get, _) in expected {
            let reply = caller(&mut callers, name).get(route).await;
            assert_eq!(reply.status, get, "GET {route} as {name}: {}", reply.body);
            if name == "visitor" {
                assert!(
                    reply.location().starts_with("/account/signin?next="),
                    "{route}"
                );
            }
        }
    }
    for (name, _, post) in expected {
        let c = caller(&mut callers, name);
        // Each caller brings its own session's valid token: what is checked is the right.
        let token = c.get("/account/reset").await.csrf();
        let posts: Vec<(String, Vec<(&str, String)>)> = vec![
            (
                "/editor/terms".into(),
                term_fields(&format!("new_{name}"), name),
            ),
            (
                "/editor/terms/technology/blockchain".into(),
                vec![
                    ("labels.en", format!("Blockchain by {name}")),
                    ("labels.es", "Cadena".into()),
                    ("labels.fr", "Chaîne".into()),
                    ("labels.pt", "Cadeia".into()),
                    ("parent", "".into()),
                ],
            ),
            (
                "/editor/publications/new".into(),
                publication_fields(&format!("paper-{name}"), "A paper"),
            ),
            (
                format!("/editor/publications/{PUBLICATION}"),
                publication_fields("", &format!("Trends by {name}")),
            ),
            (
                "/editor/toolkits/new".into(),
                toolkit_fields(&format!("kit-{name}"), "A kit"),
            ),
            (
                format!("/editor/toolkits/{TOOLKIT}"),
                toolkit_fields("", &format!("Kit by {name}")),
            ),
        ];
        for (route, mut fields) in posts {
            let before = catalogue(store).await;
            fields.push(("csrf", token.clone()));
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let reply = c.post(&route, &fields).await;
            assert_eq!(reply.status, post, "POST {route} as {name}: {}", reply.body);
            if post == 403 {
                assert_eq!(
                    catalogue(store).await,
                    before,
                    "POST {route} as {name} changed something"
                );
            } else {
                assert_ne!(
                    catalogue(store).await,
                    before,
                    "POST {route} as {name} changed nothing"
                );
            }
        }
    }
    let techs = store.terms(TermKind::Technology).await.unwrap();
    let label = |slug: &str| {
        techs
            .iter()
            .find(|t| t.slug == slug)
            .map(|t| t.labels.en.clone())
    };
    assert_eq!(label("blockchain").as_deref(), Some("Blockchain by admin"));
    assert!(label("new_editor").is_some() && label("new_admin").is_some());
    assert!(label("new_contributor").is_none() && label("new_visitor").is_none());
    let pubs = store.publications().await.unwrap();
    assert_eq!(pubs.len(), 3, "{pubs:?}");
    assert_eq!(
        pubs.iter().find(|p| p.slug == PUBLICATION).unwrap().title,
        "Trends by admin"
    );
    assert_eq!(store.toolkits().await.unwrap().len(), 3);
}

#[tokio::test]
async fn a_missing_or_wrong_csrf_token_is_refused_with_nothing_written() {
    let (t, mut callers) = started().await;
    let editor = caller(&mut callers, "editor");
    let before = catalogue(&*t.store).await;
    let routes = [
        (
            "/editor/terms".to_string(),
            term_fields("csrf_term", "CSRF"),
        ),
        (
            "/editor/terms/technology/blockchain".into(),
            term_fields("blockchain", "Changed"),
        ),
        (
            "/editor/publications/new".into(),
            publication_fields("csrf-paper", "Paper"),
        ),
        (
            format!("/editor/publications/{PUBLICATION}"),
            publication_fields("", "Changed"),
        ),
        (
            "/editor/toolkits/new".into(),
            toolkit_fields("csrf-kit", "Kit"),
        ),
        (
            format!("/editor/toolkits/{TOOLKIT}"),
            toolkit_fields("", "Changed"),
        ),
    ];
    for (route, fields) in &routes {
        for token in [None, Some("0".repeat(64))] {
            let mut all: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            if let Some(token) = &token {
                all.push(("csrf", token));
            }
            let reply = editor.post(route, &all).await;
            assert_eq!(reply.status, 403, "{route} with {token:?}");
            assert!(reply.body.contains("csrf_failed"), "{}", reply.body);
        }
    }
    assert_eq!(catalogue(&*t.store).await, before);
}

#[tokio::test]
async fn bad_inputs_get_messages_beside_their_fields_and_store_nothing() {
    let (t, mut callers) = started().await;
    let store = &*t.store;
    let editor = caller(&mut callers, "editor");
    let before = catalogue(store).await;
    let new_pub = "/editor/publications/new";

    // A year that is not a number, an over-long title, an unknown related case, a link
    // that is not a web address, a figure that is not a number.
    let mut fields = publication_fields("bad-paper", &"T".repeat(301));
    for (k, v) in fields.iter_mut() {
        match *k {
            "year" => *v = "abc".into(),
            "related_cases" => *v = "no-such-case".into(),
            "links.0.url" => *v = "javascript:alert(1)".into(),
            "key_figures.0.value" => *v = "many".into(),
            _ => {}
        }
    }
    let reply = send(editor, new_pub, new_pub, &fields).await;
    assert_eq!(reply.status, 422, "{}", reply.body);
    for (id, message) in [
        ("year", "Give the year as a number"),
        ("title", "At most 300 characters; this has 301."),
        (
            "related_cases",
            "There is no case no-such-case in the library.",
        ),
        ("links.0.url", "Give a full web address"),
        ("key_figures.0.value", "Give a whole number"),
    ] {
        let error = format!(r#"id="{id}-error""#);
        let at = reply
            .body
            .find(&error)
            .unwrap_or_else(|| panic!("no {error} in {}", reply.body));
        let beside = &reply.body[at..at + 400];
        assert!(beside.contains(message), "{id}: {message} in {beside}");
        assert!(
            reply.body.contains(&format!(r##"href="#{id}""##)),
            "summary links to {id}"
        );
    }
    assert!(reply.body.contains(r#"aria-invalid="true""#));
    // What was typed comes back.
    assert!(reply.body.contains(r#"value="abc""#));
    assert!(reply.body.contains("no-such-case</textarea>"));

    // A taken slug.
    let reply = send(
        editor,
        new_pub,
        new_pub,
        &publication_fields(PUBLICATION, "Copy"),
    )
    .await;
    assert_eq!(reply.status, 422);
    assert!(
        reply
            .body
            .contains("The address global-trends-2024 is taken"),
        "{}",
        reply.body
    );

    // Terms: a taken slug, a malformed one, a label too long, an unknown parent, a cycle.
    let terms = "/editor/terms";
    let reply = send(editor, terms, terms, &term_fields("blockchain", "Again")).await;
    assert_eq!(reply.status, 422);
    assert!(
        reply.body.contains("already has a term blockchain"),
        "{}",
        reply.body
    );
    let mut fields = term_fields("Bad Slug!", &"L".repeat(121));
    fields.retain(|(k, _)| *k != "parent");
    fields.push(("parent", "nowhere".into()));
    let reply = send(editor, terms, terms, &fields).await;
    assert_eq!(reply.status, 422);
    assert!(
        reply.body.contains(r#"id="slug-error""#) && reply.body.contains(r#"id="labels.en-error""#),
        "{}",
        reply.body
    );
    let cycle = "/editor/terms/technology/artificial_intelligence";
    let reply = send(
        editor,
        cycle,
        cycle,
        &[
            ("labels.en", "AI".into()),
            ("labels.es", "IA".into()),
            ("labels.fr", "IA".into()),
            ("labels.pt", "IA".into()),
            ("parent", "machine_learning".into()),
        ],
    )
    .await;
    assert_eq!(reply.status, 422);
    assert!(
        reply
            .body
            .contains("This parent sits under the term itself."),
        "{}",
        reply.body
    );
    let reply = editor.get("/editor/terms?kind=planet").await;
    assert_eq!(reply.status, 400);

    // Toolkits: a year that is not a number, no discipline, no type, a bad language code.
    let new_kit = "/editor/toolkits/new";
    let mut fields = toolkit_fields("bad-kit", "Kit");
    fields.retain(|(k, _)| !matches!(*k, "disciplines" | "type"));
    for (k, v) in fields.iter_mut() {
        match *k {
            "year" => *v = "abc".into(),
            "languages" => *v = "english".into(),
            _ => {}
        }
    }
    let reply = send(editor, new_kit, new_kit, &fields).await;
    assert_eq!(reply.status, 422);
    for id in ["year", "disciplines", "type", "languages"] {
        assert!(
            reply.body.contains(&format!(r#"id="{id}-error""#)),
            "{id}: {}",
            reply.body
        );
    }
    let reply = send(editor, new_kit, new_kit, &toolkit_fields(TOOLKIT, "Copy")).await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("The address diy-toolkit is taken"));

    // Messages come in the editor's language.
    editor.extra = vec![("accept-language".into(), "es".into())];
    let mut fields = publication_fields("es-paper", "Título");
    fields.retain(|(k, _)| *k != "year");
    fields.push(("year", "abc".into()));
    let reply = send(editor, new_pub, new_pub, &fields).await;
    assert!(
        reply.body.contains("Indique el año en cifras"),
        "{}",
        reply.body
    );

    assert_eq!(catalogue(store).await, before);
}

#[tokio::test]
async fn add_another_row_works_without_javascript_and_stores_nothing() {
    let (t, mut callers) = started().await;
    let editor = caller(&mut callers, "editor");
    let new_pub = "/editor/publications/new";
    let page = editor.get(new_pub).await;
    assert!(
        page.body.contains(r#"name="partners.1""#) && !page.body.contains(r#"name="partners.2""#)
    );
    let mut fields = publication_fields("more-paper", "More");
    for (k, v) in fields.iter_mut() {
        if *k == "partners.1" {
            *v = "Partner Two".into();
        }
    }
    fields.push(("more", "partners".into()));
    let reply = send(editor, new_pub, new_pub, &fields).await;
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains(r#"value="Partner Two""#));
    assert!(
        reply.body.contains(r#"name="partners.2""#),
        "{}",
        reply.body
    );
    assert!(!reply.body.contains("error-summary"));
    assert!(
        t.store
            .publication_by_slug("more-paper")
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn new_publications_and_toolkits_are_public_and_escaped() {
    let (t, mut callers) = started().await;
    let mut visitor = caller(&mut callers, "visitor").clone();
    let editor = caller(&mut callers, "editor");
    let related = t
        .store
        .list_cases(
            &Default::default(),
            observa_store::Page { number: 1, size: 1 },
        )
        .await
        .unwrap()
        .cases[0]
        .case
        .slug
        .clone();
    let new_pub = "/editor/publications/new";
    let mut fields = publication_fields("", "<script>alert(1)</script> Open data study");
    fields.retain(|(k, _)| !matches!(*k, "summary" | "related_cases"));
    fields.push((
        "summary",
        "Findings <img src=x onerror=alert(1)> in plain words.".into(),
    ));
    fields.push(("related_cases", related.clone()));
    let reply = send(editor, new_pub, new_pub, &fields).await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    // The slug was made from the title.
    let slug = "script-alert-1-script-open-data-study";
    assert_eq!(
        reply.location(),
        format!("/editor/publications?saved={slug}")
    );
    let stored = t.store.publication_by_slug(slug).await.unwrap().unwrap();
    assert_eq!(stored.partners, ["Partner One"]);
    assert_eq!(stored.key_figures["countries"], 12);
    assert_eq!(stored.related_cases, std::slice::from_ref(&related));
    assert_eq!(stored.published.unwrap().to_string(), "2025-03-01");

    for page in ["/publications".to_string(), format!("/publications/{slug}")] {
        let reply = visitor.get(&page).await;
        assert_eq!(reply.status, 200, "{page}");
        assert!(
            reply
                .body
                .contains("&#60;script&#62;alert(1)&#60;/script&#62; Open data study"),
            "{page}"
        );
        assert!(
            !reply.body.contains("<script>alert(1)") && !reply.body.contains("<img src=x"),
            "{page}"
        );
    }
    let page = visitor.get(&format!("/publications/{slug}")).await.body;
    assert!(
        page.contains(&format!("/cases/{related}")),
        "the related case is linked"
    );

    let new_kit = "/editor/toolkits/new";
    let reply = send(
        editor,
        new_kit,
        new_kit,
        &toolkit_fields("", "<b>Bold</b> cards"),
    )
    .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    let kit: Toolkit = t
        .store
        .toolkits()
        .await
        .unwrap()
        .into_iter()
        .find(|k| k.slug == "b-bold-b-cards")
        .unwrap();
    assert_eq!(kit.languages, ["en", "fr"]);
    assert_eq!(kit.disciplines.len(), 2);
    let page = visitor.get("/toolkits/b-bold-b-cards").await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("&#60;b&#62;Bold&#60;/b&#62; cards") && !page.body.contains("<b>Bold")
    );
    assert!(
        visitor
            .get("/toolkits")
            .await
            .body
            .contains("/toolkits/b-bold-b-cards")
    );
}

#[tokio::test]
async fn a_new_label_shows_on_the_library_the_case_page_and_in_search() {
    let (t, mut callers) = started().await;
    let mut reader = caller(&mut callers, "visitor").clone();
    // A technology some published case uses.
    let case = t
        .store
        .list_cases(
            &Default::default(),
            observa_store::Page {
                number: 1,
                size: 50,
            },
        )
        .await
        .unwrap()
        .cases
        .into_iter()
        .find(|c| !c.case.technologies.is_empty())
        .expect("a demo case with a technology");
    let slug = case.case.technologies[0].clone();
    let editor = caller(&mut callers, "editor");
    let edit = format!("/editor/terms/technology/{slug}");
    let form = editor.get(&edit).await;
    assert_eq!(form.status, 200);
    let current = |lang: &str| {
        let tag = crate::tests::tag_with(&form.body, &format!(r#"id="labels.{lang}""#));
        crate::tests::attr(tag, "value")
    };
    let fields = [
        ("labels.en", current("en")),
        ("labels.es", "Zumbido cuántico renombrado".to_string()),
        ("labels.fr", current("fr")),
        ("labels.pt", current("pt")),
        ("parent", String::new()),
    ];
    let reply = send(editor, &edit, &edit, &fields).await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_eq!(
        reply.location(),
        format!("/editor/terms?kind=technology&saved={slug}")
    );
    t.catch_up().await;

    reader.extra = vec![("accept-language".into(), "es".into())];
    let library = reader.get(&format!("/cases?technology={slug}")).await;
    assert_eq!(library.status, 200);
    assert!(
        library.body.contains("Zumbido cuántico renombrado"),
        "library facets"
    );
    let page = reader.get(&format!("/cases/{}", case.case.slug)).await;
    assert!(
        page.body.contains("Zumbido cuántico renombrado"),
        "case page"
    );
    // The search index learnt the new label: searching for it finds the case.
    let found = reader
        .get("/api/v1/cases?q=%22zumbido%20cuantico%20renombrado%22")
        .await;
    assert_eq!(found.status, 200);
    assert!(found.body.contains(&case.case.slug), "{}", found.body);
    // The other languages keep theirs.
    reader.extra = vec![("accept-language".into(), "en".into())];
    assert!(
        !reader
            .get(&format!("/cases/{}", case.case.slug))
            .await
            .body
            .contains("Zumbido")
    );
}
