//! Machine-readable descriptions of the site for catalogues, crawlers and feed readers:
//! Atom feeds of newly published cases (all, or any search of the case library), the
//! sitemaps, and the DCAT-AP description of the open datasets (JSON-LD).

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, SecondsFormat, Utc};
use futures::{StreamExt as _, TryStreamExt as _};
use observa_domain::{Lang, Vocabulary};
use serde_json::json;

use crate::AppState;
use crate::api::case_url;
use crate::error::WebError;
use crate::params::{Unknown, parse_case_query};

/// Entries in a feed.
const FEED_ENTRIES: u32 = 50;
/// URLs in one sitemap file (the protocol's limit).
const SITEMAP_URLS: usize = 50_000;

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/feeds/cases.atom", get(cases_feed))
        .route("/sitemap.xml", get(sitemap_index))
        .route("/sitemaps/{file}", get(sitemap))
        .route("/catalog.jsonld", get(catalog))
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

struct FeedEntry {
    url: String,
    title: String,
    summary: String,
    author: String,
    published: String,
    updated: String,
    categories: Vec<String>,
}

#[derive(Template)]
#[template(path = "cases.atom.xml")]
struct Feed {
    id: String,
    title: String,
    /// The case library page showing the same search.
    alternate: String,
    updated: String,
    entries: Vec<FeedEntry>,
}

/// `GET /feeds/cases.atom?<filters>`: the newest published cases matching the same
/// parameters as the case library (`q`, filters), newest first.
async fn cases_feed(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let mut query = parse_case_query(raw.as_deref(), Unknown::Reject)?;
    query.sort = Some(observa_search::Sort::Newest);
    query.page = observa_store::Page {
        number: 1,
        size: FEED_ENTRIES,
    };
    query.facets = Vec::new();
    let found = crate::search::run(&state, &query, Lang::En).await?;
    let site = &state.site;
    let query_string = raw.as_deref().filter(|q| !q.is_empty());
    let with_query = |path: &str| match query_string {
        Some(q) => format!("{}{path}?{q}", site.public_url),
        None => format!("{}{path}", site.public_url),
    };
    let entries: Vec<FeedEntry> = found
        .hits
        .iter()
        .map(|hit| {
            let case = &hit.stored.case;
            let p = &case.provenance;
            FeedEntry {
                url: case_url(site, &case.slug),
                title: case.title.clone(),
                summary: case.pitch.clone(),
                author: case.organisation.name.clone(),
                published: rfc3339(p.published_at.unwrap_or(p.created_at)),
                updated: rfc3339(p.updated_at),
                categories: case
                    .sectors
                    .iter()
                    .map(|s| s.label(Lang::En).to_string())
                    .collect(),
            }
        })
        .collect();
    let updated = found
        .hits
        .iter()
        .map(|h| h.stored.case.provenance.updated_at)
        .max()
        .unwrap_or_else(Utc::now);
    let feed = Feed {
        id: with_query("/feeds/cases.atom"),
        title: match query_string {
            Some(_) => "Observa: new cases for a search".into(),
            None => "Observa: new cases".into(),
        },
        alternate: with_query("/cases"),
        updated: rfc3339(updated),
        entries,
    };
    xml("application/atom+xml; charset=utf-8", &feed)
}

fn xml(content_type: &'static str, template: &impl Template) -> Result<Response, WebError> {
    Ok(([(header::CONTENT_TYPE, content_type)], template.render()?).into_response())
}

#[derive(Template)]
#[template(path = "sitemap_index.xml")]
struct SitemapIndex {
    sitemaps: Vec<String>,
}

#[derive(Template)]
#[template(path = "sitemap.xml")]
struct Sitemap {
    /// (address, last modified)
    urls: Vec<(String, Option<String>)>,
}

/// `GET /sitemap.xml`: the index of the sitemaps, one for the pages and one per 50 000
/// public cases.
async fn sitemap_index(State(state): State<AppState>) -> Result<Response, WebError> {
    let cases = state.store.counts().await?.cases.max(0) as usize;
    let base = &state.site.public_url;
    let mut sitemaps = vec![format!("{base}/sitemaps/pages.xml")];
    sitemaps.extend(
        (1..=cases.div_ceil(SITEMAP_URLS)).map(|n| format!("{base}/sitemaps/cases-{n}.xml")),
    );
    xml("application/xml; charset=utf-8", &SitemapIndex { sitemaps })
}

/// `GET /sitemaps/pages.xml` or `/sitemaps/cases-{n}.xml`.
async fn sitemap(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    if file == "pages.xml" {
        return pages_sitemap(&state).await;
    }
    let n: usize = file
        .strip_prefix("cases-")
        .and_then(|f| f.strip_suffix(".xml"))
        .and_then(|n| n.parse().ok())
        .filter(|n| *n >= 1)
        .ok_or_else(|| WebError::NotFound(format!("No sitemap is called \"{file}\".")))?;
    cases_sitemap(&state, n).await
}

