//! Turning a parsed [`UserQuery`] into a tantivy query, and marking the words it matched.
//!
//! A word is looked for in every language's stemmed fields (each document fills only its
//! own language's) and in the folded fields, with the part boosts of [`Part::boost`]. Words
//! of five letters or more also match their spelling neighbours (one edit from five
//! letters, two from nine) found in the folded term dictionaries, unless the word as typed
//! is already common; those matches add only a small constant score, so exact and stemmed
//! matches always rank first. Quoted phrases
//! match the folded fields only, word for word.

use std::collections::{HashMap, HashSet};

use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, PhraseQuery, Query,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use crate::analysis::{Analysers, terms};
use crate::query::{Atom, Clause, Scope, Text, UserQuery};
use crate::schema::{Fields, LABELS_BOOST, Part};

/// The score a typo match adds (times the part's boost).
const TYPO_SCORE: f32 = 0.02;
/// At most this many spelling neighbours per word and field.
const MAX_EXPANSIONS: usize = 16;
/// A word found as typed in at least this many documents is taken to be spelled as meant
/// and gets no spelling neighbours (as Typesense's `typo_tokens_threshold` does), so
/// typo tolerance helps rare and misspelled words without diluting common ones.
const TYPO_THRESHOLD: u64 = 10;

/// The number of typos a word may carry, by its length in letters.
pub fn typos_allowed(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Terms whose occurrences in a text count as matches, for highlighting.
#[derive(Debug, Clone, Default)]
pub struct MatchTerms {
    pub folded: HashSet<String>,
    pub stems: HashMap<&'static str, HashSet<String>>,
}

pub struct Compiled {
    pub query: Box<dyn Query>,
    pub terms: MatchTerms,
}

pub fn compile(
    query: &UserQuery,
    fields: &Fields,
    searcher: &Searcher,
    analysers: &mut Analysers,
) -> Compiled {
    let mut compiler = Compiler {
        fields,
        searcher,
        analysers,
        terms: MatchTerms::default(),
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for clause in &query.clauses {
        match clause {
            Clause::Any(atoms) => {
                let alternatives: Vec<(Occur, Box<dyn Query>)> = atoms
                    .iter()
                    .filter_map(|a| compiler.atom(a, true))
                    .map(|q| (Occur::Should, q))
                    .collect();
                if !alternatives.is_empty() {
                    clauses.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
                }
            }
            Clause::Not(atom) => {
                // Excluded words are neither typo-expanded nor highlighted.
                let highlighted = std::mem::take(&mut compiler.terms);
                if let Some(q) = compiler.atom(atom, false) {
                    clauses.push((Occur::MustNot, q));
                }
                compiler.terms = highlighted;
            }
        }
    }
    if !clauses.iter().any(|(occur, _)| *occur == Occur::Must) {
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    Compiled {
        query: Box::new(BooleanQuery::new(clauses)),
        terms: compiler.terms,
    }
}

struct Compiler<'a> {
    fields: &'a Fields,
    searcher: &'a Searcher,
    analysers: &'a mut Analysers,
    terms: MatchTerms,
}

impl Compiler<'_> {
    fn folded_fields(&self, scope: Scope) -> Vec<(Field, f32)> {
        let part = |p: Part| (self.fields.folded(p), p.boost());
        match scope {
            Scope::All => vec![
                part(Part::Title),
                part(Part::Pitch),
                part(Part::Body),
                (self.fields.labels, LABELS_BOOST),
            ],
            Scope::Title => vec![part(Part::Title)],
            Scope::Pitch => vec![part(Part::Pitch)],
            Scope::Text => vec![part(Part::Body)],
            Scope::Tag => vec![(self.fields.labels, LABELS_BOOST)],
        }
    }

    fn parts(scope: Scope) -> &'static [Part] {
        match scope {
            Scope::All => &Part::ALL,
            Scope::Title => &[Part::Title],
            Scope::Pitch => &[Part::Pitch],
            Scope::Text => &[Part::Body],
            Scope::Tag => &[],
        }
    }

    /// The query for one atom, or `None` when it holds no searchable word.
    fn atom(&mut self, atom: &Atom, typos: bool) -> Option<Box<dyn Query>> {
        let (text, phrase) = match &atom.text {
            Text::Word(w) => (w.as_str(), false),
            Text::Phrase(p) => (p.as_str(), true),
        };
        let folded = terms(&mut self.analysers.fold, text);
        match folded.len() {
            0 => None,
            1 if !phrase => Some(self.word(atom.scope, text, &folded[0], typos)),
            _ => Some(self.phrase(atom.scope, &folded)),
        }
    }

    fn word(&mut self, scope: Scope, raw: &str, folded: &str, typos: bool) -> Box<dyn Query> {
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, boost) in self.folded_fields(scope) {
            should.push((Occur::Should, boosted(term_query(field, folded), boost)));
        }
        self.terms.folded.insert(folded.to_string());
        let parts = Self::parts(scope);
        if !parts.is_empty() {
            for (lang, analyser) in &mut self.analysers.stems {
                let stems = terms(analyser, raw);
                let [stem] = stems.as_slice() else { continue };
                let fields = self
                    .fields
                    .stemmed_for(lang)
                    .expect("every stemmed language has fields");
                for &part in parts {
                    should.push((
                        Occur::Should,
                        boosted(term_query(fields[part as usize], stem), part.boost()),
                    ));
                }
                self.terms
                    .stems
                    .entry(lang)
                    .or_default()
                    .insert(stem.clone());
            }
        }
        let distance = typos_allowed(folded);
        if typos && distance > 0 && self.exact_matches(scope, folded) < TYPO_THRESHOLD {
            for (field, boost) in self.folded_fields(scope) {
                for neighbour in self.neighbours(field, folded, distance) {
                    should.push((
                        Occur::Should,
                        Box::new(ConstScoreQuery::new(
                            term_query(field, &neighbour),
                            TYPO_SCORE * boost,
                        )),
                    ));
                    self.terms.folded.insert(neighbour);
                }
            }
        }
        Box::new(BooleanQuery::new(should))
    }

    fn phrase(&mut self, scope: Scope, words: &[String]) -> Box<dyn Query> {
        self.terms.folded.extend(words.iter().cloned());
        let should = self
            .folded_fields(scope)
            .into_iter()
            .map(|(field, boost)| {
                let query: Box<dyn Query> = if words.len() == 1 {
                    term_query(field, &words[0])
                } else {
                    Box::new(PhraseQuery::new(
                        words
                            .iter()
                            .map(|w| Term::from_field_text(field, w))
                            .collect(),
                    ))
                };
                (Occur::Should, boosted(query, boost))
            })
            .collect();
        Box::new(BooleanQuery::new(should))
    }

    /// How many documents hold `word` as typed (summed over the folded fields).
    fn exact_matches(&self, scope: Scope, word: &str) -> u64 {
        self.folded_fields(scope)
            .into_iter()
            .map(|(field, _)| {
                self.searcher
                    .doc_freq(&Term::from_field_text(field, word))
                    .unwrap_or(0)
            })
            .sum()
    }

    /// Terms of `field` within `distance` edits of `word` (excluding the word itself).
    fn neighbours(&self, field: Field, word: &str, distance: u8) -> Vec<String> {
        let mut found = Vec::new();
        let fuzzy = FuzzyTermQuery::new(Term::from_field_text(field, word), distance, true);
        let Ok(automaton) = fuzzy.automaton() else {
            return found;
        };
        for segment in self.searcher.segment_readers() {
            let Ok(index) = segment.inverted_index(field) else {
                continue;
            };
            let Ok(mut stream) = index.terms().search(&automaton).into_stream() else {
                continue;
            };
            while stream.advance() && found.len() < MAX_EXPANSIONS {
                if let Ok(term) = std::str::from_utf8(stream.key())
                    && term != word
                    && !found.iter().any(|f| f == term)
                {
                    found.push(term.to_string());
                }
            }
        }
        found
    }
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    if boost == 1.0 {
        query
    } else {
        Box::new(BoostQuery::new(query, boost))
    }
}

