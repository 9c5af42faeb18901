//! Collaborators: a case's owner invites people by email; the email (in the language of
//! the account at that address, else the inviter's) carries a single-use link of which
//! only a SHA-256 is stored. Whoever follows it while signed in — with any account: the
//! link is the proof of the invitation, as with a shared document — joins the case as a
//! collaborator, after pressing a button (a `POST`, so that mail scanners that open links
//! join nobody). Collaborators edit the case but cannot invite others, withdraw
//! invitations or remove the owner. Addresses are shown only to the owner.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use observa_store::{InvitationState, NewInvitation, NewMail, StoredCase};
use serde::Deserialize;

use super::steps::{Draw, Extras, InvitationRow, Person};
use super::{Access, load_for_edit};
use crate::AppState;
use crate::accounts::{SignedIn, looks_like_token, new_token, token_hash};
use crate::error::WebError;
use crate::pages::Ui;

/// How long an invitation link works.
const INVITATION_DAYS: i64 = 14;

/// The collaborators step: the people on the case, and for the owner the invitations.
pub(crate) async fn extras(
    ui: &Ui,
    state: &AppState,
    stored: &StoredCase,
    access: Access,
    extras: &mut Extras,
) -> Result<(), WebError> {
    let p = &stored.case.provenance;
    let people = p
        .submitted_by
        .iter()
        .map(|id| (*id, "contribute-owner"))
        .chain(
            p.collaborators
                .iter()
                .map(|id| (*id, "contribute-collaborator")),
        );
    for (id, role) in people {
        if let Some(user) = state.store.user_by_id(id).await? {
            extras.people.push(Person {
                name: user.display_name,
                role: ui.t(role),
            });
        }
    }
    extras.may_invite = access == Access::Owner;
    if extras.may_invite {
        extras.invitations = state
            .store
            .invitations(stored.id)
            .await?
            .into_iter()
            .map(|i| InvitationRow {
                id: i.id,
                email: i.email,
                state: ui.t(&format!("invitation-{}", i.state.as_str())),
                pending: i.state == InvitationState::Pending,
            })
            .collect();
    }
    Ok(())
}

/// 403 unless `access` is the owner's.
fn owner_only(access: Access) -> Result<(), WebError> {
    if access == Access::Owner {
        Ok(())
    } else {
        Err(WebError::Forbidden {
            code: "owner_only",
            detail: "Only the case's owner can invite collaborators or withdraw invitations."
                .into(),
        })
    }
}

#[derive(Deserialize)]
pub(crate) struct InviteForm {
    #[serde(default)]
    email: String,
}

/// `POST /contribute/{id}/collaborators/invite`.
pub(crate) async fn invite(
    ui: Ui,
    SignedIn { visitor, user }: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Form(form): Form<InviteForm>,
) -> Result<Response, WebError> {
    let (stored, access) = load_for_edit(&state, &id, &user).await?;
    owner_only(access)?;
    let email = observa_domain::user::normalise_email(&form.email);
    let error = match &email {
        Err(e) => Some(crate::accounts::field_message(&ui, &e.0[0])),
        Ok(address) if *address == user.email.to_lowercase() => {
            Some(ui.t("contribute-error-own_address"))
        }
        Ok(address) => {
            let pending = state.store.invitations(stored.id).await?;
            pending
                .iter()
                .any(|i| i.state == InvitationState::Pending && i.email == *address)
                .then(|| ui.t("contribute-error-already_invited"))
        }
    };
    let (Ok(email), None) = (email, error.clone()) else {
        let extras = Extras {
            invite_email: form.email.trim().to_string(),
            invite_error: error,
            ..Extras::default()
        };
        let mut draw = Draw::new(super::form::Step::Collaborators, &stored, access);
        draw.extras = extras;
        return draw
            .answer(ui, visitor.csrf, &state, StatusCode::UNPROCESSABLE_ENTITY)
            .await;
    };
    let token = new_token();
    let lang = state
        .store
        .user_by_email(&email)
        .await?
        .map_or(ui.tr.lang, |u| u.language);
    let tr = crate::i18n::Tr::new(lang);
    let link = format!("{}/contribute/invitations/{token}", state.site.public_url);
    let mail = NewMail {
        recipient: email.clone(),
        subject: tr.t("mail-invite-subject"),
        body: tr.args(
            "mail-invite-body",
            &[
                ("inviter", user.display_name.clone().into()),
                ("title", stored.case.title.clone().into()),
                ("link", link.into()),
            ],
        ),
    };
    let hash = token_hash(&token);
    state
        .store
        .invite_collaborator(
            &NewInvitation {
                case_id: stored.id,
                email: &email,
                token_hash: &hash,
                invited_by: user.id,
                expires_at: chrono::Utc::now() + chrono::Duration::days(INVITATION_DAYS),
            },
            &mail,
        )
        .await?;
    state.mailer.deliver_soon(&state.store);
    Ok(Redirect::to(&format!(
        "/contribute/{}/collaborators?done=invited",
        stored.id
    ))
    .into_response())
}

