//! The store's test suite. Every test runs twice, on a fresh SQLite file and on a fresh
//! PostgreSQL database. PostgreSQL tests need `OBSERVA_TEST_DATABASE_URL` to name a
//! disposable server where they may create databases (the test script starts one); without
//! it they are skipped with a message, unless `OBSERVA_REQUIRE_POSTGRES=1` makes that a failure.

use std::collections::BTreeMap;
use std::sync::Arc;

use futures::TryStreamExt;
use observa_domain::{
    Call, Case, CaseSource, CaseStatus, CountryCode, GovLevel, Organisation, Publication, Role,
    Sector, Stage, Story, Term, TermKind, Toolkit,
};

use super::*;
use observa_domain::Lang;
use observa_domain::Vocabulary as _;

async fn sqlite_store() -> (Arc<dyn Store>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    (connect(&url).await.unwrap(), dir)
}

async fn postgres_store() -> Option<Arc<dyn Store>> {
    let url = crate::testing::fresh_postgres_database("store test").await?;
    Some(connect(&url).await.unwrap())
}

/// Generates a SQLite and a PostgreSQL test from an `async fn(Arc<dyn Store>)`.
macro_rules! store_tests {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                let (store, _dir) = super::sqlite_store().await;
                super::$name(store).await;
            }
            #[tokio::test]
            async fn postgres() {
                if let Some(store) = super::postgres_store().await {
                    super::$name(store).await;
                }
            }
        }
    )+};
}

store_tests!(
    insert_read_update,
    invalid_or_conflicting_writes_change_nothing,
    filters_combine_or_within_and_across,
    facet_counts_follow_filters,
    import_updates_by_source_id,
    an_import_batch_is_all_or_nothing,
    streams_and_counts,
    publications_toolkits_calls_terms,
    users_have_unique_emails,
    sign_up_confirm_and_reset_use_single_use_tokens,
    a_taken_email_stores_nothing,
    role_changes_are_audited_in_their_transaction,
    workflow_steps_are_checked_revised_and_audited,
    sessions_are_found_by_hash_until_they_expire,
    mail_is_claimed_once_and_forgotten_when_sent,
    // editing the catalogue
    terms_are_added_and_changed_with_checked_parents,
    new_publications_and_toolkits_never_overwrite,
    // contributions
    contributors_find_their_cases_and_files,
    invitations_add_a_collaborator_once,
    // review
    the_queue_filters_by_status_call_and_age,
    a_decision_writes_comment_notifications_and_mail_together,
    a_stale_or_refused_decision_writes_nothing,
    withdrawal_is_requested_once_then_granted_or_declined,
    the_audit_log_pages_newest_first_with_filters,
    // calls for innovations and named trends
    calls_are_created_changed_and_audited,
    a_calls_intake_is_counted_by_status_and_filtered,
    named_trends_are_saved_changed_deleted_and_audited,
);

fn case(n: u32, country: &str, sector: Sector, year: i32) -> Case {
    let now = chrono::DateTime::from_timestamp(1_700_000_000 + i64::from(n), 0).unwrap();
    let mut c = Case::draft(format!("case-{n}"), format!("Case number {n}"), "en", now);
    c.status = CaseStatus::Published;
    c.pitch = format!("Pitch of case {n}.");
    c.overview = "Overview.".into();
    c.organisation = Organisation {
        name: "Ministry".into(),
        kind: None,
    };
    c.countries = vec![CountryCode::parse(country).unwrap()];
    c.sectors = vec![sector];
    c.year_launched = Some(year);
    c.stage = Some(Stage::Implementation);
    c.level = Some(GovLevel::National);
    c.technologies = vec!["artificial_intelligence".into()];
    c.story = Story::every_section("Answered.");
    c.provenance.published_at = Some(now);
    c
}

fn imported(n: u32, country: &str) -> Case {
    let mut c = case(n, country, Sector::Health, 2020);
    c.slug = format!("imported-{n}");
    c.provenance.source = CaseSource::Imported {
        dataset: "test".into(),
        record_id: format!("T-{n}"),
        fields: BTreeMap::new(),
    };
    c
}

fn filter() -> CaseFilter {
    CaseFilter::default()
}

fn page(number: u32, size: u32) -> Page {
    Page { number, size }
}

