//! Importing any dataset: a mapping file (TOML) says which column holds which field of a
//! case and how the source's values translate into our vocabularies.
//!
//! ```toml
//! [source]
//! dataset = "city-lab"            # names the source in each case's provenance
//! id = "Project ID"               # the column with the source's record id (re-imports update by it)
//! licence = "CC-BY-4.0"           # SPDX id of the records' licence
//! attribution = "City Lab open data"
//! language = "en"                 # the records' language, unless a column says (field `language`)
//! separator = ";"                 # between several values in one cell (default ";")
//!
//! [fields]                        # case field = source column
//! title = "Project"
//! pitch = "Summary"
//! organisation = "Department"
//! countries = "Country"           # codes or names in any language
//! sectors = "Policy area"
//! stage = "Phase"
//! year_launched = "Start"
//!
//! [values.sectors]                # source value = our value, for values that differ
//! "Healthcare" = "health"
//! ```
//!
//! Fields: `title` (required), `pitch`, `overview`, `website`, `language`,
//! `organisation`, `organisation_type`, `subnational`, `nuts`, `level`, `year_launched`,
//! `year_ended`, `stage`, `lifecycle`, the story sections (`innovation`, `partners`,
//! `beneficiaries`, `results`, `challenges`, `conditions`, `replication`, `lessons`), and
//! the multi-valued `countries`, `sectors`, `technologies`, `tags`, `innovation_facets`,
//! `sdgs`, `links`. A vocabulary value is taken as our slug or English label, else through
//! `[values.FIELD]`; a value neither knows is left out of the case and counted in
//! [`MappedRows::unmapped`] for the import's report. A row without a title or id, with a
//! year that is not one, or that does not make a publishable case is a [`RowError`];
//! reading goes on. Source columns the mapping does not use are kept in the case's
//! provenance (`fields`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, Read};

use chrono::{DateTime, Utc};
use observa_domain::vocab::Vocabulary;
use observa_domain::{
    Case, CaseSource, CaseStatus, CountryCode, GovLevel, InnovationFacet, Lifecycle, Link, OrgType,
    Sector, Stage,
};
use serde::Deserialize;

use crate::RowError;
use crate::pstw::{pitch_from, slug_for};

/// A mapping file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub source: Source,
    /// Case field → source column.
    pub fields: BTreeMap<String, String>,
    /// Case field → (source value → our value).
    #[serde(default)]
    pub values: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub dataset: String,
    pub id: String,
    pub licence: String,
    #[serde(default)]
    pub attribution: Option<String>,
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default = "default_separator")]
    pub separator: String,
}

fn default_language() -> String {
    "en".into()
}

fn default_separator() -> String {
    ";".into()
}

const SCALARS: [&str; 22] = [
    "title",
    "pitch",
    "overview",
    "website",
    "language",
    "organisation",
    "organisation_type",
    "subnational",
    "nuts",
    "level",
    "year_launched",
    "year_ended",
    "stage",
    "lifecycle",
    "innovation",
    "partners",
    "beneficiaries",
    "results",
    "challenges",
    "conditions",
    "replication",
    "lessons",
];
const LISTS: [&str; 7] = [
    "countries",
    "sectors",
    "technologies",
    "tags",
    "innovation_facets",
    "sdgs",
    "links",
];

