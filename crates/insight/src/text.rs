//! How texts become terms and vectors: split into words, lower-case, drop stop words and
//! numbers, stem with the language's Snowball stemmer (English, Spanish, French, Portuguese;
//! other languages are not stemmed), then fold accents. A [`Vocabulary`] fitted on a corpus
//! keeps each stem's document frequency and most frequent surface form (for labels), prunes
//! rare and ubiquitous stems, and turns token lists into sparse TF-IDF vectors (sublinear
//! tf, smoothed idf, l2-normalised). No I/O.

use std::collections::HashMap;

use frostem::{Algorithm, Stemmer};
use observa_domain::case::Case;
use unicode_normalization::UnicodeNormalization;

/// Words longer than this (in bytes) are dropped: URLs and other junk.
const MAX_WORD_BYTES: usize = 40;

const STOP_EN: &[&str] = &[
    "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as",
    "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had",
    "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in",
    "into", "is", "it", "its", "itself", "just", "may", "me", "more", "most", "must", "my", "no",
    "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out",
    "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
    "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
    "under", "until", "up", "us", "very", "via", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "within", "would", "you", "your",
    "etc", "e", "g", "ie", "eg",
];

const STOP_ES: &[&str] = &[
    "a", "al", "algo", "algunas", "algunos", "ante", "antes", "como", "con", "contra", "cual",
    "cuando", "de", "del", "desde", "donde", "durante", "e", "el", "ella", "ellas", "ellos", "en",
    "entre", "era", "es", "esa", "esas", "ese", "eso", "esos", "esta", "está", "estas", "este",
    "esto", "estos", "fue", "ha", "han", "hasta", "hay", "la", "las", "le", "les", "lo", "los",
    "más", "mas", "me", "mi", "muy", "ni", "no", "nos", "o", "para", "pero", "por", "porque",
    "que", "qué", "se", "sea", "ser", "si", "sí", "sin", "sobre", "son", "su", "sus", "también",
    "tanto", "te", "tiene", "todo", "todos", "tras", "u", "un", "una", "unas", "uno", "unos", "y",
    "ya",
];

const STOP_FR: &[&str] = &[
    "a", "à", "afin", "ai", "au", "aux", "avec", "ce", "ces", "cet", "cette", "comme", "d", "dans",
    "de", "des", "du", "elle", "elles", "en", "entre", "est", "et", "été", "être", "eux", "il",
    "ils", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "mais", "me", "même", "mes",
    "moi", "mon", "n", "ne", "ni", "nos", "notre", "nous", "on", "ont", "ou", "où", "par", "pas",
    "pour", "qu", "que", "qui", "s", "sa", "sans", "se", "ses", "son", "sont", "sur", "ta", "te",
    "tes", "ton", "tous", "tout", "toute", "toutes", "tu", "un", "une", "vos", "votre", "vous",
    "y",
];

const STOP_PT: &[&str] = &[
    "a", "à", "ao", "aos", "as", "às", "até", "com", "como", "da", "das", "de", "dela", "dele",
    "do", "dos", "e", "é", "ela", "elas", "ele", "eles", "em", "entre", "era", "essa", "essas",
    "esse", "esses", "esta", "está", "estas", "este", "estes", "eu", "foi", "há", "isso", "isto",
    "já", "lhe", "mais", "mas", "me", "mesmo", "muito", "na", "nas", "não", "nem", "no", "nos",
    "o", "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "por", "qual", "quando", "que",
    "se", "sem", "ser", "seu", "seus", "só", "sua", "suas", "também", "te", "tem", "um", "uma",
    "umas", "uns",
];

/// The stop words of a language (English's for a language without a list).
pub fn stop_words(language: &str) -> &'static [&'static str] {
    match language {
        "es" => STOP_ES,
        "fr" => STOP_FR,
        "pt" => STOP_PT,
        _ => STOP_EN,
    }
}

fn algorithm(language: &str) -> Option<Algorithm> {
    match language {
        "en" => Some(Algorithm::English),
        "es" => Some(Algorithm::Spanish),
        "fr" => Some(Algorithm::French),
        "pt" => Some(Algorithm::Portuguese),
        _ => None,
    }
}

/// Removes accents: `innovación` → `innovacion`.
pub fn fold(word: &str) -> String {
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// One analysed word: its stem (the term) and the word as written, lower-cased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub stem: String,
    pub surface: String,
}

/// Turns texts into tokens. It remembers the stems it computed (texts repeat their words),
/// so reuse one analyser over a corpus.
#[derive(Default)]
pub struct Analyser {
    cache: HashMap<(Option<Algorithm>, String), Option<String>>,
}

/// The most stems an analyser remembers before starting afresh.
const MAX_CACHED_STEMS: usize = 200_000;

impl Analyser {
    pub fn new() -> Analyser {
        Analyser::default()
    }

