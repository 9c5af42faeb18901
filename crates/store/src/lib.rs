//! Observa's storage: SQL is the source of truth for every record.
//!
//! [`Store`] is the one interface the rest of the program uses; [`connect`] picks the
//! implementation from the database URL (`sqlite:` or `postgres:`) and runs that
//! backend's migrations. Both implementations share their SQL (see `shared.rs`): each
//! write is one transaction, and each change that the public can see also appends a row
//! to the `outbox` in that transaction, so the search index can follow.
//!
//! Errors: [`StoreError`] for everything this layer can fail at.

#![forbid(unsafe_code)]

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use futures::stream::BoxStream;
use observa_domain::{
    Call, Case, Publication, Role, Term, TermKind, Toolkit, User, ValidationErrors,
};

mod postgres;
pub mod query;
mod shared;
mod sqlite;
pub mod testing;

pub use postgres::PgStore;
pub use query::{CaseFilter, CasePage, FacetCount, Page};
pub use sqlite::SqliteStore;

/// What can go wrong in the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported database URL \"{0}\": use sqlite://PATH or postgres://USER@HOST/DB")]
    UnsupportedUrl(String),
    #[error("stored record {slug} is unreadable: {source}")]
    CorruptRecord {
        slug: String,
        source: serde_json::Error,
    },
    #[error("invalid record: {0}")]
    Invalid(#[from] ValidationErrors),
    #[error("{entity} \"{key}\" already exists")]
    Conflict { entity: &'static str, key: String },
    #[error("{entity} \"{key}\" not found")]
    NotFound { entity: &'static str, key: String },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A case as stored: its database id and revision number beside the record.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredCase {
    pub id: i64,
    pub revision: i64,
    pub case: Case,
}

/// One version of a case: who wrote it, when, and what it said.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub number: i64,
    pub author: Option<i64>,
    pub written_at: DateTime<Utc>,
    pub case: Case,
}

/// What an import did with one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    Added,
    Updated,
    Unchanged,
}

/// How an import recognises a record it already holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKey {
    /// By source dataset and record id: re-importing a newer release of an outside dataset.
    Source,
    /// By slug: restoring our own export.
    Slug,
}

/// One change the search index has to apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEntry {
    pub seq: i64,
    pub entity: String,
    pub entity_id: i64,
}

/// Totals shown on the home page and in the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LibraryCounts {
    pub cases: i64,
    pub countries: i64,
}

/// Everything Observa keeps in SQL. One implementation per backend.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// `sqlite` or `postgres`.
    fn backend(&self) -> &'static str;

    // --- cases ---
    /// Adds a new case (validated for its status); fails with `Conflict` on a taken slug.
    async fn insert_case(&self, case: &Case, author: Option<i64>) -> Result<StoredCase>;
    /// Replaces the case with the same slug, recording a new revision.
    async fn update_case(&self, case: &Case, author: Option<i64>) -> Result<StoredCase>;
    /// Adds or updates a batch of cases, matched by `key`, all in one transaction: after a
    /// crash either every case of the batch is there or none is. Cases matched by source
    /// keep their slug and creation time; cases matched by slug are stored as given.
    async fn import_cases(&self, cases: &[Case], key: ImportKey) -> Result<Vec<ImportOutcome>>;
    /// Every version of a case, oldest first; the last is the current one.
    async fn revisions(&self, case_id: i64) -> Result<Vec<Revision>>;
    /// Record ids of every case imported from `dataset`.
    async fn imported_record_ids(&self, dataset: &str) -> Result<Vec<String>>;
    async fn case_by_slug(&self, slug: &str) -> Result<Option<StoredCase>>;
    async fn case_by_id(&self, id: i64) -> Result<Option<StoredCase>>;
    /// Public cases matching `filter`, newest first.
    async fn list_cases(&self, filter: &CaseFilter, page: Page) -> Result<CasePage>;
    /// Per-value counts of one field (`country`, `sector`, …) over public cases matching `filter`.
    async fn facet_counts(&self, field: &str, filter: &CaseFilter) -> Result<Vec<FacetCount>>;
    async fn counts(&self) -> Result<LibraryCounts>;
    /// Every public case in id order, streamed in constant memory.
    fn public_cases(&self) -> BoxStream<'_, Result<StoredCase>>;
    /// The cases with these ids, in the order of `ids` (missing ids are skipped).
    async fn cases_by_ids(&self, ids: &[i64]) -> Result<Vec<StoredCase>>;
    /// Every case whatever its status, in id order (for full backups and exports).
    fn all_cases(&self) -> BoxStream<'_, Result<Case>>;

    // --- publications, toolkits, calls, vocabularies ---
    async fn upsert_publication(&self, publication: &Publication) -> Result<()>;
    async fn publications(&self) -> Result<Vec<Publication>>;
    async fn publication_by_slug(&self, slug: &str) -> Result<Option<Publication>>;
    async fn upsert_toolkit(&self, toolkit: &Toolkit) -> Result<()>;
    async fn toolkits(&self) -> Result<Vec<Toolkit>>;
    async fn upsert_call(&self, call: &Call) -> Result<()>;
    async fn calls(&self) -> Result<Vec<Call>>;
    async fn upsert_term(&self, term: &Term) -> Result<()>;
    async fn terms(&self, kind: TermKind) -> Result<Vec<Term>>;

    // --- people ---
    async fn create_user(
        &self,
        email: &str,
        display_name: &str,
        role: Role,
        password_hash: &str,
    ) -> Result<User>;
    async fn user_by_email(&self, email: &str) -> Result<Option<User>>;

    // --- outbox ---
    /// Outbox entries after `seq`, oldest first, at most `limit`.
    async fn outbox_after(&self, seq: i64, limit: i64) -> Result<Vec<OutboxEntry>>;
    /// The newest outbox sequence number (0 when the outbox is empty).
    async fn last_outbox_seq(&self) -> Result<i64>;

    /// Whether the store holds no case, publication or toolkit yet.
    async fn is_empty(&self) -> Result<bool>;
}

/// Opens the database at `url`, creating it if needed, and brings its schema up to date.
pub async fn connect(url: &str) -> Result<Arc<dyn Store>> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::connect(url).await?))
    } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        Ok(Arc::new(PgStore::connect(url).await?))
    } else {
        Err(StoreError::UnsupportedUrl(url.to_string()))
    }
}

/// The timestamp stored with a write, in microseconds as both backends keep them.
pub(crate) fn now() -> DateTime<Utc> {
    use chrono::SubsecRound;
    Utc::now().trunc_subsecs(6)
}

#[cfg(test)]
mod tests;
