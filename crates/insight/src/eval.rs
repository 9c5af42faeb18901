//! Honest measurements on the Public Sector Tech Watch releases: label suggestion on a
//! seeded held-out split (top-1/top-3 accuracy for COFOG sector and primary technology,
//! micro-averaged precision/recall/F1 for AI subdomains, each beside a most-frequent-class
//! baseline) and duplicate detection across two releases (precision and recall against
//! the cases whose text changed between them). The PSTW columns are read raw here, since
//! the case mapping folds them into our vocabularies; the caller opens the files.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::time::Instant;

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use crate::duplicates::{DuplicateConfig, DuplicateIndex};
use crate::suggest::{Example, SuggestConfig, Suggester};

/// The PSTW columns the evaluations use, values trimmed and lower-cased.
#[derive(Debug, Clone, PartialEq)]
pub struct PstwRow {
    pub id: String,
    pub title: String,
    pub description: String,
    pub year: Option<i32>,
    /// COFOG level I.
    pub sector: String,
    /// Primary technology.
    pub technology: String,
    /// The four AI subdomain columns, without blanks and repeats.
    pub ai_subdomains: Vec<String>,
}

impl PstwRow {
    /// Title and description, the texts the evaluations read.
    pub fn text(&self) -> String {
        format!("{}\n{}", self.title, self.description)
    }
}

const SUBDOMAIN_COLUMNS: [&str; 4] = [
    "AI Classification Subdomain (II) (main)",
    "AI Classification Subdomain (II) (Other I)",
    "AI Classification Subdomain (II) (Other II)",
    "AI Classification Subdomain (II) (Other III)",
];

fn label(value: &str) -> String {
    value
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches('.')
        .to_lowercase()
}

/// Reads a PSTW CSV release (UTF-8, with or without a byte-order mark).
pub fn read_pstw<R: Read>(reader: R) -> Result<Vec<PstwRow>, csv::Error> {
    let mut csv = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
    let headers = csv.headers()?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}').trim() == name)
    };
    let id = column("PSTW ID");
    let (title, description, year) = (column("Name"), column("Description"), column("Start Year"));
    let sector = column("Functions of Government (COFOG level I)");
    let technology = column("Primary Technology");
    let subdomains: Vec<Option<usize>> = SUBDOMAIN_COLUMNS.iter().map(|c| column(c)).collect();
    let mut rows = Vec::new();
    for record in csv.records() {
        let record = record?;
        let get = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").trim();
        let id = get(id);
        if id.is_empty() {
            continue;
        }
        let mut ai_subdomains: Vec<String> = subdomains
            .iter()
            .map(|&c| label(get(c)))
            .filter(|s| !s.is_empty())
            .collect();
        ai_subdomains.sort();
        ai_subdomains.dedup();
        rows.push(PstwRow {
            id: id.to_string(),
            title: get(title).to_string(),
            description: get(description).to_string(),
            year: get(year).parse().ok(),
            sector: label(get(sector)),
            technology: label(get(technology)),
            ai_subdomains,
        });
    }
    Ok(rows)
}

const SECTOR: &str = "cofog";
const TECHNOLOGY: &str = "technology";
const AI: &str = "ai_subdomains";

fn example(row: &PstwRow) -> Example {
    let one = |v: &str| {
        if v.is_empty() {
            vec![]
        } else {
            vec![v.to_string()]
        }
    };
    let mut labels = BTreeMap::new();
    labels.insert(SECTOR.to_string(), one(&row.sector));
    labels.insert(TECHNOLOGY.to_string(), one(&row.technology));
    labels.insert(AI.to_string(), row.ai_subdomains.clone());
    Example {
        text: row.text(),
        language: "en".into(),
        labels,
    }
}

/// Top-1 and top-3 accuracy of a single-label field, and the baseline's (always the most
/// frequent training labels).
#[derive(Debug, Clone, PartialEq)]
pub struct Accuracy {
    pub cases: usize,
    pub top1: f64,
    pub top3: f64,
    pub baseline_top1: f64,
    pub baseline_top3: f64,
}