async fn insert_read_update(store: Arc<dyn Store>) {
    let mut c = case(1, "BR", Sector::Health, 2021);
    let stored = store.insert_case(&c, None).await.unwrap();
    assert_eq!(stored.revision, 1);
    let read = store.case_by_slug("case-1").await.unwrap().unwrap();
    assert_eq!(read.case, c);
    assert_eq!(store.case_by_id(read.id).await.unwrap().unwrap().case, c);

    c.title = "A better title".into();
    let updated = store.update_case(&c, None).await.unwrap();
    assert_eq!((updated.id, updated.revision), (stored.id, 2));
    assert_eq!(
        store
            .case_by_slug("case-1")
            .await
            .unwrap()
            .unwrap()
            .case
            .title,
        "A better title"
    );

    let outbox = store.outbox_after(0, 10).await.unwrap();
    assert_eq!(outbox.len(), 2);
    assert!(
        outbox
            .iter()
            .all(|e| e.entity == "case" && e.entity_id == stored.id)
    );
    assert!(outbox[0].seq < outbox[1].seq);
    assert_eq!(
        store.outbox_after(outbox[0].seq, 10).await.unwrap().len(),
        1
    );

    let mut draft = case(2, "FR", Sector::Education, 2020);
    draft.status = CaseStatus::Draft;
    store.insert_case(&draft, None).await.unwrap();
    assert_eq!(
        store.outbox_after(0, 10).await.unwrap().len(),
        2,
        "a draft is nobody's business but its author's"
    );
    assert!(store.case_by_slug("nope").await.unwrap().is_none());

    // Each update moves the version it replaces into the history, with its author.
    let author = store
        .create_user("editor@example.org", "Editor", Role::Editor, "hash")
        .await
        .unwrap();
    c.pitch = "Sharper pitch.".into();
    store.update_case(&c, Some(author.id)).await.unwrap();
    let history = store.revisions(stored.id).await.unwrap();
    assert_eq!(
        history.iter().map(|r| r.number).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert_eq!(history[0].case.title, "Case number 1");
    assert_eq!(history[1].case.title, "A better title");
    assert_eq!(
        (history[1].author, history[2].author),
        (None, Some(author.id))
    );
    assert_eq!(history[2].case, c);
    assert!(history[0].written_at <= history[2].written_at);
    assert!(store.revisions(9999).await.unwrap().is_empty());
}

async fn invalid_or_conflicting_writes_change_nothing(store: Arc<dyn Store>) {
    store
        .insert_case(&case(1, "BR", Sector::Health, 2021), None)
        .await
        .unwrap();
    let duplicate = store
        .insert_case(&case(1, "FR", Sector::Health, 2021), None)
        .await
        .unwrap_err();
    assert!(
        matches!(duplicate, StoreError::Conflict { entity: "case", .. }),
        "{duplicate}"
    );

    let mut invalid = case(2, "BR", Sector::Health, 2021);
    invalid.pitch.clear();
    assert!(matches!(
        store.insert_case(&invalid, None).await,
        Err(StoreError::Invalid(_))
    ));
    let missing = store
        .update_case(&case(3, "BR", Sector::Health, 2021), None)
        .await
        .unwrap_err();
    assert!(matches!(missing, StoreError::NotFound { .. }));

    assert_eq!(store.counts().await.unwrap().cases, 1);
    assert_eq!(
        store
            .case_by_slug("case-1")
            .await
            .unwrap()
            .unwrap()
            .case
            .countries[0]
            .as_str(),
        "BR"
    );
}

async fn filters_combine_or_within_and_across(store: Arc<dyn Store>) {
    for (n, country, sector, year) in [
        (1, "BR", Sector::Health, 2015),
        (2, "BR", Sector::Education, 2020),
        (3, "FR", Sector::Health, 2022),
        (4, "KE", Sector::Health, 2024),
    ] {
        store
            .insert_case(&case(n, country, sector, year), None)
            .await
            .unwrap();
    }
    let slugs = |p: CasePage| p.cases.into_iter().map(|s| s.case.slug).collect::<Vec<_>>();

    let all = store.list_cases(&filter(), page(1, 10)).await.unwrap();
    assert_eq!(all.total, 4);
    assert_eq!(
        slugs(all),
        ["case-4", "case-3", "case-2", "case-1"],
        "newest first"
    );

    let f = CaseFilter {
        countries: vec![
            CountryCode::parse("BR").unwrap(),
            CountryCode::parse("FR").unwrap(),
        ],
        ..filter()
    };
    assert_eq!(store.list_cases(&f, page(1, 10)).await.unwrap().total, 3);

    let f = CaseFilter {
        sectors: vec![Sector::Health],
        ..f
    };
    assert_eq!(
        slugs(store.list_cases(&f, page(1, 10)).await.unwrap()),
        ["case-3", "case-1"]
    );

    let f = CaseFilter {
        year_from: Some(2016),
        year_to: Some(2023),
        ..filter()
    };
    assert_eq!(
        slugs(store.list_cases(&f, page(1, 10)).await.unwrap()),
        ["case-3", "case-2"]
    );

    let f = CaseFilter {
        regions: vec![observa_domain::Region::SubSaharanAfrica],
        ..filter()
    };
    assert_eq!(
        slugs(store.list_cases(&f, page(1, 10)).await.unwrap()),
        ["case-4"]
    );

    let second = store.list_cases(&filter(), page(2, 3)).await.unwrap();
    assert_eq!(
        (second.total, slugs(second)),
        (4, vec!["case-1".to_string()])
    );
    assert!(
        store
            .list_cases(&filter(), page(3, 3))
            .await
            .unwrap()
            .cases
            .is_empty()
    );
}

async fn facet_counts_follow_filters(store: Arc<dyn Store>) {
    for (n, country) in [(1, "BR"), (2, "BR"), (3, "FR")] {
        store
            .insert_case(&case(n, country, Sector::Health, 2020), None)
            .await
            .unwrap();
    }
    let mut hidden = case(4, "FR", Sector::Health, 2020);
    hidden.status = CaseStatus::Draft;
    store.insert_case(&hidden, None).await.unwrap();

    let counts = store.facet_counts("country", &filter()).await.unwrap();
    let pairs: Vec<_> = counts.iter().map(|c| (c.value.as_str(), c.count)).collect();
    assert_eq!(pairs, [("BR", 2), ("FR", 1)]);
    let f = CaseFilter {
        year_from: Some(2021),
        ..filter()
    };
    assert!(store.facet_counts("country", &f).await.unwrap().is_empty());
    assert_eq!(
        store.counts().await.unwrap(),
        LibraryCounts {
            cases: 3,
            countries: 2
        }
    );
}

async fn import_updates_by_source_id(store: Arc<dyn Store>) {
    let first = vec![imported(1, "BR"), imported(2, "FR"), imported(3, "KE")];
    let outcomes = store.import_cases(&first, ImportKey::Source).await.unwrap();
    assert_eq!(outcomes, [ImportOutcome::Added; 3]);

    let mut second = first.clone();
    second[1].title = "Renamed upstream".into();
    second[1].slug = "a-new-slug-from-the-new-title".into();
    for c in &mut second {
        c.provenance.updated_at += chrono::Duration::days(30);
        c.provenance.created_at += chrono::Duration::days(30);
    }
    let outcomes = store
        .import_cases(&second, ImportKey::Source)
        .await
        .unwrap();
    assert_eq!(
        outcomes,
        [
            ImportOutcome::Unchanged,
            ImportOutcome::Updated,
            ImportOutcome::Unchanged
        ]
    );

    let kept = store
        .case_by_slug("imported-2")
        .await
        .unwrap()
        .expect("an update keeps the slug");
    assert_eq!(kept.case.title, "Renamed upstream");
    assert_eq!(kept.revision, 2);
    assert_eq!(
        kept.case.provenance.created_at,
        first[1].provenance.created_at
    );
    assert_eq!(
        store.imported_record_ids("test").await.unwrap(),
        ["T-1", "T-2", "T-3"]
    );

    // A new record whose slug is taken by another gets a suffix instead of failing.
    let mut clash = imported(9, "BR");
    clash.slug = "imported-1".into();
    assert_eq!(
        store
            .import_cases(&[clash], ImportKey::Source)
            .await
            .unwrap(),
        [ImportOutcome::Added]
    );
    assert!(store.case_by_slug("imported-1-2").await.unwrap().is_some());

    // Restoring our own export matches by slug and keeps every field as given.
    let mut restored = kept.case.clone();
    assert_eq!(
        store
            .import_cases(&[restored.clone()], ImportKey::Slug)
            .await
            .unwrap(),
        [ImportOutcome::Unchanged]
    );
    restored.provenance.updated_at += chrono::Duration::days(1);
    assert_eq!(
        store
            .import_cases(&[restored.clone()], ImportKey::Slug)
            .await
            .unwrap(),
        [ImportOutcome::Updated]
    );
    assert_eq!(
        store
            .case_by_slug("imported-2")
            .await
            .unwrap()
            .unwrap()
            .case,
        restored
    );
}

async fn an_import_batch_is_all_or_nothing(store: Arc<dyn Store>) {
    let mut bad = imported(2, "FR");
    bad.overview.clear();
    let err = store
        .import_cases(
            &[imported(1, "BR"), bad, imported(3, "KE")],
            ImportKey::Source,
        )
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)), "{err}");
    assert_eq!(store.counts().await.unwrap().cases, 0);
    assert!(store.outbox_after(0, 10).await.unwrap().is_empty());

    let not_imported = case(4, "BR", Sector::Health, 2020);
    assert!(
        store
            .import_cases(&[not_imported], ImportKey::Source)
            .await
            .is_err()
    );
}

async fn streams_and_counts(store: Arc<dyn Store>) {
    assert!(store.is_empty().await.unwrap());
    let mut draft = case(1, "BR", Sector::Health, 2020);
    draft.status = CaseStatus::Draft;
    store.insert_case(&draft, None).await.unwrap();
    let mut archived = case(2, "FR", Sector::Health, 2020);
    archived.status = CaseStatus::Archived;
    store.insert_case(&archived, None).await.unwrap();
    store
        .insert_case(&case(3, "KE", Sector::Health, 2020), None)
        .await
        .unwrap();

    let public: Vec<StoredCase> = store.public_cases().try_collect().await.unwrap();
    assert_eq!(
        public
            .iter()
            .map(|c| c.case.slug.as_str())
            .collect::<Vec<_>>(),
        ["case-2", "case-3"]
    );
    let ids: Vec<i64> = public.iter().rev().map(|c| c.id).chain([9_999]).collect();
    let by_id = store.cases_by_ids(&ids).await.unwrap();
    assert_eq!(
        by_id.iter().map(|c| c.id).collect::<Vec<_>>(),
        ids[..2],
        "order of the ids, unknown skipped"
    );
    let outbox = store.outbox_after(0, 100).await.unwrap();
    assert_eq!(outbox.len(), 2, "the draft is not in the outbox");
    assert_eq!(store.last_outbox_seq().await.unwrap(), outbox[1].seq);
    let all: Vec<Case> = store.all_cases().try_collect().await.unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(all[0], draft);
    assert!(!store.is_empty().await.unwrap());
}

