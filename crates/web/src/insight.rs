//! The library's analytics as the site serves them: themes and emerging trends of the cases
//! a search matches (for `/trends`, its printable report and `GET /api/v1/themes` /
//! `/api/v1/emerging`), and tag suggestion from the published cases (`POST
//! /api/v1/suggest-tags`). The computing is `observa_insight`'s; this module picks the
//! cases, caches the results and knows when they are stale.
//!
//! Both caches are keyed by the search index's sequence number (how far it has applied the
//! outbox), so any change to the public library makes the next request recompute from the
//! current cases. Selections larger than [`MAX_ANALYSED`] are analysed on a deterministic
//! sample. Likely duplicates across the library ([`library_duplicates`]) serve both the
//! editors' report (`/editor/duplicates`, cached likewise) and `observa duplicates`.
//! Nothing here renders.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use observa_insight::emerging::{self, Trend, TrendConfig};
use observa_insight::suggest::{Example, SuggestConfig, Suggester};
use observa_insight::text::tfidf;
use observa_insight::themes::{self, Document, KChoice, ThemeConfig};
use observa_search::{SearchRequest, Sort};
use observa_store::{CaseFilter, StoredCase};

use crate::AppState;
use crate::error::WebError;
use crate::params::CaseQuery;

/// The seed of theme discovery: the same selection always gives the same themes.
pub(crate) const SEED: u64 = 1;
/// The most cases one analysis reads; larger selections are sampled.
pub(crate) const MAX_ANALYSED: usize = 5_000;
/// The most themes a reader may ask for.
pub(crate) const MAX_THEMES: usize = 20;
/// Candidate numbers of themes when the reader lets the silhouette choose.
pub(crate) const AUTO_THEMES: std::ops::RangeInclusive<usize> = 4..=12;
/// Years in the recent window of the emerging-trends test.
pub(crate) const RECENT_YEARS: u32 = 3;
/// Fewest recent cases for an item to be called emerging.
pub(crate) const MIN_RECENT: u32 = 5;
/// Largest Benjamini–Hochberg q-value for an item to be called emerging.
pub(crate) const MAX_Q: f64 = 0.05;
/// The most emerging items listed per kind.
const MAX_LISTED: usize = 10;
/// How many analyses the cache keeps before starting afresh.
const CACHED: usize = 64;

/// What is cached, shared by every handler through `AppState`.
#[derive(Default)]
pub struct Insight {
    analyses: Mutex<HashMap<(i64, String), Arc<Analysis>>>,
    /// One analysis or model build at a time: the machine is small and a second request
    /// for the same selection should find the first one's result.
    computing: tokio::sync::Mutex<()>,
    suggester: Mutex<Option<(i64, Arc<Model>)>>,
    duplicates: Mutex<Option<(i64, Arc<LibraryDuplicates>)>>,
}

/// A case shown as an example of a theme.
#[derive(Debug, Clone)]
pub(crate) struct Illustration {
    pub slug: String,
    pub title: String,
    pub pitch: String,
    /// Cosine similarity of its text to the theme's centre.
    pub similarity: f32,
}

#[derive(Debug, Clone)]
pub(crate) struct ThemeFound {
    /// The theme's heaviest terms, heaviest first.
    pub label: Vec<String>,
    pub size: usize,
    pub per_year: BTreeMap<i32, u32>,
    pub representatives: Vec<Illustration>,
}

/// What an emerging item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Theme,
    Technology,
    Tag,
    Term,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Theme => "theme",
            Kind::Technology => "technology",
            Kind::Tag => "tag",
            Kind::Term => "term",
        }
    }
}

/// One item whose share of cases grew beyond chance; `trend.name` is the theme's number
/// (from 1), the technology's or tag's slug, or the term as written.
#[derive(Debug, Clone)]
pub(crate) struct EmergingItem {
    pub kind: Kind,
    pub trend: Trend,
}

