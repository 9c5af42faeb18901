//! Observa's storage: SQL is the source of truth for every record.
//!
//! [`Store`] is the one interface the rest of the program uses; [`connect`] picks the
//! implementation from the database URL (`sqlite:` or `postgres:`) and runs that
//! backend's migrations. Both implementations share their SQL (see `shared.rs`): each
//! write is one transaction, and each change that the public can see also appends a row
//! to the `outbox` in that transaction, so the search index can follow.
//!
//! Accounts live here too: users, their sessions (shared by every server process), the
//! single-use tokens sent by email, the mail outbox, and the audit log that sign-ups and
//! role changes write in their own transaction.
//!
//! Errors: [`StoreError`] for everything this layer can fail at.

#![forbid(unsafe_code)]

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use futures::stream::BoxStream;
use observa_domain::{
    Call, Case, Lang, NamedTrend, Publication, Role, Term, TermKind, Toolkit, User,
    ValidationErrors,
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

/// An account someone asks for on the sign-up form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub language: Lang,
}

/// What a link sent by email lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Prove that the account's address is theirs.
    Confirm,
    /// Choose a new password.
    Reset,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::Confirm => "confirm",
            TokenPurpose::Reset => "reset",
        }
    }
}

/// A token to store: only its hash (the link holds the token itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEmailToken {
    /// Hex SHA-256 of the token.
    pub hash: String,
    pub purpose: TokenPurpose,
    pub expires_at: DateTime<Utc>,
}

/// An email to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    pub recipient: String,
    pub subject: String,
    pub body: String,
}

/// An email in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    /// `None` once sent: delivered mail is not kept.
    pub body: Option<String>,
    pub created_at: DateTime<Utc>,
    pub attempts: i64,
    pub sent_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
}

/// A session as stored. The cookie holds the session's id; only its hash is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// Hex SHA-256 of the session id.
    pub id_hash: String,
    /// The signed-in account, if any.
    pub user_id: Option<i64>,
    /// The session's values as JSON (the web layer's business).
    pub data: String,
    pub expires_at: DateTime<Utc>,
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub actor_id: Option<i64>,
    pub action: String,
    pub entity: String,
    pub entity_id: i64,
    /// JSON saying what changed.
    pub detail: String,
}

// --- review: the editors' queue, decisions, notifications, withdrawal, the audit log ---

/// Which cases the editors' queue lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReviewFilter {
    /// Cases in these states…
    pub statuses: Vec<observa_domain::CaseStatus>,
    /// …or (when set) any case with an open withdrawal request.
    pub withdrawal_requested: bool,
    /// Only cases that answered this call (by slug).
    pub call: Option<String>,
    /// Only cases unchanged for at least this many days.
    pub waiting_days: Option<u32>,
}

/// A case as a line of the editors' queue.
#[derive(Debug, Clone, PartialEq)]
pub struct QueueItem {
    pub id: i64,
    pub revision: i64,
    pub case: Case,
    /// The display name of the account that submitted it.
    pub author: Option<String>,
    /// When the case last changed: how long it has been waiting.
    pub waiting_since: DateTime<Utc>,
    pub withdrawal_requested: bool,
}

/// A page of the queue, with how many cases each state holds (call and age filters
/// applied, not the status filter) and how many withdrawal requests are open.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewQueue {
    pub total: i64,
    pub items: Vec<QueueItem>,
    pub counts: Vec<(observa_domain::CaseStatus, i64)>,
    pub open_withdrawals: i64,
}

/// Something to tell one account about a case: on its dashboard, and by email when
/// `mail` is given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNotification {
    pub user_id: i64,
    /// What happened: a status (`changes_requested`, `published`, …),
    /// `withdrawal_requested` or `withdrawal_declined`.
    pub kind: String,
    /// The editor's comment or the author's reason (Markdown).
    pub message: String,
    pub mail: Option<NewMail>,
}

