//! The trends dashboard (`/trends`): the cases a library search matches, counted by year,
//! country (a world map), region, sector, stage, technology, innovation facet (OPSI's
//! portfolio) and level of government. Each chart is SVG drawn on the server beside a
//! table of its numbers, which `/trends/{chart}.csv` serves too. The numbers come from
//! `stats::counts`, the library's own search, so they equal its facet counts.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::Ui;
use super::library::{Chip, QueryState, chips};
use crate::AppState;
use crate::charts::{self, Bar, Columns, Quadrant, Row, WorldMap};
use crate::error::WebError;
use crate::params::{CaseQuery, Unknown, parse_case_query};
use crate::search::{FacetEntry, Found};

/// The charts, in the order of the page; each one's title is the message `trends-chart-{name}`.
pub(crate) const CHARTS: [&str; 8] = [
    "country",
    "year",
    "innovation_facet",
    "region",
    "sector",
    "stage",
    "technology",
    "level",
];

/// Bars drawn at most; the table lists every value.
const MAX_BARS: usize = 20;

enum Drawing {
    Map(WorldMap),
    Columns(Columns),
    Portfolio(Vec<Quadrant>),
    Bars { bars: Vec<Bar>, height: u32 },
}

struct Chart {
    id: &'static str,
    title: String,
    desc: String,
    /// The heading of the table's first column.
    value_header: String,
    rows: Vec<Row>,
    /// The portfolio's table has a column of shares.
    shares: bool,
    csv: String,
    drawing: Drawing,
}

#[derive(Template, WebTemplate)]
#[template(path = "trends.html")]
struct TrendsPage {
    ui: Ui,
    title: String,
    q: String,
    /// The filters the search form carries besides its words.
    hidden: Vec<(String, String)>,
    summary: String,
    error: Option<String>,
    chips: Vec<Chip>,
    clear_all: String,
    /// The same search in the case library.
    library: String,
    charts: Vec<Chart>,
}

pub(crate) async fn trends(
    ui: Ui,
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let counted = match parse_case_query(raw.as_deref(), Unknown::Ignore) {
        Ok(query) => match crate::stats::counts(&state, &query, &CHARTS, ui.tr.lang).await {
            Ok(found) => Ok((query, found)),
            Err(e @ WebError::BadRequest { .. }) => Err(e),
            Err(e) => return Err(e),
        },
        Err(e) => Err(e),
    };
    Ok(match counted {
        Ok((query, found)) => trends_page(ui, &query, found).into_response(),
        Err(error) => {
            let q = url::form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
                .filter(|(k, _)| k == "q")
                .map(|(_, v)| v.trim().to_string())
                .collect::<Vec<_>>()
                .join(" ");
            let page = TrendsPage {
                title: ui.t("trends-title"),
                q,
                hidden: Vec::new(),
                summary: ui.t("library-failed"),
                error: Some(error.detail()),
                chips: Vec::new(),
                clear_all: "/trends".into(),
                library: "/cases".into(),
                charts: Vec::new(),
                ui,
            };
            (StatusCode::BAD_REQUEST, page).into_response()
        }
    })
}

