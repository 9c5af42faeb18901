//! Countries as ISO 3166-1 alpha-2 codes, with names in the interface languages and the
//! world region each belongs to, all taken from the `keshvar` crate (never a hand-typed
//! list). `EU` (exceptionally reserved in ISO 3166-1) stands for initiatives of the
//! European Union as a whole, as real datasets such as Public Sector Tech Watch record them.

use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use keshvar::SubRegion;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::lang::Lang;
use crate::vocab::vocabulary;

const EU: &str = "EU";

/// Every name we recognise, in lower case: ISO short and long names, unofficial names and
/// the names in the interface languages, each mapped to its code.
static NAMES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut names = HashMap::new();
    for country in keshvar::CountryIterator::new() {
        let code = country.alpha2().to_string();
        let translated = Lang::ALL
            .iter()
            .filter_map(|l| country.translations().get(l.code()).copied());
        for name in [country.iso_short_name(), country.iso_long_name()]
            .into_iter()
            .chain(country.unofficial_name_list().iter().copied())
            .chain(translated)
        {
            names
                .entry(name.to_lowercase())
                .or_insert_with(|| code.clone());
        }
    }
    for name in [
        "european union",
        "union européenne",
        "unión europea",
        "união europeia",
    ] {
        names.insert(name.into(), EU.into());
    }
    names
});

/// An ISO 3166-1 alpha-2 code that Observa knows, in upper case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode(String);

/// A country code or name that matches no country.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown country \"{0}\": use an ISO 3166-1 alpha-2 code such as FR, BR or KE")]
pub struct UnknownCountry(pub String);

impl CountryCode {
    /// Parses an alpha-2 code in any case.
    pub fn parse(code: &str) -> Result<Self, UnknownCountry> {
        let upper = code.trim().to_ascii_uppercase();
        if COUNTRIES.contains_key(upper.as_str()) {
            Ok(CountryCode(upper))
        } else {
            Err(UnknownCountry(code.to_string()))
        }
    }

    /// Finds a country by code, or by its name in English or another language,
    /// ignoring case and stray spaces ("Denmark ", "Czechia", "Türkiye", "Vatican City").
    pub fn from_name(name: &str) -> Result<Self, UnknownCountry> {
        let trimmed = name.trim();
        if let Ok(code) = Self::parse(trimmed) {
            return Ok(code);
        }
        NAMES
            .get(&trimmed.to_lowercase())
            .cloned()
            .map(CountryCode)
            .ok_or_else(|| UnknownCountry(name.to_string()))
    }

    /// Every country keshvar knows that is a member of the United Nations.
    pub fn un_members() -> Vec<CountryCode> {
        keshvar::CountryIterator::new()
            .filter(|c| c.un_member())
            .map(|c| CountryCode(c.alpha2().to_string()))
            .collect()
    }

    /// Every country code Observa knows, sorted.
    pub fn all() -> Vec<CountryCode> {
        let mut codes: Vec<CountryCode> = COUNTRIES
            .keys()
            .map(|code| CountryCode(code.to_string()))
            .collect();
        codes.sort_by(|a, b| a.0.cmp(&b.0));
        codes
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn info(&self) -> &'static CountryInfo {
        COUNTRIES
            .get(self.0.as_str())
            .expect("a CountryCode is always a known code")
    }

    /// The country's common name in `lang`.
    pub fn name(&self, lang: Lang) -> String {
        self.info().names[lang as usize].clone()
    }

    /// The World-Bank-style region, derived from the UN geoscheme subregion.
    pub fn region(&self) -> Option<Region> {
        self.info().region
    }
}

/// What we keep of each country, computed once: keshvar builds a whole record, with all
/// its translations, each time a country is looked up.
struct CountryInfo {
    /// Names in the order of `Lang::ALL`.
    names: [String; 4],
    region: Option<Region>,
}

static COUNTRIES: LazyLock<HashMap<&'static str, CountryInfo>> = LazyLock::new(|| {
    let mut countries: HashMap<&'static str, CountryInfo> = keshvar::CountryIterator::new()
        .map(|c| {
            let code: &'static str = Box::leak(c.alpha2().to_string().into_boxed_str());
            let names = Lang::ALL.map(|l| {
                c.translations()
                    .get(l.code())
                    .copied()
                    .unwrap_or_else(|| c.iso_short_name())
                    .to_string()
            });
            (
                code,
                CountryInfo {
                    names,
                    region: c.maybe_subregion().and_then(|s| world_region(code, s)),
                },
            )
        })
        .collect();
    let eu_names = [
        "European Union",
        "Unión Europea",
        "Union européenne",
        "União Europeia",
    ]
    .map(String::from);
    countries.insert(
        EU,
        CountryInfo {
            names: eu_names,
            region: Some(Region::EuropeCentralAsia),
        },
    );
    countries
});