async fn publications_toolkits_calls_terms(store: Arc<dyn Store>) {
    let mut p: Publication = serde_json::from_value(serde_json::json!({
        "slug": "global-trends", "title": "Global Trends", "year": 2023, "kind": "report",
        "publisher": "OPSI", "summary": "A scan.", "facts": {"countries": 94}
    }))
    .unwrap();
    store.upsert_publication(&p).await.unwrap();
    p.title = "Global Trends 2023".into();
    store.upsert_publication(&p).await.unwrap();
    assert_eq!(store.publications().await.unwrap(), vec![p.clone()]);
    assert_eq!(
        store.publication_by_slug("global-trends").await.unwrap(),
        Some(p)
    );
    assert!(store.publication_by_slug("other").await.unwrap().is_none());

    let t: Toolkit = serde_json::from_value(serde_json::json!({
        "slug": "diy-toolkit", "name": "DIY Toolkit", "publisher": "Nesta", "year": 2014,
        "url": "https://diytoolkit.org", "description": "Tools.", "disciplines": ["social_innovation"], "type": "guide"
    }))
    .unwrap();
    store.upsert_toolkit(&t).await.unwrap();
    assert_eq!(store.toolkits().await.unwrap(), vec![t]);

    let call = Call {
        slug: "call-2026".into(),
        title: "Call 2026".into(),
        description: "Share.".into(),
        opens: "2026-01-01".parse().unwrap(),
        closes: "2026-03-31".parse().unwrap(),
        themes: vec!["ai".into()],
    };
    store.upsert_call(&call).await.unwrap();
    assert_eq!(store.calls().await.unwrap(), vec![call]);

    for term in observa_domain::terms::default_technologies() {
        store.upsert_term(&term).await.unwrap();
    }
    let techs: Vec<Term> = store.terms(TermKind::Technology).await.unwrap();
    assert_eq!(
        techs.len(),
        observa_domain::terms::default_technologies().len()
    );
    assert!(store.terms(TermKind::Tag).await.unwrap().is_empty());
    let entities: Vec<String> = store
        .outbox_after(0, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.entity)
        .collect();
    assert_eq!(entities, ["publication", "publication", "toolkit"]);
}

async fn users_have_unique_emails(store: Arc<dyn Store>) {
    let user = store
        .create_user("Ana@example.org", "Ana", Role::Editor, "$argon2id$…")
        .await
        .unwrap();
    let found = store
        .user_by_email("ana@EXAMPLE.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found, user);
    let err = store
        .create_user("ana@example.org", "Ana again", Role::Contributor, "x")
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Conflict { entity: "user", .. }),
        "{err}"
    );
    assert!(
        store
            .user_by_email("bob@example.org")
            .await
            .unwrap()
            .is_none()
    );
}

fn token(hash: &str, purpose: TokenPurpose, in_seconds: i64) -> NewEmailToken {
    NewEmailToken {
        hash: hash.into(),
        purpose,
        expires_at: chrono::Utc::now() + chrono::Duration::seconds(in_seconds),
    }
}

fn mail(to: &str, subject: &str) -> NewMail {
    NewMail {
        recipient: to.into(),
        subject: subject.into(),
        body: format!("{subject}: https://observa.test/link"),
    }
}

fn account(email: &str) -> NewAccount<'_> {
    NewAccount {
        email,
        display_name: "Ana",
        password_hash: "$argon2id$first",
        language: Lang::Fr,
    }
}

async fn sign_up_confirm_and_reset_use_single_use_tokens(store: Arc<dyn Store>) {
    let user = store
        .sign_up(
            &account("ana@example.org"),
            &token("c1", TokenPurpose::Confirm, 3600),
            &mail("ana@example.org", "Confirm"),
        )
        .await
        .unwrap();
    assert_eq!(user.role, Role::Contributor);
    assert_eq!(user.confirmed_at, None);
    assert_eq!(user.language, Lang::Fr);
    let actions = |entries: Vec<AuditEntry>| -> Vec<String> {
        entries.into_iter().map(|e| e.action).collect()
    };
    assert_eq!(
        actions(store.audit_entries("user", user.id).await.unwrap()),
        ["user_signed_up"]
    );
    let outbox = store.mail_outbox(10).await.unwrap();
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].recipient, "ana@example.org");

    // A token is for one purpose only, and the holder of a valid one is found.
    assert!(
        store
            .email_token_user("c1", TokenPurpose::Reset)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        store
            .email_token_user("c1", TokenPurpose::Confirm)
            .await
            .unwrap()
            .unwrap()
            .id,
        user.id
    );
    assert!(store.confirm_email("nope").await.unwrap().is_none());
    let confirmed = store.confirm_email("c1").await.unwrap().unwrap();
    assert!(confirmed.confirmed_at.is_some());
    assert!(
        store.confirm_email("c1").await.unwrap().is_none(),
        "single use"
    );

    // Reset: a newer token replaces the older one; an expired one does nothing; using
    // one changes the hash and ends every session of the account.
    store
        .issue_email_token(
            user.id,
            &token("r1", TokenPurpose::Reset, 3600),
            &mail("ana@example.org", "Reset"),
        )
        .await
        .unwrap();
    store
        .issue_email_token(
            user.id,
            &token("r2", TokenPurpose::Reset, 3600),
            &mail("ana@example.org", "Reset again"),
        )
        .await
        .unwrap();
    assert!(
        store
            .reset_password("r1", "$argon2id$never")
            .await
            .unwrap()
            .is_none()
    );
    let session = SessionRecord {
        id_hash: "s1".into(),
        user_id: Some(user.id),
        data: "{}".into(),
        expires_at: chrono::Utc::now() + chrono::Duration::hours(1),
    };
    assert!(store.insert_session(&session).await.unwrap());
    let reset = store
        .reset_password("r2", "$argon2id$second")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(reset.id, user.id);
    assert_eq!(
        store.password_hash(user.id).await.unwrap().unwrap(),
        "$argon2id$second"
    );
    assert!(store.load_session("s1").await.unwrap().is_none());
    assert!(
        store
            .reset_password("r2", "$argon2id$third")
            .await
            .unwrap()
            .is_none()
    );
    store
        .issue_email_token(
            user.id,
            &token("old", TokenPurpose::Reset, -1),
            &mail("ana@example.org", "Expired"),
        )
        .await
        .unwrap();
    assert!(
        store
            .reset_password("old", "$argon2id$x")
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        store.password_hash(user.id).await.unwrap().unwrap(),
        "$argon2id$second"
    );
    assert_eq!(
        actions(store.audit_entries("user", user.id).await.unwrap()),
        ["user_signed_up", "email_confirmed", "password_reset"]
    );
    assert_eq!(store.mail_outbox(10).await.unwrap().len(), 4);
}

async fn a_taken_email_stores_nothing(store: Arc<dyn Store>) {
    let first = store
        .create_user("ana@example.org", "Ana", Role::Admin, "$argon2id$…")
        .await
        .unwrap();
    assert!(first.confirmed_at.is_some(), "the operator vouches for it");
    let err = store
        .sign_up(
            &account("ANA@example.org"),
            &token("c1", TokenPurpose::Confirm, 3600),
            &mail("ANA@example.org", "Confirm"),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Conflict { entity: "user", .. }),
        "{err}"
    );
    assert!(store.mail_outbox(10).await.unwrap().is_empty());
    assert!(
        store
            .email_token_user("c1", TokenPurpose::Confirm)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(store.users().await.unwrap(), vec![first.clone()]);
    let entries = store.audit_entries("user", first.id).await.unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].action, "user_created");
}

async fn role_changes_are_audited_in_their_transaction(store: Arc<dyn Store>) {
    let admin = store
        .create_user("admin@example.org", "Admin", Role::Admin, "h")
        .await
        .unwrap();
    let ana = store
        .create_user("ana@example.org", "Ana", Role::Contributor, "h")
        .await
        .unwrap();
    let changed = store
        .set_role(admin.id, ana.id, Role::Editor)
        .await
        .unwrap();
    assert_eq!(changed.role, Role::Editor);
    assert_eq!(
        store.user_by_id(ana.id).await.unwrap().unwrap().role,
        Role::Editor
    );
    // Setting the same role again changes nothing and logs nothing.
    store
        .set_role(admin.id, ana.id, Role::Editor)
        .await
        .unwrap();
    let entries = store.audit_entries("user", ana.id).await.unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1].action, "role_changed");
    assert_eq!(entries[1].actor_id, Some(admin.id));
    let detail: serde_json::Value = serde_json::from_str(&entries[1].detail).unwrap();
    assert_eq!(
        detail,
        serde_json::json!({"from": "contributor", "to": "editor"})
    );
    let err = store
        .set_role(admin.id, 999_999, Role::Admin)
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::NotFound { entity: "user", .. }),
        "{err}"
    );
}