impl Mapping {
    /// Reads and checks a mapping: every field must be one we know, and `title` mapped.
    pub fn from_toml(text: &str) -> Result<Mapping, String> {
        let mapping: Mapping = toml::from_str(text).map_err(|e| e.to_string())?;
        for field in mapping.fields.keys().chain(mapping.values.keys()) {
            if !SCALARS.contains(&field.as_str()) && !LISTS.contains(&field.as_str()) {
                return Err(format!(
                    "unknown field \"{field}\"; fields are: {}",
                    SCALARS
                        .iter()
                        .chain(&LISTS)
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
        if !mapping.fields.contains_key("title") {
            return Err("[fields] must map title to a column".into());
        }
        if mapping.source.separator.is_empty() {
            return Err("[source] separator must not be empty".into());
        }
        Ok(mapping)
    }
}

/// One source row: column → cell, and its line.
type Row = (u64, HashMap<String, String>);

/// Rows of a CSV file with a header line.
pub fn csv_rows<R: Read>(reader: R) -> Result<impl Iterator<Item = Result<Row, RowError>>, String> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("cannot read the header line: {e}"))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    Ok(reader.into_records().map(move |record| {
        let record = record.map_err(|e| RowError {
            line: e.position().map_or(0, |p| p.line()),
            record_id: None,
            reason: e.to_string(),
        })?;
        let line = record.position().map_or(0, |p| p.line());
        Ok((
            line,
            headers
                .iter()
                .cloned()
                .zip(record.iter().map(str::to_string))
                .collect(),
        ))
    }))
}

/// Rows of a JSON Lines file, one object per line; arrays become cells joined by
/// `separator`, numbers and booleans their text.
pub fn jsonl_rows<R: BufRead>(
    reader: R,
    separator: &str,
) -> impl Iterator<Item = Result<Row, RowError>> + use<R> {
    let separator = separator.to_string();
    reader
        .lines()
        .enumerate()
        .filter(|(_, line)| line.as_ref().map_or(true, |l| !l.trim().is_empty()))
        .map(move |(i, line)| {
            let line_no = i as u64 + 1;
            let error = |reason: String| RowError {
                line: line_no,
                record_id: None,
                reason,
            };
            let line = line.map_err(|e| error(e.to_string()))?;
            let value: serde_json::Value =
                serde_json::from_str(&line).map_err(|e| error(format!("not JSON: {e}")))?;
            let object = value
                .as_object()
                .ok_or_else(|| error("not a JSON object".into()))?;
            let cell = |v: &serde_json::Value| match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => String::new(),
                other => other.to_string(),
            };
            Ok((
                line_no,
                object
                    .iter()
                    .map(|(k, v)| {
                        let text = match v {
                            serde_json::Value::Array(items) => {
                                items.iter().map(cell).collect::<Vec<_>>().join(&separator)
                            }
                            other => cell(other),
                        };
                        (k.clone(), text)
                    })
                    .collect(),
            ))
        })
}

/// Cases made from rows by a mapping; see the module documentation.
pub struct MappedRows<I> {
    rows: I,
    mapping: Mapping,
    technologies: HashSet<String>,
    tags: HashSet<String>,
    now: DateTime<Utc>,
    unmapped: BTreeMap<(String, String), u64>,
}

impl<I: Iterator<Item = Result<Row, RowError>>> MappedRows<I> {
    /// `technologies` and `tags` are the slugs of our open vocabularies.
    pub fn new(
        rows: I,
        mapping: Mapping,
        technologies: HashSet<String>,
        tags: HashSet<String>,
        now: DateTime<Utc>,
    ) -> Self {
        MappedRows {
            rows,
            mapping,
            technologies,
            tags,
            now,
            unmapped: BTreeMap::new(),
        }
    }

    /// (field, source value) → how many times it was left out, so far.
    pub fn unmapped(&self) -> &BTreeMap<(String, String), u64> {
        &self.unmapped
    }

