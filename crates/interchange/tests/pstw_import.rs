//! Reading Public Sector Tech Watch CSVs end to end: the invented fixtures in
//! `tests/fixtures/` (real header and quirks, made-up rows) and, when they are present
//! next to the project, the two real releases in `../shared/data/pstw/`.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs::File;
use std::path::Path;
use std::time::Instant;

use chrono::{DateTime, Utc};
use observa_domain::terms::{default_tags, default_technologies};
use observa_domain::{
    Case, CaseSource, CaseStatus, CountryCode, GovLevel, Lifecycle, OrgType, Sector, Stage,
};
use observa_interchange::pstw::{ATTRIBUTION, read_pstw};
use observa_interchange::{FileError, RowError, jsonl};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
const REAL_JUN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/pstw/PSTW_Dataset_Jun2025.csv"
);
const REAL_NOV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/pstw/PSTW_Dataset_Nov2025.csv"
);

fn imported_at() -> DateTime<Utc> {
    "2025-12-01T12:00:00Z".parse().unwrap()
}

fn read_file(path: &str) -> (Vec<Case>, Vec<RowError>) {
    let file = File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut cases = Vec::new();
    let mut errors = Vec::new();
    for row in read_pstw(file, imported_at()).unwrap_or_else(|e| panic!("{path}: {e}")) {
        match row {
            Ok(c) => cases.push(c),
            Err(e) => errors.push(e),
        }
    }
    (cases, errors)
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

fn by_id(cases: &[Case]) -> BTreeMap<&str, &Case> {
    cases
        .iter()
        .map(|c| (c.provenance.source.dataset_and_id().expect("imported").1, c))
        .collect()
}

fn fields(case: &Case) -> &BTreeMap<String, String> {
    match &case.provenance.source {
        CaseSource::Imported { fields, .. } => fields,
        CaseSource::Submitted => panic!("not imported"),
    }
}

fn country(code: &str) -> CountryCode {
    CountryCode::parse(code).unwrap()
}

#[test]
fn the_sample_imports_and_its_bad_row_is_reported_with_line_and_id() {
    let (cases, errors) = read_file(&fixture("pstw_sample.csv"));
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert_eq!(
        (e.line, e.record_id.as_deref()),
        (8, Some("PSTW-5")),
        "line counts the multi-line description"
    );
    assert_eq!(
        e.to_string(),
        "line 8 (PSTW-5): not publishable: countries: Name at least one country. (unknown countries \"Atlantis\")"
    );
    let ids: Vec<&str> = by_id(&cases).into_keys().collect();
    assert_eq!(
        ids,
        ["PSTW-1", "PSTW-2", "PSTW-3", "PSTW-4", "PSTW-6", "PSTW-7"],
        "rows after the bad one come through"
    );
    for c in &cases {
        assert_eq!(c.validate_for(CaseStatus::Published), Ok(()), "{}", c.slug);
        assert_eq!(c.status, CaseStatus::Published);
        assert_eq!(c.language, "en");
        assert_eq!(c.provenance.licence, "CC-BY-4.0");
        assert_eq!(c.provenance.attribution.as_deref(), Some(ATTRIBUTION));
        assert_eq!(
            (c.provenance.created_at, c.provenance.published_at),
            (imported_at(), Some(imported_at()))
        );
    }
}

#[test]
fn the_ai_row_with_subdomains_a_bom_and_a_multi_line_description() {
    let (cases, _) = read_file(&fixture("pstw_sample.csv"));
    let c = by_id(&cases)["PSTW-1"];
    assert_eq!(
        c.slug,
        "jobcompass-matching-job-seekers-with-vacancies-pstw-1"
    );
    assert_eq!(c.title, "JobCompass - matching job seekers with vacancies");
    assert!(
        c.overview
            .contains("profile. Counsellors see the suggestions first.\n\nThe second paragraph"),
        "{}",
        c.overview
    );
    assert!(
        c.pitch.starts_with("JobCompass is an invented assistant") && !c.pitch.contains('\n'),
        "{}",
        c.pitch
    );
    assert!(c.pitch.chars().count() <= 500);
    assert_eq!(c.countries, [country("AT")]);
    assert_eq!(c.nuts.as_deref(), Some("AT"));
    assert_eq!(c.level, Some(GovLevel::National));
    assert_eq!(c.organisation.kind, Some(OrgType::Government));
    assert_eq!(c.sectors, [Sector::Employment]);
    assert_eq!(
        (c.stage, c.lifecycle),
        (Some(Stage::Implementation), Some(Lifecycle::Active)),
        "\"Pilot \""
    );
    assert_eq!(
        (c.year_launched, c.year_ended),
        (Some(2021), None),
        "the End Year is a non-breaking space"
    );
    assert_eq!(
        c.technologies,
        [
            "artificial_intelligence",
            "machine_learning",
            "natural_language_processing"
        ]
    );
    assert_eq!(c.tags, ["cross_sector", "personalised_services"]);
    assert_eq!(c.website.as_deref(), Some("https://jobcompass.example.at/"));
    let links: Vec<(&str, &str)> = c
        .links
        .iter()
        .map(|l| (l.title.as_str(), l.url.as_str()))
        .collect();
    assert_eq!(
        links,
        [
            (
                "reports.example.at",
                "https://reports.example.at/jobcompass"
            ),
            (
                "news.example.at",
                "https://news.example.at/jobcompass-pilot"
            ),
            (
                "stories.example.eu",
                "https://stories.example.eu/jobcompass"
            ),
        ]
    );
    let f = fields(c);
    let benefits: Vec<(&str, &str)> = [
        "Improved Public Service",
        "Personalized Services",
        "Cost-reduction",
    ]
    .into_iter()
    .map(|b| (b, f[b].as_str()))
    .collect();
    assert_eq!(
        benefits,
        [
            ("Improved Public Service", "x"),
            ("Personalized Services", "X"),
            ("Cost-reduction", "x")
        ],
        "the benefit columns a mapping does not read are kept under their own names"
    );
    assert_eq!(
        f["ai_subdomains"],
        "Machine learning; Natural language processing; Deep learning; Multiple AI techniques"
    );
    assert_eq!(f["cofog_level_2"], "Unemployment.");
    assert_eq!(f["status"], "Pilot");
    assert_eq!(f["organisation_category"], "Central-Government");
    assert_eq!(f["date_updated"], "14/10/2024");
    assert_eq!(f["website"], "https://jobcompass.example.at/");
    assert!(!f.contains_key("govtech"), "an empty cell is not kept");
    assert!(f.values().all(|v| !v.is_empty() && v.trim() == v));
}

#[test]
fn the_other_sample_rows_show_each_quirk() {
    let (cases, _) = read_file(&fixture("pstw_sample.csv"));
    let cases = by_id(&cases);

    let blockchain = cases["PSTW-2"];
    assert_eq!(blockchain.countries, [country("DK")], "\"Denmark \"");
    assert_eq!(blockchain.technologies, ["blockchain"]);
    assert_eq!(blockchain.tags, ["cross_border", "govtech"]);
    assert_eq!(blockchain.sectors, [Sector::Transport]);
    assert_eq!(blockchain.level, Some(GovLevel::Local));
    assert!(
        blockchain.links.is_empty(),
        "the source repeats the website"
    );

    let eu = cases["PSTW-3"];
    assert_eq!(eu.countries, [country("EU")]);
    assert_eq!(eu.level, Some(GovLevel::Supranational));
    assert_eq!(
        eu.organisation.kind,
        Some(OrgType::InternationalOrganisation)
    );
    assert_eq!(eu.sectors, [Sector::ExternalRelations]);
    assert_eq!(
        (eu.stage, eu.lifecycle),
        (Some(Stage::Implementation), Some(Lifecycle::Discontinued))
    );
    assert_eq!(
        eu.technologies,
        ["artificial_intelligence", "natural_language_processing"]
    );
    assert_eq!(eu.website, None);
    assert_eq!(fields(eu)["website"], "www.translate-helper.example.eu");
    assert_eq!(fields(eu)["source"], "Mail to the editors (2022)");

    let museum = cases["PSTW-4"];
    assert_eq!(museum.countries, [country("TR")], "Türkiye");
    assert_eq!(museum.level, Some(GovLevel::Regional), "\"Regional \"");
    assert_eq!(
        museum.organisation.kind,
        Some(OrgType::Government),
        "Central Government"
    );
    assert_eq!(museum.technologies, ["ar_vr", "digital_twins"]);
    assert_eq!(museum.stage, Some(Stage::DevelopingProposals));
    assert_eq!(
        museum.website.as_deref(),
        Some("https://museum.example.tr/vr")
    );
    assert_eq!(museum.links[0].url, "https://museum.example.tr/en/");

    let quantum = cases["PSTW-6"];
    assert_eq!(quantum.sectors, [Sector::Health, Sector::Science]);
    assert_eq!(quantum.technologies, ["quantum_computing", "edge_5g"]);
    assert_eq!(
        quantum.organisation.kind,
        Some(OrgType::Government),
        "Central-government"
    );
    assert_eq!(
        quantum.pitch,
        "Researchers test whether quantum annealing can plan operating theatre schedules for invented hospitals \
         faster than today's tools, e.g. when emergencies arrive. The study also looks at 5G links between theatres.",
        "two sentences, not split at \"e.g.\", and not the third once past 200 characters"
    );
    assert_eq!(
        (quantum.year_launched, quantum.year_ended),
        (Some(2025), Some(2027))
    );

    let archive = cases["PSTW-7"];
    assert_eq!(archive.countries, [country("VA")]);
    assert_eq!(archive.organisation.kind, Some(OrgType::Academia));
    assert_eq!(
        archive.sectors,
        [Sector::Culture],
        "lower-case COFOG level I"
    );
    assert_eq!(archive.technologies, ["other_technology"]);

    let techs: HashSet<String> = default_technologies().into_iter().map(|t| t.slug).collect();
    let tags: HashSet<String> = default_tags().into_iter().map(|t| t.slug).collect();
    for c in cases.values() {
        assert!(
            c.technologies.iter().all(|t| techs.contains(t)),
            "{:?}",
            c.technologies
        );
        assert!(c.tags.iter().all(|t| tags.contains(t)), "{:?}", c.tags);
    }
}

#[test]
fn the_next_release_shows_one_change_one_addition_one_removal() {
    let (old, old_errors) = read_file(&fixture("pstw_sample.csv"));
    let (new, new_errors) = read_file(&fixture("pstw_sample_newer.csv"));
    assert_eq!((old_errors.len(), new_errors.len()), (1, 1));
    let (old, new) = (by_id(&old), by_id(&new));
    let added: Vec<&str> = new
        .keys()
        .filter(|id| !old.contains_key(*id))
        .copied()
        .collect();
    let removed: Vec<&str> = old
        .keys()
        .filter(|id| !new.contains_key(*id))
        .copied()
        .collect();
    let changed: Vec<&str> = new
        .iter()
        .filter(|(id, c)| old.get(*id).is_some_and(|o| o != *c))
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(
        (added, removed, changed.clone()),
        (vec!["PSTW-8"], vec!["PSTW-7"], vec!["PSTW-2"])
    );
    assert_eq!(
        old["PSTW-2"].slug, new["PSTW-2"].slug,
        "the slug is stable across releases"
    );
    assert_eq!(new["PSTW-2"].lifecycle, Some(Lifecycle::Discontinued));
    assert_eq!(new["PSTW-2"].year_ended, Some(2024));
    assert_eq!(new["PSTW-8"].countries, [country("PL")], "\"Poland \"");
    assert_eq!(new["PSTW-8"].sectors, [Sector::Housing]);
}

#[test]
fn a_file_that_is_not_pstw_is_refused_before_any_row() {
    let file = File::open(fixture("not_pstw.csv")).unwrap();
    let err = read_pstw(file, imported_at()).err().expect("refused");
    assert!(matches!(err, FileError::Unrelated { .. }), "{err}");
    let msg = err.to_string();
    assert!(
        msg.starts_with("not a Public Sector Tech Watch file"),
        "{msg}"
    );
    assert!(msg.contains("id,title,country,year"), "{msg}");
    let err = read_pstw(&b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"[..], imported_at())
        .err()
        .expect("refused");
    assert!(err.to_string().starts_with("the file is not text"), "{err}");
    let err = read_pstw(&b""[..], imported_at()).err().expect("refused");
    assert!(err.to_string().starts_with("the file is empty"), "{err}");
}

#[test]
fn imported_cases_survive_the_jsonl_export() {
    let (cases, _) = read_file(&fixture("pstw_sample.csv"));
    let mut out = Vec::new();
    for case in &cases {
        jsonl::write_case(&mut out, case).unwrap();
    }
    let back: Vec<Case> = jsonl::read_cases(&out[..])
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(back, cases);
}

// ---- the real releases (skipped when the data is not next to the project) ----

/// What the csv crate alone says about a release: its row count, ids and rows per
/// trimmed country name.
struct Independent {
    rows: usize,
    ids: BTreeSet<String>,
    per_country: BTreeMap<String, usize>,
    /// Name by id, white space folded.
    names: BTreeMap<String, String>,
}

fn independent_count(path: &str) -> Independent {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}') == name)
            .unwrap()
    };
    let (id, country, name) = (
        col("PSTW ID"),
        col("Geographical coverage (country)"),
        col("Name"),
    );
    let mut out = Independent {
        rows: 0,
        ids: BTreeSet::new(),
        per_country: BTreeMap::new(),
        names: BTreeMap::new(),
    };
    for record in reader.records() {
        let record = record.unwrap();
        out.rows += 1;
        out.ids.insert(record[id].to_string());
        let folded = record[name]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        out.names.insert(record[id].to_string(), folded);
        *out.per_country
            .entry(record[country].trim().to_string())
            .or_default() += 1;
    }
    out
}

