//! `GET /editor/duplicates`: pairs of likely duplicates across the public library, most
//! similar first, paged, each with both titles linked and their countries. The pairs are
//! `crate::insight::public_duplicates` (the code path of `observa duplicates`), cached
//! until the public library changes and bounded on big libraries, which the page says.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use serde::Deserialize;

use crate::AppState;
use crate::editor::Editor;
use crate::error::WebError;
use crate::insight::{DUPLICATE_THRESHOLD, MAX_DUPLICATES_CHECKED};
use crate::pages::Ui;

/// Pairs a page lists.
const PER_PAGE: usize = 50;

/// One side of a pair: (title, link, countries).
pub(crate) struct Side {
    title: String,
    href: String,
    countries: String,
}

pub(crate) struct PairRow {
    similarity: String,
    a: Side,
    b: Side,
}

#[derive(Template, WebTemplate)]
#[template(path = "editor_duplicates.html")]
pub(crate) struct DuplicatesPage {
    ui: Ui,
    summary: String,
    method: String,
    truncated: Option<String>,
    pairs: Vec<PairRow>,
    prev: Option<String>,
    next: Option<String>,
    page_label: String,
}

#[derive(Deserialize)]
pub(crate) struct DuplicatesQuery {
    page: Option<usize>,
}

pub(crate) async fn report(
    ui: Ui,
    _editor: Editor,
    State(state): State<AppState>,
    Query(q): Query<DuplicatesQuery>,
) -> Result<DuplicatesPage, WebError> {
    let found = crate::insight::public_duplicates(&state).await?;
    let pages = found.pairs.len().div_ceil(PER_PAGE).max(1);
    let page = q.page.unwrap_or(1).clamp(1, pages);
    let lang = ui.tr.lang;
    let side = |slug: &str| {
        let case = found.cases.get(slug);
        Side {
            title: case.map_or_else(|| slug.to_string(), |c| c.title.clone()),
            href: format!("/cases/{slug}"),
            countries: case.map_or_else(String::new, |c| {
                crate::pages::country_names(&c.countries, lang)
            }),
        }
    };
    let pairs = found
        .pairs
        .iter()
        .skip((page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .map(|p| PairRow {
            similarity: ui.decimal(p.similarity, 2),
            a: side(&p.a),
            b: side(&p.b),
        })
        .collect();
    Ok(DuplicatesPage {
        summary: ui.tr.args(
            "duplicates-summary",
            &[
                ("pairs", (found.pairs.len() as i64).into()),
                ("pairs_n", ui.num(found.pairs.len() as i64).into()),
                ("cases_n", ui.num(found.checked as i64).into()),
            ],
        ),
        method: ui.v("duplicates-method", &ui.decimal(DUPLICATE_THRESHOLD, 2)),
        truncated: found.truncated.then(|| {
            ui.v(
                "duplicates-truncated",
                &ui.num(MAX_DUPLICATES_CHECKED as i64),
            )
        }),
        pairs,
        prev: (page > 1).then(|| format!("/editor/duplicates?page={}", page - 1)),
        next: (page < pages).then(|| format!("/editor/duplicates?page={}", page + 1)),
        page_label: ui.tr.args(
            "duplicates-page",
            &[
                ("page", (page as i64).into()),
                ("pages", (pages as i64).into()),
            ],
        ),
        ui,
    })
}
