//! Server-side sessions: tower-sessions with our own [`SessionStore`] on the database, so
//! that every server process sees the same sessions. The cookie (`observa_session`,
//! `HttpOnly`, `SameSite=Lax`, `Secure` when the site is served over https) carries a
//! random 128-bit id; the database keeps only its SHA-256, the session's values (the CSRF
//! token, the signed-in account) and when it expires: 14 days after it was last used.

use std::sync::Arc;

use async_trait::async_trait;
use observa_store::{SessionRecord, Store};
use sha2::{Digest, Sha256};
use tower_sessions::cookie::SameSite;
use tower_sessions::cookie::time::{Duration, OffsetDateTime};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};
use tower_sessions::{Expiry, SessionManagerLayer};

/// The session cookie's name.
pub(crate) const COOKIE: &str = "observa_session";
/// A session ends when it has not been used for this long.
const IDLE: Duration = Duration::days(14);

/// The session layer for the account routes.
pub(crate) fn layer(store: Arc<dyn Store>, secure: bool) -> SessionManagerLayer<DbSessions> {
    SessionManagerLayer::new(DbSessions(store))
        .with_name(COOKIE)
        .with_path("/")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_expiry(Expiry::OnInactivity(IDLE))
        // Each use moves the expiry on (and records when the session was last seen).
        .with_always_save(true)
}

/// Sessions kept in the database through [`Store`].
#[derive(Clone)]
pub(crate) struct DbSessions(Arc<dyn Store>);

impl std::fmt::Debug for DbSessions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbSessions")
    }
}

/// What the database keeps in place of a session id.
pub(crate) fn id_hash(id: &Id) -> String {
    super::hex(&Sha256::digest(id.0.to_le_bytes()))
}

fn backend(e: observa_store::StoreError) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

fn to_row(record: &Record) -> session_store::Result<SessionRecord> {
    let data = serde_json::to_string(&record.data)
        .map_err(|e| session_store::Error::Encode(e.to_string()))?;
    let user_id = record
        .data
        .get(super::USER_KEY)
        .and_then(serde_json::Value::as_i64);
    Ok(SessionRecord {
        id_hash: id_hash(&record.id),
        user_id,
        data,
        expires_at: chrono::DateTime::from_timestamp(record.expiry_date.unix_timestamp(), 0)
            .unwrap_or_default(),
    })
}

#[async_trait]
impl SessionStore for DbSessions {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // A new id until one is free (a collision of 128 random bits will not happen, but
        // it must not hand someone else's session over if it did).
        while !self
            .0
            .insert_session(&to_row(record)?)
            .await
            .map_err(backend)?
        {
            record.id = Id::default();
        }
        Ok(())
    }

    /// Only updates: a session deleted while a request of it was under way (signed out
    /// elsewhere, ended by a password reset) is not brought back.
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.0
            .save_session(&to_row(record)?)
            .await
            .map(drop)
            .map_err(backend)
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let Some(row) = self.0.load_session(&id_hash(id)).await.map_err(backend)? else {
            return Ok(None);
        };
        let data = serde_json::from_str(&row.data)
            .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        let expiry_date = OffsetDateTime::from_unix_timestamp(row.expires_at.timestamp())
            .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        self.0.delete_session(&id_hash(id)).await.map_err(backend)
    }
}