/// Imports a real release and checks it against the independent count; `None` when the
/// file is absent.
fn check_release(path: &str, expected_rows: usize) -> Option<Vec<Case>> {
    if !Path::new(path).exists() {
        eprintln!("skipped: {path} not found");
        return None;
    }
    let expected = independent_count(path);
    assert_eq!(
        expected.rows, expected_rows,
        "the csv crate reads {} rows",
        expected.rows
    );

    let started = Instant::now();
    let (cases, errors) = read_file(path);
    let elapsed = started.elapsed();
    eprintln!("{path}: {} cases parsed in {elapsed:?}", cases.len());

    assert!(
        errors.is_empty(),
        "{} row errors, first: {}",
        errors.len(),
        errors[0]
    );
    assert_eq!(cases.len(), expected_rows);
    let ids: BTreeSet<String> = by_id(&cases).keys().map(|s| s.to_string()).collect();
    assert_eq!(ids, expected.ids);

    let mut per_code: BTreeMap<&CountryCode, usize> = BTreeMap::new();
    for c in &cases {
        assert_eq!(c.countries.len(), 1);
        *per_code.entry(&c.countries[0]).or_default() += 1;
    }
    for (name, n) in &expected.per_country {
        let code = CountryCode::from_name(name).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(per_code.get(&code), Some(n), "{name} ({code})");
    }
    assert_eq!(
        per_code.len(),
        expected.per_country.len(),
        "one code per trimmed name"
    );

    let slugs: HashSet<&str> = cases.iter().map(|c| c.slug.as_str()).collect();
    assert_eq!(slugs.len(), cases.len(), "slugs are unique");
    let techs: HashSet<String> = default_technologies().into_iter().map(|t| t.slug).collect();
    let tags: HashSet<String> = default_tags().into_iter().map(|t| t.slug).collect();
    for c in &cases {
        assert_eq!(c.validate_for(CaseStatus::Published), Ok(()), "{}", c.slug);
        assert!(
            !c.sectors.is_empty() && !c.technologies.is_empty(),
            "{}",
            c.slug
        );
        assert!(
            c.technologies.iter().all(|t| techs.contains(t)),
            "{}: {:?}",
            c.slug,
            c.technologies
        );
        assert!(
            c.tags.iter().all(|t| tags.contains(t)),
            "{}: {:?}",
            c.slug,
            c.tags
        );
        assert!(
            c.stage.is_some() && c.lifecycle.is_some() && c.level.is_some(),
            "{}",
            c.slug
        );
        assert!(
            !c.title.contains('\n') && !c.pitch.contains('\n'),
            "{}",
            c.slug
        );
    }
    Some(cases)
}

