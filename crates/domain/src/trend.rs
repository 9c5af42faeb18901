//! Named trends: a theme that an editor found on the trends page, renamed and kept, with
//! the selection it came from (the page's query string), the theme's heaviest terms and
//! its most representative cases. No I/O.

use serde::{Deserialize, Serialize};

use crate::validate::ValidationErrors;

pub const MAX_NAME: usize = 200;
pub const MAX_DESCRIPTION: usize = 5_000;
/// The longest query string a named trend keeps.
pub const MAX_QUERY: usize = 2_000;
/// The most terms and cases it keeps.
pub const MAX_TERMS: usize = 20;
pub const MAX_CASES: usize = 20;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedTrend {
    pub slug: String,
    pub name: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
    /// The selection as the query string of `/trends` (without `?`), e.g. `sector=health&call=x`.
    #[serde(default)]
    pub query: String,
    /// The theme's heaviest terms when it was saved, heaviest first.
    #[serde(default)]
    pub terms: Vec<String>,
    /// Slugs of the theme's most representative cases when it was saved.
    #[serde(default)]
    pub cases: Vec<String>,
}

impl NamedTrend {
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut v = ValidationErrors::default();
        v.slug("slug", &self.slug);
        v.require("name", &self.name);
        v.max_chars("name", &self.name, MAX_NAME);
        v.max_chars("description", &self.description, MAX_DESCRIPTION);
        v.max_chars("query", &self.query, MAX_QUERY);
        if self.terms.len() > MAX_TERMS {
            v.add("terms", "too_many", format!("At most {MAX_TERMS} terms."));
        }
        if self.cases.len() > MAX_CASES {
            v.add("cases", "too_many", format!("At most {MAX_CASES} cases."));
        }
        if self.cases.iter().any(|c| !crate::slug::is_valid_slug(c)) {
            v.add("cases", "invalid_slug", "A case is named by its slug.");
        }
        v.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_trend_needs_a_slug_and_a_name_within_limits() {
        let t = NamedTrend {
            slug: "digital-ids".into(),
            name: "Digital identity".into(),
            description: String::new(),
            query: "sector=health".into(),
            terms: vec!["identity".into()],
            cases: vec!["case-1".into()],
        };
        assert!(t.validate().is_ok());
        let bad = NamedTrend {
            slug: "Bad Slug".into(),
            name: "n".repeat(MAX_NAME + 1),
            cases: vec!["<x>".into()],
            ..t
        };
        assert_eq!(
            bad.validate().unwrap_err().fields().collect::<Vec<_>>(),
            ["slug", "name", "cases"]
        );
    }
}
