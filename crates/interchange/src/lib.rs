//! Reading and writing Observa's records in outside formats.
//!
//! - [`jsonl`]: our own export format, one [`Case`](observa_domain::Case) per line as JSON.
//! - [`csv`]: cases as CSV rows, for spreadsheets (write only).
//! - [`mapping`]: any CSV or JSON Lines dataset, read through a mapping file.
//! - [`pstw`]: the European Commission's Public Sector Tech Watch CSV, read through the
//!   mapping shipped with the binary.
//! - [`text`]: text clean-up the importers share (slugs, pitches, URLs in free text).
//! - [`release`]: signed, dated snapshots of the public cases (files and signatures only).
//!
//! Both readers stream: they yield one `Result<Case, RowError>` per record, so one bad
//! record is reported with its line and the rest still come through. A [`RowError`] is the
//! only error type of this module; each format module has its own for problems with the
//! file as a whole (see [`mapping::FileError`]).

#![forbid(unsafe_code)]

pub mod csv;
pub mod jsonl;
pub mod mapping;
pub mod pstw;
pub mod release;
pub mod text;

pub use mapping::FileError;
pub use pstw::{PstwRows, read_pstw};

/// One record that could not be turned into a case: where it starts in the file, its id
/// when it could be read, and why it was refused. Displays as
/// `line 1234 (PSTW-77): unknown country "Atlantis"`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}{}: {reason}", id_suffix(record_id.as_deref()))]
pub struct RowError {
    /// 1-based line of the file on which the record starts.
    pub line: u64,
    /// The record's id in its source (a PSTW ID, a case slug), if it could be read.
    pub record_id: Option<String>,
    pub reason: String,
}

fn id_suffix(id: Option<&str>) -> String {
    id.map(|id| format!(" ({id})")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_error_names_line_id_and_reason() {
        let e = RowError {
            line: 1234,
            record_id: Some("PSTW-77".into()),
            reason: "unknown country \"Atlantis\"".into(),
        };
        assert_eq!(
            e.to_string(),
            "line 1234 (PSTW-77): unknown country \"Atlantis\""
        );
        let e = RowError {
            line: 3,
            record_id: None,
            reason: "invalid JSON".into(),
        };
        assert_eq!(e.to_string(), "line 3: invalid JSON");
    }
}