#[test]
fn the_real_november_2025_release() {
    let Some(cases) = check_release(REAL_NOV, 2007) else {
        return;
    };
    let count = |code: &str| {
        cases
            .iter()
            .filter(|c| c.countries[0].as_str() == code)
            .count()
    };
    assert_eq!(count("EU"), 65, "European Union");
    assert_eq!(count("TR"), 2, "Türkiye");
    assert_eq!(count("DK"), 74, "\"Denmark\" and \"Denmark \"");
    let ai = cases
        .iter()
        .filter(|c| c.technologies.first().map(String::as_str) == Some("artificial_intelligence"))
        .count();
    assert_eq!(
        ai,
        1596 + 9,
        "Artificial Intelligence and Artificial intelligence as primary technology"
    );
    let blockchain = cases
        .iter()
        .filter(|c| c.technologies.iter().any(|t| t == "blockchain"))
        .count();
    assert_eq!(blockchain, 306);
    let ams = by_id(&cases)["PSTW-1"];
    assert_eq!(ams.slug, "ams-public-empolyment-service-pstw-1");
}

#[test]
fn the_real_june_2025_release() {
    let Some(cases) = check_release(REAL_JUN, 1826) else {
        return;
    };
    let count = |code: &str| {
        cases
            .iter()
            .filter(|c| c.countries[0].as_str() == code)
            .count()
    };
    assert_eq!(count("TR"), 1, "Turkey");
    assert_eq!(count("EU"), 56);
}