/// An editor's decision on a case: the workflow step, the comment to the authors, the
/// acceptance criteria ticked, and who is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision<'a> {
    pub case_id: i64,
    /// The revision the editor saw: a decision on a case changed since is refused.
    pub expected_revision: i64,
    pub next: observa_domain::CaseStatus,
    pub actor: i64,
    pub comment: Option<&'a str>,
    pub checklist: &'a [String],
    pub notify: &'a [NewNotification],
}

/// A comment an editor left for the authors of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewComment {
    pub id: i64,
    pub author: Option<String>,
    /// The decision it came with (a status slug, or `withdrawal_declined`).
    pub decision: Option<String>,
    pub body: String,
    pub checklist: Vec<String>,
    pub at: DateTime<Utc>,
}

/// A notification on someone's dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub id: i64,
    pub case_id: Option<i64>,
    pub case_slug: Option<String>,
    pub case_title: Option<String>,
    pub case_status: Option<String>,
    pub kind: String,
    pub message: String,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

/// An author's open request to withdraw a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WithdrawalRequest {
    pub id: i64,
    pub case_id: i64,
    pub requested_by: i64,
    pub requester: Option<String>,
    pub reason: String,
    pub created_at: DateTime<Utc>,
}

/// Which audit entries to list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AuditFilter {
    pub entity: Option<String>,
    pub action: Option<String>,
}

/// A page of the audit log, newest first, each entry with its actor's display name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AuditPage {
    pub total: i64,
    pub entries: Vec<(AuditEntry, Option<String>)>,
}

/// A named trend as stored: who made it and when, who changed it last and when.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredNamedTrend {
    pub id: i64,
    pub trend: NamedTrend,
    pub created_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_by: Option<i64>,
    pub updated_at: DateTime<Utc>,
}

/// How many cases answered a call, by workflow status (every status, public or not).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CallIntake {
    pub total: i64,
    /// (status, count), in the workflow's order; statuses with no case are left out.
    pub by_status: Vec<(observa_domain::CaseStatus, i64)>,
}

// --- contributions: uploaded files and collaborator invitations ---

/// A file uploaded to a case, stored under the data directory by the SHA-256 of its
/// content; the first upload of a content is the one recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaFile {
    /// Hex SHA-256 of the content.
    pub hash: String,
    /// The type found from the content (`image/png`, `application/pdf`, …).
    pub media_type: String,
    /// The file name's extension the site serves it under (`png`, `pdf`, …).
    pub extension: String,
    pub size: i64,
    pub uploaded_by: Option<i64>,
    pub created_at: DateTime<Utc>,
}

/// An invitation to edit a case with its owner, sent by email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: i64,
    pub case_id: i64,
    /// The address invited; never shown on a public page.
    pub email: String,
    pub invited_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub state: InvitationState,
    pub accepted_by: Option<i64>,
}

/// Where an invitation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitationState {
    Pending,
    Accepted,
    Withdrawn,
    /// Pending, but its link no longer works.
    Expired,
}

impl InvitationState {
    pub fn as_str(self) -> &'static str {
        match self {
            InvitationState::Pending => "pending",
            InvitationState::Accepted => "accepted",
            InvitationState::Withdrawn => "withdrawn",
            InvitationState::Expired => "expired",
        }
    }
}

