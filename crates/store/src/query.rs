//! What a caller may ask of the case list: filters, paging and the page that comes back.
//! Filters combine with OR within one field and AND across fields.

use observa_domain::{CountryCode, GovLevel, InnovationFacet, OrgType, Region, Sector, Stage};

use crate::StoredCase;

/// The fields a case can be filtered and counted by, as stored in `case_values`.
pub const FACET_FIELDS: [&str; 10] = [
    "country",
    "region",
    "sector",
    "stage",
    "technology",
    "tag",
    "level",
    "innovation_facet",
    "organisation_type",
    "call",
];

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CaseFilter {
    pub countries: Vec<CountryCode>,
    pub regions: Vec<Region>,
    pub sectors: Vec<Sector>,
    pub stages: Vec<Stage>,
    pub technologies: Vec<String>,
    pub tags: Vec<String>,
    pub levels: Vec<GovLevel>,
    pub facets: Vec<InnovationFacet>,
    pub organisation_types: Vec<OrgType>,
    /// Slugs of calls for innovations (`provenance.call`).
    pub calls: Vec<String>,
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
}

impl CaseFilter {
    /// The multi-valued conditions as (field, accepted values), skipping empty ones.
    pub fn value_conditions(&self) -> Vec<(&'static str, Vec<String>)> {
        fn strings<T: ToString>(v: &[T]) -> Vec<String> {
            v.iter().map(ToString::to_string).collect()
        }
        [
            ("country", strings(&self.countries)),
            ("region", strings(&self.regions)),
            ("sector", strings(&self.sectors)),
            ("stage", strings(&self.stages)),
            ("technology", self.technologies.clone()),
            ("tag", self.tags.clone()),
            ("level", strings(&self.levels)),
            ("innovation_facet", strings(&self.facets)),
            ("organisation_type", strings(&self.organisation_types)),
            ("call", self.calls.clone()),
        ]
        .into_iter()
        .filter(|(_, values)| !values.is_empty())
        .collect()
    }
}

/// A page of results: `number` counts from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub number: u32,
    pub size: u32,
}

impl Page {
    pub fn offset(self) -> i64 {
        i64::from(self.number.saturating_sub(1)) * i64::from(self.size)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CasePage {
    pub total: i64,
    pub cases: Vec<StoredCase>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    pub value: String,
    pub count: i64,
}

/// The (field, value) pairs of a case that filters and facet counts look at.
pub fn case_values(
    case: &observa_domain::Case,
) -> std::collections::BTreeSet<(&'static str, String)> {
    let mut values = std::collections::BTreeSet::new();
    for c in &case.countries {
        values.insert(("country", c.to_string()));
    }
    for r in case.regions() {
        values.insert(("region", r.to_string()));
    }
    for s in &case.sectors {
        values.insert(("sector", s.to_string()));
    }
    for t in &case.technologies {
        values.insert(("technology", t.clone()));
    }
    for t in &case.tags {
        values.insert(("tag", t.clone()));
    }
    for f in &case.facets {
        values.insert(("innovation_facet", f.to_string()));
    }
    if let Some(s) = case.stage {
        values.insert(("stage", s.to_string()));
    }
    if let Some(l) = case.level {
        values.insert(("level", l.to_string()));
    }
    if let Some(o) = case.organisation.kind {
        values.insert(("organisation_type", o.to_string()));
    }
    if let Some(call) = case.provenance.call.as_ref().filter(|c| !c.is_empty()) {
        values.insert(("call", call.clone()));
    }
    // Contributions: who may edit the case, and the uploaded files it points at.
    let p = &case.provenance;
    for person in p.submitted_by.iter().chain(&p.collaborators) {
        values.insert(("contributor", person.to_string()));
    }
    for media in case.images.iter().chain(&case.documents) {
        if let Some(hash) = uploaded_media_hash(&media.url) {
            values.insert(("media", hash.to_string()));
        }
    }
    values
}

/// The content hash in a site path to an uploaded file (`/media/<hash>.<ext>`).
pub fn uploaded_media_hash(url: &str) -> Option<&str> {
    let name = url.strip_prefix("/media/")?;
    let hash = name.split_once('.').map_or(name, |(h, _)| h);
    (hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some(hash)
}
