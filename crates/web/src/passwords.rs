//! Passwords: what an acceptable one is, and how it is kept. Only an Argon2id hash (PHC
//! string, with its own random salt and parameters) is ever stored; OWASP's parameters
//! (19 MiB, 2 passes, 1 lane) are argon2's defaults.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// Passwords shorter than this are refused (NIST SP 800-63B asks for at least 8; a
/// passphrase of 12 is still easy to type).
pub const MIN_CHARS: usize = 12;
/// Longer ones are refused too, so that hashing stays cheap for the server.
pub const MAX_CHARS: usize = 256;

/// Why a password is refused. Its text is for people (English); [`Weakness::code`]
/// names it for translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Weakness {
    #[error("The password must have at least {MIN_CHARS} characters; a few words make a good one.")]
    Short,
    #[error("The password must have at most {MAX_CHARS} characters.")]
    Long,
    #[error("The password repeats too few characters to be hard to guess.")]
    Repetitive,
    #[error("The password must not contain the email address.")]
    ContainsEmail,
}

impl Weakness {
    /// `short`, `long`, `repetitive` or `email`.
    pub fn code(self) -> &'static str {
        match self {
            Weakness::Short => "short",
            Weakness::Long => "long",
            Weakness::Repetitive => "repetitive",
            Weakness::ContainsEmail => "email",
        }
    }
}

/// Whether `password` may be used by the account `email`; else why not.
pub fn check(password: &str, email: &str) -> Result<(), Weakness> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(Weakness::Short);
    }
    if chars > MAX_CHARS {
        return Err(Weakness::Long);
    }
    let mut distinct: Vec<char> = password.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < 4 {
        return Err(Weakness::Repetitive);
    }
    let lower = password.to_lowercase();
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    if lower == email.to_lowercase() || (local.len() >= 4 && lower.contains(&local)) {
        return Err(Weakness::ContainsEmail);
    }
    Ok(())
}

/// The Argon2id hash of `password`, as a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`).
pub fn hash(password: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| format!("the password could not be hashed: {e}"))
}

/// Whether `password` matches a stored hash (in constant time; a malformed hash never
/// matches).
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let password = "correct horse battery staple";
        let a = hash(password).unwrap();
        let b = hash(password).unwrap();
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, b, "each hash has its own salt");
        assert!(verify(password, &a) && verify(password, &b));
        assert!(!verify("correct horse battery stapler", &a));
        assert!(!verify(password, "not a hash"));
        assert!(!a.contains(password));
    }

    #[test]
    fn weak_passwords_are_refused_with_a_reason() {
        let email = "ana.silva@gov.example";
        assert!(check("correct horse battery staple", email).is_ok());
        assert!(
            check("short", email)
                .unwrap_err()
                .to_string()
                .contains("at least 12")
        );
        assert!(
            check(&"x".repeat(300), email)
                .unwrap_err()
                .to_string()
                .contains("at most 256")
        );
        assert!(
            check("aaaaaaaaaaaaaaaa", email)
                .unwrap_err()
                .to_string()
                .contains("too few")
        );
        assert!(
            check("ana.silva-2026!", email)
                .unwrap_err()
                .to_string()
                .contains("email")
        );
        assert!(check(email, email).is_err());
    }
}
