//! Label suggestion for a draft: given its texts, which sector, technologies, tags and
//! innovation facets (or any other labelled field) it most likely has, with a confidence.
//!
//! The model is a weighted k-nearest-neighbour vote over TF-IDF vectors: the draft's
//! vector is compared (cosine, through an inverted index) with every training text, and
//! for each field the `neighbours` most similar texts that carry labels in that field vote
//! with their similarity. A label's confidence is its share of the votes (0..=1), so for a
//! single-label field the confidences sum to 1 and for a multi-label field each says how
//! much of the neighbourhood carries it; labels at or over `threshold` are `selected`. A
//! training text without labels in a field is not a vote against them: it is left out of
//! that field. A draft sharing no term with the training texts gets the fields' overall
//! label frequencies, none selected. Training and suggestion are pure and deterministic.

use std::collections::{BTreeMap, HashMap};

use observa_domain::case::Case;
use observa_domain::vocab::Vocabulary as _;

use crate::text::{Analyser, SparseVector, Token, Vocabulary, VocabularyConfig, case_text};

/// The fields [`Example::from_case`] fills.
pub const SECTOR: &str = "sector";
pub const TECHNOLOGIES: &str = "technologies";
pub const TAGS: &str = "tags";
pub const FACETS: &str = "facets";

/// A labelled text to learn from.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub text: String,
    /// ISO 639-1 code, for stop words and stemming.
    pub language: String,
    /// Field name → the text's labels in that field (empty or absent: unknown).
    pub labels: BTreeMap<String, Vec<String>>,
}

