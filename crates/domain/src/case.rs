//! The case: one innovative initiative, the heart of the library, with every group of
//! fields the product brief names (identity, who, what, when, story, materials,
//! provenance) and the rules a record must meet for each workflow state.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::country::{CountryCode, Region};
use crate::validate::ValidationErrors;
use crate::vocab::{CaseStatus, GovLevel, InnovationFacet, Lifecycle, OrgType, Sector, Stage};

pub const MAX_TITLE: usize = 250;
pub const MAX_PITCH: usize = 500;
pub const MAX_OVERVIEW: usize = 5_000;
pub const MAX_STORY: usize = 1_000;
/// Years a case may be launched or end in.
pub const YEARS: std::ops::RangeInclusive<i32> = 1950..=2100;

/// An innovative initiative. The database id is not part of the record: the slug is its
/// public identity, stable across export and import.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Case {
    pub slug: String,
    pub status: CaseStatus,
    // identity
    pub title: String,
    #[serde(default)]
    pub pitch: String,
    /// Markdown; rendered through a sanitiser, never trusted as HTML.
    #[serde(default)]
    pub overview: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// ISO 639-1 code of the language the record is written in.
    pub language: String,
    /// Translations of title, pitch and overview, keyed by ISO 639-1 code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, Translation>,
    // who
    pub organisation: Organisation,
    #[serde(default)]
    pub countries: Vec<CountryCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnational: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nuts: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<GovLevel>,
    // what
    #[serde(default)]
    pub sectors: Vec<Sector>,
    /// Slugs of innovation tags (an editor-managed vocabulary).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Slugs of technologies (an editor-managed vocabulary).
    #[serde(default)]
    pub technologies: Vec<String>,
    #[serde(default)]
    pub facets: Vec<InnovationFacet>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sdgs: Vec<u8>,
    // when and how far
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_launched: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_ended: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle: Option<Lifecycle>,
    // story
    #[serde(default)]
    pub story: Story,
    // materials
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<Media>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Media>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub videos: Vec<Link>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Translation {
    pub title: String,
    #[serde(default)]
    pub pitch: String,
    #[serde(default)]
    pub overview: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Organisation {
    pub name: String,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<OrgType>,
}

/// The narrative sections of a case, each at most [`MAX_STORY`] characters.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Story {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub innovation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partners: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiaries: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenges: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replication: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lessons: Option<String>,
}

impl Story {
    /// A story whose every section gives the same answer (for fixtures and tests).
    pub fn every_section(answer: &str) -> Story {
        let answer = Some(answer.to_string());
        Story {
            innovation: answer.clone(),
            partners: answer.clone(),
            beneficiaries: answer.clone(),
            results: answer.clone(),
            challenges: answer.clone(),
            conditions: answer.clone(),
            replication: answer.clone(),
            lessons: answer,
        }
    }

    /// Each section as (field name, its text to fill in), in the order of [`Story::sections`].
    pub fn sections_mut(&mut self) -> [(&'static str, &mut Option<String>); 8] {
        [
            ("innovation", &mut self.innovation),
            ("partners", &mut self.partners),
            ("beneficiaries", &mut self.beneficiaries),
            ("results", &mut self.results),
            ("challenges", &mut self.challenges),
            ("conditions", &mut self.conditions),
            ("replication", &mut self.replication),
            ("lessons", &mut self.lessons),
        ]
    }

    /// Each section as (field name, English heading, text).
    pub fn sections(&self) -> [(&'static str, &'static str, Option<&str>); 8] {
        [
            (
                "innovation",
                "What makes it innovative",
                self.innovation.as_deref(),
            ),
            (
                "partners",
                "Partners and collaboration",
                self.partners.as_deref(),
            ),
            (
                "beneficiaries",
                "Users, stakeholders and beneficiaries",
                self.beneficiaries.as_deref(),
            ),
            ("results", "Results and impact", self.results.as_deref()),
            (
                "challenges",
                "Challenges and failures",
                self.challenges.as_deref(),
            ),
            (
                "conditions",
                "Conditions for success",
                self.conditions.as_deref(),
            ),
            (
                "replication",
                "Potential to be replicated",
                self.replication.as_deref(),
            ),
            ("lessons", "Lessons to share", self.lessons.as_deref()),
        ]
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// An image or document: where it is, and what it shows (alt text for images).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Media {
    pub url: String,
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
}

/// Where a record comes from and how it may be reused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Provenance {
    pub source: CaseSource,
    /// SPDX identifier of the record's licence, e.g. `CC-BY-4.0`.
    pub licence: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_by: Option<i64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collaborators: Vec<i64>,
    /// Slug of the call for innovations the case answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<DateTime<Utc>>,
}

/// How a record entered Observa.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum CaseSource {
    /// Written through Observa's own form (or generated as demo data).
    Submitted,
    /// Taken from an outside dataset; `record_id` is the id there and `fields` keeps
    /// source columns that have no place of their own in our record.
    Imported {
        dataset: String,
        record_id: String,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        fields: BTreeMap<String, String>,
    },
}

