//! Field-level validation errors, shared by every record type, so that a form can show
//! each message beside its field and the API can answer with one entry per problem.

use serde::Serialize;

/// One problem with one field: `field` is a dotted path (`story.results`, `links.2.url`),
/// `code` a stable snake_case word a user interface can translate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
    pub message: String,
}

/// Every problem found in a record; empty means valid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{}", self.summary())]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    pub fn add(
        &mut self,
        field: impl Into<String>,
        code: &'static str,
        message: impl Into<String>,
    ) {
        self.0.push(FieldError {
            field: field.into(),
            code,
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|e| e.field.as_str())
    }

    pub fn into_result(self) -> Result<(), ValidationErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }

    fn summary(&self) -> String {
        self.0
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// A required text must hold something other than white space.
    pub fn require(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.add(field, "required", "This field is required.");
        }
    }

    /// A text may hold at most `max` characters (not bytes).
    pub fn max_chars(&mut self, field: &str, value: &str, max: usize) {
        let n = value.chars().count();
        if n > max {
            self.add(
                field,
                "too_long",
                format!("At most {max} characters, this has {n}."),
            );
        }
    }

    /// A slug must be lower-case letters and digits in hyphen-separated words.
    pub fn slug(&mut self, field: &str, value: &str) {
        if !crate::slug::is_valid_slug(value) {
            self.add(
                field,
                "invalid_slug",
                "Use lower-case letters, digits and single hyphens.",
            );
        }
    }

    /// A list may hold at most `max` entries.
    pub fn max_entries(&mut self, field: &str, count: usize, max: usize) {
        if count > max {
            self.add(
                field,
                "too_many",
                format!("At most {max} entries, this has {count}."),
            );
        }
    }

    /// A URL must be absolute http or https.
    pub fn url(&mut self, field: &str, value: &str) {
        match url::Url::parse(value.trim()) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => {}
            _ => self.add(
                field,
                "invalid_url",
                "Give a full web address starting with https://.",
            ),
        }
    }

    /// A year must lie within `range`.
    pub fn year(&mut self, field: &str, year: i32, range: std::ops::RangeInclusive<i32>) {
        if !range.contains(&year) {
            self.add(
                field,
                "year_out_of_range",
                format!("Give a year from {} to {}.", range.start(), range.end()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_each_problem_with_its_field() {
        let mut v = ValidationErrors::default();
        v.require("title", "  ");
        v.max_chars("pitch", &"é".repeat(6), 5);
        v.url("website", "ftp://example.org");
        v.url("links.0.url", "https://example.org/a");
        v.year("year_launched", 1800, 1900..=2100);
        assert_eq!(
            v.fields().collect::<Vec<_>>(),
            ["title", "pitch", "website", "year_launched"]
        );
        assert!(
            v.to_string()
                .contains("pitch: At most 5 characters, this has 6.")
        );
        assert!(v.into_result().is_err());
    }
}
