//! Counts of the cases a search matches, by facet: `GET /api/v1/stats` and the numbers of
//! the trends page. Both come from one search call that asks for no hits and every facet
//! value, the very call the case library makes, so their counts equal the library's facet
//! counts by construction. Counting only: nothing here renders.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{RawQuery, State};
use observa_domain::Lang;
use observa_search::FACETS;
use observa_store::Page;
use serde::Serialize;

use crate::AppState;
use crate::error::WebError;
use crate::params::{CaseQuery, Unknown, parse_case_query};
use crate::search::{FacetEntry, Found};

/// Runs `query` for its total and the counts of every value of `facets`, labelled in `lang`.
pub(crate) async fn counts(
    state: &AppState,
    query: &CaseQuery,
    facets: &[&'static str],
    lang: Lang,
) -> Result<Found, WebError> {
    let query = CaseQuery {
        facets: facets.to_vec(),
        facet_limit: usize::MAX,
        page: Page { number: 1, size: 0 },
        ..query.clone()
    };
    crate::search::run(state, &query, lang).await
}

/// Year counts in order of year, every `size` years summed into one bucket named
/// `2015-2019` (aligned on multiples of `size`); years alone when `size` is 1.
pub(crate) fn year_buckets(years: &[FacetEntry], size: u32) -> Vec<FacetEntry> {
    let size = size.max(1) as i32;
    let mut sums: BTreeMap<i32, u32> = BTreeMap::new();
    for entry in years {
        if let Ok(year) = entry.value.parse::<i32>() {
            *sums.entry(year.div_euclid(size) * size).or_default() += entry.count;
        }
    }
    sums.into_iter()
        .map(|(start, count)| {
            let (value, label) = if size == 1 {
                (start.to_string(), start.to_string())
            } else {
                let end = start + size - 1;
                (format!("{start}-{end}"), format!("{start}–{end}"))
            };
            FacetEntry {
                value,
                label,
                count,
            }
        })
        .collect()
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Stats {
    /// How many public cases match the filters.
    total: u64,
    /// For each `group_by` facet, its values with their counts: years (or year buckets)
    /// in order, other facets most frequent first. Values no matching case has are left out.
    groups: BTreeMap<&'static str, Vec<FacetEntry>>,
}

/// Parameters of a case search that a count does not take.
const NOT_FOR_STATS: [&str; 5] = ["sort", "page", "per_page", "facets", "facet_limit"];
const MAX_YEAR_BUCKET: u32 = 100;

/// Case counts by facet for the cases a search matches.
#[utoipa::path(
    get,
    path = "/api/v1/stats",
    tag = "cases",
    params(
        ("group_by" = Option<Vec<String>>, Query, explode = true,
            description = "Facets to count by, repeated or comma-separated: country, region, year, sector, stage, technology, tag, level, innovation_facet, organisation_type, call (default: all)"),
        ("year_bucket" = Option<u32>, Query, minimum = 1, maximum = 100,
            description = "Sum years into buckets of this many years, named like 2015-2019 (default 1)"),
        crate::openapi::FilterParams,
    ),
    responses(
        (status = 200, description = "The number of matching cases, and their counts by each facet asked for", body = Stats),
        (status = 400, description = "A parameter is not valid", body = crate::error::ErrorBody),
        (status = 429, description = "Too many requests", body = crate::error::ErrorBody),
    )
)]
pub(crate) async fn stats(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Stats>, WebError> {
    let (group_by, year_bucket, query) = parse_stats_query(raw.as_deref())?;
    let found = counts(&state, &query, &group_by, Lang::En).await?;
    let groups = found
        .facets
        .into_iter()
        .map(|f| {
            let values = if f.facet == "year" {
                year_buckets(&f.values, year_bucket)
            } else {
                f.values
            };
            (f.facet, values)
        })
        .collect();
    Ok(Json(Stats {
        total: found.total,
        groups,
    }))
}

/// The facets to count by, the size of year buckets, and the search.
fn parse_stats_query(raw: Option<&str>) -> Result<(Vec<&'static str>, u32, CaseQuery), WebError> {
    let mut group_by: Vec<&'static str> = Vec::new();
    let mut year_bucket = 1;
    let mut rest = url::form_urlencoded::Serializer::new(String::new());
    for (key, value) in url::form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        match key.as_ref() {
            "group_by" => {
                for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                    let facet = FACETS.iter().find(|f| **f == name).ok_or_else(|| {
                        WebError::bad_request(
                            "invalid_group_by",
                            format!(
                                "unknown group_by \"{name}\"; allowed values: {}",
                                FACETS.join(", ")
                            ),
                        )
                    })?;
                    if !group_by.contains(facet) {
                        group_by.push(facet);
                    }
                }
            }
            "year_bucket" if !value.trim().is_empty() => {
                year_bucket = value
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (1..=MAX_YEAR_BUCKET).contains(n))
                    .ok_or_else(|| {
                        WebError::bad_request(
                            "invalid_number",
                            format!(
                                "year_bucket must be a whole number from 1 to {MAX_YEAR_BUCKET}, not \"{value}\""
                            ),
                        )
                    })?;
            }
            other if NOT_FOR_STATS.contains(&other) => {
                return Err(WebError::bad_request(
                    "unknown_parameter",
                    format!(
                        "\"{other}\" does not apply to counts; use group_by, year_bucket and the filters of /api/v1/cases"
                    ),
                ));
            }
            _ => {
                rest.append_pair(&key, &value);
            }
        }
    }
    if group_by.is_empty() {
        group_by = FACETS.to_vec();
    }
    let rest = rest.finish();
    let query = parse_case_query(Some(&rest), Unknown::Reject).map_err(|e| match e {
        WebError::BadRequest {
            code: "unknown_parameter",
            detail,
        } => WebError::bad_request(
            "unknown_parameter",
            format!("{detail}; and group_by, year_bucket"),
        ),
        e => e,
    })?;
    Ok((group_by, year_bucket, query))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(value: &str, count: u32) -> FacetEntry {
        FacetEntry {
            value: value.into(),
            label: value.into(),
            count,
        }
    }

    #[test]
    fn years_are_summed_into_aligned_buckets() {
        let years = [
            entry("2021", 3),
            entry("2014", 1),
            entry("2015", 2),
            entry("2019", 4),
        ];
        let buckets = year_buckets(&years, 5);
        let pairs: Vec<(&str, u32)> = buckets
            .iter()
            .map(|e| (e.value.as_str(), e.count))
            .collect();
        assert_eq!(
            pairs,
            [("2010-2014", 1), ("2015-2019", 6), ("2020-2024", 3)]
        );
        assert_eq!(buckets[1].label, "2015–2019");
        let single: Vec<String> = year_buckets(&years, 1)
            .into_iter()
            .map(|e| e.value)
            .collect();
        assert_eq!(single, ["2014", "2015", "2019", "2021"]);
    }
}