impl CaseSource {
    pub fn dataset_and_id(&self) -> Option<(&str, &str)> {
        match self {
            CaseSource::Imported {
                dataset, record_id, ..
            } => Some((dataset, record_id)),
            CaseSource::Submitted => None,
        }
    }
}

impl Case {
    /// A new draft with the least a record needs; the rest is filled in later.
    pub fn draft(slug: String, title: String, language: &str, now: DateTime<Utc>) -> Case {
        Case {
            slug,
            status: CaseStatus::Draft,
            title,
            pitch: String::new(),
            overview: String::new(),
            website: None,
            language: language.into(),
            translations: BTreeMap::new(),
            organisation: Organisation::default(),
            countries: vec![],
            subnational: None,
            nuts: None,
            level: None,
            sectors: vec![],
            tags: vec![],
            technologies: vec![],
            facets: vec![],
            sdgs: vec![],
            year_launched: None,
            year_ended: None,
            stage: None,
            lifecycle: None,
            story: Story::default(),
            links: vec![],
            images: vec![],
            documents: vec![],
            videos: vec![],
            provenance: Provenance {
                source: CaseSource::Submitted,
                licence: "CC-BY-4.0".into(),
                attribution: None,
                submitted_by: None,
                collaborators: vec![],
                call: None,
                created_at: now,
                updated_at: now,
                published_at: None,
            },
        }
    }

    /// The regions of the case's countries, without repeats, in a stable order.
    pub fn regions(&self) -> Vec<Region> {
        let mut regions: Vec<Region> = self
            .countries
            .iter()
            .filter_map(CountryCode::region)
            .collect();
        regions.sort();
        regions.dedup();
        regions
    }