fn trends_page(ui: Ui, query: &CaseQuery, found: Found) -> TrendsPage {
    let lang = ui.tr.lang;
    let qs = QueryState::of(query);
    let on_trends = |href: String| href.replacen("/cases", "/trends", 1);
    let entries = |facet: &str| -> &[FacetEntry] {
        found
            .facets
            .iter()
            .find(|f| f.facet == facet)
            .map_or(&[], |f| f.values.as_slice())
    };
    let label = |facet: &str, value: &str| -> String {
        entries(facet)
            .iter()
            .find(|e| e.value == value)
            .map_or_else(
                || crate::search::label(facet, value, &found.term_labels, lang),
                |e| e.label.clone(),
            )
    };
    let chips: Vec<Chip> = chips(&ui, query, &qs, &label)
        .into_iter()
        .map(|chip| Chip {
            href: on_trends(chip.href),
            ..chip
        })
        .collect();
    let csv_query = qs.without_keys(&["sort", "per_page"]);
    let csv_query = csv_query.split_once('?').map_or("", |(_, q)| q);
    let charts = if found.total == 0 {
        Vec::new()
    } else {
        CHARTS
            .iter()
            .map(|facet| {
                let rows = rows(&ui, &qs, facet, entries(facet));
                chart(&ui, facet, rows, found.total, csv_query)
            })
            .collect()
    };
    let with_query = !query.text.is_empty();
    TrendsPage {
        title: if with_query {
            ui.v("trends-title-query", &query.q)
        } else {
            ui.t("trends-title")
        },
        q: query.q.clone(),
        hidden: qs
            .pairs()
            .iter()
            .filter(|(k, _)| k != "q")
            .cloned()
            .collect(),
        summary: if with_query {
            ui.tr.args(
                "library-summary-query",
                &[
                    ("count", (found.total as i64).into()),
                    ("n", ui.num(found.total as i64).into()),
                    ("query", query.q.clone().into()),
                ],
            )
        } else {
            ui.n("count-cases", found.total as i64)
        },
        error: None,
        chips,
        clear_all: on_trends(qs.only_keys(&["sort", "per_page"])),
        library: qs.href(),
        charts,
        ui,
    }
}

/// A facet's counts as table rows, each linking to the library filtered to its value:
/// years in order with the years between them that have no case, other facets most
/// frequent first, and the four innovation facets always, in the portfolio's order.
fn rows(ui: &Ui, qs: &QueryState, facet: &str, entries: &[FacetEntry]) -> Vec<Row> {
    let row = |value: String, label: String, count: u32, href: String| Row {
        count_text: ui.num(count),
        share: String::new(),
        value,
        label,
        count,
        href,
    };
    match facet {
        "year" => {
            let counts: HashMap<i32, u32> = entries
                .iter()
                .filter_map(|e| Some((e.value.parse::<i32>().ok()?, e.count)))
                .collect();
            let (Some(first), Some(last)) = (counts.keys().min(), counts.keys().max()) else {
                return Vec::new();
            };
            (*first..=*last)
                .map(|year| {
                    let count = counts.get(&year).copied().unwrap_or(0);
                    row(
                        year.to_string(),
                        year.to_string(),
                        count,
                        qs.with_years(Some(year), Some(year)),
                    )
                })
                .collect()
        }
        "innovation_facet" => charts::QUADRANTS
            .iter()
            .map(|(slug, _, _)| {
                let entry = entries.iter().find(|e| e.value == *slug);
                row(
                    slug.to_string(),
                    entry.map_or_else(
                        || crate::search::label(facet, slug, &HashMap::new(), ui.tr.lang),
                        |e| e.label.clone(),
                    ),
                    entry.map_or(0, |e| e.count),
                    qs.with_only(facet, slug),
                )
            })
            .collect(),
        _ => entries
            .iter()
            .map(|e| {
                row(
                    e.value.clone(),
                    e.label.clone(),
                    e.count,
                    qs.with_only(facet, &e.value),
                )
            })
            .collect(),
    }
}

