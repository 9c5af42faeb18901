//! Highlighted snippets: escaped HTML in which the matched words are wrapped in `<mark>`,
//! cut to the window of the text that holds the most matches.

/// Characters of context kept before the first match of a snippet.
const LEAD: usize = 40;

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The whole of `text`, escaped, with `marks` (sorted, non-overlapping byte ranges) marked.
pub fn mark_all(text: &str, marks: &[(usize, usize)]) -> String {
    mark_range(text, 0, text.len(), marks)
}

fn mark_range(text: &str, start: usize, end: usize, marks: &[(usize, usize)]) -> String {
    let mut out = String::new();
    let mut at = start;
    for &(from, to) in marks.iter().filter(|(f, t)| *f >= start && *t <= end) {
        out.push_str(&escape(&text[at..from]));
        out.push_str("<mark>");
        out.push_str(&escape(&text[from..to]));
        out.push_str("</mark>");
        at = to;
    }
    out.push_str(&escape(&text[at..end]));
    out
}

/// At most about `max_chars` characters of `text` around its densest run of marks,
/// with "…" where it was cut.
pub fn snippet(text: &str, marks: &[(usize, usize)], max_chars: usize) -> String {
    let text_end = text.trim_end().len();
    let text = &text[..text_end];
    if text.chars().count() <= max_chars {
        return mark_all(text, marks);
    }
    // The window start (a byte offset) that covers the most marks.
    let byte_after = |from: usize, chars: usize| {
        text[from..]
            .char_indices()
            .nth(chars)
            .map_or(text.len(), |(i, _)| from + i)
    };
    let mut best = (0, 0);
    for &(from, _) in marks {
        let start = word_start(
            text,
            text[..from]
                .char_indices()
                .rev()
                .nth(LEAD)
                .map_or(0, |(i, _)| i),
        );
        let end = byte_after(start, max_chars);
        let covered = marks
            .iter()
            .filter(|(f, t)| *f >= start && *t <= end)
            .count();
        if covered > best.1 {
            best = (start, covered);
        }
    }
    let start = best.0;
    let mut end = byte_after(start, max_chars);
    if end < text.len() {
        // Cut at the last space so no word is split.
        end = text[start..end]
            .rfind(char::is_whitespace)
            .map_or(end, |i| start + i);
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&mark_range(text, start, end, marks));
    if end < text.len() {
        out.push('…');
    }
    out
}

/// The start of the word containing byte `at` (or `at` itself at a word start).
fn word_start(text: &str, at: usize) -> usize {
    if at == 0 {
        return 0;
    }
    text[..at].rfind(char::is_whitespace).map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_wrapped_and_everything_else_escaped() {
        let text = "Open <data> & AI";
        assert_eq!(
            mark_all(text, &[(0, 4), (14, 16)]),
            "<mark>Open</mark> &lt;data&gt; &amp; <mark>AI</mark>"
        );
    }

    #[test]
    fn long_texts_are_cut_around_the_matches_at_word_boundaries() {
        let text = format!(
            "{} the digital service {}",
            "word ".repeat(60),
            "tail ".repeat(60)
        );
        let from = text.find("digital").unwrap();
        let s = snippet(&text, &[(from, from + 7)], 80);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("<mark>digital</mark>"));
        assert!(s.chars().count() <= 80 + 2 + "<mark></mark>".len());
        assert!(
            !s.contains("wor…") && !s.contains("tai…"),
            "cut inside a word: {s}"
        );
        assert_eq!(snippet("short text", &[], 80), "short text");
        assert!(snippet(&text, &[], 80).starts_with("word word"));
    }
}