    fn cell<'r>(&self, row: &'r HashMap<String, String>, field: &str) -> &'r str {
        self.mapping
            .fields
            .get(field)
            .and_then(|column| row.get(column))
            .map_or("", |v| v.trim())
    }

    fn cells(&self, row: &HashMap<String, String>, field: &str) -> Vec<String> {
        self.cell(row, field)
            .split(self.mapping.source.separator.as_str())
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// A source value as ours: through `[values.FIELD]` first, then as it is.
    fn translate(&self, field: &str, value: &str) -> String {
        self.mapping
            .values
            .get(field)
            .and_then(|map| map.get(value))
            .cloned()
            .unwrap_or_else(|| value.to_string())
    }

    fn closed<V: Vocabulary>(&mut self, field: &str, value: &str) -> Option<V> {
        let found = V::parse(&self.translate(field, value)).ok();
        if found.is_none() {
            self.note(field, value);
        }
        found
    }

    fn note(&mut self, field: &str, value: &str) {
        *self
            .unmapped
            .entry((field.to_string(), value.to_string()))
            .or_default() += 1;
    }

    fn closed_one<V: Vocabulary>(
        &mut self,
        row: &HashMap<String, String>,
        field: &str,
    ) -> Option<V> {
        let value = self.cell(row, field).to_string();
        (!value.is_empty())
            .then(|| self.closed(field, &value))
            .flatten()
    }

    fn closed_all<V: Vocabulary + PartialEq>(
        &mut self,
        row: &HashMap<String, String>,
        field: &str,
    ) -> Vec<V> {
        let mut out: Vec<V> = Vec::new();
        for value in self.cells(row, field) {
            if let Some(v) = self.closed(field, &value)
                && !out.contains(&v)
            {
                out.push(v);
            }
        }
        out
    }

    /// Values of an open vocabulary (technologies, tags) that we have; others are noted.
    fn open_all(&mut self, row: &HashMap<String, String>, field: &str) -> Vec<String> {
        let mut out = Vec::new();
        for value in self.cells(row, field) {
            let ours = self.translate(field, &value);
            let exists = if field == "tags" {
                self.tags.contains(&ours)
            } else {
                self.technologies.contains(&ours)
            };
            if !exists {
                self.note(field, &value);
            } else if !out.contains(&ours) {
                out.push(ours);
            }
        }
        out
    }

    fn year(&self, row: &HashMap<String, String>, field: &str) -> Result<Option<i32>, String> {
        let value = self.cell(row, field);
        if value.is_empty() {
            return Ok(None);
        }
        // "2021", "2021-03-01", "03/2021": the first four-digit number.
        value
            .split(|c: char| !c.is_ascii_digit())
            .find(|part| part.len() == 4)
            .and_then(|y| y.parse().ok())
            .map(Some)
            .ok_or_else(|| format!("{field} \"{value}\" is not a year"))
    }

    fn case(&mut self, row: &HashMap<String, String>) -> Result<Case, (Option<String>, String)> {
        let id = row
            .get(&self.mapping.source.id)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .ok_or((
                None,
                format!("no record id in column \"{}\"", self.mapping.source.id),
            ))?;
        let fail = |reason: String| (Some(id.clone()), reason);
        let title = self.cell(row, "title").to_string();
        if title.is_empty() {
            return Err(fail("no title".into()));
        }
        let language = match self.cell(row, "language") {
            "" => self.mapping.source.language.clone(),
            code => code.to_ascii_lowercase(),
        };
        let mut case = Case::draft(slug_for(&title, &id), title, &language, self.now);
        case.status = CaseStatus::Published;
        let text = |field: &str| Some(self.cell(row, field).to_string()).filter(|s| !s.is_empty());
        // Each of the summary and the overview stands in for the other when it is missing.
        let overview = text("overview").unwrap_or_default();
        case.pitch = text("pitch").unwrap_or_else(|| pitch_from(&overview));
        case.overview = if overview.is_empty() {
            case.pitch.clone()
        } else {
            overview
        };
        case.website = text("website");
        case.organisation.name = text("organisation").unwrap_or_default();
        case.subnational = text("subnational");
        case.nuts = text("nuts");
        for (field, slot) in case.story.sections_mut() {
            *slot = text(field);
        }
        case.year_launched = self.year(row, "year_launched").map_err(fail)?;
        case.year_ended = self.year(row, "year_ended").map_err(fail)?;
        case.organisation.kind = self.closed_one::<OrgType>(row, "organisation_type");
        case.level = self.closed_one::<GovLevel>(row, "level");
        case.stage = self.closed_one::<Stage>(row, "stage");
        case.lifecycle = self.closed_one::<Lifecycle>(row, "lifecycle");
        case.sectors = self.closed_all::<Sector>(row, "sectors");
        case.facets = self.closed_all::<InnovationFacet>(row, "innovation_facets");
        case.technologies = self.open_all(row, "technologies");
        case.tags = self.open_all(row, "tags");
        for value in self.cells(row, "countries") {
            let ours = self.translate("countries", &value);
            match CountryCode::from_name(&ours) {
                Ok(code) if !case.countries.contains(&code) => case.countries.push(code),
                Ok(_) => {}
                Err(_) => self.note("countries", &value),
            }
        }
        for value in self.cells(row, "sdgs") {
            match self
                .translate("sdgs", &value)
                .trim_start_matches("SDG")
                .trim()
                .parse::<u8>()
            {
                Ok(n) if (1..=17).contains(&n) => {
                    if !case.sdgs.contains(&n) {
                        case.sdgs.push(n);
                    }
                }
                _ => self.note("sdgs", &value),
            }
        }
        case.links = self
            .cells(row, "links")
            .into_iter()
            .map(|url| Link {
                title: url.clone(),
                url,
            })
            .collect();
        let used: HashSet<&String> = self.mapping.fields.values().collect();
        let fields = row
            .iter()
            .filter(|(column, value)| {
                !used.contains(column)
                    && *column != &self.mapping.source.id
                    && !value.trim().is_empty()
            })
            .map(|(c, v)| (c.clone(), v.trim().to_string()))
            .collect();
        case.provenance.source = CaseSource::Imported {
            dataset: self.mapping.source.dataset.clone(),
            record_id: id.clone(),
            fields,
        };
        case.provenance.licence = self.mapping.source.licence.clone();
        case.provenance.attribution = self.mapping.source.attribution.clone();
        case.provenance.published_at = Some(self.now);
        case.validate_for(CaseStatus::Published)
            .map_err(|v| fail(format!("not publishable: {v}")))?;
        Ok(case)
    }
}

