//! The index against a real SQLite store: golden queries per language, ranking, typos,
//! the query language, disjunctive facets checked against SQL counts, the outbox follower
//! and rebuilds.

use std::sync::Arc;

use chrono::DateTime;
use observa_domain::{
    Case, CaseStatus, CountryCode, Organisation, Sector, Stage, Story, Translation,
};
use observa_store::{CaseFilter, Store};

use crate::index::SearchIndex;
use crate::{Follower, SearchRequest, Sort, open_or_rebuild, parse};

struct Fixture {
    _dir: tempfile::TempDir,
    store: Arc<dyn Store>,
    index: Arc<SearchIndex>,
    follower: Follower,
}

impl Fixture {
    async fn new(cases: &[Case]) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        let store = observa_store::connect(&url).await.unwrap();
        for case in cases {
            store.insert_case(case, None).await.unwrap();
        }
        let index = Arc::new(
            open_or_rebuild(&dir.path().join("index"), &*store)
                .await
                .unwrap(),
        );
        let follower = Follower::new(index.clone(), store.clone());
        Fixture {
            _dir: dir,
            store,
            index,
            follower,
        }
    }

    async fn slugs(&self, q: &str) -> Vec<String> {
        self.search(q, &CaseFilter::default(), Sort::Relevance)
            .await
            .0
    }

    /// The slugs found (best first) and the total.
    async fn search(&self, q: &str, filter: &CaseFilter, sort: Sort) -> (Vec<String>, u64) {
        let query = parse(q).unwrap();
        let results = self
            .index
            .search(&SearchRequest {
                query: &query,
                filter,
                sort,
                offset: 0,
                limit: 100,
                facets: &[],
                facet_limit: 0,
            })
            .unwrap();
        let ids: Vec<i64> = results.hits.iter().map(|h| h.case_id).collect();
        let cases = self.store.cases_by_ids(&ids).await.unwrap();
        (
            cases.into_iter().map(|c| c.case.slug).collect(),
            results.total,
        )
    }
}

