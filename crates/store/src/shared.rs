//! The SQL both backends share. SQLite accepts PostgreSQL's `$1` placeholders and both
//! speak `RETURNING` and `ON CONFLICT`, so one body of code serves both: the
//! `shared_store!` macro instantiates it for a concrete sqlx database type. Each backend
//! module supplies only its connection set-up and `write_tx` (how a write transaction
//! starts).

/// The statuses the public may see, as an SQL list.
pub(crate) const PUBLIC_STATUSES: &str = "('published', 'archived')";

/// Reads a stored JSON record; `slug` names it in the error if it is unreadable.
pub(crate) fn parse_record<T: serde::de::DeserializeOwned>(
    slug: &str,
    json: &str,
) -> crate::Result<T> {
    serde_json::from_str(json).map_err(|source| crate::StoreError::CorruptRecord {
        slug: slug.to_string(),
        source,
    })
}

/// Maps a unique-constraint violation to `Conflict`, anything else to `Database`.
pub(crate) fn conflict_or(err: sqlx::Error, entity: &'static str, key: &str) -> crate::StoreError {
    match &err {
        sqlx::Error::Database(db) if db.is_unique_violation() => crate::StoreError::Conflict {
            entity,
            key: key.to_string(),
        },
        _ => crate::StoreError::Database(err),
    }
}

/// Whether two versions of an imported case say the same thing, ignoring the fields an
/// import never changes (slug, timestamps).
pub(crate) fn same_content(old: &observa_domain::Case, new: &observa_domain::Case) -> bool {
    let mut a = old.clone();
    let mut b = new.clone();
    for c in [&mut a, &mut b] {
        c.slug.clear();
        c.provenance.created_at = chrono::DateTime::UNIX_EPOCH;
        c.provenance.updated_at = chrono::DateTime::UNIX_EPOCH;
        c.provenance.published_at = None;
    }
    a == b
}

