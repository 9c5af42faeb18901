//! Demo data for trying Observa out and for testing it at scale: an endless,
//! deterministic stream of realistic synthetic cases ([`cases`]) and a starting set of
//! real, public innovation toolkits ([`toolkits`]).
//!
//! Each synthetic case belongs to one of some thirty themes (predictive triage, flood
//! warnings, participatory budgeting, rules as code, …) spread over the 13 sectors. A
//! theme brings its own vocabulary in English, Spanish, French and Portuguese, so that
//! search and theme discovery find real structure; shared banks add sentences tied to
//! the case's technologies, tags and innovation facet. Everything is drawn from a
//! ChaCha8 generator seeded by the caller: the same seed gives the same corpus, byte for
//! byte, and the stream holds nothing but its generator and a counter.

mod draw;
mod phrases;
mod themes;
mod world;
mod write;

use std::sync::OnceLock;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::case::Case;
use crate::lang::Lang;
use crate::terms::{Term, default_tags, default_technologies};
use crate::toolkit::Toolkit;
use draw::{Coverage, Plan};

/// An endless, deterministic stream of published demo cases for `seed`.
///
/// Any stream's first 1 084 cases cover at least 94 countries and every sector, stage,
/// facet, level of government, organisation type and status; later cases follow a
/// realistic distribution. Slugs are unique within a stream.
pub fn cases(seed: u64) -> Cases {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let coverage = Coverage::draw(&mut rng);
    Cases {
        rng,
        index: 0,
        coverage,
    }
}

/// The stream returned by [`cases`]; it never ends.
#[derive(Debug, Clone)]
pub struct Cases {
    rng: ChaCha8Rng,
    index: u64,
    coverage: Coverage,
}

impl Cases {
    /// The same stream, each case paired with the key of the theme it was written from
    /// (such as `"emergency_triage"`): ground truth for judging theme discovery.
    pub fn with_themes(mut self) -> impl Iterator<Item = (&'static str, Case)> {
        std::iter::from_fn(move || Some(self.next_with_theme()))
    }

    fn next_with_theme(&mut self) -> (&'static str, Case) {
        let plan = Plan::draw(&mut self.rng, self.index, &self.coverage);
        self.index += 1;
        (plan.theme.key, plan.into_case())
    }
}

impl Iterator for Cases {
    type Item = Case;

    fn next(&mut self) -> Option<Case> {
        Some(self.next_with_theme().1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::MAX, None)
    }
}

impl std::iter::FusedIterator for Cases {}

const TOOLKITS_JSON: &str = include_str!("toolkits.json");

/// Real, public innovation toolkits and method guides: a starting set for the toolkit
/// navigator. Descriptions are our own words.
pub fn toolkits() -> Vec<Toolkit> {
    serde_json::from_str(TOOLKITS_JSON)
        .unwrap_or_else(|e| panic!("demo/toolkits.json is not a list of toolkits: {e}"))
}

/// The position of `lang` in [`Lang::ALL`], which orders every multilingual table here.
fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Es => 1,
        Lang::Fr => 2,
        Lang::Pt => 3,
    }
}