/// An invitation to store: only the hash of the emailed token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvitation<'a> {
    pub case_id: i64,
    pub email: &'a str,
    /// Hex SHA-256 of the token.
    pub token_hash: &'a str,
    pub invited_by: i64,
    pub expires_at: DateTime<Utc>,
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
    /// Moves case `case_id` one step along the editorial workflow
    /// ([`CaseStatus::can_become`](observa_domain::CaseStatus::can_become)), in one
    /// transaction: the record with status `next` (validated for it, `published_at` stamped
    /// on first publication) as a new revision by `actor`, and an audit entry
    /// `status_changed` with `from`, `to` and `reason`. Fails with `Invalid` on a step the
    /// workflow does not allow or a record that does not meet `next`'s rules, with
    /// `Conflict` when `expected_revision` is given and is no longer the current one
    /// (someone changed the case meanwhile), and with `NotFound`. Nothing is written then.
    async fn transition_case(
        &self,
        case_id: i64,
        expected_revision: Option<i64>,
        next: observa_domain::CaseStatus,
        actor: i64,
        reason: Option<&str>,
    ) -> Result<StoredCase>;
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

    // --- calls for innovations and named trends (editors) ---
    async fn call_by_slug(&self, slug: &str) -> Result<Option<Call>>;
    /// Opens a new call (validated) with an audit entry `call_created` by `actor`, in one
    /// transaction. `Conflict` on a taken slug.
    async fn create_call(&self, actor: i64, call: &Call) -> Result<()>;
    /// Replaces the call with `call.slug` (validated; the slug stays), with an audit entry
    /// `call_changed` naming the fields that changed, in one transaction. `NotFound`.
    async fn update_call(&self, actor: i64, call: &Call) -> Result<()>;
    /// The cases that answered the call `slug` (`provenance.call`), counted by status.
    async fn call_intake(&self, slug: &str) -> Result<CallIntake>;
    /// How many cases answered each call, whatever their status: (call slug, count).
    async fn call_intake_totals(&self) -> Result<Vec<(String, i64)>>;
    /// Every named trend, by name.
    async fn named_trends(&self) -> Result<Vec<StoredNamedTrend>>;
    async fn named_trend(&self, slug: &str) -> Result<Option<StoredNamedTrend>>;
    /// Saves a new named trend (validated) with an audit entry `named_trend_created`, in one
    /// transaction. `Conflict` on a taken slug.
    async fn create_named_trend(&self, actor: i64, trend: &NamedTrend) -> Result<StoredNamedTrend>;
    /// Replaces the named trend with `trend.slug` (validated), audited
    /// `named_trend_changed`. `NotFound`.
    async fn update_named_trend(&self, actor: i64, trend: &NamedTrend) -> Result<StoredNamedTrend>;
    /// Deletes a named trend, audited `named_trend_deleted` (with its record). `NotFound`.
    async fn delete_named_trend(&self, actor: i64, slug: &str) -> Result<()>;
    async fn terms(&self, kind: TermKind) -> Result<Vec<Term>>;

    // --- editing the catalogue (editors' forms) ---
    /// Adds a term an editor made, in one transaction: checked alone
    /// ([`Term::validate`]), its parent a term of the same kind; `Conflict` on a taken slug.
    async fn add_term(&self, term: &Term) -> Result<()>;
    /// Changes an existing term's labels and parent (its slug is its identity), in one
    /// transaction: the parent must exist, be of the same kind and not descend from the
    /// term (`Invalid` on `parent`); every case using the term goes to the outbox, so that
    /// the search index learns the new labels. `NotFound` when there is no such term.
    async fn update_term(&self, term: &Term) -> Result<()>;
    /// How many cases (whatever their status) use each term of `kind`.
    async fn term_usage(&self, kind: TermKind) -> Result<Vec<FacetCount>>;
    /// Adds a new publication (validated); `Conflict` on a taken slug, and nothing written.
    async fn add_publication(&self, publication: &Publication) -> Result<()>;
    /// Adds a new toolkit (validated); `Conflict` on a taken slug, and nothing written.
    async fn add_toolkit(&self, toolkit: &Toolkit) -> Result<()>;

    // --- people ---
    /// Makes an account on the operator's word (`observa user add`): confirmed already,
    /// and written to the audit log in the same transaction. `Conflict` on a taken email.
    async fn create_user(
        &self,
        email: &str,
        display_name: &str,
        role: Role,
        password_hash: &str,
    ) -> Result<User>;
    /// Makes an unconfirmed contributor account from the sign-up form, with its
    /// confirmation token, the email that carries it and an audit entry, all in one
    /// transaction. `Conflict` on a taken email (and then nothing is stored).
    async fn sign_up(
        &self,
        account: &NewAccount<'_>,
        token: &NewEmailToken,
        mail: &NewMail,
    ) -> Result<User>;
    async fn user_by_email(&self, email: &str) -> Result<Option<User>>;
    async fn user_by_id(&self, id: i64) -> Result<Option<User>>;
    /// The account's Argon2id hash (PHC string).
    async fn password_hash(&self, user_id: i64) -> Result<Option<String>>;
    /// Every account, by email.
    async fn users(&self) -> Result<Vec<User>>;
    /// Gives `user_id` a new role, with an audit entry naming `actor`, in one transaction.
    async fn set_role(&self, actor: i64, user_id: i64, role: Role) -> Result<User>;
    /// Stores a new token for `user_id` (replacing any earlier one for the same purpose)
    /// and the email that carries it, in one transaction.
    async fn issue_email_token(
        &self,
        user_id: i64,
        token: &NewEmailToken,
        mail: &NewMail,
    ) -> Result<()>;
    /// The account an unexpired, unused token belongs to, without using it.
    async fn email_token_user(
        &self,
        token_hash: &str,
        purpose: TokenPurpose,
    ) -> Result<Option<User>>;
    /// Uses a confirmation token: marks the address confirmed (audited). `None` when the
    /// token is unknown, used or expired.
    async fn confirm_email(&self, token_hash: &str) -> Result<Option<User>>;
    /// Uses a reset token: stores the new hash, confirms the address (the link reached
    /// it), ends every session of the account (audited). `None` when the token is
    /// unknown, used or expired.
    async fn reset_password(&self, token_hash: &str, password_hash: &str) -> Result<Option<User>>;
    /// The audit log of one entity (`user`, `case`, `call`, `named_trend`…), oldest first.
    async fn audit_entries(&self, entity: &str, entity_id: i64) -> Result<Vec<AuditEntry>>;

    // --- review ---
    /// The editors' queue: cases matching `filter`, the longest waiting first.
    async fn review_queue(&self, filter: &ReviewFilter, page: Page) -> Result<ReviewQueue>;
    /// Applies an editor's decision in one transaction: the workflow step (as
    /// [`transition_case`](Store::transition_case), audited with the comment as reason),
    /// the comment and checklist, an open withdrawal request closed when the case is
    /// withdrawn, and each notification with its email. Nothing is written on failure.
    async fn decide(&self, decision: &Decision<'_>) -> Result<StoredCase>;
    /// The editors' comments to the authors of a case, oldest first.
    async fn review_comments(&self, case_id: i64) -> Result<Vec<ReviewComment>>;
    /// Display names of these accounts (unknown ids are left out).
    async fn display_names(&self, ids: &[i64]) -> Result<std::collections::HashMap<i64, String>>;
    /// An account's newest `limit` notifications, newest first.
    async fn notifications(&self, user_id: i64, limit: i64) -> Result<Vec<Notification>>;
    async fn unread_notifications(&self, user_id: i64) -> Result<i64>;
    /// Marks every notification of the account read; returns how many were unread.
    async fn mark_notifications_read(&self, user_id: i64) -> Result<u64>;
    /// Records an author's request to withdraw a published or archived case, with an
    /// audit entry `withdrawal_requested` and the notifications, in one transaction.
    /// `Conflict` when a request is open already, `Invalid` when the case is not public.
    async fn request_withdrawal(
        &self,
        case_id: i64,
        requested_by: i64,
        reason: &str,
        notify: &[NewNotification],
    ) -> Result<WithdrawalRequest>;
    /// The case's open withdrawal request, if any.
    async fn open_withdrawal(&self, case_id: i64) -> Result<Option<WithdrawalRequest>>;
    /// Declines the open withdrawal request with a reason (a review comment), audited
    /// `withdrawal_declined`, with the notifications, in one transaction. `NotFound` when
    /// no request is open.
    async fn decline_withdrawal(
        &self,
        case_id: i64,
        actor: i64,
        answer: &str,
        notify: &[NewNotification],
    ) -> Result<()>;
    /// The audit log, newest first.
    async fn audit_log(&self, filter: &AuditFilter, page: Page) -> Result<AuditPage>;
    /// The entities and actions the audit log holds (for its filters).
    async fn audit_kinds(&self) -> Result<(Vec<String>, Vec<String>)>;

    // --- mail ---
    async fn queue_mail(&self, mail: &NewMail) -> Result<i64>;
    /// The newest `limit` emails, newest first.
    async fn mail_outbox(&self, limit: i64) -> Result<Vec<Mail>>;
    /// Claims up to `limit` unsent emails that no one else is sending, for `lease`
    /// seconds, counting an attempt on each.
    async fn claim_mail(&self, limit: i64, lease: i64, max_attempts: i64) -> Result<Vec<Mail>>;
    /// Marks an email sent and forgets its body.
    async fn mail_sent(&self, id: i64) -> Result<()>;
    /// Records why sending failed; the email is tried again once its claim runs out.
    async fn mail_failed(&self, id: i64, error: &str) -> Result<()>;

    // --- sessions ---
    /// The unexpired session with this id hash.
    async fn load_session(&self, id_hash: &str) -> Result<Option<SessionRecord>>;
    /// Stores a new session; `false` (and nothing written) when the id hash is taken.
    async fn insert_session(&self, session: &SessionRecord) -> Result<bool>;
    /// Updates a stored session, noting that it was seen now. A session deleted
    /// meanwhile (signed out, or ended by a password reset in another process) stays
    /// deleted: `false` then.
    async fn save_session(&self, session: &SessionRecord) -> Result<bool>;
    async fn delete_session(&self, id_hash: &str) -> Result<()>;
    /// Deletes expired sessions and email tokens; returns how many sessions went.
    async fn delete_expired(&self) -> Result<u64>;

    // --- outbox ---
    /// Outbox entries after `seq`, oldest first, at most `limit`.
    async fn outbox_after(&self, seq: i64, limit: i64) -> Result<Vec<OutboxEntry>>;
    /// The newest outbox sequence number (0 when the outbox is empty).
    async fn last_outbox_seq(&self) -> Result<i64>;

    // --- contributions: uploaded files and collaborator invitations ---
    /// Every case `user_id` submitted or collaborates on, whatever its status, the most
    /// recently changed first.
    async fn cases_of_user(&self, user_id: i64) -> Result<Vec<StoredCase>>;
    /// Records an uploaded file; a content already recorded keeps its first record, which
    /// is returned.
    async fn record_media(&self, file: &MediaFile) -> Result<MediaFile>;
    async fn media(&self, hash: &str) -> Result<Option<MediaFile>>;
    /// Every case whose images or documents point at the file with this hash.
    async fn cases_with_media(&self, hash: &str) -> Result<Vec<StoredCase>>;
    /// Stores an invitation and the email that carries its link, in one transaction.
    async fn invite_collaborator(
        &self,
        invitation: &NewInvitation<'_>,
        mail: &NewMail,
    ) -> Result<Invitation>;
    /// The invitations to a case, oldest first.
    async fn invitations(&self, case_id: i64) -> Result<Vec<Invitation>>;
    /// The pending, unexpired invitation with this token hash.
    async fn invitation_by_token(&self, token_hash: &str) -> Result<Option<Invitation>>;
    /// Withdraws a pending invitation to `case_id` (audited as `invitation_withdrawn` by
    /// `actor`); `false` when there is no such pending invitation.
    async fn withdraw_invitation(
        &self,
        case_id: i64,
        invitation_id: i64,
        actor: i64,
    ) -> Result<bool>;
    /// Uses an invitation's token, in one transaction: the invitation becomes accepted,
    /// `user_id` joins the case's collaborators (unless they own it or are one already)
    /// in a new revision they author, audited as `collaborator_added`. `None` (nothing
    /// written) when the token is unknown, used, withdrawn or expired.
    async fn accept_invitation(&self, token_hash: &str, user_id: i64)
    -> Result<Option<StoredCase>>;

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
