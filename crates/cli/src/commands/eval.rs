//! `observa eval …`: measures the analytics of `observa_insight` and prints small tables —
//! label suggestion and duplicate detection on Public Sector Tech Watch releases, theme
//! discovery and suggestion speed on any corpus (PSTW CSV or Observa JSON Lines). Reads
//! files only; never touches the database.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, bail};
use observa_domain::case::Case;
use observa_insight::duplicates::{DuplicateConfig, DuplicateIndex};
use observa_insight::emerging::{self, TrendConfig, YearSeries};
use observa_insight::eval::{PstwRow, evaluate_duplicates, evaluate_tags, read_pstw};
use observa_insight::suggest::{Example, SuggestConfig, Suggester};
use observa_insight::themes::{Document, KChoice, ThemeConfig, discover};

fn pstw_file(path: &Path) -> anyhow::Result<PathBuf> {
    if !path.is_dir() {
        return Ok(path.to_path_buf());
    }
    // In a folder of releases, the newest: file names carry the month, so take the largest.
    let mut releases: Vec<(u64, PathBuf)> = std::fs::read_dir(path)
        .with_context(|| format!("cannot read {}", path.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("PSTW_") && n.ends_with(".csv"))
        })
        .map(|p| (std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0), p))
        .collect();
    releases.sort();
    match releases.pop() {
        Some((_, p)) => Ok(p),
        None => bail!("no PSTW_*.csv file in {}", path.display()),
    }
}

fn read_rows(path: &Path) -> anyhow::Result<Vec<PstwRow>> {
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    read_pstw(BufReader::new(file)).with_context(|| format!("cannot read {}", path.display()))
}

fn pct(x: f64) -> String {
    format!("{:.1} %", x * 100.0)
}

/// `observa eval tags`: held-out accuracy of label suggestion on a PSTW release.
pub fn tags(
    data: &Path,
    seed: u64,
    test_share: f64,
    neighbours: usize,
    threshold: f64,
) -> anyhow::Result<ExitCode> {
    if !(0.0..1.0).contains(&test_share) || test_share == 0.0 {
        bail!("--test-share must be between 0 and 1");
    }
    let path = pstw_file(data)?;
    let rows = read_rows(&path)?;
    let config = SuggestConfig {
        neighbours,
        threshold,
        ..SuggestConfig::default()
    };
    let e = evaluate_tags(&rows, seed, test_share, config);
    println!(
        "{}: {} cases, trained on {}, tested on {} (seed {seed}); kNN with {neighbours} neighbours, threshold {threshold}",
        path.display(),
        rows.len(),
        e.train,
        e.test
    );
    println!();
    println!("| target | test cases | measure | suggester | most frequent class |");
    println!("|---|---|---|---|---|");
    for (name, a) in [
        ("COFOG sector (level I)", &e.sector),
        ("primary technology", &e.technology),
    ] {
        println!(
            "| {name} | {} | top-1 accuracy | {} | {} |",
            a.cases,
            pct(a.top1),
            pct(a.baseline_top1)
        );
        println!(
            "| {name} | {} | top-3 accuracy | {} | {} |",
            a.cases,
            pct(a.top3),
            pct(a.baseline_top3)
        );
    }
    let ai = &e.ai_subdomains;
    for (measure, ours, base) in [
        ("micro precision", ai.precision, ai.baseline_precision),
        ("micro recall", ai.recall, ai.baseline_recall),
        ("micro F1", ai.f1, ai.baseline_f1),
    ] {
        println!(
            "| AI subdomains | {} | {measure} | {} | {} |",
            ai.cases,
            pct(ours),
            pct(base)
        );
    }
    println!();
    println!(
        "suggestion time: {:.2} ms per draft on average, {:.2} ms at most (all fields, this build)",
        e.ms_per_draft, e.max_ms_per_draft
    );
    Ok(ExitCode::SUCCESS)
}

