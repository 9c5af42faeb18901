//! Text clean-up shared by the importers: folding values for comparison, white space,
//! slugs for imported records, a pitch and an overview from a long description, and the
//! URLs found in free text.

use observa_domain::case::MAX_PITCH;
use observa_domain::publication::excerpt;
use observa_domain::slug::{is_valid_slug, slugify};

/// Longest part of a slug taken from the name, before the record id's suffix.
pub const SLUG_NAME_LEN: usize = 60;
/// A pitch takes further sentences only while it is shorter than this.
pub const PITCH_TARGET: usize = 200;

/// Lower-case letters and digits only: how codebook values are compared.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every run of white space (line breaks, non-breaking spaces) as one space, trimmed.
pub fn fold_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The slug of an imported case: the name's slug cut at a word within [`SLUG_NAME_LEN`]
/// characters, then `-pstw-<n>` from the record id `PSTW-<n>` (any other id is slugified
/// whole), e.g. `ams-public-employment-service-pstw-1`.
pub fn slug_for(name: &str, record_id: &str) -> String {
    let id = record_id.trim();
    let suffix = match id.get(..5) {
        Some(p)
            if p.eq_ignore_ascii_case("pstw-")
                && id.len() > 5
                && id[5..].bytes().all(|b| b.is_ascii_digit()) =>
        {
            format!("pstw-{}", &id[5..])
        }
        _ => slugify(id),
    };
    let mut base = slugify(name);
    if base == "untitled" && !name.to_lowercase().contains("untitled") {
        return suffix;
    }
    if base.len() > SLUG_NAME_LEN {
        let cut = match base[..SLUG_NAME_LEN].rfind('-') {
            Some(i) if i > 0 => i,
            _ => SLUG_NAME_LEN,
        };
        base.truncate(cut);
    }
    let slug = format!("{}-{suffix}", base.trim_end_matches('-'));
    if is_valid_slug(&slug) { slug } else { suffix }
}

/// The pitch: the description's first sentence, followed by the next ones while it is
/// under [`PITCH_TARGET`] characters and stays within [`MAX_PITCH`]; when even the first
/// sentence is too long, it is cut at a word boundary with "…". Line breaks become spaces.
pub fn pitch_from(description: &str) -> String {
    let flat = fold_spaces(description);
    let mut pitch = String::new();
    let mut len = 0;
    for sentence in sentences(&flat) {
        let n = sentence.chars().count();
        if len > 0 && (len >= PITCH_TARGET || len + 1 + n > MAX_PITCH) {
            break;
        }
        if len == 0 && n > MAX_PITCH {
            break;
        }
        if len > 0 {
            pitch.push(' ');
            len += 1;
        }
        pitch.push_str(sentence);
        len += n;
    }
    if pitch.is_empty() {
        excerpt(&flat, MAX_PITCH - 1)
    } else {
        pitch
    }
}

/// Splits text (with single spaces) after `.`, `!` or `?` followed by a space and a
/// capital, digit or opening quote, unless the word before is an abbreviation or initial.
/// Lazy, so that a pitch reads only the sentences it needs.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    std::iter::from_fn(move || {
        while start < text.len() {
            let Some(end) = sentence_end(text, start) else {
                let rest = text[start..].trim();
                start = text.len();
                return (!rest.is_empty()).then_some(rest);
            };
            let sentence = text[start..end].trim();
            start = end;
            if !sentence.is_empty() {
                return Some(sentence);
            }
        }
        None
    })
}

/// The byte just after the first sentence-ending mark at or after `from`.
fn sentence_end(text: &str, from: usize) -> Option<usize> {
    const ABBREVIATIONS: [&str; 14] = [
        "e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "st", "no", "vs", "prof", "approx", "cf",
    ];
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        // The marks and the space are ASCII, so byte positions are character boundaries.
        let mark = bytes[i];
        if matches!(mark, b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ') {
            let next = text[i + 2..].chars().next().unwrap_or(' ');
            let opens = next.is_uppercase() || next.is_ascii_digit() || "\"'“‘(".contains(next);
            let word = text[from..i].rsplit(' ').next().unwrap_or("");
            let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
            let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
            let abbreviation = mark == b'.'
                && (single_letter
                    || word.contains('.')
                    || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)));
            if opens && !abbreviation {
                return Some(i + 1);
            }
        }
        i += 1;
    }
    None
}