/// Themes and emerging trends of one selection.
#[derive(Debug)]
pub(crate) struct Analysis {
    /// Cases the search matched.
    pub matched: u64,
    /// Cases analysed (all of them, or a sample of [`MAX_ANALYSED`]).
    pub analysed: usize,
    /// The number of themes the reader asked for; `None`: chosen by silhouette.
    pub asked: Option<usize>,
    /// Mean silhouette of each number of themes tried, when chosen automatically.
    pub silhouette: Vec<(usize, f64)>,
    pub themes: Vec<ThemeFound>,
    /// Years with cases among those analysed, first and last.
    pub years: Option<(i32, i32)>,
    /// The recent window and the baseline before it: (first year, last year) each.
    pub recent: Option<(i32, i32)>,
    pub baseline: Option<(i32, i32)>,
    pub emerging: Vec<EmergingItem>,
}

impl Analysis {
    pub fn sampled(&self) -> bool {
        (self.analysed as u64) < self.matched
    }
}

/// The themes and emerging trends of the cases `query` matches, `themes` of them (or as
/// many as the silhouette prefers), from the cache when the library has not changed.
pub(crate) async fn analyse(
    state: &AppState,
    query: &CaseQuery,
    themes: Option<usize>,
) -> Result<Arc<Analysis>, WebError> {
    analyse_selection(state, &query.text, &query.filter, themes).await
}

/// [`analyse`] for a search's words and filters.
async fn analyse_selection(
    state: &AppState,
    text: &observa_search::UserQuery,
    filter: &CaseFilter,
    themes: Option<usize>,
) -> Result<Arc<Analysis>, WebError> {
    let seq = state.search.seq();
    let key = (seq, format!("{text:?}|{filter:?}|{themes:?}"));
    let cached = || {
        state
            .insight
            .analyses
            .lock()
            .expect("analyses lock")
            .get(&key)
            .cloned()
    };
    if let Some(found) = cached() {
        return Ok(found);
    }
    let _computing = state.insight.computing.lock().await;
    if let Some(found) = cached() {
        return Ok(found);
    }
    let (matched, cases) = selection(state, text, filter, MAX_ANALYSED).await?;
    let analysis = tokio::task::spawn_blocking(move || compute(matched, &cases, themes))
        .await
        .map_err(std::io::Error::other)?;
    let analysis = Arc::new(analysis);
    let mut analyses = state.insight.analyses.lock().expect("analyses lock");
    if analyses.len() >= CACHED {
        analyses.clear();
    }
    analyses.insert(key, analysis.clone());
    Ok(analysis)
}

/// How many cases match, and the cases to analyse: all of them, or when there are more than
/// `max`, those whose ids hash lowest (a sample that does not depend on the order
/// of the search, and keeps its members when the selection grows).
async fn selection(
    state: &AppState,
    text: &observa_search::UserQuery,
    filter: &CaseFilter,
    max: usize,
) -> Result<(u64, Vec<StoredCase>), WebError> {
    let request = |limit: usize| SearchRequest {
        query: text,
        filter,
        sort: Sort::Newest,
        offset: 0,
        limit,
        facets: &[],
        facet_limit: 0,
    };
    let total = state.search.search(&request(0))?.total;
    let hits = state.search.search(&request(total as usize))?.hits;
    let mut ids: Vec<i64> = hits.iter().map(|h| h.case_id).collect();
    if ids.len() > max {
        ids.sort_by_key(|&id| (mix(id as u64 ^ SEED), id));
        ids.truncate(max);
    }
    ids.sort_unstable();
    let mut cases = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        cases.extend(
            state
                .store
                .cases_by_ids(chunk)
                .await?
                .into_iter()
                .filter(|s| s.case.status.is_public()),
        );
    }
    Ok((total, cases))
}

