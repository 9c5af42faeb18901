//! What changed between two versions of a case, field by field, for the editors' history
//! page. Both versions are compared as their JSON documents flattened into dotted paths
//! (`story.lessons`, `links[0].url`), so that every field is covered, including fields
//! added to the record later. Long texts also get a word-level diff. Pure: no I/O, no
//! formatting for a page.

use std::collections::BTreeMap;

use serde_json::Value;
use similar::{ChangeTag, TextDiff};

use crate::Case;

/// Values longer than this (in characters) get a word-level diff.
const LONG_TEXT: usize = 60;

/// One field that differs between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// Dotted path of the field in the record: `title`, `story.results`, `links[1].url`.
    pub field: String,
    /// The value before (`None`: the field was empty or absent).
    pub old: Option<String>,
    /// The value after (`None`: the field was emptied or removed).
    pub new: Option<String>,
    /// For long texts present on both sides: the words kept, deleted and inserted, in
    /// order. Empty otherwise.
    pub words: Vec<Segment>,
}

/// A run of words in a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Same(String),
    Deleted(String),
    Inserted(String),
}

/// Every field that differs between `old` and `new`, in path order.
pub fn diff(old: &Case, new: &Case) -> Vec<FieldChange> {
    let before = flatten(&serde_json::to_value(old).expect("a case always serialises"));
    let after = flatten(&serde_json::to_value(new).expect("a case always serialises"));
    let mut fields: Vec<&String> = before.keys().chain(after.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter_map(|field| {
            let (o, n) = (before.get(field), after.get(field));
            if o == n {
                return None;
            }
            let words = match (o, n) {
                (Some(o), Some(n))
                    if o.chars().count() > LONG_TEXT || n.chars().count() > LONG_TEXT =>
                {
                    word_diff(o, n)
                }
                _ => Vec::new(),
            };
            Some(FieldChange {
                field: field.clone(),
                old: o.cloned(),
                new: n.cloned(),
                words,
            })
        })
        .collect()
}

/// The record as `path → text`: objects by dotted keys, lists of plain values as one
/// comma-separated value, lists of objects by index. Empty values are left out, so that
/// an absent field and an empty one read the same.
fn flatten(value: &Value) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    walk(value, String::new(), &mut out);
    out
}

fn walk(value: &Value, path: String, out: &mut BTreeMap<String, String>) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (key, v) in map {
                let p = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                walk(v, p, out);
            }
        }
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            let text = items.iter().map(scalar).collect::<Vec<_>>().join(", ");
            if !text.is_empty() {
                out.insert(path, text);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, format!("{path}[{i}]"), out);
            }
        }
        other => {
            let text = scalar(other);
            if !text.is_empty() {
                out.insert(path, text);
            }
        }
    }
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Word-level diff of two texts; adjacent words of the same kind form one segment.
fn word_diff(old: &str, new: &str) -> Vec<Segment> {
    let mut segments: Vec<Segment> = Vec::new();
    for change in TextDiff::from_words(old, new).iter_all_changes() {
        let text = change.value();
        match (change.tag(), segments.last_mut()) {
            (ChangeTag::Equal, Some(Segment::Same(s)))
            | (ChangeTag::Delete, Some(Segment::Deleted(s)))
            | (ChangeTag::Insert, Some(Segment::Inserted(s))) => s.push_str(text),
            (ChangeTag::Equal, _) => segments.push(Segment::Same(text.into())),
            (ChangeTag::Delete, _) => segments.push(Segment::Deleted(text.into())),
            (ChangeTag::Insert, _) => segments.push(Segment::Inserted(text.into())),
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CaseStatus, Link, Sector};

    fn base() -> Case {
        let at = chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let mut c = Case::draft("data-lab".into(), "Data lab".into(), "en", at);
        c.story.lessons = Some(
            "Start small with one ministry, measure what changes, and share the results openly with everyone."
                .into(),
        );
        c
    }

    #[test]
    fn same_versions_have_no_changes() {
        assert!(diff(&base(), &base()).is_empty());
    }

    #[test]
    fn every_changed_field_is_named_by_its_path() {
        let old = base();
        let mut new = base();
        new.title = "Data laboratory".into();
        new.status = CaseStatus::Submitted;
        new.sectors = vec![Sector::Health, Sector::Education];
        new.links.push(Link {
            title: "Site".into(),
            url: "https://example.org/".into(),
        });
        new.provenance.call = Some("call-2026".into());
        let changes = diff(&old, &new);
        let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        for expected in [
            "title",
            "status",
            "sectors",
            "links[0].title",
            "links[0].url",
            "provenance.call",
        ] {
            assert!(fields.contains(&expected), "{expected} in {fields:?}");
        }
        let title = changes.iter().find(|c| c.field == "title").unwrap();
        assert_eq!(title.old.as_deref(), Some("Data lab"));
        assert_eq!(title.new.as_deref(), Some("Data laboratory"));
        assert!(title.words.is_empty(), "a short value has no word diff");
        let call = changes
            .iter()
            .find(|c| c.field == "provenance.call")
            .unwrap();
        assert_eq!(
            (call.old.as_deref(), call.new.as_deref()),
            (None, Some("call-2026"))
        );
        let sectors = changes.iter().find(|c| c.field == "sectors").unwrap();
        assert_eq!(sectors.new.as_deref(), Some("health, education"));
    }

    #[test]
    fn removed_values_have_no_new_side() {
        let old = base();
        let mut new = base();
        new.story.lessons = None;
        let changes = diff(&old, &new);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].field, "story.lessons");
        assert!(changes[0].old.is_some() && changes[0].new.is_none());
        assert!(changes[0].words.is_empty());
    }

    #[test]
    fn long_texts_get_a_word_diff() {
        let old = base();
        let mut new = base();
        new.story.lessons = Some(
            "Start small with two ministries, measure what changes, and share the results openly with everyone."
                .into(),
        );
        let changes = diff(&old, &new);
        let words = &changes[0].words;
        assert!(words.contains(&Segment::Deleted("one".into())), "{words:?}");
        assert!(
            words.contains(&Segment::Inserted("ministries,".into())),
            "{words:?}"
        );
        let rebuilt_old: String = words
            .iter()
            .filter_map(|s| match s {
                Segment::Same(t) | Segment::Deleted(t) => Some(t.as_str()),
                Segment::Inserted(_) => None,
            })
            .collect();
        assert_eq!(Some(rebuilt_old), old.story.lessons);
    }
}
