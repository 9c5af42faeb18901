//! The publications library: cards with cut summaries, and a page per publication with
//! its key figures, themes, trends and related cases.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use observa_domain::Publication;
use observa_search::{SearchRequest, Sort};
use observa_store::CaseFilter;

use super::{CaseCard, PublicationCard, Ui};
use crate::AppState;
use crate::error::WebError;

/// How many related cases a publication page shows.
const RELATED: usize = 4;

#[derive(Template, WebTemplate)]
#[template(path = "publications.html")]
pub(crate) struct PublicationListPage {
    ui: Ui,
    /// "10 publications"
    count: String,
    cards: Vec<PublicationCard>,
}

pub(crate) async fn publication_list(
    ui: Ui,
    State(state): State<AppState>,
) -> Result<PublicationListPage, WebError> {
    let publications = state.store.publications().await?;
    Ok(PublicationListPage {
        count: ui.n("count-publications", publications.len() as i64),
        cards: publications.iter().map(PublicationCard::new).collect(),
        ui,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "publication.html")]
pub(crate) struct PublicationPage {
    ui: Ui,
    publication: Publication,
    published: Option<String>,
    figures: Vec<(String, String)>,
    related: Vec<CaseCard>,
    /// The case library searched for the publication's themes.
    related_search: String,
    /// schema.org description, for search engines.
    json_ld: String,
}

pub(crate) async fn publication_page(
    ui: Ui,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<PublicationPage, WebError> {
    let publication = state
        .store
        .publication_by_slug(&slug)
        .await?
        .ok_or_else(|| WebError::NotFound(format!("No publication has the address \"{slug}\".")))?;
    let figures = publication
        .key_figures
        .iter()
        .map(|(key, value)| {
            let id = format!("figure-{}", key.replace('_', "-"));
            let label = match ui.tr.try_t(&id) {
                Some(label) => label,
                None => sentence_case(&key.replace('_', " ")),
            };
            (label, ui.num(*value))
        })
        .collect();
    // Related cases: those the editors named, else the best matches for its themes.
    let query = themes_query(&publication);
    let ids: Vec<i64> = if publication.related_cases.is_empty() && !query.is_empty() {
        let parsed = observa_search::parse(&query)
            .map_err(|e| WebError::bad_request("bad_query", e.to_string()))?;
        state
            .search
            .search(&SearchRequest {
                query: &parsed,
                filter: &CaseFilter::default(),
                sort: Sort::Relevance,
                offset: 0,
                limit: RELATED,
                facets: &[],
                facet_limit: 0,
            })?
            .hits
            .iter()
            .map(|h| h.case_id)
            .collect()
    } else {
        let mut ids = Vec::new();
        for slug in publication.related_cases.iter().take(RELATED) {
            if let Some(stored) = state.store.case_by_slug(slug).await? {
                ids.push(stored.id);
            }
        }
        ids
    };
    let related = crate::api::public_in_order(&*state.store, &ids)
        .await?
        .iter()
        .map(|s| CaseCard::new(&s.case, ui.tr.lang))
        .collect();
    let url = format!(
        "{}/publications/{}",
        state.site.public_url, publication.slug
    );
    Ok(PublicationPage {
        json_ld: super::json_ld(&serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Report",
            "@id": url,
            "url": url,
            "name": publication.title,
            "abstract": publication.summary,
            "datePublished": publication.published.map_or_else(|| publication.year.to_string(), |d| d.to_string()),
            "publisher": {"@type": "Organization", "name": publication.publisher},
            "contributor": publication.partners.iter().map(|p| serde_json::json!({"@type": "Organization", "name": p})).collect::<Vec<_>>(),
            "keywords": publication.themes,
            "inLanguage": "en",
        })),
        published: publication.published.map(|d| ui.tr.date(d)),
        related_search: format!(
            "/cases?{}",
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("q", &query)
                .finish()
        ),
        figures,
        related,
        publication,
        ui,
    })
}

/// `"a" OR "b" OR …` over the publication's themes and technologies.
fn themes_query(publication: &Publication) -> String {
    publication
        .themes
        .iter()
        .chain(&publication.technologies)
        .take(8)
        .map(|t| format!("\"{}\"", t.replace('"', "")))
        .collect::<Vec<_>>()
        .join(" OR ")
}

fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