/// A 64-bit mixer (SplitMix64's finaliser), for sampling by id.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn compute(matched: u64, cases: &[StoredCase], asked: Option<usize>) -> Analysis {
    let documents: Vec<Document> = cases.iter().map(|s| Document::from_case(&s.case)).collect();
    let config = ThemeConfig {
        k: asked,
        k_range: AUTO_THEMES,
        seed: SEED,
        representatives: 3,
        ..ThemeConfig::default()
    };
    let (vocabulary, vectors) = tfidf(
        documents
            .iter()
            .map(|d| (d.text.as_str(), d.language.as_str())),
        config.vocabulary,
    );
    let found = themes::discover_vectors(&documents, &vocabulary, &vectors, &config);
    let by_slug: HashMap<&str, &observa_domain::Case> = cases
        .iter()
        .map(|s| (s.case.slug.as_str(), &s.case))
        .collect();
    let theme_list: Vec<ThemeFound> = found
        .themes
        .iter()
        .map(|t| ThemeFound {
            label: t.label.clone(),
            size: t.size,
            per_year: t.per_year.clone(),
            representatives: t
                .representatives
                .iter()
                .filter_map(|(slug, similarity)| {
                    let case = by_slug.get(slug.as_str())?;
                    Some(Illustration {
                        title: case.title.clone(),
                        pitch: case.pitch.clone(),
                        slug: slug.clone(),
                        similarity: *similarity,
                    })
                })
                .collect(),
        })
        .collect();
    let years = documents.iter().filter_map(|d| d.year);
    let years = years.clone().min().zip(years.max());

    // Each kind of item is one family of tests (its own Benjamini–Hochberg correction).
    let theme_names: Vec<Vec<String>> = found
        .assignments
        .iter()
        .map(|a| a.map(|t| (t + 1).to_string()).into_iter().collect())
        .collect();
    let term_names: Vec<Vec<String>> = vectors
        .iter()
        .map(|v| {
            v.ids
                .iter()
                .map(|&id| vocabulary.surface(id).to_string())
                .collect()
        })
        .collect();
    let families: [(Kind, Vec<Vec<String>>); 4] = [
        (Kind::Theme, theme_names),
        (
            Kind::Technology,
            cases.iter().map(|s| s.case.technologies.clone()).collect(),
        ),
        (
            Kind::Tag,
            cases.iter().map(|s| s.case.tags.clone()).collect(),
        ),
        (Kind::Term, term_names),
    ];
    let trend_config = TrendConfig {
        recent_years: RECENT_YEARS,
        min_count: MIN_RECENT,
        max_q: MAX_Q,
        ..TrendConfig::default()
    };
    let mut recent = None;
    let mut baseline = None;
    let mut emerging = Vec::new();
    for (kind, names) in families {
        let (series, totals) = emerging::series_from(
            documents
                .iter()
                .zip(&names)
                .map(|(d, n)| (d.year, n.iter().map(String::as_str))),
        );
        let (first, last) = match (totals.keys().next(), totals.keys().next_back()) {
            (Some(&f), Some(&l)) => (f, l),
            _ => continue,
        };
        let recent_from = last - RECENT_YEARS as i32 + 1;
        recent = Some((recent_from, last));
        baseline = (first < recent_from).then_some((first, recent_from - 1));
        emerging.extend(
            emerging::detect(&series, &totals, &trend_config)
                .into_iter()
                .filter(|t| t.emerging)
                .take(MAX_LISTED)
                .map(|trend| EmergingItem { kind, trend }),
        );
    }
    Analysis {
        matched,
        analysed: cases.len(),
        asked,
        silhouette: match found.k_choice {
            KChoice::Silhouette(scores) => scores,
            KChoice::Given => Vec::new(),
        },
        themes: theme_list,
        years,
        recent,
        baseline,
        emerging,
    }
}

/// Reads `themes=N` (1 to [`MAX_THEMES`]) or `themes=auto` / empty (automatic).
pub(crate) fn parse_themes(value: &str) -> Result<Option<usize>, WebError> {
    let value = value.trim();
    if value.is_empty() || value.eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    value
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=MAX_THEMES).contains(n))
        .map(Some)
        .ok_or_else(|| {
            WebError::bad_request(
                "invalid_number",
                format!(
                    "themes must be \"auto\" or a whole number from 1 to {MAX_THEMES}, not \"{value}\""
                ),
            )
        })
}

/// The most published cases the tag-suggestion model learns from.
pub(crate) const MAX_TRAINED: usize = 10_000;

