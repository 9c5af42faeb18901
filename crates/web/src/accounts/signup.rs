//! Sign-up and email confirmation. Whether or not the address has an account already,
//! the form answers the same ("check your email"): a new address gets a confirmation
//! link, a known one a message saying it has an account. Confirming is a button on the
//! page the link opens (a `POST`), so that mail scanners that open links confirm nothing.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use observa_store::{NewAccount, NewEmailToken, StoreError, TokenPurpose};
use serde::Deserialize;

use super::{
    MessagePage, Visitor, hash_password, invalid_link, looks_like_token, new_token, token_hash,
    token_user,
};
use crate::AppState;
use crate::error::WebError;
use crate::limits::AccountAction;
use crate::pages::Ui;

/// How long a confirmation link works.
const CONFIRM_HOURS: i64 = 48;

#[derive(Template, WebTemplate)]
#[template(path = "account_signup.html")]
pub(crate) struct SignUpPage {
    ui: Ui,
    csrf: String,
    email: String,
    display_name: String,
    errors: FieldErrors,
}

/// The message beside each field that has a problem.
#[derive(Default)]
pub(crate) struct FieldErrors {
    pub email: Option<String>,
    pub display_name: Option<String>,
    pub password: Option<String>,
    /// A problem with the form as a whole (wrong credentials).
    pub form: Option<String>,
}

impl FieldErrors {
    pub fn any(&self) -> bool {
        self.email.is_some()
            || self.display_name.is_some()
            || self.password.is_some()
            || self.form.is_some()
    }

    /// (field id, message) for the summary at the top of the form.
    pub fn summary(&self) -> Vec<(&'static str, &str)> {
        [
            ("email", &self.email),
            ("display_name", &self.display_name),
            ("password", &self.password),
        ]
        .into_iter()
        .filter_map(|(id, e)| e.as_deref().map(|e| (id, e)))
        .collect()
    }
}

/// The reader's-language message for a domain validation problem.
pub(crate) fn field_message(ui: &Ui, error: &observa_domain::FieldError) -> String {
    let id = match (error.field.as_str(), error.code) {
        ("email", "required") => "error-email-required",
        ("email", _) => "error-email-invalid",
        ("display_name", "required") => "error-name-required",
        _ => "error-name-invalid",
    };
    ui.t(id)
}

/// The reader's-language message for a refused password.
pub(crate) fn password_message(ui: &Ui, weakness: crate::passwords::Weakness) -> String {
    use crate::passwords::{MAX_CHARS, MIN_CHARS, Weakness};
    let n = match weakness {
        Weakness::Long => MAX_CHARS,
        _ => MIN_CHARS,
    };
    ui.tr.args(
        &format!("error-password-{}", weakness.code()),
        &[("n", ui.num(n as i64).into())],
    )
}

pub(crate) async fn form(ui: Ui, visitor: Visitor) -> Response {
    if visitor.user.is_some() {
        return Redirect::to("/account").into_response();
    }
    SignUpPage {
        ui,
        csrf: visitor.csrf,
        email: String::new(),
        display_name: String::new(),
        errors: FieldErrors::default(),
    }
    .into_response()
}

#[derive(Deserialize)]
pub(crate) struct SignUpForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
}

pub(crate) async fn submit(
    ui: Ui,
    visitor: Visitor,
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<SignUpForm>,
) -> Result<Response, WebError> {
    state.account_limits.check(
        AccountAction::SignUp,
        visitor.peer,
        &headers,
        Some(&form.email),
    )?;
    let mut errors = FieldErrors::default();
    let email = observa_domain::user::normalise_email(&form.email)
        .map_err(|e| errors.email = Some(field_message(&ui, &e.0[0])))
        .ok();
    let name = observa_domain::user::normalise_display_name(&form.display_name)
        .map_err(|e| errors.display_name = Some(field_message(&ui, &e.0[0])))
        .ok();
    if let Err(weakness) = crate::passwords::check(&form.password, email.as_deref().unwrap_or("")) {
        errors.password = Some(password_message(&ui, weakness));
    }
    let (Some(email), Some(name), false) = (email, name, errors.any()) else {
        let page = SignUpPage {
            ui,
            csrf: visitor.csrf,
            email: form.email.trim().to_string(),
            display_name: form.display_name,
            errors,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let password_hash = hash_password(form.password).await?;
    let token = new_token();
    let base = &state.site.public_url;
    let mail = crate::mail::confirmation(
        ui.tr.lang,
        &email,
        &format!("{base}/account/confirm/{token}"),
    );
    let account = NewAccount {
        email: &email,
        display_name: &name,
        password_hash: &password_hash,
        language: ui.tr.lang,
    };
    let confirm = NewEmailToken {
        hash: token_hash(&token),
        purpose: TokenPurpose::Confirm,
        expires_at: chrono::Utc::now() + chrono::Duration::hours(CONFIRM_HOURS),
    };
    match state.store.sign_up(&account, &confirm, &mail).await {
        Ok(_) => {}
        Err(StoreError::Conflict { .. }) => {
            // Tell the owner of the address, not the person at the form.
            let known = state.store.user_by_email(&email).await?;
            let lang = known.map_or(ui.tr.lang, |u| u.language);
            let mail =
                crate::mail::already_registered(lang, &email, &format!("{base}/account/reset"));
            state.store.queue_mail(&mail).await?;
        }
        Err(e) => return Err(e.into()),
    }
    state.mailer.deliver_soon(&state.store);
    Ok(MessagePage {
        title: ui.t("account-sent-title"),
        text: ui.v("account-signup-sent", &email),
        link: None,
        ui,
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "account_confirm.html")]
pub(crate) struct ConfirmPage {
    ui: Ui,
    csrf: String,
    email: String,
    action: String,
}

pub(crate) async fn confirm_form(
    ui: Ui,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let Some(user) = token_user(&state, &token, TokenPurpose::Confirm).await? else {
        return Ok(invalid_link(ui));
    };
    let page = ConfirmPage {
        ui,
        csrf: visitor.csrf,
        email: user.email,
        action: format!("/account/confirm/{token}"),
    };
    // The address holds a secret: it must not leak to any other site.
    Ok(([(header::REFERRER_POLICY, "no-referrer")], page).into_response())
}

pub(crate) async fn confirm(
    ui: Ui,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    if !looks_like_token(&token) {
        return Ok(invalid_link(ui));
    }
    match state.store.confirm_email(&token_hash(&token)).await? {
        Some(_) => Ok(Redirect::to("/account/signin?confirmed=1").into_response()),
        None => Ok(invalid_link(ui)),
    }
}
