//! Password reset. Asking for a link answers the same whether or not the address has an
//! account (no one learns who has one); the link works once, for an hour, and setting
//! the new password ends every session of the account.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use observa_store::{NewEmailToken, TokenPurpose};
use serde::Deserialize;

use super::signup::{FieldErrors, field_message, password_message};
use super::{MessagePage, Visitor, hash_password, invalid_link, new_token, token_hash, token_user};
use crate::AppState;
use crate::error::WebError;
use crate::limits::AccountAction;
use crate::pages::Ui;

/// How long a reset link works.
const RESET_MINUTES: i64 = 60;

#[derive(Template, WebTemplate)]
#[template(path = "account_reset.html")]
pub(crate) struct ResetPage {
    ui: Ui,
    csrf: String,
    email: String,
    errors: FieldErrors,
}

pub(crate) async fn form(ui: Ui, visitor: Visitor) -> ResetPage {
    ResetPage {
        ui,
        csrf: visitor.csrf,
        email: String::new(),
        errors: FieldErrors::default(),
    }
}

#[derive(Deserialize)]
pub(crate) struct ResetForm {
    #[serde(default)]
    email: String,
}

pub(crate) async fn submit(
    ui: Ui,
    visitor: Visitor,
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<ResetForm>,
) -> Result<Response, WebError> {
    state.account_limits.check(
        AccountAction::Reset,
        visitor.peer,
        &headers,
        Some(&form.email),
    )?;
    let email = match observa_domain::user::normalise_email(&form.email) {
        Ok(email) => email,
        Err(e) => {
            let page = ResetPage {
                errors: FieldErrors {
                    email: Some(field_message(&ui, &e.0[0])),
                    ..FieldErrors::default()
                },
                ui,
                csrf: visitor.csrf,
                email: form.email.trim().to_string(),
            };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    if let Some(user) = state.store.user_by_email(&email).await? {
        let token = new_token();
        let link = format!("{}/account/reset/{token}", state.site.public_url);
        let mail = crate::mail::reset(user.language, &user.email, &link);
        let reset = NewEmailToken {
            hash: token_hash(&token),
            purpose: TokenPurpose::Reset,
            expires_at: chrono::Utc::now() + chrono::Duration::minutes(RESET_MINUTES),
        };
        state
            .store
            .issue_email_token(user.id, &reset, &mail)
            .await?;
        state.mailer.deliver_soon(&state.store);
    }
    Ok(MessagePage {
        title: ui.t("account-sent-title"),
        text: ui.v("account-reset-sent", &email),
        link: None,
        ui,
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "account_new_password.html")]
pub(crate) struct NewPasswordPage {
    ui: Ui,
    csrf: String,
    email: String,
    action: String,
    errors: FieldErrors,
}

pub(crate) async fn password_form(
    ui: Ui,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let Some(user) = token_user(&state, &token, TokenPurpose::Reset).await? else {
        return Ok(invalid_link(ui));
    };
    let page = NewPasswordPage {
        ui,
        csrf: visitor.csrf,
        email: user.email,
        action: format!("/account/reset/{token}"),
        errors: FieldErrors::default(),
    };
    Ok(([(header::REFERRER_POLICY, "no-referrer")], page).into_response())
}

#[derive(Deserialize)]
pub(crate) struct NewPasswordForm {
    #[serde(default)]
    password: String,
}

pub(crate) async fn set_password(
    ui: Ui,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(form): Form<NewPasswordForm>,
) -> Result<Response, WebError> {
    let Some(user) = token_user(&state, &token, TokenPurpose::Reset).await? else {
        return Ok(invalid_link(ui));
    };
    if let Err(weakness) = crate::passwords::check(&form.password, &user.email) {
        let page = NewPasswordPage {
            errors: FieldErrors {
                password: Some(password_message(&ui, weakness)),
                ..FieldErrors::default()
            },
            ui,
            csrf: visitor.csrf,
            email: user.email,
            action: format!("/account/reset/{token}"),
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let password_hash = hash_password(form.password).await?;
    match state
        .store
        .reset_password(&token_hash(&token), &password_hash)
        .await?
    {
        Some(_) => Ok(Redirect::to("/account/signin?reset=1").into_response()),
        None => Ok(invalid_link(ui)),
    }
}
