//! Importing any dataset: a mapping file (TOML) says which column holds which field of a
//! case and how the source's values translate into our vocabularies.
//!
//! ```toml
//! [source]
//! dataset = "city-lab"            # names the source in each case's provenance
//! name = "City Lab"               # what the file is, in messages (default: the dataset)
//! id = "Project ID"               # the column with the source's record id (re-imports update by it)
//! licence = "CC-BY-4.0"           # SPDX id of the records' licence
//! attribution = "City Lab open data"
//! language = "en"                 # the records' language, unless a column says (field `language`)
//! separator = ";"                 # between several values in one cell (default ";")
//! strict = false                  # true: a value neither ours nor in [values] fails its row
//! optional = ["Notes"]            # columns the file may lack (every other named column is required)
//!
//! [fields]                        # case field = source column(s)
//! title = "Project"
//! pitch = "Summary"
//! organisation = "Department"
//! countries = "Country"           # codes or names in any language
//! technologies = ["Main technology", "Other technology"]   # values from every column
//! sectors = { first_of = ["Sub-area", "Policy area"] }     # the first column that gives any
//! level = ["Scale", "Department type"]                     # one value: the first column that gives one
//! stage = "Phase"
//! year_launched = "Start"
//!
//! [values.sectors]                # source value = our value(s), for values that differ
//! "Healthcare" = "health"
//! "R&D health" = ["health", "science_research_innovation"]
//! "Other" = []                    # a known value that gives none of ours
//!
//! [[when]]                        # a condition on a column, and what it sets
//! column = "Cross border"         # or a list: any of them
//! is = ["yes", "y"]               # or: filled = true
//! set = { tags = "cross_border" } # a list field gains the value; a single one is replaced
//!
//! [keep]                          # source column = key under which its raw value is kept
//! "Phase" = "phase"
//! ```
//!
//! Fields: `title` (required), `pitch`, `overview`, `website`, `language`,
//! `organisation`, `organisation_type`, `subnational`, `nuts`, `level`, `year_launched`,
//! `year_ended`, `stage`, `lifecycle`, the story sections (`innovation`, `partners`,
//! `beneficiaries`, `results`, `challenges`, `conditions`, `replication`, `lessons`), and
//! the multi-valued `countries`, `sectors`, `technologies`, `tags`, `innovation_facets`,
//! `sdgs`, `links`.
//!
//! Column names and source values are compared ignoring case, spaces and punctuation, so
//! `" Status"` finds `Status` and `"Central-government"` matches `"Central Government"`.
//! A vocabulary value is taken as our slug or English label, else through
//! `[values.FIELD]`; a value neither knows is left out of the case and counted in
//! [`MappedRows::unmapped`] for the import's report (or, with `strict`, fails the row).
//! Titles and organisation names have their white space folded; the overview keeps its
//! paragraphs, and the pitch, when no column gives one, is the overview's first
//! sentences. `website` takes the first http(s) URL in its column, and `links` every URL
//! in theirs (the website's further URLs too).
//!
//! A row without a title or id, with an id seen before in the file, with a year that is
//! not one, or that does not make a publishable case is a [`RowError`]; reading goes on.
//! Source columns the mapping does not use are kept in the case's provenance (`fields`)
//! under their own names; `[keep]` names a column's key and keeps it even when it is used
//! (columns given the same key are joined with `"; "`).
//! A file that lacks a column the mapping names is refused before any row is read
//! ([`FileError`]).

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::io::{BufRead, Read};

use chrono::{DateTime, Utc};
use observa_domain::vocab::Vocabulary;
use observa_domain::{
    Case, CaseSource, CaseStatus, CountryCode, GovLevel, InnovationFacet, Lifecycle, Link, OrgType,
    Sector, Stage,
};
use serde::Deserialize;

use crate::RowError;
use crate::text::{
    fold, fold_spaces, host_of, overview_from, pitch_from, slug_for, urls_in, website_urls,
};

/// A mapping file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub source: Source,
    /// Case field → source column(s).
    pub fields: BTreeMap<String, Columns>,
    /// Case field → (source value → our value or values).
    #[serde(default)]
    pub values: BTreeMap<String, BTreeMap<String, Values>>,
    /// Conditions on columns that set values.
    #[serde(default)]
    pub when: Vec<Rule>,
    /// Source column → the key its raw value is kept under in the provenance.
    #[serde(default)]
    pub keep: BTreeMap<String, String>,
    /// `values` with folded keys: field → source value → ours.
    #[serde(skip)]
    lookup: HashMap<String, HashMap<String, Vec<String>>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A short name recorded in each case's provenance, with the source id.
    pub dataset: String,
    /// What the file is, for messages ("not a {name} file"); the dataset by default.
    #[serde(default)]
    pub name: Option<String>,
    pub id: String,
    pub licence: String,
    #[serde(default)]
    pub attribution: Option<String>,
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default = "default_separator")]
    pub separator: String,
    #[serde(default)]
    pub strict: bool,
    #[serde(default)]
    pub optional: Vec<String>,
}

