//! Tests of the public site as a whole: every page type in every language, the language
//! switch, toolkits, the case page's citations and similar cases, and static files.

use axum::http::{StatusCode, header};
use observa_domain::Lang;

use crate::tests::{TestApp, app, attr, get_with, tag_with};

/// A GET in a language, by its cookie.
async fn page_in(t: &TestApp, uri: &str, lang: Lang) -> (StatusCode, String) {
    let cookie = format!("lang={}", lang.code());
    let (status, _, body) = get_with(&t.app, uri, &[("cookie", &cookie)]).await;
    (status, body)
}

async fn seed_library(t: &TestApp) {
    for toolkit in observa_domain::demo::toolkits() {
        t.store.upsert_toolkit(&toolkit).await.unwrap();
    }
    let publication: observa_domain::Publication = serde_json::from_value(serde_json::json!({
        "slug": "ai-in-government", "title": "AI in government", "year": 2024,
        "published": "2024-06-03", "kind": "report", "publisher": "OPSI",
        "summary": "How public services use artificial intelligence.",
        "themes": ["digital", "artificial intelligence"],
        "facts": {"initiatives_analysed": 12345}
    }))
    .unwrap();
    t.store.upsert_publication(&publication).await.unwrap();
}

async fn first_slug(t: &TestApp) -> String {
    let (_, list) = crate::tests::get_json(&t.app, "/api/v1/cases?per_page=1").await;
    list["hits"][0]["slug"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn every_page_type_renders_in_every_language() {
    let t = app(40).await;
    seed_library(&t).await;
    let slug = first_slug(&t).await;
    let toolkit = observa_domain::demo::toolkits()[0].slug.clone();
    let pages = [
        "/".to_string(),
        "/cases".into(),
        "/cases?q=digital&sector=health".into(),
        "/trends".into(),
        "/trends?q=digital&sector=health".into(),
        format!("/cases/{slug}"),
        "/publications".into(),
        "/publications/ai-in-government".into(),
        "/toolkits".into(),
        "/toolkits?discipline=design&type=guide".into(),
        format!("/toolkits/{toolkit}"),
        "/about".into(),
        "/about/data".into(),
    ];
    let mut headings = std::collections::HashSet::new();
    for lang in Lang::ALL {
        for uri in &pages {
            let (status, body) = page_in(&t, uri, lang).await;
            assert_eq!(status, StatusCode::OK, "{uri} in {lang:?}");
            assert!(
                body.contains(&format!("<html lang=\"{}\">", lang.code())),
                "{uri} in {lang:?}"
            );
            assert!(
                !body.contains("Unknown localization"),
                "{uri} in {lang:?} uses a message that does not exist"
            );
            assert!(
                body.contains("<main id=\"main\""),
                "{uri}: one main landmark"
            );
            assert_eq!(body.matches("<h1").count(), 1, "{uri}: one h1");
        }
        let (status, body) = page_in(&t, "/no-such-page", lang).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let h1 = &body[body.find("<h1>").unwrap()..body.find("</h1>").unwrap()];
        headings.insert(h1.to_string());
    }
    assert_eq!(
        headings.len(),
        4,
        "the 404 heading differs per language: {headings:?}"
    );
}

#[tokio::test]
async fn the_language_follows_accept_language_then_the_switch() {
    let t = app(3).await;
    let (_, _, page) = get_with(
        &t.app,
        "/",
        &[("accept-language", "fr-CA,fr;q=0.9,en;q=0.5")],
    )
    .await;
    assert!(page.contains("<html lang=\"fr\">"));
    assert!(page.contains("Bibliothèque de cas"), "French navigation");

    // `?lang=` anywhere sets the cookie and comes back to the same address without it.
    let (status, headers, _) = get_with(
        &t.app,
        "/cases?sector=health&lang=pt",
        &[("accept-language", "fr")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/cases?sector=health");
    let cookie = headers[header::SET_COOKIE].to_str().unwrap();
    assert!(
        cookie.starts_with("lang=pt;") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let (_, _, page) = get_with(
        &t.app,
        "/cases?sector=health",
        &[("accept-language", "fr"), ("cookie", "lang=pt")],
    )
    .await;
    assert!(
        page.contains("<html lang=\"pt\">"),
        "the cookie beats the header"
    );

    // The switch links keep the page's own address.
    let link = tag_with(&page, "hreflang=\"es\"");
    assert_eq!(attr(link, "href"), "/cases?sector=health&lang=es");

    // An unknown language is dropped without a cookie.
    let (status, headers, _) = get_with(&t.app, "/about?lang=xx", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/about");
    assert!(headers.get(header::SET_COOKIE).is_none());

    // Pages say they vary by language, for caches.
    let (_, headers, _) = get_with(&t.app, "/about", &[]).await;
    let vary: Vec<_> = headers.get_all(header::VARY).iter().collect();
    assert!(
        vary.iter()
            .any(|v| v.to_str().unwrap().contains("Accept-Language"))
    );
}

#[tokio::test]
async fn numbers_plurals_and_vocabularies_are_in_the_readers_language() {
    let t = app(1).await;
    let (_, home) = page_in(&t, "/", Lang::Es).await;
    assert!(home.contains("1 iniciativa de 1 país"), "singular: {home}");
    let (_, list) = page_in(&t, "/cases", Lang::Es).await;
    assert!(list.contains("1 caso"), "plural form for one");
    let (_, list) = page_in(&t, "/cases?q=zzzzqqq", Lang::Fr).await;
    assert!(list.contains("0 cas"), "French counts zero as singular");

    let slug = first_slug(&t).await;
    let case = t.store.case_by_slug(&slug).await.unwrap().unwrap().case;
    let sector = observa_domain::Vocabulary::label(case.sectors[0], Lang::Pt);
    let (_, page) = page_in(&t, &format!("/cases/{slug}"), Lang::Pt).await;
    assert!(
        page.contains(sector),
        "sector labelled in Portuguese: {sector}"
    );
}

#[tokio::test]
async fn a_case_shows_its_translation_or_says_it_has_none() {
    let t = app(0).await;
    let mut case = observa_domain::demo::cases(3).next().unwrap();
    case.slug = "translated".into();
    case.language = "en".into();
    case.translations.clear();
    case.translations.insert(
        "es".into(),
        observa_domain::case::Translation {
            title: "Un título en español".into(),
            pitch: "Un resumen.".into(),
            overview: String::new(),
        },
    );
    t.store.insert_case(&case, None).await.unwrap();
    let (_, page) = page_in(&t, "/cases/translated", Lang::Es).await;
    assert!(page.contains("<h1 lang=\"es\">Un título en español</h1>"));
    assert!(page.contains("Un resumen."));
    // The untranslated parts stay marked as English for screen readers.
    assert!(page.contains(&format!(
            "<p lang=\"en\">{}",
            case.story
                .innovation
                .clone()
                .unwrap()
                .chars()
                .take(20)
                .collect::<String>()
        )));
    let (_, page) = page_in(&t, "/cases/translated", Lang::Fr).await;
    assert!(
        page.contains(&format!("<h1 lang=\"en\">{}</h1>", case.title)),
        "no French: the original"
    );
    assert!(page.contains("anglais"), "and a note naming its language");
}

#[tokio::test]
async fn a_case_page_cites_links_and_lists_similar_cases() {
    let t = app(30).await;
    let slug = first_slug(&t).await;
    let case = t.store.case_by_slug(&slug).await.unwrap().unwrap().case;
    let (status, page) = page_in(&t, &format!("/cases/{slug}"), Lang::En).await;
    assert_eq!(status, StatusCode::OK);
    let permalink = format!("http://observa.test/cases/{slug}");
    assert!(
        page.contains(&format!("value=\"{permalink}\"")),
        "a permanent link"
    );
    assert!(page.contains(&format!("@misc{{observa-{slug},")), "BibTeX");
    assert!(page.contains(&format!("url = {{{permalink}}}")));
    let year = case
        .year_launched
        .map_or("n.d.".to_string(), |y| y.to_string());
    assert!(
        page.contains(&format!("{} ({year}).", case.organisation.name)),
        "a plain reference"
    );
    assert!(page.contains(&format!("href=\"/api/v1/cases/{slug}\"")));
    let similar = &page[page.find("id=\"similar-title\"").expect("similar cases")..];
    assert!(similar.matches("class=\"card\"").count() >= 1);
    assert!(
        !similar.contains(&format!("href=\"/cases/{slug}\"")),
        "not itself"
    );
}

#[tokio::test]
async fn imported_cases_name_their_source_and_licence() {
    let t = app(0).await;
    let mut case = observa_domain::demo::cases(4).next().unwrap();
    case.slug = "imported".into();
    case.provenance.source = observa_domain::CaseSource::Imported {
        dataset: "pstw".into(),
        record_id: "PSTW-42".into(),
        fields: Default::default(),
    };
    case.provenance.licence = "CC-BY-4.0".into();
    case.provenance.attribution = Some("Public Sector Tech Watch, European Commission".into());
    t.store.insert_case(&case, None).await.unwrap();
    let (_, page) = page_in(&t, "/cases/imported", Lang::En).await;
    assert!(page.contains("Imported from the PSTW dataset (record PSTW-42)."));
    assert!(page.contains("Public Sector Tech Watch, European Commission"));
    assert!(page.contains("CC-BY-4.0"));
}

#[tokio::test]
async fn the_toolkit_navigator_filters_and_counts() {
    let t = app(0).await;
    seed_library(&t).await;
    let all = observa_domain::demo::toolkits();
    let (_, page) = page_in(&t, "/toolkits", Lang::En).await;
    assert!(page.contains(&format!("{} toolkits", all.len())));

    use observa_domain::vocab::{Discipline, ToolkitType};
    let design = all
        .iter()
        .filter(|t| t.disciplines.contains(&Discipline::Design))
        .count();
    let design_guides = all
        .iter()
        .filter(|t| t.disciplines.contains(&Discipline::Design) && t.kind == ToolkitType::Guide)
        .count();
    assert!(design_guides > 0 && design_guides < design);
    let (_, page) = page_in(&t, "/toolkits?discipline=design", Lang::En).await;
    assert!(page.contains(&format!(
        "<h2 id=\"toolkit-results-title\">{design} toolkits"
    )));
    // The type filter counts within the chosen discipline; its own choice stays open.
    let guide = tag_with(&page, "id=\"type-guide\"");
    assert!(!guide.contains("checked"));
    let label_at = page.find("for=\"type-guide\"").unwrap();
    assert!(page[label_at..].starts_with(&format!(
        "for=\"type-guide\">Guide <span class=\"count\">({design_guides})"
    )));
    let (_, page) = page_in(&t, "/toolkits?discipline=design&type=guide", Lang::En).await;
    assert!(page.contains(&format!("{design_guides} toolkit")));
    assert!(tag_with(&page, "id=\"discipline-design\"").contains("checked"));

    let (status, page) = page_in(&t, "/toolkits?discipline=astrology", Lang::En).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        page.contains("astrology") && page.contains("service_design"),
        "names the allowed values"
    );

    let toolkit = &all[0];
    let (status, page) = page_in(&t, &format!("/toolkits/{}", toolkit.slug), Lang::Fr).await;
    assert_eq!(status, StatusCode::OK);
    let name = toolkit.name.replace('&', "&#38;");
    assert!(page.contains(&name) && page.contains(&format!("href=\"{}\"", toolkit.url)));
    assert_eq!(
        page_in(&t, "/toolkits/nope", Lang::En).await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn publications_show_dates_figures_and_related_cases_per_language() {
    let t = app(30).await;
    seed_library(&t).await;
    let (_, page) = page_in(&t, "/publications/ai-in-government", Lang::Fr).await;
    assert!(page.contains("3 juin 2024"), "a French date");
    assert!(page.contains("12\u{202f}345"), "a French number");
    let (_, page) = page_in(&t, "/publications/ai-in-government", Lang::En).await;
    assert!(page.contains("3 June 2024") && page.contains("12,345"));
    let related = &page[page.find("id=\"related-title\"").expect("related cases")..];
    assert!(related.contains("class=\"card\""));
    assert!(related.contains("/cases?q=%22digital%22+OR+%22artificial+intelligence%22"));
}

#[tokio::test]
async fn the_identity_banner_names_the_operator() {
    let mut t = app(0).await;
    let (_, page) = page_in(&t, "/", Lang::En).await;
    assert!(
        !page.contains("class=\"identity\""),
        "no operator, no banner"
    );
    t = crate::tests::app_with_site(
        0,
        crate::Site {
            operator: Some("Ministry of Examples".into()),
            operator_url: Some("https://gov.example".into()),
            ..crate::Site::new("http://observa.test")
        },
    )
    .await;
    let (_, page) = page_in(&t, "/about", Lang::En).await;
    assert!(
        page.contains(
            "This site is run by <a href=\"https://gov.example\">Ministry of Examples</a>"
        )
    );
    assert!(page.contains("href=\"/about/data\""));
}

#[tokio::test]
async fn static_files_carry_their_hash_and_an_old_hash_is_gone() {
    let t = app(0).await;
    let (_, page) = page_in(&t, "/", Lang::En).await;
    let css = attr(tag_with(&page, "rel=\"stylesheet\""), "href");
    assert!(
        css.starts_with("/static/site.") && css.ends_with(".css"),
        "{css}"
    );
    let (status, headers, body) = get_with(&t.app, &css, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert!(body.contains(".skip-link"));
    let icon = attr(tag_with(&page, "rel=\"icon\""), "href");
    assert_eq!(get_with(&t.app, &icon, &[]).await.0, StatusCode::OK);
    for stale in [
        "/static/site.0000000000.css",
        "/static/site.css",
        "/static/htmx.LICENSE",
    ] {
        assert_eq!(
            get_with(&t.app, stale, &[]).await.0,
            StatusCode::NOT_FOUND,
            "{stale}"
        );
    }
}

#[tokio::test]
async fn the_api_reference_lists_every_operation_and_tries_them() {
    let t = app(3).await;
    let (status, page) = page_in(&t, "/api", Lang::Fr).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<html lang=\"fr\">") && page.contains("API de données ouvertes"));
    for path in [
        "/api/v1/cases",
        "/api/v1/cases/{slug}",
        "/api/v1/export/{file}",
        "/api/v1/vocabularies/{name}",
    ] {
        assert!(page.contains(&format!("<code>GET {path}</code>")), "{path}");
    }
    // Vocabulary parameters offer their values.
    assert!(page.contains("<option>health</option>"));
    // A path parameter is filled by /api/try, without JavaScript.
    let (status, headers, _) = get_with(
        &t.app,
        "/api/try?path=/api/v1/vocabularies/{name}&name=sector",
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/api/v1/vocabularies/sector");
    let (status, headers, _) = get_with(
        &t.app,
        "/api/try?path=/api/v1/cases/{slug}/similar&slug=a%20b&limit=3",
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        headers[header::LOCATION],
        "/api/v1/cases/a+b/similar?limit=3"
    );
    let (status, _, body) = get_with(&t.app, "/api/try?path=/etc/passwd", &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("is not an operation of the API"));
    let (status, _, _) = get_with(&t.app, "/api/try?path=/api/v1/cases/{slug}", &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "a missing path parameter");
}