fn case(slug: &str, lang: &str, title: &str, pitch: &str, overview: &str) -> Case {
    let n = slug.bytes().map(i64::from).sum::<i64>();
    let now = DateTime::from_timestamp(1_700_000_000 + n, 0).unwrap();
    let mut c = Case::draft(slug.to_string(), title.to_string(), lang, now);
    c.status = CaseStatus::Published;
    c.pitch = pitch.to_string();
    c.overview = overview.to_string();
    c.organisation = Organisation {
        name: "Agency".into(),
        kind: None,
    };
    c.countries = vec![CountryCode::parse("FR").unwrap()];
    c.sectors = vec![Sector::Health];
    c.year_launched = Some(2020);
    c.stage = Some(Stage::Implementation);
    c.story = Story::every_section("Answered.");
    c.provenance.published_at = Some(now);
    c
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[tokio::test]
async fn golden_queries_find_every_form_of_a_word_in_each_language() {
    let cases = [
        case(
            "en",
            "en",
            "Citizen innovations lab",
            "A lab for the civil service.",
            "It tests ideas.",
        ),
        case(
            "es",
            "es",
            "Laboratorio de innovación",
            "Innovaciones para la ciudadanía.",
            "Prueba ideas.",
        ),
        case(
            "fr",
            "fr",
            "Économie circulaire",
            "Des économies pour les communes.",
            "Il teste des idées.",
        ),
        case(
            "pt",
            "pt",
            "Laboratório de inovação",
            "Inovações para os cidadãos.",
            "Testa ideias.",
        ),
        case(
            "de",
            "de",
            "Digitale Gemeinden",
            "Verwaltung für alle Gemeinden.",
            "Es testet Ideen.",
        ),
        case(
            "it",
            "it",
            "Innovazione nei comuni",
            "Innovazioni per i cittadini.",
            "Prova idee.",
        ),
        case(
            "nl",
            "nl",
            "Slimme gemeenten",
            "Een dienst voor elke gemeente.",
            "Het test ideeën.",
        ),
        case(
            "other",
            "en",
            "Road maintenance",
            "Potholes fixed faster.",
            "Sensors on buses.",
        ),
    ];
    let f = Fixture::new(&cases).await;
    for (expected, forms) in [
        ("en", &["innovation", "innovations", "Innovation"][..]),
        ("es", &["innovacion", "innovación", "innovaciones"]),
        ("fr", &["economie", "économie", "économies"]),
        ("pt", &["inovacao", "inovação", "inovações"]),
        ("de", &["gemeinde", "Gemeinden", "GEMEINDE"]),
        ("it", &["innovazione", "innovazioni", "innovazióne"]),
        ("nl", &["gemeente", "gemeenten", "Gemeente"]),
    ] {
        for form in forms {
            let found = f.slugs(form).await;
            assert!(
                found.contains(&expected.to_string()),
                "{form} should find the {expected} case, found {found:?}"
            );
            assert!(
                !found.contains(&"other".to_string()),
                "{form} found the unrelated case"
            );
        }
    }
}

#[tokio::test]
async fn title_matches_rank_above_pitch_above_body_and_typos_rank_last() {
    let cases = [
        case(
            "in-body",
            "en",
            "Road works",
            "Potholes fixed.",
            "A transparency portal lists them.",
        ),
        case(
            "in-title",
            "en",
            "Transparency portal",
            "Open books.",
            "Budgets online.",
        ),
        case(
            "in-pitch",
            "en",
            "Budget site",
            "Transparency for all spending.",
            "Budgets online.",
        ),
        case(
            "typo-only",
            "en",
            "Bus lanes",
            "Faster buses.",
            "A transparancy report each year.",
        ),
    ];
    let f = Fixture::new(&cases).await;
    assert_eq!(
        f.slugs("transparency").await,
        ["in-title", "in-pitch", "in-body", "typo-only"]
    );
    // One typo from five letters, two from nine; none below five.
    assert_eq!(
        f.slugs("transparensy").await[..3],
        ["in-title", "in-pitch", "in-body"]
    );
    assert!(
        f.slugs("tronsparensy")
            .await
            .contains(&"in-title".to_string()),
        "two typos in a long word"
    );
    assert!(
        f.slugs("bis").await.is_empty(),
        "a three-letter word gets no typo"
    );
    assert_eq!(f.slugs("buses").await, ["typo-only"]);
}

#[tokio::test]
async fn the_query_language_does_what_it_says() {
    let cases = [
        case(
            "a",
            "en",
            "Open data portal",
            "Data sets for everyone.",
            "Health statistics.",
        ),
        case(
            "b",
            "en",
            "Data for health",
            "Open hospital records.",
            "Portal for doctors.",
        ),
        Case {
            sectors: vec![Sector::Education],
            ..case(
                "c",
                "en",
                "Smart city sensors",
                "Air quality data.",
                "Schools.",
            )
        },
    ];
    let f = Fixture::new(&cases).await;
    assert_eq!(
        f.slugs(r#""open data""#).await,
        ["a"],
        "a phrase keeps its word order"
    );
    assert_eq!(
        sorted(f.slugs("open data").await),
        ["a", "b"],
        "words are all required"
    );
    assert_eq!(f.slugs("data -health").await, ["c"], "exclusion");
    assert_eq!(
        sorted(f.slugs("sensors OR hospital").await),
        ["b", "c"],
        "alternatives"
    );
    assert_eq!(f.slugs("title:portal").await, ["a"], "field prefix");
    assert_eq!(f.slugs("text:portal").await, ["b"]);
    assert_eq!(
        f.search("-smart", &CaseFilter::default(), Sort::Relevance)
            .await
            .1,
        2,
        "only an exclusion"
    );
    assert_eq!(
        f.search("", &CaseFilter::default(), Sort::Relevance)
            .await
            .1,
        3,
        "an empty query lists all"
    );
    assert!(
        f.slugs(r#"""  -- OR ::"#).await.len() == 3,
        "noise is read as no query at all"
    );
}

#[tokio::test]
async fn facet_counts_are_disjunctive_and_equal_to_sql_counts() {
    let cases: Vec<Case> = observa_domain::demo::cases(7).take(300).collect();
    let f = Fixture::new(&cases).await;
    let query = parse("").unwrap();
    let mut filter = CaseFilter::default();
    let top = |facet: &str| {
        let results = f
            .index
            .search(&SearchRequest {
                query: &query,
                filter: &CaseFilter::default(),
                sort: Sort::Newest,
                offset: 0,
                limit: 0,
                facets: &[facet],
                facet_limit: 3,
            })
            .unwrap();
        results.facets[0]
            .values
            .iter()
            .map(|(v, _)| v.clone())
            .collect::<Vec<_>>()
    };
    filter.countries = top("country")
        .iter()
        .take(2)
        .map(|c| CountryCode::parse(c).unwrap())
        .collect();
    filter.sectors = top("sector")
        .iter()
        .take(1)
        .map(|s| s.parse().unwrap())
        .collect();
    filter.year_from = Some(2015);
    let names: Vec<&str> = crate::FACETS.to_vec();
    let results = f
        .index
        .search(&SearchRequest {
            query: &query,
            filter: &filter,
            sort: Sort::Newest,
            offset: 0,
            limit: 10,
            facets: &names,
            facet_limit: 1000,
        })
        .unwrap();
    let sql_total = f
        .store
        .list_cases(&filter, observa_store::Page { number: 1, size: 1 })
        .await
        .unwrap()
        .total;
    assert_eq!(results.total as i64, sql_total);
    assert!(sql_total > 0, "the filter should leave some cases");
    for facets in &results.facets {
        if facets.facet == "year" {
            continue;
        }
        // SQL: the facet's counts under every filter except its own.
        let mut others = filter.clone();
        match facets.facet {
            "country" => others.countries.clear(),
            "sector" => others.sectors.clear(),
            _ => {}
        }
        let mut expected: Vec<(String, u32)> = f
            .store
            .facet_counts(facets.facet, &others)
            .await
            .unwrap()
            .into_iter()
            .map(|c| (c.value, c.count as u32))
            .collect();
        expected.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        assert_eq!(facets.values, expected, "facet {}", facets.facet);
    }
    let countries = &results.facets[0].values;
    assert!(
        countries.len() > 2,
        "other countries keep their counts while two are chosen"
    );
}

#[tokio::test]
async fn pages_are_stable_and_sorts_order_by_date_and_year() {
    let cases: Vec<Case> = observa_domain::demo::cases(3).take(120).collect();
    let f = Fixture::new(&cases).await;
    let query = parse("").unwrap();
    let page = |offset, sort| {
        f.index
            .search(&SearchRequest {
                query: &query,
                filter: &CaseFilter::default(),
                sort,
                offset,
                limit: 25,
                facets: &[],
                facet_limit: 0,
            })
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.case_id)
            .collect::<Vec<_>>()
    };
    for sort in [Sort::Newest, Sort::Year, Sort::Relevance] {
        let mut all: Vec<i64> = (0..5).flat_map(|p| page(p * 25, sort)).collect();
        assert_eq!(all.len(), 120);
        assert_eq!(page(50, sort), page(50, sort), "the same page twice");
        all.sort();
        all.dedup();
        assert_eq!(all.len(), 120, "{sort:?}: pages overlap");
    }
    let by_year = f.store.cases_by_ids(&page(0, Sort::Year)).await.unwrap();
    let years: Vec<i32> = by_year
        .iter()
        .map(|c| c.case.year_launched.unwrap_or(0))
        .collect();
    assert!(years.windows(2).all(|w| w[0] >= w[1]), "{years:?}");
}

#[tokio::test]
async fn the_follower_applies_the_outbox_and_resumes_after_a_restart() {
    let mut f = Fixture::new(&[case(
        "first",
        "en",
        "Water meters",
        "Smart meters.",
        "Leaks found.",
    )])
    .await;
    let stored = f
        .store
        .insert_case(
            &case(
                "second",
                "en",
                "Water pricing",
                "Fair tariffs.",
                "Meters read.",
            ),
            None,
        )
        .await
        .unwrap();
    assert_eq!(f.slugs("water").await, ["first"], "not applied yet");
    assert_eq!(
        f.follower.catch_up().await.unwrap(),
        2,
        "the new case, and the window behind the cursor once"
    );
    assert_eq!(sorted(f.slugs("water").await), ["first", "second"]);

    let mut withdrawn = stored.case.clone();
    withdrawn.status = CaseStatus::Withdrawn;
    f.store.update_case(&withdrawn, None).await.unwrap();
    f.follower.catch_up().await.unwrap();
    assert_eq!(
        f.slugs("water").await,
        ["first"],
        "no longer public, no longer found"
    );

    // A new follower (a restarted server) starts from the commit payload.
    let seq = f.index.seq();
    assert_eq!(seq, f.store.last_outbox_seq().await.unwrap());
    let mut restarted = Follower::new(f.index.clone(), f.store.clone());
    assert_eq!(
        restarted.catch_up().await.unwrap(),
        2,
        "the window behind the cursor is re-read once"
    );
    assert_eq!(restarted.catch_up().await.unwrap(), 0);
    assert_eq!(f.index.seq(), seq);
}

#[tokio::test]
async fn a_rebuild_is_swapped_in_by_a_running_follower() {
    let mut f = Fixture::new(&[case("one", "en", "Library cards", "Free cards.", "Books.")]).await;
    let before = f.index.live().name.clone();
    let (_, report) = crate::rebuild(f.index.root(), &*f.store, &|_| {})
        .await
        .unwrap();
    assert_eq!(report.cases, 1);
    assert_ne!(report.generation, before);
    f.store
        .insert_case(
            &case("two", "en", "Library hours", "Open late.", "Books."),
            None,
        )
        .await
        .unwrap();
    f.follower.catch_up().await.unwrap();
    assert_eq!(f.index.live().name, report.generation);
    assert_eq!(sorted(f.slugs("library").await), ["one", "two"]);
    assert!(
        !f.index.root().join(&before).exists(),
        "the old generation is removed"
    );
    // Reopening finds the live generation and its sequence.
    let reopened = SearchIndex::open(f.index.root()).unwrap().unwrap();
    assert_eq!(reopened.seq(), f.index.seq());
}

#[tokio::test]
async fn highlights_suggestions_and_similar_cases() {
    let mut translated = case(
        "es",
        "es",
        "Salud <digital> rural",
        "Telemedicina para pueblos.",
        "Médicos conectados.",
    );
    translated.translations.insert(
        "en".into(),
        Translation {
            title: "Rural digital health".into(),
            pitch: "Telemedicine.".into(),
            overview: String::new(),
        },
    );
    let cases = [
        translated,
        case(
            "a",
            "en",
            "Digital health records",
            "Records shared by hospitals.",
            "Doctors read them.",
        ),
        case(
            "b",
            "en",
            "Digital identity",
            "One login for all services.",
            "Citizens sign in.",
        ),
        case(
            "c",
            "en",
            "Health records for migrants",
            "Hospitals share records.",
            "Doctors read them.",
        ),
    ];
    let f = Fixture::new(&cases).await;
    let query = parse("digitales salud").unwrap();
    let results = f
        .index
        .search(&SearchRequest {
            query: &query,
            filter: &CaseFilter::default(),
            sort: Sort::Relevance,
            offset: 0,
            limit: 10,
            facets: &[],
            facet_limit: 0,
        })
        .unwrap();
    let hit = f
        .store
        .cases_by_ids(&[results.hits[0].case_id])
        .await
        .unwrap()
        .remove(0);
    let highlight = f.index.highlight(&hit.case, &results.terms);
    assert_eq!(
        highlight.title,
        "<mark>Salud</mark> &lt;<mark>digital</mark>&gt; rural"
    );

    let ids = f.index.suggest("digital he", 5).unwrap();
    let titles: Vec<String> = f
        .store
        .cases_by_ids(&ids)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.case.title)
        .collect();
    assert_eq!(
        titles,
        ["Digital health records", "Salud <digital> rural"],
        "the second by its English title"
    );
    assert!(f.index.suggest("zzz", 5).unwrap().is_empty());

    let a = f.store.case_by_slug("a").await.unwrap().unwrap();
    let similar = f.index.similar(a.id, &a.case, 3).unwrap();
    let similar = f.store.cases_by_ids(&similar).await.unwrap();
    assert_eq!(similar[0].case.slug, "c", "shares the most words");
    assert!(similar.iter().all(|c| c.case.slug != "a"), "never itself");
}
