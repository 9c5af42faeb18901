//! URL slugs made from titles: lower-case ASCII words joined by hyphens, accents folded.

use unicode_normalization::UnicodeNormalization;

/// The longest slug we make, in bytes.
pub const MAX_SLUG_LEN: usize = 80;

/// Turns a title into a slug (`"Ação Cidadã 2.0"` → `"acao-cidada-2-0"`), cut at a word
/// boundary; never empty.
pub fn slugify(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    for c in title.nfkd() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if (c.is_whitespace() || c.is_ascii_punctuation())
            && !out.ends_with('-')
            && !out.is_empty()
        {
            out.push('-');
        }
    }
    while out.len() > MAX_SLUG_LEN {
        match out[..MAX_SLUG_LEN].rfind('-') {
            Some(i) if i > 0 => out.truncate(i),
            _ => out.truncate(MAX_SLUG_LEN),
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "untitled".into()
    } else {
        out
    }
}

/// A slug is lower-case ASCII letters and digits in hyphen-separated words.
pub fn is_valid_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_SLUG_LEN + 12
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_punctuation() {
        assert_eq!(slugify("Ação Cidadã 2.0"), "acao-cidada-2-0");
        assert_eq!(
            slugify("  AMS - public  empolyment service "),
            "ams-public-empolyment-service"
        );
        assert_eq!(slugify("!!!"), "untitled");
        assert!(is_valid_slug(&slugify("Ação Cidadã 2.0")));
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let s = slugify(&"innovation ".repeat(20));
        assert!(s.len() <= MAX_SLUG_LEN && s.ends_with("innovation"), "{s}");
    }
}