    /// Checks the record against the rules of the state it is in.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        self.validate_for(self.status)
    }

    /// Checks the record against the rules of `status`: a draft needs only a title and
    /// sound values; anything past a draft needs every field an editor relies on, and a
    /// case written here (not imported) needs every story section answered.
    pub fn validate_for(&self, status: CaseStatus) -> Result<(), ValidationErrors> {
        let mut v = ValidationErrors::default();
        v.slug("slug", &self.slug);
        v.require("title", &self.title);
        v.max_chars("title", &self.title, MAX_TITLE);
        v.max_chars("pitch", &self.pitch, MAX_PITCH);
        v.max_chars("overview", &self.overview, MAX_OVERVIEW);
        if self.language.len() != 2 || !self.language.bytes().all(|b| b.is_ascii_lowercase()) {
            v.add(
                "language",
                "invalid_language",
                "Use a two-letter ISO 639-1 code such as en or pt.",
            );
        }
        for (code, t) in &self.translations {
            v.require(&format!("translations.{code}.title"), &t.title);
            v.max_chars(&format!("translations.{code}.pitch"), &t.pitch, MAX_PITCH);
            v.max_chars(
                &format!("translations.{code}.overview"),
                &t.overview,
                MAX_OVERVIEW,
            );
        }
        if let Some(w) = &self.website {
            v.url("website", w);
        }
        if let Some(y) = self.year_launched {
            v.year("year_launched", y, YEARS);
        }
        if let Some(y) = self.year_ended {
            v.year("year_ended", y, YEARS);
            if self.year_launched.is_some_and(|start| y < start) {
                v.add(
                    "year_ended",
                    "ends_before_start",
                    "The end year comes before the launch year.",
                );
            }
        }
        for (i, sdg) in self.sdgs.iter().enumerate() {
            if !(1..=17).contains(sdg) {
                v.add(
                    format!("sdgs.{i}"),
                    "invalid_sdg",
                    "Sustainable Development Goals are numbered 1 to 17.",
                );
            }
        }
        for (name, _, text) in self.story.sections() {
            v.max_chars(&format!("story.{name}"), text.unwrap_or(""), MAX_STORY);
        }
        for (list, links) in [("links", &self.links), ("videos", &self.videos)] {
            for (i, link) in links.iter().enumerate() {
                v.require(&format!("{list}.{i}.title"), &link.title);
                v.url(&format!("{list}.{i}.url"), &link.url);
            }
        }
        for (list, media) in [("images", &self.images), ("documents", &self.documents)] {
            // Files stored here are addressed by a site path (`/media/…`), others by a full URL.
            for (i, item) in media
                .iter()
                .enumerate()
                .filter(|(_, m)| !m.url.starts_with('/'))
            {
                v.url(&format!("{list}.{i}.url"), &item.url);
            }
        }
        for (i, image) in self.images.iter().enumerate() {
            if image.alt.as_deref().is_none_or(|a| a.trim().is_empty()) {
                v.add(
                    format!("images.{i}.alt"),
                    "required",
                    "Describe the image for people who cannot see it.",
                );
            }
        }
        if status != CaseStatus::Draft {
            v.require("pitch", &self.pitch);
            v.require("overview", &self.overview);
            v.require("organisation.name", &self.organisation.name);
            if self.countries.is_empty() {
                v.add("countries", "required", "Name at least one country.");
            }
            if self.sectors.is_empty() {
                v.add("sectors", "required", "Choose at least one sector.");
            }
            if self.year_launched.is_none() {
                v.add(
                    "year_launched",
                    "required",
                    "Give the year the initiative started.",
                );
            }
            if matches!(self.provenance.source, CaseSource::Submitted) {
                if self.stage.is_none() {
                    v.add(
                        "stage",
                        "required",
                        "Choose the stage the initiative has reached.",
                    );
                }
                for (name, _, text) in self.story.sections() {
                    v.require(&format!("story.{name}"), text.unwrap_or(""));
                }
            }
        }
        v.into_result()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn complete_case() -> Case {
        let now = "2024-03-01T10:00:00Z".parse().unwrap();
        let mut c = Case::draft(
            "open-budget-lab".into(),
            "Open budget lab".into(),
            "en",
            now,
        );
        c.pitch = "Citizens co-design the city budget.".into();
        c.overview = "A *participatory* budget.".into();
        c.organisation = Organisation {
            name: "City of Porto Alegre".into(),
            kind: Some(OrgType::Government),
        };
        c.countries = vec![CountryCode::parse("BR").unwrap()];
        c.sectors = vec![Sector::PublicAdministration];
        c.year_launched = Some(2019);
        c.stage = Some(Stage::Implementation);
        c.story = Story::every_section("Answered.");
        c
    }

    #[test]
    fn a_draft_needs_only_a_title() {
        let now = Utc::now();
        let c = Case::draft("x".into(), "X".into(), "en", now);
        assert!(c.validate().is_ok());
        let err = c.validate_for(CaseStatus::Submitted).unwrap_err();
        let fields: Vec<_> = err.fields().collect();
        for f in [
            "pitch",
            "overview",
            "organisation.name",
            "countries",
            "sectors",
            "year_launched",
            "stage",
            "story.lessons",
        ] {
            assert!(fields.contains(&f), "{f} missing from {fields:?}");
        }
    }

    #[test]
    fn a_complete_case_passes_and_bad_values_are_named() {
        let mut c = complete_case();
        assert_eq!(c.validate_for(CaseStatus::Published), Ok(()));
        c.pitch = "x".repeat(MAX_PITCH + 1);
        c.year_launched = Some(2020);
        c.year_ended = Some(2018);
        c.website = Some("not a url".into());
        c.sdgs = vec![18];
        let fields: Vec<String> = c
            .validate()
            .unwrap_err()
            .fields()
            .map(String::from)
            .collect();
        assert_eq!(fields, ["pitch", "website", "year_ended", "sdgs.0"]);
    }

    #[test]
    fn imported_cases_need_no_story() {
        let mut c = complete_case();
        c.story = Story::default();
        c.stage = None;
        c.provenance.source = CaseSource::Imported {
            dataset: "pstw".into(),
            record_id: "PSTW-1".into(),
            fields: BTreeMap::new(),
        };
        assert_eq!(c.validate_for(CaseStatus::Published), Ok(()));
    }

    #[test]
    fn json_round_trip_keeps_every_field() {
        let mut c = complete_case();
        c.translations.insert(
            "pt".into(),
            Translation {
                title: "Laboratório".into(),
                pitch: "p".into(),
                overview: "o".into(),
            },
        );
        c.links.push(Link {
            title: "Site".into(),
            url: "https://example.org".into(),
        });
        let json = serde_json::to_string(&c).unwrap();
        let back: Case = serde_json::from_str(&json).unwrap();
        assert_eq!(back, c);
        assert_eq!(c.regions(), vec![Region::LatinAmericaCaribbean]);
    }
}
