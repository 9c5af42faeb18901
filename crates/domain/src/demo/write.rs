//! Writing a case's texts in one language from its plan: the title, the pitch, a
//! Markdown overview and the eight story sections, composed from the theme's phrases and
//! the shared banks, with slots filled and every text kept within the record's limits.
//! The phrase choices come from a generator seeded by the plan, so a translation says the
//! same things as the original.

use std::fmt::Write as _;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::draw::{Figures, Placement, Plan, TitleStyle};
use super::phrases::{
    BANKS, BRAND_SUFFIXES, CITIES, TAG_SENTENCES, TECH_GROUPS, facet_sentences, sector_bodies,
};
use super::world::Country;
use super::{lang_index, terms};
use crate::case::{MAX_OVERVIEW, MAX_PITCH, MAX_STORY, Story};
use crate::lang::Lang;
use crate::vocab::{GovLevel, Lifecycle, OrgType, Vocabulary};

/// A case's texts in one language.
pub(super) struct Texts {
    pub title: String,
    pub pitch: String,
    pub overview: String,
    /// Left empty when only a translation (title, pitch, overview) was asked for.
    pub story: Story,
    pub organisation: String,
    pub subnational: Option<String>,
}

/// Writes the texts of `plan` in `lang`; the story only when `with_story`.
pub(super) fn write(plan: &Plan, lang: Lang, with_story: bool) -> Texts {
    let li = lang_index(lang);
    let bank = &BANKS[li];
    let text = &plan.theme.text[li];
    // A record and its translation choose among the phrases both languages have (the
    // lists are aligned: entry k says the same thing in every language), so that the
    // same draws pick the same content.
    let twin = if lang == plan.lang {
        plan.translation
    } else {
        Some(plan.lang)
    };
    let (twin_text, twin_bank) = twin.map_or((text, bank), |t| {
        (&plan.theme.text[lang_index(t)], &BANKS[lang_index(t)])
    });
    let shared =
        |mine: &'static [&'static str], theirs: &[&str]| &mine[..mine.len().min(theirs.len())];
    let mut p = Picker(ChaCha8Rng::seed_from_u64(plan.text_seed));
    let primary = plan.countries[0];

    // Places: town names follow the country's language, region names the record's.
    let city = nth(CITIES[lang_index(primary.lang)], plan.city_pick);
    let (region_article, region) = split_article(nth(bank.regions, plan.region_pick));
    let of_region = with_preposition(lang, Preposition::Of, region_article, region);
    let in_region = with_preposition(lang, Preposition::In, region_article, region);
    let in_city = match lang {
        Lang::En => format!("in {city}"),
        Lang::Es => format!("en {city}"),
        Lang::Fr => format!("à {city}"),
        Lang::Pt => format!("em {city}"),
    };
    let where_ = match plan.placement {
        Placement::Local => in_city.clone(),
        Placement::Regional => in_region.clone(),
        Placement::National => in_country(lang, primary),
        Placement::MultiCountry => in_countries(lang, &plan.countries),
    };

    let org_template = match plan.org_type {
        OrgType::Government => match plan.level {
            GovLevel::Local => nth(bank.local_gov, plan.org_pick),
            GovLevel::Regional => nth(bank.regional_gov, plan.org_pick),
            GovLevel::Supranational => nth(bank.supranational_gov, plan.org_pick),
            GovLevel::National => sector_bodies(plan.sectors[0])[plan.org_pick % 2][li],
            GovLevel::Other => sector_bodies(plan.sectors[0])[1][li],
        },
        OrgType::Ngo => nth(bank.ngo, plan.org_pick),
        OrgType::InternationalOrganisation => nth(bank.international, plan.org_pick),
        OrgType::Academia => nth(bank.academia, plan.org_pick),
        OrgType::PrivateSector => nth(bank.private, plan.org_pick),
        OrgType::IndependentInstitution => nth(bank.independent, plan.org_pick),
    };
    let (org_article, org_name) = split_article(org_template);
    let org_name = org_name
        .replace("{city}", city)
        .replace("{region}", region)
        .replace("{of_region}", &of_region);
    let org = format!("{org_article}{org_name}");

    // From here on every phrase is chosen through `p`, which draws the same numbers in
    // the same order whatever the language; phrase lists are aligned across languages,
    // so a translation mostly says what the original says.
    let [word, word2] = p.two(shared(text.words, twin_text.words));
    let partner_count = 2 + p.index() % 2;
    let partners = join(
        lang,
        &p.run(
            shared(bank.partner_kinds, twin_bank.partner_kinds),
            partner_count,
        ),
    );
    let stage = lowercase_first(plan.stage.label(lang));
    let slots = Slots {
        lang,
        org: &org,
        where_: &where_,
        users: text.users[0],
        stakeholders: p.one(shared(text.users, twin_text.users)),
        word,
        word2,
        partners: &partners,
        stage: &stage,
        year: plan.year,
        year_end: plan.year_ended.unwrap_or(plan.year),
        figures: &plan.figures,
    };

    let head = p.one(shared(text.heads, twin_text.heads));
    let target = p.one(shared(text.targets, twin_text.targets));
    let place = match (plan.title_style, plan.placement) {
        (TitleStyle::Located, Placement::Local) => Some(in_city),
        (TitleStyle::Located, Placement::Regional) => Some(in_region),
        (TitleStyle::Located, Placement::National) if matches!(lang, Lang::En | Lang::Es) => {
            Some(in_country(lang, primary))
        }
        _ => None,
    };
    let mut title = String::new();
    if plan.title_style == TitleStyle::Branded
        || (plan.title_style == TitleStyle::Located && place.is_none())
    {
        // A programme keeps its name in every language of the record.
        let (brand, suffix) = plan.brand;
        title.push_str(nth(BANKS[lang_index(plan.lang)].brands, brand));
        title.push_str(nth(BRAND_SUFFIXES, suffix));
        title.push_str(bank.colon);
    }
    title.push_str(head);
    title.push(' ');
    title.push_str(target);
    if let Some(place) = place {
        title.push(' ');
        title.push_str(&place);
    }

    let mut pitch = Section::new(MAX_PITCH, &slots);
    pitch.push(p.one(shared(text.pitch, twin_text.pitch)));

    let [result, other_result] = p.two(shared(text.results, twin_text.results));
    let first_tech_group = plan
        .techs
        .first()
        .and_then(|t| TECH_GROUPS.iter().find(|g| g.slugs.contains(t)));
    let facet = facet_sentences(plan.facets[0]);

    let mut context = Section::new(MAX_OVERVIEW, &slots);
    context.push(p.one(shared(text.problem, twin_text.problem)));
    context.push(p.one(shared(bank.context, twin_bank.context)));
    let mut approach = Section::new(MAX_OVERVIEW, &slots);
    approach.push(p.one(shared(bank.launch, twin_bank.launch)));
    let approach_count = 1 + p.index() % 2;
    for sentence in p.run(shared(text.approach, twin_text.approach), approach_count) {
        approach.push(sentence);
    }
    let mut outcome = Section::new(MAX_OVERVIEW, &slots);
    outcome.push(facet[li][0]);
    outcome.push(result);
    outcome.push(bank.stage);
    outcome.push(match plan.lifecycle {
        Lifecycle::Active => bank.active,
        Lifecycle::Completed => bank.completed,
        Lifecycle::Discontinued => bank.discontinued,
    });
    let features = features(plan, lang);
    let mut overview = String::new();
    for paragraph in [context.text, approach.text, features, outcome.text] {
        let sep = if overview.is_empty() { "" } else { "\n\n" };
        if overview.chars().count() + sep.len() + paragraph.chars().count() <= MAX_OVERVIEW {
            overview.push_str(sep);
            overview.push_str(&paragraph);
        }
    }

    let story = if with_story {
        let section = |parts: &[&str]| {
            let mut s = Section::new(MAX_STORY, &slots);
            for part in parts {
                s.push(part);
            }
            Some(s.text)
        };
        let tech_intro = first_tech_group.map_or("", |g| g.intro[li]);
        let tech_challenge = first_tech_group.map_or("", |g| g.challenge[li]);
        let innovation = p.one(bank.innovation);
        let [partners_a, partners_b] = [p.one(bank.partners), p.one(bank.partners_more)];
        let [beneficiaries_a, beneficiaries_b] = [
            p.one(&bank.beneficiaries[..2]),
            p.one(&bank.beneficiaries[2..]),
        ];
        let [results_b, challenge] = [p.one(bank.results), p.one(bank.challenges)];
        let [condition_a, condition_b] = p.two(bank.conditions);
        let [replication_a, replication_b] = p.two(bank.replication);
        let replication_b = if p.index().is_multiple_of(2) {
            replication_b
        } else {
            ""
        };
        let [lesson_a, lesson_b] = p.two(bank.lessons);
        Story {
            innovation: section(&[innovation, facet[li][1], tech_intro]),
            partners: section(&[partners_a, partners_b]),
            beneficiaries: section(&[beneficiaries_a, beneficiaries_b]),
            results: section(&[other_result, results_b]),
            challenges: section(&[tech_challenge, challenge]),
            conditions: section(&[condition_a, condition_b]),
            replication: section(&[replication_a, replication_b]),
            lessons: section(&[lesson_a, lesson_b]),
        }
    } else {
        Story::default()
    };

    let subnational = match plan.placement {
        Placement::Local => Some(city.to_string()),
        Placement::Regional => Some(capitalise(region)),
        Placement::National | Placement::MultiCountry => None,
    };
    Texts {
        title,
        pitch: pitch.text,
        overview,
        story,
        organisation: capitalise(&org_name),
        subnational,
    }
}

