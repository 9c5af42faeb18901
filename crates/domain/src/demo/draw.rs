//! Drawing a case: every random choice for one case, made in a fixed order from the
//! stream's generator so that a seed always gives the same corpus, then turned into a
//! [`Case`] with the texts written by `write.rs`.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::phrases::BANKS;
use super::themes::{THEMES, Theme};
use super::world::{Country, World};
use super::write::{SPAN, Texts, write};
use super::{lang_index, terms};
use crate::case::{Case, CaseSource, Link, Media, Organisation, Provenance, Translation};
use crate::lang::Lang;
use crate::slug::slugify;
use crate::terms::TermKind;
use crate::vocab::{
    CaseStatus, GovLevel, InnovationFacet, Lifecycle, OrgType, Sector, Stage, Vocabulary,
};

/// The first cases of a stream cycle through countries, themes and every closed
/// vocabulary so that any stream covers them all early on.
const COVERAGE: u64 = 150;
const FIRST_YEAR: i32 = 2008;
const LAST_YEAR: i32 = 2026;
/// Share of records written in the local language where that is Spanish, French or
/// Portuguese (and English is not also official).
const LOCAL_LANGUAGE: f64 = 0.5;

/// Plausible pairs of level and organisation type that the coverage phase cycles
/// through; together they hold every level and every type.
const COVERAGE_WHO: [(GovLevel, OrgType); 11] = [
    (GovLevel::National, OrgType::Government),
    (GovLevel::Local, OrgType::Government),
    (GovLevel::Regional, OrgType::Government),
    (GovLevel::Supranational, OrgType::InternationalOrganisation),
    (GovLevel::Other, OrgType::Ngo),
    (GovLevel::National, OrgType::IndependentInstitution),
    (GovLevel::Local, OrgType::Ngo),
    (GovLevel::Other, OrgType::Academia),
    (GovLevel::Supranational, OrgType::Government),
    (GovLevel::Other, OrgType::PrivateSector),
    (GovLevel::National, OrgType::Government),
];

/// A seeded walk through the countries and themes for the first [`COVERAGE`] cases.
#[derive(Debug, Clone)]
pub(super) struct Coverage {
    country_start: usize,
    country_step: usize,
    theme_start: usize,
}