async fn sessions_are_found_by_hash_until_they_expire(store: Arc<dyn Store>) {
    let ana = store
        .create_user("ana@example.org", "Ana", Role::Contributor, "h")
        .await
        .unwrap();
    let later = chrono::Utc::now() + chrono::Duration::hours(1);
    let mut session = SessionRecord {
        id_hash: "abc".into(),
        user_id: None,
        data: r#"{"csrf":"x"}"#.into(),
        expires_at: chrono::DateTime::from_timestamp(later.timestamp(), 0).unwrap(),
    };
    assert!(store.insert_session(&session).await.unwrap());
    assert!(!store.insert_session(&session).await.unwrap(), "taken id");
    assert_eq!(
        store.load_session("abc").await.unwrap(),
        Some(session.clone())
    );
    session.user_id = Some(ana.id);
    session.data = r#"{"csrf":"y","user_id":1}"#.into();
    store.save_session(&session).await.unwrap();
    assert_eq!(
        store.load_session("abc").await.unwrap(),
        Some(session.clone())
    );
    store.delete_session("abc").await.unwrap();
    assert!(store.load_session("abc").await.unwrap().is_none());

    let expired = SessionRecord {
        id_hash: "old".into(),
        expires_at: chrono::Utc::now() - chrono::Duration::seconds(1),
        ..session.clone()
    };
    assert!(store.insert_session(&expired).await.unwrap());
    assert!(store.insert_session(&session).await.unwrap());
    assert!(store.load_session("old").await.unwrap().is_none());
    assert_eq!(store.delete_expired().await.unwrap(), 1);
    assert!(store.load_session("abc").await.unwrap().is_some());
}

async fn mail_is_claimed_once_and_forgotten_when_sent(store: Arc<dyn Store>) {
    let a = store.queue_mail(&mail("a@example.org", "A")).await.unwrap();
    let b = store.queue_mail(&mail("b@example.org", "B")).await.unwrap();
    let claimed = store.claim_mail(10, 60, 3).await.unwrap();
    assert_eq!(claimed.iter().map(|m| m.id).collect::<Vec<_>>(), [a, b]);
    assert_eq!(claimed[0].attempts, 1);
    assert!(
        store.claim_mail(10, 60, 3).await.unwrap().is_empty(),
        "claimed"
    );
    store.mail_sent(a).await.unwrap();
    store.mail_failed(b, "connection refused").await.unwrap();
    let outbox = store.mail_outbox(10).await.unwrap();
    assert_eq!(outbox[0].id, b, "newest first");
    assert_eq!(outbox[0].last_error.as_deref(), Some("connection refused"));
    assert_eq!(
        outbox[0].body.as_deref(),
        Some("B: https://observa.test/link")
    );
    assert!(outbox[1].sent_at.is_some());
    assert_eq!(outbox[1].body, None, "sent mail is not kept");
    // A claim that ran out is taken again, up to the attempt limit.
    let c = store.queue_mail(&mail("c@example.org", "C")).await.unwrap();
    let first = store.claim_mail(10, -1, 2).await.unwrap();
    assert_eq!(first.iter().map(|m| m.id).collect::<Vec<_>>(), [c]);
    let again = store.claim_mail(10, -1, 2).await.unwrap();
    assert_eq!((again[0].id, again[0].attempts), (c, 2));
    assert!(store.claim_mail(10, -1, 2).await.unwrap().is_empty());
}

/// Several processes may open a new SQLite file at once (an import beside a server):
/// each must come up with the whole schema, whichever applies the migrations.
#[tokio::test]
async fn concurrent_first_connections_to_sqlite_all_succeed() {
    for _ in 0..10 {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("race.db").display());
        let (a, b, c) = tokio::join!(
            SqliteStore::connect(&url),
            SqliteStore::connect(&url),
            SqliteStore::connect(&url)
        );
        for store in [a, b, c] {
            let store = store.unwrap();
            assert!(store.users().await.unwrap().is_empty());
        }
    }
}

async fn workflow_steps_are_checked_revised_and_audited(store: Arc<dyn Store>) {
    let editor = store
        .create_user("ed@example.org", "Ed", Role::Editor, "h")
        .await
        .unwrap();
    let mut c = case(1, "PT", Sector::Health, 2022);
    c.status = CaseStatus::Draft;
    c.provenance.published_at = None;
    c.story.lessons = None;
    let draft = store.insert_case(&c, Some(editor.id)).await.unwrap();
    let status_of = |stored: Option<StoredCase>| stored.unwrap().case.status;

    // A draft missing a story section cannot be submitted; nothing is written.
    let err = store
        .transition_case(draft.id, None, CaseStatus::Submitted, editor.id, None)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Invalid(v) if v.fields().any(|f| f == "story.lessons")),
        "{err}"
    );
    // A step the workflow does not have is refused.
    let err = store
        .transition_case(draft.id, None, CaseStatus::Published, editor.id, None)
        .await
        .unwrap_err();
    assert!(matches!(&err, StoreError::Invalid(v) if v.fields().any(|f| f == "status")));
    assert_eq!(
        status_of(store.case_by_id(draft.id).await.unwrap()),
        CaseStatus::Draft
    );
    assert!(
        store
            .audit_entries("case", draft.id)
            .await
            .unwrap()
            .is_empty()
    );

    c.story.lessons = Some("Start small.".into());
    let fixed = store.update_case(&c, Some(editor.id)).await.unwrap();
    // An out-of-date revision is a conflict.
    let err = store
        .transition_case(
            draft.id,
            Some(draft.revision),
            CaseStatus::Submitted,
            editor.id,
            None,
        )
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict { .. }), "{err}");

    for next in [
        CaseStatus::Submitted,
        CaseStatus::InReview,
        CaseStatus::Published,
    ] {
        store
            .transition_case(draft.id, None, next, editor.id, Some("ok"))
            .await
            .unwrap();
    }
    let published = store.case_by_id(draft.id).await.unwrap().unwrap();
    assert_eq!(published.case.status, CaseStatus::Published);
    assert_eq!(published.revision, fixed.revision + 3);
    assert!(published.case.provenance.published_at.is_some());
    // Publication is visible to the indexer.
    let outbox = store.outbox_after(0, 10).await.unwrap();
    assert!(outbox.iter().any(|e| e.entity_id == draft.id));
    let entries = store.audit_entries("case", draft.id).await.unwrap();
    let steps: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| serde_json::from_str(&e.detail).unwrap())
        .collect();
    assert_eq!(steps.len(), 3);
    assert!(
        entries
            .iter()
            .all(|e| e.action == "status_changed" && e.actor_id == Some(editor.id))
    );
    assert_eq!(
        steps[2],
        serde_json::json!({"from": "in_review", "to": "published", "reason": "ok"})
    );
    let err = store
        .transition_case(9_999, None, CaseStatus::Submitted, editor.id, None)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }));
}

// --- review ---

/// A submitted case by `author` answering `call`.
async fn submitted(store: &Arc<dyn Store>, n: u32, author: i64, call: Option<&str>) -> StoredCase {
    let mut c = case(n, "PT", Sector::Health, 2022);
    c.status = CaseStatus::Draft;
    c.provenance.published_at = None;
    c.provenance.submitted_by = Some(author);
    c.provenance.call = call.map(Into::into);
    let draft = store.insert_case(&c, Some(author)).await.unwrap();
    store
        .transition_case(draft.id, None, CaseStatus::Submitted, author, None)
        .await
        .unwrap()
}