/// Micro-averaged scores of a multi-label field, and the baseline's (always the single most
/// frequent training label).
#[derive(Debug, Clone, PartialEq)]
pub struct MicroScores {
    pub cases: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub baseline_precision: f64,
    pub baseline_recall: f64,
    pub baseline_f1: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TagEvaluation {
    pub train: usize,
    pub test: usize,
    pub sector: Accuracy,
    pub technology: Accuracy,
    pub ai_subdomains: MicroScores,
    /// Mean wall time of one suggestion (all fields) over the test drafts.
    pub ms_per_draft: f64,
    pub max_ms_per_draft: f64,
}

/// Trains on a seeded shuffle's first `1 − test_share` of the rows, tests on the rest.
/// For AI subdomains a draft's prediction is its selected labels, or its top label when
/// none reaches the threshold; only test rows with AI subdomains are scored there.
pub fn evaluate_tags(
    rows: &[PstwRow],
    seed: u64,
    test_share: f64,
    config: SuggestConfig,
) -> TagEvaluation {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.shuffle(&mut ChaCha8Rng::seed_from_u64(seed));
    let test_len = ((rows.len() as f64) * test_share.clamp(0.0, 1.0)).round() as usize;
    let (test, train) = order.split_at(test_len.min(rows.len()));
    let examples: Vec<Example> = train.iter().map(|&i| example(&rows[i])).collect();
    let suggester = Suggester::train(&examples, config);

    let frequent = |field: &str| -> Vec<String> {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for e in &examples {
            for l in e.labels.get(field).into_iter().flatten() {
                *counts.entry(l).or_default() += 1;
            }
        }
        let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v.into_iter().map(|(l, _)| l.to_string()).collect()
    };
    let (sector_base, tech_base, ai_base) = (frequent(SECTOR), frequent(TECHNOLOGY), frequent(AI));

    let mut sector = Tally::default();
    let mut technology = Tally::default();
    let mut ai = MicroTally::default();
    let (mut total_ms, mut max_ms) = (0.0f64, 0.0f64);
    for &i in test {
        let row = &rows[i];
        let start = Instant::now();
        let suggestions = suggester.suggest(&row.text(), "en");
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        total_ms += ms;
        max_ms = max_ms.max(ms);
        let ranked = |field: &str| -> Vec<String> {
            suggestions
                .get(field)
                .into_iter()
                .flatten()
                .map(|s| s.label.clone())
                .collect()
        };
        if !row.sector.is_empty() {
            sector.add(&row.sector, &ranked(SECTOR), &sector_base);
        }
        if !row.technology.is_empty() {
            technology.add(&row.technology, &ranked(TECHNOLOGY), &tech_base);
        }
        if !row.ai_subdomains.is_empty() {
            let all = suggestions.get(AI).cloned().unwrap_or_default();
            let mut predicted: Vec<String> = all
                .iter()
                .filter(|s| s.selected)
                .map(|s| s.label.clone())
                .collect();
            if predicted.is_empty() {
                predicted.extend(all.first().map(|s| s.label.clone()));
            }
            ai.add(
                &row.ai_subdomains,
                &predicted,
                &ai_base[..ai_base.len().min(1)],
            );
        }
    }
    TagEvaluation {
        train: train.len(),
        test: test.len(),
        sector: sector.finish(),
        technology: technology.finish(),
        ai_subdomains: ai.finish(),
        ms_per_draft: total_ms / test.len().max(1) as f64,
        max_ms_per_draft: max_ms,
    }
}

#[derive(Default)]
struct Tally {
    cases: usize,
    top1: usize,
    top3: usize,
    base1: usize,
    base3: usize,
}

impl Tally {
    fn add(&mut self, truth: &str, ranked: &[String], baseline: &[String]) {
        let within = |list: &[String], n: usize| list.iter().take(n).any(|l| l == truth);
        self.cases += 1;
        self.top1 += within(ranked, 1) as usize;
        self.top3 += within(ranked, 3) as usize;
        self.base1 += within(baseline, 1) as usize;
        self.base3 += within(baseline, 3) as usize;
    }

