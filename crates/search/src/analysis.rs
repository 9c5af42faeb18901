//! How text becomes terms: one stemming analyser per supported language (stem first, then
//! fold accents, so that `innovación` and `innovaciones` share a term) and one folding
//! analyser without stemming (so that `inovacao` still finds `inovação` and quoted phrases
//! match words exactly as written, give or take case and accents).

use std::collections::HashMap;

use frostem::Algorithm;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

/// The name under which the folding analyser is registered.
pub const FOLD: &str = "observa_fold";

/// The languages whose texts get a stemmed field, by ISO 639-1 code.
pub const STEMMED: [(&str, Algorithm); 7] = [
    ("en", Algorithm::English),
    ("es", Algorithm::Spanish),
    ("fr", Algorithm::French),
    ("pt", Algorithm::Portuguese),
    ("de", Algorithm::German),
    ("it", Algorithm::Italian),
    ("nl", Algorithm::Dutch),
];

/// Words longer than this are not indexed (they are almost always junk such as URLs).
const MAX_TOKEN_BYTES: usize = 40;

/// The registered name of a language's stemming analyser.
pub fn stem_analyser_name(lang: &str) -> String {
    format!("observa_stem_{lang}")
}

pub fn fold_analyser() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

pub fn stem_analyser(algorithm: Algorithm) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(CachedStemmer(algorithm))
        .filter(AsciiFoldingFilter)
        .build()
}

/// A Snowball stemmer that remembers the stems it computed: texts repeat their words, so
/// indexing stems each distinct word once per analyser (each indexing thread has its own).
#[derive(Clone, Copy)]
pub struct CachedStemmer(Algorithm);

/// The most stems an analyser remembers before starting afresh.
const MAX_CACHED_STEMS: usize = 100_000;

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter {
            algorithm: self.0,
            inner,
            cache: HashMap::new(),
        }
    }
}

#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    algorithm: Algorithm,
    inner: T,
    cache: HashMap<String, String>,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        if self.cache.len() > MAX_CACHED_STEMS {
            self.cache.clear();
        }
        CachedStemStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(self.algorithm),
            cache: &mut self.cache,
        }
    }
}

pub struct CachedStemStream<'a, T> {
    tail: T,
    stemmer: frostem::Stemmer,
    cache: &'a mut HashMap<String, String>,
}

impl<T: TokenStream> TokenStream for CachedStemStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let stem = match self.cache.get(&token.text) {
            Some(stem) => stem.clone(),
            None => {
                let stem = self.stemmer.stem(&token.text).into_owned();
                self.cache.insert(token.text.clone(), stem.clone());
                stem
            }
        };
        token.text = stem;
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Registers every analyser the schema refers to.
pub fn register(manager: &TokenizerManager) {
    manager.register(FOLD, fold_analyser());
    for (code, algorithm) in STEMMED {
        manager.register(&stem_analyser_name(code), stem_analyser(algorithm));
    }
}

/// The terms `analyser` makes of `text`, in order.
pub fn terms(analyser: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyser.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// A set of analysers a request can use without locking: every stemmer plus the folder.
#[derive(Clone)]
pub struct Analysers {
    pub fold: TextAnalyzer,
    pub stems: Vec<(&'static str, TextAnalyzer)>,
}

impl Default for Analysers {
    fn default() -> Self {
        Analysers {
            fold: fold_analyser(),
            stems: STEMMED
                .iter()
                .map(|&(code, algorithm)| (code, stem_analyser(algorithm)))
                .collect(),
        }
    }
}

/// Folds a single word the way the index does (lower case, no accents).
pub fn fold_word(word: &str) -> String {
    terms(&mut fold_analyser(), word).concat()
}

/// Whether each of `words` (folded; the last may be unfinished) starts some word of
/// `label`, as for search-as-you-type over vocabulary labels.
pub fn label_matches(label: &str, words: &[String]) -> bool {
    let label_words = terms(&mut fold_analyser(), label);
    words
        .iter()
        .all(|w| label_words.iter().any(|l| l.starts_with(w.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(lang: &str, text: &str) -> Vec<String> {
        let algorithm = STEMMED.iter().find(|(c, _)| *c == lang).unwrap().1;
        terms(&mut stem_analyser(algorithm), text)
    }

    #[test]
    fn accents_and_inflections_meet_in_one_term_per_language() {
        for (lang, forms) in [
            ("es", ["innovacion", "innovación", "innovaciones"]),
            ("pt", ["inovação", "inovações", "Inovação"]), // unaccented `inovacao` stems apart: the folded field finds it
            ("fr", ["économie", "économies", "economie"]),
            ("en", ["innovation", "innovations", "Innovation"]),
            ("de", ["Gemeinde", "Gemeinden", "gemeinde"]),
            ("it", ["innovazione", "innovazioni", "Innovazione"]),
            ("nl", ["gemeente", "gemeenten", "Gemeente"]),
        ] {
            let stems: Vec<Vec<String>> = forms.iter().map(|f| stem(lang, f)).collect();
            assert!(
                stems.iter().all(|s| s == &stems[0] && s.len() == 1),
                "{lang}: {forms:?} → {stems:?}"
            );
        }
    }

    #[test]
    fn folding_keeps_words_whole_and_splits_on_punctuation() {
        assert_eq!(
            terms(&mut fold_analyser(), "Inovação, l'État e-Gov"),
            ["inovacao", "l", "etat", "e", "gov"]
        );
        assert_eq!(fold_word("Ñandú"), "nandu");
    }

    #[test]
    fn labels_match_the_beginnings_of_their_words() {
        let words = |s: &str| terms(&mut fold_analyser(), s);
        assert!(label_matches(
            "Inteligência artificial",
            &words("intel arti")
        ));
        assert!(label_matches("Inteligência artificial", &words("ARTIF")));
        assert!(!label_matches("Inteligência artificial", &words("ficial")));
        assert!(!label_matches("Open data", &words("open health")));
    }
}
