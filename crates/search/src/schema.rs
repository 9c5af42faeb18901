//! The index's fields and how a case becomes a document.
//!
//! Texts go twice into the index: once into the stemmed field of the record's language
//! (`title_es`, …; frequencies only) and once into a folded, unstemmed field with
//! positions (`title`, …) that serves exact words, quoted phrases and typo tolerance.
//! Vocabulary values go into `values` as `field:value` strings (`country:FR`), which the
//! facet counter reads from a fast column and similar-case queries match on.

use std::collections::HashMap;

use observa_domain::{Case, Labels, Lang, Vocabulary};
use observa_store::query::case_values;
use tantivy::TantivyDocument;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
};

use crate::analysis::{FOLD, STEMMED, stem_analyser_name};

/// Bumped whenever the schema, analysis or indexed values change, so old indexes are
/// rebuilt (2: the call a case answered is a facet value).
pub const SCHEMA_VERSION: u32 = 2;

/// The three kinds of text, from most to least telling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Title,
    Pitch,
    Body,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Title, Part::Pitch, Part::Body];

    fn name(self) -> &'static str {
        match self {
            Part::Title => "title",
            Part::Pitch => "pitch",
            Part::Body => "body",
        }
    }

    /// How much a match in this part counts (title above pitch above tags above the rest).
    pub fn boost(self) -> f32 {
        match self {
            Part::Title => 4.0,
            Part::Pitch => 2.0,
            Part::Body => 1.0,
        }
    }
}

/// How much a match in vocabulary labels (tags, technologies, sectors) counts.
pub const LABELS_BOOST: f32 = 1.5;

#[derive(Clone)]
pub struct Fields {
    pub schema: Schema,
    /// The case's database id (indexed to delete by it, fast to read it).
    pub id: Field,
    /// `field:value` strings for facets and similarity.
    pub values: Field,
    /// Publication time in seconds, for "newest first".
    pub published: Field,
    /// Year launched (0 when unknown), for sorting by year.
    pub year: Field,
    /// Folded, unstemmed text with positions, by part.
    pub folded: [Field; 3],
    /// Stemmed text by language code, by part.
    pub stemmed: Vec<(&'static str, [Field; 3])>,
    /// Labels of the case's vocabulary values in every interface language.
    pub labels: Field,
}

impl Fields {
    pub fn new() -> Fields {
        let mut builder = Schema::builder();
        let id = builder.add_u64_field("id", INDEXED | FAST);
        let values = builder.add_text_field("values", STRING | FAST);
        let published = builder.add_i64_field("published", FAST);
        let year = builder.add_i64_field("year", FAST);
        let positions = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(FOLD)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let folded = Part::ALL.map(|p| builder.add_text_field(p.name(), positions.clone()));
        let labels = builder.add_text_field("labels", positions);
        let stemmed = STEMMED
            .iter()
            .map(|&(code, _)| {
                let options = TextOptions::default().set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(&stem_analyser_name(code))
                        .set_index_option(IndexRecordOption::WithFreqs),
                );
                let fields = Part::ALL.map(|p| {
                    builder.add_text_field(&format!("{}_{code}", p.name()), options.clone())
                });
                (code, fields)
            })
            .collect();
        Fields {
            schema: builder.build(),
            id,
            values,
            published,
            year,
            folded,
            stemmed,
            labels,
        }
    }

    pub fn folded(&self, part: Part) -> Field {
        self.folded[part as usize]
    }

    pub fn stemmed_for(&self, lang: &str) -> Option<&[Field; 3]> {
        self.stemmed
            .iter()
            .find(|(c, _)| *c == lang)
            .map(|(_, f)| f)
    }

    /// The document for a public case. `labels` gives the labels of open-vocabulary slugs
    /// (tags and technologies).
    pub fn document(
        &self,
        id: i64,
        case: &Case,
        labels: &HashMap<String, Labels>,
    ) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_u64(self.id, id as u64);
        for (field, value) in case_values(case) {
            doc.add_text(self.values, format!("{field}:{value}"));
        }
        if let Some(year) = case.year_launched {
            doc.add_text(self.values, format!("year:{year}"));
        }
        let published = case
            .provenance
            .published_at
            .unwrap_or(case.provenance.created_at);
        doc.add_i64(self.published, published.timestamp());
        doc.add_i64(self.year, case.year_launched.map_or(0, i64::from));

        let mut add = |lang: &str, part: Part, text: &str| {
            if text.trim().is_empty() {
                return;
            }
            doc.add_text(self.folded(part), text);
            if let Some(fields) = self.stemmed_for(lang) {
                doc.add_text(fields[part as usize], text);
            }
        };
        add(&case.language, Part::Title, &case.title);
        add(&case.language, Part::Pitch, &case.pitch);
        add(&case.language, Part::Body, &case.overview);
        for (_, _, text) in case.story.sections() {
            add(&case.language, Part::Body, text.unwrap_or(""));
        }
        add(&case.language, Part::Body, &case.organisation.name);
        for (lang, t) in &case.translations {
            add(lang, Part::Title, &t.title);
            add(lang, Part::Pitch, &t.pitch);
            add(lang, Part::Body, &t.overview);
        }

        let mut label_text = String::new();
        let mut push = |text: &str| {
            label_text.push_str(text);
            label_text.push_str(" | ");
        };
        for slug in case.tags.iter().chain(&case.technologies) {
            match labels.get(slug) {
                Some(l) => Lang::ALL.iter().for_each(|&lang| push(l.get(lang))),
                None => push(&slug.replace('_', " ")),
            }
        }
        for lang in Lang::ALL {
            case.sectors.iter().for_each(|s| push(s.label(lang)));
            case.facets.iter().for_each(|f| push(f.label(lang)));
        }
        if !label_text.is_empty() {
            doc.add_text(self.labels, label_text);
        }
        doc
    }
}

impl Default for Fields {
    fn default() -> Self {
        Self::new()
    }
}