/// The overview: the description with its paragraphs, each line trimmed (so that no
/// indentation turns into a Markdown code block) and one blank line between paragraphs.
pub fn overview_from(description: &str) -> String {
    let mut out = String::with_capacity(description.len());
    let mut blank = 0;
    for line in description.lines() {
        let line = line.trim();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

/// Where a URL starts: `http://` or `https://` (or the mistyped `https:/`) at the start
/// of the text or after a character that cannot be part of a URL.
fn url_starts(text: &str) -> Vec<usize> {
    let lower = text.to_ascii_lowercase();
    let mut starts = Vec::new();
    let mut from = 0;
    while let Some(pos) = lower[from..].find("http") {
        let i = from + pos;
        from = i + 4;
        let rest = &lower[i..];
        if !(rest.starts_with("http:/") || rest.starts_with("https:/")) {
            continue;
        }
        let before = text[..i].chars().next_back();
        if before.is_none_or(|c| c.is_whitespace() || "([{<\"'“‘,;|&".contains(c)) {
            starts.push(i);
        }
    }
    starts
}

/// Every http(s) URL in free text, in order, without repeats, as the `url` crate writes
/// them (so `https:/example.org` becomes `https://example.org/`).
pub fn urls_in(text: &str) -> Vec<String> {
    let starts = url_starts(text);
    let mut out: Vec<String> = Vec::new();
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        let candidate = &text[start..end];
        let candidate = candidate.split(char::is_whitespace).next().unwrap_or("");
        if let Some(url) = clean_url(candidate)
            && !out.contains(&url)
        {
            out.push(url);
        }
    }
    out
}

/// The URLs of the Website column: a value holding a single URL is taken whole (a few
/// real ones have spaces in their path), otherwise as free text.
pub fn website_urls(text: &str) -> Vec<String> {
    let starts = url_starts(text);
    if starts == [0] {
        clean_url(text).into_iter().collect()
    } else {
        urls_in(text)
    }
}

/// A value that is nothing but one URL.
pub fn is_plain_url(text: &str) -> bool {
    url_starts(text) == [0] && !text.contains(char::is_whitespace)
}

/// Drops trailing punctuation that ends a sentence rather than the URL, and keeps the
/// URL only if it is absolute http(s) with a host.
fn clean_url(candidate: &str) -> Option<String> {
    let mut s = candidate.trim();
    loop {
        let before = s;
        s = s.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"', '”', '’']);
        for (open, close) in [('(', ')'), ('[', ']'), ('<', '>')] {
            if s.ends_with(close) && s.matches(close).count() > s.matches(open).count() {
                s = &s[..s.len() - 1];
            }
        }
        if s == before {
            break;
        }
    }
    let url = url::Url::parse(s).ok()?;
    let host = url.host_str()?;
    (matches!(url.scheme(), "http" | "https") && host.contains('.')).then(|| url.to_string())
}

/// The host of a URL without `www.`, as the title of a link.
pub fn host_of(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_string())
        })
        .unwrap_or_else(|| url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_cut_and_always_valid() {
        assert_eq!(
            slug_for("AMS - public employment service", "PSTW-1"),
            "ams-public-employment-service-pstw-1"
        );
        let long = slug_for(
            &"Artificial intelligence for municipal services ".repeat(4),
            "PSTW-2040",
        );
        assert!(long.len() <= SLUG_NAME_LEN + "-pstw-2040".len(), "{long}");
        assert!(
            long.ends_with("-services-pstw-2040") || long.ends_with("-pstw-2040"),
            "{long}"
        );
        assert!(!long.contains("--"));
        assert_eq!(slug_for("Ψηφιακός βοηθός", "PSTW-5"), "pstw-5");
        assert_eq!(slug_for("Chatbot", "X 12"), "chatbot-x-12");
        for (name, id) in [
            ("a", "PSTW-1"),
            ("--", "pstw-77"),
            ("Ação 2.0!", "PSTW-3"),
            (&"x".repeat(200), "PSTW-9"),
        ] {
            assert!(
                is_valid_slug(&slug_for(name, id)),
                "{name} {id}: {}",
                slug_for(name, id)
            );
        }
    }

    #[test]
    fn pitch_takes_leading_sentences_within_bounds() {
        assert_eq!(
            pitch_from("One.\nTwo two.\n\nThree."),
            "One. Two two. Three."
        );
        let long_first = format!("{}. Second sentence.", "word ".repeat(60).trim());
        assert_eq!(
            pitch_from(&long_first),
            format!("{}.", "word ".repeat(60).trim())
        );
        let s1 = format!("{}.", "alpha ".repeat(40).trim());
        let s2 = format!("Beta {}.", "beta ".repeat(29).trim());
        assert_eq!(
            pitch_from(&format!("{s1} {s2}")),
            s1,
            "stops once past the target length"
        );
        let huge = "word ".repeat(300);
        let p = pitch_from(&huge);
        assert!(
            p.ends_with('…') && p.chars().count() <= MAX_PITCH,
            "{}",
            p.chars().count()
        );
        let split = |text| sentences(text).collect::<Vec<_>>();
        assert_eq!(
            split("The tool, e.g. a bot, helps Mr. Smith. It also works in the U.S. Army."),
            [
                "The tool, e.g. a bot, helps Mr. Smith.",
                "It also works in the U.S. Army."
            ]
        );
        assert_eq!(
            split("Made by A. Smith et al. in 2020. Next one."),
            ["Made by A. Smith et al. in 2020.", "Next one."]
        );
        assert_eq!(
            split("Is it? Yes! 3 times."),
            ["Is it?", "Yes!", "3 times."]
        );
        assert_eq!(split("Ends with a mark. "), ["Ends with a mark."]);
        assert_eq!(split("Çava. Été. "), ["Çava.", "Été."]);
    }

    #[test]
    fn overview_keeps_paragraphs() {
        assert_eq!(
            overview_from("  First line  \nsame para\n\n \n\nSecond para\u{a0}\n"),
            "First line\nsame para\n\nSecond para"
        );
    }

    #[test]
    fn urls_are_found_in_free_text() {
        let text = "(https://a.example.org/x) https://b.example.org/y, https://c.example.org/ and https://a.example.org/x \
            https://arquivo.pt/wayback/2022mp_/https://former.example.pt/doc.pdf & https:/slash.example.org/z. Mail to AI Watch";
        assert_eq!(
            urls_in(text),
            [
                "https://a.example.org/x",
                "https://b.example.org/y",
                "https://c.example.org/",
                "https://arquivo.pt/wayback/2022mp_/https://former.example.pt/doc.pdf",
                "https://slash.example.org/z",
            ]
        );
        assert_eq!(
            urls_in("https://x.example.org/a_(b)"),
            ["https://x.example.org/a_(b)"]
        );
        assert!(
            urls_in("Survey 2021; www.example.org; ftp://example.org/x; http://localhost/")
                .is_empty()
        );
        assert_eq!(
            website_urls("https://q.example.eu/Proof of Concepts/x/"),
            ["https://q.example.eu/Proof%20of%20Concepts/x/"]
        );
        assert_eq!(
            website_urls("https://a.example.eu https://b.example.eu/"),
            ["https://a.example.eu/", "https://b.example.eu/"]
        );
        assert_eq!(host_of("https://www.example.org/a"), "example.org");
    }
}