#[test]
fn the_real_releases_compared() {
    if !Path::new(REAL_JUN).exists() || !Path::new(REAL_NOV).exists() {
        eprintln!("skipped: {REAL_JUN} or {REAL_NOV} not found");
        return;
    }
    let (jun, nov) = (independent_count(REAL_JUN), independent_count(REAL_NOV));
    let (jun_cases, _) = read_file(REAL_JUN);
    let (nov_cases, _) = read_file(REAL_NOV);
    let (old, new) = (by_id(&jun_cases), by_id(&nov_cases));
    let removed: Vec<&str> = old
        .keys()
        .filter(|id| !new.contains_key(*id))
        .copied()
        .collect();
    let added = new.keys().filter(|id| !old.contains_key(*id)).count();
    let expected_removed: Vec<&String> = jun.ids.difference(&nov.ids).collect();
    assert_eq!(removed, expected_removed);
    assert_eq!(added, nov.ids.difference(&jun.ids).count());
    assert_eq!((removed.len(), added), (1, 182));
    let mut renamed = 0;
    for (id, c) in &old {
        let Some(n) = new.get(id) else { continue };
        if jun.names[*id] == nov.names[*id] {
            assert_eq!(c.slug, n.slug, "{id} kept its name, so it keeps its slug");
        } else {
            renamed += 1;
        }
    }
    assert_eq!(
        renamed, 24,
        "records renamed between the releases (their slugs may change)"
    );
}