/// Computes the whole library's themes and the tag-suggestion model before anyone asks,
/// so that neither the first `/trends` nor the first suggestion waits for them (seconds
/// at 100 000 cases). The server runs it once at start, in the background.
pub async fn warm(state: AppState) {
    let started = std::time::Instant::now();
    let everything = analyse_selection(
        &state,
        &observa_search::UserQuery::default(),
        &CaseFilter::default(),
        None,
    )
    .await;
    let model = suggester(&state).await;
    match everything.and(model) {
        Ok(_) => tracing::info!(elapsed = ?started.elapsed(), "themes and tag suggestion ready"),
        Err(error) => tracing::warn!(%error, "themes and tag suggestion could not be prepared"),
    }
}

/// The tag-suggestion model and how many cases it learnt from.
pub(crate) struct Model {
    pub suggester: Suggester,
    pub cases: usize,
}

/// The suggestion model trained on every public case, built on first use and again after
/// the library changed.
pub(crate) async fn suggester(state: &AppState) -> Result<Arc<Model>, WebError> {
    let seq = state.search.seq();
    let current = || {
        state
            .insight
            .suggester
            .lock()
            .expect("suggester lock")
            .as_ref()
            .filter(|(s, _)| *s == seq)
            .map(|(_, model)| model.clone())
    };
    if let Some(model) = current() {
        return Ok(model);
    }
    let _computing = state.insight.computing.lock().await;
    if let Some(model) = current() {
        return Ok(model);
    }
    // A fixed sample of at most MAX_TRAINED cases (those whose ids hash lowest), found in
    // the search index so that only the sampled records are read: training holds every
    // text's tokens at once, and reading all 100 000 records took most of the time.
    let (_, cases) = selection(
        state,
        &observa_search::UserQuery::default(),
        &CaseFilter::default(),
        MAX_TRAINED,
    )
    .await?;
    let examples: Vec<Example> = cases.iter().map(|s| Example::from_case(&s.case)).collect();
    drop(cases);
    let model = tokio::task::spawn_blocking(move || {
        Arc::new(Model {
            suggester: Suggester::train(&examples, SuggestConfig::default()),
            cases: examples.len(),
        })
    })
    .await
    .map_err(std::io::Error::other)?;
    *state.insight.suggester.lock().expect("suggester lock") = Some((seq, model.clone()));
    Ok(model)
}

