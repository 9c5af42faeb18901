//! Toolkits: method guides and tools for innovators, as in OPSI's Toolkit Navigator.

use serde::{Deserialize, Serialize};

use crate::validate::ValidationErrors;
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
        v.require("publisher", &self.publisher);
        v.require("description", &self.description);
        v.url("url", &self.url);
        v.year("year", self.year, crate::case::YEARS);
        if self.disciplines.is_empty() {
            v.add("disciplines", "required", "Choose at least one discipline.");
        }
        v.into_result()
    }
}
