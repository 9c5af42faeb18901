//! The pages about the site itself: what Observa is, how to check that downloaded data is
//! what the operator published, and the error pages.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Html;
use observa_store::Store;
use std::sync::Arc;

use super::Ui;
use crate::error::WebError;

#[derive(Template, WebTemplate)]
#[template(path = "about.html")]
pub(crate) struct AboutPage {
    ui: Ui,
    /// "1,084 initiatives from 94 countries, …"
    cases_line: String,
}

pub(crate) async fn about(
    ui: Ui,
    State(store): State<Arc<dyn Store>>,
) -> Result<AboutPage, WebError> {
    let counts = store.counts().await?;
    Ok(AboutPage {
        cases_line: ui.tr.args(
            "about-cases",
            &[
                ("cases", counts.cases.into()),
                ("cases_n", ui.num(counts.cases).into()),
                ("countries", counts.countries.into()),
                ("countries_n", ui.num(counts.countries).into()),
            ],
        ),
        ui,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "data.html")]
pub(crate) struct DataPage {
    ui: Ui,
    /// Where the site's public key is published.
    key_url: String,
}

pub(crate) async fn data(ui: Ui) -> DataPage {
    DataPage {
        key_url: format!("{}/.well-known/observa-release-key.pub", ui.site.public_url),
        ui,
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    ui: Ui,
    status: u16,
    title: String,
    explanation: String,
    code: &'a str,
    detail: &'a str,
}

/// The HTML page for an error (see `html_errors`): a heading and explanation in the
/// reader's language by status, then the detail the handler gave.
pub(crate) fn error_page(ui: Ui, status: StatusCode, code: &str, detail: &str) -> Html<String> {
    let kind = match status.as_u16() {
        404 => "not-found",
        403 => "forbidden",
        429 => "too-many",
        400..=499 => "bad-request",
        _ => "server",
    };
    let page = ErrorPage {
        status: status.as_u16(),
        title: ui.t(&format!("error-{kind}-title")),
        explanation: ui.t(&format!("error-{kind}-text")),
        code,
        detail,
        ui,
    };
    Html(
        page.render()
            .unwrap_or_else(|_| format!("<h1>{}</h1>", status.as_u16())),
    )
}
