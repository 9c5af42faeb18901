//! Reading the case-list query string (`?country=BR&country=FR&sector=health&page=2`) into a
//! [`CaseFilter`] and a page, for the JSON API and the HTML list alike. Repeated keys are
//! ORed; an empty value is ignored (HTML forms send them); a bad value is a 400 that names
//! what would have been accepted.

use observa_domain::{CountryCode, Vocabulary};
use observa_store::query::FACET_FIELDS;
use observa_store::{CaseFilter, Page};

use crate::error::WebError;

pub const DEFAULT_PER_PAGE: u32 = 20;
pub const MAX_PER_PAGE: u32 = 100;

/// Parameters besides the facet fields of `observa_store::query::FACET_FIELDS`.
const OTHER_KEYS: [&str; 4] = ["year_from", "year_to", "page", "per_page"];

#[derive(Debug, Clone, PartialEq)]
pub struct CaseQuery {
    pub filter: CaseFilter,
    pub page: Page,
}

/// How strictly unknown parameters are treated: the API refuses them, pages ignore them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unknown {
    Reject,
    Ignore,
}

pub fn parse_case_query(raw: Option<&str>, unknown: Unknown) -> Result<CaseQuery, WebError> {
    let mut filter = CaseFilter::default();
    let mut page = Page {
        number: 1,
        size: DEFAULT_PER_PAGE,
    };
    for (key, value) in url::form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        match key.as_ref() {
            "country" => filter.countries.push(
                CountryCode::parse(value)
                    .map_err(|e| WebError::bad_request("invalid_country", e.to_string()))?,
            ),
            "region" => filter.regions.push(vocabulary(value)?),
            "sector" => filter.sectors.push(vocabulary(value)?),
            "stage" => filter.stages.push(vocabulary(value)?),
            "level" => filter.levels.push(vocabulary(value)?),
            "innovation_facet" => filter.facets.push(vocabulary(value)?),
            "organisation_type" => filter.organisation_types.push(vocabulary(value)?),
            "technology" => filter.technologies.push(value.to_string()),
            "tag" => filter.tags.push(value.to_string()),
            "year_from" => filter.year_from = Some(year(&key, value)?),
            "year_to" => filter.year_to = Some(year(&key, value)?),
            "page" => page.number = number(&key, value, 1, u32::MAX)?,
            "per_page" => page.size = number(&key, value, 1, MAX_PER_PAGE)?,
            other if unknown == Unknown::Reject => {
                return Err(WebError::bad_request(
                    "unknown_parameter",
                    format!(
                        "unknown parameter \"{other}\"; allowed parameters: {}, {}",
                        FACET_FIELDS.join(", "),
                        OTHER_KEYS.join(", ")
                    ),
                ));
            }
            _ => {}
        }
    }
    if let (Some(from), Some(to)) = (filter.year_from, filter.year_to)
        && from > to
    {
        return Err(WebError::bad_request(
            "invalid_year_range",
            "year_from is after year_to",
        ));
    }
    Ok(CaseQuery { filter, page })
}

fn vocabulary<V: Vocabulary>(value: &str) -> Result<V, WebError> {
    V::parse(value).map_err(|e| WebError::bad_request("invalid_value", e.to_string()))
}

fn year(key: &str, value: &str) -> Result<i32, WebError> {
    value
        .parse::<i32>()
        .ok()
        .filter(|y| observa_domain::case::YEARS.contains(y))
        .ok_or_else(|| {
            WebError::bad_request(
                "invalid_year",
                format!("{key} must be a year such as 2020, not \"{value}\""),
            )
        })
}

fn number(key: &str, value: &str, min: u32, max: u32) -> Result<u32, WebError> {
    value
        .parse::<u32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| {
            WebError::bad_request(
                "invalid_number",
                format!("{key} must be a whole number from {min} to {max}, not \"{value}\""),
            )
        })
}

/// Checks open-vocabulary filter values (technologies, tags) against the stored terms.
pub fn check_terms(
    kind: &'static str,
    wanted: &[String],
    known: &[observa_domain::Term],
) -> Result<(), WebError> {
    match wanted.iter().find(|w| !known.iter().any(|t| &t.slug == *w)) {
        None => Ok(()),
        Some(bad) => Err(WebError::bad_request(
            "invalid_value",
            format!(
                "unknown {kind} \"{bad}\"; allowed values: {}",
                known
                    .iter()
                    .map(|t| t.slug.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use observa_domain::{GovLevel, Sector};

    use super::*;

    #[test]
    fn repeated_keys_are_collected_and_empty_ones_skipped() {
        let q = parse_case_query(
            Some("country=br&country=FR&sector=health&level=&year_from=2010&per_page=5&page=2"),
            Unknown::Reject,
        )
        .unwrap();
        assert_eq!(
            q.filter
                .countries
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>(),
            ["BR", "FR"]
        );
        assert_eq!(q.filter.sectors, [Sector::Health]);
        assert!(q.filter.levels.is_empty());
        assert_eq!(q.filter.year_from, Some(2010));
        assert_eq!(q.page, Page { number: 2, size: 5 });
        assert_eq!(
            parse_case_query(None, Unknown::Reject).unwrap().page.size,
            DEFAULT_PER_PAGE
        );
        let q = parse_case_query(Some("level=local&lang=fr"), Unknown::Ignore).unwrap();
        assert_eq!(q.filter.levels, [GovLevel::Local]);
    }

    #[test]
    fn bad_values_name_what_is_allowed() {
        let err = |raw: &str| parse_case_query(Some(raw), Unknown::Reject).unwrap_err();
        let e = err("sector=space");
        assert_eq!(e.code(), "invalid_value");
        assert!(e.detail().contains("economic_affairs"), "{}", e.detail());
        assert_eq!(err("country=ZZ").code(), "invalid_country");
        assert_eq!(err("per_page=101").code(), "invalid_number");
        assert_eq!(err("page=0").code(), "invalid_number");
        assert_eq!(err("year_to=soon").code(), "invalid_year");
        assert_eq!(
            err("year_from=2020&year_to=2010").code(),
            "invalid_year_range"
        );
        let e = err("colour=red");
        assert_eq!(e.code(), "unknown_parameter");
        assert!(e.detail().contains("per_page"));
    }
}
