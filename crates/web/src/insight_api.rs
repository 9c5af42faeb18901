//! The analytics in the JSON API: `GET /api/v1/themes` and `GET /api/v1/emerging` for the
//! cases a search matches (the filters of `/api/v1/cases`). The numbers come from
//! `insight::analyse`, the very analysis the trends page and its report show.

use axum::Json;
use axum::extract::{RawQuery, State};
use observa_domain::Lang;
use serde::Serialize;

use crate::AppState;
use crate::error::WebError;
use crate::insight::{self, Analysis, Kind};
use crate::params::{CaseQuery, Unknown, parse_case_query};

/// Parameters of a case search that an analysis does not take.
const NOT_FOR_ANALYSIS: [&str; 5] = ["sort", "page", "per_page", "facets", "facet_limit"];

/// Reads the filters and `themes` of an analysis; anything else is refused.
pub(crate) fn parse_analysis_query(
    raw: Option<&str>,
) -> Result<(CaseQuery, Option<usize>), WebError> {
    let mut themes = None;
    let mut rest = url::form_urlencoded::Serializer::new(String::new());
    for (key, value) in url::form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        match key.as_ref() {
            "themes" => themes = insight::parse_themes(&value)?,
            other if NOT_FOR_ANALYSIS.contains(&other) => {
                return Err(WebError::bad_request(
                    "unknown_parameter",
                    format!(
                        "\"{other}\" does not apply to an analysis; use themes and the filters of /api/v1/cases"
                    ),
                ));
            }
            _ => {
                rest.append_pair(&key, &value);
            }
        }
    }
    let query = parse_case_query(Some(&rest.finish()), Unknown::Reject).map_err(|e| match e {
        WebError::BadRequest {
            code: "unknown_parameter",
            detail,
        } => WebError::bad_request("unknown_parameter", format!("{detail}; and themes")),
        e => e,
    })?;
    Ok((query, themes))
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct YearCount {
    year: i32,
    count: u32,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Representative {
    slug: String,
    title: String,
    url: String,
    /// Cosine similarity of the case's text to the theme's centre (0 to 1).
    similarity: f32,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct ThemeOut {
    /// 1 for the largest theme, 2 for the next…
    number: usize,
    /// The theme's heaviest terms, heaviest first.
    label: Vec<String>,
    /// Cases in the theme (among those analysed).
    size: usize,
    /// Cases per year, years in order (cases without a year are not counted).
    per_year: Vec<YearCount>,
    /// The cases closest to the theme's centre.
    representatives: Vec<Representative>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Silhouette {
    themes: usize,
    /// The mean silhouette (cosine distance) of that many themes, -1 to 1.
    score: f64,
}

/// The themes of the cases a search matches.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct ThemesOut {
    /// Cases the search matched.
    matched: u64,
    /// Cases analysed: all of them, or a deterministic sample of 5 000.
    analysed: usize,
    sampled: bool,
    /// The seed of the clustering: the same cases give the same themes.
    seed: u64,
    /// `given` (the `themes` parameter) or `silhouette` (the best mean silhouette of 4 to 12).
    chosen_by: &'static str,
    silhouette: Vec<Silhouette>,
    themes: Vec<ThemeOut>,
}

/// Themes discovered in the texts of the cases a search matches: spherical k-means over
/// TF-IDF vectors with a fixed seed.
#[utoipa::path(
    get,
    path = "/api/v1/themes",
    tag = "insight",
    params(
        ("themes" = Option<String>, Query, pattern = "^(auto|[0-9]{1,2})?$",
            description = "How many themes, 1 to 20, or `auto` (the default: the number of 4 to 12 with the best mean silhouette)"),
        crate::openapi::FilterParams,
    ),
    responses(
        (status = 200, description = "The themes, largest first, each with its label, size, cases per year and most representative cases", body = ThemesOut),
        (status = 400, description = "A parameter is not valid", body = crate::error::ErrorBody),
        (status = 429, description = "Too many requests", body = crate::error::ErrorBody),
    )
)]
pub(crate) async fn themes(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<ThemesOut>, WebError> {
    let (query, themes) = parse_analysis_query(raw.as_deref())?;
    crate::search::check_filter(&*state.store, &query.filter).await?;
    let analysis = insight::analyse(&state, &query, themes).await?;
    Ok(Json(ThemesOut {
        matched: analysis.matched,
        analysed: analysis.analysed,
        sampled: analysis.sampled(),
        seed: insight::SEED,
        chosen_by: if analysis.asked.is_some() {
            "given"
        } else {
            "silhouette"
        },
        silhouette: analysis
            .silhouette
            .iter()
            .map(|&(themes, score)| Silhouette { themes, score })
            .collect(),
        themes: analysis
            .themes
            .iter()
            .enumerate()
            .map(|(i, t)| ThemeOut {
                number: i + 1,
                label: t.label.clone(),
                size: t.size,
                per_year: t
                    .per_year
                    .iter()
                    .map(|(&year, &count)| YearCount { year, count })
                    .collect(),
                representatives: t
                    .representatives
                    .iter()
                    .map(|r| Representative {
                        url: crate::api::case_url(&state.site, &r.slug),
                        slug: r.slug.clone(),
                        title: r.title.clone(),
                        similarity: r.similarity,
                    })
                    .collect(),
            })
            .collect(),
    }))
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct YearRange {
    from: i32,
    to: i32,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct YearShare {
    year: i32,
    /// Cases with the item that year.
    count: u32,
    /// All cases analysed that year.
    total: u32,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct EmergingOut {
    /// `theme`, `technology`, `tag` or `term`.
    kind: &'static str,
    /// The theme's number (as in `/api/v1/themes`), the technology's or tag's slug, or the term.
    name: String,
    /// How the item reads: a theme's terms, a technology's or tag's English label, the term.
    label: String,
    /// Share of the recent window's cases that have the item (0 to 1).
    recent_share: f64,
    /// Share of the baseline's cases that have it.
    baseline_share: f64,
    /// `recent_share / baseline_share`; null when the item is new in the recent window.
    rate_ratio: Option<f64>,
    /// One-sided exact p-value of the conditional binomial test.
    p_value: f64,
    /// Benjamini–Hochberg q-value among the items of its kind.
    q_value: f64,
    series: Vec<YearShare>,
}

/// The emerging items of the cases a search matches.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct EmergingList {
    matched: u64,
    analysed: usize,
    sampled: bool,
    /// The test, in words.
    test: String,
    recent: Option<YearRange>,
    baseline: Option<YearRange>,
    /// Emerging items, at most ten of each kind, each kind by increasing p-value.
    items: Vec<EmergingOut>,
}

/// The test, in one paragraph (English), for the API and the report's method section.
pub(crate) fn test_description() -> String {
    format!(
        "For each theme, technology, tag and term: with x1 of n1 cases in the recent window (the last {} years with cases) and x0 of n0 cases in the years before having the item, x1 given x0 + x1 is binomial with probability n1 / (n0 + n1) if the item's share did not change (the conditional test of two Poisson rates). The p-value is the exact one-sided P(X >= x1); q-values correct for testing many items at once (Benjamini-Hochberg, within each kind). An item is emerging when its share grew, it has at least {} recent cases and q <= {}.",
        insight::RECENT_YEARS,
        insight::MIN_RECENT,
        insight::MAX_Q
    )
}

/// Themes, technologies, tags and terms whose share of cases grew in recent years beyond
/// chance.
#[utoipa::path(
    get,
    path = "/api/v1/emerging",
    tag = "insight",
    params(
        ("themes" = Option<String>, Query, pattern = "^(auto|[0-9]{1,2})?$",
            description = "How many themes to test, 1 to 20, or `auto` (default)"),
        crate::openapi::FilterParams,
    ),
    responses(
        (status = 200, description = "The emerging items, with their shares, rate ratio, p- and q-values and counts per year", body = EmergingList),
        (status = 400, description = "A parameter is not valid", body = crate::error::ErrorBody),
        (status = 429, description = "Too many requests", body = crate::error::ErrorBody),
    )
)]
pub(crate) async fn emerging(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<EmergingList>, WebError> {
    let (query, themes) = parse_analysis_query(raw.as_deref())?;
    crate::search::check_filter(&*state.store, &query.filter).await?;
    let analysis = insight::analyse(&state, &query, themes).await?;
    let terms = crate::search::term_labels(&*state.store, Lang::En).await?;
    let range = |r: Option<(i32, i32)>| r.map(|(from, to)| YearRange { from, to });
    Ok(Json(EmergingList {
        matched: analysis.matched,
        analysed: analysis.analysed,
        sampled: analysis.sampled(),
        test: test_description(),
        recent: range(analysis.recent),
        baseline: range(analysis.baseline),
        items: analysis
            .emerging
            .iter()
            .map(|item| {
                let t = &item.trend;
                EmergingOut {
                    kind: item.kind.name(),
                    name: t.name.clone(),
                    label: item_label(&analysis, item.kind, &t.name, &terms),
                    recent_share: t.recent_share,
                    baseline_share: t.baseline_share,
                    rate_ratio: t.rate_ratio.is_finite().then_some(t.rate_ratio),
                    p_value: t.p_value,
                    q_value: t.q_value,
                    series: t
                        .series
                        .iter()
                        .map(|&(year, count, total)| YearShare { year, count, total })
                        .collect(),
                }
            })
            .collect(),
    }))
}

/// How an emerging item reads: a theme's terms, a vocabulary term's label, or the term.
pub(crate) fn item_label(
    analysis: &Analysis,
    kind: Kind,
    name: &str,
    terms: &std::collections::HashMap<String, String>,
) -> String {
    match kind {
        Kind::Theme => name
            .parse::<usize>()
            .ok()
            .and_then(|n| analysis.themes.get(n.wrapping_sub(1)))
            .map_or_else(|| name.to_string(), |t| t.label.join(", ")),
        Kind::Technology | Kind::Tag => terms
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.replace('_', " ")),
        Kind::Term => name.to_string(),
    }
}

/// The most bytes a draft's JSON body may take.
pub(crate) const MAX_DRAFT_BYTES: usize = 64 * 1024;

/// A draft's texts, to suggest labels for.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Draft {
    /// At most 250 characters.
    #[serde(default)]
    #[schema(max_length = 250)]
    title: String,
    /// The one-line pitch, at most 500 characters.
    #[serde(default)]
    #[schema(max_length = 500)]
    pitch: String,
    /// At most 5 000 characters.
    #[serde(default)]
    #[schema(max_length = 5000)]
    overview: String,
    /// The texts' language, ISO 639-1 (default `en`), for stemming and stop words.
    #[serde(default)]
    #[schema(pattern = "^[a-z]{2}$")]
    language: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct LabelSuggestion {
    /// The vocabulary value (slug).
    value: String,
    /// Its English label.
    label: String,
    /// The share of the most similar published cases' votes (0 to 1).
    confidence: f64,
    /// Whether the confidence passes the threshold to pre-select it (0.35).
    selected: bool,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct TagSuggestions {
    /// Published cases the model learnt from.
    trained_on: usize,
    /// Most confident first, at most eight each.
    sector: Vec<LabelSuggestion>,
    technology: Vec<LabelSuggestion>,
    tag: Vec<LabelSuggestion>,
    innovation_facet: Vec<LabelSuggestion>,
}

/// Reads and checks a draft: 400 for a body that is not JSON, 413 for one too large, 422
/// for JSON of the wrong shape, texts too long or no text at all.
fn read_draft(
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Draft, WebError> {
    let body = body.map_err(|rejection| {
        if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            WebError::PayloadTooLarge(format!(
                "The draft is larger than {} KiB.",
                MAX_DRAFT_BYTES / 1024
            ))
        } else {
            WebError::bad_request("unreadable_body", rejection.body_text())
        }
    })?;
    let draft: Draft = serde_json::from_slice(&body).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => WebError::Unprocessable {
            code: "invalid_draft",
            detail: format!(
                "{e}; send {{\"title\", \"pitch\", \"overview\", \"language\"}}, each a string"
            ),
        },
        _ => WebError::bad_request("invalid_json", format!("The body is not JSON: {e}")),
    })?;
    use observa_domain::case::{MAX_OVERVIEW, MAX_PITCH, MAX_TITLE};
    for (field, text, max) in [
        ("title", &draft.title, MAX_TITLE),
        ("pitch", &draft.pitch, MAX_PITCH),
        ("overview", &draft.overview, MAX_OVERVIEW),
    ] {
        let chars = text.chars().count();
        if chars > max {
            return Err(WebError::Unprocessable {
                code: "too_long",
                detail: format!("{field} has {chars} characters; at most {max} are allowed"),
            });
        }
    }
    if let Some(language) = &draft.language
        && !(language.len() == 2 && language.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return Err(WebError::Unprocessable {
            code: "invalid_language",
            detail: format!(
                "language must be an ISO 639-1 code such as \"en\", not \"{language}\""
            ),
        });
    }
    if [&draft.title, &draft.pitch, &draft.overview]
        .iter()
        .all(|t| t.trim().is_empty())
    {
        return Err(WebError::Unprocessable {
            code: "empty_draft",
            detail: "Give at least one of title, pitch and overview.".into(),
        });
    }
    Ok(draft)
}