/// `POST /contribute/{id}/collaborators/{invitation}/withdraw`.
pub(crate) async fn withdraw(
    SignedIn { user, .. }: SignedIn,
    State(state): State<AppState>,
    Path((id, invitation)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (stored, access) = load_for_edit(&state, &id, &user).await?;
    owner_only(access)?;
    let invitation: i64 = invitation
        .parse()
        .map_err(|_| WebError::NotFound("There is no such invitation.".into()))?;
    if !state
        .store
        .withdraw_invitation(stored.id, invitation, user.id)
        .await?
    {
        return Err(WebError::NotFound(
            "There is no such invitation waiting.".into(),
        ));
    }
    Ok(Redirect::to(&format!(
        "/contribute/{}/collaborators?done=withdrawn",
        stored.id
    ))
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "contribute_join.html")]
pub(crate) struct JoinPage {
    ui: Ui,
    csrf: String,
    title: String,
    action: String,
}

/// A page for an invitation link that is unknown, used, withdrawn or expired: 404.
fn invalid(ui: Ui) -> Response {
    let page = crate::accounts::MessagePage {
        title: ui.t("account-link-invalid-title"),
        text: ui.t("contribute-join-invalid"),
        link: Some(("/contribute".into(), ui.t("contribute-title"))),
        ui,
    };
    (StatusCode::NOT_FOUND, page).into_response()
}

/// `GET /contribute/invitations/{token}`: what joining means, and the button.
pub(crate) async fn join_form(
    ui: Ui,
    SignedIn { visitor, .. }: SignedIn,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    if !looks_like_token(&token) {
        return Ok(invalid(ui));
    }
    let Some(invitation) = state.store.invitation_by_token(&token_hash(&token)).await? else {
        return Ok(invalid(ui));
    };
    let Some(case) = state.store.case_by_id(invitation.case_id).await? else {
        return Ok(invalid(ui));
    };
    let page = JoinPage {
        ui,
        csrf: visitor.csrf,
        title: case.case.title,
        action: format!("/contribute/invitations/{token}"),
    };
    // The address holds a secret: it must not leak to any other site.
    Ok(([(header::REFERRER_POLICY, "no-referrer")], page).into_response())
}

/// `POST /contribute/invitations/{token}`: joins the case.
pub(crate) async fn join(
    ui: Ui,
    SignedIn { user, .. }: SignedIn,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    if !looks_like_token(&token) {
        return Ok(invalid(ui));
    }
    match state
        .store
        .accept_invitation(&token_hash(&token), user.id)
        .await?
    {
        Some(stored) => {
            Ok(Redirect::to(&format!("/contribute/{}/identity", stored.id)).into_response())
        }
        None => Ok(invalid(ui)),
    }
}