fn world_region(code: &str, subregion: SubRegion) -> Option<Region> {
    use SubRegion::*;
    Some(match subregion {
        Caribbean | CentralAmerica | SouthAmerica => Region::LatinAmericaCaribbean,
        NorthernAmerica => Region::NorthAmerica,
        EasternAsia
        | SouthEasternAsia
        | AustraliaAndNewZealand
        | Melanesia
        | Micronesia
        | Polynesia => Region::EastAsiaPacific,
        SouthernAsia if code == "IR" => Region::MiddleEastNorthAfrica,
        SouthernAsia => Region::SouthAsia,
        WesternAsia if matches!(code, "AM" | "AZ" | "GE" | "TR" | "CY") => {
            Region::EuropeCentralAsia
        }
        WesternAsia | NorthernAfrica => Region::MiddleEastNorthAfrica,
        CentralAsia | EasternEurope | NorthernEurope | SouthernEurope | WesternEurope => {
            Region::EuropeCentralAsia
        }
        EasternAfrica | MiddleAfrica | SouthernAfrica | WesternAfrica => Region::SubSaharanAfrica,
    })
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for CountryCode {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some("An ISO 3166-1 alpha-2 country code."))
            .pattern(Some("^[A-Z]{2}$"))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for CountryCode {}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        CountryCode::parse(&s).map_err(serde::de::Error::custom)
    }
}

vocabulary! {
    /// World regions in the style of the World Bank's, used for facets and trends.
    Region, "region" {
        EastAsiaPacific = "east_asia_pacific" ["East Asia and Pacific", "Asia oriental y el Pacífico", "Asie de l'Est et Pacifique", "Ásia Oriental e Pacífico"],
        EuropeCentralAsia = "europe_central_asia" ["Europe and Central Asia", "Europa y Asia central", "Europe et Asie centrale", "Europa e Ásia Central"],
        LatinAmericaCaribbean = "latin_america_caribbean" ["Latin America and the Caribbean", "América Latina y el Caribe", "Amérique latine et Caraïbes", "América Latina e Caraíbas"],
        MiddleEastNorthAfrica = "middle_east_north_africa" ["Middle East and North Africa", "Oriente Medio y Norte de África", "Moyen-Orient et Afrique du Nord", "Médio Oriente e Norte de África"],
        NorthAmerica = "north_america" ["North America", "América del Norte", "Amérique du Nord", "América do Norte"],
        SouthAsia = "south_asia" ["South Asia", "Asia meridional", "Asie du Sud", "Ásia do Sul"],
        SubSaharanAfrica = "sub_saharan_africa" ["Sub-Saharan Africa", "África subsahariana", "Afrique subsaharienne", "África Subsariana"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_real_dataset_names() {
        assert_eq!(CountryCode::parse("fr").unwrap().as_str(), "FR");
        assert!(CountryCode::parse("ZZ").is_err());
        for (name, code) in [
            ("Denmark ", "DK"),
            ("Czechia", "CZ"),
            ("Türkiye", "TR"),
            ("Turkey", "TR"),
            ("Vatican City", "VA"),
            ("United Kingdom", "GB"),
            ("Moldova", "MD"),
            ("North Macedonia", "MK"),
            ("Bosnia and Herzegovina", "BA"),
            ("European Union", "EU"),
        ] {
            assert_eq!(
                CountryCode::from_name(name).unwrap().as_str(),
                code,
                "{name}"
            );
        }
        assert!(CountryCode::from_name("Atlantis").is_err());
    }

    #[test]
    fn names_and_regions() {
        let br = CountryCode::parse("BR").unwrap();
        assert_eq!(br.name(Lang::Pt), "Brasil");
        assert_eq!(br.region(), Some(Region::LatinAmericaCaribbean));
        assert_eq!(
            CountryCode::parse("KE").unwrap().region(),
            Some(Region::SubSaharanAfrica)
        );
        assert_eq!(
            CountryCode::parse("TR").unwrap().region(),
            Some(Region::EuropeCentralAsia)
        );
        assert_eq!(
            CountryCode::parse("EU").unwrap().name(Lang::Fr),
            "Union européenne"
        );
    }

    #[test]
    fn there_are_enough_countries_for_a_worldwide_corpus() {
        let all = CountryCode::un_members();
        assert!(all.len() >= 190, "{}", all.len());
        assert!(
            all.iter().all(|c| c.region().is_some()),
            "every UN member has a region"
        );
    }
}