/// Sector, technologies, tags and innovation facets suggested for a draft from its texts,
/// each with a confidence: a vote of the most similar published cases (k nearest
/// neighbours over TF-IDF). Nothing is stored.
#[utoipa::path(
    post,
    path = "/api/v1/suggest-tags",
    tag = "insight",
    request_body(content = Draft, content_type = "application/json"),
    responses(
        (status = 200, description = "Suggestions for each field, most confident first", body = TagSuggestions),
        (status = 400, description = "The body is not JSON", body = crate::error::ErrorBody),
        (status = 413, description = "The body is larger than 64 KiB", body = crate::error::ErrorBody),
        (status = 422, description = "The JSON is not a draft, a text is too long, or no text is given", body = crate::error::ErrorBody),
        (status = 429, description = "Too many requests", body = crate::error::ErrorBody),
    )
)]
pub(crate) async fn suggest_tags(
    State(state): State<AppState>,
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Json<TagSuggestions>, WebError> {
    let draft = read_draft(body)?;
    let model = insight::suggester(&state).await?;
    let text = insight::draft_text(&[&draft.title, &draft.pitch, &draft.overview]);
    let language = draft.language.as_deref().unwrap_or("en");
    let mut suggested = model.suggester.suggest(&text, language);
    let terms = crate::search::term_labels(&*state.store, Lang::En).await?;
    let mut field = |name: &str, facet: &str| -> Vec<LabelSuggestion> {
        suggested
            .remove(name)
            .unwrap_or_default()
            .into_iter()
            .map(|s| LabelSuggestion {
                label: crate::search::label(facet, &s.label, &terms, Lang::En),
                value: s.label,
                confidence: s.confidence,
                selected: s.selected,
            })
            .collect()
    };
    use observa_insight::suggest::{FACETS, SECTOR, TAGS, TECHNOLOGIES};
    Ok(Json(TagSuggestions {
        trained_on: model.cases,
        sector: field(SECTOR, "sector"),
        technology: field(TECHNOLOGIES, "technology"),
        tag: field(TAGS, "tag"),
        innovation_facet: field(FACETS, "innovation_facet"),
    }))
}