/// Every page that is not a case.
async fn pages_sitemap(state: &AppState) -> Result<Response, WebError> {
    let base = &state.site.public_url;
    let mut urls: Vec<(String, Option<String>)> = [
        "/",
        "/cases",
        "/publications",
        "/toolkits",
        "/about",
        "/about/data",
    ]
    .iter()
    .map(|p| (format!("{base}{p}"), None))
    .collect();
    for p in state.store.publications().await? {
        urls.push((format!("{base}/publications/{}", p.slug), None));
    }
    for t in state.store.toolkits().await? {
        urls.push((format!("{base}/toolkits/{}", t.slug), None));
    }
    xml("application/xml; charset=utf-8", &Sitemap { urls })
}

/// The n-th 50 000 public cases, with their last change.
async fn cases_sitemap(state: &AppState, n: usize) -> Result<Response, WebError> {
    let urls: Vec<(String, Option<String>)> = state
        .store
        .public_cases()
        .skip((n - 1) * SITEMAP_URLS)
        .take(SITEMAP_URLS)
        .map_ok(|s| {
            (
                case_url(&state.site, &s.case.slug),
                Some(rfc3339(s.case.provenance.updated_at)),
            )
        })
        .try_collect()
        .await?;
    if urls.is_empty() {
        return Err(WebError::NotFound(format!(
            "There are fewer than {} public cases: no sitemap {n}.",
            (n - 1) * SITEMAP_URLS + 1
        )));
    }
    xml("application/xml; charset=utf-8", &Sitemap { urls })
}