/// "Key features:" and a Markdown list: one item per tag, one for the technologies.
fn features(plan: &Plan, lang: Lang) -> String {
    let li = lang_index(lang);
    let bank = &BANKS[li];
    let colon = bank.colon;
    let mut list = bank.key_features.to_string();
    for tag in &plan.tags {
        if let Some((_, sentences)) = TAG_SENTENCES.iter().find(|(slug, _)| slug == tag) {
            let _ = write!(
                list,
                "\n- **{}**{colon}{}",
                term_label(tag, lang),
                sentences[li]
            );
        }
    }
    if !plan.techs.is_empty() {
        let labels: Vec<&str> = plan.techs.iter().map(|t| term_label(t, lang)).collect();
        let _ = write!(
            list,
            "\n- **{}**{colon}{}.",
            bank.technologies,
            labels.join(", ")
        );
    }
    list
}

fn term_label(slug: &str, lang: Lang) -> &'static str {
    terms()
        .iter()
        .find(|t| t.slug == slug)
        .map_or("", |t| t.labels.get(lang))
}

/// The values a phrase's `{slots}` stand for.
struct Slots<'a> {
    lang: Lang,
    /// The organisation with its article ("the Ministry of Health").
    org: &'a str,
    where_: &'a str,
    users: &'a str,
    stakeholders: &'a str,
    word: &'a str,
    word2: &'a str,
    partners: &'a str,
    stage: &'a str,
    year: i32,
    year_end: i32,
    figures: &'a Figures,
}

