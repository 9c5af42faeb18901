//! The trends dashboard (`/trends`): the cases a library search matches, counted by year,
//! country (a world map), region, sector, stage, technology, innovation facet (OPSI's
//! portfolio) and level of government. Each chart is SVG drawn on the server beside a
//! table of its numbers, which `/trends/{chart}.csv` serves too. The numbers come from
//! `stats::counts`, the library's own search, so they equal its facet counts.

use std::collections::HashMap;
use std::sync::Arc;

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
use crate::insight::{self, Analysis, Kind};
use crate::params::{CaseQuery, Unknown, parse_case_query};
use crate::search::{FacetEntry, Found};
use observa_domain::publication::excerpt;

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

pub(super) enum Drawing {
    Map(WorldMap),
    Columns(Columns),
    Portfolio(Vec<Quadrant>),
    Bars { bars: Vec<Bar>, height: u32 },
}

pub(super) struct Chart {
    id: String,
    title: String,
    desc: String,
    /// The heading of the table's first column.
    value_header: String,
    rows: Vec<Row>,
    /// The portfolio's table has a column of shares.
    shares: bool,
    /// Where its numbers download as CSV, for the facet charts.
    csv: Option<String>,
    /// Drawn smaller, beside others (a theme's or an emerging item's years).
    small: bool,
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
    /// The printable report of the same search.
    report: String,
    charts: Vec<Chart>,
    insight: Option<InsightView>,
}

/// The search and the number of themes of a trends page or report: a bad value is a 400.
pub(crate) async fn analysed(
    ui: &Ui,
    state: &AppState,
    raw: Option<&str>,
) -> Result<(CaseQuery, Found, Option<Arc<Analysis>>), WebError> {
    let query = parse_case_query(raw, Unknown::Ignore)?;
    let themes = url::form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .filter(|(k, _)| k == "themes")
        .map(|(_, v)| insight::parse_themes(&v))
        .last()
        .transpose()?
        .flatten();
    let found = crate::stats::counts(state, &query, &CHARTS, ui.tr.lang).await?;
    let analysis = if found.total > 0 {
        Some(insight::analyse(state, &query, themes).await?)
    } else {
        None
    };
    Ok((query, found, analysis))
}

pub(crate) async fn trends(
    ui: Ui,
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    Ok(match analysed(&ui, &state, raw.as_deref()).await {
        Ok((query, found, analysis)) => {
            trends_page(ui, &query, found, analysis.as_deref()).into_response()
        }
        Err(error @ WebError::BadRequest { .. }) => {
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
                report: "/trends/report".into(),
                charts: Vec::new(),
                insight: None,
                ui,
            };
            (StatusCode::BAD_REQUEST, page).into_response()
        }
        Err(error) => return Err(error),
    })
}

fn trends_page(ui: Ui, query: &CaseQuery, found: Found, analysis: Option<&Analysis>) -> TrendsPage {
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
        report: {
            let report = qs.href().replacen("/cases", "/trends/report", 1);
            match analysis.and_then(|a| a.asked) {
                Some(n) if report.contains('?') => format!("{report}&themes={n}"),
                Some(n) => format!("{report}?themes={n}"),
                None => report,
            }
        },
        insight: analysis.map(|a| insight_view(&ui, &qs, a, &found.term_labels)),
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
                    ("from", first_label(&rows).into()),
                    ("to", last_label(&rows).into()),
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
        id: facet.to_string(),
        title: ui.t(&format!("trends-chart-{facet}")),
        desc,
        value_header: ui.t(&format!("facet-{facet}")),
        rows,
        shares,
        csv: Some(if csv_query.is_empty() {
            format!("/trends/{facet}.csv")
        } else {
            format!("/trends/{facet}.csv?{csv_query}")
        }),
        small: false,
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

/// The selection of a trends page as a canonical query string (its words and filters,
/// without `?`, order or paging), as a named trend keeps it.
pub(crate) fn selection_query(query: &CaseQuery) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(
            QueryState::of(query)
                .pairs()
                .iter()
                .filter(|(k, _)| k != "sort" && k != "per_page"),
        )
        .finish()
}

/// The editors' form that saves theme `n` (of `asked` themes, or automatic) of the
/// selection `qs` as a named trend.
fn save_link(qs: &QueryState, asked: Option<usize>, n: usize) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.extend_pairs(
        qs.pairs()
            .iter()
            .filter(|(k, _)| k != "sort" && k != "per_page"),
    );
    if let Some(k) = asked {
        query.append_pair("themes", &k.to_string());
    }
    query.append_pair("theme", &n.to_string());
    format!("/editor/trends/new?{}", query.finish())
}