fn note(user_id: i64, kind: &str, message: &str) -> NewNotification {
    NewNotification {
        user_id,
        kind: kind.into(),
        message: message.into(),
        mail: Some(NewMail {
            recipient: format!("user{user_id}@example.org"),
            subject: format!("About {kind}"),
            body: message.into(),
        }),
    }
}

async fn the_queue_filters_by_status_call_and_age(store: Arc<dyn Store>) {
    let ana = store
        .create_user("ana@example.org", "Ana", Role::Contributor, "h")
        .await
        .unwrap();
    let ed = store
        .create_user("ed@example.org", "Ed", Role::Editor, "h")
        .await
        .unwrap();
    let a = submitted(&store, 1, ana.id, Some("call-2026")).await;
    let b = submitted(&store, 2, ana.id, None).await;
    store
        .transition_case(b.id, None, CaseStatus::InReview, ed.id, None)
        .await
        .unwrap();
    // A published case and a draft are not waiting for anyone.
    store
        .insert_case(&case(3, "BR", Sector::Health, 2020), None)
        .await
        .unwrap();
    let mut draft = case(4, "BR", Sector::Health, 2020);
    draft.status = CaseStatus::Draft;
    store.insert_case(&draft, Some(ana.id)).await.unwrap();

    let waiting = ReviewFilter {
        statuses: vec![
            CaseStatus::Submitted,
            CaseStatus::InReview,
            CaseStatus::ChangesRequested,
        ],
        withdrawal_requested: true,
        ..Default::default()
    };
    let queue = store.review_queue(&waiting, page(1, 10)).await.unwrap();
    assert_eq!(queue.total, 2);
    let ids: Vec<i64> = queue.items.iter().map(|i| i.id).collect();
    assert_eq!(ids, vec![a.id, b.id], "oldest change first");
    assert_eq!(queue.items[0].author.as_deref(), Some("Ana"));
    let count = |q: &ReviewQueue, s: CaseStatus| q.counts.iter().find(|(x, _)| *x == s).unwrap().1;
    assert_eq!(count(&queue, CaseStatus::Submitted), 1);
    assert_eq!(count(&queue, CaseStatus::InReview), 1);
    assert_eq!(count(&queue, CaseStatus::Published), 1);
    assert!(queue.counts.iter().all(|(s, _)| *s != CaseStatus::Draft));

    let by_call = ReviewFilter {
        call: Some("call-2026".into()),
        ..waiting.clone()
    };
    let queue = store.review_queue(&by_call, page(1, 10)).await.unwrap();
    assert_eq!(
        queue.items.iter().map(|i| i.id).collect::<Vec<_>>(),
        vec![a.id]
    );
    let old = ReviewFilter {
        waiting_days: Some(7),
        ..waiting.clone()
    };
    assert_eq!(
        store.review_queue(&old, page(1, 10)).await.unwrap().total,
        0,
        "nothing waits a week yet"
    );
    let in_review = ReviewFilter {
        statuses: vec![CaseStatus::InReview],
        ..Default::default()
    };
    let queue = store.review_queue(&in_review, page(1, 10)).await.unwrap();
    assert_eq!(
        queue.items.iter().map(|i| i.id).collect::<Vec<_>>(),
        vec![b.id]
    );
    let second = store.review_queue(&waiting, page(2, 1)).await.unwrap();
    assert_eq!((second.total, second.items[0].id), (2, b.id), "paged");
}

async fn a_decision_writes_comment_notifications_and_mail_together(store: Arc<dyn Store>) {
    let ana = store
        .create_user("ana@example.org", "Ana", Role::Contributor, "h")
        .await
        .unwrap();
    let ed = store
        .create_user("ed@example.org", "Ed", Role::Editor, "h")
        .await
        .unwrap();
    let s = submitted(&store, 1, ana.id, None).await;
    let started = store
        .decide(&Decision {
            case_id: s.id,
            expected_revision: s.revision,
            next: CaseStatus::InReview,
            actor: ed.id,
            comment: None,
            checklist: &[],
            notify: &[note(ana.id, "in_review", "")],
        })
        .await
        .unwrap();
    assert!(
        store.review_comments(s.id).await.unwrap().is_empty(),
        "no comment, no row"
    );
    let ticked = vec!["fits_definition".to_string()];
    let changed = store
        .decide(&Decision {
            case_id: s.id,
            expected_revision: started.revision,
            next: CaseStatus::ChangesRequested,
            actor: ed.id,
            comment: Some("Please spell out **OPSI**."),
            checklist: &ticked,
            notify: &[note(
                ana.id,
                "changes_requested",
                "Please spell out **OPSI**.",
            )],
        })
        .await
        .unwrap();
    assert_eq!(changed.case.status, CaseStatus::ChangesRequested);
    let comments = store.review_comments(s.id).await.unwrap();
    assert_eq!(comments.len(), 1);
    assert_eq!(comments[0].author.as_deref(), Some("Ed"));
    assert_eq!(comments[0].decision.as_deref(), Some("changes_requested"));
    assert_eq!(comments[0].checklist, ticked);
    let audit = store.audit_entries("case", s.id).await.unwrap();
    assert!(
        audit.last().unwrap().detail.contains("Please spell out"),
        "the comment is the audit reason"
    );

    let notes = store.notifications(ana.id, 10).await.unwrap();
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0].kind, "changes_requested", "newest first");
    assert_eq!(notes[0].case_slug.as_deref(), Some("case-1"));
    assert_eq!(notes[0].case_status.as_deref(), Some("changes_requested"));
    assert_eq!(store.unread_notifications(ana.id).await.unwrap(), 2);
    assert_eq!(store.unread_notifications(ed.id).await.unwrap(), 0);
    let mail = store.mail_outbox(10).await.unwrap();
    assert_eq!(mail[0].subject, "About changes_requested");
    assert_eq!(store.mark_notifications_read(ana.id).await.unwrap(), 2);
    assert_eq!(store.unread_notifications(ana.id).await.unwrap(), 0);
    assert!(
        store
            .notifications(ana.id, 10)
            .await
            .unwrap()
            .iter()
            .all(|n| n.read_at.is_some())
    );
    let names = store
        .display_names(&[ana.id, ed.id, ana.id, 999])
        .await
        .unwrap();
    assert_eq!(names.len(), 2);
    assert_eq!(names[&ed.id], "Ed");
}

async fn a_stale_or_refused_decision_writes_nothing(store: Arc<dyn Store>) {
    let ana = store
        .create_user("ana@example.org", "Ana", Role::Contributor, "h")
        .await
        .unwrap();
    let ed = store
        .create_user("ed@example.org", "Ed", Role::Editor, "h")
        .await
        .unwrap();
    let s = submitted(&store, 1, ana.id, None).await;
    let mails_before = store.mail_outbox(100).await.unwrap().len();
    for (revision, next) in [
        (s.revision - 1, CaseStatus::InReview), // stale
        (s.revision, CaseStatus::Published),    // not a workflow step
    ] {
        let err = store
            .decide(&Decision {
                case_id: s.id,
                expected_revision: revision,
                next,
                actor: ed.id,
                comment: Some("A comment."),
                checklist: &[],
                notify: &[note(ana.id, next.slug(), "A comment.")],
            })
            .await
            .unwrap_err();
        assert!(
            matches!(err, StoreError::Conflict { .. } | StoreError::Invalid(_)),
            "{err}"
        );
    }
    assert!(store.review_comments(s.id).await.unwrap().is_empty());
    assert!(store.notifications(ana.id, 10).await.unwrap().is_empty());
    assert_eq!(store.mail_outbox(100).await.unwrap().len(), mails_before);
    assert_eq!(
        store.case_by_id(s.id).await.unwrap().unwrap().revision,
        s.revision
    );
}