impl Slots<'_> {
    /// Appends `template` to `out` with its slots filled; `{Org}` and `{Users}` are
    /// capitalised. Phrases are compiled-in data, so an unknown slot is a bug.
    fn fill(&self, out: &mut String, template: &str) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = rest[open..]
                .find('}')
                .map(|c| open + c)
                .unwrap_or_else(|| panic!("unclosed slot in demo phrase {template:?}"));
            let key = &rest[open + 1..close];
            match key {
                "Org" => push_capitalised(out, self.org),
                "org" => out.push_str(self.org),
                "where" => out.push_str(self.where_),
                "users" => out.push_str(self.users),
                "Users" => push_capitalised(out, self.users),
                "Stakeholders" => push_capitalised(out, self.stakeholders),
                "word" => out.push_str(self.word),
                "word2" => out.push_str(self.word2),
                "partners" => out.push_str(self.partners),
                "stage" => out.push_str(self.stage),
                "year" => out.push_str(&self.year.to_string()),
                "year_end" => out.push_str(&self.year_end.to_string()),
                "pct" => out.push_str(&self.figures.pct.to_string()),
                "pct2" => out.push_str(&self.figures.pct2.to_string()),
                "n" => out.push_str(&format_figure(self.figures.n, self.lang)),
                "n2" => out.push_str(&format_figure(self.figures.n2, self.lang)),
                "months" => out.push_str(&self.figures.months.to_string()),
                _ => panic!("unknown slot {{{key}}} in demo phrase {template:?}"),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
    }
}