fn default_language() -> String {
    "en".into()
}

fn default_separator() -> String {
    ";".into()
}

/// Where a field's values come from.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum Columns {
    One(String),
    /// A list field takes values from each; a single-valued one, the first that gives one.
    Each(Vec<String>),
    /// The first column that gives any value.
    FirstOf {
        first_of: Vec<String>,
    },
}

impl Columns {
    fn names(&self) -> &[String] {
        match self {
            Columns::One(c) => std::slice::from_ref(c),
            Columns::Each(c) | Columns::FirstOf { first_of: c } => c,
        }
    }
}

/// Our value or values for a source value.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Values {
    One(String),
    Many(Vec<String>),
}

/// `[[when]]`: when a column holds one of some values (or anything), fields get values.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub column: Columns,
    #[serde(default)]
    pub is: Vec<String>,
    #[serde(default)]
    pub filled: bool,
    pub set: BTreeMap<String, String>,
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

/// What a field's values are checked against.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Closed(fn(&str) -> Option<&'static str>),
    /// Our open vocabularies, whose slugs come with [`MappedRows::new`].
    Technology,
    Tag,
    Country,
    Sdg,
}

fn closed<V: Vocabulary>(value: &str) -> Option<&'static str> {
    V::parse(value).ok().map(|v| v.slug())
}

fn kind(field: &str) -> Kind {
    match field {
        "organisation_type" => Kind::Closed(closed::<OrgType>),
        "level" => Kind::Closed(closed::<GovLevel>),
        "stage" => Kind::Closed(closed::<Stage>),
        "lifecycle" => Kind::Closed(closed::<Lifecycle>),
        "sectors" => Kind::Closed(closed::<Sector>),
        "innovation_facets" => Kind::Closed(closed::<InnovationFacet>),
        "technologies" => Kind::Technology,
        "tags" => Kind::Tag,
        "countries" => Kind::Country,
        "sdgs" => Kind::Sdg,
        _ => Kind::Text,
    }
}

fn check_field(field: &str) -> Result<(), String> {
    if SCALARS.contains(&field) || LISTS.contains(&field) {
        return Ok(());
    }
    Err(format!(
        "unknown field \"{field}\"; fields are: {}",
        SCALARS
            .iter()
            .chain(&LISTS)
            .copied()
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

impl Mapping {
    /// Reads and checks a mapping: every field must be one we know, `title` mapped, and
    /// every value a rule sets in a closed vocabulary one of ours.
    pub fn from_toml(text: &str) -> Result<Mapping, String> {
        let mut mapping: Mapping = toml::from_str(text).map_err(|e| e.to_string())?;
        for field in mapping.fields.keys().chain(mapping.values.keys()) {
            check_field(field)?;
        }
        if !mapping.fields.contains_key("title") {
            return Err("[fields] must map title to a column".into());
        }
        if mapping.source.separator.is_empty() {
            return Err("[source] separator must not be empty".into());
        }
        for rule in &mapping.when {
            let columns = rule.column.names().join("\", \"");
            if rule.is.is_empty() != rule.filled {
                return Err(format!(
                    "the [[when]] on \"{columns}\" needs either is = [values] or filled = true"
                ));
            }
            for (field, value) in &rule.set {
                check_field(field)?;
                if let Kind::Text = kind(field) {
                    return Err(format!(
                        "the [[when]] on \"{columns}\" sets {field}: rules set vocabulary fields only"
                    ));
                }
                if let Kind::Closed(parse) = kind(field)
                    && parse(value).is_none()
                {
                    return Err(format!(
                        "the [[when]] on \"{columns}\" sets {field} to \"{value}\", which is not one of ours"
                    ));
                }
            }
        }
        mapping.lookup = mapping
            .values
            .iter()
            .map(|(field, map)| {
                let folded = map
                    .iter()
                    .map(|(from, to)| {
                        let to = match to {
                            Values::One(v) => vec![v.clone()],
                            Values::Many(v) => v.clone(),
                        };
                        (fold(from), to)
                    })
                    .collect();
                (field.clone(), folded)
            })
            .collect();
        Ok(mapping)
    }

    /// Every column the mapping reads, the id's first.
    fn columns(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.source.id)
            .chain(self.fields.values().flat_map(Columns::names))
            .chain(self.when.iter().flat_map(|r| r.column.names()))
    }
}

/// The file as a whole cannot be read through the mapping; nothing was read from it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("the file is empty: a CSV file starts with a header line naming its columns")]
    Empty,
    #[error("the file is not text ({0}): a CSV file is UTF-8 text")]
    NotText(&'static str),
    #[error(
        "this looks like a {dataset} file separated by {separator:?} instead of commas: export it as comma-separated CSV"
    )]
    WrongSeparator { dataset: String, separator: char },
    #[error(
        "not a {dataset} file: its header has none of the columns the mapping reads ({expected}, …); it begins {header:?}"
    )]
    Unrelated {
        dataset: String,
        expected: String,
        header: String,
    },
    #[error(
        "not a complete {dataset} file: the header lacks the column(s) {}",
        quoted(missing)
    )]
    MissingColumns {
        dataset: String,
        missing: Vec<String>,
    },
    #[error("could not read the header: {0}")]
    Read(String),
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One source row: its first line, and (column, trimmed cell) in the file's order.
pub type Row = (u64, Vec<(String, String)>);