async fn withdrawal_is_requested_once_then_granted_or_declined(store: Arc<dyn Store>) {
    let ana = store
        .create_user("ana@example.org", "Ana", Role::Contributor, "h")
        .await
        .unwrap();
    let ed = store
        .create_user("ed@example.org", "Ed", Role::Editor, "h")
        .await
        .unwrap();
    let draft = submitted(&store, 1, ana.id, None).await;
    // Not public yet: nothing to withdraw.
    let err = store
        .request_withdrawal(draft.id, ana.id, "Why", &[])
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)), "{err}");
    let published = store
        .insert_case(&case(2, "BR", Sector::Health, 2020), None)
        .await
        .unwrap();
    let request = store
        .request_withdrawal(
            published.id,
            ana.id,
            "Our data changed.",
            &[note(ed.id, "withdrawal_requested", "Our data changed.")],
        )
        .await
        .unwrap();
    assert_eq!(request.requester.as_deref(), Some("Ana"));
    assert_eq!(
        store.open_withdrawal(published.id).await.unwrap(),
        Some(request.clone())
    );
    let err = store
        .request_withdrawal(published.id, ana.id, "Again", &[])
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
    assert_eq!(
        store.notifications(ed.id, 10).await.unwrap()[0].kind,
        "withdrawal_requested"
    );
    let audit = store.audit_entries("case", published.id).await.unwrap();
    assert_eq!(audit.last().unwrap().action, "withdrawal_requested");
    let queue = store
        .review_queue(
            &ReviewFilter {
                withdrawal_requested: true,
                ..Default::default()
            },
            page(1, 10),
        )
        .await
        .unwrap();
    assert_eq!(queue.items.len(), 1);
    assert!(queue.items[0].withdrawal_requested);
    assert_eq!(queue.open_withdrawals, 1);

    // Declined with a reason: closed, commented, audited.
    store
        .decline_withdrawal(
            published.id,
            ed.id,
            "It is still accurate.",
            &[note(ana.id, "withdrawal_declined", "x")],
        )
        .await
        .unwrap();
    assert_eq!(store.open_withdrawal(published.id).await.unwrap(), None);
    assert!(matches!(
        store
            .decline_withdrawal(published.id, ed.id, "x", &[])
            .await
            .unwrap_err(),
        StoreError::NotFound { .. }
    ));
    assert_eq!(
        store.review_comments(published.id).await.unwrap()[0]
            .decision
            .as_deref(),
        Some("withdrawal_declined")
    );
    // Asked again, then withdrawn: the request closes with the step.
    store
        .request_withdrawal(published.id, ana.id, "Please.", &[])
        .await
        .unwrap();
    let current = store.case_by_id(published.id).await.unwrap().unwrap();
    store
        .decide(&Decision {
            case_id: published.id,
            expected_revision: current.revision,
            next: CaseStatus::Withdrawn,
            actor: ed.id,
            comment: None,
            checklist: &[],
            notify: &[],
        })
        .await
        .unwrap();
    assert_eq!(store.open_withdrawal(published.id).await.unwrap(), None);
    assert_eq!(
        store
            .case_by_id(published.id)
            .await
            .unwrap()
            .unwrap()
            .case
            .status,
        CaseStatus::Withdrawn
    );
}

async fn the_audit_log_pages_newest_first_with_filters(store: Arc<dyn Store>) {
    let admin = store
        .create_user("root@example.org", "Root", Role::Admin, "h")
        .await
        .unwrap();
    let ana = store
        .create_user("ana@example.org", "Ana", Role::Contributor, "h")
        .await
        .unwrap();
    store
        .set_role(admin.id, ana.id, Role::Editor)
        .await
        .unwrap();
    let s = submitted(&store, 1, ana.id, None).await;
    let all = store
        .audit_log(&AuditFilter::default(), page(1, 10))
        .await
        .unwrap();
    assert_eq!(
        all.total, 4,
        "two accounts made, one role change, one submission"
    );
    assert_eq!(all.entries[0].0.action, "status_changed", "newest first");
    assert_eq!(all.entries[0].1.as_deref(), Some("Ana"));
    assert_eq!(all.entries[0].0.entity_id, s.id);
    let roles = store
        .audit_log(
            &AuditFilter {
                action: Some("role_changed".into()),
                ..Default::default()
            },
            page(1, 10),
        )
        .await
        .unwrap();
    assert_eq!(roles.total, 1);
    assert_eq!(roles.entries[0].1.as_deref(), Some("Root"));
    let users = store
        .audit_log(
            &AuditFilter {
                entity: Some("user".into()),
                ..Default::default()
            },
            page(2, 2),
        )
        .await
        .unwrap();
    assert_eq!((users.total, users.entries.len()), (3, 1));
    let (entities, actions) = store.audit_kinds().await.unwrap();
    assert_eq!(entities, vec!["case", "user"]);
    assert!(actions.contains(&"role_changed".to_string()));
}

// --- calls for innovations and named trends ---

fn call(slug: &str) -> Call {
    Call {
        slug: slug.into(),
        title: "Call 2027".into(),
        description: "Send us *your* innovations.".into(),
        opens: "2027-01-01".parse().unwrap(),
        closes: "2027-03-31".parse().unwrap(),
        themes: vec!["Digital identity".into()],
    }
}

async fn calls_are_created_changed_and_audited(store: Arc<dyn Store>) {
    let editor = store
        .create_user("ed@example.org", "Ed", Role::Editor, "h")
        .await
        .unwrap();
    store
        .create_call(editor.id, &call("call-2027"))
        .await
        .unwrap();
    assert_eq!(
        store.call_by_slug("call-2027").await.unwrap(),
        Some(call("call-2027"))
    );
    assert!(store.call_by_slug("nope").await.unwrap().is_none());
    // A taken slug and an invalid call store nothing.
    let err = store
        .create_call(editor.id, &call("call-2027"))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
    let bad = Call {
        closes: "2026-12-31".parse().unwrap(),
        ..call("call-bad")
    };
    assert!(matches!(
        store.create_call(editor.id, &bad).await.unwrap_err(),
        StoreError::Invalid(_)
    ));
    assert_eq!(store.calls().await.unwrap().len(), 1);
    // Closing early is a change of the closing date, audited with both dates.
    let early = Call {
        closes: "2027-02-01".parse().unwrap(),
        ..call("call-2027")
    };
    store.update_call(editor.id, &early).await.unwrap();
    assert_eq!(store.call_by_slug("call-2027").await.unwrap(), Some(early));
    let missing = store
        .update_call(editor.id, &call("nope"))
        .await
        .unwrap_err();
    assert!(matches!(missing, StoreError::NotFound { .. }));
    let id: i64 = 1;
    let entries = store.audit_entries("call", id).await.unwrap();
    let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["call_created", "call_changed"]);
    assert!(entries.iter().all(|e| e.actor_id == Some(editor.id)));
    let detail: serde_json::Value = serde_json::from_str(&entries[1].detail).unwrap();
    assert_eq!(detail["changed"], serde_json::json!(["closes"]));
    assert_eq!(
        detail["closes"],
        serde_json::json!(["2027-03-31", "2027-02-01"])
    );
}