/// Sentences joined into one text of at most `max` characters: a sentence that would
/// overflow is left out (the first one is cut at a word instead, so the text is never
/// empty).
struct Section<'a> {
    text: String,
    max: usize,
    slots: &'a Slots<'a>,
}

impl<'a> Section<'a> {
    fn new(max: usize, slots: &'a Slots<'a>) -> Self {
        Section {
            text: String::new(),
            max,
            slots,
        }
    }

    fn push(&mut self, template: &str) {
        if template.is_empty() {
            return;
        }
        let start = self.text.len();
        if start > 0 {
            self.text.push(' ');
        }
        self.slots.fill(&mut self.text, template);
        if self.text.len() > self.max && self.text.chars().count() > self.max {
            if start == 0 {
                cut_at_word(&mut self.text, self.max);
            } else {
                self.text.truncate(start);
            }
        }
    }
}

fn cut_at_word(text: &mut String, max: usize) {
    let limit = text
        .char_indices()
        .nth(max.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i);
    let end = text[..limit].rfind(' ').unwrap_or(limit);
    text.truncate(end);
    text.push('…');
}

#[derive(Clone, Copy)]
enum Preposition {
    In,
    Of,
}

/// "in the Coastal Region", "del Departamento del Río", "du département du Fleuve",
/// "na Região Norte": the preposition contracted with the article where the language
/// does.
fn with_preposition(lang: Lang, preposition: Preposition, article: &str, name: &str) -> String {
    use Preposition::{In, Of};
    match (lang, preposition, article) {
        (Lang::En, In, _) => format!("in {article}{name}"),
        (Lang::En, Of, _) => format!("of {article}{name}"),
        (Lang::Es, In, _) => format!("en {article}{name}"),
        (Lang::Es, Of, "el ") => format!("del {name}"),
        (Lang::Es, Of, _) => format!("de {article}{name}"),
        (Lang::Fr, In, _) => format!("dans {article}{name}"),
        (Lang::Fr, Of, "le ") => format!("du {name}"),
        (Lang::Fr, Of, "les ") => format!("des {name}"),
        (Lang::Fr, Of, _) => format!("de {article}{name}"),
        (Lang::Pt, In, "a " | "o " | "as " | "os ") => format!("n{article}{name}"),
        (Lang::Pt, Of, "a " | "o " | "as " | "os ") => format!("d{article}{name}"),
        (Lang::Pt, In, _) => format!("em {article}{name}"),
        (Lang::Pt, Of, _) => format!("de {article}{name}"),
    }
}

/// Where a national initiative happens. French and Portuguese country names take
/// articles that vary by country, so those languages say "across the country".
fn in_country(lang: Lang, country: &Country) -> String {
    match lang {
        Lang::En => format!("in {}", country.en_after_in),
        Lang::Es => format!("en {}", country.names[1]),
        Lang::Fr => "dans tout le pays".into(),
        Lang::Pt => "em todo o país".into(),
    }
}

