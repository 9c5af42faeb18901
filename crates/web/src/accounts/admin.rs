//! The administrators' pages: every account with its role (changed here, each change in
//! the audit log), and the mail outbox.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use observa_domain::{Role, Vocabulary as _};
use observa_store::StoreError;
use serde::Deserialize;

use super::{Admin, role_options};
use crate::AppState;
use crate::error::WebError;
use crate::pages::Ui;

/// How many messages the outbox page shows.
const OUTBOX_PAGE: i64 = 200;

/// An account as a row of the users table.
pub(crate) struct UserRow {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    confirmed: bool,
    created: String,
    is_self: bool,
    /// (slug, label, current) for the role menu.
    roles: Vec<(&'static str, String, bool)>,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_users.html")]
pub(crate) struct UsersPage {
    ui: Ui,
    csrf: String,
    users: Vec<UserRow>,
    notice: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct UsersQuery {
    changed: Option<i64>,
}

pub(crate) async fn users(
    ui: Ui,
    Admin(admin): Admin,
    State(state): State<AppState>,
    Query(q): Query<UsersQuery>,
) -> Result<UsersPage, WebError> {
    let users = state.store.users().await?;
    let notice = q
        .changed
        .and_then(|id| users.iter().find(|u| u.id == id))
        .map(|u| {
            ui.tr.args(
                "admin-role-changed",
                &[
                    ("value", u.email.clone().into()),
                    ("role", u.role.label(ui.tr.lang).to_string().into()),
                ],
            )
        });
    let rows = users
        .into_iter()
        .map(|u| UserRow {
            id: u.id,
            role: u.role.label(ui.tr.lang).to_string(),
            roles: role_options(&ui, u.role),
            confirmed: u.confirmed_at.is_some(),
            created: ui.tr.date(u.created_at.date_naive()),
            is_self: u.id == admin.user.id,
            email: u.email,
            display_name: u.display_name,
        })
        .collect();
    Ok(UsersPage {
        ui,
        csrf: admin.visitor.csrf,
        users: rows,
        notice,
    })
}

#[derive(Deserialize)]
pub(crate) struct RoleForm {
    #[serde(default)]
    role: String,
}

pub(crate) async fn change_role(
    Admin(admin): Admin,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<RoleForm>,
) -> Result<Response, WebError> {
    let role = Role::parse(&form.role)
        .map_err(|e| WebError::bad_request("invalid_value", e.to_string()))?;
    if id == admin.user.id {
        return Err(WebError::bad_request(
            "own_role",
            "You cannot change your own role: ask another administrator.",
        ));
    }
    match state.store.set_role(admin.user.id, id, role).await {
        Ok(_) => Ok(Redirect::to(&format!("/admin/users?changed={id}")).into_response()),
        Err(StoreError::NotFound { .. }) => {
            Err(WebError::NotFound(format!("There is no account {id}.")))
        }
        Err(e) => Err(e.into()),
    }
}

/// A message as a row of the outbox table.
pub(crate) struct MailRow {
    to: String,
    subject: String,
    body: Option<String>,
    written: String,
    status: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_outbox.html")]
pub(crate) struct OutboxPage {
    ui: Ui,
    smtp: bool,
    mails: Vec<MailRow>,
}

pub(crate) async fn outbox(
    ui: Ui,
    _admin: Admin,
    State(state): State<AppState>,
) -> Result<OutboxPage, WebError> {
    let mails = state.store.mail_outbox(OUTBOX_PAGE).await?;
    let mails = mails
        .into_iter()
        .map(|m| MailRow {
            status: match (&m.sent_at, &m.last_error) {
                (Some(_), _) => ui.t("admin-status-sent"),
                (None, Some(e)) => ui.v("admin-status-failed", e),
                (None, None) => ui.t("admin-status-pending"),
            },
            written: format!(
                "{} {}",
                ui.tr.date(m.created_at.date_naive()),
                m.created_at.format("%H:%M UTC")
            ),
            to: m.recipient,
            subject: m.subject,
            body: m.body,
        })
        .collect();
    Ok(OutboxPage {
        ui,
        smtp: state.mailer.delivers(),
        mails,
    })
}
