//! Reading the case-list query string (`?country=BR&country=FR&sector=health&page=2`) into a
//! [`CaseFilter`] and a page, for the JSON API and the HTML list alike. Repeated keys are
//! ORed; an empty value is ignored (HTML forms send them); a bad value is a 400 that names
//! what would have been accepted.

use observa_domain::{CountryCode, Vocabulary};
use observa_search::{FACETS, Sort, UserQuery};
use observa_store::query::FACET_FIELDS;
use observa_store::{CaseFilter, Page};

use crate::error::WebError;

pub const DEFAULT_PER_PAGE: u32 = 20;
pub const MAX_PER_PAGE: u32 = 100;

/// Parameters besides the facet fields of `observa_store::query::FACET_FIELDS`.
const OTHER_KEYS: [&str; 8] = [
    "q",
    "sort",
    "facets",
    "facet_limit",
    "year_from",
    "year_to",
    "page",
    "per_page",
];

/// Results beyond this rank are not served (use the export for everything).
pub const MAX_RESULT_WINDOW: u32 = 10_000;
pub const DEFAULT_FACET_LIMIT: usize = 20;
pub const MAX_FACET_LIMIT: usize = 1_000;

#[derive(Debug, Clone, PartialEq)]
pub struct CaseQuery {
    /// The search box, as typed.
    pub q: String,
    pub text: UserQuery,
    /// `None` when not given: relevance with a query, newest without.
    pub sort: Option<Sort>,
    pub filter: CaseFilter,
    pub page: Page,
    /// The facets to count (all when not given).
    pub facets: Vec<&'static str>,
    pub facet_limit: usize,
}

impl CaseQuery {
    pub fn sort(&self) -> Sort {
        self.sort.unwrap_or(if self.text.is_empty() {
            Sort::Newest
        } else {
            Sort::Relevance
        })
    }
}

pub const SORTS: [(&str, Sort); 3] = [
    ("relevance", Sort::Relevance),
    ("newest", Sort::Newest),
    ("year", Sort::Year),
];

pub fn sort_name(sort: Sort) -> &'static str {
    SORTS
        .iter()
        .find(|(_, s)| *s == sort)
        .map_or("relevance", |(n, _)| n)
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
    let mut q = String::new();
    let mut sort = None;
    let mut facets: Option<Vec<&'static str>> = None;
    let mut facet_limit = DEFAULT_FACET_LIMIT;
    for (key, value) in url::form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        match key.as_ref() {
            "q" => {
                if !q.is_empty() {
                    q.push(' ');
                }
                q.push_str(value);
            }
            "sort" => {
                sort = Some(
                    SORTS
                        .iter()
                        .find(|(n, _)| *n == value)
                        .map(|(_, s)| *s)
                        .ok_or_else(|| {
                            WebError::bad_request(
                                "invalid_sort",
                                format!(
                                    "unknown sort \"{value}\"; allowed: relevance, newest, year"
                                ),
                            )
                        })?,
                )
            }
            "facets" => {
                let chosen = facets.get_or_insert_with(Vec::new);
                for name in value
                    .split(',')
                    .map(str::trim)
                    .filter(|n| !n.is_empty() && *n != "none")
                {
                    chosen.push(
                        FACETS
                            .iter()
                            .find(|f| **f == name)
                            .copied()
                            .ok_or_else(|| {
                                WebError::bad_request(
                                    "invalid_facet",
                                    format!(
                                        "unknown facet \"{name}\"; allowed: {}, or none",
                                        FACETS.join(", ")
                                    ),
                                )
                            })?,
                    );
                }
            }
            "facet_limit" => facet_limit = number(&key, value, 1, MAX_FACET_LIMIT as u32)? as usize,
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
            "call" => filter.calls.push(value.to_string()),
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
    if page.number.saturating_mul(page.size) > MAX_RESULT_WINDOW {
        return Err(WebError::bad_request(
            "page_out_of_range",
            format!(
                "only the first {MAX_RESULT_WINDOW} results can be paged through; narrow the search or use the export"
            ),
        ));
    }
    let text = observa_search::parse(&q)
        .map_err(|e| WebError::bad_request("invalid_query", e.to_string()))?;
    Ok(CaseQuery {
        q,
        text,
        sort,
        filter,
        page,
        facets: facets.unwrap_or_else(|| FACETS.to_vec()),
        facet_limit,
    })
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
/// (Call slugs are checked in `search::checked_term_labels`.)
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
        assert_eq!(err("sort=popular").code(), "invalid_sort");
        assert_eq!(err("facets=country,colour").code(), "invalid_facet");
        assert_eq!(err("page=101&per_page=100").code(), "page_out_of_range");
        assert_eq!(
            err(&format!("q={}", "w ".repeat(40))).code(),
            "invalid_query"
        );
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
