//! Calls for innovations: time-boxed campaigns that invite cases on given themes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::validate::ValidationErrors;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Call {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub opens: NaiveDate,
    pub closes: NaiveDate,
    #[serde(default)]
    pub themes: Vec<String>,
}

impl Call {
    /// A call takes submissions from its opening day to its closing day, both included.
    pub fn is_open_on(&self, day: NaiveDate) -> bool {
        self.opens <= day && day <= self.closes
    }

    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut v = ValidationErrors::default();
        v.slug("slug", &self.slug);
        v.require("title", &self.title);
        v.require("description", &self.description);
        if self.closes < self.opens {
            v.add(
                "closes",
                "closes_before_opening",
                "The closing date comes before the opening date.",
            );
        }
        v.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_between_its_dates_inclusive() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let call = Call {
            slug: "call-2026".into(),
            title: "Call".into(),
            description: "d".into(),
            opens: d("2026-01-10"),
            closes: d("2026-03-31"),
            themes: vec![],
        };
        assert!(call.is_open_on(d("2026-01-10")) && call.is_open_on(d("2026-03-31")));
        assert!(!call.is_open_on(d("2026-04-01")));
        assert!(call.validate().is_ok());
        let bad = Call {
            closes: d("2025-12-31"),
            ..call
        };
        assert_eq!(
            bad.validate().unwrap_err().fields().collect::<Vec<_>>(),
            ["closes"]
        );
    }
}