async fn a_calls_intake_is_counted_by_status_and_filtered(store: Arc<dyn Store>) {
    let editor = store
        .create_user("ed@example.org", "Ed", Role::Editor, "h")
        .await
        .unwrap();
    store
        .create_call(editor.id, &call("call-2027"))
        .await
        .unwrap();
    let mut ids = Vec::new();
    for n in 1..=5 {
        let mut c = case(n, "PT", Sector::Health, 2022);
        c.status = CaseStatus::Draft;
        c.provenance.published_at = None;
        c.provenance.call = (n <= 4).then(|| "call-2027".to_string());
        ids.push(store.insert_case(&c, Some(editor.id)).await.unwrap().id);
    }
    // Case 1 stays a draft, case 2 is submitted, cases 3 and 4 are published, case 5
    // answered no call.
    let steps = [
        CaseStatus::Submitted,
        CaseStatus::InReview,
        CaseStatus::Published,
    ];
    for (id, steps) in [
        (ids[1], &steps[..1]),
        (ids[2], &steps[..]),
        (ids[3], &steps[..]),
        (ids[4], &steps[..]),
    ] {
        for &next in steps {
            store
                .transition_case(id, None, next, editor.id, None)
                .await
                .unwrap();
        }
    }
    let intake = store.call_intake("call-2027").await.unwrap();
    assert_eq!(intake.total, 4);
    assert_eq!(
        intake.by_status,
        [
            (CaseStatus::Draft, 1),
            (CaseStatus::Submitted, 1),
            (CaseStatus::Published, 2)
        ]
    );
    assert_eq!(
        store.call_intake("other").await.unwrap(),
        CallIntake::default()
    );
    assert_eq!(
        store.call_intake_totals().await.unwrap(),
        [("call-2027".to_string(), 4)]
    );
    // The public filter and facet see only the published ones.
    let filter = CaseFilter {
        calls: vec!["call-2027".into()],
        ..CaseFilter::default()
    };
    let page = store
        .list_cases(
            &filter,
            Page {
                number: 1,
                size: 10,
            },
        )
        .await
        .unwrap();
    assert_eq!(page.total, 2);
    let facet = store
        .facet_counts("call", &CaseFilter::default())
        .await
        .unwrap();
    assert_eq!(
        facet,
        [FacetCount {
            value: "call-2027".into(),
            count: 2
        }]
    );
    // Moving a case to another call moves its count.
    let mut moved = store.case_by_id(ids[0]).await.unwrap().unwrap().case;
    moved.provenance.call = Some("call-2028".into());
    store.update_case(&moved, Some(editor.id)).await.unwrap();
    assert_eq!(store.call_intake("call-2027").await.unwrap().total, 3);
    assert_eq!(store.call_intake("call-2028").await.unwrap().total, 1);
}

async fn named_trends_are_saved_changed_deleted_and_audited(store: Arc<dyn Store>) {
    let editor = store
        .create_user("ed@example.org", "Ed", Role::Editor, "h")
        .await
        .unwrap();
    let trend = observa_domain::NamedTrend {
        slug: "digital-identity".into(),
        name: "Digital identity".into(),
        description: "Wallets and *IDs*.".into(),
        query: "sector=health".into(),
        terms: vec!["identity".into(), "wallet".into()],
        cases: vec!["case-1".into()],
    };
    let saved = store.create_named_trend(editor.id, &trend).await.unwrap();
    assert_eq!(saved.trend, trend);
    assert_eq!(saved.created_by, Some(editor.id));
    let err = store
        .create_named_trend(editor.id, &trend)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
    let bad = observa_domain::NamedTrend {
        slug: "other".into(),
        name: " ".into(),
        ..trend.clone()
    };
    assert!(matches!(
        store.create_named_trend(editor.id, &bad).await.unwrap_err(),
        StoreError::Invalid(_)
    ));
    assert_eq!(store.named_trends().await.unwrap().len(), 1);

    let renamed = observa_domain::NamedTrend {
        name: "Digital identity wallets".into(),
        ..trend.clone()
    };
    let changed = store.update_named_trend(editor.id, &renamed).await.unwrap();
    assert_eq!(changed.created_at, saved.created_at);
    assert_eq!(
        store
            .named_trend("digital-identity")
            .await
            .unwrap()
            .unwrap()
            .trend,
        renamed
    );
    store
        .delete_named_trend(editor.id, "digital-identity")
        .await
        .unwrap();
    assert!(
        store
            .named_trend("digital-identity")
            .await
            .unwrap()
            .is_none()
    );
    assert!(matches!(
        store
            .delete_named_trend(editor.id, "digital-identity")
            .await,
        Err(StoreError::NotFound { .. })
    ));
    let actions: Vec<String> = store
        .audit_entries("named_trend", saved.id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            "named_trend_created",
            "named_trend_changed",
            "named_trend_deleted"
        ]
    );
}

/// The migration that made the call a projection fills it in for cases stored before it.
async fn the_call_projection_is_back_filled(url: &str) {
    // Stand in for a database written before migration 5: the projection row is missing
    // and the migration not yet applied.
    let store = connect(url).await.unwrap();
    let mut c = case(1, "PT", Sector::Health, 2022);
    c.provenance.call = Some("call-2027".into());
    let id = store.insert_case(&c, None).await.unwrap().id;
    drop(store);
    {
        use sqlx::Connection as _;
        let sql = [
            "DELETE FROM case_values WHERE field = 'call'",
            "DROP TABLE named_trends",
            "DELETE FROM _sqlx_migrations WHERE version = 5",
        ];
        if url.starts_with("sqlite:") {
            let mut conn = sqlx::SqliteConnection::connect(url).await.unwrap();
            for q in sql {
                sqlx::query(q).execute(&mut conn).await.unwrap();
            }
        } else {
            let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
            for q in sql {
                sqlx::query(q).execute(&mut conn).await.unwrap();
            }
        }
    }
    let store = connect(url).await.unwrap();
    assert_eq!(store.call_intake("call-2027").await.unwrap().total, 1);
    let filter = CaseFilter {
        calls: vec!["call-2027".into()],
        ..CaseFilter::default()
    };
    let page = store
        .list_cases(
            &filter,
            Page {
                number: 1,
                size: 10,
            },
        )
        .await
        .unwrap();
    assert_eq!(page.cases.iter().map(|s| s.id).collect::<Vec<_>>(), [id]);
}

mod the_call_projection_is_back_filled {
    #[tokio::test]
    async fn sqlite() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        super::the_call_projection_is_back_filled(&url).await;
    }
    #[tokio::test]
    async fn postgres() {
        if let Some(url) = crate::testing::fresh_postgres_database("store test").await {
            super::the_call_projection_is_back_filled(&url).await;
        }
    }
}

// --- contributions: uploaded files and collaborator invitations ---

async fn contributors_find_their_cases_and_files(store: Arc<dyn Store>) {
    let owner = store
        .create_user("owner@example.org", "Owner", Role::Contributor, "x")
        .await
        .unwrap()
        .id;
    let other = store
        .create_user("other@example.org", "Other", Role::Contributor, "x")
        .await
        .unwrap()
        .id;
    let now = crate::now();
    let mut draft = Case::draft("my-draft".into(), "My draft".into(), "en", now);
    draft.provenance.submitted_by = Some(owner);
    let hash = "ab".repeat(32);
    draft.images.push(observa_domain::Media {
        url: format!("/media/{hash}.png"),
        title: String::new(),
        alt: Some("A map".into()),
        media_type: Some("image/png".into()),
    });
    let stored = store.insert_case(&draft, Some(owner)).await.unwrap();
    store
        .insert_case(&case(1, "BR", Sector::Health, 2020), None)
        .await
        .unwrap();
    let mine = store.cases_of_user(owner).await.unwrap();
    assert_eq!(mine.iter().map(|c| c.id).collect::<Vec<_>>(), [stored.id]);
    assert!(store.cases_of_user(other).await.unwrap().is_empty());
    assert_eq!(
        store.cases_with_media(&hash).await.unwrap()[0].id,
        stored.id
    );
    assert!(
        store
            .cases_with_media(&"cd".repeat(32))
            .await
            .unwrap()
            .is_empty()
    );

    let file = MediaFile {
        hash: hash.clone(),
        media_type: "image/png".into(),
        extension: "png".into(),
        size: 67,
        uploaded_by: Some(owner),
        created_at: now,
    };
    assert_eq!(store.record_media(&file).await.unwrap(), file);
    // The same content sent again by someone else keeps its first record.
    let again = MediaFile {
        uploaded_by: Some(other),
        ..file.clone()
    };
    assert_eq!(store.record_media(&again).await.unwrap(), file);
    assert_eq!(store.media(&hash).await.unwrap(), Some(file));
    assert_eq!(store.media("00").await.unwrap(), None);

    // Removing the image from the draft forgets the link.
    let mut changed = stored.case.clone();
    changed.images.clear();
    store.update_case(&changed, Some(owner)).await.unwrap();
    assert!(store.cases_with_media(&hash).await.unwrap().is_empty());
}

