//! People with accounts and what their role lets them do. Visitors have no account.
//! Also the rules an account's email address and display name follow (no I/O here:
//! passwords are checked and hashed in the web layer).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Lang;
use crate::validate::ValidationErrors;
use crate::vocab::vocabulary;

vocabulary! {
    /// What an account may do; each role includes the rights of the ones before it.
    Role, "role" {
        Contributor = "contributor" ["Contributor", "Colaborador", "Contributeur", "Contribuidor"],
        Editor = "editor" ["Editor", "Editor", "Éditeur", "Editor"],
        Admin = "admin" ["Administrator", "Administrador", "Administrateur", "Administrador"],
    }
}

impl Role {
    pub fn can_review(self) -> bool {
        matches!(self, Role::Editor | Role::Admin)
    }

    pub fn can_manage_users(self) -> bool {
        self == Role::Admin
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: i64,
    /// Never shown on a public page, in the API or in exports.
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub created_at: DateTime<Utc>,
    /// When the owner proved the address is theirs (operator-made accounts count as
    /// confirmed); `None` until then, and such an account cannot sign in.
    pub confirmed_at: Option<DateTime<Utc>>,
    /// The language the account's email is written in.
    pub language: Lang,
}

/// The longest email address SMTP allows.
pub const MAX_EMAIL: usize = 254;
/// The longest display name.
pub const MAX_DISPLAY_NAME: usize = 100;

/// An email address as accounts keep it (trimmed, lower case), or why it is not one.
/// Only the shape is checked: whether it reaches someone is what confirmation is for.
pub fn normalise_email(email: &str) -> Result<String, ValidationErrors> {
    let email = email.trim().to_lowercase();
    let mut errors = ValidationErrors::default();
    if email.is_empty() {
        errors.add("email", "required", "Enter your email address.");
    } else {
        let valid = email.len() <= MAX_EMAIL
            && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.contains('@')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            });
        if !valid {
            errors.add(
                "email",
                "invalid_email",
                "Enter an email address like name@example.org.",
            );
        }
    }
    errors.into_result().map(|()| email)
}

/// A display name as accounts keep it (trimmed), or why it cannot be one.
pub fn normalise_display_name(name: &str) -> Result<String, ValidationErrors> {
    let name = name.trim();
    let mut errors = ValidationErrors::default();
    if name.is_empty() {
        errors.add(
            "display_name",
            "required",
            "Enter the name other people will see.",
        );
    } else if name.chars().count() > MAX_DISPLAY_NAME || name.chars().any(char::is_control) {
        errors.add(
            "display_name",
            "invalid_name",
            format!("The name must be one line of at most {MAX_DISPLAY_NAME} characters."),
        );
    }
    errors.into_result().map(|()| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_grow_in_rights() {
        assert!(!Role::Contributor.can_review());
        assert!(Role::Editor.can_review() && !Role::Editor.can_manage_users());
        assert!(Role::Admin.can_review() && Role::Admin.can_manage_users());
    }

    #[test]
    fn emails_are_trimmed_lowered_and_checked() {
        assert_eq!(
            normalise_email("  Ana.Silva@Gov.Example ").unwrap(),
            "ana.silva@gov.example"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@gov.example",
            "ana@gov",
            "a b@gov.example",
            "ana@gov.example.",
        ] {
            let err = normalise_email(bad).unwrap_err();
            assert_eq!(err.0[0].field, "email", "{bad}");
        }
        assert!(normalise_email(&format!("{}@gov.example", "a".repeat(250))).is_err());
    }

    #[test]
    fn display_names_are_one_short_line() {
        assert_eq!(normalise_display_name(" Ana ").unwrap(), "Ana");
        assert!(normalise_display_name("  ").is_err());
        assert!(normalise_display_name("a\nb").is_err());
        assert!(normalise_display_name(&"a".repeat(101)).is_err());
    }
}