impl Coverage {
    pub fn draw(rng: &mut ChaCha8Rng) -> Coverage {
        let n = World::get().countries.len();
        let country_step = loop {
            let step = rng.random_range(1..n);
            if gcd(step, n) == 1 {
                break step;
            }
        };
        Coverage {
            country_start: rng.random_range(0..n),
            country_step,
            theme_start: rng.random_range(0..THEMES.len()),
        }
    }
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// Where the initiative sits, which decides how texts say "where".
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Placement {
    Local,
    Regional,
    National,
    MultiCountry,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TitleStyle {
    Plain,
    /// "Beacon: …".
    Branded,
    /// "… in Riverside", or branded where the language cannot say where.
    Located,
}

/// Figures quoted in the texts, the same in every language of a case.
pub(super) struct Figures {
    pub pct: u32,
    pub pct2: u32,
    pub n: u32,
    pub n2: u32,
    pub months: u32,
}

/// Every choice made for one case.
pub(super) struct Plan {
    pub index: u64,
    pub theme: &'static Theme,
    pub lang: Lang,
    pub translation: Option<Lang>,
    pub countries: Vec<&'static Country>,
    pub placement: Placement,
    pub level: GovLevel,
    pub org_type: OrgType,
    pub sectors: Vec<Sector>,
    pub techs: Vec<&'static str>,
    pub tags: Vec<&'static str>,
    pub facets: Vec<InnovationFacet>,
    pub sdgs: Vec<u8>,
    pub year: i32,
    pub year_ended: Option<i32>,
    pub stage: Stage,
    pub lifecycle: Lifecycle,
    pub figures: Figures,
    pub title_style: TitleStyle,
    /// Programme name and suffix, for branded titles.
    pub brand: (usize, usize),
    /// Indices into the organisation, town and region lists of a language.
    pub org_pick: usize,
    pub city_pick: usize,
    pub region_pick: usize,
    /// Seeds the phrase choices, so every language of a case is written alike.
    pub text_seed: u64,
    website: bool,
    site_link: bool,
    report_link: bool,
    document: bool,
    video: bool,
    image: bool,
    created_day: i64,
    published_after: i64,
    updated_after: i64,
}

impl Plan {
    pub fn draw(rng: &mut ChaCha8Rng, index: u64, coverage: &Coverage) -> Plan {
        let world = World::get();
        // While covering, `i` cycles each vocabulary; `index < COVERAGE` keeps it small.
        let covering = index < COVERAGE;
        let i = usize::try_from(index % COVERAGE).unwrap_or_default();

        let theme = if covering {
            &THEMES[(coverage.theme_start + i) % THEMES.len()]
        } else {
            &THEMES[rng.random_range(0..THEMES.len())]
        };
        let primary = if covering {
            let n = world.countries.len();
            &world.countries[(coverage.country_start + i * coverage.country_step) % n]
        } else {
            world.sample(rng)
        };
        let level = if covering {
            COVERAGE_WHO[i % COVERAGE_WHO.len()].0
        } else {
            weighted(
                rng,
                &[
                    (GovLevel::National, 40),
                    (GovLevel::Regional, 18),
                    (GovLevel::Local, 28),
                    (GovLevel::Supranational, 6),
                    (GovLevel::Other, 8),
                ],
            )
        };
        let org_type = if covering {
            COVERAGE_WHO[i % COVERAGE_WHO.len()].1
        } else {
            draw_org_type(rng, level)
        };

        let mut countries = vec![primary];
        let extra = match level {
            GovLevel::Supranational if rng.random_bool(0.75) => rng.random_range(1..=2),
            GovLevel::Supranational => 0,
            _ => usize::from(rng.random_bool(0.03)),
        };
        for _ in 0..extra {
            countries.push(draw_partner_country(rng, world, &countries));
        }
        let placement = match level {
            _ if countries.len() > 1 => Placement::MultiCountry,
            GovLevel::Local => Placement::Local,
            GovLevel::Regional => Placement::Regional,
            _ => Placement::National,
        };

        let year = draw_year(rng, theme.since);
        let lifecycle = if covering {
            Lifecycle::ALL[(i / Stage::ALL.len()) % Lifecycle::ALL.len()]
        } else if year <= 2020 {
            weighted(
                rng,
                &[
                    (Lifecycle::Active, 50),
                    (Lifecycle::Completed, 35),
                    (Lifecycle::Discontinued, 15),
                ],
            )
        } else {
            weighted(
                rng,
                &[
                    (Lifecycle::Active, 82),
                    (Lifecycle::Completed, 10),
                    (Lifecycle::Discontinued, 8),
                ],
            )
        };
        let year_ended = (lifecycle != Lifecycle::Active)
            .then(|| (year + rng.random_range(1..=5)).min(LAST_YEAR));
        let stage = if covering {
            Stage::ALL[i % Stage::ALL.len()]
        } else {
            draw_stage(rng, lifecycle, year)
        };

        let primary_facet = if covering {
            InnovationFacet::ALL[i % InnovationFacet::ALL.len()]
        } else {
            theme.facets[rng.random_range(0..theme.facets.len())]
        };
        let mut facets = vec![primary_facet];
        if rng.random_bool(0.25) {
            push_new(
                &mut facets,
                InnovationFacet::ALL[rng.random_range(0..InnovationFacet::ALL.len())],
            );
        }

        let (lang, translation) = draw_language(rng, primary);

        let mut sectors = vec![theme.sectors[0]];
        if theme.sectors.len() > 1 && rng.random_bool(0.4) {
            sectors.push(theme.sectors[1]);
        }
        if rng.random_bool(0.08) {
            push_new(
                &mut sectors,
                Sector::ALL[rng.random_range(0..Sector::ALL.len())],
            );
        }

        let mut techs = Vec::new();
        if !theme.techs.is_empty() && !rng.random_bool(0.1) {
            draw_from(rng, theme.techs, 3, &mut techs);
            if rng.random_bool(0.08) {
                push_new(&mut techs, random_term(rng, TermKind::Technology));
            }
        }
        let mut tags = Vec::new();
        draw_from(rng, theme.tags, 3, &mut tags);
        if countries.len() > 1 && rng.random_bool(0.6) {
            push_new(&mut tags, "cross_border");
        }
        if rng.random_bool(0.15) {
            push_new(&mut tags, random_term(rng, TermKind::Tag));
        }

        let mut sdgs = theme.sdgs.to_vec();
        if rng.random_bool(0.2) {
            sdgs.push([10, 16, 17][rng.random_range(0..3)]);
        }
        sdgs.sort_unstable();
        sdgs.dedup();

        let figures = Figures {
            pct: rng.random_range(8..=45),
            pct2: rng.random_range(5..=30),
            n: log_uniform(rng, 150.0, 50_000.0),
            n2: log_uniform(rng, 500.0, 200_000.0),
            months: rng.random_range(6..=36),
        };
        let title_style = weighted(
            rng,
            &[
                (TitleStyle::Branded, 35),
                (TitleStyle::Located, 55),
                (TitleStyle::Plain, 10),
            ],
        );

        Plan {
            index,
            theme,
            lang,
            translation,
            countries,
            placement,
            level,
            org_type,
            sectors,
            techs,
            tags,
            facets,
            sdgs,
            year,
            year_ended,
            stage,
            lifecycle,
            figures,
            title_style,
            brand: (rng.random_range(0..SPAN), rng.random_range(0..SPAN)),
            org_pick: rng.random_range(0..SPAN),
            city_pick: rng.random_range(0..SPAN),
            region_pick: rng.random_range(0..SPAN),
            text_seed: rng.random(),
            website: rng.random_bool(0.45),
            site_link: rng.random_bool(0.6),
            report_link: rng.random_bool(0.3),
            document: rng.random_bool(0.1),
            video: rng.random_bool(0.1),
            image: rng.random_bool(0.15),
            created_day: rng.random_range(0..if year >= LAST_YEAR { 120 } else { 330 }),
            published_after: rng.random_range(3..=90),
            updated_after: rng.random_range(0..=60),
        }
    }

    /// The published case this plan describes.
    pub fn into_case(self) -> Case {
        let Texts {
            title,
            pitch,
            overview,
            story,
            organisation,
            subnational,
        } = write(&self, self.lang, true);
        let slug = format!("{}-{}", slugify(&title), self.index);
        let translations: BTreeMap<String, Translation> = self
            .translation
            .map(|lang| {
                let t = write(&self, lang, false);
                (
                    lang.code().to_string(),
                    Translation {
                        title: t.title,
                        pitch: t.pitch,
                        overview: t.overview,
                    },
                )
            })
            .into_iter()
            .collect();
        let bank = &BANKS[lang_index(self.lang)];

        let mut links = Vec::new();
        if self.site_link {
            links.push(Link {
                title: bank.link_site.into(),
                url: format!("https://example.org/initiatives/{slug}"),
            });
        }
        if self.report_link {
            links.push(Link {
                title: bank.link_report.into(),
                url: format!("https://example.net/reports/{slug}"),
            });
        }
        let videos = if self.video {
            vec![Link {
                title: bank.video.into(),
                url: format!("https://video.example.com/watch/{slug}"),
            }]
        } else {
            Vec::new()
        };
        let images = if self.image {
            vec![Media {
                url: format!("https://example.org/images/{slug}.jpg"),
                title: bank.image_title.into(),
                alt: Some(bank.image_alt.into()),
                media_type: Some("image/jpeg".into()),
            }]
        } else {
            Vec::new()
        };
        let documents = if self.document {
            vec![Media {
                url: format!("https://example.org/documents/{slug}.pdf"),
                title: bank.link_report.into(),
                alt: None,
                media_type: Some("application/pdf".into()),
            }]
        } else {
            Vec::new()
        };

        // Timestamps come from the launch year and the index, never from the clock.
        let created_at = start_of_year(self.year)
            + TimeDelta::days(self.created_day)
            + TimeDelta::seconds(i64::try_from(self.index % 36_000).unwrap_or_default());
        let published_at = created_at + TimeDelta::days(self.published_after);
        let updated_at = published_at + TimeDelta::days(self.updated_after);

        Case {
            website: self
                .website
                .then(|| format!("https://www.example.org/{slug}")),
            slug,
            status: CaseStatus::Published,
            title,
            pitch,
            overview,
            language: self.lang.code().into(),
            translations,
            organisation: Organisation {
                name: organisation,
                kind: Some(self.org_type),
            },
            countries: self.countries.iter().map(|c| c.code.clone()).collect(),
            subnational,
            nuts: None,
            level: Some(self.level),
            sectors: self.sectors,
            tags: self.tags.iter().map(|t| t.to_string()).collect(),
            technologies: self.techs.iter().map(|t| t.to_string()).collect(),
            facets: self.facets,
            sdgs: self.sdgs,
            year_launched: Some(self.year),
            year_ended: self.year_ended,
            stage: Some(self.stage),
            lifecycle: Some(self.lifecycle),
            story,
            links,
            images,
            documents,
            videos,
            provenance: Provenance {
                source: CaseSource::Submitted,
                licence: "CC-BY-4.0".into(),
                attribution: None,
                submitted_by: None,
                collaborators: Vec::new(),
                call: None,
                created_at,
                updated_at,
                published_at: Some(published_at),
            },
        }
    }
}

fn start_of_year(year: i32) -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(year, 1, 1)
        .and_then(|d| d.and_hms_opt(8, 0, 0))
        .expect("launch years are valid calendar years")
        .and_utc()
}

/// One value drawn with integer weights.
fn weighted<T: Copy>(rng: &mut ChaCha8Rng, items: &[(T, u32)]) -> T {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    let mut x = rng.random_range(0..total);
    for &(item, w) in items {
        if x < w {
            return item;
        }
        x -= w;
    }
    unreachable!("x is below the total weight")
}

fn push_new<T: PartialEq>(items: &mut Vec<T>, item: T) {
    if !items.contains(&item) {
        items.push(item);
    }
}

/// One to `max` distinct items, the first (most typical) one more often than the rest.
fn draw_from(rng: &mut ChaCha8Rng, pool: &[&'static str], max: usize, out: &mut Vec<&'static str>) {
    let count = rng.random_range(1..=max.min(pool.len()));
    if rng.random_bool(0.6) {
        out.push(pool[0]);
    }
    while out.len() < count {
        push_new(out, pool[rng.random_range(0..pool.len())]);
    }
}

fn random_term(rng: &mut ChaCha8Rng, kind: TermKind) -> &'static str {
    let mut pool = terms().iter().filter(|t| t.kind == kind);
    let n = pool.clone().count();
    let term = pool
        .nth(rng.random_range(0..n))
        .expect("the starting vocabularies are not empty");
    term.slug.as_str()
}

fn draw_org_type(rng: &mut ChaCha8Rng, level: GovLevel) -> OrgType {
    use OrgType::*;
    match level {
        GovLevel::Supranational => {
            weighted(rng, &[(InternationalOrganisation, 60), (Government, 40)])
        }
        GovLevel::Other => weighted(
            rng,
            &[
                (Ngo, 30),
                (Academia, 25),
                (PrivateSector, 20),
                (IndependentInstitution, 25),
            ],
        ),
        _ => weighted(
            rng,
            &[
                (Government, 84),
                (Ngo, 5),
                (Academia, 4),
                (PrivateSector, 3),
                (IndependentInstitution, 4),
            ],
        ),
    }
}

/// Another country for a multi-country case, from the same region when possible.
fn draw_partner_country(
    rng: &mut ChaCha8Rng,
    world: &'static World,
    chosen: &[&'static Country],
) -> &'static Country {
    let region = chosen[0].region;
    let fresh = |c: &Country| chosen.iter().all(|x| x.code != c.code);
    for _ in 0..20 {
        let c = world.sample(rng);
        if c.region == region && fresh(c) {
            return c;
        }
    }
    loop {
        let c = &world.countries[rng.random_range(0..world.countries.len())];
        if fresh(c) {
            return c;
        }
    }
}

/// Launch years, more of them recent; never before the theme plausibly exists.
fn draw_year(rng: &mut ChaCha8Rng, since: i32) -> i32 {
    let weights: Vec<(i32, u32)> = (since.max(FIRST_YEAR)..=LAST_YEAR)
        .map(|y| {
            let w = match y {
                2026 => 8,
                2025 => 18,
                2024 => 20,
                _ => u32::try_from(y - 2005).unwrap_or(1),
            };
            (y, w)
        })
        .collect();
    weighted(rng, &weights)
}

fn draw_stage(rng: &mut ChaCha8Rng, lifecycle: Lifecycle, year: i32) -> Stage {
    use Stage::*;
    let weights = match lifecycle {
        Lifecycle::Active if year >= 2024 => [12, 18, 20, 38, 8, 4],
        Lifecycle::Active => [3, 5, 7, 50, 20, 15],
        Lifecycle::Completed | Lifecycle::Discontinued => [2, 3, 5, 30, 35, 25],
    };
    let stages = [
        IdentifyingProblems,
        GeneratingIdeas,
        DevelopingProposals,
        Implementation,
        Evaluation,
        DiffusingLessons,
    ];
    let items: Vec<(Stage, u32)> = stages.into_iter().zip(weights).collect();
    weighted(rng, &items)
}

/// The record's language and, sometimes, a translation.
fn draw_language(rng: &mut ChaCha8Rng, country: &Country) -> (Lang, Option<Lang>) {
    match country.lang {
        Lang::En => (Lang::En, None),
        local if country.with_english => (Lang::En, rng.random_bool(0.4).then_some(local)),
        local if rng.random_bool(LOCAL_LANGUAGE) => {
            (local, rng.random_bool(0.25).then_some(Lang::En))
        }
        local => (Lang::En, rng.random_bool(0.35).then_some(local)),
    }
}

/// A count between `low` and `high`, as likely to be in the hundreds as in the
/// thousands, rounded down to two significant figures ("more than 12,000 people").
fn log_uniform(rng: &mut ChaCha8Rng, low: f64, high: f64) -> u32 {
    round_figure(low * (rng.random::<f64>() * (high / low).ln()).exp())
}

fn round_figure(x: f64) -> u32 {
    let n = x as u32;
    let mut unit = 1;
    while n / unit >= 100 {
        unit *= 10;
    }
    n / unit * unit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_coverage_pairs_hold_every_level_and_type() {
        for level in GovLevel::ALL {
            assert!(COVERAGE_WHO.iter().any(|(l, _)| l == level), "{level:?}");
        }
        for kind in OrgType::ALL {
            assert!(COVERAGE_WHO.iter().any(|(_, k)| k == kind), "{kind:?}");
        }
    }

    #[test]
    fn figures_are_rounded_and_weights_respected() {
        assert_eq!(round_figure(12_347.0), 12_000);
        assert_eq!(round_figure(987.0), 980);
        assert_eq!(round_figure(42.0), 42);
        let mut rng = <ChaCha8Rng as rand::SeedableRng>::seed_from_u64(1);
        for _ in 0..100 {
            assert_eq!(weighted(&mut rng, &[("never", 0), ("always", 3)]), "always");
            let y = draw_year(&mut rng, 2021);
            assert!((2021..=LAST_YEAR).contains(&y), "{y}");
        }
    }
}
