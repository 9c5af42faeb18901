//! The Public Sector Tech Watch CSV (European Commission, Joint Research Centre): its
//! cases of emerging technology in public administrations, read as Observa [`Case`](observa_domain::Case)s
//! through the mapping shipped with the binary, `mappings/pstw.toml` ([`MAPPING`]), which
//! says column by column how the file becomes cases (COFOG sectors, levels of
//! government, stages, technologies and AI subdomains, tags from yes/no columns).
//!
//! [`read_pstw`] checks the header first (see [`mapping::csv_rows`]), then yields one
//! `Result<Case, RowError>` per record. Every case is `published`, in English, under
//! `CC-BY-4.0` with the JRC attribution, and created, updated and published at the
//! `imported_at` given.

use std::collections::HashSet;
use std::io::Read;

use chrono::{DateTime, Utc};
use observa_domain::terms::{default_tags, default_technologies};

use crate::mapping::{self, CsvRows, FileError, MappedRows, Mapping};

/// The mapping from the PSTW CSV to cases.
pub const MAPPING: &str = include_str!("../mappings/pstw.toml");
/// The dataset name recorded in each case's provenance.
pub const DATASET: &str = "pstw";
/// The attribution the licence asks for.
pub const ATTRIBUTION: &str =
    "Source: European Commission, Joint Research Centre (JRC), Public Sector Tech Watch";

/// The shipped mapping, parsed.
pub fn mapping() -> Mapping {
    Mapping::from_toml(MAPPING).expect("the shipped PSTW mapping is valid")
}

/// The rows of a Public Sector Tech Watch CSV as cases; see [`read_pstw`].
pub type PstwRows<R> = MappedRows<CsvRows<R>>;

/// Opens a Public Sector Tech Watch CSV: checks its header and returns an iterator over
/// its rows as cases, each imported at `imported_at`. Values the mapping does not place
/// are in [`MappedRows::unmapped`] as reading goes.
pub fn read_pstw<R: Read>(input: R, imported_at: DateTime<Utc>) -> Result<PstwRows<R>, FileError> {
    let mapping = mapping();
    let rows = mapping::csv_rows(input, &mapping)?;
    let slugs = |terms: Vec<observa_domain::Term>| -> HashSet<String> {
        terms.into_iter().map(|t| t.slug).collect()
    };
    Ok(MappedRows::new(
        rows,
        mapping,
        slugs(default_technologies()),
        slugs(default_tags()),
        imported_at,
    ))
}

#[cfg(test)]
mod tests {
    use observa_domain::{
        Case, CaseSource, CaseStatus, CountryCode, GovLevel, Lifecycle, OrgType, Sector, Stage,
        Vocabulary,
    };

    use super::*;
    use crate::RowError;

    fn now() -> DateTime<Utc> {
        "2025-12-01T08:00:00Z".parse().unwrap()
    }

