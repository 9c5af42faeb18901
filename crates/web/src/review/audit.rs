//! The audit log: every recorded change (status changes, role changes, sign-ups,
//! confirmations, password resets, withdrawal requests…), newest first, paged, filtered
//! by entity and action, with the actor's display name and the detail in words.
//! Administrators see every entry; editors see the entries about cases only.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use observa_store::{AuditFilter, Page};
use serde::Deserialize;

use super::when;
use crate::AppState;
use crate::accounts::SignedIn;
use crate::error::WebError;
use crate::pages::Ui;

const PAGE_SIZE: u32 = 50;

#[derive(Deserialize, Default)]
pub(crate) struct AuditQuery {
    #[serde(default)]
    entity: String,
    #[serde(default)]
    action: String,
    page: Option<u32>,
}

pub(crate) struct EntryView {
    at: String,
    actor: String,
    action: String,
    entity: String,
    link: Option<String>,
    detail: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_audit.html")]
pub(crate) struct AuditPage {
    ui: Ui,
    is_admin: bool,
    entities: Vec<(String, bool)>,
    actions: Vec<(String, bool)>,
    entries: Vec<EntryView>,
    total: i64,
    page: u32,
    previous: Option<String>,
    next: Option<String>,
}

pub(crate) async fn audit(
    ui: Ui,
    signed_in: SignedIn,
    State(state): State<AppState>,
    Query(q): Query<AuditQuery>,
) -> Result<AuditPage, WebError> {
    let role = signed_in.user.role;
    if !role.can_review() {
        return Err(WebError::Forbidden {
            code: "editors_only",
            detail: "Only administrators and editors may read the audit log.".into(),
        });
    }
    let is_admin = role.can_manage_users();
    let entity = if is_admin {
        q.entity.clone()
    } else {
        "case".to_string()
    };
    let filter = AuditFilter {
        entity: Some(entity.clone()).filter(|e| !e.is_empty()),
        action: Some(q.action.clone()).filter(|a| !a.is_empty()),
    };
    let number = q.page.unwrap_or(1).max(1);
    let found = state
        .store
        .audit_log(
            &filter,
            Page {
                number,
                size: PAGE_SIZE,
            },
        )
        .await?;
    let (entities, actions) = state.store.audit_kinds().await?;
    let entities = entities
        .into_iter()
        .filter(|e| is_admin || e == "case")
        .map(|e| {
            let selected = e == entity;
            (e, selected)
        })
        .collect();
    let actions = actions
        .into_iter()
        .map(|a| {
            let selected = a == q.action;
            (a, selected)
        })
        .collect();
    let entries = found
        .entries
        .into_iter()
        .map(|(e, actor)| EntryView {
            at: when(&ui, e.at),
            actor: actor.unwrap_or_else(|| ui.t("audit-operator")),
            link: match e.entity.as_str() {
                "case" => Some(format!("/review/{}", e.entity_id)),
                "user" if is_admin => Some("/admin/users".into()),
                _ => None,
            },
            entity: format!("{} {}", e.entity, e.entity_id),
            detail: readable(&e.detail),
            action: e.action,
        })
        .collect();
    let link = |page: u32| {
        let mut params = url::form_urlencoded::Serializer::new(String::new());
        if !entity.is_empty() && is_admin {
            params.append_pair("entity", &entity);
        }
        if !q.action.is_empty() {
            params.append_pair("action", &q.action);
        }
        params.append_pair("page", &page.to_string());
        format!("/admin/audit?{}", params.finish())
    };
    let pages = (found.total + i64::from(PAGE_SIZE) - 1) / i64::from(PAGE_SIZE);
    Ok(AuditPage {
        is_admin,
        entities,
        actions,
        entries,
        total: found.total,
        page: number,
        previous: (number > 1).then(|| link(number - 1)),
        next: (i64::from(number) < pages).then(|| link(number + 1)),
        ui,
    })
}

/// An entry's JSON detail as `key: value` pairs (`from: submitted; to: in_review`).
fn readable(detail: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(detail) {
        Ok(serde_json::Value::Object(map)) => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| match v {
                serde_json::Value::String(s) => format!("{k}: {s}"),
                other => format!("{k}: {other}"),
            })
            .collect::<Vec<_>>()
            .join("; "),
        _ => detail.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn details_read_as_pairs() {
        assert_eq!(
            super::readable(r#"{"from":"submitted","to":"in_review","reason":null}"#),
            "from: submitted; to: in_review"
        );
        assert_eq!(super::readable("not json"), "not json");
    }
}
