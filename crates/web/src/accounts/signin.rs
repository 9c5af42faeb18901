//! Sign-in, sign-out and the account page. A wrong password and an unknown address get
//! the same answer, after the same work (an unknown address is checked against a dummy
//! hash). Signing in gives the session a new id and a new CSRF token; signing out deletes
//! the session.

use std::sync::LazyLock;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use observa_domain::{Role, Vocabulary as _};
use serde::Deserialize;

use super::signup::FieldErrors;
use super::{SignedIn, USER_KEY, Visitor, safe_next, session_error};
use crate::AppState;
use crate::error::WebError;
use crate::limits::AccountAction;
use crate::pages::Ui;

/// Checked when the address has no account, so that both answers take as long.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    crate::passwords::hash("a password no account has, to spend the same time")
        .expect("hashing works")
});

#[derive(Template, WebTemplate)]
#[template(path = "account_signin.html")]
pub(crate) struct SignInPage {
    ui: Ui,
    csrf: String,
    email: String,
    next: String,
    notice: Option<String>,
    errors: FieldErrors,
}

#[derive(Deserialize)]
pub(crate) struct SignInQuery {
    next: Option<String>,
    confirmed: Option<String>,
    reset: Option<String>,
}

pub(crate) async fn form(ui: Ui, visitor: Visitor, Query(q): Query<SignInQuery>) -> Response {
    if visitor.user.is_some() {
        return Redirect::to(&safe_next(q.next.as_deref())).into_response();
    }
    let notice = if q.confirmed.is_some() {
        Some(ui.t("account-confirmed-notice"))
    } else if q.reset.is_some() {
        Some(ui.t("account-reset-done-notice"))
    } else {
        None
    };
    SignInPage {
        csrf: visitor.csrf,
        email: String::new(),
        next: safe_next(q.next.as_deref()),
        notice,
        errors: FieldErrors::default(),
        ui,
    }
    .into_response()
}

#[derive(Deserialize)]
pub(crate) struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

pub(crate) async fn submit(
    ui: Ui,
    visitor: Visitor,
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Result<Response, WebError> {
    let email = form.email.trim().to_lowercase();
    state
        .account_limits
        .check(AccountAction::SignIn, visitor.peer, &headers, Some(&email))?;
    let user = state.store.user_by_email(&email).await?;
    let stored = match &user {
        Some(u) => state.store.password_hash(u.id).await?,
        None => None,
    };
    let password = form.password;
    let matches = tokio::task::spawn_blocking(move || {
        let hash = stored.as_deref().unwrap_or(DUMMY_HASH.as_str());
        crate::passwords::verify(&password, hash)
    })
    .await
    .map_err(|e| WebError::Unexpected(e.to_string()))?;
    let next = safe_next(form.next.as_deref());
    let problem = match &user {
        Some(u) if matches && u.confirmed_at.is_some() => None,
        Some(_) if matches => Some("account-error-unconfirmed"),
        _ => Some("account-error-credentials"),
    };
    if let Some(problem) = problem {
        tracing::info!(known = user.is_some(), "a sign-in failed");
        let page = SignInPage {
            csrf: visitor.csrf,
            email,
            next,
            notice: None,
            errors: FieldErrors {
                form: Some(ui.t(problem)),
                ..FieldErrors::default()
            },
            ui,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let user = user.expect("a match has an account");
    // A new session id (the old one may be known to someone else) and a new CSRF token.
    let session = visitor.session;
    session.cycle_id().await.map_err(session_error)?;
    session
        .insert(USER_KEY, user.id)
        .await
        .map_err(session_error)?;
    super::csrf::renew(&session).await?;
    Ok(Redirect::to(&next).into_response())
}

pub(crate) async fn sign_out(visitor: Visitor) -> Result<Response, WebError> {
    visitor.session.flush().await.map_err(session_error)?;
    Ok(Redirect::to("/").into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "account.html")]
pub(crate) struct AccountPage {
    ui: Ui,
    csrf: String,
    email: String,
    display_name: String,
    role: String,
    is_admin: bool,
    is_editor: bool,
}

pub(crate) async fn account(ui: Ui, signed_in: SignedIn) -> AccountPage {
    let user = signed_in.user;
    AccountPage {
        csrf: signed_in.visitor.csrf,
        email: user.email,
        display_name: user.display_name,
        role: user.role.label(ui.tr.lang).to_string(),
        is_admin: user.role == Role::Admin,
        is_editor: user.role.can_review(),
        ui,
    }
}
