//! How text becomes terms: one stemming analyser per supported language (stem first, then
//! fold accents, so that `innovación` and `innovaciones` share a term) and one folding
//! analyser without stemming (so that `inovacao` still finds `inovação` and quoted phrases
//! match words exactly as written, give or take case and accents).

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, TokenizerManager,
};

/// The name under which the folding analyser is registered.
pub const FOLD: &str = "observa_fold";

/// The languages whose texts get a stemmed field, by ISO 639-1 code.
pub const STEMMED: [(&str, Language); 7] = [
    ("en", Language::English),
    ("es", Language::Spanish),
    ("fr", Language::French),
    ("pt", Language::Portuguese),
    ("de", Language::German),
    ("it", Language::Italian),
    ("nl", Language::Dutch),
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

pub fn stem_analyser(language: Language) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(Stemmer::new(language))
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers every analyser the schema refers to.
pub fn register(manager: &TokenizerManager) {
    manager.register(FOLD, fold_analyser());
    for (code, language) in STEMMED {
        manager.register(&stem_analyser_name(code), stem_analyser(language));
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
                .map(|&(code, language)| (code, stem_analyser(language)))
                .collect(),
        }
    }
}

impl Analysers {
    pub fn stem_for(&mut self, lang: &str) -> Option<&mut TextAnalyzer> {
        self.stems
            .iter_mut()
            .find(|(code, _)| *code == lang)
            .map(|(_, a)| a)
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
        let language = STEMMED.iter().find(|(c, _)| *c == lang).unwrap().1;
        terms(&mut stem_analyser(language), text)
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