fn chart(ui: &Ui, facet: &'static str, rows: Vec<Row>, total: u64, csv_query: &str) -> Chart {
    let lang = ui.tr.lang;
    let named =
        |label: &str, count: u32| format!("{} {}", ui.tr.colon(label), ui.n("count-cases", count));
    let name = |row: &Row| named(&row.label, row.count);
    let top = rows.iter().max_by_key(|r| r.count);
    let (desc, drawing) = match facet {
        "country" => {
            let counts: HashMap<String, u32> =
                rows.iter().map(|r| (r.value.clone(), r.count)).collect();
            let map = charts::world_map(
                &counts,
                &|code, count| named(&code.name(lang), count),
                &|code| {
                    rows.iter()
                        .find(|r| r.value == code.as_str())
                        .map_or_else(|| "/cases".into(), |r| r.href.clone())
                },
                &|from, to| {
                    if from == to {
                        ui.num(from)
                    } else {
                        format!("{}–{}", ui.num(from), ui.num(to))
                    }
                },
                ui.t("trends-map-none"),
            );
            let desc = ui.tr.args(
                "trends-desc-map",
                &[
                    ("countries", (rows.len() as i64).into()),
                    ("countries_n", ui.num(rows.len() as i64).into()),
                ],
            );
            (desc, Drawing::Map(map))
        }
        "year" => {
            let max = top.map_or(0, |r| r.count);
            let desc = ui.tr.args(
                "trends-desc-years",
                &[
                    (
                        "from",
                        rows.first()
                            .map_or(String::new(), |r| r.label.clone())
                            .into(),
                    ),
                    (
                        "to",
                        rows.last()
                            .map_or(String::new(), |r| r.label.clone())
                            .into(),
                    ),
                    (
                        "peak",
                        top.map_or(String::new(), |r| r.label.clone()).into(),
                    ),
                    ("n", ui.n("count-cases", max).into()),
                ],
            );
            (
                desc,
                Drawing::Columns(charts::columns(&rows, &name, ui.num(max))),
            )
        }
        "innovation_facet" => {
            let quadrants = charts::portfolio(&rows, total, &|row, percent| {
                format!(
                    "{} · {}",
                    row.count_text,
                    ui.v("trends-percent", &percent.to_string())
                )
            });
            (ui.t("trends-desc-portfolio"), Drawing::Portfolio(quadrants))
        }
        _ => {
            let drawn = &rows[..rows.len().min(MAX_BARS)];
            let (bars, height) = charts::bars(drawn, &name);
            let desc = match top {
                Some(top) => ui.tr.args(
                    "trends-desc-bars",
                    &[
                        ("top", top.label.clone().into()),
                        ("n", ui.n("count-cases", top.count).into()),
                        ("shown", ui.num(drawn.len() as i64).into()),
                        ("values", ui.num(rows.len() as i64).into()),
                    ],
                ),
                None => ui.t("trends-empty-chart"),
            };
            (desc, Drawing::Bars { bars, height })
        }
    };
    let shares = facet == "innovation_facet";
    let rows = if shares {
        rows.into_iter()
            .map(|row| Row {
                share: ui.v(
                    "trends-percent",
                    &charts::percent(row.count, total).to_string(),
                ),
                ..row
            })
            .collect()
    } else {
        rows
    };
    Chart {
        id: facet,
        title: ui.t(&format!("trends-chart-{facet}")),
        desc,
        value_header: ui.t(&format!("facet-{facet}")),
        rows,
        shares,
        csv: if csv_query.is_empty() {
            format!("/trends/{facet}.csv")
        } else {
            format!("/trends/{facet}.csv?{csv_query}")
        },
        drawing,
    }
}

/// `GET /trends/{chart}.csv`: a chart's numbers, `value,label,count`, labels in the reader's
/// language, for the same search as the page.
pub(crate) async fn csv(
    ui: Ui,
    State(state): State<AppState>,
    Path(file): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let facet = file
        .strip_suffix(".csv")
        .and_then(|name| CHARTS.iter().find(|c| **c == name))
        .ok_or_else(|| {
            WebError::NotFound(format!(
                "No chart is called \"{file}\": try {}.",
                CHARTS.map(|c| format!("{c}.csv")).join(", ")
            ))
        })?;
    let query = parse_case_query(raw.as_deref(), Unknown::Ignore)?;
    let found = crate::stats::counts(&state, &query, &[facet], ui.tr.lang).await?;
    let entries = found
        .facets
        .first()
        .map_or(&[][..], |f| f.values.as_slice());
    let rows = rows(&ui, &QueryState::of(&query), facet, entries);
    let mut writer = csv::Writer::from_writer(Vec::new());
    let written: Result<(), csv::Error> = (|| {
        writer.write_record(["value", "label", "count"])?;
        for row in &rows {
            writer.write_record([&row.value, &row.label, &row.count.to_string()])?;
        }
        Ok(())
    })();
    let body = written.map_err(std::io::Error::other).and_then(|()| {
        writer
            .into_inner()
            .map_err(|e| std::io::Error::other(e.to_string()))
    })?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"observa-trends-{facet}.csv\""),
            ),
        ],
        body,
    )
        .into_response())
}