    /// The tokens of `text` written in `language` (ISO 639-1), in order.
    pub fn tokens(&mut self, text: &str, language: &str) -> Vec<Token> {
        let stops = stop_words(language);
        let algorithm = algorithm(language);
        if self.cache.len() > MAX_CACHED_STEMS {
            self.cache.clear();
        }
        let mut out = Vec::new();
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            if word.len() > MAX_WORD_BYTES || word.chars().nth(1).is_none() {
                continue;
            }
            if word.chars().all(|c| c.is_numeric()) {
                continue;
            }
            let key = (algorithm, word.to_lowercase());
            // The cache holds `None` for a stop word, so each distinct word is looked up once.
            let stem = match self.cache.get(&key) {
                Some(stem) => stem.clone(),
                None => {
                    let stem = if stops.contains(&key.1.as_str()) {
                        None
                    } else {
                        Some(match algorithm {
                            Some(a) => fold(&Stemmer::new(a).stem(&key.1)),
                            None => fold(&key.1),
                        })
                    };
                    self.cache.insert(key.clone(), stem.clone());
                    stem
                }
            };
            let Some(stem) = stem else { continue };
            out.push(Token {
                stem,
                surface: key.1,
            });
        }
        out
    }
}

/// Everything a case says about itself, for analysis: title, pitch, overview and story.
pub fn case_text(case: &Case) -> String {
    let mut text = String::with_capacity(case.title.len() + case.pitch.len() + case.overview.len());
    for part in [&case.title, &case.pitch, &case.overview] {
        text.push_str(part);
        text.push('\n');
    }
    for (_, _, section) in case.story.sections() {
        if let Some(section) = section {
            text.push_str(section);
            text.push('\n');
        }
    }
    text
}

/// A sparse vector: term ids in increasing order with their weights.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseVector {
    pub ids: Vec<u32>,
    pub weights: Vec<f32>,
}

impl SparseVector {
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The dot product with another sparse vector (the cosine when both are normalised).
    pub fn dot(&self, other: &SparseVector) -> f32 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < self.ids.len() && j < other.ids.len() {
            match self.ids[i].cmp(&other.ids[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.weights[i] * other.weights[j];
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// The dot product with a dense vector indexed by term id.
    pub fn dot_dense(&self, dense: &[f32]) -> f32 {
        self.ids
            .iter()
            .zip(&self.weights)
            .map(|(&id, &w)| w * dense[id as usize])
            .sum()
    }
}

/// Which stems a vocabulary keeps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VocabularyConfig {
    /// A stem must occur in at least this many documents.
    pub min_doc_freq: u32,
    /// A stem in more than this share of documents is dropped (it tells them apart poorly).
    pub max_doc_share: f64,
}

impl Default for VocabularyConfig {
    fn default() -> Self {
        VocabularyConfig {
            min_doc_freq: 2,
            max_doc_share: 0.5,
        }
    }
}

/// The stems kept from a corpus, with their idf and the surface form to show for each.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    stems: Vec<String>,
    surfaces: Vec<String>,
    doc_freq: Vec<u32>,
    idf: Vec<f32>,
    index: HashMap<String, u32>,
    documents: usize,
}

impl Vocabulary {
    /// Fits a vocabulary on analysed documents. Term ids follow the stems' alphabetical
    /// order, so the same corpus always gives the same ids.
    pub fn fit(documents: &[Vec<Token>], config: VocabularyConfig) -> Vocabulary {
        let mut doc_freq: HashMap<&str, u32> = HashMap::new();
        let mut surfaces: HashMap<&str, HashMap<&str, u32>> = HashMap::new();
        let mut seen: Vec<&str> = Vec::new();
        for doc in documents {
            seen.clear();
            for token in doc {
                *surfaces
                    .entry(&token.stem)
                    .or_default()
                    .entry(&token.surface)
                    .or_default() += 1;
                seen.push(&token.stem);
            }
            seen.sort_unstable();
            seen.dedup();
            for stem in &seen {
                *doc_freq.entry(stem).or_default() += 1;
            }
        }
        let n = documents.len();
        let max_df = (config.max_doc_share * n as f64).floor().max(1.0) as u32;
        let mut kept: Vec<(&str, u32)> = doc_freq
            .into_iter()
            .filter(|&(_, df)| df >= config.min_doc_freq && df <= max_df)
            .collect();
        kept.sort_unstable();
        let mut vocabulary = Vocabulary {
            stems: Vec::with_capacity(kept.len()),
            surfaces: Vec::with_capacity(kept.len()),
            doc_freq: Vec::with_capacity(kept.len()),
            idf: Vec::with_capacity(kept.len()),
            index: HashMap::with_capacity(kept.len()),
            documents: n,
        };
        for (id, (stem, df)) in kept.into_iter().enumerate() {
            let surface = surfaces[stem]
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(s, _)| s.to_string())
                .unwrap_or_else(|| stem.to_string());
            vocabulary.index.insert(stem.to_string(), id as u32);
            vocabulary.stems.push(stem.to_string());
            vocabulary.surfaces.push(surface);
            vocabulary.doc_freq.push(df);
            vocabulary
                .idf
                .push((((1 + n) as f64 / (1 + df) as f64).ln() + 1.0) as f32);
        }
        vocabulary
    }

