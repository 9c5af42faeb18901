//! Theme discovery: groups documents into themes by spherical k-means over their TF-IDF
//! vectors (cosine similarity, k-means++ seeding with a seeded ChaCha RNG, the best of a few
//! seeded starts). When k is not given, each k in a range (4..=12 by default) is fitted on
//! a seeded sample of documents (1 000 by default) and the k with the best mean silhouette
//! there (cosine distance) is then fitted on all documents.
//! Each theme is labelled by its centroid's heaviest terms (shown as most often written),
//! with its size, its most representative documents and its count per year.
//! Deterministic: the same documents and seed give the same themes. No I/O.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use observa_domain::case::Case;
use rand::Rng;
use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use crate::text::{SparseVector, Vocabulary, VocabularyConfig, case_text, tfidf};

/// A text to group, with the id to report it by and its year.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub id: String,
    pub text: String,
    /// ISO 639-1 code, for stop words and stemming.
    pub language: String,
    pub year: Option<i32>,
}

impl Document {
    /// A case as a document, identified by its slug, dated by its launch year.
    pub fn from_case(case: &Case) -> Document {
        Document {
            id: case.slug.clone(),
            text: case_text(case),
            language: case.language.clone(),
            year: case.year_launched,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ThemeConfig {
    /// How many themes; `None` chooses by silhouette within `k_range`.
    pub k: Option<usize>,
    pub k_range: RangeInclusive<usize>,
    pub seed: u64,
    /// Seeded starts per k; the one with the highest total similarity wins.
    pub starts: usize,
    pub max_iterations: usize,
    /// How many documents each candidate k is fitted and scored on.
    pub silhouette_sample: usize,
    pub label_terms: usize,
    pub representatives: usize,
    pub vocabulary: VocabularyConfig,
}

impl Default for ThemeConfig {
    fn default() -> Self {
        ThemeConfig {
            k: None,
            k_range: 4..=12,
            seed: 1,
            starts: 3,
            max_iterations: 40,
            silhouette_sample: 1000,
            label_terms: 4,
            representatives: 5,
            vocabulary: VocabularyConfig {
                min_doc_freq: 3,
                max_doc_share: 0.3,
            },
        }
    }
}

/// One theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// The heaviest terms of the centroid, most weighty first, as people write them.
    pub label: Vec<String>,
    pub size: usize,
    /// Ids of the documents closest to the centroid, with their cosine similarity.
    pub representatives: Vec<(String, f32)>,
    /// Documents per year (documents without a year are not counted here).
    pub per_year: BTreeMap<i32, u32>,
}

/// How k was settled.
#[derive(Debug, Clone, PartialEq)]
pub enum KChoice {
    Given,
    /// Mean silhouette for each k tried; the best (the smallest k on a tie) was kept.
    Silhouette(Vec<(usize, f64)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Themes {
    /// Largest theme first.
    pub themes: Vec<Theme>,
    /// For each input document, the index of its theme in `themes` (`None` for a document
    /// with no term in the vocabulary).
    pub assignments: Vec<Option<usize>>,
    pub k_choice: KChoice,
}

/// A k-means result over vectors: dense unit centroids and each vector's cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct Clustering {
    pub centroids: Vec<Vec<f32>>,
    pub assignment: Vec<usize>,
    /// Each vector's cosine similarity to its centroid.
    pub similarity: Vec<f32>,
}

impl Clustering {
    /// The sum of every vector's similarity to its centroid (what k-means maximises).
    pub fn cohesion(&self) -> f64 {
        self.similarity.iter().map(|&s| s as f64).sum()
    }
}

/// Spherical k-means over non-empty unit vectors of dimension `dim`, from k-means++ seeds.
/// `k` must be between 1 and the number of vectors.
pub fn kmeans(
    vectors: &[SparseVector],
    dim: usize,
    k: usize,
    rng: &mut ChaCha8Rng,
    max_iterations: usize,
) -> Clustering {
    assert!(k >= 1 && k <= vectors.len(), "k out of range");
    let n = vectors.len();
    // k-means++: each next seed drawn with probability proportional to the squared cosine
    // distance to the nearest seed so far.
    let mut centroids: Vec<Vec<f32>> = Vec::with_capacity(k);
    let mut nearest = vec![f32::INFINITY; n];
    let mut next = rng.random_range(0..n);
    while centroids.len() < k {
        let centroid = dense(&vectors[next], dim);
        for (i, v) in vectors.iter().enumerate() {
            let d = (1.0 - v.dot_dense(&centroid)).max(0.0);
            nearest[i] = nearest[i].min(d * d);
        }
        centroids.push(centroid);
        let total: f64 = nearest.iter().map(|&d| d as f64).sum();
        next = if total <= 0.0 {
            rng.random_range(0..n)
        } else {
            let mut target = rng.random::<f64>() * total;
            let mut chosen = n - 1;
            for (i, &d) in nearest.iter().enumerate() {
                target -= d as f64;
                if target <= 0.0 && d > 0.0 {
                    chosen = i;
                    break;
                }
            }
            chosen
        };
    }

    let mut assignment = vec![usize::MAX; n];
    let mut similarity = vec![0.0; n];
    for _ in 0..max_iterations.max(1) {
        let mut changed = false;
        for (i, v) in vectors.iter().enumerate() {
            let (best, sim) = closest(v, &centroids);
            similarity[i] = sim;
            if assignment[i] != best {
                assignment[i] = best;
                changed = true;
            }
        }
        if !changed {
            break;
        }
        let mut sums = vec![vec![0.0f32; dim]; k];
        let mut sizes = vec![0usize; k];
        for (v, &c) in vectors.iter().zip(&assignment) {
            sizes[c] += 1;
            for (&id, &w) in v.ids.iter().zip(&v.weights) {
                sums[c][id as usize] += w;
            }
        }
        for c in 0..k {
            if sizes[c] == 0 {
                // An empty cluster takes the vector its centroid fits worst.
                let worst = (0..n)
                    .min_by(|&a, &b| similarity[a].total_cmp(&similarity[b]))
                    .unwrap_or(0);
                sums[c] = dense(&vectors[worst], dim);
                similarity[worst] = 1.0;
            }
            normalise(&mut sums[c]);
        }
        centroids = sums;
    }
    for (i, v) in vectors.iter().enumerate() {
        let (best, sim) = closest(v, &centroids);
        assignment[i] = best;
        similarity[i] = sim;
    }
    Clustering {
        centroids,
        assignment,
        similarity,
    }
}

fn dense(v: &SparseVector, dim: usize) -> Vec<f32> {
    let mut d = vec![0.0; dim];
    for (&id, &w) in v.ids.iter().zip(&v.weights) {
        d[id as usize] = w;
    }
    d
}

fn normalise(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}

fn closest(v: &SparseVector, centroids: &[Vec<f32>]) -> (usize, f32) {
    let mut best = (0, f32::NEG_INFINITY);
    for (c, centroid) in centroids.iter().enumerate() {
        let s = v.dot_dense(centroid);
        if s > best.1 {
            best = (c, s);
        }
    }
    best
}

/// The best of `starts` seeded k-means runs.
fn best_kmeans(vectors: &[SparseVector], dim: usize, k: usize, config: &ThemeConfig) -> Clustering {
    let mut best: Option<Clustering> = None;
    for start in 0..config.starts.max(1) {
        let mut rng = ChaCha8Rng::seed_from_u64(
            config.seed ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ start as u64,
        );
        let run = kmeans(vectors, dim, k, &mut rng, config.max_iterations);
        if best.as_ref().is_none_or(|b| run.cohesion() > b.cohesion()) {
            best = Some(run);
        }
    }
    best.expect("at least one start")
}

/// The mean silhouette of a clustering, with cosine distance, over the pairwise distances
/// of a sample (`distances[i][j]` between sample members `i` and `j`).
fn silhouette(distances: &[Vec<f32>], labels: &[usize], k: usize) -> f64 {
    let mut total = 0.0;
    for i in 0..labels.len() {
        let mut sum = vec![0.0f64; k];
        let mut count = vec![0usize; k];
        for j in 0..labels.len() {
            if i != j {
                sum[labels[j]] += distances[i][j] as f64;
                count[labels[j]] += 1;
            }
        }
        let own = labels[i];
        if count[own] == 0 {
            continue; // a singleton's silhouette is 0
        }
        let a = sum[own] / count[own] as f64;
        let b = (0..k)
            .filter(|&c| c != own && count[c] > 0)
            .map(|c| sum[c] / count[c] as f64)
            .fold(f64::INFINITY, f64::min);
        if b.is_finite() {
            total += (b - a) / a.max(b).max(f64::MIN_POSITIVE);
        }
    }
    total / labels.len().max(1) as f64
}

/// Groups documents into themes.
pub fn discover(documents: &[Document], config: &ThemeConfig) -> Themes {
    let (vocabulary, vectors) = tfidf(
        documents
            .iter()
            .map(|d| (d.text.as_str(), d.language.as_str())),
        config.vocabulary,
    );
    discover_vectors(documents, &vocabulary, &vectors, config)
}

/// Groups documents into themes, from their vectors under `vocabulary`.
pub fn discover_vectors(
    documents: &[Document],
    vocabulary: &Vocabulary,
    vectors: &[SparseVector],
    config: &ThemeConfig,
) -> Themes {
    let usable: Vec<usize> = (0..vectors.len())
        .filter(|&i| !vectors[i].is_empty())
        .collect();
    let points: Vec<SparseVector> = usable.iter().map(|&i| vectors[i].clone()).collect();
    let dim = vocabulary.len();
    if points.is_empty() {
        return Themes {
            themes: vec![],
            assignments: vec![None; documents.len()],
            k_choice: KChoice::Given,
        };
    }
    let (clustering, k_choice) = match config.k {
        Some(k) => (
            best_kmeans(&points, dim, k.clamp(1, points.len()), config),
            KChoice::Given,
        ),
        None => {
            let mut rng = ChaCha8Rng::seed_from_u64(config.seed);
            let size = config.silhouette_sample.min(points.len());
            let mut members: Vec<usize> = (0..points.len()).collect();
            members.shuffle(&mut rng);
            members.truncate(size);
            members.sort_unstable();
            let distances: Vec<Vec<f32>> = members
                .iter()
                .map(|&i| {
                    members
                        .iter()
                        .map(|&j| (1.0f32 - points[i].dot(&points[j])).max(0.0))
                        .collect()
                })
                .collect();
            // Each k is fitted on the sample and scored there; only the chosen k is then
            // fitted on every document (the same run when the sample is everything).
            let whole = members.len() == points.len();
            let subset: Vec<SparseVector> = if whole {
                vec![]
            } else {
                members.iter().map(|&i| points[i].clone()).collect()
            };
            let fit_on: &[SparseVector] = if whole { &points } else { &subset };
            let mut scores = Vec::new();
            let mut best: Option<(f64, usize, Clustering)> = None;
            for k in config.k_range.clone() {
                if k < 2 || k > fit_on.len() {
                    continue;
                }
                let run = best_kmeans(fit_on, dim, k, config);
                let score = silhouette(&distances, &run.assignment, k);
                scores.push((k, score));
                if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                    best = Some((score, k, run));
                }
            }
            match best {
                Some((_, _, run)) if whole => (run, KChoice::Silhouette(scores)),
                Some((_, k, _)) => (
                    best_kmeans(&points, dim, k, config),
                    KChoice::Silhouette(scores),
                ),
                None => (best_kmeans(&points, dim, 1, config), KChoice::Given),
            }
        }
    };
    build_themes(
        documents,
        vocabulary,
        &usable,
        &clustering,
        config,
        k_choice,
    )
}

fn build_themes(
    documents: &[Document],
    vocabulary: &Vocabulary,
    usable: &[usize],
    clustering: &Clustering,
    config: &ThemeConfig,
    k_choice: KChoice,
) -> Themes {
    let k = clustering.centroids.len();
    let mut members: Vec<Vec<usize>> = vec![vec![]; k];
    for (p, &c) in clustering.assignment.iter().enumerate() {
        members[c].push(p);
    }
    // Largest first; ties by the first member's position, so the order is stable.
    let mut order: Vec<usize> = (0..k).filter(|&c| !members[c].is_empty()).collect();
    order.sort_by_key(|&c| (std::cmp::Reverse(members[c].len()), members[c][0]));
    let mut rank = vec![usize::MAX; k];
    for (r, &c) in order.iter().enumerate() {
        rank[c] = r;
    }
    let themes = order
        .iter()
        .map(|&c| {
            let centroid = &clustering.centroids[c];
            let mut terms: Vec<usize> =
                (0..centroid.len()).filter(|&t| centroid[t] > 0.0).collect();
            terms.sort_by(|&a, &b| centroid[b].total_cmp(&centroid[a]).then(a.cmp(&b)));
            let label = terms
                .iter()
                .take(config.label_terms)
                .map(|&t| vocabulary.surface(t as u32).to_string())
                .collect();
            let mut closest = members[c].clone();
            closest.sort_by(|&a, &b| {
                clustering.similarity[b]
                    .total_cmp(&clustering.similarity[a])
                    .then(a.cmp(&b))
            });
            let representatives = closest
                .iter()
                .take(config.representatives)
                .map(|&p| (documents[usable[p]].id.clone(), clustering.similarity[p]))
                .collect();
            let mut per_year = BTreeMap::new();
            for &p in &members[c] {
                if let Some(year) = documents[usable[p]].year {
                    *per_year.entry(year).or_insert(0) += 1;
                }
            }
            Theme {
                label,
                size: members[c].len(),
                representatives,
                per_year,
            }
        })
        .collect();
    let mut assignments = vec![None; documents.len()];
    for (p, &c) in clustering.assignment.iter().enumerate() {
        assignments[usable[p]] = Some(rank[c]);
    }
    Themes {
        themes,
        assignments,
        k_choice,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Vec<Document> {
        let topics = [
            "chatbot answers citizens questions about permits virtual assistant",
            "blockchain ledger registry land titles distributed ledger",
            "traffic sensors predict congestion road transport buses",
        ];
        let fillers = ["municipality", "ministry", "agency", "region", "city"];
        let mut docs = Vec::new();
        for i in 0..60 {
            let topic = topics[i % 3];
            let filler = fillers[i % 5];
            let words: Vec<&str> = topic.split(' ').collect();
            // Each document takes most of its topic's words, in a rotating order.
            let text: Vec<&str> = (0..words.len() - 1)
                .map(|j| words[(i + j) % words.len()])
                .collect();
            docs.push(Document {
                id: format!("doc-{i}"),
                text: format!("{} {filler}", text.join(" ")),
                language: "en".into(),
                year: Some(2018 + (i as i32 % 5)),
            });
        }
        docs
    }

    fn small_config() -> ThemeConfig {
        ThemeConfig {
            k_range: 2..=5,
            vocabulary: VocabularyConfig {
                min_doc_freq: 2,
                max_doc_share: 0.5,
            },
            ..ThemeConfig::default()
        }
    }

    #[test]
    fn finds_the_planted_topics_and_labels_them() {
        let docs = corpus();
        let themes = discover(&docs, &small_config());
        assert_eq!(themes.themes.len(), 3, "{:?}", themes.k_choice);
        assert!(matches!(themes.k_choice, KChoice::Silhouette(_)));
        for theme in &themes.themes {
            assert_eq!(theme.size, 20);
            assert_eq!(theme.per_year.values().sum::<u32>(), 20);
            assert_eq!(theme.representatives.len(), 5);
        }
        // Documents of one topic share a theme.
        for (i, a) in themes.assignments.iter().enumerate() {
            assert_eq!(*a, themes.assignments[i % 3]);
        }
        let labels: Vec<String> = themes.themes.iter().map(|t| t.label.join(" ")).collect();
        assert!(labels.iter().any(|l| l.contains("ledger")), "{labels:?}");
        assert!(labels.iter().any(|l| l.contains("assistant")), "{labels:?}");
    }

    #[test]
    fn same_seed_same_themes() {
        let docs = corpus();
        let config = ThemeConfig {
            k: Some(4),
            seed: 7,
            ..small_config()
        };
        assert_eq!(discover(&docs, &config), discover(&docs, &config));
        let auto = small_config();
        assert_eq!(discover(&docs, &auto), discover(&docs, &auto));
    }

    #[test]
    fn empty_and_wordless_documents() {
        assert!(discover(&[], &small_config()).themes.is_empty());
        let mut docs = corpus();
        docs.push(Document {
            id: "empty".into(),
            text: "the of and".into(),
            language: "en".into(),
            year: None,
        });
        let themes = discover(&docs, &small_config());
        assert_eq!(themes.assignments.last(), Some(&None));
    }
}