    /// The real header (with its BOM, " Status", 18 benefit columns and a nameless last
    /// column), as in the invented sample file.
    fn header() -> &'static str {
        include_str!("../tests/fixtures/pstw_sample.csv")
            .lines()
            .next()
            .unwrap()
    }

    fn columns() -> Vec<String> {
        csv::Reader::from_reader(header().as_bytes())
            .headers()
            .unwrap()
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_string())
            .collect()
    }

    /// Rows built from `(column, value)` pairs over a default row.
    fn csv_with(rows: &[&[(&str, &str)]]) -> String {
        let headers = columns();
        let mut w = csv::Writer::from_writer(Vec::new());
        for (n, row) in rows.iter().enumerate() {
            let id = format!("PSTW-{}", n + 1);
            let mut values: Vec<String> = headers.iter().map(|_| String::new()).collect();
            for (h, v) in [
                ("PSTW ID", id.as_str()),
                ("Name", "Parking sensor pilot"),
                (
                    "Description",
                    "Sensors count free places. They report to an app.",
                ),
                ("Geographical extent", "Local"),
                ("Geographical coverage (country)", "Portugal"),
                ("Responsible organisation", "Town of Example"),
                ("Responsible organisation category", "Local Government"),
                (
                    "Functions of Government (COFOG level I)",
                    "Economic affairs",
                ),
                ("Functions of Government (COFOG level II)", "Transport"),
                (" Status", "Pilot"),
                ("Start Year", "2021"),
                ("Primary Technology", "Artificial Intelligence"),
            ]
            .into_iter()
            .chain(row.iter().copied())
            {
                let i = headers
                    .iter()
                    .position(|x| x == h)
                    .unwrap_or_else(|| panic!("no column {h}"));
                values[i] = v.to_string();
            }
            w.write_record(&values).unwrap();
        }
        format!(
            "{}\n{}",
            header(),
            String::from_utf8(w.into_inner().unwrap()).unwrap()
        )
    }

    /// The rows read, and the (field, value) pairs the mapping could not place.
    type Read = (Vec<Result<Case, RowError>>, Vec<(String, String)>);

    fn read(text: &str) -> Read {
        let mut rows = read_pstw(text.as_bytes(), now()).unwrap();
        let cases = rows.by_ref().collect();
        (cases, rows.unmapped().keys().cloned().collect())
    }

    fn one(row: &[(&str, &str)]) -> Result<Case, RowError> {
        let (mut cases, _) = read(&csv_with(&[row]));
        assert_eq!(cases.len(), 1);
        cases.remove(0)
    }

    fn field<'a>(case: &'a Case, key: &str) -> Option<&'a str> {
        match &case.provenance.source {
            CaseSource::Imported { fields, .. } => fields.get(key).map(String::as_str),
            CaseSource::Submitted => None,
        }
    }

    #[test]
    fn a_default_row_becomes_a_published_case() {
        let c = one(&[]).unwrap();
        assert_eq!(c.slug, "parking-sensor-pilot-pstw-1");
        assert_eq!(c.status, CaseStatus::Published);
        assert_eq!(c.pitch, "Sensors count free places. They report to an app.");
        assert_eq!(c.countries, [CountryCode::parse("PT").unwrap()]);
        assert_eq!(c.level, Some(GovLevel::Local));
        assert_eq!(c.organisation.kind, Some(OrgType::Government));
        assert_eq!(c.sectors, [Sector::Transport]);
        assert_eq!(
            (c.stage, c.lifecycle),
            (Some(Stage::Implementation), Some(Lifecycle::Active))
        );
        assert_eq!(c.technologies, ["artificial_intelligence"]);
        assert_eq!(c.provenance.published_at, Some(now()));
        assert_eq!(c.provenance.licence, "CC-BY-4.0");
        assert_eq!(c.provenance.attribution.as_deref(), Some(ATTRIBUTION));
        assert_eq!(
            c.provenance.source.dataset_and_id(),
            Some((DATASET, "PSTW-1"))
        );
        assert_eq!(field(&c, "status"), Some("Pilot"));
        assert_eq!(
            field(&c, "Improved Public Service"),
            None,
            "no benefit marked"
        );
        assert_eq!(c.validate_for(CaseStatus::Published), Ok(()));
    }

    #[test]
    fn line_numbers_count_crlf_blank_lines_and_quoted_line_breaks() {
        let text = csv_with(&[
            &[("Description", "First para.\n\nSecond para.")],
            &[("Geographical coverage (country)", "Nowhere")],
            &[],
            &[("Geographical coverage (country)", "Elsewhere")],
        ]);
        let mut lines: Vec<&str> = text.split('\n').collect();
        lines.insert(6, "");
        let text = lines.join("\r\n");
        let (cases, unmapped) = read(&text);
        let errors: Vec<(u64, String)> = cases
            .into_iter()
            .filter_map(Result::err)
            .map(|e| (e.line, e.record_id.unwrap_or_default()))
            .collect();
        assert_eq!(
            errors,
            [(5, "PSTW-2".to_string()), (8, "PSTW-4".to_string())]
        );
        assert!(unmapped.contains(&("countries".into(), "Nowhere".into())));
    }

    #[test]
    fn a_semicolon_separated_export_is_named_as_such() {
        let text = format!("{}\nPSTW-1;Name\n", columns().join(";"));
        let err = read_pstw(text.as_bytes(), now()).err().unwrap();
        assert!(
            matches!(err, FileError::WrongSeparator { separator: ';', .. }),
            "{err}"
        );
        assert!(
            err.to_string()
                .contains("Public Sector Tech Watch file separated by ';'"),
            "{err}"
        );
    }

    #[test]
    fn status_without_its_leading_space_and_missing_optional_columns_are_fine() {
        let text = "PSTW ID,Name,Description,Geographical extent,Geographical coverage (country),\
            Responsible organisation,Responsible organisation category,Functions of Government (COFOG level I),\
            Functions of Government (COFOG level II),STATUS,Start Year,End Year,Primary Technology,\
            Procurement (EU Model Contractual AI),Funding source,Company name or GovTech ID,GovTech Initiative + ID,\
            Open components in input,Open components in output,Date updated\n\
            PSTW-9,Tiny,A tiny case.,National,France,Ministry,Central-Government,Health,,Implemented,2020,,Blockchain,,,,,,,\n";
        let (cases, _) = read(text);
        let c = cases[0].as_ref().unwrap();
        assert_eq!(c.technologies, ["blockchain"]);
        assert_eq!(c.sectors, [Sector::Health]);
        assert_eq!(c.level, Some(GovLevel::National));
        let err = read_pstw(text.replace("Start Year", "Launched").as_bytes(), now())
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            "not a complete Public Sector Tech Watch file: the header lacks the column(s) \"Start Year\""
        );
    }

    #[test]
    fn values_are_trimmed_and_case_folded() {
        let c = one(&[
            ("Geographical coverage (country)", "Denmark\u{a0} "),
            ("Geographical extent", "Across Countries"),
            ("Responsible organisation category", "Central-government"),
            (" Status", "Pilot "),
            ("End Year", "\u{a0}"),
            ("Primary Technology", "Artificial intelligence"),
            (
                "Functions of Government (COFOG level I)",
                "recreation, culture and religion",
            ),
            (
                "Functions of Government (COFOG level II)",
                "Cultural services.",
            ),
            ("Improved Public Service", "x"),
            ("Name", "  Parking\nsensor   pilot "),
        ])
        .unwrap();
        assert_eq!(c.countries, [CountryCode::parse("DK").unwrap()]);
        assert_eq!(c.level, Some(GovLevel::Supranational));
        assert_eq!(c.organisation.kind, Some(OrgType::Government));
        assert_eq!(c.stage, Some(Stage::Implementation));
        assert_eq!(c.year_ended, None);
        assert_eq!(c.technologies, ["artificial_intelligence"]);
        assert_eq!(c.sectors, [Sector::Culture]);
        assert_eq!(c.title, "Parking sensor pilot");
        assert_eq!(field(&c, "Improved Public Service"), Some("x"));
        assert_eq!(field(&c, "status"), Some("Pilot"));
    }

    #[test]
    fn unknown_values_are_left_out_and_reported() {
        let (cases, unmapped) = read(&csv_with(&[&[
            (" Status", "Dreaming"),
            ("Secondary Technology", "Telepathy"),
            ("Geographical extent", "Galactic"),
            ("AI Classification Subdomain (II) (main)", "Perception"),
        ]]));
        let c = cases[0].as_ref().unwrap();
        assert_eq!((c.stage, c.lifecycle), (None, None));
        assert_eq!(c.technologies, ["artificial_intelligence"]);
        assert_eq!(
            c.level,
            Some(GovLevel::Local),
            "from the organisation category"
        );
        assert_eq!(field(c, "ai_subdomains"), Some("Perception"));
        assert_eq!(
            unmapped,
            [
                ("level".to_string(), "Galactic".to_string()),
                ("lifecycle".into(), "Dreaming".into()),
                ("stage".into(), "Dreaming".into()),
                ("technologies".into(), "Telepathy".into()),
            ]
        );
    }

    #[test]
    fn bad_rows_say_why() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (
                &[("Geographical coverage (country)", "Atlantis")],
                "not publishable: countries",
            ),
            (
                &[("Start Year", "20x1")],
                "year_launched \"20x1\" is not a year",
            ),
            (
                &[("End Year", "ongoing")],
                "year_ended \"ongoing\" is not a year",
            ),
            (
                &[
                    ("Functions of Government (COFOG level I)", ""),
                    ("Functions of Government (COFOG level II)", ""),
                ],
                "not publishable: sectors",
            ),
            (&[("Start Year", "1900")], "not publishable: year_launched"),
            (
                &[("Start Year", "")],
                "not publishable: year_launched: Give the year",
            ),
            (
                &[("Start Year", "2020"), ("End Year", "2019")],
                "year_ended: The end year comes before",
            ),
            (&[("Description", "")], "not publishable: pitch"),
        ];
        for (row, expected) in cases {
            let e = one(row).unwrap_err();
            assert!(e.reason.contains(expected), "{e} should say {expected}");
            assert_eq!((e.line, e.record_id.as_deref()), (2, Some("PSTW-1")));
        }
        let e = one(&[("PSTW ID", "  ")]).unwrap_err();
        assert_eq!(
            (e.record_id, e.reason.as_str()),
            (None, "no record id in column \"PSTW ID\"")
        );
    }

    #[test]
    fn duplicate_ids_short_rows_and_bad_bytes_are_row_errors() {
        let mut text = csv_with(&[&[], &[("PSTW ID", "PSTW-1")]]);
        text.push_str("PSTW-3,only,three\n");
        let template = csv_with(&[&[("PSTW ID", "PSTW-4"), ("Name", "NAMEHERE")]]);
        let template = template.lines().last().unwrap();
        let mut bytes = text.into_bytes();
        bytes.extend_from_slice(template.replace("NAMEHERE", "Fine \u{e9}").as_bytes());
        bytes.push(b'\n');
        let (before, after) = template.split_once("NAMEHERE").unwrap();
        bytes.extend_from_slice(before.replace("PSTW-4", "PSTW-5").as_bytes());
        bytes.extend_from_slice(b"Bad \xff byte");
        bytes.extend_from_slice(after.as_bytes());
        bytes.push(b'\n');
        let results: Vec<_> = read_pstw(&bytes[..], now()).unwrap().collect();
        assert_eq!(results.len(), 5);
        assert!(results[0].is_ok());
        let e = results[1].as_ref().unwrap_err();
        assert_eq!((e.line, e.record_id.as_deref()), (3, Some("PSTW-1")));
        assert_eq!(e.reason, "record id already seen on line 2");
        let e = results[2].as_ref().unwrap_err();
        assert_eq!((e.line, e.record_id.as_deref()), (4, Some("PSTW-3")));
        assert_eq!(e.reason, "has 3 fields where the header has 57");
        assert_eq!(results[3].as_ref().unwrap().title, "Fine \u{e9}");
        let e = results[4].as_ref().unwrap_err();
        assert_eq!((e.line, e.record_id.as_deref()), (6, Some("PSTW-5")));
        assert_eq!(e.reason, "column \"Name\" is not valid UTF-8");
    }

    #[test]
    fn website_links_and_raw_values() {
        let c = one(&[
            (
                "Website",
                "https://city.example.eu/app, https://vendor.example.com/",
            ),
            (
                "Source",
                "Survey 2021 (https://survey.example.eu/r) https://city.example.eu/app",
            ),
            ("Stories link", "https://story.example.eu/s1"),
        ])
        .unwrap();
        assert_eq!(c.website.as_deref(), Some("https://city.example.eu/app"));
        let links: Vec<(&str, &str)> = c
            .links
            .iter()
            .map(|l| (l.title.as_str(), l.url.as_str()))
            .collect();
        assert_eq!(
            links,
            [
                ("vendor.example.com", "https://vendor.example.com/"),
                ("survey.example.eu", "https://survey.example.eu/r"),
                ("story.example.eu", "https://story.example.eu/s1"),
            ]
        );
        assert_eq!(
            field(&c, "website"),
            Some("https://city.example.eu/app, https://vendor.example.com/")
        );
        let c = one(&[("Website", "www.example.es")]).unwrap();
        assert_eq!(
            (c.website.as_deref(), field(&c, "website")),
            (None, Some("www.example.es"))
        );
    }

    #[test]
    fn level_and_organisation_type() {
        use GovLevel::*;
        for (extent, category, level) in [
            ("Across countries", "Consortium", Some(Supranational)),
            (
                "National",
                "European Institution/Agency",
                Some(Supranational),
            ),
            ("Regional ", "Local Government", Some(Regional)),
            ("", "Central Government", Some(National)),
            ("", "Consortium", None),
        ] {
            let c = one(&[
                ("Geographical extent", extent),
                ("Responsible organisation category", category),
            ])
            .unwrap();
            assert_eq!(c.level, level, "{extent} / {category}");
        }
        for (category, kind) in [
            ("Central-Government", Some(OrgType::Government)),
            ("National Government", Some(OrgType::Government)),
            ("Regional Government", Some(OrgType::Government)),
            ("Academic-Research", Some(OrgType::Academia)),
            ("Private sector", Some(OrgType::PrivateSector)),
            ("Non-governmental", Some(OrgType::Ngo)),
            ("Community led", Some(OrgType::Ngo)),
            (
                "European Institution/Agency",
                Some(OrgType::InternationalOrganisation),
            ),
            ("Consortium", None),
            ("State-owned entreprise", None),
            ("", None),
        ] {
            let c = one(&[("Responsible organisation category", category)]).unwrap();
            assert_eq!(c.organisation.kind, kind, "{category}");
        }
    }

    #[test]
    fn cofog_table() {
        use Sector::*;
        for (l1, l2, expected) in [
            ("Economic affairs", "Transport", vec![Transport]),
            (
                "Economic Affairs",
                "Agriculture, forestry, fishing and hunting",
                vec![Environment],
            ),
            ("Economic affairs", "Fuel and energy", vec![Environment]),
            ("Economic affairs", "Communication", vec![Digitalisation]),
            ("Economic affairs", "R&D economic affairs", vec![Science]),
            (
                "Economic affairs",
                "General economic, commercial and labour affair",
                vec![EconomicAffairs],
            ),
            (
                "General public services",
                "General services.",
                vec![PublicAdministration],
            ),
            ("General public services", "", vec![PublicAdministration]),
            (
                "General public services",
                "Foreign economic aid.",
                vec![ExternalRelations],
            ),
            ("General public services", "Basic research.", vec![Science]),
            (
                "General public services",
                "R&D general public services.",
                vec![PublicAdministration, Science],
            ),
            ("Public order and safety", "Police Services", vec![Justice]),
            ("Defence", "Military defence.", vec![Justice]),
            ("Social protection", "Unemployment.", vec![Employment]),
            ("Social protection", "Old age.", vec![Housing]),
            (
                "Environmental protection",
                "Waste management.",
                vec![Environment],
            ),
            (
                "Housing and community amenities",
                "Street lighting.",
                vec![Housing],
            ),
            ("Health", "R&D health.", vec![Health, Science]),
            ("Education", "Tertiary education.", vec![Education]),
            (
                "recreation, culture and religion",
                "Cultural services.",
                vec![Culture],
            ),
        ] {
            let c = one(&[
                ("Functions of Government (COFOG level I)", l1),
                ("Functions of Government (COFOG level II)", l2),
            ])
            .unwrap();
            assert_eq!(c.sectors, expected, "{l1} / {l2}");
        }
    }

    #[test]
    fn technologies_subdomains_and_tags() {
        let c = one(&[
            ("Secondary Technology", "Digital Twins"),
            ("AI Classification Subdomain (II) (main)", "Deep Learning"),
            (
                "AI Classification Subdomain (II) (Other I)",
                "Machine learning",
            ),
            (
                "AI Classification Subdomain (II) (Other II)",
                "Multiple AI techniques",
            ),
            (
                "AI Classification Subdomain (II) (Other III)",
                "Natural Language processing",
            ),
        ])
        .unwrap();
        assert_eq!(
            c.technologies,
            [
                "artificial_intelligence",
                "digital_twins",
                "machine_learning",
                "natural_language_processing"
            ]
        );
        assert_eq!(
            field(&c, "ai_subdomains"),
            Some(
                "Deep Learning; Machine learning; Multiple AI techniques; Natural Language processing"
            )
        );
        let c = one(&[
            ("Primary Technology", "Blockchain"),
            ("AI Classification Subdomain (II) (main)", "Computer vision"),
        ])
        .unwrap();
        assert_eq!(
            c.technologies,
            ["blockchain", "computer_vision", "artificial_intelligence"]
        );
        let c = one(&[
            ("Primary Technology", "5G (Edge Computing)"),
            ("Secondary Technology", "Other"),
            (
                "AI Classification Subdomain (II) (main)",
                "Automated reasoning and Automated Decision Making (ADM)",
            ),
            (
                "AI Classification Subdomain (II) (Other I)",
                "Robotics and Automation and Robotic Process Automation (RPA)",
            ),
        ])
        .unwrap();
        assert_eq!(
            c.technologies,
            [
                "edge_5g",
                "other_technology",
                "automated_reasoning",
                "robotics_automation",
                "artificial_intelligence"
            ]
        );
        let c = one(&[
            ("Cross Border", "Yes"),
            ("Cross Sector", "yes"),
            ("GovTech", "Yes"),
            ("Application type", "Service personalisation (various)"),
        ])
        .unwrap();
        assert_eq!(
            c.tags,
            [
                "cross_border",
                "cross_sector",
                "govtech",
                "personalised_services"
            ]
        );
        let c = one(&[("Cross Border", "No"), ("Collaboration type", "GovTech")]).unwrap();
        assert_eq!(c.tags, ["govtech"]);
    }

    #[test]
    fn every_value_the_mapping_gives_is_in_the_default_vocabularies() {
        let mapping = mapping();
        let techs: HashSet<String> = default_technologies().into_iter().map(|t| t.slug).collect();
        let tags: HashSet<String> = default_tags().into_iter().map(|t| t.slug).collect();
        let listed = |field: &str| -> Vec<String> {
            mapping
                .values
                .get(field)
                .into_iter()
                .flat_map(|m| m.values())
                .flat_map(|v| match v {
                    mapping::Values::One(v) => vec![v.clone()],
                    mapping::Values::Many(v) => v.clone(),
                })
                .collect()
        };
        let set = |field: &str| -> Vec<String> {
            mapping
                .when
                .iter()
                .filter_map(|r| r.set.get(field).cloned())
                .collect()
        };
        for t in listed("technologies")
            .into_iter()
            .chain(set("technologies"))
        {
            assert!(techs.contains(&t), "{t}");
        }
        for t in set("tags") {
            assert!(tags.contains(&t), "{t}");
        }
        for s in listed("sectors") {
            assert!(Sector::parse(&s).is_ok(), "{s}");
        }
        // The technology columns' values are our slugs or labels, folded.
        for value in [
            "AR/VR",
            "Quantum Computing",
            "Virtual Worlds",
            "Generative AI",
            "AI Services",
            "Multi-agent systems",
            "Planning and Scheduling",
            "Connected and Automated vehicles",
        ] {
            let c = one(&[("Secondary Technology", value)]).unwrap();
            assert_eq!(c.technologies.len(), 2, "{value}: {:?}", c.technologies);
        }
    }

    #[test]
    fn stages() {
        use Lifecycle::*;
        use Stage::*;
        for (status, expected) in [
            ("Planned", (Some(DevelopingProposals), Some(Active))),
            ("In development", (Some(DevelopingProposals), Some(Active))),
            ("Pilot ", (Some(Implementation), Some(Active))),
            ("Implemented", (Some(Implementation), Some(Active))),
            ("Not in use", (Some(Implementation), Some(Discontinued))),
            ("", (None, None)),
        ] {
            let c = one(&[(" Status", status)]).unwrap();
            assert_eq!((c.stage, c.lifecycle), expected, "{status}");
        }
    }
}
