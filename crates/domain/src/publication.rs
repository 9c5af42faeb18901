//! Publications: reports, working papers and guides in the library, with their key
//! figures and a summary in our own words.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::validate::ValidationErrors;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Publication {
    pub slug: String,
    pub title: String,
    pub year: i32,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<chrono::NaiveDate>,
    /// report, working paper, guide, …
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    pub publisher: String,
    #[serde(default)]
    pub partners: Vec<String>,
    pub summary: String,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub technologies: Vec<String>,
    #[serde(default)]
    pub regions: Vec<String>,
    /// Key figures, e.g. `initiatives_analysed: 1084`.
    #[serde(default, rename = "facts")]
    pub key_figures: BTreeMap<String, i64>,
    /// Headline trends the publication names, if any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trends: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<crate::case::Link>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover: Option<crate::case::Media>,
    /// Slugs of related cases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related_cases: Vec<String>,
}

impl Publication {
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut v = ValidationErrors::default();
        v.slug("slug", &self.slug);
        v.require("title", &self.title);
        v.require("publisher", &self.publisher);
        v.require("summary", &self.summary);
        v.year("year", self.year, crate::case::YEARS);
        for (i, l) in self.links.iter().enumerate() {
            v.url(&format!("links.{i}.url"), &l.url);
        }
        v.into_result()
    }

    /// The summary cut at a word boundary to at most `max` characters, then "…" when cut.
    pub fn summary_excerpt(&self, max: usize) -> String {
        excerpt(&self.summary, max)
    }
}

/// Cuts `text` at the last word boundary within `max` characters and appends "…" when it
/// had to cut; trailing punctuation before the ellipsis is dropped.
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let end = match cut.rfind(char::is_whitespace) {
        Some(i) if i > 0 => &cut[..i],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        end.trim_end_matches(|c: char| c.is_whitespace() || ",;:.-–".contains(c))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_cuts_at_a_word_boundary() {
        assert_eq!(excerpt("short text", 50), "short text");
        assert_eq!(
            excerpt("Yearly scan of how governments change", 20),
            "Yearly scan of how…"
        );
        assert_eq!(excerpt("one, two, three", 10), "one, two…");
        assert!(excerpt(&"word ".repeat(100), 60).chars().count() <= 61);
    }

    #[test]
    fn reads_the_shipped_publication_format() {
        let json = r#"{"slug":"global-trends-2023","title":"Global Trends","year":2023,"published":"2023-05-15",
            "kind":"report","series":"Global Trends","publisher":"OECD OPSI","partners":["MBRCGI"],
            "themes":["trends"],"technologies":[],"facts":{"initiatives_analysed":1084,"countries":94},
            "summary":"Yearly scan."}"#;
        let p: Publication = serde_json::from_str(json).unwrap();
        assert_eq!(p.key_figures["countries"], 94);
        assert!(p.validate().is_ok());
    }
}
