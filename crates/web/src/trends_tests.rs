//! Tests of the trends page, its CSV downloads and `GET /api/v1/stats`: their counts equal
//! the case list's facet counts for the same filters, and every chart can be read without
//! seeing it (title, description, table).

use std::collections::HashMap;

use axum::http::StatusCode;
use observa_domain::Lang;
use serde_json::Value;

use crate::tests::{TestApp, app, get, get_json, get_with};

/// The charted facets, as `/api/v1/stats` and `/api/v1/cases` name them.
const CHARTED: [&str; 8] = [
    "year",
    "country",
    "region",
    "sector",
    "stage",
    "technology",
    "innovation_facet",
    "level",
];

/// `{facet: {value: count}}` of a JSON map of facet entries.
fn counts(facets: &Value) -> HashMap<String, HashMap<String, u64>> {
    facets
        .as_object()
        .unwrap()
        .iter()
        .map(|(facet, entries)| {
            let values = entries
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        e["value"].as_str().unwrap().to_string(),
                        e["count"].as_u64().unwrap(),
                    )
                })
                .collect();
            (facet.clone(), values)
        })
        .collect()
}

/// A few filter combinations built from the library's own values, so that each matches cases.
async fn filter_sets(t: &TestApp) -> Vec<String> {
    let (_, all) = get_json(&t.app, "/api/v1/cases?per_page=1&facet_limit=5").await;
    let first = |facet: &str| {
        all["facets"][facet][0]["value"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let second = |facet: &str| {
        all["facets"][facet][1]["value"]
            .as_str()
            .unwrap()
            .to_string()
    };
    vec![
        String::new(),
        format!("country={}", first("country")),
        format!("country={}&country={}", first("country"), second("country")),
        format!("sector={}&stage={}", first("sector"), first("stage")),
        format!("q=digital&region={}", first("region")),
        format!("year_from=2015&year_to=2020&level={}", first("level")),
        format!(
            "technology={}&innovation_facet={}",
            first("technology"),
            first("innovation_facet")
        ),
    ]
}

#[tokio::test]
async fn stats_equal_the_case_lists_facet_counts() {
    let t = app(150).await;
    let group_by = CHARTED.join(",");
    for filters in filter_sets(&t).await {
        let (status, list) = get_json(
            &t.app,
            &format!("/api/v1/cases?{filters}&per_page=1&facet_limit=1000&facets={group_by}"),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{filters}: {list}");
        let (status, stats) = get_json(
            &t.app,
            &format!("/api/v1/stats?{filters}&group_by={group_by}"),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{filters}: {stats}");
        assert_eq!(stats["total"], list["total"], "{filters}");
        assert_eq!(
            counts(&stats["groups"]),
            counts(&list["facets"]),
            "{filters}"
        );
    }
    // Repeated group_by works like a comma-separated one.
    let (_, repeated) = get_json(&t.app, "/api/v1/stats?group_by=year&group_by=sector").await;
    let (_, joined) = get_json(&t.app, "/api/v1/stats?group_by=year,sector").await;
    assert_eq!(repeated, joined);
    assert_eq!(
        repeated["groups"]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["sector", "year"]
    );
}

#[tokio::test]
async fn stats_sum_years_into_buckets() {
    let t = app(150).await;
    let (_, years) = get_json(&t.app, "/api/v1/stats?group_by=year").await;
    let (status, buckets) = get_json(&t.app, "/api/v1/stats?group_by=year&year_bucket=5").await;
    assert_eq!(status, StatusCode::OK);
    let total = |v: &Value| -> u64 {
        v["groups"]["year"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["count"].as_u64().unwrap())
            .sum()
    };
    assert_eq!(total(&years), total(&buckets));
    let values: Vec<&str> = buckets["groups"]["year"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["value"].as_str().unwrap())
        .collect();
    assert!(values.len() > 1, "{values:?}");
    for value in &values {
        let (start, end) = value.split_once('-').unwrap();
        let (start, end) = (start.parse::<i32>().unwrap(), end.parse::<i32>().unwrap());
        assert_eq!((start % 5, end - start), (0, 4), "{value}");
    }
    assert!(values.windows(2).all(|w| w[0] < w[1]), "{values:?}");
}

#[tokio::test]
async fn bad_stats_parameters_are_400_with_what_is_allowed() {
    let t = app(5).await;
    for (uri, code, names) in [
        (
            "/api/v1/stats?group_by=colour",
            "invalid_group_by",
            "innovation_facet",
        ),
        (
            "/api/v1/stats?group_by=year,colour",
            "invalid_group_by",
            "organisation_type",
        ),
        ("/api/v1/stats?year_bucket=0", "invalid_number", "1 to 100"),
        ("/api/v1/stats?sector=space", "invalid_value", "health"),
        ("/api/v1/stats?colour=red", "unknown_parameter", "group_by"),
        ("/api/v1/stats?per_page=5", "unknown_parameter", "group_by"),
    ] {
        let (status, body) = get_json(&t.app, uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(body["errors"][0]["code"], code, "{uri}: {body}");
        let detail = body["errors"][0]["detail"].as_str().unwrap();
        assert!(detail.contains(names), "{uri}: {detail}");
    }
}

/// The (label, count) pairs of the table of the chart `id` on a trends page.
pub(crate) fn table(html: &str, id: &str) -> Vec<(String, String)> {
    let start = html
        .find(&format!("<section class=\"chart\" id=\"chart-{id}\""))
        .unwrap_or_else(|| panic!("no chart {id}"));
    let section = &html[start..start + html[start..].find("</section>").unwrap()];
    let tbody = &section[section.find("<tbody>").unwrap()..section.find("</tbody>").unwrap()];
    tbody
        .split("<tr>")
        .skip(1)
        .map(|row| {
            let label_start = row.find("<a ").unwrap();
            let label_start = label_start + row[label_start..].find('>').unwrap() + 1;
            let label = &row[label_start..label_start + row[label_start..].find("</a>").unwrap()];
            let count_start = row.find("<td class=\"num\">").unwrap() + 16;
            let count = &row[count_start..count_start + row[count_start..].find("</td>").unwrap()];
            (label.to_string(), count.to_string())
        })
        .collect()
}

#[tokio::test]
async fn the_dashboard_shows_the_same_numbers_as_the_api() {
    let t = app(150).await;
    for filters in filter_sets(&t).await {
        let (_, stats) = get_json(
            &t.app,
            &format!("/api/v1/stats?{filters}&group_by={}", CHARTED.join(",")),
        )
        .await;
        let (status, _, html) = get(&t.app, &format!("/trends?{filters}"), "text/html").await;
        assert_eq!(status, StatusCode::OK, "{filters}");
        for facet in CHARTED {
            // Labels are escaped in the page.
            let expected: HashMap<String, String> = stats["groups"][facet]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        e["label"]
                            .as_str()
                            .unwrap()
                            .replace('&', "&#38;")
                            .replace('\'', "&#39;"),
                        e["count"].as_u64().unwrap().to_string(),
                    )
                })
                .collect();
            let shown: HashMap<String, String> = table(&html, facet)
                .into_iter()
                // Years without cases and facets no case has are shown as 0.
                .filter(|(_, count)| count != "0")
                .collect();
            assert_eq!(shown, expected, "{filters}: {facet}");
        }
    }
}

#[tokio::test]
async fn csv_downloads_match_the_tables() {
    let t = app(150).await;
    let (_, list) = get_json(&t.app, "/api/v1/cases?per_page=1&facet_limit=1").await;
    let sector = list["facets"]["sector"][0]["value"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, stats) = get_json(
        &t.app,
        &format!("/api/v1/stats?sector={sector}&group_by=country,year"),
    )
    .await;
    let (status, content_type, body) = get(
        &t.app,
        &format!("/trends/country.csv?sector={sector}"),
        "text/csv",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("text/csv"), "{content_type}");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["value", "label", "count"]
    );
    let rows: Vec<(String, String, u64)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string(), r[2].parse().unwrap())
        })
        .collect();
    let expected: Vec<(String, String, u64)> = stats["groups"]["country"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["value"].as_str().unwrap().to_string(),
                e["label"].as_str().unwrap().to_string(),
                e["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(rows, expected);
    // Years come in order, the years between without cases as 0.
    let (_, _, body) = get(
        &t.app,
        &format!("/trends/year.csv?sector={sector}"),
        "text/csv",
    )
    .await;
    let years: Vec<(i32, u64)> = csv::Reader::from_reader(body.as_bytes())
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].parse().unwrap(), r[2].parse().unwrap())
        })
        .collect();
    assert!(years.windows(2).all(|w| w[1].0 == w[0].0 + 1), "{years:?}");
    let sum = |v: &Value| -> u64 {
        v.as_array()
            .unwrap()
            .iter()
            .map(|e| e["count"].as_u64().unwrap())
            .sum()
    };
    assert_eq!(
        years.iter().map(|(_, n)| n).sum::<u64>(),
        sum(&stats["groups"]["year"])
    );
    let (status, _, _) = get(&t.app, "/trends/colour.csv", "text/csv").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_chart_has_a_title_a_description_and_a_table() {
    let t = app(60).await;
    for lang in Lang::ALL {
        let cookie = format!("lang={}", lang.code());
        let (status, _, html) = get_with(&t.app, "/trends", &[("cookie", &cookie)]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(!html.contains("Unknown localization"), "{lang:?}");
        for facet in CHARTED {
            let start = html.find(&format!("id=\"chart-{facet}\"")).unwrap();
            let section = &html[start..start + html[start..].find("</section>").unwrap()];
            for needle in [
                "<svg",
                &format!("aria-labelledby=\"chart-{facet}-title\""),
                &format!("<title id=\"chart-{facet}-title\">"),
                &format!("<desc id=\"chart-{facet}-desc\">"),
                "<table>",
                "<th scope=\"col\">",
                &format!("href=\"/trends/{facet}.csv\""),
            ] {
                assert!(
                    section.contains(needle),
                    "{facet} in {lang:?} lacks {needle}"
                );
            }
        }
        assert!(
            html.contains("href=\"/trends\""),
            "the navigation links the page"
        );
    }
}

#[tokio::test]
async fn the_map_colours_countries_with_cases_and_links_them() {
    let t = app(150).await;
    let (_, stats) = get_json(&t.app, "/api/v1/stats?group_by=country").await;
    let countries = stats["groups"]["country"].as_array().unwrap();
    let top = countries[0]["value"].as_str().unwrap();
    let top_name = countries[0]["label"].as_str().unwrap();
    let (_, _, html) = get(&t.app, "/trends", "text/html").await;
    let map = &html[html.find("class=\"chart-svg map\"").unwrap()..];
    let map = &map[..map.find("</svg>").unwrap()];
    // The most frequent country is in the darkest class in use and leads to its cases.
    let link = format!("<a href=\"/cases?country={top}\" tabindex=\"-1\"");
    let at = map
        .find(&link)
        .unwrap_or_else(|| panic!("no link to {top}"));
    let shape = &map[at..at + map[at..].find("</a>").unwrap()];
    let max = countries[0]["count"].as_u64().unwrap() as u32;
    let darkest = crate::charts::class_bounds(max).len();
    assert!(shape.contains(&format!("class=\"m{darkest}\"")), "{shape}");
    assert!(shape.contains(&format!("<title>{top_name}: ")), "{shape}");
    // Countries without cases stay neutral and lead nowhere.
    assert!(map.contains("class=\"m0\""));
    assert!(map.matches("<a href").count() <= countries.len());
    // A filter on one country still colours the others (the library's counts do too),
    // and the legend says what each shade means.
    assert!(html.contains("class=\"legend\""));
}

#[tokio::test]
async fn the_trends_page_keeps_the_search_and_reports_bad_ones() {
    let t = app(40).await;
    let (_, _, html) = get(&t.app, "/trends?q=digital&sector=health", "text/html").await;
    assert!(
        html.contains("value=\"digital\""),
        "the search box keeps the words"
    );
    assert!(
        html.contains("name=\"sector\" value=\"health\""),
        "the form keeps the filters"
    );
    assert!(
        html.contains("href=\"/cases?q=digital&#38;sector=health\""),
        "link to the library"
    );
    assert!(
        html.contains("href=\"/trends?q=digital\""),
        "a chip removes the sector"
    );
    let (status, _, html) = get(&t.app, "/trends?sector=space", "text/html").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("space"), "the page says what was wrong");
    // The library links to the same search as charts.
    let (_, _, html) = get(&t.app, "/cases?q=digital&sector=health&page=2", "text/html").await;
    assert!(html.contains("href=\"/trends?q=digital&#38;sector=health\""));
}