macro_rules! shared_store {
    ($store:ty, $db:ty, $backend:literal) => {
        use async_trait::async_trait;
        use futures::StreamExt as _;
        use futures::stream::BoxStream;
        use observa_domain::{
            Call, Case, CaseStatus, Lang, NamedTrend, Publication, Role, Term, TermKind, Toolkit, User, Vocabulary as _,
        };
        use sqlx::{QueryBuilder, Row as _};

        use crate::query::{CaseFilter, CasePage, FacetCount, Page, case_values};
        use crate::shared::{PUBLIC_STATUSES, conflict_or, parse_record, same_content};
        use crate::{
            AuditEntry, CallIntake, ImportKey, ImportOutcome, Invitation, InvitationState, LibraryCounts, Mail, MediaFile,
            NewAccount, NewEmailToken, NewInvitation, NewMail, OutboxEntry, Result, Revision, SessionRecord, Store, StoreError,
            StoredCase, StoredNamedTrend, TokenPurpose,
        };

        type Conn = <$db as sqlx::Database>::Connection;

        /// A case row as read for a write: id, revision, status and the record.
        struct Existing {
            id: i64,
            revision: i64,
            status: CaseStatus,
            case: Case,
        }

        /// How a write finds the row it replaces.
        enum Lookup<'a> {
            Id(i64),
            Slug(&'a str),
            Source { dataset: &'a str, record_id: &'a str },
        }

        async fn existing_by(conn: &mut Conn, key: Lookup<'_>) -> Result<Option<Existing>> {
            let id_text;
            let (query, name) = match key {
                Lookup::Id(id) => {
                    id_text = id.to_string();
                    (sqlx::query("SELECT id, revision, record FROM cases WHERE id = $1").bind(id), id_text.as_str())
                }
                Lookup::Slug(slug) => {
                    (sqlx::query("SELECT id, revision, record FROM cases WHERE slug = $1").bind(slug), slug)
                }
                Lookup::Source { dataset, record_id } => (
                    sqlx::query(
                        "SELECT id, revision, record FROM cases WHERE source_dataset = $1 AND source_record_id = $2",
                    )
                    .bind(dataset)
                    .bind(record_id),
                    record_id,
                ),
            };
            let Some(row) = query.fetch_optional(&mut *conn).await? else {
                return Ok(None);
            };
            let record: String = row.try_get("record")?;
            let case: Case = parse_record(name, &record)?;
            Ok(Some(Existing { id: row.try_get("id")?, revision: row.try_get("revision")?, status: case.status, case }))
        }

        /// Writes `case` as a new row or over `existing` (whose version moves to the history),
        /// with its projections and
        /// (when the public can see the change) an outbox entry. Runs inside the caller's transaction.
        async fn write_case(conn: &mut Conn, existing: Option<&Existing>, case: &Case, author: Option<i64>) -> Result<StoredCase> {
            case.validate()?;
            let record = serde_json::to_string(case).expect("a case always serialises");
            let (dataset, record_id) = case.provenance.source.dataset_and_id().unzip();
            let year = case.year_launched.map(i64::from);
            let p = &case.provenance;
            let (id, revision) = match existing {
                None => {
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO cases (slug, status, title, language, year_launched, source_dataset, \
                         source_record_id, record, revision, created_at, updated_at, published_at, written_by, written_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $10, $11, $12, $13) RETURNING id",
                    )
                    .bind(&case.slug).bind(case.status.slug()).bind(&case.title).bind(&case.language)
                    .bind(year).bind(dataset).bind(record_id).bind(&record)
                    .bind(p.created_at).bind(p.updated_at).bind(p.published_at).bind(author).bind(crate::now())
                    .fetch_one(&mut *conn)
                    .await
                    .map_err(|e| conflict_or(e, "case", &case.slug))?;
                    (id, 1)
                }
                Some(old) => {
                    let revision = old.revision + 1;
                    // The version being replaced moves to the history, as it was written.
                    sqlx::query(
                        "INSERT INTO case_revisions (case_id, revision, author_id, created_at, record) \
                         SELECT id, revision, written_by, written_at, record FROM cases WHERE id = $1",
                    )
                    .bind(old.id)
                    .execute(&mut *conn)
                    .await?;
                    sqlx::query(
                        "UPDATE cases SET slug = $1, status = $2, title = $3, language = $4, year_launched = $5, \
                         source_dataset = $6, source_record_id = $7, record = $8, revision = $9, created_at = $10, \
                         updated_at = $11, published_at = $12, written_by = $13, written_at = $14 WHERE id = $15",
                    )
                    .bind(&case.slug).bind(case.status.slug()).bind(&case.title).bind(&case.language)
                    .bind(year).bind(dataset).bind(record_id).bind(&record).bind(revision)
                    .bind(p.created_at).bind(p.updated_at).bind(p.published_at).bind(author).bind(crate::now()).bind(old.id)
                    .execute(&mut *conn)
                    .await
                    .map_err(|e| conflict_or(e, "case", &case.slug))?;
                    sqlx::query("DELETE FROM case_values WHERE case_id = $1").bind(old.id).execute(&mut *conn).await?;
                    (old.id, revision)
                }
            };
            let values = case_values(case);
            if !values.is_empty() {
                let mut qb = QueryBuilder::<$db>::new("INSERT INTO case_values (case_id, field, value) ");
                qb.push_values(values, |mut row, (field, value)| {
                    row.push_bind(id).push_bind(field).push_bind(value);
                });
                qb.build().execute(&mut *conn).await?;
            }
            if case.status.is_public() || existing.is_some_and(|old| old.status.is_public()) {
                enqueue(conn, "case", id).await?;
            }
            Ok(StoredCase { id, revision, case: case.clone() })
        }

        /// Checks, inside the transaction that saves `term`, that its parent is a term of the
        /// same kind and that following parents up from it never comes back to `term`.
        async fn check_parent(conn: &mut Conn, term: &Term) -> Result<()> {
            let Some(parent) = &term.parent else { return Ok(()) };
            let mut invalid = observa_domain::ValidationErrors::default();
            let mut at = Some(parent.clone());
            let mut seen = std::collections::HashSet::new();
            while let Some(slug) = at {
                if slug == term.slug {
                    invalid.add("parent", "parent_cycle", "This parent sits under the term itself.");
                    return Err(invalid.into());
                }
                if !seen.insert(slug.clone()) {
                    break;
                }
                let row: Option<(Option<String>,)> = sqlx::query_as("SELECT parent FROM terms WHERE kind = $1 AND slug = $2")
                    .bind(term.kind.as_str()).bind(&slug)
                    .fetch_optional(&mut *conn)
                    .await?;
                match row {
                    Some((next,)) => at = next,
                    None if slug == *parent => {
                        invalid.add("parent", "unknown_parent", "Choose a parent from this vocabulary.");
                        return Err(invalid.into());
                    }
                    None => break,
                }
            }
            Ok(())
        }

        async fn enqueue(conn: &mut Conn, entity: &'static str, id: i64) -> Result<()> {
            sqlx::query("INSERT INTO outbox (entity, entity_id, created_at) VALUES ($1, $2, $3)")
                .bind(entity).bind(id).bind(crate::now())
                .execute(&mut *conn)
                .await?;
            Ok(())
        }

        /// Appends `WHERE …` for the public cases matching `filter` (table alias `c`).
        fn push_filter(qb: &mut QueryBuilder<$db>, filter: &CaseFilter) {
            qb.push(" WHERE c.status IN ").push(PUBLIC_STATUSES);
            if let Some(y) = filter.year_from {
                qb.push(" AND c.year_launched >= ").push_bind(i64::from(y));
            }
            if let Some(y) = filter.year_to {
                qb.push(" AND c.year_launched <= ").push_bind(i64::from(y));
            }
            for (field, values) in filter.value_conditions() {
                qb.push(" AND c.id IN (SELECT case_id FROM case_values WHERE field = ").push_bind(field);
                qb.push(" AND value IN (");
                let mut list = qb.separated(", ");
                for v in values {
                    list.push_bind(v);
                }
                qb.push("))");
            }
        }

        fn stored_case(row: &<$db as sqlx::Database>::Row) -> Result<StoredCase> {
            let id: i64 = row.try_get("id")?;
            let record: String = row.try_get("record")?;
            Ok(StoredCase { id, revision: row.try_get("revision")?, case: parse_record(&id.to_string(), &record)? })
        }

        fn records<'a, T: serde::de::DeserializeOwned + Send + 'a>(
            pool: &'a sqlx::Pool<$db>,
            sql: &'static str,
        ) -> BoxStream<'a, Result<T>> {
            sqlx::query_scalar::<_, String>(sql)
                .fetch(pool)
                .map(|row| row.map_err(StoreError::from).and_then(|json| parse_record("(stream)", &json)))
                .boxed()
        }

        async fn all_records<T: serde::de::DeserializeOwned>(pool: &sqlx::Pool<$db>, sql: &'static str) -> Result<Vec<T>> {
            let rows: Vec<(String, String)> = sqlx::query_as(sql).fetch_all(pool).await?;
            rows.iter().map(|(slug, json)| parse_record(slug, json)).collect()
        }

        const USER_COLUMNS: &str = "SELECT id, email, display_name, role, created_at, confirmed_at, language FROM users";
        const MAIL_COLUMNS: &str =
            "SELECT id, recipient, subject, body, created_at, attempts, sent_at, last_error FROM mail_outbox";
        const MAIL_RETURNING: &str = "RETURNING id, recipient, subject, body, created_at, attempts, sent_at, last_error";

        const NAMED_TREND_COLUMNS: &str =
            "SELECT id, slug, record, created_by, created_at, updated_by, updated_at FROM named_trends";

        fn named_trend_row(row: &<$db as sqlx::Database>::Row) -> Result<StoredNamedTrend> {
            let slug: String = row.try_get("slug")?;
            let record: String = row.try_get("record")?;
            Ok(StoredNamedTrend {
                id: row.try_get("id")?,
                trend: parse_record(&slug, &record)?,
                created_by: row.try_get("created_by")?,
                created_at: row.try_get("created_at")?,
                updated_by: row.try_get("updated_by")?,
                updated_at: row.try_get("updated_at")?,
            })
        }

        fn user_row(row: &<$db as sqlx::Database>::Row) -> Result<User> {
            let role: String = row.try_get("role")?;
            let language: String = row.try_get("language")?;
            Ok(User {
                id: row.try_get("id")?,
                email: row.try_get("email")?,
                display_name: row.try_get("display_name")?,
                role: Role::parse(&role).map_err(|e| StoreError::Database(sqlx::Error::Decode(e.into())))?,
                created_at: row.try_get("created_at")?,
                confirmed_at: row.try_get("confirmed_at")?,
                language: Lang::from_code(&language).unwrap_or(Lang::En),
            })
        }

        fn mail_row(row: &<$db as sqlx::Database>::Row) -> Result<Mail> {
            Ok(Mail {
                id: row.try_get("id")?,
                recipient: row.try_get("recipient")?,
                subject: row.try_get("subject")?,
                body: row.try_get("body")?,
                created_at: row.try_get("created_at")?,
                attempts: row.try_get("attempts")?,
                sent_at: row.try_get("sent_at")?,
                last_error: row.try_get("last_error")?,
            })
        }

        async fn insert_user(
            conn: &mut Conn,
            email: &str,
            display_name: &str,
            role: Role,
            password_hash: &str,
            confirmed_at: Option<chrono::DateTime<chrono::Utc>>,
            language: Lang,
        ) -> Result<User> {
            let created_at = crate::now();
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO users (email, display_name, role, password_hash, created_at, confirmed_at, language) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(email).bind(display_name).bind(role.slug()).bind(password_hash).bind(created_at).bind(confirmed_at)
            .bind(language.code())
            .fetch_one(&mut *conn)
            .await
            .map_err(|e| conflict_or(e, "user", email))?;
            Ok(User { id, email: email.into(), display_name: display_name.into(), role, created_at, confirmed_at, language })
        }

        async fn audit(
            conn: &mut Conn,
            actor: Option<i64>,
            action: &str,
            entity: &str,
            entity_id: i64,
            detail: serde_json::Value,
        ) -> Result<()> {
            sqlx::query("INSERT INTO audit_log (at, actor_id, action, entity, entity_id, detail) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(crate::now()).bind(actor).bind(action).bind(entity).bind(entity_id).bind(detail.to_string())
                .execute(&mut *conn)
                .await?;
            Ok(())
        }

        /// Stores a token, replacing the account's earlier ones for the same purpose.
        async fn insert_token(conn: &mut Conn, user_id: i64, token: &NewEmailToken) -> Result<()> {
            sqlx::query("DELETE FROM email_tokens WHERE user_id = $1 AND purpose = $2")
                .bind(user_id).bind(token.purpose.as_str())
                .execute(&mut *conn)
                .await?;
            sqlx::query("INSERT INTO email_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(&token.hash).bind(user_id).bind(token.purpose.as_str()).bind(crate::now()).bind(token.expires_at.timestamp())
                .execute(&mut *conn)
                .await?;
            Ok(())
        }

        /// Deletes an unexpired token and says whose it was: a token works once.
        async fn use_token(conn: &mut Conn, token_hash: &str, purpose: TokenPurpose) -> Result<Option<i64>> {
            let user_id: Option<i64> = sqlx::query_scalar(
                "DELETE FROM email_tokens WHERE token_hash = $1 AND purpose = $2 AND expires_at > $3 RETURNING user_id",
            )
            .bind(token_hash).bind(purpose.as_str()).bind(crate::now().timestamp())
            .fetch_optional(&mut *conn)
            .await?;
            Ok(user_id)
        }

        async fn insert_mail(conn: &mut Conn, mail: &NewMail) -> Result<i64> {
            Ok(sqlx::query_scalar("INSERT INTO mail_outbox (recipient, subject, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
                .bind(&mail.recipient).bind(&mail.subject).bind(&mail.body).bind(crate::now())
                .fetch_one(&mut *conn)
                .await?)
        }

        /// Moves a case one workflow step inside the caller's transaction (see
        /// `Store::transition_case`).
        async fn transition(
            conn: &mut Conn,
            case_id: i64,
            expected_revision: Option<i64>,
            next: CaseStatus,
            actor: i64,
            reason: Option<&str>,
        ) -> Result<StoredCase> {
            let existing = existing_by(&mut *conn, Lookup::Id(case_id))
                .await?
                .ok_or_else(|| StoreError::NotFound { entity: "case", key: case_id.to_string() })?;
            if expected_revision.is_some_and(|r| r != existing.revision) {
                return Err(StoreError::Conflict { entity: "case revision", key: existing.case.slug });
            }
            let from = existing.status;
            if !from.can_become(next) {
                let mut errors = observa_domain::ValidationErrors::default();
                errors.add(
                    "status",
                    "transition_not_allowed",
                    format!("A case that is {} cannot become {}.", from.label(Lang::En), next.label(Lang::En)),
                );
                return Err(errors.into());
            }
            let mut case = existing.case.clone();
            let now = crate::now();
            case.status = next;
            case.provenance.updated_at = now;
            if next == CaseStatus::Published && case.provenance.published_at.is_none() {
                case.provenance.published_at = Some(now);
            }
            let stored = write_case(&mut *conn, Some(&existing), &case, Some(actor)).await?;
            audit(
                &mut *conn,
                Some(actor),
                "status_changed",
                "case",
                case_id,
                serde_json::json!({"from": from.slug(), "to": next.slug(), "reason": reason}),
            )
            .await?;
            Ok(stored)
        }

        // --- review ---

        /// Stores each notification and queues its email, inside the caller's transaction.
        async fn insert_notifications(conn: &mut Conn, case_id: i64, notify: &[crate::NewNotification]) -> Result<()> {
            for n in notify {
                sqlx::query("INSERT INTO notifications (user_id, case_id, kind, message, created_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(n.user_id).bind(case_id).bind(&n.kind).bind(&n.message).bind(crate::now())
                    .execute(&mut *conn)
                    .await?;
                if let Some(mail) = &n.mail {
                    insert_mail(conn, mail).await?;
                }
            }
            Ok(())
        }

        async fn insert_comment(
            conn: &mut Conn,
            case_id: i64,
            author: i64,
            decision: &str,
            body: &str,
            checklist: &[String],
        ) -> Result<()> {
            sqlx::query(
                "INSERT INTO review_comments (case_id, author_id, decision, body, checklist, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(case_id).bind(author).bind(decision).bind(body)
            .bind(serde_json::to_string(checklist).expect("serialisable")).bind(crate::now())
            .execute(&mut *conn)
            .await?;
            Ok(())
        }

        const WITHDRAWAL_COLUMNS: &str = "SELECT w.id, w.case_id, w.requested_by, u.display_name AS requester, w.reason, w.created_at \
             FROM withdrawal_requests w LEFT JOIN users u ON u.id = w.requested_by";

        fn withdrawal_row(row: &<$db as sqlx::Database>::Row) -> Result<crate::WithdrawalRequest> {
            Ok(crate::WithdrawalRequest {
                id: row.try_get("id")?,
                case_id: row.try_get("case_id")?,
                requested_by: row.try_get("requested_by")?,
                requester: row.try_get("requester")?,
                reason: row.try_get("reason")?,
                created_at: row.try_get("created_at")?,
            })
        }

        // --- contributions: uploaded files and collaborator invitations ---
        const INVITATION_COLUMNS: &str =
            "SELECT id, case_id, email, invited_by, created_at, expires_at, state, accepted_by FROM case_invitations";

        fn invitation_row(row: &<$db as sqlx::Database>::Row) -> Result<Invitation> {
            let expires: i64 = row.try_get("expires_at")?;
            let expires_at = chrono::DateTime::from_timestamp(expires, 0).unwrap_or_default();
            let state: String = row.try_get("state")?;
            let state = match state.as_str() {
                "accepted" => InvitationState::Accepted,
                "withdrawn" => InvitationState::Withdrawn,
                _ if expires <= crate::now().timestamp() => InvitationState::Expired,
                _ => InvitationState::Pending,
            };
            Ok(Invitation {
                id: row.try_get("id")?,
                case_id: row.try_get("case_id")?,
                email: row.try_get("email")?,
                invited_by: row.try_get("invited_by")?,
                created_at: row.try_get("created_at")?,
                expires_at,
                state,
                accepted_by: row.try_get("accepted_by")?,
            })
        }

        fn media_row(row: &<$db as sqlx::Database>::Row) -> Result<MediaFile> {
            Ok(MediaFile {
                hash: row.try_get("hash")?,
                media_type: row.try_get("media_type")?,
                extension: row.try_get("extension")?,
                size: row.try_get("size")?,
                uploaded_by: row.try_get("uploaded_by")?,
                created_at: row.try_get("created_at")?,
            })
        }

        /// Appends the queue's conditions (table alias `c`); `with_status` adds the status
        /// filter (the per-status counts leave it out).
        fn push_review_filter(qb: &mut QueryBuilder<$db>, filter: &crate::ReviewFilter, with_status: bool) {
            qb.push(" WHERE c.status <> 'draft'");
            if with_status {
                qb.push(" AND (c.status IN (");
                let mut list = qb.separated(", ");
                list.push_bind("-");
                for s in &filter.statuses {
                    list.push_bind(s.slug());
                }
                qb.push(")");
                if filter.withdrawal_requested {
                    qb.push(" OR c.id IN (SELECT case_id FROM withdrawal_requests WHERE outcome IS NULL)");
                }
                qb.push(")");
            }
            if let Some(call) = &filter.call {
                qb.push(" AND c.id IN (SELECT case_id FROM case_values WHERE field = 'call' AND value = ")
                    .push_bind(call.clone())
                    .push(")");
            }
            if let Some(days) = filter.waiting_days {
                qb.push(" AND c.written_at <= ").push_bind(crate::now() - chrono::Duration::days(i64::from(days)));
            }
        }

        /// The cases whose projection `field` holds `value`, most recently changed first.
        async fn cases_with_value(pool: &sqlx::Pool<$db>, field: &str, value: &str) -> Result<Vec<StoredCase>> {
            let rows = sqlx::query(
                "SELECT id, revision, record FROM cases WHERE id IN \
                 (SELECT case_id FROM case_values WHERE field = $1 AND value = $2) ORDER BY written_at DESC, id DESC",
            )
            .bind(field).bind(value)
            .fetch_all(pool)
            .await?;
            rows.iter().map(stored_case).collect()
        }

        #[async_trait]
        impl Store for $store {
            fn backend(&self) -> &'static str {
                $backend
            }

            async fn insert_case(&self, case: &Case, author: Option<i64>) -> Result<StoredCase> {
                let mut tx = self.write_tx().await?;
                let stored = write_case(&mut tx, None, case, author).await?;
                tx.commit().await?;
                Ok(stored)
            }

            async fn update_case(&self, case: &Case, author: Option<i64>) -> Result<StoredCase> {
                let mut tx = self.write_tx().await?;
                let existing = existing_by(&mut tx, Lookup::Slug(&case.slug))
                    .await?
                    .ok_or_else(|| StoreError::NotFound { entity: "case", key: case.slug.clone() })?;
                let stored = write_case(&mut tx, Some(&existing), case, author).await?;
                tx.commit().await?;
                Ok(stored)
            }

            async fn transition_case(
                &self,
                case_id: i64,
                expected_revision: Option<i64>,
                next: CaseStatus,
                actor: i64,
                reason: Option<&str>,
            ) -> Result<StoredCase> {
                let mut tx = self.write_tx().await?;
                let stored = transition(&mut tx, case_id, expected_revision, next, actor, reason).await?;
                tx.commit().await?;
                Ok(stored)
            }

            async fn import_cases(&self, cases: &[Case], key: ImportKey) -> Result<Vec<ImportOutcome>> {
                let mut tx = self.write_tx().await?;
                let mut outcomes = Vec::with_capacity(cases.len());
                for case in cases {
                    let existing = match key {
                        ImportKey::Slug => existing_by(&mut tx, Lookup::Slug(&case.slug)).await?,
                        ImportKey::Source => {
                            let Some((dataset, record_id)) = case.provenance.source.dataset_and_id() else {
                                let mut errors = observa_domain::ValidationErrors::default();
                                errors.add("provenance.source", "not_imported", "An imported case needs its dataset and record id.");
                                return Err(errors.into());
                            };
                            existing_by(&mut tx, Lookup::Source { dataset, record_id }).await?
                        }
                    };
                    let outcome = match existing {
                        Some(old) => {
                            let mut new = case.clone();
                            if key == ImportKey::Source {
                                new.slug.clone_from(&old.case.slug);
                                new.provenance.created_at = old.case.provenance.created_at;
                                new.provenance.published_at =
                                    old.case.provenance.published_at.or(new.provenance.published_at);
                            }
                            if same_content(&old.case, &new) && (key == ImportKey::Source || old.case == new) {
                                ImportOutcome::Unchanged
                            } else {
                                write_case(&mut tx, Some(&old), &new, None).await?;
                                ImportOutcome::Updated
                            }
                        }
                        None => {
                            let mut new = case.clone();
                            let mut n = 1;
                            while key == ImportKey::Source
                                && sqlx::query("SELECT 1 FROM cases WHERE slug = $1")
                                    .bind(&new.slug)
                                    .fetch_optional(&mut *tx)
                                    .await?
                                    .is_some()
                            {
                                n += 1;
                                new.slug = format!("{}-{n}", case.slug);
                            }
                            write_case(&mut tx, None, &new, None).await?;
                            ImportOutcome::Added
                        }
                    };
                    outcomes.push(outcome);
                }
                tx.commit().await?;
                Ok(outcomes)
            }

            async fn revisions(&self, case_id: i64) -> Result<Vec<Revision>> {
                let rows = sqlx::query(
                    "SELECT revision, author_id, created_at, record FROM case_revisions WHERE case_id = $1 \
                     UNION ALL SELECT revision, written_by, written_at, record FROM cases WHERE id = $1 ORDER BY revision",
                )
                .bind(case_id)
                .fetch_all(&self.pool)
                .await?;
                rows.iter()
                    .map(|row| {
                        let record: String = row.try_get("record")?;
                        Ok(Revision {
                            number: row.try_get("revision")?,
                            author: row.try_get("author_id")?,
                            written_at: row.try_get("created_at")?,
                            case: parse_record(&case_id.to_string(), &record)?,
                        })
                    })
                    .collect()
            }

            async fn imported_record_ids(&self, dataset: &str) -> Result<Vec<String>> {
                Ok(sqlx::query_scalar("SELECT source_record_id FROM cases WHERE source_dataset = $1 ORDER BY id")
                    .bind(dataset)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn case_by_slug(&self, slug: &str) -> Result<Option<StoredCase>> {
                let row = sqlx::query("SELECT id, revision, record FROM cases WHERE slug = $1")
                    .bind(slug)
                    .fetch_optional(&self.pool)
                    .await?;
                row.as_ref().map(stored_case).transpose()
            }

            async fn case_by_id(&self, id: i64) -> Result<Option<StoredCase>> {
                let row = sqlx::query("SELECT id, revision, record FROM cases WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
                row.as_ref().map(stored_case).transpose()
            }

            async fn list_cases(&self, filter: &CaseFilter, page: Page) -> Result<CasePage> {
                let mut count = QueryBuilder::<$db>::new("SELECT COUNT(*) FROM cases c");
                push_filter(&mut count, filter);
                let total: i64 = count.build_query_scalar().fetch_one(&self.pool).await?;
                let mut qb = QueryBuilder::<$db>::new("SELECT c.id, c.revision, c.record FROM cases c");
                push_filter(&mut qb, filter);
                qb.push(" ORDER BY c.published_at DESC, c.id DESC LIMIT ").push_bind(i64::from(page.size));
                qb.push(" OFFSET ").push_bind(page.offset());
                let rows = qb.build().fetch_all(&self.pool).await?;
                let cases = rows.iter().map(stored_case).collect::<Result<_>>()?;
                Ok(CasePage { total, cases })
            }

            async fn facet_counts(&self, field: &str, filter: &CaseFilter) -> Result<Vec<FacetCount>> {
                let mut qb = QueryBuilder::<$db>::new(
                    "SELECT v.value, COUNT(*) AS n FROM case_values v JOIN cases c ON c.id = v.case_id",
                );
                push_filter(&mut qb, filter);
                qb.push(" AND v.field = ").push_bind(field.to_string());
                qb.push(" GROUP BY v.value ORDER BY n DESC, v.value");
                let rows: Vec<(String, i64)> = qb.build_query_as().fetch_all(&self.pool).await?;
                Ok(rows.into_iter().map(|(value, count)| FacetCount { value, count }).collect())
            }

            async fn counts(&self) -> Result<LibraryCounts> {
                // Keep the status list in step with PUBLIC_STATUSES.
                const SQL: &str = "SELECT (SELECT COUNT(*) FROM cases WHERE status IN ('published', 'archived')), \
                    (SELECT COUNT(DISTINCT v.value) FROM case_values v JOIN cases c ON c.id = v.case_id \
                    WHERE v.field = 'country' AND v.value <> 'EU' AND c.status IN ('published', 'archived'))";
                let (cases, countries): (i64, i64) = sqlx::query_as(SQL).fetch_one(&self.pool).await?;
                Ok(LibraryCounts { cases, countries })
            }

            fn public_cases(&self) -> BoxStream<'_, Result<StoredCase>> {
                sqlx::query("SELECT id, revision, record FROM cases WHERE status IN ('published', 'archived') ORDER BY id")
                    .fetch(&self.pool)
                    .map(|row| row.map_err(StoreError::from).and_then(|row| stored_case(&row)))
                    .boxed()
            }

            async fn cases_by_ids(&self, ids: &[i64]) -> Result<Vec<StoredCase>> {
                let mut found = Vec::with_capacity(ids.len());
                for chunk in ids.chunks(500) {
                    let mut qb = QueryBuilder::<$db>::new("SELECT id, revision, record FROM cases WHERE id IN (");
                    let mut list = qb.separated(", ");
                    for id in chunk {
                        list.push_bind(*id);
                    }
                    qb.push(")");
                    for row in qb.build().fetch_all(&self.pool).await? {
                        found.push(stored_case(&row)?);
                    }
                }
                found.sort_by_key(|c| ids.iter().position(|id| *id == c.id));
                Ok(found)
            }

            fn all_cases(&self) -> BoxStream<'_, Result<Case>> {
                records(&self.pool, "SELECT record FROM cases ORDER BY id")
            }

            async fn upsert_publication(&self, p: &Publication) -> Result<()> {
                p.validate()?;
                let mut tx = self.write_tx().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO publications (slug, year, record, updated_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (slug) DO UPDATE SET year = excluded.year, record = excluded.record, \
                     updated_at = excluded.updated_at RETURNING id",
                )
                .bind(&p.slug).bind(i64::from(p.year)).bind(serde_json::to_string(p).expect("serialisable"))
                .bind(crate::now())
                .fetch_one(&mut *tx)
                .await?;
                enqueue(&mut tx, "publication", id).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn publications(&self) -> Result<Vec<Publication>> {
                all_records(&self.pool, "SELECT slug, record FROM publications ORDER BY year DESC, slug").await
            }

            async fn publication_by_slug(&self, slug: &str) -> Result<Option<Publication>> {
                let json: Option<String> = sqlx::query_scalar("SELECT record FROM publications WHERE slug = $1")
                    .bind(slug)
                    .fetch_optional(&self.pool)
                    .await?;
                json.map(|j| parse_record(slug, &j)).transpose()
            }

            async fn upsert_toolkit(&self, t: &Toolkit) -> Result<()> {
                t.validate()?;
                let mut tx = self.write_tx().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO toolkits (slug, name, record, updated_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (slug) DO UPDATE SET name = excluded.name, record = excluded.record, \
                     updated_at = excluded.updated_at RETURNING id",
                )
                .bind(&t.slug).bind(&t.name).bind(serde_json::to_string(t).expect("serialisable")).bind(crate::now())
                .fetch_one(&mut *tx)
                .await?;
                enqueue(&mut tx, "toolkit", id).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn toolkits(&self) -> Result<Vec<Toolkit>> {
                all_records(&self.pool, "SELECT slug, record FROM toolkits ORDER BY name").await
            }

            async fn upsert_call(&self, call: &Call) -> Result<()> {
                call.validate()?;
                sqlx::query(
                    "INSERT INTO calls (slug, opens, closes, record, updated_at) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (slug) DO UPDATE SET opens = excluded.opens, closes = excluded.closes, \
                     record = excluded.record, updated_at = excluded.updated_at",
                )
                .bind(&call.slug).bind(call.opens).bind(call.closes)
                .bind(serde_json::to_string(call).expect("serialisable")).bind(crate::now())
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn calls(&self) -> Result<Vec<Call>> {
                all_records(&self.pool, "SELECT slug, record FROM calls ORDER BY opens DESC").await
            }

            async fn upsert_term(&self, term: &Term) -> Result<()> {
                sqlx::query(
                    "INSERT INTO terms (kind, slug, parent, record) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (kind, slug) DO UPDATE SET parent = excluded.parent, record = excluded.record",
                )
                .bind(term.kind.as_str()).bind(&term.slug).bind(&term.parent)
                .bind(serde_json::to_string(term).expect("serialisable"))
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn terms(&self, kind: TermKind) -> Result<Vec<Term>> {
                let rows: Vec<(String, String)> = sqlx::query_as("SELECT slug, record FROM terms WHERE kind = $1 ORDER BY slug")
                    .bind(kind.as_str())
                    .fetch_all(&self.pool)
                    .await?;
                rows.iter().map(|(slug, json)| parse_record(slug, json)).collect()
            }

            // --- editing the catalogue (editors' forms) ---

            async fn add_term(&self, term: &Term) -> Result<()> {
                term.validate()?;
                let mut tx = self.write_tx().await?;
                check_parent(&mut tx, term).await?;
                sqlx::query("INSERT INTO terms (kind, slug, parent, record) VALUES ($1, $2, $3, $4)")
                    .bind(term.kind.as_str()).bind(&term.slug).bind(&term.parent)
                    .bind(serde_json::to_string(term).expect("serialisable"))
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| conflict_or(e, "term", &term.slug))?;
                tx.commit().await?;
                Ok(())
            }

            async fn update_term(&self, term: &Term) -> Result<()> {
                term.validate()?;
                let mut tx = self.write_tx().await?;
                check_parent(&mut tx, term).await?;
                let updated = sqlx::query("UPDATE terms SET parent = $1, record = $2 WHERE kind = $3 AND slug = $4")
                    .bind(&term.parent).bind(serde_json::to_string(term).expect("serialisable"))
                    .bind(term.kind.as_str()).bind(&term.slug)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if updated == 0 {
                    return Err(StoreError::NotFound { entity: "term", key: term.slug.clone() });
                }
                // The index holds every label of a public case's terms, for searching: re-index those cases.
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "INSERT INTO outbox (entity, entity_id, created_at) \
                     SELECT 'case', v.case_id, $1 FROM case_values v JOIN cases c ON c.id = v.case_id \
                     WHERE v.field = $2 AND v.value = $3 AND c.status IN {PUBLIC_STATUSES} ORDER BY v.case_id",
                )))
                .bind(crate::now()).bind(term.kind.as_str()).bind(&term.slug)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn term_usage(&self, kind: TermKind) -> Result<Vec<FacetCount>> {
                let rows: Vec<(String, i64)> = sqlx::query_as(
                    "SELECT value, COUNT(*) FROM case_values WHERE field = $1 GROUP BY value ORDER BY value",
                )
                .bind(kind.as_str())
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(|(value, count)| FacetCount { value, count }).collect())
            }

            async fn add_publication(&self, p: &Publication) -> Result<()> {
                p.validate()?;
                let mut tx = self.write_tx().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO publications (slug, year, record, updated_at) VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(&p.slug).bind(i64::from(p.year)).bind(serde_json::to_string(p).expect("serialisable"))
                .bind(crate::now())
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| conflict_or(e, "publication", &p.slug))?;
                enqueue(&mut tx, "publication", id).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn add_toolkit(&self, t: &Toolkit) -> Result<()> {
                t.validate()?;
                let mut tx = self.write_tx().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO toolkits (slug, name, record, updated_at) VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(&t.slug).bind(&t.name).bind(serde_json::to_string(t).expect("serialisable")).bind(crate::now())
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| conflict_or(e, "toolkit", &t.slug))?;
                enqueue(&mut tx, "toolkit", id).await?;
                tx.commit().await?;
                Ok(())
            }

            // --- calls for innovations and named trends (editors) ---

            async fn call_by_slug(&self, slug: &str) -> Result<Option<Call>> {
                let json: Option<String> = sqlx::query_scalar("SELECT record FROM calls WHERE slug = $1")
                    .bind(slug)
                    .fetch_optional(&self.pool)
                    .await?;
                json.map(|j| parse_record(slug, &j)).transpose()
            }

            async fn create_call(&self, actor: i64, call: &Call) -> Result<()> {
                call.validate()?;
                let mut tx = self.write_tx().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO calls (slug, opens, closes, record, updated_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(&call.slug).bind(call.opens).bind(call.closes)
                .bind(serde_json::to_string(call).expect("serialisable")).bind(crate::now())
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| conflict_or(e, "call", &call.slug))?;
                audit(&mut tx, Some(actor), "call_created", "call", id, serde_json::json!({"slug": call.slug})).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn update_call(&self, actor: i64, call: &Call) -> Result<()> {
                call.validate()?;
                let mut tx = self.write_tx().await?;
                let row: Option<(i64, String)> = sqlx::query_as("SELECT id, record FROM calls WHERE slug = $1")
                    .bind(&call.slug)
                    .fetch_optional(&mut *tx)
                    .await?;
                let Some((id, json)) = row else {
                    return Err(StoreError::NotFound { entity: "call", key: call.slug.clone() });
                };
                let old: Call = parse_record(&call.slug, &json)?;
                let (old_json, new_json) = (serde_json::to_value(&old).expect("serialisable"), serde_json::to_value(call).expect("serialisable"));
                let changed: Vec<&String> = new_json
                    .as_object()
                    .into_iter()
                    .flatten()
                    .filter(|(k, v)| old_json.get(k.as_str()) != Some(v))
                    .map(|(k, _)| k)
                    .collect();
                if !changed.is_empty() {
                    sqlx::query("UPDATE calls SET opens = $1, closes = $2, record = $3, updated_at = $4 WHERE id = $5")
                        .bind(call.opens).bind(call.closes)
                        .bind(new_json.to_string()).bind(crate::now()).bind(id)
                        .execute(&mut *tx)
                        .await?;
                    let detail = serde_json::json!({
                        "slug": call.slug,
                        "changed": changed,
                        "opens": [old.opens, call.opens],
                        "closes": [old.closes, call.closes],
                    });
                    audit(&mut tx, Some(actor), "call_changed", "call", id, detail).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn call_intake(&self, slug: &str) -> Result<CallIntake> {
                let rows: Vec<(String, i64)> = sqlx::query_as(
                    "SELECT c.status, COUNT(*) FROM cases c JOIN case_values v ON v.case_id = c.id \
                     WHERE v.field = 'call' AND v.value = $1 GROUP BY c.status",
                )
                .bind(slug)
                .fetch_all(&self.pool)
                .await?;
                let mut intake = CallIntake::default();
                for &status in CaseStatus::ALL {
                    if let Some((_, n)) = rows.iter().find(|(s, _)| s == status.slug()) {
                        intake.total += n;
                        intake.by_status.push((status, *n));
                    }
                }
                Ok(intake)
            }

            async fn call_intake_totals(&self) -> Result<Vec<(String, i64)>> {
                Ok(sqlx::query_as("SELECT value, COUNT(*) FROM case_values WHERE field = 'call' GROUP BY value ORDER BY value")
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn named_trends(&self) -> Result<Vec<StoredNamedTrend>> {
                let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{NAMED_TREND_COLUMNS} ORDER BY slug"))).fetch_all(&self.pool).await?;
                let mut trends = rows.iter().map(named_trend_row).collect::<Result<Vec<_>>>()?;
                trends.sort_by_key(|t| t.trend.name.to_lowercase());
                Ok(trends)
            }

            async fn named_trend(&self, slug: &str) -> Result<Option<StoredNamedTrend>> {
                let row = sqlx::query(sqlx::AssertSqlSafe(format!("{NAMED_TREND_COLUMNS} WHERE slug = $1")))
                    .bind(slug)
                    .fetch_optional(&self.pool)
                    .await?;
                row.as_ref().map(named_trend_row).transpose()
            }

            async fn create_named_trend(&self, actor: i64, trend: &NamedTrend) -> Result<StoredNamedTrend> {
                trend.validate()?;
                let mut tx = self.write_tx().await?;
                let now = crate::now();
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO named_trends (slug, record, created_by, created_at, updated_by, updated_at) \
                     VALUES ($1, $2, $3, $4, $3, $4) RETURNING id",
                )
                .bind(&trend.slug).bind(serde_json::to_string(trend).expect("serialisable")).bind(actor).bind(now)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| conflict_or(e, "named trend", &trend.slug))?;
                audit(&mut tx, Some(actor), "named_trend_created", "named_trend", id, serde_json::json!({"slug": trend.slug, "name": trend.name})).await?;
                tx.commit().await?;
                Ok(StoredNamedTrend { id, trend: trend.clone(), created_by: Some(actor), created_at: now, updated_by: Some(actor), updated_at: now })
            }

            async fn update_named_trend(&self, actor: i64, trend: &NamedTrend) -> Result<StoredNamedTrend> {
                trend.validate()?;
                let mut tx = self.write_tx().await?;
                let row = sqlx::query(sqlx::AssertSqlSafe(format!("{NAMED_TREND_COLUMNS} WHERE slug = $1")))
                    .bind(&trend.slug)
                    .fetch_optional(&mut *tx)
                    .await?;
                let Some(mut stored) = row.as_ref().map(named_trend_row).transpose()? else {
                    return Err(StoreError::NotFound { entity: "named trend", key: trend.slug.clone() });
                };
                let now = crate::now();
                sqlx::query("UPDATE named_trends SET record = $1, updated_by = $2, updated_at = $3 WHERE id = $4")
                    .bind(serde_json::to_string(trend).expect("serialisable")).bind(actor).bind(now).bind(stored.id)
                    .execute(&mut *tx)
                    .await?;
                let detail = serde_json::json!({"slug": trend.slug, "from": stored.trend, "to": trend});
                audit(&mut tx, Some(actor), "named_trend_changed", "named_trend", stored.id, detail).await?;
                tx.commit().await?;
                stored.trend = trend.clone();
                stored.updated_by = Some(actor);
                stored.updated_at = now;
                Ok(stored)
            }

            async fn delete_named_trend(&self, actor: i64, slug: &str) -> Result<()> {
                let mut tx = self.write_tx().await?;
                let row: Option<(i64, String)> = sqlx::query_as("DELETE FROM named_trends WHERE slug = $1 RETURNING id, record")
                    .bind(slug)
                    .fetch_optional(&mut *tx)
                    .await?;
                let Some((id, record)) = row else {
                    return Err(StoreError::NotFound { entity: "named trend", key: slug.to_string() });
                };
                let record: serde_json::Value = serde_json::from_str(&record).unwrap_or_default();
                audit(&mut tx, Some(actor), "named_trend_deleted", "named_trend", id, serde_json::json!({"slug": slug, "record": record})).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn create_user(&self, email: &str, display_name: &str, role: Role, password_hash: &str) -> Result<User> {
                let mut tx = self.write_tx().await?;
                let now = crate::now();
                let user = insert_user(&mut tx, email, display_name, role, password_hash, Some(now), Lang::En).await?;
                audit(&mut tx, None, "user_created", "user", user.id, serde_json::json!({"role": role.slug(), "by": "operator"})).await?;
                tx.commit().await?;
                Ok(user)
            }

            async fn sign_up(&self, account: &NewAccount<'_>, token: &NewEmailToken, mail: &NewMail) -> Result<User> {
                let mut tx = self.write_tx().await?;
                let user = insert_user(&mut tx, account.email, account.display_name, Role::Contributor, account.password_hash, None, account.language).await?;
                audit(&mut tx, Some(user.id), "user_signed_up", "user", user.id, serde_json::json!({"role": Role::Contributor.slug()})).await?;
                insert_token(&mut tx, user.id, token).await?;
                insert_mail(&mut tx, mail).await?;
                tx.commit().await?;
                Ok(user)
            }

            async fn user_by_email(&self, email: &str) -> Result<Option<User>> {
                let row = sqlx::query(sqlx::AssertSqlSafe(format!("{USER_COLUMNS} WHERE lower(email) = lower($1)")))
                    .bind(email)
                    .fetch_optional(&self.pool)
                    .await?;
                row.as_ref().map(user_row).transpose()
            }

            async fn user_by_id(&self, id: i64) -> Result<Option<User>> {
                let row = sqlx::query(sqlx::AssertSqlSafe(format!("{USER_COLUMNS} WHERE id = $1"))).bind(id).fetch_optional(&self.pool).await?;
                row.as_ref().map(user_row).transpose()
            }

            async fn password_hash(&self, user_id: i64) -> Result<Option<String>> {
                Ok(sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1").bind(user_id).fetch_optional(&self.pool).await?)
            }

            async fn users(&self) -> Result<Vec<User>> {
                let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{USER_COLUMNS} ORDER BY lower(email)"))).fetch_all(&self.pool).await?;
                rows.iter().map(user_row).collect()
            }

            async fn set_role(&self, actor: i64, user_id: i64, role: Role) -> Result<User> {
                let mut tx = self.write_tx().await?;
                let row = sqlx::query(sqlx::AssertSqlSafe(format!("{USER_COLUMNS} WHERE id = $1"))).bind(user_id).fetch_optional(&mut *tx).await?;
                let Some(mut user) = row.as_ref().map(user_row).transpose()? else {
                    return Err(StoreError::NotFound { entity: "user", key: user_id.to_string() });
                };
                if user.role != role {
                    sqlx::query("UPDATE users SET role = $1 WHERE id = $2").bind(role.slug()).bind(user_id).execute(&mut *tx).await?;
                    audit(&mut tx, Some(actor), "role_changed", "user", user_id, serde_json::json!({"from": user.role.slug(), "to": role.slug()})).await?;
                    user.role = role;
                }
                tx.commit().await?;
                Ok(user)
            }

            async fn issue_email_token(&self, user_id: i64, token: &NewEmailToken, mail: &NewMail) -> Result<()> {
                let mut tx = self.write_tx().await?;
                insert_token(&mut tx, user_id, token).await?;
                insert_mail(&mut tx, mail).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn email_token_user(&self, token_hash: &str, purpose: TokenPurpose) -> Result<Option<User>> {
                let row = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "{USER_COLUMNS} WHERE id = (SELECT user_id FROM email_tokens WHERE token_hash = $1 AND purpose = $2 AND expires_at > $3)"
                )))
                .bind(token_hash).bind(purpose.as_str()).bind(crate::now().timestamp())
                .fetch_optional(&self.pool)
                .await?;
                row.as_ref().map(user_row).transpose()
            }

            async fn confirm_email(&self, token_hash: &str) -> Result<Option<User>> {
                let mut tx = self.write_tx().await?;
                let Some(user_id) = use_token(&mut tx, token_hash, TokenPurpose::Confirm).await? else {
                    return Ok(None);
                };
                let now = crate::now();
                sqlx::query("UPDATE users SET confirmed_at = $1 WHERE id = $2 AND confirmed_at IS NULL")
                    .bind(now).bind(user_id).execute(&mut *tx).await?;
                audit(&mut tx, Some(user_id), "email_confirmed", "user", user_id, serde_json::json!({})).await?;
                let row = sqlx::query(sqlx::AssertSqlSafe(format!("{USER_COLUMNS} WHERE id = $1"))).bind(user_id).fetch_one(&mut *tx).await?;
                let user = user_row(&row)?;
                tx.commit().await?;
                Ok(Some(user))
            }

            async fn reset_password(&self, token_hash: &str, password_hash: &str) -> Result<Option<User>> {
                let mut tx = self.write_tx().await?;
                let Some(user_id) = use_token(&mut tx, token_hash, TokenPurpose::Reset).await? else {
                    return Ok(None);
                };
                sqlx::query("UPDATE users SET password_hash = $1, confirmed_at = COALESCE(confirmed_at, $2) WHERE id = $3")
                    .bind(password_hash).bind(crate::now()).bind(user_id).execute(&mut *tx).await?;
                let ended = sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?.rows_affected();
                audit(&mut tx, Some(user_id), "password_reset", "user", user_id, serde_json::json!({"sessions_ended": ended})).await?;
                let row = sqlx::query(sqlx::AssertSqlSafe(format!("{USER_COLUMNS} WHERE id = $1"))).bind(user_id).fetch_one(&mut *tx).await?;
                let user = user_row(&row)?;
                tx.commit().await?;
                Ok(Some(user))
            }

            async fn audit_entries(&self, entity: &str, entity_id: i64) -> Result<Vec<AuditEntry>> {
                let rows = sqlx::query(
                    "SELECT at, actor_id, action, entity, entity_id, detail FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id",
                )
                .bind(entity).bind(entity_id)
                .fetch_all(&self.pool)
                .await?;
                rows.iter()
                    .map(|row| {
                        Ok(AuditEntry {
                            at: row.try_get("at")?,
                            actor_id: row.try_get("actor_id")?,
                            action: row.try_get("action")?,
                            entity: row.try_get("entity")?,
                            entity_id: row.try_get("entity_id")?,
                            detail: row.try_get("detail")?,
                        })
                    })
                    .collect()
            }

            // --- review ---

            async fn review_queue(&self, filter: &crate::ReviewFilter, page: Page) -> Result<crate::ReviewQueue> {
                let mut count = QueryBuilder::<$db>::new("SELECT COUNT(*) FROM cases c");
                push_review_filter(&mut count, filter, true);
                let total: i64 = count.build_query_scalar().fetch_one(&self.pool).await?;
                let mut qb = QueryBuilder::<$db>::new(
                    "SELECT c.id, c.revision, c.record, c.written_at, \
                     (SELECT COUNT(*) FROM withdrawal_requests w WHERE w.case_id = c.id AND w.outcome IS NULL) AS withdrawals \
                     FROM cases c",
                );
                push_review_filter(&mut qb, filter, true);
                qb.push(" ORDER BY c.written_at, c.id LIMIT ").push_bind(i64::from(page.size));
                qb.push(" OFFSET ").push_bind(page.offset());
                let rows = qb.build().fetch_all(&self.pool).await?;
                let mut items = Vec::with_capacity(rows.len());
                for row in &rows {
                    let stored = stored_case(row)?;
                    let withdrawals: i64 = row.try_get("withdrawals")?;
                    items.push(crate::QueueItem {
                        id: stored.id,
                        revision: stored.revision,
                        author: None,
                        waiting_since: row.try_get("written_at")?,
                        withdrawal_requested: withdrawals > 0,
                        case: stored.case,
                    });
                }
                let ids: Vec<i64> = items.iter().filter_map(|i| i.case.provenance.submitted_by).collect();
                let names = self.display_names(&ids).await?;
                for item in &mut items {
                    item.author = item.case.provenance.submitted_by.and_then(|id| names.get(&id).cloned());
                }
                let mut qb = QueryBuilder::<$db>::new("SELECT c.status, COUNT(*) FROM cases c");
                push_review_filter(&mut qb, filter, false);
                qb.push(" GROUP BY c.status");
                let rows: Vec<(String, i64)> = qb.build_query_as().fetch_all(&self.pool).await?;
                let counts = CaseStatus::ALL
                    .iter()
                    .filter(|s| **s != CaseStatus::Draft)
                    .map(|s| (*s, rows.iter().find(|(slug, _)| slug == s.slug()).map_or(0, |(_, n)| *n)))
                    .collect();
                let open_withdrawals: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM withdrawal_requests WHERE outcome IS NULL")
                        .fetch_one(&self.pool)
                        .await?;
                Ok(crate::ReviewQueue { total, items, counts, open_withdrawals })
            }

            async fn decide(&self, d: &crate::Decision<'_>) -> Result<StoredCase> {
                let mut tx = self.write_tx().await?;
                let stored = transition(&mut tx, d.case_id, Some(d.expected_revision), d.next, d.actor, d.comment).await?;
                if d.comment.is_some_and(|c| !c.trim().is_empty()) || !d.checklist.is_empty() {
                    insert_comment(&mut tx, d.case_id, d.actor, d.next.slug(), d.comment.unwrap_or(""), d.checklist).await?;
                }
                if d.next == CaseStatus::Withdrawn {
                    sqlx::query(
                        "UPDATE withdrawal_requests SET outcome = 'withdrawn', decided_by = $1, decided_at = $2 \
                         WHERE case_id = $3 AND outcome IS NULL",
                    )
                    .bind(d.actor).bind(crate::now()).bind(d.case_id)
                    .execute(&mut *tx)
                    .await?;
                }
                insert_notifications(&mut tx, d.case_id, d.notify).await?;
                tx.commit().await?;
                Ok(stored)
            }

            async fn review_comments(&self, case_id: i64) -> Result<Vec<crate::ReviewComment>> {
                let rows = sqlx::query(
                    "SELECT r.id, u.display_name, r.decision, r.body, r.checklist, r.created_at FROM review_comments r \
                     LEFT JOIN users u ON u.id = r.author_id WHERE r.case_id = $1 ORDER BY r.id",
                )
                .bind(case_id)
                .fetch_all(&self.pool)
                .await?;
                rows.iter()
                    .map(|row| {
                        let checklist: String = row.try_get("checklist")?;
                        Ok(crate::ReviewComment {
                            id: row.try_get("id")?,
                            author: row.try_get("display_name")?,
                            decision: row.try_get("decision")?,
                            body: row.try_get("body")?,
                            checklist: parse_record("review comment", &checklist)?,
                            at: row.try_get("created_at")?,
                        })
                    })
                    .collect()
            }

            async fn display_names(&self, ids: &[i64]) -> Result<std::collections::HashMap<i64, String>> {
                let mut names = std::collections::HashMap::new();
                let mut ids = ids.to_vec();
                ids.sort_unstable();
                ids.dedup();
                for chunk in ids.chunks(500) {
                    let mut qb = QueryBuilder::<$db>::new("SELECT id, display_name FROM users WHERE id IN (");
                    let mut list = qb.separated(", ");
                    for id in chunk {
                        list.push_bind(*id);
                    }
                    qb.push(")");
                    let rows: Vec<(i64, String)> = qb.build_query_as().fetch_all(&self.pool).await?;
                    names.extend(rows);
                }
                Ok(names)
            }

            async fn notifications(&self, user_id: i64, limit: i64) -> Result<Vec<crate::Notification>> {
                let rows = sqlx::query(
                    "SELECT n.id, n.case_id, c.slug, c.title, c.status, n.kind, n.message, n.created_at, n.read_at \
                     FROM notifications n LEFT JOIN cases c ON c.id = n.case_id WHERE n.user_id = $1 ORDER BY n.id DESC LIMIT $2",
                )
                .bind(user_id).bind(limit)
                .fetch_all(&self.pool)
                .await?;
                rows.iter()
                    .map(|row| {
                        Ok(crate::Notification {
                            id: row.try_get("id")?,
                            case_id: row.try_get("case_id")?,
                            case_slug: row.try_get("slug")?,
                            case_title: row.try_get("title")?,
                            case_status: row.try_get("status")?,
                            kind: row.try_get("kind")?,
                            message: row.try_get("message")?,
                            created_at: row.try_get("created_at")?,
                            read_at: row.try_get("read_at")?,
                        })
                    })
                    .collect()
            }

            async fn unread_notifications(&self, user_id: i64) -> Result<i64> {
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
                    .bind(user_id)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn mark_notifications_read(&self, user_id: i64) -> Result<u64> {
                Ok(sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
                    .bind(crate::now()).bind(user_id)
                    .execute(&self.pool)
                    .await?
                    .rows_affected())
            }

            async fn request_withdrawal(
                &self,
                case_id: i64,
                requested_by: i64,
                reason: &str,
                notify: &[crate::NewNotification],
            ) -> Result<crate::WithdrawalRequest> {
                let mut tx = self.write_tx().await?;
                let existing = existing_by(&mut tx, Lookup::Id(case_id))
                    .await?
                    .ok_or_else(|| StoreError::NotFound { entity: "case", key: case_id.to_string() })?;
                if !existing.status.is_public() {
                    let mut errors = observa_domain::ValidationErrors::default();
                    errors.add("status", "not_public", "Only a published or archived case can be withdrawn.");
                    return Err(errors.into());
                }
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO withdrawal_requests (case_id, requested_by, reason, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(case_id).bind(requested_by).bind(reason).bind(crate::now())
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| conflict_or(e, "withdrawal request", &existing.case.slug))?;
                audit(&mut tx, Some(requested_by), "withdrawal_requested", "case", case_id, serde_json::json!({"reason": reason})).await?;
                insert_notifications(&mut tx, case_id, notify).await?;
                let row = sqlx::query(sqlx::AssertSqlSafe(format!("{WITHDRAWAL_COLUMNS} WHERE w.id = $1")))
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
                let request = withdrawal_row(&row)?;
                tx.commit().await?;
                Ok(request)
            }

            async fn open_withdrawal(&self, case_id: i64) -> Result<Option<crate::WithdrawalRequest>> {
                let row = sqlx::query(sqlx::AssertSqlSafe(format!("{WITHDRAWAL_COLUMNS} WHERE w.case_id = $1 AND w.outcome IS NULL")))
                    .bind(case_id)
                    .fetch_optional(&self.pool)
                    .await?;
                row.as_ref().map(withdrawal_row).transpose()
            }

            async fn decline_withdrawal(&self, case_id: i64, actor: i64, answer: &str, notify: &[crate::NewNotification]) -> Result<()> {
                let mut tx = self.write_tx().await?;
                let closed = sqlx::query(
                    "UPDATE withdrawal_requests SET outcome = 'declined', decided_by = $1, decided_at = $2 \
                     WHERE case_id = $3 AND outcome IS NULL",
                )
                .bind(actor).bind(crate::now()).bind(case_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if closed == 0 {
                    return Err(StoreError::NotFound { entity: "withdrawal request", key: case_id.to_string() });
                }
                insert_comment(&mut tx, case_id, actor, "withdrawal_declined", answer, &[]).await?;
                audit(&mut tx, Some(actor), "withdrawal_declined", "case", case_id, serde_json::json!({"reason": answer})).await?;
                insert_notifications(&mut tx, case_id, notify).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn audit_log(&self, filter: &crate::AuditFilter, page: Page) -> Result<crate::AuditPage> {
                fn push_audit_filter(qb: &mut QueryBuilder<$db>, filter: &crate::AuditFilter) {
                    qb.push(" WHERE 1 = 1");
                    if let Some(entity) = &filter.entity {
                        qb.push(" AND a.entity = ").push_bind(entity.clone());
                    }
                    if let Some(action) = &filter.action {
                        qb.push(" AND a.action = ").push_bind(action.clone());
                    }
                }
                let mut count = QueryBuilder::<$db>::new("SELECT COUNT(*) FROM audit_log a");
                push_audit_filter(&mut count, filter);
                let total: i64 = count.build_query_scalar().fetch_one(&self.pool).await?;
                let mut qb = QueryBuilder::<$db>::new(
                    "SELECT a.at, a.actor_id, a.action, a.entity, a.entity_id, a.detail, u.display_name \
                     FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id",
                );
                push_audit_filter(&mut qb, filter);
                qb.push(" ORDER BY a.id DESC LIMIT ").push_bind(i64::from(page.size));
                qb.push(" OFFSET ").push_bind(page.offset());
                let rows = qb.build().fetch_all(&self.pool).await?;
                let entries = rows
                    .iter()
                    .map(|row| {
                        Ok((
                            AuditEntry {
                                at: row.try_get("at")?,
                                actor_id: row.try_get("actor_id")?,
                                action: row.try_get("action")?,
                                entity: row.try_get("entity")?,
                                entity_id: row.try_get("entity_id")?,
                                detail: row.try_get("detail")?,
                            },
                            row.try_get("display_name")?,
                        ))
                    })
                    .collect::<Result<_>>()?;
                Ok(crate::AuditPage { total, entries })
            }

            async fn audit_kinds(&self) -> Result<(Vec<String>, Vec<String>)> {
                let entities = sqlx::query_scalar("SELECT DISTINCT entity FROM audit_log ORDER BY entity").fetch_all(&self.pool).await?;
                let actions = sqlx::query_scalar("SELECT DISTINCT action FROM audit_log ORDER BY action").fetch_all(&self.pool).await?;
                Ok((entities, actions))
            }

            async fn queue_mail(&self, mail: &NewMail) -> Result<i64> {
                let mut tx = self.write_tx().await?;
                let id = insert_mail(&mut tx, mail).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn mail_outbox(&self, limit: i64) -> Result<Vec<Mail>> {
                let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{MAIL_COLUMNS} ORDER BY id DESC LIMIT $1"))).bind(limit).fetch_all(&self.pool).await?;
                rows.iter().map(mail_row).collect()
            }

            async fn claim_mail(&self, limit: i64, lease: i64, max_attempts: i64) -> Result<Vec<Mail>> {
                let mut tx = self.write_tx().await?;
                let now = crate::now().timestamp();
                let ids: Vec<i64> = sqlx::query_scalar(
                    "SELECT id FROM mail_outbox WHERE sent_at IS NULL AND attempts < $1 \
                     AND (claimed_until IS NULL OR claimed_until <= $2) ORDER BY id LIMIT $3",
                )
                .bind(max_attempts).bind(now).bind(limit)
                .fetch_all(&mut *tx)
                .await?;
                let mut claimed = Vec::with_capacity(ids.len());
                for id in ids {
                    // Another process may have claimed it since the SELECT (PostgreSQL).
                    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
                        "UPDATE mail_outbox SET claimed_until = $1, attempts = attempts + 1 WHERE id = $2 AND sent_at IS NULL \
                         AND (claimed_until IS NULL OR claimed_until <= $3) {}",
                        MAIL_RETURNING
                    )))
                    .bind(now + lease).bind(id).bind(now)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if let Some(row) = row {
                        claimed.push(mail_row(&row)?);
                    }
                }
                tx.commit().await?;
                Ok(claimed)
            }

            async fn mail_sent(&self, id: i64) -> Result<()> {
                sqlx::query("UPDATE mail_outbox SET sent_at = $1, body = NULL, claimed_until = NULL, last_error = NULL WHERE id = $2")
                    .bind(crate::now()).bind(id).execute(&self.pool).await?;
                Ok(())
            }

            async fn mail_failed(&self, id: i64, error: &str) -> Result<()> {
                sqlx::query("UPDATE mail_outbox SET last_error = $1 WHERE id = $2").bind(error).bind(id).execute(&self.pool).await?;
                Ok(())
            }

            async fn load_session(&self, id_hash: &str) -> Result<Option<SessionRecord>> {
                let row: Option<(String, Option<i64>, String, i64)> = sqlx::query_as(
                    "SELECT id_hash, user_id, data, expires_at FROM sessions WHERE id_hash = $1 AND expires_at > $2",
                )
                .bind(id_hash).bind(crate::now().timestamp())
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|(id_hash, user_id, data, expires_at)| SessionRecord {
                    id_hash,
                    user_id,
                    data,
                    expires_at: chrono::DateTime::from_timestamp(expires_at, 0).unwrap_or_default(),
                }))
            }

            async fn insert_session(&self, s: &SessionRecord) -> Result<bool> {
                let now = crate::now();
                let done = sqlx::query(
                    "INSERT INTO sessions (id_hash, user_id, data, created_at, last_seen_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $4, $5) ON CONFLICT (id_hash) DO NOTHING",
                )
                .bind(&s.id_hash).bind(s.user_id).bind(&s.data).bind(now).bind(s.expires_at.timestamp())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn save_session(&self, s: &SessionRecord) -> Result<bool> {
                let done = sqlx::query(
                    "UPDATE sessions SET user_id = $1, data = $2, last_seen_at = $3, expires_at = $4 WHERE id_hash = $5",
                )
                .bind(s.user_id).bind(&s.data).bind(crate::now()).bind(s.expires_at.timestamp()).bind(&s.id_hash)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn delete_session(&self, id_hash: &str) -> Result<()> {
                sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(id_hash).execute(&self.pool).await?;
                Ok(())
            }

            async fn delete_expired(&self) -> Result<u64> {
                let now = crate::now().timestamp();
                let mut tx = self.write_tx().await?;
                let gone = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now).execute(&mut *tx).await?.rows_affected();
                sqlx::query("DELETE FROM email_tokens WHERE expires_at <= $1").bind(now).execute(&mut *tx).await?;
                tx.commit().await?;
                Ok(gone)
            }

            async fn outbox_after(&self, seq: i64, limit: i64) -> Result<Vec<OutboxEntry>> {
                let rows: Vec<(i64, String, i64)> =
                    sqlx::query_as("SELECT seq, entity, entity_id FROM outbox WHERE seq > $1 ORDER BY seq LIMIT $2")
                        .bind(seq).bind(limit)
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows.into_iter().map(|(seq, entity, entity_id)| OutboxEntry { seq, entity, entity_id }).collect())
            }

            async fn last_outbox_seq(&self) -> Result<i64> {
                let seq: Option<i64> = sqlx::query_scalar("SELECT MAX(seq) FROM outbox").fetch_one(&self.pool).await?;
                Ok(seq.unwrap_or(0))
            }

            // --- contributions: uploaded files and collaborator invitations ---
            async fn cases_of_user(&self, user_id: i64) -> Result<Vec<StoredCase>> {
                cases_with_value(&self.pool, "contributor", &user_id.to_string()).await
            }

            async fn record_media(&self, file: &MediaFile) -> Result<MediaFile> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO media (hash, media_type, extension, size, uploaded_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (hash) DO NOTHING",
                )
                .bind(&file.hash).bind(&file.media_type).bind(&file.extension).bind(file.size)
                .bind(file.uploaded_by).bind(file.created_at)
                .execute(&mut *tx)
                .await?;
                let row = sqlx::query("SELECT * FROM media WHERE hash = $1").bind(&file.hash).fetch_one(&mut *tx).await?;
                let stored = media_row(&row)?;
                tx.commit().await?;
                Ok(stored)
            }

            async fn media(&self, hash: &str) -> Result<Option<MediaFile>> {
                let row = sqlx::query("SELECT * FROM media WHERE hash = $1").bind(hash).fetch_optional(&self.pool).await?;
                row.as_ref().map(media_row).transpose()
            }

            async fn cases_with_media(&self, hash: &str) -> Result<Vec<StoredCase>> {
                cases_with_value(&self.pool, "media", hash).await
            }

            async fn invite_collaborator(&self, invitation: &NewInvitation<'_>, mail: &NewMail) -> Result<Invitation> {
                let mut tx = self.write_tx().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO case_invitations (case_id, email, token_hash, invited_by, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(invitation.case_id).bind(invitation.email).bind(invitation.token_hash).bind(invitation.invited_by)
                .bind(crate::now()).bind(invitation.expires_at.timestamp())
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| conflict_or(e, "invitation", invitation.email))?;
                insert_mail(&mut tx, mail).await?;
                audit(&mut tx, Some(invitation.invited_by), "collaborator_invited", "case", invitation.case_id,
                    serde_json::json!({"invitation": id})).await?;
                let row = sqlx::query(sqlx::AssertSqlSafe(format!("{INVITATION_COLUMNS} WHERE id = $1")))
                    .bind(id).fetch_one(&mut *tx).await?;
                let stored = invitation_row(&row)?;
                tx.commit().await?;
                Ok(stored)
            }

            async fn invitations(&self, case_id: i64) -> Result<Vec<Invitation>> {
                let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{INVITATION_COLUMNS} WHERE case_id = $1 ORDER BY id")))
                    .bind(case_id).fetch_all(&self.pool).await?;
                rows.iter().map(invitation_row).collect()
            }

            async fn invitation_by_token(&self, token_hash: &str) -> Result<Option<Invitation>> {
                let row = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "{INVITATION_COLUMNS} WHERE token_hash = $1 AND state = 'pending' AND expires_at > $2"
                )))
                .bind(token_hash).bind(crate::now().timestamp())
                .fetch_optional(&self.pool).await?;
                row.as_ref().map(invitation_row).transpose()
            }

            async fn withdraw_invitation(&self, case_id: i64, invitation_id: i64, actor: i64) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let done = sqlx::query(
                    "UPDATE case_invitations SET state = 'withdrawn', decided_at = $1 \
                     WHERE id = $2 AND case_id = $3 AND state = 'pending'",
                )
                .bind(crate::now()).bind(invitation_id).bind(case_id)
                .execute(&mut *tx).await?.rows_affected() == 1;
                if done {
                    audit(&mut tx, Some(actor), "invitation_withdrawn", "case", case_id,
                        serde_json::json!({"invitation": invitation_id})).await?;
                }
                tx.commit().await?;
                Ok(done)
            }

            async fn accept_invitation(&self, token_hash: &str, user_id: i64) -> Result<Option<StoredCase>> {
                let mut tx = self.write_tx().await?;
                let accepted: Option<(i64, i64)> = sqlx::query_as(
                    "UPDATE case_invitations SET state = 'accepted', accepted_by = $1, decided_at = $2 \
                     WHERE token_hash = $3 AND state = 'pending' AND expires_at > $4 RETURNING id, case_id",
                )
                .bind(user_id).bind(crate::now()).bind(token_hash).bind(crate::now().timestamp())
                .fetch_optional(&mut *tx).await?;
                let Some((invitation_id, case_id)) = accepted else {
                    return Ok(None);
                };
                let existing = existing_by(&mut tx, Lookup::Id(case_id))
                    .await?
                    .ok_or_else(|| StoreError::NotFound { entity: "case", key: case_id.to_string() })?;
                let p = &existing.case.provenance;
                let stored = if p.submitted_by == Some(user_id) || p.collaborators.contains(&user_id) {
                    StoredCase { id: existing.id, revision: existing.revision, case: existing.case.clone() }
                } else {
                    let mut case = existing.case.clone();
                    case.provenance.collaborators.push(user_id);
                    case.provenance.updated_at = crate::now();
                    let stored = write_case(&mut tx, Some(&existing), &case, Some(user_id)).await?;
                    audit(&mut tx, Some(user_id), "collaborator_added", "case", case_id,
                        serde_json::json!({"invitation": invitation_id, "user": user_id})).await?;
                    stored
                };
                tx.commit().await?;
                Ok(Some(stored))
            }

            async fn is_empty(&self) -> Result<bool> {
                let n: i64 = sqlx::query_scalar(
                    "SELECT (SELECT COUNT(*) FROM cases) + (SELECT COUNT(*) FROM publications) + (SELECT COUNT(*) FROM toolkits)",
                )
                .fetch_one(&self.pool)
                .await?;
                Ok(n == 0)
            }
        }
    };
}

pub(crate) use shared_store;
