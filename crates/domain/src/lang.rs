//! The four interface languages and the label sets that carry a text in each of them.

use serde::{Deserialize, Serialize};

/// A language Observa's interface and vocabularies speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Lang {
    En,
    Es,
    Fr,
    Pt,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Fr, Lang::Pt];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
        }
    }

    /// Parses an ISO 639-1 code, also accepting a region suffix (`pt-BR`).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// A short text in each interface language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Labels {
    pub en: String,
    pub es: String,
    pub fr: String,
    pub pt: String,
}

impl Labels {
    pub fn new(en: &str, es: &str, fr: &str, pt: &str) -> Self {
        Labels {
            en: en.into(),
            es: es.into(),
            fr: fr.into(),
            pt: pt.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
            Lang::Fr => &self.fr,
            Lang::Pt => &self.pt,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_with_regions() {
        assert_eq!(Lang::from_code("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_code("FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("de"), None);
    }
}