    fn finish(&self) -> Accuracy {
        let r = |x: usize| x as f64 / self.cases.max(1) as f64;
        Accuracy {
            cases: self.cases,
            top1: r(self.top1),
            top3: r(self.top3),
            baseline_top1: r(self.base1),
            baseline_top3: r(self.base3),
        }
    }
}

#[derive(Default)]
struct MicroTally {
    cases: usize,
    /// (true positives, predicted, actual) for the model and the baseline.
    model: (usize, usize, usize),
    baseline: (usize, usize, usize),
}

impl MicroTally {
    fn add(&mut self, truth: &[String], predicted: &[String], baseline: &[String]) {
        self.cases += 1;
        for (counts, guess) in [(&mut self.model, predicted), (&mut self.baseline, baseline)] {
            counts.0 += guess.iter().filter(|g| truth.contains(g)).count();
            counts.1 += guess.len();
            counts.2 += truth.len();
        }
    }

    fn finish(&self) -> MicroScores {
        let prf = |(tp, predicted, actual): (usize, usize, usize)| {
            let p = tp as f64 / predicted.max(1) as f64;
            let r = tp as f64 / actual.max(1) as f64;
            let f = if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
            (p, r, f)
        };
        let (precision, recall, f1) = prf(self.model);
        let (baseline_precision, baseline_recall, baseline_f1) = prf(self.baseline);
        MicroScores {
            cases: self.cases,
            precision,
            recall,
            f1,
            baseline_precision,
            baseline_recall,
            baseline_f1,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DuplicateEvaluation {
    pub threshold: f64,
    pub old: usize,
    pub new: usize,
    /// Ids in both releases.
    pub shared: usize,
    /// Ids in both releases whose title or description changed: the pairs to find.
    pub edited: usize,
    pub true_positives: usize,
    /// Flagged pairs of different ids (old id, new id, Jaccard): wrong, or duplicates
    /// within the dataset itself.
    pub false_positives: Vec<(String, String, f64)>,
    /// Edited pairs not flagged, with their exact Jaccard.
    pub missed: Vec<(String, f64)>,
    pub precision: f64,
    pub recall: f64,
}

/// Indexes the new release, looks up every old row in it, and scores the pairs it flags:
/// a same-id pair with changed text is a true positive, a pair of different ids a false
/// positive; same-id pairs with unchanged text are left out (they test nothing).
pub fn evaluate_duplicates(
    old: &[PstwRow],
    new: &[PstwRow],
    config: DuplicateConfig,
) -> DuplicateEvaluation {
    let mut index = DuplicateIndex::new(config);
    let mut new_by_id: HashMap<&str, &PstwRow> = HashMap::new();
    for row in new {
        index.insert(row.id.clone(), &row.text());
        new_by_id.insert(&row.id, row);
    }
    let (mut shared, mut edited, mut true_positives) = (0, 0, 0);
    let mut false_positives = Vec::new();
    let mut missed = Vec::new();
    for row in old {
        let counterpart = new_by_id.get(row.id.as_str());
        let changed = counterpart.map(|c| c.text() != row.text());
        if counterpart.is_some() {
            shared += 1;
        }
        if changed == Some(true) {
            edited += 1;
        }
        let mut found_counterpart = false;
        for m in index.find(&row.text()) {
            if m.id == row.id {
                found_counterpart = true;
                if changed == Some(true) {
                    true_positives += 1;
                }
            } else {
                false_positives.push((row.id.clone(), m.id, m.similarity));
            }
        }
        if changed == Some(true)
            && !found_counterpart
            && let Some(c) = counterpart
        {
            let shingles = |t: &str| crate::duplicates::shingles(t, config.shingle_words);
            let j = crate::duplicates::jaccard(&shingles(&row.text()), &shingles(&c.text()));
            missed.push((row.id.clone(), j));
        }
    }
    let flagged = true_positives + false_positives.len();
    DuplicateEvaluation {
        threshold: config.threshold,
        old: old.len(),
        new: new.len(),
        shared,
        edited,
        true_positives,
        false_positives,
        missed,
        precision: true_positives as f64 / flagged.max(1) as f64,
        recall: true_positives as f64 / edited.max(1) as f64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = "\u{feff}PSTW ID,Name,Description,Start Year,Functions of Government (COFOG level I),Primary Technology,AI Classification Subdomain (II) (main),AI Classification Subdomain (II) (Other I),AI Classification Subdomain (II) (Other II),AI Classification Subdomain (II) (Other III), Status\n\
        PSTW-1,Chatbot,\"A chatbot answers\nquestions.\",2020,Health ,Artificial intelligence,Natural language processing,Machine learning,,Natural Language Processing,In use\n\
        ,No id,,,,,,,,,\n";

    #[test]
    fn reads_raw_columns_normalised() {
        let rows = read_pstw(CSV.as_bytes()).unwrap();
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!(row.id, "PSTW-1");
        assert_eq!(row.year, Some(2020));
        assert_eq!(row.sector, "health");
        assert_eq!(row.technology, "artificial intelligence");
        assert_eq!(
            row.ai_subdomains,
            ["machine learning", "natural language processing"]
        );
        assert_eq!(row.text(), "Chatbot\nA chatbot answers\nquestions.");
    }

    fn row(id: &str, text: &str, sector: &str, tech: &str, ai: &[&str]) -> PstwRow {
        PstwRow {
            id: id.into(),
            title: String::new(),
            description: text.into(),
            year: Some(2020),
            sector: sector.into(),
            technology: tech.into(),
            ai_subdomains: ai.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn tag_evaluation_beats_the_baseline_on_separable_data() {
        let mut rows = Vec::new();
        for i in 0..40 {
            rows.push(row(
                &format!("h{i}"),
                &format!("hospital patients radiology imaging {i}"),
                "health",
                "artificial intelligence",
                &["computer vision"],
            ));
            rows.push(row(
                &format!("l{i}"),
                &format!("land registry notaries ledger {i}"),
                "economic affairs",
                "blockchain",
                &[],
            ));
            rows.push(row(
                &format!("c{i}"),
                &format!("citizens questions chatbot answers {i}"),
                "general public services",
                "artificial intelligence",
                &["natural language processing"],
            ));
        }
        let e = evaluate_tags(&rows, 5, 0.25, SuggestConfig::default());
        assert_eq!((e.train, e.test), (90, 30));
        assert_eq!(e.sector.top1, 1.0);
        assert!(e.sector.baseline_top1 < 0.5);
        assert_eq!(e.technology.top1, 1.0);
        assert_eq!(e.ai_subdomains.f1, 1.0);
        assert!(e.ai_subdomains.baseline_f1 < 0.7);
        assert_eq!(
            evaluate_tags(&rows, 5, 0.25, SuggestConfig::default()).sector,
            e.sector
        );
    }

    #[test]
    fn duplicate_evaluation_counts_edited_pairs() {
        let text = "the regional health agency uses machine learning to predict hospital bed occupancy \
                    over the next two weeks and shares the forecast with every hospital in the region";
        let old = vec![
            row("1", text, "", "", &[]),
            row(
                "2",
                "a blockchain registry of land titles for notaries and banks in the capital",
                "",
                "",
                &[],
            ),
            row(
                "3",
                "unchanged text about school timetables planned by an optimisation solver",
                "",
                "",
                &[],
            ),
        ];
        let new = vec![
            row("1", &text.replace("two weeks", "three weeks"), "", "", &[]),
            row(
                "2",
                "quantum computers schedule trains for the national railway operator",
                "",
                "",
                &[],
            ),
            row(
                "3",
                "unchanged text about school timetables planned by an optimisation solver",
                "",
                "",
                &[],
            ),
        ];
        let e = evaluate_duplicates(&old, &new, DuplicateConfig::default());
        assert_eq!((e.shared, e.edited, e.true_positives), (3, 2, 1));
        assert!(e.false_positives.is_empty());
        assert_eq!(e.missed.len(), 1);
        assert_eq!(e.missed[0].0, "2");
        assert_eq!((e.precision, e.recall), (1.0, 0.5));
    }
}