/// Opens a CSV file for `mapping`: checks its header — a UTF-8 byte-order mark is
/// tolerated, and a file that is empty, not text, separated otherwise or lacking a column
/// the mapping reads gives a [`FileError`] before any row is read — then yields its rows.
/// Quoted cells may span lines; a row's line is the one it starts on, after CRLF line
/// ends and blank lines. A row with more or fewer cells than the header, or with bytes
/// that are not UTF-8, is a [`RowError`].
pub fn csv_rows<R: Read>(input: R, mapping: &Mapping) -> Result<CsvRows<R>, FileError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(LineIndex {
            inner: input,
            offset: 0,
            breaks: VecDeque::new(),
            lines_before: 1,
        });
    let header = reader
        .byte_headers()
        .map_err(|e| FileError::Read(e.to_string()))?
        .clone();
    if header.is_empty() || header.iter().all(|h| h.iter().all(u8::is_ascii_whitespace)) {
        return Err(FileError::Empty);
    }
    if header.as_slice().contains(&0) {
        return Err(FileError::NotText("it holds NUL bytes"));
    }
    let mut names = Vec::with_capacity(header.len());
    for h in &header {
        let name =
            std::str::from_utf8(h).map_err(|_| FileError::NotText("it is not valid UTF-8"))?;
        names.push(name.trim_start_matches('\u{feff}').trim().to_string());
    }
    let present: HashSet<String> = names.iter().map(|n| fold(n)).collect();
    let optional: HashSet<String> = mapping.source.optional.iter().map(|c| fold(c)).collect();
    let mut missing: Vec<String> = Vec::new();
    let mut found = 0;
    for column in mapping.columns() {
        if present.contains(&fold(column)) {
            found += 1;
        } else if !optional.contains(&fold(column)) && !missing.contains(column) {
            missing.push(column.clone());
        }
    }
    let dataset = mapping
        .source
        .name
        .clone()
        .unwrap_or_else(|| mapping.source.dataset.clone());
    if found == 0 {
        let text = String::from_utf8_lossy(header.as_slice());
        let id = &mapping.source.id;
        if let Some(separator) = [';', '\t', '|']
            .into_iter()
            .find(|c| text.contains(*c) && text.contains(id.as_str()))
        {
            return Err(FileError::WrongSeparator { dataset, separator });
        }
        let mut header: String = names.iter().take(4).cloned().collect::<Vec<_>>().join(",");
        if names.len() > 4 {
            header.push_str(",…");
        }
        if header.chars().count() > 80 {
            header = format!("{}…", text.chars().take(80).collect::<String>());
        }
        let expected = quoted(&mapping.columns().take(3).cloned().collect::<Vec<_>>());
        return Err(FileError::Unrelated {
            dataset,
            expected,
            header,
        });
    }
    if !missing.is_empty() {
        return Err(FileError::MissingColumns { dataset, missing });
    }
    let id_column = names
        .iter()
        .position(|n| fold(n) == fold(&mapping.source.id));
    Ok(CsvRows {
        reader,
        record: csv::ByteRecord::new(),
        names,
        id_column,
        done: false,
    })
}

/// The rows of a CSV file; see [`csv_rows`].
#[derive(Debug)]
pub struct CsvRows<R> {
    reader: csv::Reader<LineIndex<R>>,
    record: csv::ByteRecord,
    names: Vec<String>,
    id_column: Option<usize>,
    done: bool,
}

