//! Review tests: the editors' queue, the review page and its actions, notifications and
//! their email, withdrawal, history and the audit log, over real HTTP on a real SQLite
//! file (the client and server helpers of `accounts_tests`). Submitted cases are made
//! straight in the store, as the contributor's form will: a complete case, then
//! `transition_case` Draft → Submitted by its author.

use observa_domain::{Call, CaseStatus, Lang, Role};
use observa_store::{Store, StoredCase};

use crate::AccountLimits;
use crate::accounts_tests::{Client, PASSWORD, account, started};
use crate::tests::TestApp;

/// Everyone the tests need: the author (with a collaborator), another contributor, an
/// editor and an administrator, each signed in with their own session.
struct Cast {
    t: TestApp,
    author: i64,
    collaborator: i64,
    editor: i64,
    admin: i64,
    visitor: Client,
    author_client: Client,
    other_client: Client,
    editor_client: Client,
    admin_client: Client,
}

async fn cast() -> Cast {
    let (t, base) = started(AccountLimits::off()).await;
    let store = &*t.store;
    let author = account(store, "author@example.org", Role::Contributor).await;
    let collaborator = account(store, "helper@example.org", Role::Contributor).await;
    account(store, "other@example.org", Role::Contributor).await;
    let editor = account(store, "editor@example.org", Role::Editor).await;
    let admin = account(store, "admin@example.org", Role::Admin).await;
    let mut clients = Vec::new();
    for email in [
        "author@example.org",
        "other@example.org",
        "editor@example.org",
        "admin@example.org",
    ] {
        let mut c = Client::new(&base);
        assert_eq!(c.sign_in(email, PASSWORD).await.status, 303, "{email}");
        clients.push(c);
    }
    let mut clients = clients.into_iter();
    Cast {
        visitor: Client::new(&base),
        author_client: clients.next().unwrap(),
        other_client: clients.next().unwrap(),
        editor_client: clients.next().unwrap(),
        admin_client: clients.next().unwrap(),
        t,
        author,
        collaborator,
        editor,
        admin,
    }
}

/// A complete case by `author` (with `collaborator`), submitted.
async fn submitted(
    store: &dyn Store,
    n: usize,
    author: i64,
    collaborator: i64,
    call: Option<&str>,
) -> StoredCase {
    let mut case = observa_domain::demo::cases(11).nth(n).unwrap();
    case.slug = format!("review-case-{n}");
    case.status = CaseStatus::Draft;
    case.provenance.published_at = None;
    case.provenance.submitted_by = Some(author);
    case.provenance.collaborators = vec![collaborator];
    case.provenance.call = call.map(Into::into);
    let draft = store.insert_case(&case, Some(author)).await.unwrap();
    store
        .transition_case(draft.id, None, CaseStatus::Submitted, author, None)
        .await
        .unwrap()
}

/// A published case by `author`.
async fn published(store: &dyn Store, n: usize, author: i64) -> StoredCase {
    let mut case = observa_domain::demo::cases(11).nth(n).unwrap();
    case.slug = format!("published-case-{n}");
    case.provenance.submitted_by = Some(author);
    store.insert_case(&case, Some(author)).await.unwrap()
}

async fn status(store: &dyn Store, id: i64) -> (CaseStatus, i64) {
    let c = store.case_by_id(id).await.unwrap().unwrap();
    (c.case.status, c.revision)
}

/// Sends the review form of case `id` as `client`, with the page's token and revision.
async fn act(
    client: &mut Client,
    id: i64,
    fields: &[(&str, &str)],
) -> crate::accounts_tests::Reply {
    let page = client.get(&format!("/review/{id}")).await;
    let token = page.csrf();
    let revision = field_value(&page.body, "revision");
    let mut all = vec![("csrf", token.as_str()), ("revision", revision.as_str())];
    all.extend_from_slice(fields);
    client.post(&format!("/review/{id}"), &all).await
}

/// The value of the hidden field `name` on a page.
fn field_value(body: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let at = body
        .find(&marker)
        .unwrap_or_else(|| panic!("no field {name} in {body}"));
    let rest = &body[at + marker.len()..];
    rest[..rest.find('"').unwrap()].to_string()
}