fn in_countries(lang: Lang, countries: &[&Country]) -> String {
    match lang {
        Lang::En => {
            let names: Vec<&str> = countries.iter().map(|c| c.en_after_in.as_str()).collect();
            format!("in {}", join(lang, &names))
        }
        Lang::Es => {
            let names: Vec<&str> = countries.iter().map(|c| c.names[1].as_str()).collect();
            format!("en {}", join(lang, &names))
        }
        Lang::Fr => "dans plusieurs pays".into(),
        Lang::Pt => "em vários países".into(),
    }
}

/// "a, b and c" in `lang`.
fn join(lang: Lang, items: &[&str]) -> String {
    let and = BANKS[lang_index(lang)].and;
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// Thousands grouped the way each language writes them.
fn format_figure(n: u32, lang: Lang) -> String {
    let sep = match lang {
        Lang::En => ',',
        Lang::Fr => '\u{202f}',
        Lang::Es | Lang::Pt => '.',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + 4);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// "the |City of {city}" → ("the ", "City of {city}").
fn split_article(s: &str) -> (&str, &str) {
    s.split_once('|').unwrap_or(("", s))
}

/// Picks numbers range over `0..SPAN`, a multiple of every list length up to 16, so
/// `n % len` is uniform for every list here.
pub(super) const SPAN: usize = 720_720;

fn nth<'a>(items: &[&'a str], i: usize) -> &'a str {
    items[i % items.len()]
}

/// Chooses phrases with a fixed number of draws per choice, whatever the list lengths,
/// so that every language of a case consumes the same numbers.
struct Picker(ChaCha8Rng);

impl Picker {
    fn index(&mut self) -> usize {
        self.0.random_range(0..SPAN)
    }

    fn one<'a>(&mut self, items: &[&'a str]) -> &'a str {
        nth(items, self.index())
    }

    /// Two different items when there are two or more.
    fn two<'a>(&mut self, items: &[&'a str]) -> [&'a str; 2] {
        let (a, b) = (self.index() % items.len(), self.index());
        let b = if items.len() > 1 {
            (a + 1 + b % (items.len() - 1)) % items.len()
        } else {
            a
        };
        [items[a], items[b]]
    }

    /// `count` consecutive items (at most all of them) from a random start.
    fn run<'a>(&mut self, items: &[&'a str], count: usize) -> Vec<&'a str> {
        let start = self.index();
        (0..count.min(items.len()))
            .map(|k| nth(items, start + k))
            .collect()
    }
}

fn push_capitalised(out: &mut String, s: &str) {
    let mut chars = s.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
}