impl<I: Iterator<Item = Result<Row, RowError>>> Iterator for MappedRows<I> {
    type Item = Result<Case, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let (line, row) = match self.rows.next()? {
            Ok(row) => row,
            Err(e) => return Some(Err(e)),
        };
        Some(self.case(&row).map_err(|(record_id, reason)| RowError {
            line,
            record_id,
            reason,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAPPING: &str = r#"
[source]
dataset = "city-lab"
id = "ID"
licence = "CC-BY-4.0"
attribution = "City Lab open data"

[fields]
title = "Project"
pitch = "Summary"
organisation = "Department"
countries = "Country"
sectors = "Policy area"
technologies = "Tech"
stage = "Phase"
year_launched = "Start"

[values.sectors]
"Healthcare" = "health"

[values.stage]
"Trial" = "implementation"
"#;

    const CSV: &str = "ID,Project,Summary,Department,Country,Policy area,Tech,Phase,Start,Notes\n\
1,Clinic chatbot,\"A chatbot answers, day and night.\",Health department,France,Healthcare; Astrology,chatbots; telepathy,Trial,2021-04-01,keep me\n\
2,,No title,Dept,FR,health,,,2020,\n\
3,Bad year,Summary,Dept,Portugal,health,,,soon,\n\
4,Open budgets,Budgets online.,Finance,Espagne,economic_affairs,,evaluation,2019,\n";

    type Unmapped = BTreeMap<(String, String), u64>;

    fn run(text: &str) -> (Vec<Result<Case, RowError>>, Unmapped) {
        let mapping = Mapping::from_toml(MAPPING).unwrap();
        let technologies = HashSet::from(["chatbots".to_string()]);
        let mut rows = MappedRows::new(
            csv_rows(text.as_bytes()).unwrap(),
            mapping,
            technologies,
            HashSet::new(),
            Utc::now(),
        );
        let cases: Vec<_> = rows.by_ref().collect();
        (cases, rows.unmapped().clone())
    }

    #[test]
    fn rows_become_cases_through_the_mapping() {
        let (cases, unmapped) = run(CSV);
        assert_eq!(cases.len(), 4);
        let first = cases[0].as_ref().unwrap();
        assert_eq!(first.title, "Clinic chatbot");
        assert_eq!(first.pitch, "A chatbot answers, day and night.");
        assert_eq!(first.countries, vec![CountryCode::parse("FR").unwrap()]);
        assert_eq!(
            first.sectors,
            vec![Sector::Health],
            "through [values.sectors]"
        );
        assert_eq!(
            first.stage,
            Some(Stage::Implementation),
            "through [values.stage]"
        );
        assert_eq!(first.technologies, vec!["chatbots".to_string()]);
        assert_eq!(first.year_launched, Some(2021));
        assert_eq!(first.provenance.licence, "CC-BY-4.0");
        match &first.provenance.source {
            CaseSource::Imported {
                dataset,
                record_id,
                fields,
            } => {
                assert_eq!((dataset.as_str(), record_id.as_str()), ("city-lab", "1"));
                assert_eq!(fields.get("Notes").map(String::as_str), Some("keep me"));
            }
            other => panic!("{other:?}"),
        }
        // A country named in another language.
        assert_eq!(cases[3].as_ref().unwrap().countries[0].as_str(), "ES");
        // Unknown values are reported, not invented.
        assert_eq!(
            unmapped.get(&("sectors".into(), "Astrology".into())),
            Some(&1)
        );
        assert_eq!(
            unmapped.get(&("technologies".into(), "telepathy".into())),
            Some(&1)
        );
    }

    #[test]
    fn bad_rows_say_why_and_reading_goes_on() {
        let (cases, _) = run(CSV);
        let no_title = cases[1].as_ref().unwrap_err();
        assert_eq!(no_title.record_id.as_deref(), Some("2"));
        assert_eq!(no_title.reason, "no title");
        let bad_year = cases[2].as_ref().unwrap_err();
        assert!(
            bad_year
                .reason
                .contains("year_launched \"soon\" is not a year"),
            "{bad_year}"
        );
        assert_eq!(bad_year.line, 4);
        assert!(cases[3].is_ok());
    }

    #[test]
    fn json_lines_rows_map_the_same_way() {
        let mapping = Mapping::from_toml(MAPPING).unwrap();
        let text = r#"{"ID": 7, "Project": "Open budgets", "Summary": "Budgets online.", "Department": "Finance", "Country": ["ES", "PT"], "Policy area": "economic_affairs", "Start": 2019}"#;
        let cases: Vec<_> = MappedRows::new(
            jsonl_rows(text.as_bytes(), ";"),
            mapping,
            HashSet::new(),
            HashSet::new(),
            Utc::now(),
        )
        .collect();
        let case = cases[0].as_ref().unwrap();
        assert_eq!(case.countries.len(), 2);
        assert_eq!(
            case.provenance.source.dataset_and_id(),
            Some(("city-lab", "7"))
        );
    }

    #[test]
    fn mappings_are_checked_when_read() {
        assert!(Mapping::from_toml("nonsense").is_err());
        let unknown = MAPPING.replace("pitch = \"Summary\"", "colour = \"Summary\"");
        assert!(
            Mapping::from_toml(&unknown)
                .unwrap_err()
                .contains("unknown field \"colour\"")
        );
        let untitled = MAPPING.replace("title = \"Project\"", "");
        assert!(Mapping::from_toml(&untitled).unwrap_err().contains("title"));
    }
}