/// A line of the authorization matrix: method, route, form fields and the expected
/// status for the visitor, the author, another contributor, the editor and the admin.
type Expectation<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>, [u16; 5]);

const ALL_CRITERIA: [(&str, &str); 5] = [
    ("checklist", "fits_definition"),
    ("checklist", "plain_language"),
    ("checklist", "every_section"),
    ("checklist", "stands_alone"),
    ("checklist", "no_personal_data"),
];

#[tokio::test]
async fn every_review_route_checks_role_and_ownership() {
    let mut c = cast().await;
    let store = c.t.store.clone();
    let case = submitted(&*store, 1, c.author, c.collaborator, None).await;
    let public = published(&*store, 2, c.author).await;
    let review = format!("/review/{}", case.id);
    let history = format!("/review/{}/history", case.id);
    let withdrawal = format!("/review/{}/withdrawal-request", public.id);
    let revision = case.revision.to_string();
    // (method, route, fields, [visitor, author, another contributor, editor, admin])
    let matrix: Vec<Expectation> = vec![
        ("GET", "/review", vec![], [303, 403, 403, 200, 200]),
        ("GET", &review, vec![], [303, 403, 403, 200, 200]),
        ("GET", &history, vec![], [303, 200, 403, 200, 200]),
        ("GET", &withdrawal, vec![], [303, 200, 403, 403, 403]),
        (
            "GET",
            "/account/notifications",
            vec![],
            [303, 200, 200, 200, 200],
        ),
        ("GET", "/admin/audit", vec![], [303, 403, 403, 200, 200]),
        ("GET", "/review/999999", vec![], [303, 403, 403, 404, 404]),
        // A request for changes without a comment: refused for lack of the right, or
        // for lack of the comment; never carried out.
        (
            "POST",
            &review,
            vec![("action", "request-changes"), ("revision", &revision)],
            [403, 403, 403, 409, 409],
        ),
        (
            "POST",
            &review,
            vec![("action", "start"), ("revision", "0")],
            [403, 403, 403, 409, 409],
        ),
        (
            "POST",
            &withdrawal,
            vec![("reason", "")],
            [403, 422, 403, 403, 403],
        ),
        (
            "POST",
            "/account/notifications/read",
            vec![],
            [403, 303, 303, 303, 303],
        ),
    ];
    let mut callers = [
        ("visitor", &mut c.visitor),
        ("author", &mut c.author_client),
        ("another contributor", &mut c.other_client),
        ("editor", &mut c.editor_client),
        ("admin", &mut c.admin_client),
    ];
    for (method, route, fields, expected) in &matrix {
        for ((name, client), want) in callers.iter_mut().zip(expected) {
            let reply = if *method == "GET" {
                client.get(route).await
            } else {
                // Each caller brings its own session's valid token: what is checked here
                // is the right to act, not CSRF.
                let token = client.get("/account/reset").await.csrf();
                let mut all = vec![("csrf", token.as_str())];
                all.extend_from_slice(fields);
                client.post(route, &all).await
            };
            assert_eq!(
                reply.status, *want,
                "{method} {route} as {name}: {}",
                reply.body
            );
            if *method == "GET" && *want == 303 && *name == "visitor" {
                assert!(
                    reply.location().starts_with("/account/signin?next="),
                    "{route}"
                );
            }
        }
    }
    // Nothing was decided, requested or commented.
    assert_eq!(
        status(&*store, case.id).await,
        (CaseStatus::Submitted, case.revision)
    );
    assert!(store.review_comments(case.id).await.unwrap().is_empty());
    assert!(store.open_withdrawal(public.id).await.unwrap().is_none());
    assert!(store.notifications(c.author, 10).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_missing_or_wrong_csrf_token_writes_nothing() {
    let mut c = cast().await;
    let store = c.t.store.clone();
    let case = submitted(&*store, 1, c.author, c.collaborator, None).await;
    let public = published(&*store, 2, c.author).await;
    let revision = case.revision.to_string();
    let audit_before = store.audit_entries("case", case.id).await.unwrap().len();
    for token in [None, Some("not-the-token")] {
        let mut fields = vec![("action", "start"), ("revision", revision.as_str())];
        if let Some(t) = token {
            fields.push(("csrf", t));
        }
        let reply = c
            .editor_client
            .post(&format!("/review/{}", case.id), &fields)
            .await;
        assert_eq!(reply.status, 403, "{}", reply.body);
        let mut fields = vec![("reason", "Please withdraw it.")];
        if let Some(t) = token {
            fields.push(("csrf", t));
        }
        let reply = c
            .author_client
            .post(
                &format!("/review/{}/withdrawal-request", public.id),
                &fields,
            )
            .await;
        assert_eq!(reply.status, 403);
        let reply = c
            .author_client
            .post("/account/notifications/read", &[])
            .await;
        assert_eq!(reply.status, 403);
    }
    assert_eq!(
        status(&*store, case.id).await,
        (CaseStatus::Submitted, case.revision)
    );
    assert_eq!(
        store.audit_entries("case", case.id).await.unwrap().len(),
        audit_before
    );
    assert!(store.open_withdrawal(public.id).await.unwrap().is_none());
}

#[tokio::test]
async fn each_action_checks_its_conditions_and_notifies_the_authors() {
    let mut c = cast().await;
    let store = c.t.store.clone();
    let case = submitted(&*store, 1, c.author, c.collaborator, None).await;
    let id = case.id;
    let ed = &mut c.editor_client;

    // Only the step the state allows is offered.
    let page = ed.get(&format!("/review/{id}")).await;
    assert!(page.body.contains(r#"value="start""#), "{}", page.body);
    assert!(!page.body.contains(r#"value="publish""#));
    assert!(page.body.contains(&case.case.title), "the case is shown");

    let reply = act(ed, id, &[("action", "start")]).await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_eq!(reply.location(), format!("/review/{id}?done=start"));
    assert_eq!(status(&*store, id).await.0, CaseStatus::InReview);
    let notes = store.notifications(c.author, 10).await.unwrap();
    assert_eq!(notes[0].kind, "in_review");
    assert_eq!(
        store.notifications(c.collaborator, 10).await.unwrap().len(),
        1
    );
    let mail = store.mail_outbox(10).await.unwrap();
    assert!(
        mail.iter()
            .any(|m| m.recipient == "author@example.org" && m.subject.contains("now in review"))
    );
    assert!(mail.iter().any(|m| m.recipient == "helper@example.org"));
    let mails_after_start = mail.len();
    let (_, revision) = status(&*store, id).await;

    // Each precondition: a clear message beside its field, nothing stored.
    for (fields, message, field) in [
        (
            vec![("action", "request-changes")],
            "Say which changes you ask for.",
            "comment-error",
        ),
        (
            vec![("action", "reject"), ("comment", "   ")],
            "Give the reason for rejecting the case.",
            "comment-error",
        ),
        (
            vec![
                ("action", "publish"),
                ("checklist", "fits_definition"),
                ("checklist", "plain_language"),
            ],
            "Tick every acceptance criterion before publishing.",
            "checklist-error",
        ),
    ] {
        let reply = act(ed, id, &fields).await;
        assert_eq!(reply.status, 422, "{fields:?}: {}", reply.body);
        assert!(reply.body.contains(message), "{message}: {}", reply.body);
        assert!(reply.body.contains(&format!(r#"id="{field}""#)), "{field}");
        assert!(
            reply.body.contains("aria-describedby"),
            "the message is tied to its field"
        );
    }
    let too_long = "x".repeat(5_001);
    let reply = act(
        ed,
        id,
        &[("action", "request-changes"), ("comment", &too_long)],
    )
    .await;
    assert_eq!(reply.status, 422);
    assert!(
        reply.body.contains("at most 5,000 characters")
            || reply.body.contains("at most 5000 characters"),
        "{}",
        reply.body
    );
    // The ticks and the comment entered come back.
    let reply = act(
        ed,
        id,
        &[
            ("action", "publish"),
            ("checklist", "stands_alone"),
            ("comment", "Kept"),
        ],
    )
    .await;
    assert!(
        reply.body.contains(r#"value="stands_alone" checked"#),
        "{}",
        reply.body
    );
    assert!(reply.body.contains(">Kept</textarea>"));
    assert_eq!(status(&*store, id).await, (CaseStatus::InReview, revision));
    assert!(store.review_comments(id).await.unwrap().is_empty());
    assert_eq!(
        store.mail_outbox(100).await.unwrap().len(),
        mails_after_start
    );

    // A stale revision: a conflict with a clear message, nothing decided.
    let token = ed.get(&format!("/review/{id}")).await.csrf();
    let stale = (revision - 1).to_string();
    let reply = ed
        .post(
            &format!("/review/{id}"),
            &[
                ("csrf", &token),
                ("revision", &stale),
                ("action", "reject"),
                ("comment", "No."),
            ],
        )
        .await;
    assert_eq!(reply.status, 409);
    assert!(
        reply.body.contains("This case changed since you opened it"),
        "{}",
        reply.body
    );
    assert_eq!(status(&*store, id).await, (CaseStatus::InReview, revision));

    // Changes requested with a comment that tries to run a script.
    let comment =
        "Please spell out **OPSI**. <script>alert('x')</script> <img src=x onerror=alert(1)>";
    let reply = act(
        ed,
        id,
        &[
            ("action", "request-changes"),
            ("comment", comment),
            ("checklist", "plain_language"),
        ],
    )
    .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_eq!(status(&*store, id).await.0, CaseStatus::ChangesRequested);
    let comments = store.review_comments(id).await.unwrap();
    assert_eq!(comments.len(), 1);
    assert_eq!(comments[0].checklist, vec!["plain_language"]);
    let page = ed.get(&format!("/review/{id}?done=request-changes")).await;
    assert!(
        page.body.contains("Changes were requested"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("<strong>OPSI</strong>"),
        "Markdown rendered"
    );
    assert!(!page.body.contains("<script>alert"), "{}", page.body);
    assert!(!page.body.contains("onerror"), "sanitised");
    let mail = store.mail_outbox(100).await.unwrap();
    let to_author = mail
        .iter()
        .find(|m| {
            m.recipient == "author@example.org" && m.subject.contains("Changes are requested")
        })
        .expect("the author is told by email");
    let body = to_author.body.as_deref().unwrap();
    assert!(body.contains("Please spell out **OPSI**"), "{body}");
    assert!(
        body.contains(&format!("http://observa.test/contribute/{id}")),
        "{body}"
    );
    assert!(mail.iter().any(
        |m| m.recipient == "helper@example.org" && m.subject.contains("Changes are requested")
    ));

    // The author's dashboard: unread count, the notice, the sanitised comment, the link.
    let account_page = c.author_client.get("/account").await;
    assert!(
        account_page.body.contains("Notifications: 2 unread"),
        "{}",
        account_page.body
    );
    let list = c.author_client.get("/account/notifications").await;
    assert_eq!(list.status, 200);
    assert!(
        list.body.contains("Changes are requested on your case"),
        "{}",
        list.body
    );
    assert!(
        list.body.contains(&format!(r#"href="/contribute/{id}""#)),
        "{}",
        list.body
    );
    assert!(list.body.contains("<strong>OPSI</strong>") && !list.body.contains("<script>alert"));
    assert!(list.body.contains("New:"));
    let token = list.csrf();
    let reply = c
        .author_client
        .post("/account/notifications/read", &[("csrf", &token)])
        .await;
    assert_eq!(reply.status, 303);
    assert_eq!(store.unread_notifications(c.author).await.unwrap(), 0);
    assert_eq!(
        store.unread_notifications(c.collaborator).await.unwrap(),
        2,
        "each reads their own"
    );
    assert!(
        c.author_client
            .get("/account")
            .await
            .body
            .contains("none unread")
    );

    // The author sends it again; the editor publishes with every criterion ticked.
    store
        .transition_case(id, None, CaseStatus::Submitted, c.author, None)
        .await
        .unwrap();
    let ed = &mut c.editor_client;
    assert_eq!(act(ed, id, &[("action", "start")]).await.status, 303);
    let mut fields = ALL_CRITERIA.to_vec();
    fields.push(("action", "publish"));
    let reply = act(ed, id, &fields).await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    let now = store.case_by_id(id).await.unwrap().unwrap();
    assert_eq!(now.case.status, CaseStatus::Published);
    assert!(now.case.provenance.published_at.is_some());
    assert_eq!(
        store
            .review_comments(id)
            .await
            .unwrap()
            .last()
            .unwrap()
            .checklist
            .len(),
        5
    );
    let notes = store.notifications(c.author, 10).await.unwrap();
    assert_eq!(notes[0].kind, "published");
    let list = c.author_client.get("/account/notifications").await;
    assert!(
        list.body
            .contains(&format!(r#"href="/cases/{}""#, now.case.slug)),
        "{}",
        list.body
    );
    assert!(
        list.body
            .contains(&format!("/review/{id}/withdrawal-request")),
        "the author can ask for withdrawal"
    );

    // Archive; and no decision left on an archived case without a withdrawal request.
    assert_eq!(
        act(&mut c.editor_client, id, &[("action", "archive")])
            .await
            .status,
        303
    );
    assert_eq!(status(&*store, id).await.0, CaseStatus::Archived);
    let reply = act(&mut c.editor_client, id, &[("action", "withdraw")]).await;
    assert_eq!(reply.status, 409, "no withdrawal was asked");
    assert_eq!(status(&*store, id).await.0, CaseStatus::Archived);
    // Every step is in the audit log.
    let steps: Vec<String> = store
        .audit_entries("case", id)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "status_changed")
        .map(|e| e.detail)
        .collect();
    assert_eq!(steps.len(), 7, "{steps:?}");
    assert!(
        steps[2].contains("Please spell out"),
        "the comment is the step's reason"
    );
}

#[tokio::test]
async fn an_author_asks_for_withdrawal_and_an_editor_declines_or_withdraws() {
    let mut c = cast().await;
    let store = c.t.store.clone();
    let case = published(&*store, 3, c.author).await;
    let id = case.id;
    let form = format!("/review/{id}/withdrawal-request");

    // A reason is needed.
    let page = c.author_client.get(&form).await;
    assert!(
        page.body.contains("Why should the case be withdrawn?"),
        "{}",
        page.body
    );
    let reply = c
        .author_client
        .submit(&form, &form, &[("reason", " ")])
        .await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("Say why the case should be withdrawn."));
    assert!(store.open_withdrawal(id).await.unwrap().is_none());

    let reply = c
        .author_client
        .submit(
            &form,
            &form,
            &[("reason", "Our figures were <b>wrong</b>.")],
        )
        .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    let page = c.author_client.get(&form).await;
    assert!(
        page.body.contains("You asked for withdrawal"),
        "{}",
        page.body
    );
    // Asking twice changes nothing.
    let token = c.author_client.get("/account/reset").await.csrf();
    let reply = c
        .author_client
        .post(&form, &[("csrf", &token), ("reason", "Again")])
        .await;
    assert_eq!(reply.status, 409);
    // Every editor and administrator is told.
    for editor in [c.editor, c.admin] {
        let notes = store.notifications(editor, 10).await.unwrap();
        assert_eq!(notes[0].kind, "withdrawal_requested");
    }
    assert!(store.mail_outbox(20).await.unwrap().iter().any(|m| {
        m.recipient == "editor@example.org"
            && m.body
                .as_deref()
                .unwrap_or("")
                .contains(&format!("/review/{id}"))
    }));
    assert_eq!(
        store
            .audit_entries("case", id)
            .await
            .unwrap()
            .last()
            .unwrap()
            .action,
        "withdrawal_requested"
    );

    // The queue shows it; the review page offers withdraw and decline.
    let queue = c
        .editor_client
        .get("/review?status=withdrawal_requested")
        .await;
    assert!(
        queue.body.contains(&format!(r#"href="/review/{id}""#)),
        "{}",
        queue.body
    );
    let page = c.editor_client.get(&format!("/review/{id}")).await;
    assert!(page.body.contains("The author asks for withdrawal"));
    assert!(
        page.body.contains(r#"value="withdraw""#)
            && page.body.contains(r#"value="decline-withdrawal""#)
    );

    // Declining needs a reason.
    let reply = act(
        &mut c.editor_client,
        id,
        &[("action", "decline-withdrawal")],
    )
    .await;
    assert_eq!(reply.status, 422);
    assert!(
        reply
            .body
            .contains("Give the reason for declining the withdrawal.")
    );
    let reply = act(
        &mut c.editor_client,
        id,
        &[
            ("action", "decline-withdrawal"),
            ("comment", "Still accurate."),
        ],
    )
    .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert!(store.open_withdrawal(id).await.unwrap().is_none());
    assert_eq!(
        store.notifications(c.author, 10).await.unwrap()[0].kind,
        "withdrawal_declined"
    );
    assert_eq!(status(&*store, id).await.0, CaseStatus::Published);

    // Asked again, then withdrawn: no longer public.
    let reply = c
        .author_client
        .submit(&form, &form, &[("reason", "Please.")])
        .await;
    assert_eq!(reply.status, 303);
    let reply = act(&mut c.editor_client, id, &[("action", "withdraw")]).await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_eq!(status(&*store, id).await.0, CaseStatus::Withdrawn);
    assert!(store.open_withdrawal(id).await.unwrap().is_none());
    assert_eq!(
        c.visitor
            .get(&format!("/cases/{}", case.case.slug))
            .await
            .status,
        404
    );
    let actions: Vec<String> = store
        .audit_entries("case", id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(
        actions.contains(&"withdrawal_declined".to_string()),
        "{actions:?}"
    );
    // A case that is not public cannot be asked for.
    let draft = submitted(&*store, 4, c.author, c.collaborator, None).await;
    let form = format!("/review/{}/withdrawal-request", draft.id);
    let page = c.author_client.get(&form).await;
    assert!(
        page.body
            .contains("Only a published or archived case can be withdrawn.")
    );
    let token = c.author_client.get("/account/reset").await.csrf();
    let reply = c
        .author_client
        .post(&form, &[("csrf", &token), ("reason", "x")])
        .await;
    assert_eq!(reply.status, 422);
    assert!(store.open_withdrawal(draft.id).await.unwrap().is_none());
}

#[tokio::test]
async fn the_queue_filters_by_status_call_and_age() {
    let mut c = cast().await;
    let store = c.t.store.clone();
    store
        .upsert_call(&Call {
            slug: "call-2026".into(),
            title: "Call 2026".into(),
            description: "Anything.".into(),
            opens: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            closes: chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            themes: vec![],
        })
        .await
        .unwrap();
    let a = submitted(&*store, 1, c.author, c.collaborator, Some("call-2026")).await;
    let b = submitted(&*store, 2, c.author, c.collaborator, None).await;
    store
        .transition_case(b.id, None, CaseStatus::InReview, c.editor, None)
        .await
        .unwrap();
    let ed = &mut c.editor_client;
    let all = ed.get("/review").await;
    assert!(
        all.body.contains(&format!("/review/{}", a.id))
            && all.body.contains(&format!("/review/{}", b.id))
    );
    assert!(
        all.body.find(&format!("/review/{}\"", a.id))
            < all.body.find(&format!("/review/{}\"", b.id)),
        "oldest first"
    );
    assert!(
        all.body
            .contains(r#"<option value="call-2026">Call 2026</option>"#),
        "{}",
        all.body
    );
    assert!(all.body.contains("2 cases"));
    let by_call = ed.get("/review?call=call-2026").await;
    assert!(
        by_call.body.contains(&format!("/review/{}\"", a.id))
            && !by_call.body.contains(&format!("/review/{}\"", b.id))
    );
    let in_review = ed.get("/review?status=in_review").await;
    assert!(
        !in_review.body.contains(&format!("/review/{}\"", a.id))
            && in_review.body.contains(&format!("/review/{}\"", b.id))
    );
    let old = ed.get("/review?age=30").await;
    assert!(
        old.body.contains("No case matches these filters."),
        "{}",
        old.body
    );
    assert_eq!(ed.get("/review?age=5").await.status, 400);
    assert_eq!(ed.get("/review?status=bogus").await.status, 400);
}

#[tokio::test]
async fn the_history_shows_each_revision_field_by_field() {
    let mut c = cast().await;
    let store = c.t.store.clone();
    let case = submitted(&*store, 1, c.author, c.collaborator, None).await;
    let mut edited = case.case.clone();
    edited.title = "A <b>new</b> title".into();
    edited.overview = format!("{} And one more sentence at the end.", edited.overview);
    store.update_case(&edited, Some(c.editor)).await.unwrap();
    let history = c
        .author_client
        .get(&format!("/review/{}/history", case.id))
        .await;
    assert_eq!(history.status, 200);
    let body = &history.body;
    assert!(body.contains("Revision 3, by Someone"), "{body}");
    assert!(body.contains("<code>title</code>"), "{body}");
    assert!(
        body.contains("A &#60;b&#62;new&#60;/b&#62; title"),
        "escaped: {body}"
    );
    assert!(!body.contains("<b>new</b>"));
    assert!(
        body.contains("<ins><span class=\"visually-hidden\">[inserted: </span>"),
        "word diff: {body}"
    );
    assert!(
        body.contains("<code>status</code>"),
        "the submission is a change too"
    );
    assert!(body.contains("The first version."));
}

#[tokio::test]
async fn the_audit_log_is_for_admins_and_for_editors_about_cases() {
    let mut c = cast().await;
    let store = c.t.store.clone();
    store
        .set_role(c.admin, c.collaborator, Role::Editor)
        .await
        .unwrap();
    let case = submitted(&*store, 1, c.author, c.collaborator, None).await;
    let all = c.admin_client.get("/admin/audit").await;
    assert!(
        all.body.contains("role_changed") && all.body.contains("status_changed"),
        "{}",
        all.body
    );
    assert!(
        all.body.contains("from: contributor; to: editor"),
        "{}",
        all.body
    );
    assert!(all.body.contains(&format!(r#"href="/review/{}""#, case.id)));
    let roles = c.admin_client.get("/admin/audit?action=role_changed").await;
    assert!(roles.body.contains("1 entry"), "{}", roles.body);
    let editor = c.editor_client.get("/admin/audit?entity=user").await;
    assert_eq!(editor.status, 200);
    assert!(editor.body.contains("status_changed"));
    assert!(
        !editor.body.contains(">role_changed</th>") && !editor.body.contains(">user_created</th>"),
        "{}",
        editor.body
    );
}

#[test]
fn decision_emails_are_written_in_the_accounts_language() {
    let link = "https://observa.test/contribute/7";
    for (lang, words) in [
        (Lang::En, "Changes are requested"),
        (Lang::Es, "Se solicitan cambios"),
        (Lang::Fr, "Des modifications sont demandées"),
        (Lang::Pt, "Foram solicitadas alterações"),
    ] {
        let mail = crate::mail::review_notice(
            lang,
            "a@example.org",
            "changes_requested",
            "Data lab",
            "Fix **this**.",
            link,
        );
        assert!(
            mail.subject.contains(words) && mail.subject.contains("Data lab"),
            "{}",
            mail.subject
        );
        assert!(
            mail.body.contains(link) && mail.body.contains("Fix **this**."),
            "{}",
            mail.body
        );
    }
}

#[tokio::test]
async fn the_review_page_proposes_tags_the_case_lacks() {
    let mut c = cast().await;
    let store = &*c.t.store;
    for n in 0..40 {
        published(store, n, c.author).await;
    }
    c.t.catch_up().await;
    // A submitted case stripped of its technologies and tags: the model, trained on the
    // published cases, proposes some from its texts.
    let case = submitted(store, 3, c.author, c.collaborator, None).await;
    let mut bare = case.case.clone();
    bare.technologies.clear();
    bare.tags.clear();
    store.update_case(&bare, Some(c.author)).await.unwrap();
    let page = c.editor_client.get(&format!("/review/{}", case.id)).await;
    assert_eq!(page.status, 200);
    let section = page
        .body
        .split("id=\"suggestions-title\"")
        .nth(1)
        .expect("a suggestions section")
        .split("</section>")
        .next()
        .unwrap();
    assert!(section.contains(" %)"), "{section}");
    // Nothing the case already carries is proposed again.
    let sectors = observa_domain::Vocabulary::label(bare.sectors[0], Lang::En);
    assert!(!section.contains(&format!("{sectors} (")), "{section}");
    // Only editors see the page at all.
    assert_eq!(
        c.author_client
            .get(&format!("/review/{}", case.id))
            .await
            .status,
        403
    );
}
