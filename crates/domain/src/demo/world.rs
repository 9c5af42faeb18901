//! Where demo cases happen: the UN member states, each with a sampling weight, its
//! region, its names in the interface languages and the language a local record is
//! likeliest to be written in. Built once from `keshvar` (through [`CountryCode`]) and
//! kept for the life of the process, so drawing a case never touches `keshvar` again.

use std::sync::OnceLock;

use keshvar::Alpha2;
use rand::Rng;

use crate::country::{CountryCode, Region};
use crate::lang::Lang;

/// The 38 members of the OECD, whose governments send an observatory most of its cases.
const OECD_MEMBERS: [&str; 38] = [
    "AT", "AU", "BE", "CA", "CH", "CL", "CO", "CR", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB",
    "GR", "HU", "IE", "IL", "IS", "IT", "JP", "KR", "LT", "LU", "LV", "MX", "NL", "NO", "NZ", "PL",
    "PT", "SE", "SI", "SK", "TR", "US",
];

/// One UN member state as the generator sees it.
pub(super) struct Country {
    pub code: CountryCode,
    pub region: Region,
    /// Spanish, French or Portuguese when one of them is official there; else English.
    pub lang: Lang,
    /// English is official too (Canada, Cameroon): records stay in English.
    pub with_english: bool,
    /// Names in the order of `Lang::ALL`, with inverted forms ("Congo, The Democratic
    /// Republic of the") put right.
    pub names: [String; 4],
    /// The English name as it follows a preposition ("the Philippines").
    pub en_after_in: String,
}

/// The countries, with cumulative weights for drawing them.
pub(super) struct World {
    pub countries: Vec<Country>,
    cumulative: Vec<f64>,
}

impl World {
    pub fn get() -> &'static World {
        static WORLD: OnceLock<World> = OnceLock::new();
        WORLD.get_or_init(World::build)
    }

    fn build() -> World {
        let mut countries = Vec::new();
        let mut cumulative = Vec::new();
        let mut total = 0.0;
        for code in CountryCode::un_members() {
            let country = Alpha2::try_from(code.as_str())
                .expect("UN members have alpha-2 codes")
                .to_country();
            let official = country.maybe_official_language_list().unwrap_or_default();
            let lang = [Lang::Es, Lang::Fr, Lang::Pt]
                .into_iter()
                .find(|l| official.contains(&l.code()))
                .unwrap_or(Lang::En);
            // Observatories hear most from OECD members, then from other G20 and EU
            // countries; within each group, larger countries send more cases.
            let millions = country.maybe_population().unwrap_or(1_000_000) as f64 / 1e6;
            let boost = if OECD_MEMBERS.contains(&code.as_str()) {
                4.0
            } else if country.g20_member() || country.eu_member() {
                2.0
            } else {
                1.0
            };
            total += millions.powf(0.25).max(0.5) * boost;
            cumulative.push(total);
            let names = Lang::ALL.map(|l| upright(code.name(l)));
            let en_after_in = english_after_in(&names[0]);
            countries.push(Country {
                region: code.region().expect("every UN member has a region"),
                code,
                lang,
                with_english: official.contains(&"en"),
                names,
                en_after_in,
            });
        }
        World {
            countries,
            cumulative,
        }
    }

    /// A country drawn with realistic weights.
    pub fn sample(&self, rng: &mut impl Rng) -> &Country {
        let total = self.cumulative.last().copied().unwrap_or_default();
        let x = rng.random::<f64>() * total;
        let i = self.cumulative.partition_point(|&c| c <= x);
        &self.countries[i.min(self.countries.len() - 1)]
    }
}

/// "Congo, The Democratic Republic of the" → "The Democratic Republic of the Congo".
fn upright(name: String) -> String {
    match name.split_once(", ") {
        Some((head, tail)) => format!("{tail} {head}"),
        None => name,
    }
}

/// English country names that take "the": "in the Netherlands", "in the United States".
fn english_after_in(name: &str) -> String {
    const PLURAL: [&str; 7] = [
        "Bahamas",
        "Comoros",
        "Gambia",
        "Maldives",
        "Netherlands",
        "Philippines",
        "Seychelles",
    ];
    const WORDS: [&str; 7] = [
        "Republic",
        "Kingdom",
        "Islands",
        "United",
        "Federation",
        "Emirates",
        "States",
    ];
    if let Some(rest) = name.strip_prefix("The ") {
        format!("the {rest}")
    } else if PLURAL.contains(&name) || WORDS.iter().any(|w| name.contains(w)) {
        format!("the {name}")
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_well_after_a_preposition() {
        assert_eq!(
            upright("Congo, The Democratic Republic of the".into()),
            "The Democratic Republic of the Congo"
        );
        assert_eq!(
            english_after_in("The Democratic Republic of the Congo"),
            "the Democratic Republic of the Congo"
        );
        assert_eq!(english_after_in("Philippines"), "the Philippines");
        assert_eq!(english_after_in("United States"), "the United States");
        assert_eq!(english_after_in("Kenya"), "Kenya");
    }

    #[test]
    fn the_world_knows_languages_and_weights() {
        let world = World::get();
        assert!(world.countries.len() >= 190);
        let find = |code: &str| {
            world
                .countries
                .iter()
                .find(|c| c.code.as_str() == code)
                .unwrap()
        };
        assert_eq!(find("BR").lang, Lang::Pt);
        assert_eq!(find("SN").lang, Lang::Fr);
        assert_eq!(find("CL").lang, Lang::Es);
        assert!(find("CA").with_english && find("CA").lang == Lang::Fr);
        assert_eq!(find("JP").lang, Lang::En);
        assert!(
            world
                .countries
                .iter()
                .all(|c| c.names.iter().all(|n| !n.is_empty() && !n.contains(", ")))
        );
        assert!(
            world.cumulative.windows(2).all(|w| w[0] < w[1]),
            "weights are positive"
        );
        assert!(
            OECD_MEMBERS
                .iter()
                .all(|m| world.countries.iter().any(|c| c.code.as_str() == *m))
        );
    }
}
