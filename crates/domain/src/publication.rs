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

/// The longest title, in characters.
pub const MAX_TITLE: usize = 300;
/// The longest summary, in characters.
pub const MAX_SUMMARY: usize = 5_000;
/// The longest short text (kind, series, publisher, a partner, a theme, a link title…).
pub const MAX_SHORT: usize = 200;
/// The most entries a list (partners, themes, links, key figures…) may hold.
pub const MAX_ENTRIES: usize = 50;

impl Publication {
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut v = ValidationErrors::default();
        v.slug("slug", &self.slug);
        v.require("title", &self.title);
        v.max_chars("title", &self.title, MAX_TITLE);
        v.require("kind", &self.kind);
        v.max_chars("kind", &self.kind, MAX_SHORT);
        if let Some(series) = &self.series {
            v.max_chars("series", series, MAX_SHORT);
        }
        v.require("publisher", &self.publisher);
        v.max_chars("publisher", &self.publisher, MAX_SHORT);
        v.require("summary", &self.summary);
        v.max_chars("summary", &self.summary, MAX_SUMMARY);
        v.year("year", self.year, crate::case::YEARS);
        if let Some(date) = self.published {
            use chrono::Datelike as _;
            if date.year() != self.year {
                v.add(
                    "published",
                    "date_not_in_year",
                    "The date must fall in the publication's year.",
                );
            }
        }
        for (name, list) in [
            ("partners", &self.partners),
            ("themes", &self.themes),
            ("technologies", &self.technologies),
            ("regions", &self.regions),
            ("trends", &self.trends),
        ] {
            v.max_entries(name, list.len(), MAX_ENTRIES);
            for (i, item) in list.iter().enumerate() {
                v.require(&format!("{name}.{i}"), item);
                v.max_chars(&format!("{name}.{i}"), item, MAX_SHORT);
            }
        }
        v.max_entries("key_figures", self.key_figures.len(), MAX_ENTRIES);
        for name in self.key_figures.keys() {
            if !is_figure_name(name) {
                v.add(
                    format!("key_figures.{name}"),
                    "invalid_figure_name",
                    "Name a figure in lower-case words joined by underscores, such as countries or initiatives_analysed.",
                );
            }
        }
        v.max_entries("links", self.links.len(), MAX_ENTRIES);
        for (i, l) in self.links.iter().enumerate() {
            v.require(&format!("links.{i}.title"), &l.title);
            v.max_chars(&format!("links.{i}.title"), &l.title, MAX_SHORT);
            v.url(&format!("links.{i}.url"), &l.url);
        }
        if let Some(cover) = &self.cover {
            v.url("cover.url", &cover.url);
            let alt = cover.alt.as_deref().unwrap_or("");
            v.require("cover.alt", alt);
            v.max_chars("cover.alt", alt, MAX_SHORT);
        }
        v.max_entries("related_cases", self.related_cases.len(), MAX_ENTRIES);
        for (i, slug) in self.related_cases.iter().enumerate() {
            v.slug(&format!("related_cases.{i}"), slug);
        }
        v.into_result()
    }

    /// The summary cut at a word boundary to at most `max` characters, then "…" when cut.
    pub fn summary_excerpt(&self, max: usize) -> String {
        excerpt(&self.summary, max)
    }
}

/// A key figure's name: lower-case ASCII words joined by single underscores.
pub fn is_figure_name(name: &str) -> bool {
    crate::terms::is_valid_term_slug(name)
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

    #[test]
    fn every_field_is_checked() {
        let json =
            r#"{"slug":"a","title":"T","year":2023,"kind":"report","publisher":"P","summary":"S"}"#;
        let mut p: Publication = serde_json::from_str(json).unwrap();
        assert!(p.validate().is_ok());
        p.title = "x".repeat(MAX_TITLE + 1);
        p.published = Some("2022-01-01".parse().unwrap());
        p.partners = vec![" ".into()];
        p.key_figures.insert("Bad Name".into(), 3);
        p.links = vec![crate::case::Link {
            title: "".into(),
            url: "javascript:alert(1)".into(),
        }];
        p.cover = Some(crate::case::Media {
            url: "https://example.org/c.png".into(),
            title: String::new(),
            alt: None,
            media_type: None,
        });
        p.related_cases = vec!["Not A Slug".into()];
        let fields: Vec<String> = p
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "title",
                "published",
                "partners.0",
                "key_figures.Bad Name",
                "links.0.title",
                "links.0.url",
                "cover.alt",
                "related_cases.0"
            ]
        );
    }
}