/// Marks the words of `text` (written in `lang`) that `terms` match, as byte ranges.
pub fn marks(
    text: &str,
    lang: &str,
    terms: &MatchTerms,
    analysers: &mut Analysers,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let stems = terms.stems.get(lang).filter(|s| !s.is_empty());
    if terms.folded.is_empty() && stems.is_none() {
        return out;
    }
    // Stems are (nearly always) prefixes of their words: only stem words that could match.
    let heads: HashSet<&str> = stems
        .map(|s| s.iter().map(|t| head(t)).collect())
        .unwrap_or_default();
    let Analysers {
        fold,
        stems: stemmers,
    } = analysers;
    let mut stemmer = stems
        .and_then(|_| stemmers.iter_mut().find(|(c, _)| *c == lang))
        .map(|(_, a)| a);
    let mut tokens = fold.token_stream(text);
    while tokens.advance() {
        let token = tokens.token();
        let hit = terms.folded.contains(&token.text)
            || (heads.contains(head(&token.text))
                && stemmer.as_mut().is_some_and(|a| {
                    let mut stemmed = a.token_stream(&text[token.offset_from..token.offset_to]);
                    stemmed.advance() && stems.is_some_and(|s| s.contains(&stemmed.token().text))
                }));
        if hit {
            out.push((token.offset_from, token.offset_to));
        }
    }
    out
}

fn head(term: &str) -> &str {
    match term.char_indices().nth(3) {
        Some((i, _)) => &term[..i],
        None => term,
    }
}
