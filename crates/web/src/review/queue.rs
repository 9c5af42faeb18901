//! The editors' queue: cases waiting for a decision (or, on request, in any state after
//! submission), filtered by status, call and age, the longest waiting first, with how
//! many cases each state holds.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use observa_domain::{CaseStatus, Vocabulary as _};
use observa_store::{Page, ReviewFilter};
use serde::Deserialize;

use crate::AppState;
use crate::editor::Editor;
use crate::error::WebError;
use crate::pages::Ui;

const PAGE_SIZE: u32 = 25;
/// The age filter's choices, in days.
const AGES: [u32; 3] = [7, 30, 90];

#[derive(Deserialize, Default)]
pub(crate) struct QueueQuery {
    /// `waiting` (the default), `withdrawal_requested`, `all`, or a status slug.
    #[serde(default)]
    status: String,
    #[serde(default)]
    call: String,
    #[serde(default)]
    age: String,
    page: Option<u32>,
}

/// A choice in a filter menu: (value, label, selected).
type Choice = (String, String, bool);

pub(crate) struct Row {
    id: i64,
    title: String,
    status: String,
    call: String,
    author: String,
    waiting: String,
    withdrawal: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "review_queue.html")]
pub(crate) struct QueuePage {
    ui: Ui,
    statuses: Vec<Choice>,
    calls: Vec<Choice>,
    ages: Vec<Choice>,
    /// (label, count, link) per state.
    counts: Vec<(String, String, String)>,
    open_withdrawals: i64,
    rows: Vec<Row>,
    total: i64,
    page: u32,
    previous: Option<String>,
    next: Option<String>,
}

const WAITING: [CaseStatus; 3] = [
    CaseStatus::Submitted,
    CaseStatus::InReview,
    CaseStatus::ChangesRequested,
];

pub(crate) async fn queue(
    ui: Ui,
    _reviewer: Editor,
    State(state): State<AppState>,
    Query(q): Query<QueueQuery>,
) -> Result<QueuePage, WebError> {
    let status = if q.status.is_empty() {
        "waiting"
    } else {
        q.status.as_str()
    };
    let mut filter = match status {
        "waiting" => ReviewFilter {
            statuses: WAITING.to_vec(),
            withdrawal_requested: true,
            ..Default::default()
        },
        "withdrawal_requested" => ReviewFilter {
            withdrawal_requested: true,
            ..Default::default()
        },
        "all" => ReviewFilter {
            statuses: CaseStatus::ALL.to_vec(),
            ..Default::default()
        },
        slug => ReviewFilter {
            statuses: vec![
                CaseStatus::parse(slug)
                    .map_err(|e| WebError::bad_request("invalid_value", e.to_string()))?,
            ],
            ..Default::default()
        },
    };
    filter.call = Some(q.call.clone()).filter(|c| !c.is_empty());
    filter.waiting_days = match q.age.as_str() {
        "" => None,
        a => Some(
            a.parse::<u32>()
                .ok()
                .filter(|d| AGES.contains(d))
                .ok_or_else(|| WebError::bad_request("invalid_value", "Unknown age filter."))?,
        ),
    };
    let number = q.page.unwrap_or(1).max(1);
    let queue = state
        .store
        .review_queue(
            &filter,
            Page {
                number,
                size: PAGE_SIZE,
            },
        )
        .await?;
    let lang = ui.tr.lang;
    let mut statuses: Vec<Choice> = vec![
        (
            "waiting".into(),
            ui.t("review-filter-waiting"),
            status == "waiting",
        ),
        (
            "withdrawal_requested".into(),
            ui.t("review-filter-withdrawal"),
            status == "withdrawal_requested",
        ),
        ("all".into(), ui.t("review-filter-all"), status == "all"),
    ];
    statuses.extend(
        CaseStatus::ALL
            .iter()
            .filter(|s| **s != CaseStatus::Draft)
            .map(|s| {
                (
                    s.slug().to_string(),
                    s.label(lang).to_string(),
                    status == s.slug(),
                )
            }),
    );
    let mut calls: Vec<Choice> = vec![(
        String::new(),
        ui.t("review-filter-any-call"),
        q.call.is_empty(),
    )];
    calls.extend(state.store.calls().await?.into_iter().map(|c| {
        let selected = c.slug == q.call;
        let title = c.title.clone();
        (c.slug, title, selected)
    }));
    let mut ages: Vec<Choice> = vec![(
        String::new(),
        ui.t("review-filter-any-age"),
        q.age.is_empty(),
    )];
    ages.extend(AGES.iter().map(|d| {
        (
            d.to_string(),
            ui.n("review-filter-older", i64::from(*d)),
            q.age == d.to_string(),
        )
    }));
    let link = |status: &str, page: u32| {
        let mut params = url::form_urlencoded::Serializer::new(String::new());
        params.append_pair("status", status);
        if !q.call.is_empty() {
            params.append_pair("call", &q.call);
        }
        if !q.age.is_empty() {
            params.append_pair("age", &q.age);
        }
        if page > 1 {
            params.append_pair("page", &page.to_string());
        }
        format!("/review?{}", params.finish())
    };
    let counts = queue
        .counts
        .iter()
        .map(|(s, n)| (s.label(lang).to_string(), ui.num(*n), link(s.slug(), 1)))
        .collect();
    let now = chrono::Utc::now();
    let rows = queue
        .items
        .into_iter()
        .map(|item| Row {
            id: item.id,
            status: item.case.status.label(lang).to_string(),
            call: item.case.provenance.call.clone().unwrap_or_default(),
            author: item.author.unwrap_or_default(),
            waiting: ui.n("review-waiting-days", (now - item.waiting_since).num_days()),
            withdrawal: item.withdrawal_requested,
            title: item.case.title,
        })
        .collect();
    let pages = (queue.total + i64::from(PAGE_SIZE) - 1) / i64::from(PAGE_SIZE);
    Ok(QueuePage {
        statuses,
        calls,
        ages,
        counts,
        open_withdrawals: queue.open_withdrawals,
        rows,
        total: queue.total,
        page: number,
        previous: (number > 1).then(|| link(status, number - 1)),
        next: (i64::from(number) < pages).then(|| link(status, number + 1)),
        ui,
    })
}