impl<R: Read> CsvRows<R> {
    fn row(&self, line: u64) -> Result<Row, RowError> {
        let cell = |i: usize| std::str::from_utf8(self.record.get(i).unwrap_or_default());
        let record_id = self
            .id_column
            .and_then(|i| cell(i).ok())
            .map(|id| id.trim().to_string())
            .filter(|id| !id.is_empty());
        let error = |reason: String| RowError {
            line,
            record_id: record_id.clone(),
            reason,
        };
        let (n, width) = (self.record.len(), self.names.len());
        if n != width {
            return Err(error(format!(
                "has {n} fields where the header has {width}"
            )));
        }
        let mut cells = Vec::with_capacity(width);
        for (i, name) in self.names.iter().enumerate() {
            let value = cell(i)
                .map_err(|_| error(format!("column \"{name}\" is not valid UTF-8")))?
                .trim();
            cells.push((name.clone(), value.to_string()));
        }
        Ok((line, cells))
    }
}

impl<R: Read> Iterator for CsvRows<R> {
    type Item = Result<Row, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.reader.read_byte_record(&mut self.record) {
            Ok(true) => {
                let start = self.record.position().map_or(0, csv::Position::byte);
                let line = self.reader.get_mut().line_at(start);
                Some(self.row(line))
            }
            Ok(false) => {
                self.done = true;
                None
            }
            Err(e) => {
                // An I/O error (or anything unexpected from the CSV reader) ends the file.
                self.done = true;
                let line = e
                    .position()
                    .map_or_else(|| self.reader.position().line(), csv::Position::line);
                Some(Err(RowError {
                    line,
                    record_id: None,
                    reason: format!("read error: {e}"),
                }))
            }
        }
    }
}

/// Notes where the input's line breaks are, so that the line a record starts on can be
/// told even after `\r\n` line ends and blank lines (the CSV reader's own line count
/// starts a record before the line breaks it skips).
#[derive(Debug)]
struct LineIndex<R> {
    inner: R,
    /// Bytes read so far.
    offset: u64,
    /// Offsets of the `\r` and `\n` bytes not yet forgotten, in order.
    breaks: VecDeque<(u64, u8)>,
    /// 1 + the number of `\n` forgotten.
    lines_before: u64,
}

impl<R: Read> Read for LineIndex<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for (i, &b) in buf[..n].iter().enumerate() {
            if b == b'\n' || b == b'\r' {
                self.breaks.push_back((self.offset + i as u64, b));
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

impl<R> LineIndex<R> {
    /// The line of the first byte at or after `from` that is not a line break. Calls
    /// come with growing offsets, so the breaks before `from` are forgotten.
    fn line_at(&mut self, from: u64) -> u64 {
        while let Some(&(at, b)) = self.breaks.front() {
            if at >= from {
                break;
            }
            self.lines_before += u64::from(b == b'\n');
            self.breaks.pop_front();
        }
        let mut line = self.lines_before;
        for (expected, &(at, b)) in (from..).zip(&self.breaks) {
            if at != expected {
                break;
            }
            line += u64::from(b == b'\n');
        }
        line
    }
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
                serde_json::Value::String(s) => s.trim().to_string(),
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

/// A row's cells by folded column name.
struct Cells<'r>(HashMap<String, &'r str>);

impl<'r> Cells<'r> {
    fn get(&self, column: &str) -> &'r str {
        self.0.get(&fold(column)).copied().unwrap_or("")
    }
}

/// Cases made from rows by a mapping; see the module documentation.
pub struct MappedRows<I> {
    rows: I,
    mapping: Mapping,
    /// Our open vocabularies: folded slug → slug.
    technologies: HashMap<String, String>,
    tags: HashMap<String, String>,
    now: DateTime<Utc>,
    unmapped: BTreeMap<(String, String), u64>,
    /// Record id → the line it was first seen on.
    seen: HashMap<String, u64>,
    /// (field, source value) left out of the current row.
    row_unmapped: Vec<(String, String)>,
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
        let by_fold = |slugs: HashSet<String>| slugs.into_iter().map(|s| (fold(&s), s)).collect();
        MappedRows {
            rows,
            mapping,
            technologies: by_fold(technologies),
            tags: by_fold(tags),
            now,
            unmapped: BTreeMap::new(),
            seen: HashMap::new(),
            row_unmapped: Vec::new(),
        }
    }

    /// (field, source value) → how many times it was left out, so far.
    pub fn unmapped(&self) -> &BTreeMap<(String, String), u64> {
        &self.unmapped
    }

