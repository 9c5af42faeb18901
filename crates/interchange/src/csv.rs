//! Cases as CSV, one row per case, for spreadsheets and data tools.
//!
//! The columns are [`HEADER`], fixed and documented there. Vocabulary values are their
//! slugs (stable, language-free); a field with several values joins them with `"; "`;
//! story sections have a column each; times are RFC 3339 in UTC. `url` is the case's page,
//! built from the site's base URL. Quoting follows RFC 4180 (the `csv` crate), so commas,
//! quotes and line breaks inside texts are safe.

use std::io::{self, Write};

use chrono::SecondsFormat;
use observa_domain::{Case, CaseSource};

/// The columns, in order.
pub const HEADER: [&str; 38] = [
    "slug",
    "url",
    "title",
    "pitch",
    "overview",
    "language",
    "organisation",
    "organisation_type",
    "countries",
    "regions",
    "subnational",
    "nuts",
    "level",
    "sectors",
    "technologies",
    "tags",
    "innovation_facets",
    "sdgs",
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
    "website",
    "links",
    "licence",
    "attribution",
    "source_dataset",
    "source_record_id",
    "published_at",
    "updated_at",
];

/// Joins several values as one cell.
const JOIN: &str = "; ";

fn join<T: ToString>(values: &[T]) -> String {
    values
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(JOIN)
}

/// The cells of one case's row, in [`HEADER`] order.
pub fn record(case: &Case, base_url: &str) -> Vec<String> {
    let opt = |v: Option<&dyn ToString>| v.map(ToString::to_string).unwrap_or_default();
    let p = &case.provenance;
    let (dataset, record_id) = match &p.source {
        CaseSource::Imported {
            dataset, record_id, ..
        } => (dataset.clone(), record_id.clone()),
        CaseSource::Submitted => (String::new(), String::new()),
    };
    let mut row = vec![
        case.slug.clone(),
        format!("{}/cases/{}", base_url.trim_end_matches('/'), case.slug),
        case.title.clone(),
        case.pitch.clone(),
        case.overview.clone(),
        case.language.clone(),
        case.organisation.name.clone(),
        opt(case.organisation.kind.as_ref().map(|k| k as _)),
        join(&case.countries),
        join(&case.regions()),
        case.subnational.clone().unwrap_or_default(),
        case.nuts.clone().unwrap_or_default(),
        opt(case.level.as_ref().map(|l| l as _)),
        join(&case.sectors),
        case.technologies.join(JOIN),
        case.tags.join(JOIN),
        join(&case.facets),
        join(&case.sdgs),
        opt(case.year_launched.as_ref().map(|y| y as _)),
        opt(case.year_ended.as_ref().map(|y| y as _)),
        opt(case.stage.as_ref().map(|s| s as _)),
        opt(case.lifecycle.as_ref().map(|l| l as _)),
    ];
    row.extend(
        case.story
            .sections()
            .map(|(_, _, text)| text.unwrap_or_default().to_string()),
    );
    row.extend([
        case.website.clone().unwrap_or_default(),
        case.links
            .iter()
            .map(|l| l.url.clone())
            .collect::<Vec<_>>()
            .join(JOIN),
        p.licence.clone(),
        p.attribution.clone().unwrap_or_default(),
        dataset,
        record_id,
        p.published_at
            .map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true))
            .unwrap_or_default(),
        p.updated_at.to_rfc3339_opts(SecondsFormat::Secs, true),
    ]);
    debug_assert_eq!(row.len(), HEADER.len());
    row
}

/// Writes cases as CSV, the header first.
pub struct CsvCases<W: Write> {
    writer: csv::Writer<W>,
    base_url: String,
}

impl<W: Write> CsvCases<W> {
    /// Writes the header at once.
    pub fn new(writer: W, base_url: &str) -> io::Result<Self> {
        let mut writer = csv::Writer::from_writer(writer);
        writer.write_record(HEADER).map_err(io_error)?;
        Ok(CsvCases {
            writer,
            base_url: base_url.to_string(),
        })
    }

    pub fn write(&mut self, case: &Case) -> io::Result<()> {
        self.writer
            .write_record(record(case, &self.base_url))
            .map_err(io_error)
    }

    /// Flushes and gives the writer back.
    pub fn finish(self) -> io::Result<W> {
        self.writer.into_inner().map_err(|e| e.into_error())
    }
}

/// Appends one row, without a header, to `out` (for writers that hand out their bytes as
/// they go).
pub fn write_row(out: &mut Vec<u8>, case: &Case, base_url: &str) -> io::Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    writer
        .write_record(record(case, base_url))
        .map_err(io_error)?;
    writer.flush()
}

/// The I/O error inside a CSV error as it was (so a closed pipe is still recognisable);
/// the writer has no other errors, as every row has the header's length.
fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_columns_are_the_domains_sections() {
        let at = HEADER.iter().position(|h| *h == "innovation").unwrap();
        let names = observa_domain::Story::default()
            .sections()
            .map(|(name, _, _)| name);
        assert_eq!(HEADER[at..at + names.len()], names);
    }

    #[test]
    fn rows_follow_the_header_and_survive_awkward_text() {
        let mut case = observa_domain::demo::cases(3).next().unwrap();
        case.title = "Permits, \"faster\"\nand fairer".into();
        case.tags = vec!["open_data".into(), "co_creation".into()];
        let mut out = CsvCases::new(Vec::new(), "https://observa.example/").unwrap();
        out.write(&case).unwrap();
        let bytes = out.finish().unwrap();
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), HEADER);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        let cell =
            |name: &str| rows[0][HEADER.iter().position(|h| *h == name).unwrap()].to_string();
        assert_eq!(
            cell("title"),
            case.title,
            "commas, quotes and line breaks survive"
        );
        assert_eq!(cell("tags"), "open_data; co_creation");
        assert_eq!(
            cell("url"),
            format!("https://observa.example/cases/{}", case.slug)
        );
        assert_eq!(cell("licence"), case.provenance.licence);
        assert_eq!(
            cell("countries"),
            case.countries
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        );
        assert_eq!(
            cell("innovation"),
            case.story.innovation.clone().unwrap_or_default()
        );

        let mut row = Vec::new();
        write_row(&mut row, &case, "https://observa.example").unwrap();
        assert_eq!(
            row,
            bytes[bytes.iter().position(|b| *b == b'\n').unwrap() + 1..]
        );
    }
}