impl Example {
    /// A case's texts with its sectors, technologies, tags and facets (as slugs).
    pub fn from_case(case: &Case) -> Example {
        let mut labels = BTreeMap::new();
        labels.insert(
            SECTOR.to_string(),
            case.sectors.iter().map(|s| s.slug().to_string()).collect(),
        );
        labels.insert(TECHNOLOGIES.to_string(), case.technologies.clone());
        labels.insert(TAGS.to_string(), case.tags.clone());
        labels.insert(
            FACETS.to_string(),
            case.facets.iter().map(|f| f.slug().to_string()).collect(),
        );
        Example {
            text: case_text(case),
            language: case.language.clone(),
            labels,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SuggestConfig {
    /// How many similar training texts vote, per field.
    pub neighbours: usize,
    /// Smallest confidence for a label to be selected.
    pub threshold: f64,
    /// The most labels returned per field.
    pub max_labels: usize,
    pub vocabulary: VocabularyConfig,
}

impl Default for SuggestConfig {
    fn default() -> Self {
        SuggestConfig {
            neighbours: 20,
            threshold: 0.35,
            max_labels: 8,
            vocabulary: VocabularyConfig {
                min_doc_freq: 2,
                max_doc_share: 0.5,
            },
        }
    }
}

/// One suggested label.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub label: String,
    pub confidence: f64,
    pub selected: bool,
}

struct Field {
    names: Vec<String>,
    /// Per training text, its label ids in this field (empty: unknown).
    labels: Vec<Vec<u32>>,
    /// Each label's share of the texts labelled in this field.
    prior: Vec<f64>,
}

/// A trained suggester.
pub struct Suggester {
    config: SuggestConfig,
    vocabulary: Vocabulary,
    /// Term id → (training text, weight).
    postings: Vec<Vec<(u32, f32)>>,
    documents: usize,
    fields: BTreeMap<String, Field>,
}

impl Suggester {
    pub fn train(examples: &[Example], config: SuggestConfig) -> Suggester {
        let mut analyser = Analyser::new();
        let tokens: Vec<Vec<Token>> = examples
            .iter()
            .map(|e| analyser.tokens(&e.text, &e.language))
            .collect();
        let vocabulary = Vocabulary::fit(&tokens, config.vocabulary);
        let mut postings = vec![Vec::new(); vocabulary.len()];
        for (d, t) in tokens.iter().enumerate() {
            let v = vocabulary.vectorise(t);
            for (&id, &w) in v.ids.iter().zip(&v.weights) {
                postings[id as usize].push((d as u32, w));
            }
        }
        let mut fields: BTreeMap<String, Field> = BTreeMap::new();
        let names: std::collections::BTreeSet<&String> =
            examples.iter().flat_map(|e| e.labels.keys()).collect();
        for name in names {
            let mut ids: HashMap<&str, u32> = HashMap::new();
            let mut all: Vec<&str> = examples
                .iter()
                .flat_map(|e| e.labels.get(name).into_iter().flatten())
                .map(String::as_str)
                .collect();
            all.sort_unstable();
            all.dedup();
            for (i, label) in all.iter().enumerate() {
                ids.insert(label, i as u32);
            }
            let mut counts = vec![0u32; all.len()];
            let mut labelled = 0u32;
            let labels: Vec<Vec<u32>> = examples
                .iter()
                .map(|e| {
                    let mut l: Vec<u32> = e
                        .labels
                        .get(name)
                        .into_iter()
                        .flatten()
                        .map(|s| ids[s.as_str()])
                        .collect();
                    l.sort_unstable();
                    l.dedup();
                    if !l.is_empty() {
                        labelled += 1;
                    }
                    for &i in &l {
                        counts[i as usize] += 1;
                    }
                    l
                })
                .collect();
            let prior = counts
                .iter()
                .map(|&c| c as f64 / labelled.max(1) as f64)
                .collect();
            fields.insert(
                name.clone(),
                Field {
                    names: all.into_iter().map(str::to_string).collect(),
                    labels,
                    prior,
                },
            );
        }
        Suggester {
            config,
            vocabulary,
            postings,
            documents: examples.len(),
            fields,
        }
    }

    /// The fields the suggester knows, by name.
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.fields.keys().map(String::as_str)
    }

    /// Suggestions for each field, most confident first.
    pub fn suggest(&self, text: &str, language: &str) -> BTreeMap<String, Vec<Suggestion>> {
        let draft = self
            .vocabulary
            .vectorise(&Analyser::new().tokens(text, language));
        self.suggest_vector(&draft)
    }

    fn suggest_vector(&self, draft: &SparseVector) -> BTreeMap<String, Vec<Suggestion>> {
        let mut similarity = vec![0.0f32; self.documents];
        let mut touched = Vec::new();
        for (&id, &w) in draft.ids.iter().zip(&draft.weights) {
            for &(d, dw) in &self.postings[id as usize] {
                if similarity[d as usize] == 0.0 {
                    touched.push(d);
                }
                similarity[d as usize] += w * dw;
            }
        }
        self.fields
            .iter()
            .map(|(name, field)| (name.clone(), self.vote(field, &similarity, &touched)))
            .collect()
    }

    fn vote(&self, field: &Field, similarity: &[f32], touched: &[u32]) -> Vec<Suggestion> {
        let mut near: Vec<u32> = touched
            .iter()
            .copied()
            .filter(|&d| similarity[d as usize] > 0.0 && !field.labels[d as usize].is_empty())
            .collect();
        let by_similarity = |a: &u32, b: &u32| {
            similarity[*b as usize]
                .total_cmp(&similarity[*a as usize])
                .then(a.cmp(b))
        };
        let k = self.config.neighbours.max(1);
        if near.len() > k {
            near.select_nth_unstable_by(k - 1, by_similarity);
            near.truncate(k);
        }
        let total: f64 = near.iter().map(|&d| similarity[d as usize] as f64).sum();
        let mut scores = vec![0.0f64; field.names.len()];
        let from_prior = total <= 0.0;
        if from_prior {
            scores.clone_from(&field.prior);
        } else {
            for &d in &near {
                for &l in &field.labels[d as usize] {
                    scores[l as usize] += similarity[d as usize] as f64 / total;
                }
            }
        }
        let mut ranked: Vec<usize> = (0..scores.len()).filter(|&l| scores[l] > 0.0).collect();
        ranked.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        ranked
            .into_iter()
            .take(self.config.max_labels)
            .map(|l| Suggestion {
                label: field.names[l].clone(),
                confidence: scores[l].min(1.0),
                selected: !from_prior && scores[l] >= self.config.threshold,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(text: &str, sector: &str, tech: &[&str]) -> Example {
        let mut labels = BTreeMap::new();
        labels.insert(SECTOR.to_string(), vec![sector.to_string()]);
        labels.insert(
            TECHNOLOGIES.to_string(),
            tech.iter().map(|t| t.to_string()).collect(),
        );
        Example {
            text: text.into(),
            language: "en".into(),
            labels,
        }
    }

    fn training() -> Vec<Example> {
        let mut examples = Vec::new();
        for i in 0..10 {
            examples.push(example(
                &format!("hospital patients diagnosis imaging radiology clinic {i}"),
                "health",
                &["artificial-intelligence", "computer-vision"],
            ));
            examples.push(example(
                &format!("school pupils teachers learning classroom exams {i}"),
                "education",
                &["artificial-intelligence"],
            ));
            examples.push(example(
                &format!("land registry titles notaries ledger tokens {i}"),
                "economic_affairs",
                &["blockchain"],
            ));
        }
        // A text with no technology: not a vote against any.
        examples.push(example("hospital clinic waiting lists", "health", &[]));
        examples
    }

    #[test]
    fn suggests_the_labels_of_similar_texts() {
        let suggester = Suggester::train(&training(), SuggestConfig::default());
        let s = suggester.suggest(
            "A clinic reads radiology imaging to speed up diagnosis",
            "en",
        );
        assert_eq!(s[SECTOR][0].label, "health");
        assert!(s[SECTOR][0].selected);
        assert!(s[SECTOR][0].confidence > 0.9);
        let tech: Vec<&str> = s[TECHNOLOGIES]
            .iter()
            .filter(|t| t.selected)
            .map(|t| t.label.as_str())
            .collect();
        assert_eq!(tech, ["artificial-intelligence", "computer-vision"]);
        let s = suggester.suggest("Notaries check land titles on a ledger", "en");
        assert_eq!(s[SECTOR][0].label, "economic_affairs");
        assert_eq!(s[TECHNOLOGIES][0].label, "blockchain");
    }

    #[test]
    fn an_unrelated_draft_gets_priors_none_selected() {
        let suggester = Suggester::train(&training(), SuggestConfig::default());
        let s = suggester.suggest("Quantum sensors in forests", "en");
        assert!(s[SECTOR].iter().all(|x| !x.selected));
        let total: f64 = s[SECTOR].iter().map(|x| x.confidence).sum();
        assert!((total - 1.0).abs() < 1e-9);
    }

    #[test]
    fn trains_from_cases() {
        let case = observa_domain::demo::cases(3).next().unwrap();
        let example = Example::from_case(&case);
        assert!(example.text.contains(&case.title));
        assert_eq!(example.labels[TECHNOLOGIES], case.technologies);
        let suggester = Suggester::train(&[example.clone(), example], SuggestConfig::default());
        assert_eq!(
            suggester.fields().collect::<Vec<_>>(),
            [FACETS, SECTOR, TAGS, TECHNOLOGIES]
        );
    }
}