/// The starting tags and technologies, built once.
fn terms() -> &'static [Term] {
    static TERMS: OnceLock<Vec<Term>> = OnceLock::new();
    TERMS.get_or_init(|| {
        let mut terms = default_tags();
        terms.extend(default_technologies());
        terms
    })
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeSet, HashSet};

    use super::*;
    use crate::case::CaseSource;
    use crate::terms::TermKind;
    use crate::vocab::{
        CaseStatus, GovLevel, InnovationFacet, Lifecycle, OrgType, Sector, Stage, Vocabulary,
    };

    fn json(cases: impl Iterator<Item = Case>) -> Vec<String> {
        cases.map(|c| serde_json::to_string(&c).unwrap()).collect()
    }

    #[test]
    fn a_seed_always_gives_the_same_corpus() {
        let a = json(cases(7).take(200));
        assert_eq!(a, json(cases(7).take(200)));
        let b = json(cases(8).take(200));
        assert_ne!(a, b);
        assert!(
            a.iter().zip(&b).filter(|(x, y)| x != y).count() > 190,
            "seeds give different corpora"
        );
    }

    #[test]
    fn theme_labels_accompany_the_same_stream() {
        let labelled: Vec<(&str, Case)> = cases(5).with_themes().take(300).collect();
        let plain: Vec<Case> = cases(5).take(300).collect();
        assert!(labelled.iter().map(|(_, c)| c).eq(plain.iter()));
        let keys: HashSet<&str> = labelled.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            keys.len(),
            themes::THEMES.len(),
            "the first cases visit every theme"
        );
    }

    #[test]
    fn the_first_cases_are_valid_published_records_with_unique_slugs() {
        let mut slugs = HashSet::new();
        let mut titles = HashSet::new();
        for case in cases(42).take(2_000) {
            assert_eq!(case.validate(), Ok(()), "{}", case.slug);
            assert_eq!(case.status, CaseStatus::Published);
            assert_eq!(case.provenance.source, CaseSource::Submitted);
            assert_eq!(case.provenance.licence, "CC-BY-4.0");
            assert_eq!(case.provenance.attribution, None);
            let published = case.provenance.published_at.expect("published_at is set");
            assert!(
                case.provenance.created_at <= published && published <= case.provenance.updated_at
            );
            assert!(
                case.story
                    .sections()
                    .iter()
                    .all(|(_, _, text)| text.is_some_and(|t| !t.trim().is_empty()))
            );
            let overview_paragraphs = case.overview.split("\n\n").count();
            assert!((2..=4).contains(&overview_paragraphs), "{}", case.overview);
            let texts = [
                &case.title,
                &case.pitch,
                &case.overview,
                &case.organisation.name,
            ];
            for text in texts.into_iter().chain(case.story.innovation.as_ref()) {
                assert!(
                    !text.contains('{') && !text.contains('}') && !text.contains('|'),
                    "unfilled slot: {text}"
                );
            }
            for url in case.links.iter().map(|l| &l.url).chain(&case.website) {
                assert!(
                    url.starts_with("https://") && url.contains("example."),
                    "{url}"
                );
            }
            assert!(
                slugs.insert(case.slug.clone()),
                "duplicate slug {}",
                case.slug
            );
            titles.insert(case.title);
        }
        assert!(
            titles.len() >= 1_900,
            "only {} distinct titles in 2 000",
            titles.len()
        );
    }

    #[test]
    fn any_stream_covers_the_vocabularies_early() {
        for seed in [0, 1, 42, 2024, u64::MAX] {
            let first: Vec<Case> = cases(seed).take(1_084).collect();
            let countries: BTreeSet<_> = first.iter().flat_map(|c| &c.countries).collect();
            assert!(
                countries.len() >= 94,
                "seed {seed}: {} countries",
                countries.len()
            );
            let un = crate::country::CountryCode::un_members();
            assert!(countries.iter().all(|c| un.contains(c)));
            fn all_seen<V: Vocabulary + Eq + std::fmt::Debug>(
                seen: impl IntoIterator<Item = V>,
                seed: u64,
            ) {
                let seen: Vec<V> = seen.into_iter().collect();
                for v in V::ALL {
                    assert!(seen.contains(v), "seed {seed}: no {v:?}");
                }
            }
            all_seen::<Stage>(first.iter().filter_map(|c| c.stage), seed);
            all_seen::<InnovationFacet>(first.iter().flat_map(|c| c.facets.clone()), seed);
            all_seen::<GovLevel>(first.iter().filter_map(|c| c.level), seed);
            all_seen::<Sector>(first.iter().flat_map(|c| c.sectors.clone()), seed);
            all_seen::<OrgType>(first.iter().filter_map(|c| c.organisation.kind), seed);
            all_seen::<Lifecycle>(first.iter().filter_map(|c| c.lifecycle), seed);
            assert!(
                first.iter().any(|c| c.countries.len() > 1),
                "seed {seed}: no multi-country case"
            );
            assert!(first.iter().any(|c| c.year_ended.is_some()));
            assert!(
                first
                    .iter()
                    .all(|c| c.year_launched.is_some_and(|y| (2008..=2026).contains(&y)))
            );
            let recent = first
                .iter()
                .filter(|c| c.year_launched >= Some(2020))
                .count();
            let early = first
                .iter()
                .filter(|c| c.year_launched < Some(2012))
                .count();
            assert!(
                recent > early * 2,
                "seed {seed}: {recent} recent, {early} early"
            );
            assert!(
                first
                    .iter()
                    .any(|c| c.subnational.is_some() && c.level == Some(GovLevel::Local))
            );
            assert!(
                first.iter().any(|c| !c.links.is_empty())
                    && first.iter().any(|c| !c.sdgs.is_empty())
            );
        }
    }

    #[test]
    fn some_records_are_in_spanish_french_or_portuguese() {
        let first: Vec<Case> = cases(3).take(2_000).collect();
        let foreign = first.iter().filter(|c| c.language != "en").count();
        let share = foreign as f64 / first.len() as f64;
        assert!((0.08..=0.25).contains(&share), "non-English share {share}");
        for (lang, accent) in [("es", "ó"), ("fr", "é"), ("pt", "ç")] {
            let written: Vec<&Case> = first.iter().filter(|c| c.language == lang).collect();
            assert!(written.len() >= 20, "{lang}: {}", written.len());
            assert!(
                written.iter().any(|c| c.overview.contains(accent)),
                "{lang} without {accent}"
            );
            assert!(
                first
                    .iter()
                    .any(|c| c.language == "en" && c.translations.contains_key(lang)),
                "no English record translated into {lang}"
            );
        }
        assert!(
            first
                .iter()
                .all(|c| ["en", "es", "fr", "pt"].contains(&c.language.as_str()))
        );
        let spanish = first.iter().find(|c| c.language == "es").unwrap();
        assert!(
            spanish.overview.contains(" la ") || spanish.overview.contains(" los "),
            "{}",
            spanish.overview
        );
    }

    #[test]
    fn every_slug_used_exists_in_the_starting_vocabularies() {
        let slugs = |kind| -> HashSet<&str> {
            terms()
                .iter()
                .filter(|t| t.kind == kind)
                .map(|t| t.slug.as_str())
                .collect()
        };
        let (tags, techs) = (slugs(TermKind::Tag), slugs(TermKind::Technology));
        for theme in themes::THEMES {
            assert!(theme.tags.iter().all(|t| tags.contains(t)), "{}", theme.key);
            assert!(
                theme.techs.iter().all(|t| techs.contains(t)),
                "{}",
                theme.key
            );
        }
        for tech in &techs {
            let groups = phrases::TECH_GROUPS
                .iter()
                .filter(|g| g.slugs.contains(tech))
                .count();
            assert_eq!(groups, 1, "{tech} is in {groups} technology groups");
        }
        let described: HashSet<&str> = phrases::TAG_SENTENCES.iter().map(|(s, _)| *s).collect();
        assert_eq!(described, tags, "every tag has a sentence and only tags do");
        for case in cases(11).take(2_000) {
            assert!(
                case.tags.iter().all(|t| tags.contains(t.as_str())),
                "{:?}",
                case.tags
            );
            assert!(
                case.technologies.iter().all(|t| techs.contains(t.as_str())),
                "{:?}",
                case.technologies
            );
            assert!(!case.tags.is_empty());
        }
    }

    #[test]
    fn themes_span_the_sectors_with_their_own_vocabulary() {
        let themes = themes::THEMES;
        assert!(themes.len() >= 25, "{} themes", themes.len());
        let primary: HashSet<Sector> = themes.iter().map(|t| t.sectors[0]).collect();
        assert_eq!(
            primary.len(),
            Sector::ALL.len(),
            "every sector leads some theme"
        );
        let keys: HashSet<&str> = themes.iter().map(|t| t.key).collect();
        assert_eq!(keys.len(), themes.len());
        for theme in themes {
            let own = theme.text[0].words.iter().filter(|w| {
                themes
                    .iter()
                    .filter(|other| other.key != theme.key)
                    .all(|other| !other.text[0].words.contains(w))
            });
            assert!(own.count() >= 4, "{} shares too many key words", theme.key);
            for text in &theme.text {
                for list in [
                    text.heads,
                    text.targets,
                    text.pitch,
                    text.problem,
                    text.approach,
                    text.users,
                    text.results,
                    text.words,
                ] {
                    assert!(!list.is_empty(), "{} has an empty phrase list", theme.key);
                }
            }
        }
    }

    #[test]
    fn toolkits_are_valid_and_distinct() {
        let toolkits = toolkits();
        assert!(toolkits.len() >= 30, "{} toolkits", toolkits.len());
        let mut slugs = HashSet::new();
        for t in &toolkits {
            assert_eq!(t.validate(), Ok(()), "{}", t.slug);
            assert!(
                slugs.insert(t.slug.as_str()),
                "duplicate toolkit {}",
                t.slug
            );
            assert!(t.url.starts_with("https://"), "{}", t.url);
            assert!(
                !t.purposes.is_empty() && !t.languages.is_empty(),
                "{}",
                t.slug
            );
            assert!(
                t.languages
                    .iter()
                    .all(|l| l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()))
            );
            let sentences = t.description.matches(". ").count() + 1;
            assert!(
                (2..=4).contains(&sentences),
                "{}: {sentences} sentences",
                t.slug
            );
        }
    }
}
