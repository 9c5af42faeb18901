//! The editors' tools for the catalogue: the open vocabularies (technologies and tags with
//! their four labels and parents), publications and toolkits, each through plain HTML forms
//! that work without JavaScript.
//!
//! Every route answers only to an [`Editor`] (an editor or an administrator), checked on
//! the server; every form posts the session's CSRF token (the `accounts::with_sessions`
//! layer refuses anything else before a handler runs). A form with a problem comes back
//! with each message beside its field (and a summary at the top), with what was typed, and
//! nothing stored: every save is one store call, itself one transaction.
//!
//! Slugs are identities: a term's slug is what cases store, a publication's or toolkit's
//! slug is its public address. They are chosen when the record is made and never change
//! afterwards; editing changes everything else.

use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use observa_domain::ValidationErrors;

use crate::AppState;
use crate::accounts::SignedIn;
use crate::error::WebError;
use crate::pages::Ui;

mod publications;
mod terms;
mod toolkits;

/// The editors' pages.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/editor", get(index))
        .route("/editor/terms", get(terms::list).post(terms::add))
        .route(
            "/editor/terms/{kind}/{slug}",
            get(terms::edit_form).post(terms::save),
        )
        .route("/editor/publications", get(publications::list))
        .route(
            "/editor/publications/new",
            get(publications::new_form).post(publications::create),
        )
        .route(
            "/editor/publications/{slug}",
            get(publications::edit_form).post(publications::save),
        )
        .route("/editor/toolkits", get(toolkits::list))
        .route(
            "/editor/toolkits/new",
            get(toolkits::new_form).post(toolkits::create),
        )
        .route(
            "/editor/toolkits/{slug}",
            get(toolkits::edit_form).post(toolkits::save),
        )
}

/// A signed-in editor or administrator. A visitor asking for a page is sent to sign in;
/// any other account, or a visitor's `POST`, gets 403.
pub(crate) struct Editor(pub SignedIn);

impl FromRequestParts<AppState> for Editor {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        if signed_in.user.role.can_review() {
            Ok(Editor(signed_in))
        } else {
            Err(WebError::Forbidden {
                code: "editor_only",
                detail: "Only editors may do this.".into(),
            }
            .into_response())
        }
    }
}

impl Editor {
    pub fn csrf(&self) -> String {
        self.0.visitor.csrf.clone()
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "editor_index.html")]
pub(crate) struct IndexPage {
    ui: Ui,
}

async fn index(ui: Ui, _editor: Editor) -> IndexPage {
    IndexPage { ui }
}

/// The problems with a submitted form: a message per field (by the field's id), in the
/// reader's language, in the order they were found.
#[derive(Default)]
pub(crate) struct Problems(Vec<(String, String)>);

impl Problems {
    pub fn add(&mut self, field: impl Into<String>, message: String) {
        let field = field.into();
        if self.get(&field).is_none() {
            self.0.push((field, message));
        }
    }

    /// The message beside `field`, if it has one.
    pub fn get(&self, field: impl AsRef<str>) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| f == field.as_ref())
            .map(|(_, m)| m.as_str())
    }

    pub fn has(&self, field: impl AsRef<str>) -> bool {
        self.get(field).is_some()
    }

    pub fn any(&self) -> bool {
        !self.0.is_empty()
    }

    /// (field id, message) for the summary at the top of the form.
    pub fn summary(&self) -> &[(String, String)] {
        &self.0
    }

    /// Adds the domain's or the store's findings, translated by their codes; `field_id`
    /// maps a record's field path to the form field that shows it.
    pub fn extend(
        &mut self,
        ui: &Ui,
        errors: &ValidationErrors,
        field_id: impl Fn(&str) -> String,
    ) {
        for e in &errors.0 {
            self.add(field_id(&e.field), message(ui, e.code, &e.message));
        }
    }
}

/// The reader's-language text for a validation code. Limits named in the domain's English
/// message (`At most 300 characters, this has 412.`) are passed on as `$a` and `$b`, in
/// the order they appear; an unknown code falls back to the domain's own message.
pub(crate) fn message(ui: &Ui, code: &str, english: &str) -> String {
    let numbers: Vec<i64> = english
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    let id = format!("editor-error-{}", code.replace('_', "-"));
    ui.tr
        .try_args(
            &id,
            &[
                ("a", ui.num(numbers.first().copied().unwrap_or(0)).into()),
                ("b", ui.num(numbers.get(1).copied().unwrap_or(0)).into()),
            ],
        )
        .unwrap_or_else(|| english.to_string())
}

/// A submitted form, as its (name, value) pairs in order: repeated and indexed fields
/// (`partners`, `links.2.url`) are read from it by name.
pub(crate) struct Submitted(pub Vec<(String, String)>);

impl Submitted {
    /// The first value named `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Every value named `name`, in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// The button pressed to add a row to the list it names (`more=links`), if any.
    pub fn more(&self) -> Option<&str> {
        Some(self.get("more")).filter(|m| !m.is_empty())
    }
}

/// A text's lines, trimmed, empty ones dropped (lists typed one per line).
pub(crate) fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// A trimmed text, `None` when empty.
pub(crate) fn optional(text: &str) -> Option<String> {
    Some(text.trim().to_string()).filter(|t| !t.is_empty())
}

/// Parses a year typed in a form, with a message beside `field` when it is not a number.
pub(crate) fn year(ui: &Ui, problems: &mut Problems, field: &str, text: &str) -> i32 {
    match text.trim().parse::<i32>() {
        Ok(year) => year,
        Err(_) if text.trim().is_empty() => {
            problems.add(field, ui.t("editor-error-required"));
            0
        }
        Err(_) => {
            problems.add(field, ui.t("editor-error-not-a-year"));
            0
        }
    }
}

/// How many rows a repeated field shows: its entries and one empty row (at least `min`),
/// plus one when its "add another" button was pressed.
pub(crate) fn rows(filled: usize, min: usize, more: bool) -> usize {
    (filled + 1).max(min) + usize::from(more)
}