/// The text a draft is analysed by: its parts one per line, as `observa_insight::text::case_text` joins a case's.
pub(crate) fn draft_text(parts: &[&str]) -> String {
    parts.iter().map(|p| format!("{p}\n")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_parameter_is_auto_or_a_small_number() {
        assert_eq!(parse_themes("").unwrap(), None);
        assert_eq!(parse_themes("auto").unwrap(), None);
        assert_eq!(parse_themes(" 7 ").unwrap(), Some(7));
        for bad in ["0", "21", "-1", "many", "1e3"] {
            let error = parse_themes(bad).unwrap_err();
            assert_eq!(error.code(), "invalid_number", "{bad}");
        }
    }

    #[tokio::test]
    async fn warming_prepares_the_library_themes_and_the_model() {
        let t = crate::tests::app(40).await;
        let insight = &t.state.insight;
        assert!(insight.analyses.lock().unwrap().is_empty());
        assert!(insight.suggester.lock().unwrap().is_none());
        warm(t.state.clone()).await;
        let seq = t.state.search.seq();
        let analyses = insight.analyses.lock().unwrap();
        assert_eq!(analyses.len(), 1);
        assert!(analyses.keys().all(|(at, _)| *at == seq));
        let (at, model) = insight.suggester.lock().unwrap().clone().unwrap();
        assert_eq!((at, model.cases), (seq, 40));
    }

    #[test]
    fn the_sample_mixer_spreads_neighbouring_ids() {
        let mixed: Vec<u64> = (1..=4).map(|id| mix(id ^ SEED)).collect();
        assert!(mixed.windows(2).all(|w| w[0] != w[1]));
        assert_eq!(mix(5), mix(5));
    }
}

/// The most public cases the editors' duplicates report reads: pairing is quadratic within
/// each LSH bucket, and libraries written from templates fill buckets by the thousand (the
/// same bound as the import's check in `observa import`).
pub(crate) const MAX_DUPLICATES_CHECKED: usize = 20_000;
/// The similarity from which the editors' report lists a pair.
pub(crate) const DUPLICATE_THRESHOLD: f64 = 0.5;

/// A case named in a list of likely duplicates.
#[derive(Debug, Clone)]
pub struct DuplicateCase {
    pub title: String,
    pub status: observa_domain::CaseStatus,
    pub countries: Vec<observa_domain::CountryCode>,
}

/// Pairs of likely duplicates among a library's cases, most similar first.
#[derive(Debug)]
pub struct LibraryDuplicates {
    /// `a` and `b` are slugs.
    pub pairs: Vec<observa_insight::duplicates::Pair>,
    /// The cases of the pairs, by slug.
    pub cases: HashMap<String, DuplicateCase>,
    /// How many cases were compared.
    pub checked: usize,
    /// Whether the library held more cases than the limit, left unchecked.
    pub truncated: bool,
}

/// Compares every case of `cases` (up to `limit`) with every other by MinHash/LSH over
/// their texts' shingles, confirmed by exact Jaccard similarity ≥ `threshold`
/// (`observa_insight::duplicates`). The pairing runs on a blocking thread.
pub async fn library_duplicates(
    mut cases: futures::stream::BoxStream<
        '_,
        Result<observa_domain::Case, observa_store::StoreError>,
    >,
    threshold: f64,
    limit: Option<usize>,
) -> Result<LibraryDuplicates, WebError> {
    use futures::StreamExt as _;
    use observa_insight::duplicates::{DuplicateConfig, DuplicateIndex};
    let mut index = DuplicateIndex::new(DuplicateConfig::for_threshold(threshold));
    let mut all: HashMap<String, DuplicateCase> = HashMap::new();
    let mut truncated = false;
    while let Some(case) = cases.next().await {
        let case = case?;
        if limit.is_some_and(|max| index.len() >= max) {
            truncated = true;
            break;
        }
        index.insert(case.slug.clone(), &observa_insight::text::case_text(&case));
        all.insert(
            case.slug.clone(),
            DuplicateCase {
                title: case.title,
                status: case.status,
                countries: case.countries,
            },
        );
    }
    let checked = index.len();
    let pairs = tokio::task::spawn_blocking(move || index.pairs())
        .await
        .map_err(std::io::Error::other)?;
    let cases = pairs
        .iter()
        .flat_map(|p| [&p.a, &p.b])
        .filter_map(|slug| all.remove_entry(slug))
        .collect();
    Ok(LibraryDuplicates {
        pairs,
        cases,
        checked,
        truncated,
    })
}

/// The likely duplicates among the public cases (at most [`MAX_DUPLICATES_CHECKED`]), from
/// the cache while the public library has not changed.
pub(crate) async fn public_duplicates(
    state: &AppState,
) -> Result<Arc<LibraryDuplicates>, WebError> {
    use futures::StreamExt as _;
    let seq = state.search.seq();
    let cached = || {
        state
            .insight
            .duplicates
            .lock()
            .expect("duplicates lock")
            .as_ref()
            .filter(|(s, _)| *s == seq)
            .map(|(_, d)| d.clone())
    };
    if let Some(found) = cached() {
        return Ok(found);
    }
    let _computing = state.insight.computing.lock().await;
    if let Some(found) = cached() {
        return Ok(found);
    }
    let cases = state
        .store
        .public_cases()
        .map(|r| r.map(|s| s.case))
        .boxed();
    let found = Arc::new(
        library_duplicates(cases, DUPLICATE_THRESHOLD, Some(MAX_DUPLICATES_CHECKED)).await?,
    );
    *state.insight.duplicates.lock().expect("duplicates lock") = Some((seq, found.clone()));
    Ok(found)
}
