//! Observa's own export format: JSON Lines, one [`Case`] per line.
//!
//! Each line is the case serialised with `serde_json` (the same shape as the API and the
//! domain's serde attributes give it), UTF-8, terminated by `\n`. JSON escapes the line
//! breaks inside texts, so a line is always exactly one record.
//!
//! Reading is streaming and forgiving: [`read_cases`] yields one `Result` per non-blank
//! line; a line that is not valid JSON, holds a value outside a vocabulary, or gives a case
//! that breaks the rules of its own workflow state ([`Case::validate`]) becomes a
//! [`RowError`] with its line number (and the case's slug when it could be read), and
//! reading goes on with the next line. Blank lines are skipped, a UTF-8 byte-order mark
//! and `\r\n` line ends are tolerated. An I/O error ends the stream after one last
//! `RowError`.
//!
//! Errors: writing gives [`std::io::Error`]; reading gives the crate's [`RowError`].

use std::io::{self, BufRead, Write};

use observa_domain::Case;

use crate::RowError;

/// Writes `case` as one JSON line, `\n` included.
pub fn write_case<W: Write + ?Sized>(w: &mut W, case: &Case) -> io::Result<()> {
    serde_json::to_writer(&mut *w, case)?;
    w.write_all(b"\n")
}

/// Reads cases one line at a time; see the module documentation for what becomes an error.
pub fn read_cases<R: BufRead>(reader: R) -> CaseLines<R> {
    CaseLines {
        reader,
        line: 0,
        buf: Vec::new(),
        done: false,
    }
}

/// The iterator [`read_cases`] returns.
#[derive(Debug)]
pub struct CaseLines<R> {
    reader: R,
    line: u64,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> Iterator for CaseLines<R> {
    type Item = Result<Case, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.line += 1;
                    if let Some(result) = parse_line(&self.buf, self.line) {
                        return Some(result);
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.done = true;
                    let reason = format!("read error: {e}");
                    return Some(Err(RowError {
                        line: self.line + 1,
                        record_id: None,
                        reason,
                    }));
                }
            }
        }
        None
    }
}

/// `None` for a blank line.
fn parse_line(bytes: &[u8], line: u64) -> Option<Result<Case, RowError>> {
    let err = |record_id: Option<String>, reason: String| RowError {
        line,
        record_id,
        reason,
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            return Some(Err(err(
                None,
                format!("not valid UTF-8 (byte {})", e.valid_up_to() + 1),
            )));
        }
    };
    let text = if line == 1 {
        text.trim_start_matches('\u{feff}')
    } else {
        text
    };
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Some(match serde_json::from_str::<Case>(text) {
        Ok(case) => match case.validate() {
            Ok(()) => Ok(case),
            Err(v) => Err(err(
                Some(case.slug),
                format!("invalid {} case: {v}", case.status),
            )),
        },
        Err(e) => Err(err(slug_of(text), json_reason(&e))),
    })
}

/// The slug of a line that is JSON but not a valid case, to name it in the error.
fn slug_of(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    value.get("slug")?.as_str().map(String::from)
}