/// A theme as the page shows it.
pub(super) struct ThemeView {
    pub anchor: String,
    pub heading: String,
    pub size: String,
    /// (title, link, pitch cut short) of its most representative cases.
    pub examples: Vec<(String, String, String)>,
    pub chart: Chart,
    /// The editors' form that saves it as a named trend.
    pub save: String,
}

/// An emerging item as the page shows it.
pub(super) struct EmergingView {
    pub kind: String,
    pub label: String,
    pub href: String,
    pub figures: String,
    pub chart: Chart,
}

/// Themes, emerging trends and how they were found, ready to lay out.
pub(super) struct InsightView {
    /// The search, carried by the form that changes the number of themes.
    pub hidden: Vec<(String, String)>,
    /// The number of themes asked for (`None`: automatic), for the form.
    pub asked: Option<usize>,
    pub choices: Vec<usize>,
    pub note: String,
    pub sampled: Option<String>,
    pub themes: Vec<ThemeView>,
    /// What the emerging list compares; `None` when too few years have cases.
    pub emerging_intro: Option<String>,
    pub emerging: Vec<EmergingView>,
    pub method_themes: String,
    pub method_test: String,
}

/// The label of a chart's first row (its first year), or nothing.
fn first_label(rows: &[Row]) -> String {
    rows.first().map_or(String::new(), |r| r.label.clone())
}

/// The label of a chart's last row (its last year), or nothing.
fn last_label(rows: &[Row]) -> String {
    rows.last().map_or(String::new(), |r| r.label.clone())
}

fn years_text((from, to): (i32, i32)) -> String {
    if from == to {
        from.to_string()
    } else {
        format!("{from}–{to}")
    }
}

fn share_text(ui: &Ui, share: f64) -> String {
    let percent = share * 100.0;
    let text = if percent >= 10.0 || percent == 0.0 {
        ui.decimal(percent.round(), 0)
    } else {
        ui.decimal(percent, 1)
    };
    ui.v("trends-percent", &text)
}

/// A p- or q-value with its relation: `= 0.03`, `= 0.0004`, `< 0.0001`.
fn p_text(ui: &Ui, p: f64) -> String {
    if p < 0.0001 {
        format!("< {}", ui.decimal(0.0001, 4))
    } else if p < 0.01 {
        format!("= {}", ui.decimal(p, 4))
    } else {
        format!("= {}", ui.decimal(p, 2))
    }
}

/// A small column chart of counts by year.
fn year_chart(
    ui: &Ui,
    id: String,
    title: String,
    desc: String,
    rows: Vec<Row>,
    shares: bool,
) -> Chart {
    let max = rows.iter().map(|r| r.count).max().unwrap_or(0);
    let name = |row: &Row| {
        format!(
            "{} {}",
            ui.tr.colon(&row.label),
            ui.n("count-cases", row.count)
        )
    };
    let mut columns = charts::columns(&rows, &name, ui.num(max));
    // A small chart labels two years only, the first and last of its ticks.
    if columns.ticks.len() > 2 {
        let last = columns.ticks.pop();
        columns.ticks.truncate(1);
        columns.ticks.extend(last);
    }
    Chart {
        id,
        title,
        desc,
        value_header: ui.t("trends-year"),
        rows,
        shares,
        csv: None,
        small: true,
        drawing: Drawing::Columns(columns),
    }
}

