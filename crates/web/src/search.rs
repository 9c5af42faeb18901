//! One search, shared by the API and the case library page: the index ranks and counts,
//! SQL supplies the records (a case that stopped being public since the index last caught
//! up is dropped), then each hit is highlighted and each facet value labelled.

use std::collections::HashMap;

use observa_domain::{
    CountryCode, GovLevel, InnovationFacet, Lang, OrgType, Region, Sector, Stage, TermKind,
    Vocabulary,
};
use observa_search::{Highlight, SearchRequest};
use observa_store::{CaseFilter, Store, StoredCase};
use serde::Serialize;

use crate::AppState;
use crate::error::WebError;
use crate::params::{CaseQuery, check_terms};

pub struct Found {
    pub total: u64,
    pub hits: Vec<FoundCase>,
    pub facets: Vec<LabelledFacet>,
    /// Labels of technologies and tags by slug, when the search needed them (a technology
    /// or tag filter, or facet); call titles under `call:{slug}` when it filtered or
    /// counted calls.
    pub term_labels: HashMap<String, String>,
}

pub struct FoundCase {
    pub stored: StoredCase,
    pub score: f32,
    /// Only when there was a query.
    pub highlight: Option<Highlight>,
}

pub struct LabelledFacet {
    pub facet: &'static str,
    pub values: Vec<FacetEntry>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FacetEntry {
    pub value: String,
    pub label: String,
    pub count: u32,
}

pub async fn run(state: &AppState, query: &CaseQuery, lang: Lang) -> Result<Found, WebError> {
    let wants_terms = query
        .facets
        .iter()
        .any(|f| matches!(*f, "technology" | "tag" | "call"))
        || !query.filter.technologies.is_empty()
        || !query.filter.tags.is_empty()
        || !query.filter.calls.is_empty();
    let terms = if wants_terms {
        checked_term_labels(&*state.store, &query.filter, lang).await?
    } else {
        HashMap::new()
    };
    let results = state.search.search(&SearchRequest {
        query: &query.text,
        filter: &query.filter,
        sort: query.sort(),
        offset: query.page.offset() as usize,
        limit: query.page.size as usize,
        facets: &query.facets,
        facet_limit: query.facet_limit,
    })?;
    let ids: Vec<i64> = results.hits.iter().map(|h| h.case_id).collect();
    let mut records: HashMap<i64, StoredCase> = state
        .store
        .cases_by_ids(&ids)
        .await?
        .into_iter()
        .filter(|s| s.case.status.is_public())
        .map(|s| (s.id, s))
        .collect();
    let hits = results
        .hits
        .iter()
        .filter_map(|hit| {
            let mut stored = records.remove(&hit.case_id)?;
            stored.case.provenance.submitted_by = None;
            stored.case.provenance.collaborators.clear();
            let highlight = (!query.text.is_empty())
                .then(|| state.search.highlight(&stored.case, &results.terms));
            Some(FoundCase {
                stored,
                score: hit.score,
                highlight,
            })
        })
        .collect();
    let facets = results
        .facets
        .into_iter()
        .map(|f| LabelledFacet {
            facet: f.facet,
            values: f
                .values
                .into_iter()
                .map(|(value, count)| FacetEntry {
                    label: label(f.facet, &value, &terms, lang),
                    value,
                    count,
                })
                .collect(),
        })
        .collect();
    Ok(Found {
        total: results.total,
        hits,
        facets,
        term_labels: terms,
    })
}

/// Checks technology, tag and call filters against the editor-managed vocabularies and
/// calls: a 400 listing the allowed values otherwise.
pub async fn check_filter(store: &dyn Store, filter: &CaseFilter) -> Result<(), WebError> {
    checked_term_labels(store, filter, Lang::En).await.map(drop)
}

/// Checks technology, tag and call filters against the editor-managed vocabularies and
/// calls (a 400 listing the allowed values otherwise) and returns their labels, by slug
/// (calls' titles under `call:{slug}`).
async fn checked_term_labels(
    store: &dyn Store,
    filter: &CaseFilter,
    lang: Lang,
) -> Result<HashMap<String, String>, WebError> {
    let technologies = store.terms(TermKind::Technology).await?;
    let tags = store.terms(TermKind::Tag).await?;
    if !filter.technologies.is_empty() {
        check_terms("technology", &filter.technologies, &technologies)?;
    }
    if !filter.tags.is_empty() {
        check_terms("tag", &filter.tags, &tags)?;
    }
    let calls = store.calls().await?;
    if let Some(bad) = filter
        .calls
        .iter()
        .find(|wanted| !calls.iter().any(|c| &c.slug == *wanted))
    {
        return Err(WebError::bad_request(
            "invalid_value",
            format!(
                "unknown call \"{bad}\"; allowed values: {}",
                calls
                    .iter()
                    .map(|c| c.slug.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    Ok(technologies
        .into_iter()
        .chain(tags)
        .map(|t| (t.slug, t.labels.get(lang).to_string()))
        .chain(calls.into_iter().map(|c| (call_key(&c.slug), c.title)))
        .collect())
}

/// Where a call's title is kept among the labels of a search (beside term slugs).
pub fn call_key(slug: &str) -> String {
    format!("call:{slug}")
}

/// The labels of the open vocabularies' terms (technologies and tags), by slug.
pub async fn term_labels(
    store: &dyn Store,
    lang: Lang,
) -> Result<HashMap<String, String>, WebError> {
    let mut labels = HashMap::new();
    for kind in [TermKind::Technology, TermKind::Tag] {
        for term in store.terms(kind).await? {
            labels.insert(term.slug, term.labels.get(lang).to_string());
        }
    }
    Ok(labels)
}

/// How a facet value reads to people.
pub fn label(facet: &str, value: &str, terms: &HashMap<String, String>, lang: Lang) -> String {
    fn vocab<V: Vocabulary>(value: &str, lang: Lang) -> String {
        V::parse(value).map_or_else(|_| value.to_string(), |v| v.label(lang).to_string())
    }
    match facet {
        "country" => CountryCode::parse(value).map_or_else(|_| value.to_string(), |c| c.name(lang)),
        "region" => vocab::<Region>(value, lang),
        "sector" => vocab::<Sector>(value, lang),
        "stage" => vocab::<Stage>(value, lang),
        "level" => vocab::<GovLevel>(value, lang),
        "innovation_facet" => vocab::<InnovationFacet>(value, lang),
        "organisation_type" => vocab::<OrgType>(value, lang),
        "technology" | "tag" => terms
            .get(value)
            .cloned()
            .unwrap_or_else(|| value.replace('_', " ")),
        "call" => terms
            .get(&call_key(value))
            .cloned()
            .unwrap_or_else(|| value.to_string()),
        _ => value.to_string(),
    }
}
