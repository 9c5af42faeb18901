//! The analytics on the real Public Sector Tech Watch releases, read from
//! `$OBSERVA_PSTW_DIR` or `../shared/data/pstw` beside the checkout. The data is not part of
//! the project: without it each test says so and passes.

use std::path::PathBuf;

use observa_insight::duplicates::DuplicateConfig;
use observa_insight::emerging::{TrendConfig, detect, series_from};
use observa_insight::eval::{PstwRow, evaluate_duplicates, evaluate_tags, read_pstw};
use observa_insight::suggest::SuggestConfig;
use observa_insight::themes::{Document, ThemeConfig, discover};

fn release(name: &str) -> Option<Vec<PstwRow>> {
    let dir = std::env::var_os("OBSERVA_PSTW_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/pstw")
        });
    let path = dir.join(name);
    match std::fs::File::open(&path) {
        Ok(file) => Some(read_pstw(file).expect("a readable PSTW release")),
        Err(_) => {
            eprintln!(
                "skipped: {} not found (set OBSERVA_PSTW_DIR)",
                path.display()
            );
            None
        }
    }
}

#[test]
fn suggestion_beats_the_most_frequent_class() {
    let Some(rows) = release("PSTW_Dataset_Nov2025.csv") else {
        return;
    };
    assert!(rows.len() > 2000);
    let e = evaluate_tags(&rows, 1, 0.2, SuggestConfig::default());
    eprintln!("{e:#?}");
    assert_eq!(e.test, (rows.len() as f64 * 0.2).round() as usize);
    assert!(e.sector.top1 > e.sector.baseline_top1 + 0.15);
    assert!(e.sector.top3 > e.sector.top1);
    assert!(e.technology.top1 > e.technology.baseline_top1);
    assert!(e.ai_subdomains.f1 > e.ai_subdomains.baseline_f1);
}

#[test]
fn duplicates_across_releases() {
    let (Some(old), Some(new)) = (
        release("PSTW_Dataset_Jun2025.csv"),
        release("PSTW_Dataset_Nov2025.csv"),
    ) else {
        return;
    };
    let e = evaluate_duplicates(&old, &new, DuplicateConfig::default());
    eprintln!(
        "edited {} found {} precision {:.3} recall {:.3}",
        e.edited, e.true_positives, e.precision, e.recall
    );
    assert!(e.edited > 100);
    assert!(e.recall > 0.6);
    assert!(e.precision > 0.5);
}

#[test]
fn themes_and_trends_on_the_november_release() {
    let Some(rows) = release("PSTW_Dataset_Nov2025.csv") else {
        return;
    };
    let documents: Vec<Document> = rows
        .iter()
        .map(|r| Document {
            id: r.id.clone(),
            text: r.text(),
            language: "en".into(),
            year: r.year,
        })
        .collect();
    let config = ThemeConfig::default();
    let themes = discover(&documents, &config);
    assert!((4..=12).contains(&themes.themes.len()));
    let placed = themes.assignments.iter().filter(|a| a.is_some()).count();
    assert_eq!(themes.themes.iter().map(|t| t.size).sum::<usize>(), placed);

    // Generative AI is the subdomain whose share grew most in recent complete years.
    let (series, totals) = series_from(
        rows.iter()
            .map(|r| (r.year, r.ai_subdomains.iter().map(String::as_str))),
    );
    let trend_config = TrendConfig {
        last_year: Some(2024),
        ..TrendConfig::default()
    };
    let trends = detect(&series, &totals, &trend_config);
    let generative = trends.iter().find(|t| t.name == "generative ai").unwrap();
    assert!(generative.emerging, "{generative:?}");
}