pub(super) fn insight_view(
    ui: &Ui,
    qs: &QueryState,
    analysis: &Analysis,
    terms: &HashMap<String, String>,
) -> InsightView {
    let row = |year: i32, count: u32, href: String| Row {
        value: year.to_string(),
        label: year.to_string(),
        count,
        count_text: ui.num(count),
        href,
        share: String::new(),
    };
    let themes = analysis
        .themes
        .iter()
        .enumerate()
        .map(|(i, theme)| {
            let n = i + 1;
            let label = theme.label.join(", ");
            let rows: Vec<Row> = analysis
                .years
                .map(|(from, to)| {
                    (from..=to)
                        .map(|y| {
                            row(
                                y,
                                theme.per_year.get(&y).copied().unwrap_or(0),
                                qs.with_years(Some(y), Some(y)),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let peak = rows
                .iter()
                .max_by_key(|r| (r.count, std::cmp::Reverse(r.value.clone())));
            let desc = ui.tr.args(
                "trends-theme-desc",
                &[
                    ("n", (n as i64).into()),
                    ("label", label.clone().into()),
                    ("from", first_label(&rows).into()),
                    ("to", last_label(&rows).into()),
                    (
                        "most",
                        ui.n("count-cases", peak.map_or(0, |r| r.count)).into(),
                    ),
                    (
                        "peak",
                        peak.map_or(String::new(), |r| r.label.clone()).into(),
                    ),
                ],
            );
            let title = ui
                .tr
                .args("trends-theme-chart", &[("n", (n as i64).into())]);
            ThemeView {
                anchor: format!("theme-{n}"),
                heading: ui.tr.args(
                    "trends-theme-heading",
                    &[("n", (n as i64).into()), ("label", label.into())],
                ),
                size: ui.tr.args(
                    "trends-theme-size",
                    &[
                        ("count", (theme.size as i64).into()),
                        ("n", ui.num(theme.size as i64).into()),
                        (
                            "percent",
                            ui.v(
                                "trends-percent",
                                &charts::percent(theme.size as u32, analysis.analysed as u64)
                                    .to_string(),
                            )
                            .into(),
                        ),
                    ],
                ),
                examples: theme
                    .representatives
                    .iter()
                    .map(|r| {
                        (
                            r.title.clone(),
                            format!("/cases/{}", r.slug),
                            excerpt(&r.pitch, 220),
                        )
                    })
                    .collect(),
                chart: year_chart(ui, format!("theme-{n}-years"), title, desc, rows, false),
                save: save_link(qs, analysis.asked, n),
            }
        })
        .collect();
    let recent = analysis.recent.map(years_text);
    let emerging = analysis
        .emerging
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let t = &item.trend;
            let label = crate::insight_api::item_label(analysis, item.kind, &t.name, terms);
            let filter = |y: Option<i32>| -> String {
                let mut set: Vec<(&str, String)> = match item.kind {
                    Kind::Technology => vec![("technology", t.name.clone())],
                    Kind::Tag => vec![("tag", t.name.clone())],
                    Kind::Term => vec![("q", t.name.clone())],
                    Kind::Theme => vec![],
                };
                if let Some(y) = y {
                    set.push(("year_from", y.to_string()));
                    set.push(("year_to", y.to_string()));
                }
                qs.with_set(&set)
            };
            let rows: Vec<Row> = t
                .series
                .iter()
                .map(|&(year, count, total)| Row {
                    share: share_text(
                        ui,
                        if total == 0 {
                            0.0
                        } else {
                            f64::from(count) / f64::from(total)
                        },
                    ),
                    ..row(year, count, filter(Some(year)))
                })
                .collect();
            let args = |id: &str| {
                ui.tr.args(
                    id,
                    &[
                        ("recent_share", share_text(ui, t.recent_share).into()),
                        ("baseline_share", share_text(ui, t.baseline_share).into()),
                        ("recent", recent.clone().unwrap_or_default().into()),
                        ("ratio", ui.decimal(t.rate_ratio, 1).into()),
                        ("p", p_text(ui, t.p_value).into()),
                        ("q", p_text(ui, t.q_value).into()),
                    ],
                )
            };
            let figures = if t.rate_ratio.is_finite() {
                args("trends-emerging-figures")
            } else {
                args("trends-emerging-new")
            };
            let desc = ui.tr.args(
                "trends-emerging-desc",
                &[
                    ("label", label.clone().into()),
                    ("from", first_label(&rows).into()),
                    ("to", last_label(&rows).into()),
                ],
            );
            let title = ui
                .tr
                .args("trends-emerging-chart", &[("label", label.clone().into())]);
            EmergingView {
                kind: ui.t(&format!("trends-kind-{}", item.kind.name())),
                href: if item.kind == Kind::Theme {
                    format!("#theme-{}", t.name)
                } else {
                    filter(None)
                },
                label,
                figures,
                chart: year_chart(ui, format!("emerging-{}", i + 1), title, desc, rows, true),
            }
        })
        .collect();
    let k = analysis.themes.len() as i64;
    let best = analysis
        .silhouette
        .iter()
        .map(|s| s.1)
        .fold(f64::NEG_INFINITY, f64::max);
    InsightView {
        hidden: qs.pairs().to_vec(),
        asked: analysis.asked,
        choices: (2..=insight::MAX_THEMES).collect(),
        note: if analysis.asked.is_some() || !best.is_finite() {
            ui.tr.args("trends-themes-given", &[("k", k.into())])
        } else {
            ui.tr.args(
                "trends-themes-auto",
                &[("k", k.into()), ("score", ui.decimal(best, 2).into())],
            )
        },
        sampled: analysis.sampled().then(|| {
            ui.tr.args(
                "trends-themes-sampled",
                &[
                    ("matched", ui.num(analysis.matched as i64).into()),
                    ("analysed", ui.num(analysis.analysed as i64).into()),
                ],
            )
        }),
        themes,
        emerging_intro: recent
            .as_ref()
            .zip(analysis.baseline)
            .map(|(recent, baseline)| {
                ui.tr.args(
                    "trends-emerging-intro",
                    &[
                        ("recent", recent.clone().into()),
                        ("baseline", years_text(baseline).into()),
                    ],
                )
            }),
        emerging,
        method_themes: ui.tr.args(
            "trends-method-themes",
            &[("seed", (insight::SEED as i64).into())],
        ),
        method_test: ui.tr.args(
            "trends-method-test",
            &[
                ("years", i64::from(insight::RECENT_YEARS).into()),
                ("min", i64::from(insight::MIN_RECENT).into()),
                ("q", ui.decimal(insight::MAX_Q, 2).into()),
            ],
        ),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "report.html")]
pub(crate) struct ReportPage {
    ui: Ui,
    title: String,
    /// The search and filters the report covers, as the chips name them.
    selection: Vec<String>,
    generated: String,
    /// (number, what it counts).
    figures: Vec<(String, String)>,
    charts: Vec<Chart>,
    insight: Option<InsightView>,
    back: String,
    /// The stylesheet, inlined when the report is saved as a file.
    inline_css: Option<String>,
}

impl ReportPage {
    /// The report of what a trends page shows.
    /// `call`: the title of the one call the selection is filtered to, if so.
    fn of(page: TrendsPage, query: &CaseQuery, total: u64, call: Option<String>) -> ReportPage {
        let ui = page.ui;
        let rows = |id: &str| {
            page.charts
                .iter()
                .find(|c| c.id == id)
                .map_or(&[][..], |c| c.rows.as_slice())
        };
        let mut figures = vec![
            (ui.num(total as i64), ui.t("report-initiatives")),
            (
                ui.num(rows("country").len() as i64),
                ui.t("report-countries"),
            ),
            (ui.num(rows("region").len() as i64), ui.t("report-regions")),
        ];
        if let (Some(first), Some(last)) = (rows("year").first(), rows("year").last()) {
            figures.push((
                years_text((
                    first.value.parse().unwrap_or_default(),
                    last.value.parse().unwrap_or_default(),
                )),
                ui.t("report-years"),
            ));
        }
        let back = if page.library.contains('?') {
            page.library.replacen("/cases", "/trends", 1)
        } else {
            "/trends".into()
        };
        ReportPage {
            title: match call {
                Some(call) => ui.v("report-title-call", &call),
                None if query.text.is_empty() => ui.t("report-title"),
                None => ui.v("report-title-query", &query.q),
            },
            selection: page.chips.into_iter().map(|c| c.label).collect(),
            generated: ui.v(
                "report-generated",
                &ui.tr.date(chrono::Utc::now().date_naive()),
            ),
            figures,
            charts: page.charts,
            insight: page.insight,
            back,
            inline_css: None,
            ui,
        }
    }
}

/// `GET /trends/report`: the trends page's numbers, themes and emerging trends as a
/// printable report.
pub(crate) async fn report(
    ui: Ui,
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<ReportPage, WebError> {
    report_page(ui, &state, raw.as_deref()).await
}

async fn report_page(ui: Ui, state: &AppState, raw: Option<&str>) -> Result<ReportPage, WebError> {
    let (query, found, analysis) = analysed(&ui, state, raw).await?;
    let total = found.total;
    let call = match query.filter.calls.as_slice() {
        [slug] => found
            .term_labels
            .get(&crate::search::call_key(slug))
            .cloned(),
        _ => None,
    };
    let page = trends_page(ui, &query, found, analysis.as_deref());
    Ok(ReportPage::of(page, &query, total, call))
}

/// The report for the trends parameters `raw` (as in `/trends/report?…`), in `lang`, as one
/// HTML file that loads nothing: for `observa report`.
pub async fn report_html(
    state: &AppState,
    raw: Option<&str>,
    lang: observa_domain::Lang,
) -> Result<String, WebError> {
    let ui = Ui::new(
        crate::i18n::Tr::new(lang),
        state.site.clone(),
        "/trends/report".into(),
    );
    let mut page = report_page(ui, state, raw).await?;
    page.inline_css = Some(format!(
        "{}\n.skip-link, .site-header, .site-footer, .identity, .no-print {{ display: none; }}",
        super::assets::text("site.css")
    ));
    Ok(page.render()?)
}