/// `observa eval duplicates`: precision and recall of duplicate detection across releases.
pub fn duplicates(old: &Path, new: &Path, threshold: f64) -> anyhow::Result<ExitCode> {
    if !(0.0..=1.0).contains(&threshold) {
        bail!("--threshold must be between 0 and 1");
    }
    let (old_rows, new_rows) = (read_rows(old)?, read_rows(new)?);
    let start = Instant::now();
    let config = DuplicateConfig::for_threshold(threshold);
    let e = evaluate_duplicates(&old_rows, &new_rows, config);
    let elapsed = start.elapsed();
    // Pairs the new release itself holds twice, under two ids.
    let mut within = DuplicateIndex::new(config);
    for row in &new_rows {
        within.insert(row.id.clone(), &row.text());
    }
    let twins: std::collections::HashSet<(String, String)> = within
        .pairs()
        .into_iter()
        .flat_map(|p| [(p.a.clone(), p.b.clone()), (p.b, p.a)])
        .collect();
    let explained = e
        .false_positives
        .iter()
        .filter(|(a, b, _)| twins.contains(&(a.clone(), b.clone())))
        .count();
    println!(
        "old {}: {} cases; new {}: {} cases; {} ids in both, {} of them with changed title or description",
        old.display(),
        e.old,
        new.display(),
        e.new,
        e.shared,
        e.edited
    );
    println!(
        "detector: word {}-shingles, MinHash {} bands × {} rows, exact Jaccard ≥ {threshold}; {:.2} s for the whole comparison",
        config.shingle_words,
        config.bands,
        config.rows,
        elapsed.as_secs_f64()
    );
    println!();
    println!(
        "| threshold | edited pairs found | pairs of other ids flagged | precision | recall |"
    );
    println!("|---|---|---|---|---|");
    let mut thresholds = vec![0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
    if !thresholds.contains(&threshold) {
        thresholds.push(threshold);
        thresholds.sort_by(f64::total_cmp);
    }
    for t in thresholds {
        let s = evaluate_duplicates(&old_rows, &new_rows, DuplicateConfig::for_threshold(t));
        let mark = if t == threshold { " (chosen)" } else { "" };
        println!(
            "| {t}{mark} | {} of {} | {} | {} | {} |",
            s.true_positives,
            s.edited,
            s.false_positives.len(),
            pct(s.precision),
            pct(s.recall)
        );
    }
    println!();
    println!(
        "At {threshold}: {} of the {} pairs of other ids are texts the new release itself holds twice \
         (near-identical under two ids); not counting those, precision is {}.",
        explained,
        e.false_positives.len(),
        pct(e.true_positives as f64
            / (e.true_positives + e.false_positives.len() - explained).max(1) as f64)
    );
    let mut missed = e.missed.clone();
    missed.sort_by(|a, b| b.1.total_cmp(&a.1));
    let rewritten = missed.iter().filter(|m| m.1 < 0.2).count();
    println!(
        "Missed: {} edited cases, {} of them rewritten so far that fewer than 20 % of their 3-word shingles are shared.",
        missed.len(),
        rewritten
    );
    Ok(ExitCode::SUCCESS)
}

/// A corpus for themes: a PSTW CSV (by its `.csv` name) or Observa JSON Lines.
fn corpus(input: &Path, count: Option<usize>) -> anyhow::Result<(Vec<Document>, Vec<Example>)> {
    let limit = count.unwrap_or(usize::MAX);
    if input
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
    {
        let rows = read_rows(input)?;
        let rows = &rows[..rows.len().min(limit)];
        let documents = rows
            .iter()
            .map(|r| Document {
                id: r.id.clone(),
                text: r.text(),
                language: "en".into(),
                year: r.year,
            })
            .collect();
        let examples = rows
            .iter()
            .map(|r| {
                let mut labels = BTreeMap::new();
                labels.insert("cofog".to_string(), vec![r.sector.clone()]);
                labels.insert("technology".to_string(), vec![r.technology.clone()]);
                labels.insert("ai_subdomains".to_string(), r.ai_subdomains.clone());
                Example {
                    text: r.text(),
                    language: "en".into(),
                    labels,
                }
            })
            .collect();
        return Ok((documents, examples));
    }
    let file = File::open(input).with_context(|| format!("cannot open {}", input.display()))?;
    let mut cases: Vec<Case> = Vec::new();
    for case in observa_interchange::jsonl::read_cases(BufReader::new(file)).take(limit) {
        cases.push(
            case.map_err(|e| {
                anyhow::anyhow!("{}: line {}: {}", input.display(), e.line, e.reason)
            })?,
        );
    }
    Ok((
        cases.iter().map(Document::from_case).collect(),
        cases.iter().map(Example::from_case).collect(),
    ))
}

/// `observa eval themes`: discovers themes in a corpus, times it, and tests which themes
/// grow.
pub fn themes(
    input: &Path,
    count: Option<usize>,
    k: Option<usize>,
    seed: u64,
    last_year: Option<i32>,
) -> anyhow::Result<ExitCode> {
    let (documents, _) = corpus(input, count)?;
    let config = ThemeConfig {
        k,
        seed,
        ..ThemeConfig::default()
    };
    let start = Instant::now();
    let themes = discover(&documents, &config);
    let elapsed = start.elapsed();
    println!(
        "{} documents from {}: {} themes in {:.2} s (analysis, TF-IDF, clustering{}; seed {seed})",
        documents.len(),
        input.display(),
        themes.themes.len(),
        elapsed.as_secs_f64(),
        if k.is_none() { ", choice of k" } else { "" }
    );
    if let KChoice::Silhouette(scores) = &themes.k_choice {
        let scores: Vec<String> = scores.iter().map(|(k, s)| format!("{k}: {s:.4}")).collect();
        println!(
            "mean silhouette by k (cosine, sample of {}): {}",
            config.silhouette_sample,
            scores.join(", ")
        );
    }
    println!();
    let mut totals: BTreeMap<i32, u32> = BTreeMap::new();
    for d in &documents {
        if let Some(y) = d.year {
            *totals.entry(y).or_default() += 1;
        }
    }
    let series: Vec<YearSeries> = themes
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| YearSeries {
            name: format!("{}: {}", i + 1, t.label.join(", ")),
            counts: t.per_year.clone(),
        })
        .collect();
    for (i, theme) in themes.themes.iter().enumerate() {
        let examples: Vec<&str> = theme
            .representatives
            .iter()
            .take(3)
            .map(|r| r.0.as_str())
            .collect();
        println!(
            "{:>2}. {} — {} documents; closest: {}",
            i + 1,
            theme.label.join(", "),
            theme.size,
            examples.join(", ")
        );
    }
    let trend_config = TrendConfig {
        last_year,
        ..TrendConfig::default()
    };
    let trends = emerging::detect(&series, &totals, &trend_config);
    println!();
    println!(
        "Themes whose share grew in the last {} years (conditional binomial test of two rates, \
         Benjamini–Hochberg q ≤ {}, at least {} recent documents):",
        trend_config.recent_years, trend_config.max_q, trend_config.min_count
    );
    let emerging: Vec<_> = trends.iter().filter(|t| t.emerging).collect();
    if emerging.is_empty() {
        println!("  none");
    }
    for t in emerging {
        let years: Vec<String> = t
            .series
            .iter()
            .map(|(y, n, _)| format!("{y}:{n}"))
            .collect();
        println!(
            "  {} — share {} → {}, rate ratio {:.2}, z {:.1}, p {:.2e}, q {:.2e}; {}",
            t.name,
            pct(t.baseline_share),
            pct(t.recent_share),
            t.rate_ratio,
            t.z,
            t.p_value,
            t.q_value,
            years.join(" ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `observa eval suggest`: how long one suggestion takes, trained on a corpus less the drafts.
pub fn suggest(input: &Path, count: Option<usize>, drafts: usize) -> anyhow::Result<ExitCode> {
    let (_, examples) = corpus(input, count)?;
    if examples.len() <= drafts {
        bail!(
            "the corpus has {} cases: fewer than the drafts plus one",
            examples.len()
        );
    }
    let (train, test) = examples.split_at(examples.len() - drafts);
    let start = Instant::now();
    let suggester = Suggester::train(train, SuggestConfig::default());
    let trained = start.elapsed();
    let mut times: Vec<f64> = test
        .iter()
        .map(|draft| {
            let start = Instant::now();
            let suggestions = suggester.suggest(&draft.text, &draft.language);
            std::hint::black_box(suggestions);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    let p95 = times[(times.len() * 95 / 100).min(times.len() - 1)];
    println!(
        "trained on {} cases in {:.2} s; {} drafts: {:.2} ms per draft on average, {:.2} ms at the 95th percentile, {:.2} ms at most",
        train.len(),
        trained.as_secs_f64(),
        test.len(),
        mean,
        p95,
        times[times.len() - 1]
    );
    Ok(ExitCode::SUCCESS)
}
