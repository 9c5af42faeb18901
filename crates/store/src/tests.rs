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