fn capitalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_capitalised(&mut out, s);
    out
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::phrases::Bank;
    use crate::demo::themes::THEMES;
    use crate::vocab::InnovationFacet;

    fn sentence_templates(bank: &'static Bank, li: usize) -> Vec<&'static str> {
        let mut all: Vec<&str> = Vec::new();
        for theme in THEMES {
            let t = &theme.text[li];
            for list in [
                t.heads, t.targets, t.pitch, t.problem, t.approach, t.users, t.results, t.words,
            ] {
                all.extend(list);
            }
        }
        for list in [
            bank.launch,
            bank.context,
            bank.innovation,
            bank.partners,
            bank.partners_more,
            bank.partner_kinds,
            bank.beneficiaries,
            bank.results,
            bank.challenges,
            bank.conditions,
            bank.replication,
            bank.lessons,
        ] {
            all.extend(list);
        }
        all.extend([bank.stage, bank.active, bank.completed, bank.discontinued]);
        for facet in InnovationFacet::ALL {
            all.extend(facet_sentences(*facet)[li]);
        }
        for group in TECH_GROUPS {
            all.extend([group.intro[li], group.challenge[li]]);
        }
        all.extend(TAG_SENTENCES.iter().map(|(_, s)| s[li]));
        all
    }

    #[test]
    fn every_phrase_uses_known_slots_and_fits() {
        let figures = Figures {
            pct: 12,
            pct2: 7,
            n: 12_000,
            n2: 3_400,
            months: 18,
        };
        for lang in Lang::ALL {
            let li = lang_index(lang);
            let bank = &BANKS[li];
            let slots = Slots {
                lang,
                org: "the org",
                where_: "somewhere",
                users: "the users",
                stakeholders: "the stakeholders",
                word: "w",
                word2: "w2",
                partners: "p",
                stage: "s",
                year: 2020,
                year_end: 2022,
                figures: &figures,
            };
            for template in sentence_templates(bank, li) {
                let mut out = String::new();
                slots.fill(&mut out, template);
                assert!(!out.contains(['{', '}', '|']), "{lang:?}: {template}");
            }
            let names = [
                bank.regions,
                bank.local_gov,
                bank.regional_gov,
                bank.supranational_gov,
                bank.international,
                bank.ngo,
                bank.academia,
                bank.private,
                bank.independent,
            ];
            for sector in crate::vocab::Sector::ALL {
                for body in sector_bodies(*sector) {
                    assert!(body[li].contains('|'), "{body:?}");
                }
            }
            for template in names.into_iter().flatten() {
                let (article, name) = split_article(template);
                assert!(
                    template.contains('|')
                        && (article.is_empty() || article.ends_with([' ', '\''])),
                    "{template}"
                );
                let name = name
                    .replace("{city}", "C")
                    .replace("{region}", "R")
                    .replace("{of_region}", "of R");
                assert!(!name.contains(['{', '}']), "{template}");
            }
            for theme in THEMES {
                for pitch in theme.text[li].pitch {
                    assert!(pitch.chars().count() + 150 <= MAX_PITCH, "{pitch}");
                }
            }
            assert!(bank.brands.len() >= 10 && CITIES[li].len() >= 10);
        }
    }

    #[test]
    fn prepositions_contract_with_articles() {
        assert_eq!(
            with_preposition(Lang::Es, Preposition::Of, "el ", "Departamento del Río"),
            "del Departamento del Río"
        );
        assert_eq!(
            with_preposition(Lang::Fr, Preposition::Of, "le ", "département du Fleuve"),
            "du département du Fleuve"
        );
        assert_eq!(
            with_preposition(Lang::Fr, Preposition::Of, "la ", "région Nord"),
            "de la région Nord"
        );
        assert_eq!(
            with_preposition(Lang::Pt, Preposition::In, "a ", "Região Norte"),
            "na Região Norte"
        );
        assert_eq!(
            with_preposition(Lang::Pt, Preposition::Of, "o ", "Distrito do Rio"),
            "do Distrito do Rio"
        );
        assert_eq!(
            with_preposition(Lang::En, Preposition::In, "the ", "Lakes Region"),
            "in the Lakes Region"
        );
    }

    #[test]
    fn figures_lists_and_cuts_read_naturally() {
        assert_eq!(format_figure(12_000, Lang::En), "12,000");
        assert_eq!(format_figure(950, Lang::Es), "950");
        assert_eq!(format_figure(1_200_000, Lang::Pt), "1.200.000");
        assert_eq!(join(Lang::Fr, &["a", "b", "c"]), "a, b et c");
        assert_eq!(join(Lang::En, &["a"]), "a");
        let mut s = "one two three four".to_string();
        cut_at_word(&mut s, 10);
        assert_eq!(s, "one two…");
        assert_eq!(lowercase_first("Évaluation"), "évaluation");
        assert_eq!(
            split_article("the |City of {city}"),
            ("the ", "City of {city}")
        );
        assert_eq!(split_article("|Open Systems Lab"), ("", "Open Systems Lab"));
    }
}