async fn invitations_add_a_collaborator_once(store: Arc<dyn Store>) {
    let owner = store
        .create_user("owner@example.org", "Owner", Role::Contributor, "x")
        .await
        .unwrap()
        .id;
    let friend = store
        .create_user("friend@example.org", "Friend", Role::Contributor, "x")
        .await
        .unwrap()
        .id;
    let mut draft = Case::draft("shared".into(), "Shared".into(), "en", crate::now());
    draft.provenance.submitted_by = Some(owner);
    let stored = store.insert_case(&draft, Some(owner)).await.unwrap();
    let invite = |hash: &'static str, days: i64| NewInvitation {
        case_id: stored.id,
        email: "friend@example.org",
        token_hash: hash,
        invited_by: owner,
        expires_at: crate::now() + chrono::Duration::days(days),
    };
    let first = store
        .invite_collaborator(&invite("h1", 7), &mail("friend@example.org", "Join"))
        .await
        .unwrap();
    assert_eq!(first.state, InvitationState::Pending);
    assert_eq!(
        store.mail_outbox(10).await.unwrap().len(),
        1,
        "the email is queued with it"
    );
    let second = store
        .invite_collaborator(&invite("h2", 7), &mail("friend@example.org", "Join"))
        .await
        .unwrap();
    let expired = store
        .invite_collaborator(&invite("h3", -1), &mail("friend@example.org", "Join"))
        .await
        .unwrap();
    assert_eq!(expired.state, InvitationState::Expired);
    assert_eq!(store.invitation_by_token("h3").await.unwrap(), None);
    assert!(
        store
            .accept_invitation("h3", friend)
            .await
            .unwrap()
            .is_none()
    );

    // Withdrawn: its link no longer works; withdrawing twice does nothing.
    assert!(
        store
            .withdraw_invitation(stored.id, second.id, owner)
            .await
            .unwrap()
    );
    assert!(
        !store
            .withdraw_invitation(stored.id, second.id, owner)
            .await
            .unwrap()
    );
    assert!(
        !store
            .withdraw_invitation(stored.id + 1, first.id, owner)
            .await
            .unwrap(),
        "another case's"
    );
    assert!(
        store
            .accept_invitation("h2", friend)
            .await
            .unwrap()
            .is_none()
    );

    assert_eq!(
        store.invitation_by_token("h1").await.unwrap().map(|i| i.id),
        Some(first.id)
    );
    let joined = store
        .accept_invitation("h1", friend)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(joined.case.provenance.collaborators, [friend]);
    assert_eq!(joined.revision, stored.revision + 1);
    assert_eq!(
        store
            .revisions(stored.id)
            .await
            .unwrap()
            .last()
            .unwrap()
            .author,
        Some(friend)
    );
    assert!(
        store
            .accept_invitation("h1", friend)
            .await
            .unwrap()
            .is_none(),
        "single use"
    );
    assert_eq!(store.cases_of_user(friend).await.unwrap()[0].id, stored.id);
    let states: Vec<_> = store
        .invitations(stored.id)
        .await
        .unwrap()
        .iter()
        .map(|i| i.state)
        .collect();
    assert_eq!(
        states,
        [
            InvitationState::Accepted,
            InvitationState::Withdrawn,
            InvitationState::Expired
        ]
    );
    let actions: Vec<_> = store
        .audit_entries("case", stored.id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(
        actions.contains(&"collaborator_added".to_string()),
        "{actions:?}"
    );
    assert!(
        actions.contains(&"invitation_withdrawn".to_string()),
        "{actions:?}"
    );
}

// --- editing the catalogue ---

async fn terms_are_added_and_changed_with_checked_parents(store: Arc<dyn Store>) {
    for term in observa_domain::terms::default_technologies() {
        store.upsert_term(&term).await.unwrap();
    }
    let mut draft = case(1, "BR", Sector::Health, 2021);
    draft.status = CaseStatus::Draft;
    draft.technologies = vec!["machine_learning".into()];
    store.insert_case(&draft, None).await.unwrap();
    let published = store
        .insert_case(&case(2, "PT", Sector::Health, 2021), None)
        .await
        .unwrap();
    let usage = store.term_usage(TermKind::Technology).await.unwrap();
    let count = |slug: &str| usage.iter().find(|u| u.value == slug).map(|u| u.count);
    assert_eq!(count("artificial_intelligence"), Some(1));
    assert_eq!(count("machine_learning"), Some(1));
    assert_eq!(count("blockchain"), None);

    let mut term = Term {
        kind: TermKind::Technology,
        slug: "large_language_models".into(),
        parent: Some("machine_learning".into()),
        labels: observa_domain::Labels::new("LLMs", "LLM", "LLM", "LLM"),
    };
    store.add_term(&term).await.unwrap();
    assert!(matches!(
        store.add_term(&term).await,
        Err(StoreError::Conflict { .. })
    ));
    // A parent that does not exist, or that sits under the term, is refused.
    let before = store.terms(TermKind::Technology).await.unwrap();
    let mut ai = before
        .iter()
        .find(|t| t.slug == "artificial_intelligence")
        .unwrap()
        .clone();
    ai.parent = Some("large_language_models".into());
    let err = store.update_term(&ai).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::Invalid(v) if v.0[0].code == "parent_cycle"),
        "{err}"
    );
    term.parent = Some("nowhere".into());
    let err = store.update_term(&term).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::Invalid(v) if v.0[0].code == "unknown_parent"),
        "{err}"
    );
    term.parent = Some("service_design".into()); // a tag, not a technology
    assert!(store.update_term(&term).await.is_err());
    let missing = Term {
        slug: "not_there".into(),
        parent: None,
        ..term.clone()
    };
    assert!(matches!(
        store.update_term(&missing).await,
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(
        store.terms(TermKind::Technology).await.unwrap().len(),
        before.len()
    );

    // A new label is stored, and every case using the term goes to the outbox.
    let seq = store.last_outbox_seq().await.unwrap();
    ai.parent = None;
    ai.labels.es = "IA (nueva etiqueta)".into();
    store.update_term(&ai).await.unwrap();
    let stored = store.terms(TermKind::Technology).await.unwrap();
    assert_eq!(
        stored
            .iter()
            .find(|t| t.slug == "artificial_intelligence")
            .unwrap()
            .labels
            .es,
        "IA (nueva etiqueta)"
    );
    let queued = store.outbox_after(seq, 10).await.unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(
        (queued[0].entity.as_str(), queued[0].entity_id),
        ("case", published.id)
    );
}

async fn new_publications_and_toolkits_never_overwrite(store: Arc<dyn Store>) {
    let json =
        r#"{"slug":"p","title":"First","year":2023,"kind":"report","publisher":"P","summary":"S"}"#;
    let mut p: Publication = serde_json::from_str(json).unwrap();
    store.add_publication(&p).await.unwrap();
    p.title = "Second".into();
    assert!(matches!(
        store.add_publication(&p).await,
        Err(StoreError::Conflict { .. })
    ));
    p.slug = "q".into();
    p.year = 1;
    assert!(matches!(
        store.add_publication(&p).await,
        Err(StoreError::Invalid(_))
    ));
    let all = store.publications().await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].title, "First");

    let mut t = observa_domain::demo::toolkits().remove(0);
    store.add_toolkit(&t).await.unwrap();
    t.name = "Renamed".into();
    assert!(matches!(
        store.add_toolkit(&t).await,
        Err(StoreError::Conflict { .. })
    ));
    assert_ne!(store.toolkits().await.unwrap()[0].name, "Renamed");
}