/// serde_json's message without its "at line 1 column N" (the line is always 1 here).
fn json_reason(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = msg
        .rsplit_once(" at line ")
        .map_or(msg.as_str(), |(m, _)| m);
    let kind = match e.classify() {
        serde_json::error::Category::Data => "not a valid case",
        serde_json::error::Category::Eof => "truncated JSON",
        _ => "invalid JSON",
    };
    format!("{kind}: {msg} (column {})", e.column())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use observa_domain::{
        CaseSource, CaseStatus, CountryCode, GovLevel, InnovationFacet, Lifecycle, Link, Media,
        OrgType, Organisation, Sector, Stage, Story, Translation,
    };

    use super::*;

    /// A case with every field and every optional field filled in.
    fn full_case() -> Case {
        let now = "2025-11-20T09:30:00Z".parse().unwrap();
        let mut c = Case::draft(
            "open-budget-lab".into(),
            "Open budget lab".into(),
            "en",
            now,
        );
        c.status = CaseStatus::Published;
        c.pitch = "Citizens co-design the city budget.".into();
        c.overview =
            "A *participatory* budget.\n\nSecond paragraph with \"quotes\", tabs\tand émojis 🗳."
                .into();
        c.website = Some("https://budget.example.org/".into());
        c.translations.insert(
            "pt".into(),
            Translation {
                title: "Laboratório do orçamento".into(),
                pitch: "Cidadãos.".into(),
                overview: "Um orçamento.".into(),
            },
        );
        c.translations.insert(
            "fr".into(),
            Translation {
                title: "Labo budgétaire".into(),
                ..Default::default()
            },
        );
        c.organisation = Organisation {
            name: "City of Porto Alegre".into(),
            kind: Some(OrgType::Government),
        };
        c.countries = vec![
            CountryCode::parse("BR").unwrap(),
            CountryCode::parse("EU").unwrap(),
        ];
        c.subnational = Some("Rio Grande do Sul".into());
        c.nuts = Some("PT11".into());
        c.level = Some(GovLevel::Local);
        c.sectors = vec![Sector::PublicAdministration, Sector::Housing];
        c.tags = vec!["co_design".into(), "participatory_budgeting".into()];
        c.technologies = vec!["artificial_intelligence".into(), "machine_learning".into()];
        c.facets = vec![InnovationFacet::MissionOriented, InnovationFacet::Adaptive];
        c.sdgs = vec![11, 16];
        c.year_launched = Some(2019);
        c.year_ended = Some(2024);
        c.stage = Some(Stage::DiffusingLessons);
        c.lifecycle = Some(Lifecycle::Completed);
        let s = |t: &str| Some(t.to_string());
        c.story = Story {
            innovation: s("New here."),
            partners: s("Universities."),
            beneficiaries: s("Residents."),
            results: s("Higher turnout."),
            challenges: s("Reaching the young."),
            conditions: s("Political will."),
            replication: s("High."),
            lessons: s("Start small."),
        };
        c.links = vec![Link {
            title: "Report".into(),
            url: "https://example.org/report".into(),
        }];
        c.images = vec![Media {
            url: "https://example.org/a.jpg".into(),
            title: "Assembly".into(),
            alt: s("People voting in a hall"),
            media_type: s("image/jpeg"),
        }];
        c.documents = vec![Media {
            url: "https://example.org/a.pdf".into(),
            title: "Evaluation".into(),
            alt: None,
            media_type: s("application/pdf"),
        }];
        c.videos = vec![Link {
            title: "Film".into(),
            url: "https://video.example.org/v/1".into(),
        }];
        let mut fields = BTreeMap::new();
        fields.insert("cofog_level_1".into(), "General public services".into());
        fields.insert(
            "benefits".into(),
            "Cost-reduction; New services or channels".into(),
        );
        c.provenance.source = CaseSource::Imported {
            dataset: "pstw".into(),
            record_id: "PSTW-7".into(),
            fields,
        };
        c.provenance.licence = "CC-BY-4.0".into();
        c.provenance.attribution = s("Source: somebody");
        c.provenance.submitted_by = Some(42);
        c.provenance.collaborators = vec![7, 9];
        c.provenance.call = s("call-2025");
        c.provenance.updated_at = "2025-11-21T10:00:00Z".parse().unwrap();
        c.provenance.published_at = Some("2025-11-22T11:00:00Z".parse().unwrap());
        c
    }

    #[test]
    fn the_full_case_is_valid_and_has_no_empty_optional_field() {
        let c = full_case();
        assert_eq!(c.validate(), Ok(()));
        let json = serde_json::to_value(&c).unwrap();
        let obj = json.as_object().unwrap();
        for key in [
            "website",
            "translations",
            "subnational",
            "nuts",
            "level",
            "sdgs",
            "year_launched",
            "year_ended",
        ] {
            assert!(obj.contains_key(key), "{key} is not set");
        }
        for key in [
            "stage",
            "lifecycle",
            "links",
            "images",
            "documents",
            "videos",
        ] {
            assert!(obj.contains_key(key), "{key} is not set");
        }
        assert_eq!(json["story"].as_object().unwrap().len(), 8);
        assert_eq!(json["provenance"].as_object().unwrap().len(), 9);
    }

    #[test]
    fn write_then_read_gives_equal_cases() {
        let full = full_case();
        let mut other = full_case();
        other.slug = "second-case".into();
        other.status = CaseStatus::Draft;
        other.overview = "Line one\nline two".into();
        let mut out = Vec::new();
        for case in [&full, &other] {
            write_case(&mut out, case).unwrap();
        }
        let text = String::from_utf8(out.clone()).unwrap();
        assert_eq!(text.lines().count(), 2, "one line per case");
        assert!(text.ends_with("}\n"));
        let back: Vec<Case> = read_cases(&out[..]).collect::<Result<_, _>>().unwrap();
        assert_eq!(back, vec![full, other]);
    }

    #[test]
    fn bad_lines_are_reported_and_reading_goes_on() {
        let good = serde_json::to_string(&full_case()).unwrap();
        let bad_sector = good.replace("\"housing_community\"", "\"planet\"");
        assert_ne!(bad_sector, good);
        let invalid = good.replace("\"title\":\"Open budget lab\"", "\"title\":\"  \"");
        assert_ne!(invalid, good);
        let input = format!(
            "{good}\n\n{{not json\n{bad_sector}\r\n   \n{invalid}\n\"just a string\"\n{good}"
        );
        let results: Vec<_> = read_cases(input.as_bytes()).collect();
        assert_eq!(results.len(), 6);
        assert!(results[0].is_ok() && results[5].is_ok());
        let errors: Vec<&RowError> = results.iter().filter_map(|r| r.as_ref().err()).collect();
        assert_eq!(
            errors.iter().map(|e| e.line).collect::<Vec<_>>(),
            [3, 4, 6, 7]
        );
        assert!(
            errors[0].reason.starts_with("invalid JSON")
                || errors[0].reason.starts_with("truncated"),
            "{}",
            errors[0]
        );
        assert_eq!(errors[0].record_id, None);
        assert!(
            errors[1].reason.contains("unknown sector \"planet\""),
            "{}",
            errors[1]
        );
        assert_eq!(errors[1].record_id.as_deref(), Some("open-budget-lab"));
        assert!(
            errors[2].reason.contains("title: This field is required"),
            "{}",
            errors[2]
        );
        assert!(
            errors[2]
                .to_string()
                .starts_with("line 6 (open-budget-lab): invalid published case"),
            "{}",
            errors[2]
        );
        assert!(
            errors[3].reason.starts_with("not a valid case"),
            "{}",
            errors[3]
        );
    }

    #[test]
    fn bom_and_invalid_utf8_lines() {
        let good = serde_json::to_string(&full_case()).unwrap();
        let mut input = b"\xEF\xBB\xBF".to_vec();
        input.extend_from_slice(good.as_bytes());
        input.extend_from_slice(b"\n\xFF\xFE garbage\n");
        input.extend_from_slice(good.as_bytes());
        let results: Vec<_> = read_cases(&input[..]).collect();
        assert_eq!(results.len(), 3);
        assert!(results[0].is_ok(), "{:?}", results[0]);
        let e = results[1].as_ref().unwrap_err();
        assert_eq!((e.line, e.reason.as_str()), (2, "not valid UTF-8 (byte 1)"));
        assert!(results[2].is_ok());
    }

    #[test]
    fn a_read_error_ends_the_stream_with_one_error() {
        struct Failing;
        impl io::Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("disk on fire"))
            }
        }
        let results: Vec<_> = read_cases(io::BufReader::new(Failing)).collect();
        assert_eq!(results.len(), 1);
        let e = results[0].as_ref().unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.reason.contains("disk on fire"));
    }

    #[test]
    fn empty_input_gives_nothing() {
        assert_eq!(read_cases(&b""[..]).count(), 0);
        assert_eq!(read_cases(&b"\n  \n\r\n"[..]).count(), 0);
    }
}