/// `GET /catalog.jsonld`: the DCAT-AP description of the site's open datasets, for data
/// portals to harvest.
async fn catalog(State(state): State<AppState>) -> Result<Response, WebError> {
    let base = &state.site.public_url;
    let counts = state.store.counts().await?;
    let publisher = json!({
        "@type": "foaf:Agent",
        "foaf:name": state.site.operator.clone().unwrap_or_else(|| "Observa".into()),
        "foaf:homepage": state.site.operator_url.clone().unwrap_or_else(|| format!("{base}/about")),
    });
    let distribution = |id: &str, title: &str, url: &str, media: &str| {
        json!({
            "@id": format!("{base}/catalog.jsonld#{id}"),
            "@type": "dcat:Distribution",
            "dct:title": title,
            "dcat:accessURL": {"@id": url},
            "dcat:downloadURL": {"@id": url},
            "dcat:mediaType": {"@id": format!("https://www.iana.org/assignments/media-types/{media}")},
            "dct:rights": {"@type": "dct:RightsStatement", "rdfs:label": "Each record carries its own licence and attribution (fields licence and attribution)."},
        })
    };
    // The EU's language authority table, as DCAT-AP asks.
    let languages: Vec<_> = ["ENG", "SPA", "FRA", "POR"]
        .iter()
        .map(|code| json!({"@id": format!("http://publications.europa.eu/resource/authority/language/{code}")}))
        .collect();
    let document = json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": format!("{base}/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": "Observa: observatory of public-sector innovation",
        "dct:description": "Open data of the Observa case library: innovative public-sector initiatives with what was tried, where, by whom, at what stage and with what results.",
        "dct:publisher": publisher,
        "foaf:homepage": {"@id": format!("{base}/")},
        "dct:language": languages,
        "dcat:dataset": [{
            "@id": format!("{base}/catalog.jsonld#cases"),
            "@type": "dcat:Dataset",
            "dct:title": "Case library",
            "dct:description": format!("{} published initiatives from {} countries: identity, organisation, countries, sectors, technologies, innovation tags, stage, story, links, provenance and licence of each.", counts.cases, counts.countries),
            "dct:publisher": publisher,
            "dcat:keyword": ["public-sector innovation", "government", "case studies", "GovTech"],
            "dcat:landingPage": {"@id": format!("{base}/cases")},
            "dct:modified": {"@value": rfc3339(Utc::now()), "@type": "xsd:dateTime"},
            "dcat:distribution": [
                distribution("api", "JSON API (search, filters, facets)", &format!("{base}/api/v1/cases"), "application/json"),
                distribution("csv", "Every public case as CSV", &format!("{base}/api/v1/export/cases.csv"), "text/csv"),
                distribution("jsonl", "Every public case as JSON Lines", &format!("{base}/api/v1/export/cases.jsonl"), "application/jsonl"),
                distribution("atom", "Newly published cases (Atom)", &format!("{base}/feeds/cases.atom"), "application/atom+xml"),
                distribution("releases", "Signed, dated releases", &format!("{base}/releases"), "text/html"),
            ],
        }],
    });
    Ok((
        [(header::CONTENT_TYPE, "application/ld+json")],
        serde_json::to_string_pretty(&document).unwrap_or_default(),
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use axum::http::{StatusCode, header};

    use crate::tests::{app, get_json, get_with};

    #[tokio::test]
    async fn the_feed_follows_a_search_newest_first() {
        let t = app(40).await;
        let (status, headers, feed) = get_with(&t.app, "/feeds/cases.atom", &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("application/atom+xml")
        );
        assert!(
            feed.starts_with("<?xml")
                && feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
        );
        assert_eq!(feed.matches("<entry>").count(), 40);
        // Newest first: the entries' publication times never increase.
        let published: Vec<&str> = feed
            .split("<published>")
            .skip(1)
            .map(|s| &s[..s.find('<').unwrap()])
            .collect();
        assert!(published.windows(2).all(|w| w[0] >= w[1]), "{published:?}");

        let (_, filtered) = get_json(&t.app, "/api/v1/cases?sector=health&per_page=1").await;
        let expected = filtered["total"].as_u64().unwrap().min(50) as usize;
        let (_, _, feed) = get_with(&t.app, "/feeds/cases.atom?sector=health", &[]).await;
        assert_eq!(feed.matches("<entry>").count(), expected);
        assert!(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"http://observa.test/cases?sector=health\"/>"));
        assert!(feed.contains("<id>http://observa.test/feeds/cases.atom?sector=health</id>"));

        let (status, _, body) = get_with(&t.app, "/feeds/cases.atom?sector=space", &[]).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(body.contains("economic_affairs"), "says what is allowed");
    }

    #[tokio::test]
    async fn feeds_escape_what_records_say() {
        let t = app(0).await;
        let mut case = observa_domain::demo::cases(2).next().unwrap();
        case.title = "Rates & <fees> \"reform\"".into();
        t.store.insert_case(&case, None).await.unwrap();
        t.catch_up().await;
        let (_, _, feed) = get_with(&t.app, "/feeds/cases.atom", &[]).await;
        assert!(
            feed.contains("Rates &#38; &#60;fees&#62; &#34;reform&#34;"),
            "{feed}"
        );
        assert!(!feed.contains("<fees>"));
    }

    #[tokio::test]
    async fn sitemaps_list_every_public_page() {
        let t = app(25).await;
        let (status, headers, index) = get_with(&t.app, "/sitemap.xml", &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("application/xml")
        );
        assert!(index.contains("<loc>http://observa.test/sitemaps/pages.xml</loc>"));
        assert!(index.contains("<loc>http://observa.test/sitemaps/cases-1.xml</loc>"));
        assert!(!index.contains("cases-2.xml"));
        let (_, _, cases) = get_with(&t.app, "/sitemaps/cases-1.xml", &[]).await;
        assert_eq!(cases.matches("<url>").count(), 25);
        assert!(cases.contains("<lastmod>"));
        let (_, _, pages) = get_with(&t.app, "/sitemaps/pages.xml", &[]).await;
        assert!(pages.contains("<loc>http://observa.test/toolkits</loc>"));
        for missing in [
            "/sitemaps/cases-2.xml",
            "/sitemaps/cases-0.xml",
            "/sitemaps/x.xml",
        ] {
            assert_eq!(
                get_with(&t.app, missing, &[]).await.0,
                StatusCode::NOT_FOUND,
                "{missing}"
            );
        }
    }

    #[tokio::test]
    async fn the_catalogue_describes_the_datasets_in_dcat() {
        let t = app(3).await;
        let (status, headers, body) = get_with(&t.app, "/catalog.jsonld", &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers[header::CONTENT_TYPE], "application/ld+json");
        let catalog: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(catalog["@type"], "dcat:Catalog");
        let dataset = &catalog["dcat:dataset"][0];
        assert_eq!(dataset["@type"], "dcat:Dataset");
        assert!(
            dataset["dct:description"]
                .as_str()
                .unwrap()
                .starts_with("3 published")
        );
        let urls: Vec<&str> = dataset["dcat:distribution"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["dcat:accessURL"]["@id"].as_str().unwrap())
            .collect();
        assert!(urls.contains(&"http://observa.test/api/v1/cases"));
        assert!(urls.contains(&"http://observa.test/feeds/cases.atom"));
    }

    #[tokio::test]
    async fn case_and_publication_pages_carry_schema_org() {
        let t = app(0).await;
        let mut case = observa_domain::demo::cases(2).next().unwrap();
        case.slug = "tricky".into();
        case.pitch = "Ends the element </script><script>alert(1)</script> & more".into();
        t.store.insert_case(&case, None).await.unwrap();
        let (_, _, page) = get_with(&t.app, "/cases/tricky", &[]).await;
        let start = page.find("<script type=\"application/ld+json\">").unwrap();
        let block = &page[start..];
        let json = &block[block.find('>').unwrap() + 1..block.find("</script>").unwrap()];
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(value["@type"], "CreativeWork");
        assert_eq!(
            value["description"], case.pitch,
            "the text survives, escaped"
        );
        assert_eq!(value["url"], "http://observa.test/cases/tricky");
        assert_eq!(page.matches("<script>").count(), 0);
    }
}
