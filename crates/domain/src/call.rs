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

/// The longest title, description and theme a call may have, and the most themes.
pub const MAX_TITLE: usize = 200;
pub const MAX_DESCRIPTION: usize = 10_000;
pub const MAX_THEME: usize = 100;
pub const MAX_THEMES: usize = 20;

/// Where a call stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallState {
    Upcoming,
    Open,
    Closed,
}

impl CallState {
    pub fn slug(self) -> &'static str {
        match self {
            CallState::Upcoming => "upcoming",
            CallState::Open => "open",
            CallState::Closed => "closed",
        }
    }
}

impl Call {
    /// Upcoming before its opening day, open through its closing day, closed after.
    pub fn state_on(&self, day: NaiveDate) -> CallState {
        if day < self.opens {
            CallState::Upcoming
        } else if day <= self.closes {
            CallState::Open
        } else {
            CallState::Closed
        }
    }

    /// A call takes submissions from its opening day to its closing day, both included.
    pub fn is_open_on(&self, day: NaiveDate) -> bool {
        self.opens <= day && day <= self.closes
    }

    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut v = ValidationErrors::default();
        v.slug("slug", &self.slug);
        v.require("title", &self.title);
        v.max_chars("title", &self.title, MAX_TITLE);
        v.require("description", &self.description);
        v.max_chars("description", &self.description, MAX_DESCRIPTION);
        if self.themes.len() > MAX_THEMES {
            v.add(
                "themes",
                "too_many",
                format!("At most {MAX_THEMES} themes."),
            );
        }
        for theme in &self.themes {
            if theme.trim().is_empty() || theme.chars().count() > MAX_THEME {
                v.add(
                    "themes",
                    "invalid_theme",
                    format!("Each theme holds 1 to {MAX_THEME} characters."),
                );
                break;
            }
        }
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
        assert_eq!(call.state_on(d("2026-01-09")), CallState::Upcoming);
        assert_eq!(call.state_on(d("2026-03-31")), CallState::Open);
        assert_eq!(call.state_on(d("2026-04-01")), CallState::Closed);
        let long = Call {
            title: "t".repeat(MAX_TITLE + 1),
            themes: vec![" ".into()],
            ..call.clone()
        };
        assert_eq!(
            long.validate().unwrap_err().fields().collect::<Vec<_>>(),
            ["title", "themes"]
        );
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
