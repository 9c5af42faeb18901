//! Toolkits: method guides and tools for innovators, as in OPSI's Toolkit Navigator.

use serde::{Deserialize, Serialize};

use crate::publication::{MAX_ENTRIES, MAX_SHORT, MAX_SUMMARY, MAX_TITLE};
use crate::validate::ValidationErrors;

/// The longest address, in characters.
pub const MAX_URL: usize = 2_000;
use crate::vocab::{Discipline, InnovationFacet, Purpose, ToolkitType};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Toolkit {
    pub slug: String,
    pub name: String,
    pub publisher: String,
    pub year: i32,
    pub url: String,
    pub description: String,
    pub disciplines: Vec<Discipline>,
    #[serde(rename = "type")]
    pub kind: ToolkitType,
    #[serde(default)]
    pub facets: Vec<InnovationFacet>,
    #[serde(default)]
    pub purposes: Vec<Purpose>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    /// web, PDF, print, cards, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// ISO 639-1 codes.
    #[serde(default)]
    pub languages: Vec<String>,
    /// free, paid, freemium
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<String>,
}

impl Toolkit {
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut v = ValidationErrors::default();
        v.slug("slug", &self.slug);
        v.require("name", &self.name);
        v.max_chars("name", &self.name, MAX_TITLE);
        v.require("publisher", &self.publisher);
        v.max_chars("publisher", &self.publisher, MAX_SHORT);
        v.require("description", &self.description);
        v.max_chars("description", &self.description, MAX_SUMMARY);
        v.url("url", &self.url);
        v.max_chars("url", &self.url, MAX_URL);
        v.year("year", self.year, crate::case::YEARS);
        if self.disciplines.is_empty() {
            v.add("disciplines", "required", "Choose at least one discipline.");
        }
        for (name, value) in [
            ("licence", &self.licence),
            ("format", &self.format),
            ("cost", &self.cost),
        ] {
            if let Some(value) = value {
                v.max_chars(name, value, MAX_SHORT);
            }
        }
        v.max_entries("languages", self.languages.len(), MAX_ENTRIES);
        for (i, code) in self.languages.iter().enumerate() {
            if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
                v.add(
                    format!("languages.{i}"),
                    "invalid_language",
                    "Use two-letter ISO 639-1 codes such as en or pt.",
                );
            }
        }
        v.into_result()
    }
}