    pub fn len(&self) -> usize {
        self.stems.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stems.is_empty()
    }

    /// How many documents the vocabulary was fitted on.
    pub fn documents(&self) -> usize {
        self.documents
    }

    pub fn id(&self, stem: &str) -> Option<u32> {
        self.index.get(stem).copied()
    }

    pub fn stem(&self, id: u32) -> &str {
        &self.stems[id as usize]
    }

    /// The most frequent way the stem was written: what to show people.
    pub fn surface(&self, id: u32) -> &str {
        &self.surfaces[id as usize]
    }

    pub fn doc_freq(&self, id: u32) -> u32 {
        self.doc_freq[id as usize]
    }

    /// The TF-IDF vector of a document: (1 + ln tf) × idf for each kept stem, l2-normalised.
    /// Stems outside the vocabulary are ignored; a document with none is the empty vector.
    pub fn vectorise(&self, tokens: &[Token]) -> SparseVector {
        let mut counts: HashMap<u32, u32> = HashMap::new();
        for token in tokens {
            if let Some(id) = self.id(&token.stem) {
                *counts.entry(id).or_default() += 1;
            }
        }
        let mut entries: Vec<(u32, f32)> = counts
            .into_iter()
            .map(|(id, tf)| (id, (1.0 + (tf as f32).ln()) * self.idf[id as usize]))
            .collect();
        entries.sort_unstable_by_key(|e| e.0);
        let norm = entries.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
        let (ids, weights) = entries
            .into_iter()
            .map(|(id, w)| (id, if norm > 0.0 { w / norm } else { 0.0 }))
            .unzip();
        SparseVector { ids, weights }
    }
}

/// Analyses `(text, language)` documents, fits a vocabulary and vectorises them all.
pub fn tfidf<'a>(
    documents: impl IntoIterator<Item = (&'a str, &'a str)>,
    config: VocabularyConfig,
) -> (Vocabulary, Vec<SparseVector>) {
    let mut analyser = Analyser::new();
    let tokens: Vec<Vec<Token>> = documents
        .into_iter()
        .map(|(text, language)| analyser.tokens(text, language))
        .collect();
    let vocabulary = Vocabulary::fit(&tokens, config);
    let vectors = tokens.iter().map(|t| vocabulary.vectorise(t)).collect();
    (vocabulary, vectors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str, language: &str) -> Vec<String> {
        Analyser::new()
            .tokens(text, language)
            .into_iter()
            .map(|t| t.stem)
            .collect()
    }

    #[test]
    fn drops_stop_words_numbers_and_stems_per_language() {
        assert_eq!(
            stems("The cities of 2024 are innovating with chatbots", "en"),
            ["citi", "innov", "chatbot"]
        );
        assert_eq!(
            stems("Las innovaciones y la innovación", "es"),
            stems("innovación innovaciones", "es")
        );
        assert_eq!(stems("Innovación", "es"), ["innov"]);
        // No stemmer for German here: lower-cased and folded only.
        assert_eq!(stems("Städte", "de"), ["stadte"]);
    }

    #[test]
    fn keeps_the_most_frequent_surface_form() {
        let mut analyser = Analyser::new();
        let docs = vec![
            analyser.tokens("chatbots chatbot chatbots", "en"),
            analyser.tokens("chatbots for citizens", "en"),
            analyser.tokens("citizens and permits", "en"),
        ];
        let vocabulary = Vocabulary::fit(
            &docs,
            VocabularyConfig {
                min_doc_freq: 2,
                max_doc_share: 1.0,
            },
        );
        let id = vocabulary.id("chatbot").unwrap();
        assert_eq!(vocabulary.surface(id), "chatbots");
        assert_eq!(vocabulary.doc_freq(id), 2);
        // "permit" is in one document only: pruned.
        assert_eq!(vocabulary.id("permit"), None);
    }

    #[test]
    fn prunes_ubiquitous_terms_and_normalises_vectors() {
        let texts = [
            "public service chatbot",
            "public service permits",
            "public transport chatbot",
            "public transport permits",
        ];
        let (vocabulary, vectors) = tfidf(
            texts.iter().map(|t| (*t, "en")),
            VocabularyConfig {
                min_doc_freq: 1,
                max_doc_share: 0.6,
            },
        );
        assert_eq!(vocabulary.id("public"), None, "in every document");
        for v in &vectors {
            let norm: f32 = v.weights.iter().map(|w| w * w).sum();
            assert!((norm - 1.0).abs() < 1e-5);
            assert!(v.ids.windows(2).all(|w| w[0] < w[1]));
        }
        assert!(vectors[0].dot(&vectors[2]) > 0.0);
        assert_eq!(vectors[0].dot(&vectors[3]), 0.0);
        let empty = vocabulary.vectorise(&Analyser::new().tokens("the of and", "en"));
        assert!(empty.is_empty());
    }
}
