//! People with accounts and what their role lets them do. Visitors have no account.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

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
}
