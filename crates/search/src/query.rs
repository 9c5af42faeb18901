//! The query language a person can type into the search box, parsed into a small tree that
//! the index turns into a tantivy query. It never fails on odd input except when a query is
//! too long to be a person's: an unclosed quote runs to the end, an unknown `field:` is
//! just a word, a stray `OR` or `-` is ignored.
//!
//! - words: `digital health` (all must match, stemmed, with typo tolerance)
//! - "exact phrases": `"open data"` (the words in this order, no stemming or typos)
//! - exclusion: `-blockchain`, `-"smart city"`
//! - alternatives: `health OR education`
//! - field prefixes: `title:`, `pitch:`, `text:`, `tag:` before a word or phrase

use std::fmt;

/// The longest query accepted, in characters.
pub const MAX_CHARS: usize = 1000;
/// The most words and phrases a query may hold.
pub const MAX_ATOMS: usize = 32;

/// A parsed query: every clause must hold.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UserQuery {
    pub clauses: Vec<Clause>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    /// At least one of these must match (one atom when no `OR` was written).
    Any(Vec<Atom>),
    /// This must not match.
    Not(Atom),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Atom {
    pub scope: Scope,
    pub text: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    All,
    Title,
    Pitch,
    Text,
    Tag,
}

impl Scope {
    const PREFIXES: [(&'static str, Scope); 4] = [
        ("title", Scope::Title),
        ("pitch", Scope::Pitch),
        ("text", Scope::Text),
        ("tag", Scope::Tag),
    ];

    fn prefix(self) -> Option<&'static str> {
        Self::PREFIXES
            .iter()
            .find(|(_, s)| *s == self)
            .map(|(p, _)| *p)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// One word as typed (never empty, no whitespace or quotes, never starts with `-` or `+`).
    Word(String),
    /// A quoted phrase (never empty, no quotes).
    Phrase(String),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("the query is {0} characters long; at most {MAX_CHARS} are accepted")]
    TooLong(usize),
    #[error("the query has {0} words and phrases; at most {MAX_ATOMS} are accepted")]
    TooManyTerms(usize),
}

impl UserQuery {
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// Whether every clause is an exclusion (such a query matches "everything except").
    pub fn only_exclusions(&self) -> bool {
        self.clauses.iter().all(|c| matches!(c, Clause::Not(_)))
    }

    /// Every atom, whatever its clause.
    pub fn atoms(&self) -> impl Iterator<Item = (&Atom, bool)> {
        self.clauses.iter().flat_map(|c| match c {
            Clause::Any(atoms) => atoms.iter().map(|a| (a, false)).collect::<Vec<_>>(),
            Clause::Not(atom) => vec![(atom, true)],
        })
    }
}

/// One lexical item before grouping.
enum Lexeme {
    Or,
    Atom { negated: bool, atom: Atom },
}

pub fn parse(input: &str) -> Result<UserQuery, QueryError> {
    let length = input.chars().count();
    if length > MAX_CHARS {
        return Err(QueryError::TooLong(length));
    }
    let lexemes = lex(input);
    let atoms = lexemes
        .iter()
        .filter(|l| matches!(l, Lexeme::Atom { .. }))
        .count();
    if atoms > MAX_ATOMS {
        return Err(QueryError::TooManyTerms(atoms));
    }
    Ok(group(lexemes))
}

fn lex(input: &str) -> Vec<Lexeme> {
    let mut out = Vec::new();
    let mut rest = input;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return out;
        }
        let negated = rest.starts_with('-');
        rest = rest.trim_start_matches(['-', '+']);
        let mut scope = Scope::All;
        if let Some((name, after)) = rest.split_once(':')
            && let Some(&(_, s)) = Scope::PREFIXES.iter().find(|(p, _)| *p == name)
            && after.starts_with(|c: char| !c.is_whitespace())
        {
            scope = s;
            rest = after;
        }
        let text = if let Some(quoted) = rest.strip_prefix('"') {
            let (phrase, after) = quoted.split_once('"').unwrap_or((quoted, ""));
            rest = after;
            let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
            (!phrase.is_empty()).then_some(Text::Phrase(phrase))
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '"')
                .unwrap_or(rest.len());
            let word = rest[..end].trim_start_matches(['-', '+']);
            rest = &rest[end..];
            if word == "OR" && scope == Scope::All && !negated {
                out.push(Lexeme::Or);
                continue;
            }
            (!word.is_empty()).then(|| Text::Word(word.to_string()))
        };
        if let Some(text) = text {
            out.push(Lexeme::Atom {
                negated,
                atom: Atom { scope, text },
            });
        }
    }
}