    /// Our form of a value of `field`, if it is one of ours.
    fn ours(&self, field: &str, value: &str) -> Option<String> {
        match kind(field) {
            Kind::Text => Some(value.to_string()),
            Kind::Closed(parse) => parse(value).map(String::from),
            Kind::Technology => self.technologies.get(&fold(value)).cloned(),
            Kind::Tag => self.tags.get(&fold(value)).cloned(),
            Kind::Country => CountryCode::from_name(value)
                .ok()
                .map(|c| c.as_str().to_string()),
            Kind::Sdg => value
                .trim_start_matches("SDG")
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|n| (1..=17).contains(n))
                .map(|n| n.to_string()),
        }
    }

    /// The non-empty cells of a field's columns, in order.
    fn texts<'r>(&self, row: &Cells<'r>, field: &str) -> Vec<&'r str> {
        self.mapping
            .fields
            .get(field)
            .map(|columns| {
                columns
                    .names()
                    .iter()
                    .map(|c| row.get(c))
                    .filter(|v| !v.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn text(&self, row: &Cells, field: &str) -> Option<String> {
        self.texts(row, field).first().map(|s| s.to_string())
    }

    /// Our values of a vocabulary field from its columns, through `[values.FIELD]`;
    /// values we do not know are noted (or, when strict, fail the row).
    fn vocabulary(&mut self, row: &Cells, field: &str) -> Result<Vec<String>, String> {
        let Some(columns) = self.mapping.fields.get(field) else {
            return Ok(Vec::new());
        };
        let list = LISTS.contains(&field);
        let first_only = !list || matches!(columns, Columns::FirstOf { .. });
        let mut out: Vec<String> = Vec::new();
        for column in columns.names().to_vec() {
            let cell = row.get(&column);
            let pieces: Vec<&str> = if list {
                cell.split(self.mapping.source.separator.as_str())
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .collect()
            } else {
                Some(cell).filter(|v| !v.is_empty()).into_iter().collect()
            };
            for piece in pieces {
                let translated = self
                    .mapping
                    .lookup
                    .get(field)
                    .and_then(|map| map.get(&fold(piece)))
                    .cloned()
                    .unwrap_or_else(|| vec![piece.to_string()]);
                for value in translated {
                    match self.ours(field, &value) {
                        Some(v) if !out.contains(&v) => out.push(v),
                        Some(_) => {}
                        None if self.mapping.source.strict => {
                            return Err(format!("unknown {column} \"{piece}\""));
                        }
                        None => self.note(field, piece),
                    }
                }
            }
            if first_only && !out.is_empty() {
                break;
            }
        }
        if !list {
            out.truncate(1);
        }
        Ok(out)
    }

    fn note(&mut self, field: &str, value: &str) {
        *self
            .unmapped
            .entry((field.to_string(), value.to_string()))
            .or_default() += 1;
        self.row_unmapped
            .push((field.to_string(), value.to_string()));
    }

    fn year(&self, row: &Cells, field: &str) -> Result<Option<i32>, String> {
        let Some(value) = self.text(row, field) else {
            return Ok(None);
        };
        // "2021", "2021-03-01", "03/2021": the first four-digit number.
        value
            .split(|c: char| !c.is_ascii_digit())
            .find(|part| part.len() == 4)
            .and_then(|y| y.parse().ok())
            .map(Some)
            .ok_or_else(|| format!("{field} \"{value}\" is not a year"))
    }

    fn case(
        &mut self,
        line: u64,
        cells: &[(String, String)],
    ) -> Result<Case, (Option<String>, String)> {
        let row = Cells(cells.iter().map(|(c, v)| (fold(c), v.as_str())).collect());
        self.row_unmapped.clear();
        let id = Some(row.get(&self.mapping.source.id).to_string())
            .filter(|v| !v.is_empty())
            .ok_or((
                None,
                format!("no record id in column \"{}\"", self.mapping.source.id),
            ))?;
        let fail = |reason: String| (Some(id.clone()), reason);
        if let Some(first) = self.seen.get(&id) {
            return Err(fail(format!("record id already seen on line {first}")));
        }
        self.seen.insert(id.clone(), line);
        let title = self
            .text(&row, "title")
            .map(|t| fold_spaces(&t))
            .unwrap_or_default();
        if title.is_empty() {
            return Err(fail("no title".into()));
        }
        let language = self.text(&row, "language").map_or_else(
            || self.mapping.source.language.clone(),
            |l| l.to_ascii_lowercase(),
        );
        let mut case = Case::draft(slug_for(&title, &id), title, &language, self.now);
        case.status = CaseStatus::Published;
        // Each of the summary and the overview stands in for the other when it is missing.
        let overview = self
            .text(&row, "overview")
            .map(|o| overview_from(&o))
            .unwrap_or_default();
        case.pitch = self
            .text(&row, "pitch")
            .map_or_else(|| pitch_from(&overview), |p| fold_spaces(&p));
        case.overview = if overview.is_empty() {
            case.pitch.clone()
        } else {
            overview
        };
        case.organisation.name = self
            .text(&row, "organisation")
            .map(|o| fold_spaces(&o))
            .unwrap_or_default();
        case.subnational = self.text(&row, "subnational");
        case.nuts = self.text(&row, "nuts");
        for (field, slot) in case.story.sections_mut() {
            *slot = self.text(&row, field);
        }
        case.year_launched = self.year(&row, "year_launched").map_err(fail)?;
        case.year_ended = self.year(&row, "year_ended").map_err(fail)?;

        let mut websites = self
            .texts(&row, "website")
            .into_iter()
            .flat_map(website_urls)
            .collect::<Vec<_>>()
            .into_iter();
        case.website = websites.next();
        let mut add_link = |url: String| {
            if case.website.as_deref() != Some(url.as_str())
                && !case.links.iter().any(|l| l.url == url)
            {
                case.links.push(Link {
                    title: host_of(&url),
                    url,
                });
            }
        };
        websites.for_each(&mut add_link);
        self.texts(&row, "links")
            .into_iter()
            .flat_map(urls_in)
            .for_each(&mut add_link);

        let mut values: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for field in SCALARS.iter().chain(&LISTS).copied() {
            if !matches!(kind(field), Kind::Text) {
                values.insert(
                    field.to_string(),
                    self.vocabulary(&row, field).map_err(fail)?,
                );
            }
        }
        for rule in self.mapping.when.clone() {
            let holds = rule.column.names().iter().any(|column| {
                let cell = row.get(column);
                if rule.filled {
                    !cell.is_empty()
                } else {
                    rule.is.iter().any(|v| fold(v) == fold(cell))
                }
            });
            if !holds {
                continue;
            }
            for (field, value) in &rule.set {
                let Some(value) = self.ours(field, value) else {
                    self.note(field, value);
                    continue;
                };
                let slot = values.entry(field.clone()).or_default();
                if !LISTS.contains(&field.as_str()) {
                    slot.clear();
                }
                if !slot.contains(&value) {
                    slot.push(value);
                }
            }
        }
        // Our forms parse: `ours` made them.
        let one = |field: &str| {
            values
                .get(field)
                .and_then(|v| v.first())
                .map(String::as_str)
        };
        let all = |field: &str| values.get(field).cloned().unwrap_or_default();
        case.organisation.kind = one("organisation_type").and_then(|v| OrgType::parse(v).ok());
        case.level = one("level").and_then(|v| GovLevel::parse(v).ok());
        case.stage = one("stage").and_then(|v| Stage::parse(v).ok());
        case.lifecycle = one("lifecycle").and_then(|v| Lifecycle::parse(v).ok());
        case.sectors = all("sectors")
            .iter()
            .filter_map(|v| Sector::parse(v).ok())
            .collect();
        case.facets = all("innovation_facets")
            .iter()
            .filter_map(|v| InnovationFacet::parse(v).ok())
            .collect();
        case.technologies = all("technologies");
        case.tags = all("tags");
        case.countries = all("countries")
            .iter()
            .filter_map(|v| CountryCode::parse(v).ok())
            .collect();
        case.sdgs = all("sdgs").iter().filter_map(|v| v.parse().ok()).collect();

        let keep: HashMap<String, &String> = self
            .mapping
            .keep
            .iter()
            .map(|(c, k)| (fold(c), k))
            .collect();
        let used: HashSet<String> = self.mapping.columns().map(|c| fold(c)).collect();
        let mut fields: BTreeMap<String, String> = BTreeMap::new();
        for (column, value) in cells {
            let folded = fold(column);
            let key = match keep.get(&folded) {
                Some(name) => (*name).clone(),
                None if used.contains(&folded) => continue,
                None => column.clone(),
            };
            if key.is_empty() || value.is_empty() {
                continue;
            }
            fields
                .entry(key)
                .and_modify(|kept| {
                    kept.push_str("; ");
                    kept.push_str(value);
                })
                .or_insert_with(|| value.clone());
        }
        case.provenance.source = CaseSource::Imported {
            dataset: self.mapping.source.dataset.clone(),
            record_id: id.clone(),
            fields,
        };
        case.provenance.licence = self.mapping.source.licence.clone();
        case.provenance.attribution = self.mapping.source.attribution.clone();
        case.provenance.published_at = Some(self.now);
        case.validate_for(CaseStatus::Published).map_err(|v| {
            // A required field left empty because its values were unknown says which.
            let unknown: Vec<String> = self
                .row_unmapped
                .iter()
                .filter(|(field, _)| v.0.iter().any(|e| e.field == *field))
                .map(|(field, value)| format!("{field} \"{value}\""))
                .collect();
            fail(if unknown.is_empty() {
                format!("not publishable: {v}")
            } else {
                format!("not publishable: {v} (unknown {})", unknown.join(", "))
            })
        })?;
        Ok(case)
    }
}

impl<I: Iterator<Item = Result<Row, RowError>>> Iterator for MappedRows<I> {
    type Item = Result<Case, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let (line, cells) = match self.rows.next()? {
            Ok(row) => row,
            Err(e) => return Some(Err(e)),
        };
        Some(
            self.case(line, &cells)
                .map_err(|(record_id, reason)| RowError {
                    line,
                    record_id,
                    reason,
                }),
        )
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
optional = ["Tech", "Cross border"]

[fields]
title = "Project"
pitch = "Summary"
organisation = "Department"
countries = "Country"
sectors = { first_of = ["Sub-area", "Policy area"] }
technologies = ["Tech", "Other tech"]
level = ["Scale", "Department type"]
stage = "Phase"
year_launched = "Start"
links = "Sources"

[values.sectors]
"Healthcare" = "health"
"R&D health" = ["health", "science_research_innovation"]
"Nothing in particular" = []

[values.stage]
"Trial" = "implementation"

[values.level]
"Ministry" = "national"
"Agency" = []

[[when]]
column = "Cross border"
is = ["yes"]
set = { tags = "cross_border" }

[[when]]
column = ["Other tech", "Tech"]
filled = true
set = { level = "local" }

[keep]
"Phase" = "phase"
"#;

    const CSV: &str = "\u{feff}ID,Project,Summary,Department,Country,Sub-area,Policy area,Tech,Other tech,Scale,Department type,Phase,Start,Sources,Cross border,Notes,\n\
1,Clinic  chatbot,\"A chatbot answers, day and night.\",Health department,France,,Healthcare; Astrology,chatbots; telepathy,,,Ministry,Trial,2021-04-01,see https://a.example.org/x. and (https://b.example.org),Yes,keep me,\n\
2,,No title,Dept,FR,,health,,,,,,2020,,,,\n\
3,Bad year,Summary,Dept,Portugal,,health,,,,,,soon,,,,\n\
4,Open budgets,Budgets online.,Finance,Espagne,R&D Health.,economic_affairs,,,National,Agency,evaluation,2019,,no,,\n\
1,Again,Summary,Dept,Portugal,,health,,,,,,2020,,,,\n";

    type Unmapped = BTreeMap<(String, String), u64>;

    fn run_with(mapping: &str, text: &str) -> (Vec<Result<Case, RowError>>, Unmapped) {
        let mapping = Mapping::from_toml(mapping).unwrap();
        let technologies = HashSet::from(["chatbots".to_string()]);
        let tags = HashSet::from(["cross_border".to_string()]);
        let rows = csv_rows(text.as_bytes(), &mapping).unwrap();
        let mut rows = MappedRows::new(rows, mapping, technologies, tags, Utc::now());
        let cases: Vec<_> = rows.by_ref().collect();
        (cases, rows.unmapped().clone())
    }

    fn run(text: &str) -> (Vec<Result<Case, RowError>>, Unmapped) {
        run_with(MAPPING, text)
    }

    fn fields(case: &Case) -> &BTreeMap<String, String> {
        match &case.provenance.source {
            CaseSource::Imported { fields, .. } => fields,
            CaseSource::Submitted => panic!("not imported"),
        }
    }

    #[test]
    fn rows_become_cases_through_the_mapping() {
        let (cases, unmapped) = run(CSV);
        assert_eq!(cases.len(), 5);
        let first = cases[0].as_ref().unwrap();
        assert_eq!(first.title, "Clinic chatbot", "white space folded");
        assert_eq!(first.pitch, "A chatbot answers, day and night.");
        assert_eq!(first.countries, vec![CountryCode::parse("FR").unwrap()]);
        assert_eq!(
            first.sectors,
            vec![Sector::Health],
            "the first column that gives one"
        );
        assert_eq!(
            first.stage,
            Some(Stage::Implementation),
            "through [values.stage]"
        );
        assert_eq!(first.technologies, vec!["chatbots".to_string()]);
        assert_eq!(
            first.tags,
            vec!["cross_border".to_string()],
            "a [[when]] with is"
        );
        assert_eq!(
            first.level,
            Some(GovLevel::Local),
            "a [[when]] with filled replaces"
        );
        assert_eq!(first.year_launched, Some(2021));
        assert_eq!(first.provenance.licence, "CC-BY-4.0");
        let urls: Vec<&str> = first.links.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(urls, ["https://a.example.org/x", "https://b.example.org/"]);
        assert_eq!(first.links[0].title, "a.example.org");
        assert_eq!(
            first.provenance.source.dataset_and_id(),
            Some(("city-lab", "1"))
        );
        let kept = fields(first);
        assert_eq!(kept.get("Notes").map(String::as_str), Some("keep me"));
        assert_eq!(
            kept.get("phase").map(String::as_str),
            Some("Trial"),
            "[keep] renames"
        );
        assert!(!kept.contains_key("Project") && !kept.contains_key("Cross border"));
        assert!(!kept.contains_key(""), "the nameless last column");

        let budgets = cases[3].as_ref().unwrap();
        assert_eq!(
            budgets.countries[0].as_str(),
            "ES",
            "a name in another language"
        );
        assert_eq!(
            budgets.sectors,
            [Sector::Health, Sector::Science],
            "one value for two, compared without case or punctuation; the first column wins"
        );
        assert_eq!(
            budgets.level,
            Some(GovLevel::National),
            "\"Agency\" = [] gives none"
        );
        assert!(budgets.tags.is_empty());
        // Unknown values are reported, not invented.
        assert_eq!(
            unmapped.get(&("sectors".into(), "Astrology".into())),
            Some(&1)
        );
        assert_eq!(
            unmapped.get(&("technologies".into(), "telepathy".into())),
            Some(&1)
        );
        assert_eq!(
            unmapped.get(&("stage".into(), "evaluation".into())),
            None,
            "our slug"
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
        let again = cases[4].as_ref().unwrap_err();
        assert_eq!(again.reason, "record id already seen on line 2");
    }

    #[test]
    fn strict_mappings_refuse_unknown_values() {
        let strict = MAPPING.replace("optional =", "strict = true\noptional =");
        let (cases, unmapped) = run_with(&strict, CSV);
        let e = cases[0].as_ref().unwrap_err();
        assert_eq!(e.reason, "unknown Policy area \"Astrology\"");
        assert!(unmapped.is_empty());
    }

    #[test]
    fn the_header_is_checked_before_any_row() {
        let mapping = Mapping::from_toml(MAPPING).unwrap();
        let error = |text: &[u8]| csv_rows(text, &mapping).err().unwrap();
        assert_eq!(error(b""), FileError::Empty);
        assert_eq!(error(b"\n\n"), FileError::Empty);
        assert!(matches!(
            error(b"PK\x03\x04\x00\x00\xff,x\n"),
            FileError::NotText(_)
        ));
        assert!(matches!(
            error(b"\xff\xfe\xfdabc,def\n"),
            FileError::NotText(_)
        ));
        let e = error(b"{\"slug\": \"x\", \"title\": \"y\"}\n");
        assert!(matches!(e, FileError::Unrelated { .. }), "{e}");
        assert!(e.to_string().starts_with("not a city-lab file"), "{e}");
        let e = error(b"ID;Project;Summary\n1;x;y\n");
        assert_eq!(
            e.to_string(),
            "this looks like a city-lab file separated by ';' instead of commas: export it as comma-separated CSV"
        );
        let header = CSV
            .lines()
            .next()
            .unwrap()
            .replace("Start", "Launched")
            .replace(",Tech,", ",Technology,");
        let e = error(header.as_bytes());
        assert_eq!(
            e.to_string(),
            "not a complete city-lab file: the header lacks the column(s) \"Start\"",
            "Tech is optional"
        );
    }

    #[test]
    fn short_rows_and_bad_bytes_are_row_errors() {
        let mapping = Mapping::from_toml(MAPPING).unwrap();
        let header = CSV.lines().next().unwrap();
        let mut text = format!("{header}\r\n\r\n7,only,three\r\n").into_bytes();
        let width = header.split(',').count();
        text.extend_from_slice(b"8,Bad \xff byte");
        text.extend_from_slice(",".repeat(width - 2).as_bytes());
        text.push(b'\n');
        let rows: Vec<_> = csv_rows(&text[..], &mapping).unwrap().collect();
        let e = rows[0].as_ref().unwrap_err();
        assert_eq!((e.line, e.record_id.as_deref()), (3, Some("7")));
        assert_eq!(
            e.reason,
            format!("has 3 fields where the header has {width}")
        );
        let e = rows[1].as_ref().unwrap_err();
        assert_eq!((e.line, e.record_id.as_deref()), (4, Some("8")));
        assert_eq!(e.reason, "column \"Project\" is not valid UTF-8");
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
        assert_eq!(case.sectors, [Sector::EconomicAffairs]);
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
        let bad_rule = MAPPING.replace(
            "set = { level = \"local\" }",
            "set = { level = \"galactic\" }",
        );
        assert!(
            Mapping::from_toml(&bad_rule)
                .unwrap_err()
                .contains("sets level to \"galactic\""),
        );
        let vague_rule = MAPPING.replace("filled = true", "");
        assert!(
            Mapping::from_toml(&vague_rule)
                .unwrap_err()
                .contains("needs either is")
        );
    }
}
