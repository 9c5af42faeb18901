//! Calls for innovations and the editors' tools over the library's insight.
//!
//! - `public`: `/calls` and `/calls/{slug}` (dates, themes, intake counts by status and the
//!   published cases by country, sector and technology; never a title of an unpublished
//!   case), and the named trends at `/trends/saved` and `/trends/saved/{slug}`. Public and
//!   cacheable: outside the session layer ([`public_routes`]).
//! - `editor`: `/editor/calls` (list, open and edit calls, each change audited);
//! - `named_trends`: `/editor/trends/…` (save a theme of `/trends` as a named trend, edit,
//!   delete);
//! - `duplicates`: `/editor/duplicates` (likely duplicates across the public library).
//!
//! Editor routes sit behind sessions and the CSRF check ([`routes`]); who may call them
//! is decided by [`CallsEditor`] (an editor or administrator). Nothing here computes
//! insight: that is `crate::insight`'s.

use axum::Router;
use axum::routing::{get, post};
use observa_domain::ValidationErrors;

use crate::AppState;
use crate::pages::Ui;

mod duplicates;
mod editor;
pub(crate) mod named_trends;
mod public;

/// The editors' pages (behind sessions and the CSRF check).
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/editor/calls", get(editor::list).post(editor::create))
        .route("/editor/calls/new", get(editor::new_form))
        .route("/editor/calls/{slug}", post(editor::update))
        .route("/editor/calls/{slug}/edit", get(editor::edit_form))
        .route("/editor/trends", post(named_trends::create))
        .route("/editor/trends/new", get(named_trends::new_form))
        .route("/editor/trends/{slug}", post(named_trends::update))
        .route("/editor/trends/{slug}/edit", get(named_trends::edit_form))
        .route("/editor/trends/{slug}/delete", post(named_trends::delete))
        .route("/editor/duplicates", get(duplicates::report))
}

/// The public pages: open to all, no session, cacheable.
pub(crate) fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/calls", get(public::calls))
        .route("/calls/{slug}", get(public::call_page))
        .route("/trends/saved", get(named_trends::saved_list))
        .route("/trends/saved/{slug}", get(named_trends::saved_page))
}

/// The messages beside the fields of an editor's form (the editors' [`Problems`]), in the
/// reader's language, and one for the form as a whole. Shaped for the summary macro of
/// `account_forms.html`.
///
/// [`Problems`]: crate::editor::Problems
#[derive(Default)]
pub(crate) struct FormErrors {
    pub form: Option<String>,
    fields: crate::editor::Problems,
}

impl FormErrors {
    pub fn any(&self) -> bool {
        self.form.is_some() || self.fields.any()
    }

    /// (field id, message) for the summary at the top of the form.
    pub fn summary(&self) -> &[(String, String)] {
        self.fields.summary()
    }

    /// The message beside `field`, if any.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.fields.get(field)
    }

    pub fn add(&mut self, field: &'static str, message: String) {
        self.fields.add(field, message);
    }

    /// Adds each domain validation problem of the fields in `known`, translated by its
    /// code (`limits` gives the most a field may hold, for "too long" and "too many").
    pub fn add_validation(
        &mut self,
        ui: &Ui,
        errors: &ValidationErrors,
        known: &[&'static str],
        limits: &[(&str, usize)],
    ) {
        for e in &errors.0 {
            let Some(field) = known.iter().find(|k| **k == e.field) else {
                self.form.get_or_insert_with(|| e.message.clone());
                continue;
            };
            let max = limits.iter().find(|(f, _)| *f == e.field).map(|(_, n)| *n);
            self.add(field, field_message(ui, e.code, max));
        }
    }
}

/// The reader's-language message for a problem with a field of an editor's form.
pub(crate) fn field_message(ui: &Ui, code: &str, max: Option<usize>) -> String {
    let n = |id: &str| ui.tr.args(id, &[("n", (max.unwrap_or(0) as i64).into())]);
    match code {
        "required" => ui.t("editor-error-required"),
        "too_long" => n("call-error-too-long"),
        "too_many" => n("call-error-too-many"),
        "invalid_theme" => ui.tr.args(
            "editor-error-theme",
            &[("n", (observa_domain::call::MAX_THEME as i64).into())],
        ),
        "invalid_slug" => ui.t("editor-error-slug"),
        "taken" => ui.t("editor-error-slug-taken"),
        "invalid_date" => ui.t("editor-error-date"),
        "closes_before_opening" => ui.t("editor-error-closes-before-opening"),
        _ => ui.t("editor-error-invalid"),
    }
}

/// The lines of a text area, trimmed, empty ones skipped.
pub(crate) fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}