fn group(lexemes: Vec<Lexeme>) -> UserQuery {
    let mut clauses: Vec<Clause> = Vec::new();
    // An `OR` joins the next positive atom to the alternatives just before it.
    let mut pending_or = false;
    for lexeme in lexemes {
        match lexeme {
            Lexeme::Or => pending_or = matches!(clauses.last(), Some(Clause::Any(_))),
            Lexeme::Atom {
                negated: true,
                atom,
            } => {
                clauses.push(Clause::Not(atom));
                pending_or = false;
            }
            Lexeme::Atom {
                negated: false,
                atom,
            } => {
                match clauses.last_mut() {
                    Some(Clause::Any(atoms)) if pending_or => atoms.push(atom),
                    _ => clauses.push(Clause::Any(vec![atom])),
                }
                pending_or = false;
            }
        }
    }
    UserQuery { clauses }
}

impl fmt::Display for Atom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(prefix) = self.scope.prefix() {
            write!(f, "{prefix}:")?;
        }
        match &self.text {
            Text::Word(w) => f.write_str(w),
            Text::Phrase(p) => write!(f, "\"{p}\""),
        }
    }
}

/// Writes the query back in the language it was parsed from (its normal form).
impl fmt::Display for UserQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .clauses
            .iter()
            .map(|c| match c {
                Clause::Any(atoms) => atoms
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(" OR "),
                Clause::Not(atom) => format!("-{atom}"),
            })
            .collect();
        f.write_str(&parts.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn word(scope: Scope, w: &str) -> Atom {
        Atom {
            scope,
            text: Text::Word(w.into()),
        }
    }

    #[test]
    fn reads_words_phrases_exclusions_alternatives_and_fields() {
        let q = parse(
            r#"digital "open data" -blockchain health OR education title:ai tag:"smart city""#,
        )
        .unwrap();
        assert_eq!(
            q.clauses,
            vec![
                Clause::Any(vec![word(Scope::All, "digital")]),
                Clause::Any(vec![Atom {
                    scope: Scope::All,
                    text: Text::Phrase("open data".into())
                }]),
                Clause::Not(word(Scope::All, "blockchain")),
                Clause::Any(vec![
                    word(Scope::All, "health"),
                    word(Scope::All, "education")
                ]),
                Clause::Any(vec![word(Scope::Title, "ai")]),
                Clause::Any(vec![Atom {
                    scope: Scope::Tag,
                    text: Text::Phrase("smart city".into())
                }]),
            ]
        );
    }

    #[test]
    fn odd_input_gets_a_best_effort_reading() {
        assert_eq!(
            parse(r#"open "data  portal"#).unwrap().to_string(),
            r#"open "data portal""#
        );
        assert_eq!(parse("OR health OR").unwrap().to_string(), "health");
        assert_eq!(parse("- -- + \"\"").unwrap(), UserQuery::default());
        assert_eq!(
            parse("author:smith title: x").unwrap().to_string(),
            "author:smith title: x"
        );
        assert_eq!(parse("a OR -b c").unwrap().to_string(), "a -b c");
        assert!(parse("-x").unwrap().only_exclusions());
    }

    #[test]
    fn refuses_what_no_person_types() {
        assert_eq!(
            parse(&"a".repeat(MAX_CHARS + 1)),
            Err(QueryError::TooLong(MAX_CHARS + 1))
        );
        let many = vec!["w"; MAX_ATOMS + 1].join(" ");
        assert_eq!(parse(&many), Err(QueryError::TooManyTerms(MAX_ATOMS + 1)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Any input parses (or is refused for its size) without panicking, and the
        /// normal form reads back to the same tree.
        #[test]
        fn parsing_is_total_and_its_normal_form_is_stable(input in r#"[a-zé:"\- ORtilepchgx\t+]{0,60}"#) {
            if let Ok(q) = parse(&input) {
                prop_assert_eq!(parse(&q.to_string()), Ok(q.clone()));
                for (atom, _) in q.atoms() {
                    match &atom.text {
                        Text::Word(w) => prop_assert!(!w.is_empty() && !w.contains(char::is_whitespace)
                            && !w.contains('"') && !w.starts_with(['-', '+'])),
                        Text::Phrase(p) => prop_assert!(!p.is_empty() && !p.contains('"')),
                    }
                }
            }
        }

        #[test]
        fn arbitrary_unicode_never_panics(input in any::<String>()) {
            let _ = parse(&input);
        }
    }
}
