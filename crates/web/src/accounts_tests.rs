//! Account tests: the real router served over HTTP on a loopback port (so that sessions,
//! cookies, client addresses and rate limits work as in production), on a real SQLite
//! file. Email is read from the mail outbox (the server has no SMTP here; the browser
//! test reads it from a real SMTP receiver).

use std::net::SocketAddr;

use observa_domain::Role;
use observa_store::{Store, TokenPurpose};

use crate::tests::{TestApp, app_with_site};
use crate::{AccountLimits, Allowance, Site};

pub(crate) const PASSWORD: &str = "correct horse battery staple";

/// What came back from the server.
pub(crate) struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn location(&self) -> &str {
        self.header("location").unwrap_or("")
    }

    /// The CSRF token of the (first) form on the page.
    pub(crate) fn csrf(&self) -> String {
        let at = self
            .body
            .find(r#"name="csrf" value=""#)
            .unwrap_or_else(|| panic!("no CSRF field in {}", self.body));
        let rest = &self.body[at + r#"name="csrf" value=""#.len()..];
        rest[..rest.find('"').unwrap()].to_string()
    }
}

/// A browser without JavaScript: keeps the session cookie, follows nothing by itself.
#[derive(Clone)]
pub(crate) struct Client {
    base: String,
    agent: ureq::Agent,
    cookie: Option<String>,
    pub extra: Vec<(String, String)>,
}

impl Client {
    pub(crate) fn new(base: &str) -> Self {
        let agent = ureq::Agent::config_builder()
            .max_redirects(0)
            .max_redirects_will_error(false)
            .http_status_as_error(false)
            .build()
            .into();
        Client {
            base: base.to_string(),
            agent,
            cookie: None,
            extra: Vec::new(),
        }
    }

    pub(crate) async fn send(&mut self, path: &str, form: Option<Vec<(String, String)>>) -> Reply {
        let url = format!("{}{path}", self.base);
        let agent = self.agent.clone();
        let cookie = self.cookie.clone();
        let extra = self.extra.clone();
        let reply = tokio::task::spawn_blocking(move || {
            let mut response = match form {
                None => {
                    let mut r = agent.get(&url);
                    if let Some(c) = &cookie {
                        r = r.header("cookie", c);
                    }
                    for (k, v) in &extra {
                        r = r.header(k, v);
                    }
                    r.call()
                }
                Some(form) => {
                    let mut r = agent.post(&url);
                    if let Some(c) = &cookie {
                        r = r.header("cookie", c);
                    }
                    for (k, v) in &extra {
                        r = r.header(k, v);
                    }
                    r.send_form(form)
                }
            }
            .unwrap();
            let headers = response
                .headers()
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
                .collect();
            Reply {
                status: response.status().as_u16(),
                headers,
                body: response.body_mut().read_to_string().unwrap_or_default(),
            }
        })
        .await
        .unwrap();
        for (name, value) in &reply.headers {
            if name.eq_ignore_ascii_case("set-cookie") && value.starts_with("observa_session=") {
                let pair = value.split(';').next().unwrap();
                self.cookie = if pair == "observa_session=" || value.contains("Max-Age=0") {
                    None
                } else {
                    Some(pair.to_string())
                };
            }
        }
        reply
    }

    pub(crate) async fn get(&mut self, path: &str) -> Reply {
        self.send(path, None).await
    }

    pub(crate) async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let form = fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        self.send(path, Some(form)).await
    }

    /// Opens `page`, then sends its form to `action` with the page's CSRF token.
    pub(crate) async fn submit(
        &mut self,
        page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> Reply {
        let token = self.get(page).await.csrf();
        let mut all = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post(action, &all).await
    }

    pub(crate) async fn sign_in(&mut self, email: &str, password: &str) -> Reply {
        self.submit(
            "/account/signin",
            "/account/signin",
            &[("email", email), ("password", password)],
        )
        .await
    }
}

/// Serves `t`'s router on a loopback port; returns its base URL.
pub(crate) async fn serve(t: &TestApp) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let app = t.app.clone();
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .unwrap();
    });
    format!("http://{address}")
}

pub(crate) async fn started(limits: AccountLimits) -> (TestApp, String) {
    let site = Site {
        account_limits: limits,
        ..Site::new("http://observa.test")
    };
    let t = app_with_site(0, site).await;
    let base = serve(&t).await;
    (t, base)
}

/// Makes a confirmed account straight in the store.
pub(crate) async fn account(store: &dyn Store, email: &str, role: Role) -> i64 {
    let hash = crate::passwords::hash(PASSWORD).unwrap();
    store
        .create_user(email, "Someone", role, &hash)
        .await
        .unwrap()
        .id
}

/// The first link in the newest email to `to` that starts with `prefix`.
async fn link_in_mail(store: &dyn Store, to: &str, prefix: &str) -> String {
    let mail = store
        .mail_outbox(50)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.recipient == to)
        .unwrap_or_else(|| panic!("no mail to {to}"));
    let body = mail.body.unwrap();
    let at = body
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in {body}"));
    body[at..].split_whitespace().next().unwrap().to_string()
}

#[tokio::test]
async fn sign_up_confirm_sign_in_and_sign_out() {
    let (t, base) = started(AccountLimits::default()).await;
    let mut browser = Client::new(&base);
    let form = browser.get("/account/signup").await;
    assert_eq!(form.status, 200);
    for needle in [
        r#"<label for="email">"#,
        r#"autocomplete="email""#,
        r#"autocomplete="new-password""#,
        r#"autocomplete="name""#,
    ] {
        assert!(form.body.contains(needle), "{needle}");
    }
    let cookie = form.header("set-cookie").unwrap();
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
            && !cookie.contains("Secure"),
        "{cookie}"
    );
    assert_eq!(form.header("cache-control"), Some("no-store"));

    let sent = browser
        .post(
            "/account/signup",
            &[
                ("csrf", &form.csrf()),
                ("email", " Ana@Example.org "),
                ("display_name", "Ana"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    assert!(sent.body.contains("ana@example.org"));
    let user = t
        .store
        .user_by_email("ana@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((user.role, user.confirmed_at), (Role::Contributor, None));

    // Not confirmed yet: the right password still does not sign in.
    let early = browser.sign_in("ana@example.org", PASSWORD).await;
    assert_eq!(early.status, 422);
    assert!(early.body.contains("Confirm your email address first"));

    let link = link_in_mail(
        &*t.store,
        "ana@example.org",
        "http://observa.test/account/confirm/",
    )
    .await;
    let path = link.trim_start_matches("http://observa.test");
    let page = browser.get(path).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.header("referrer-policy"), Some("no-referrer"));
    assert!(
        t.store
            .user_by_email("ana@example.org")
            .await
            .unwrap()
            .unwrap()
            .confirmed_at
            .is_none(),
        "opening the link confirms nothing"
    );
    let confirmed = browser.post(path, &[("csrf", &page.csrf())]).await;
    assert_eq!(confirmed.status, 303);
    assert_eq!(confirmed.location(), "/account/signin?confirmed=1");
    assert_eq!(
        browser.post(path, &[("csrf", &page.csrf())]).await.status,
        404,
        "single use"
    );

    // Signing in renews the session id; the old one is gone.
    let before = browser.cookie.clone().unwrap();
    let signed_in = browser.sign_in("ana@example.org", PASSWORD).await;
    assert_eq!(signed_in.status, 303, "{}", signed_in.body);
    assert_eq!(signed_in.location(), "/account");
    let after = browser.cookie.clone().unwrap();
    assert_ne!(before, after, "a new session id at sign-in");
    let mut stale = Client::new(&base);
    stale.cookie = Some(before);
    assert_eq!(
        stale.get("/account").await.status,
        303,
        "the old id signs no one in"
    );

    let page = browser.get("/account").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("ana@example.org") && page.body.contains("Contributor"));

    let out = browser
        .post("/account/signout", &[("csrf", &page.csrf())])
        .await;
    assert_eq!(out.status, 303);
    assert_eq!(out.location(), "/");
    let mut replay = Client::new(&base);
    replay.cookie = Some(after);
    assert_eq!(
        replay.get("/account").await.status,
        303,
        "signing out deletes the session"
    );
    assert_eq!(browser.get("/account").await.status, 303);
    let entries = t.store.audit_entries("user", user.id).await.unwrap();
    let actions: Vec<_> = entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["user_signed_up", "email_confirmed"]);
}

#[tokio::test]
async fn bad_input_gets_a_message_beside_each_field_and_stores_nothing() {
    let (t, base) = started(AccountLimits::default()).await;
    let mut browser = Client::new(&base);
    let reply = browser
        .submit(
            "/account/signup",
            "/account/signup",
            &[
                ("email", "ana@"),
                ("display_name", " "),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(reply.status, 422);
    for (field, message) in [
        ("email", "Enter an email address like name@example.org."),
        ("display_name", "Enter the name other people will see."),
        ("password", "at least 12 characters"),
    ] {
        assert!(
            reply.body.contains(&format!(r#"id="{field}-error""#)),
            "{field}"
        );
        assert!(reply.body.contains(message), "{message}");
        assert!(
            reply.body.contains(&format!(r##"<a href="#{field}">"##)),
            "summary links {field}"
        );
    }
    assert!(
        reply.body.contains(r#"value="ana@""#),
        "the typed address is kept"
    );
    assert!(
        !reply.body.contains("short"),
        "a password is never sent back"
    );
    // In Spanish, too.
    browser.extra = vec![("accept-language".into(), "es".into())];
    let es = browser
        .submit(
            "/account/signup",
            "/account/signup",
            &[
                ("email", ""),
                ("display_name", "Ana"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(es.status, 422);
    assert!(
        es.body.contains("Escriba su correo electrónico."),
        "{}",
        es.body
    );
    assert!(t.store.users().await.unwrap().is_empty());
    assert!(t.store.mail_outbox(10).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_taken_address_gets_the_same_answer_and_its_owner_a_note() {
    let (t, base) = started(AccountLimits::default()).await;
    account(&*t.store, "ana@example.org", Role::Editor).await;
    let mut browser = Client::new(&base);
    let reply = browser
        .submit(
            "/account/signup",
            "/account/signup",
            &[
                ("email", "ana@example.org"),
                ("display_name", "Not Ana"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let fresh = browser
        .submit(
            "/account/signup",
            "/account/signup",
            &[
                ("email", "bob@example.org"),
                ("display_name", "Bob"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!((reply.status, fresh.status), (200, 200));
    assert_eq!(
        reply.body.replace("ana@example.org", "X"),
        fresh.body.replace("bob@example.org", "X"),
        "nothing tells the two apart"
    );
    assert_eq!(t.store.users().await.unwrap().len(), 2);
    let note = link_in_mail(
        &*t.store,
        "ana@example.org",
        "http://observa.test/account/reset",
    )
    .await;
    assert_eq!(note, "http://observa.test/account/reset");
}

#[tokio::test]
async fn unknown_address_and_wrong_password_get_the_same_answer() {
    let (t, base) = started(AccountLimits::default()).await;
    account(&*t.store, "ana@example.org", Role::Contributor).await;
    let mut a = Client::new(&base);
    let mut b = Client::new(&base);
    let wrong = a
        .sign_in("ana@example.org", "not the password at all")
        .await;
    let unknown = b
        .sign_in("nobody@example.org", "not the password at all")
        .await;
    assert_eq!((wrong.status, unknown.status), (422, 422));
    let scrub = |r: &Reply, email: &str| r.body.replace(&r.csrf(), "T").replace(email, "E");
    assert_eq!(
        scrub(&wrong, "ana@example.org"),
        scrub(&unknown, "nobody@example.org")
    );
    assert!(
        wrong
            .body
            .contains("The email address or the password is not right.")
    );
    assert!(a.get("/account").await.status == 303, "still signed out");
}

#[tokio::test]
async fn a_reset_tells_nobody_who_has_an_account_and_its_link_works_once() {
    let (t, base) = started(AccountLimits::default()).await;
    let ana = account(&*t.store, "ana@example.org", Role::Contributor).await;
    // Ana is signed in somewhere else; the reset ends that session.
    let mut elsewhere = Client::new(&base);
    assert_eq!(
        elsewhere.sign_in("ana@example.org", PASSWORD).await.status,
        303
    );

    let mut browser = Client::new(&base);
    let known = browser
        .submit(
            "/account/reset",
            "/account/reset",
            &[("email", "ana@example.org")],
        )
        .await;
    let unknown = browser
        .submit(
            "/account/reset",
            "/account/reset",
            &[("email", "zoe@example.org")],
        )
        .await;
    assert_eq!((known.status, unknown.status), (200, 200));
    assert_eq!(
        known.body.replace("ana@example.org", "X"),
        unknown.body.replace("zoe@example.org", "X")
    );
    let outbox = t.store.mail_outbox(10).await.unwrap();
    assert_eq!(outbox.len(), 1, "only the real account gets mail");

    let link = link_in_mail(
        &*t.store,
        "ana@example.org",
        "http://observa.test/account/reset/",
    )
    .await;
    let path = link.trim_start_matches("http://observa.test").to_string();
    let page = browser.get(&path).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.header("referrer-policy"), Some("no-referrer"));
    let weak = browser
        .post(
            &path,
            &[("csrf", &page.csrf()), ("password", "ana@example.org")],
        )
        .await;
    assert_eq!(weak.status, 422);
    assert!(weak.body.contains(r#"id="password-error""#));
    let new_password = "a brand new passphrase here";
    let done = browser
        .post(&path, &[("csrf", &page.csrf()), ("password", new_password)])
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(done.location(), "/account/signin?reset=1");
    assert_eq!(browser.get(&path).await.status, 404, "the link worked once");
    assert_eq!(
        elsewhere.get("/account").await.status,
        303,
        "other sessions ended"
    );
    assert_eq!(
        Client::new(&base)
            .sign_in("ana@example.org", PASSWORD)
            .await
            .status,
        422
    );
    assert_eq!(
        Client::new(&base)
            .sign_in("ana@example.org", new_password)
            .await
            .status,
        303
    );
    let actions: Vec<_> = t
        .store
        .audit_entries("user", ana)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["user_created", "password_reset"]);
    assert_eq!(browser.get("/account/reset/not-a-token").await.status, 404);
}

/// Which status each kind of caller gets from each route: the authorization matrix.
#[tokio::test]
async fn every_route_checks_role_and_ownership_on_the_server() {
    let (t, base) = started(AccountLimits::off()).await;
    let store = &*t.store;
    account(store, "contributor@example.org", Role::Contributor).await;
    let other = account(store, "other@example.org", Role::Contributor).await;
    account(store, "editor@example.org", Role::Editor).await;
    let admin = account(store, "admin@example.org", Role::Admin).await;

    let mut callers = vec![("visitor", Client::new(&base))];
    for (name, email) in [
        ("contributor", "contributor@example.org"),
        ("another contributor", "other@example.org"),
        ("editor", "editor@example.org"),
        ("admin", "admin@example.org"),
    ] {
        let mut c = Client::new(&base);
        assert_eq!(c.sign_in(email, PASSWORD).await.status, 303, "{name}");
        callers.push((name, c));
    }
    // (method, route, [visitor, contributor, another contributor, editor, admin])
    let role_route = format!("/admin/users/{other}/role");
    let own_role = format!("/admin/users/{admin}/role");
    let matrix: Vec<(&str, &str, [u16; 5])> = vec![
        ("GET", "/account/signup", [200, 303, 303, 303, 303]),
        ("GET", "/account/signin", [200, 303, 303, 303, 303]),
        ("GET", "/account/reset", [200, 200, 200, 200, 200]),
        ("GET", "/account", [303, 200, 200, 200, 200]),
        ("GET", "/admin/users", [303, 403, 403, 403, 200]),
        ("GET", "/admin/outbox", [303, 403, 403, 403, 200]),
        ("POST", &role_route, [403, 403, 403, 403, 303]),
        ("POST", &own_role, [403, 403, 403, 403, 400]),
        (
            "POST",
            "/admin/users/999999/role",
            [403, 403, 403, 403, 404],
        ),
        ("POST", "/account/signout", [303, 303, 303, 303, 303]),
    ];
    for (method, route, expected) in &matrix {
        for ((name, client), want) in callers.iter_mut().zip(expected) {
            let reply = if *method == "GET" {
                client.get(route).await
            } else {
                // Each caller brings its own session's valid token: what is checked here is
                // the right to act, not CSRF.
                let token = client.get("/account/reset").await.csrf();
                client
                    .post(route, &[("csrf", &token), ("role", "editor")])
                    .await
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
        if route == &role_route {
            // Only the administrator's request changed the role.
            let entries = store.audit_entries("user", other).await.unwrap();
            let changes: Vec<_> = entries
                .iter()
                .filter(|e| e.action == "role_changed")
                .collect();
            assert_eq!(changes.len(), 1);
            assert_eq!(changes[0].actor_id, Some(admin));
        }
    }
    assert_eq!(
        store.user_by_id(other).await.unwrap().unwrap().role,
        Role::Editor
    );
    assert_eq!(
        store.user_by_id(admin).await.unwrap().unwrap().role,
        Role::Admin
    );
    // An unknown role is refused with a message.
    let mut root = Client::new(&base);
    root.sign_in("admin@example.org", PASSWORD).await;
    let bad = root
        .submit("/admin/users", &role_route, &[("role", "emperor")])
        .await;
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("contributor"), "{}", bad.body);
}

#[tokio::test]
async fn a_missing_or_wrong_csrf_token_is_refused_with_no_side_effect() {
    let (t, base) = started(AccountLimits::off()).await;
    let store = &*t.store;
    let target = account(store, "ana@example.org", Role::Contributor).await;
    account(store, "admin@example.org", Role::Admin).await;
    let mut admin = Client::new(&base);
    assert_eq!(
        admin.sign_in("admin@example.org", PASSWORD).await.status,
        303
    );
    let good = admin.get("/account").await.csrf();
    // A reset token and a confirmation token that must survive the refused requests.
    let mut visitor = Client::new(&base);
    visitor
        .submit(
            "/account/reset",
            "/account/reset",
            &[("email", "ana@example.org")],
        )
        .await;
    let reset_link = link_in_mail(
        store,
        "ana@example.org",
        "http://observa.test/account/reset/",
    )
    .await;
    let reset_path = reset_link
        .trim_start_matches("http://observa.test")
        .to_string();

    // An account waiting for confirmation, and its link.
    let confirm_token = crate::accounts::new_token();
    let pending = store
        .sign_up(
            &observa_store::NewAccount {
                email: "zoe@example.org",
                display_name: "Zoe",
                password_hash: "$argon2id$x",
                language: observa_domain::Lang::En,
            },
            &observa_store::NewEmailToken {
                hash: crate::accounts::token_hash(&confirm_token),
                purpose: TokenPurpose::Confirm,
                expires_at: chrono::Utc::now() + chrono::Duration::hours(1),
            },
            &crate::mail::confirmation(observa_domain::Lang::En, "zoe@example.org", "-"),
        )
        .await
        .unwrap();
    let confirm = format!("/account/confirm/{confirm_token}");
    let mails = store.mail_outbox(50).await.unwrap().len();
    let role = format!("/admin/users/{target}/role");
    let posts: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (&confirm, vec![]),
        (
            "/account/signup",
            vec![
                ("email", "new@example.org"),
                ("display_name", "New"),
                ("password", PASSWORD),
            ],
        ),
        (
            "/account/signin",
            vec![("email", "ana@example.org"), ("password", PASSWORD)],
        ),
        ("/account/reset", vec![("email", "ana@example.org")]),
        (&reset_path, vec![("password", "another good passphrase")]),
        (&role, vec![("role", "admin")]),
        ("/account/signout", vec![]),
    ];
    for (route, fields) in &posts {
        for token in [None, Some("0".repeat(64)), Some(good[..63].to_string())] {
            let mut all = fields.clone();
            if let Some(token) = &token {
                all.push(("csrf", token));
            }
            for client in [&mut admin, &mut visitor] {
                let reply = client.post(route, &all).await;
                assert_eq!(reply.status, 403, "{route} with {token:?}: {}", reply.body);
                assert!(reply.body.contains("csrf_failed") || reply.body.contains("too old"));
            }
        }
    }
    // Right token, but sent from another site's page: refused by the Origin check.
    let mut cross = admin.clone();
    cross.extra = vec![
        ("origin".into(), "http://evil.example".into()),
        ("sec-fetch-site".into(), "cross-site".into()),
    ];
    assert_eq!(
        cross
            .post(&role, &[("csrf", &good), ("role", "admin")])
            .await
            .status,
        403
    );

    // Nothing happened.
    assert!(
        store
            .user_by_email("new@example.org")
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        store.user_by_id(target).await.unwrap().unwrap().role,
        Role::Contributor
    );
    assert_eq!(store.mail_outbox(50).await.unwrap().len(), mails);
    let reset_hash = crate::accounts::token_hash(reset_path.rsplit('/').next().unwrap());
    assert!(
        store
            .email_token_user(&reset_hash, TokenPurpose::Reset)
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(admin.get("/account").await.status, 200, "still signed in");
    assert!(
        visitor.get("/account").await.status == 303,
        "not signed in by a refused request"
    );
    let zoe = store.user_by_id(pending.id).await.unwrap().unwrap();
    assert!(
        zoe.confirmed_at.is_none(),
        "not confirmed by a refused request"
    );
    // Behind a reverse proxy the Host differs from the address browsers use, but the
    // site's public origin is trusted.
    let mut proxied = admin.clone();
    proxied.extra = vec![
        ("origin".into(), "http://observa.test".into()),
        ("sec-fetch-site".into(), "cross-site".into()),
    ];
    let token = proxied.get("/account").await.csrf();
    let out = proxied.post("/account/signout", &[("csrf", &token)]).await;
    assert_eq!(
        out.status, 303,
        "the public origin is trusted: {}",
        out.body
    );
}

#[tokio::test]
async fn sign_in_sign_up_and_reset_are_rate_limited_with_retry_after() {
    let tight = Allowance {
        burst: 2,
        every: std::time::Duration::from_secs(60),
    };
    let limits = AccountLimits {
        sign_in_per_client: Some(Allowance { burst: 4, ..tight }),
        sign_in_per_account: Some(tight),
        sign_up_per_client: Some(Allowance { burst: 3, ..tight }),
        sign_up_per_account: Some(tight),
        reset_per_client: Some(Allowance { burst: 4, ..tight }),
        reset_per_account: Some(tight),
    };
    let (t, base) = started(limits).await;
    account(&*t.store, "ana@example.org", Role::Contributor).await;
    let mut c = Client::new(&base);
    for _ in 0..2 {
        assert_eq!(
            c.sign_in("ana@example.org", "wrong wrong wrong")
                .await
                .status,
            422
        );
    }
    let limited = c.sign_in("ana@example.org", PASSWORD).await;
    assert_eq!(
        limited.status, 429,
        "per account, even with the right password"
    );
    let wait: u64 = limited.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    // Another account from the same client still may, until the client's own limit.
    assert_eq!(
        c.sign_in("bob@example.org", "wrong wrong wrong")
            .await
            .status,
        422
    );
    assert_eq!(
        c.sign_in("bob@example.org", "wrong wrong wrong")
            .await
            .status,
        429,
        "per client"
    );

    for _ in 0..2 {
        let r = c
            .submit(
                "/account/reset",
                "/account/reset",
                &[("email", "ana@example.org")],
            )
            .await;
        assert_eq!(r.status, 200);
    }
    let r = c
        .submit(
            "/account/reset",
            "/account/reset",
            &[("email", "ana@example.org")],
        )
        .await;
    assert_eq!(r.status, 429);
    assert!(r.header("retry-after").is_some());
    assert_eq!(
        t.store.mail_outbox(10).await.unwrap().len(),
        2,
        "no mail past the limit"
    );

    // Sign-ups naming one address (each mails it), then from one client.
    let mails = t.store.mail_outbox(50).await.unwrap().len();
    let sign_up = async |c: &mut Client, email: &str| {
        c.submit(
            "/account/signup",
            "/account/signup",
            &[
                ("email", email),
                ("display_name", "N"),
                ("password", PASSWORD),
            ],
        )
        .await
    };
    for _ in 0..2 {
        assert_eq!(sign_up(&mut c, "ana@example.org").await.status, 200);
    }
    let r = sign_up(&mut c, "ana@example.org").await;
    assert_eq!(r.status, 429, "per address");
    assert!(r.header("retry-after").is_some());
    assert_eq!(
        sign_up(&mut c, "new@example.org").await.status,
        429,
        "per client"
    );
    assert!(
        t.store
            .user_by_email("new@example.org")
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(t.store.mail_outbox(50).await.unwrap().len(), mails + 2);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let (t, base) = started(AccountLimits::off()).await;
    account(&*t.store, "admin@example.org", Role::Admin).await;
    let mut c = Client::new(&base);
    c.sign_in("admin@example.org", PASSWORD).await;
    for path in [
        "/",
        "/account",
        "/account/signin",
        "/admin/users",
        "/admin/outbox",
        "/no-such-page",
        "/api/v1/vocabularies/stage",
        "/healthz",
    ] {
        let r = c.get(path).await;
        let csp = r
            .header("content-security-policy")
            .unwrap_or_else(|| panic!("{path}: no CSP"));
        for directive in [
            "default-src 'self'",
            "script-src 'self'",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'",
        ] {
            assert!(csp.contains(directive), "{path}: {csp}");
        }
        assert!(!csp.contains("unsafe"), "{path}: {csp}");
        assert_eq!(
            r.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(
            r.header("referrer-policy"),
            Some("strict-origin-when-cross-origin"),
            "{path}"
        );
        assert_eq!(r.header("x-frame-options"), Some("DENY"), "{path}");
    }
}

#[tokio::test]
async fn a_secure_site_sets_secure_cookies() {
    let t = app_with_site(0, Site::new("https://observa.test")).await;
    let base = serve(&t).await;
    let reply = Client::new(&base).get("/account/signin").await;
    let cookie = reply.header("set-cookie").unwrap();
    assert!(
        cookie.contains("Secure") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
}

#[tokio::test]
async fn account_emails_never_appear_on_public_pages_the_api_or_exports() {
    let t = app_with_site(0, Site::new("http://observa.test")).await;
    let email = "ana.private@example.org";
    let author = account(&*t.store, email, Role::Contributor).await;
    let case = observa_domain::demo::cases(3).next().unwrap();
    t.store.insert_case(&case, Some(author)).await.unwrap();
    t.catch_up().await;
    let slug = &case.slug;
    for path in [
        "/".to_string(),
        "/cases".to_string(),
        format!("/cases/{slug}"),
        format!("/api/v1/cases/{slug}"),
        "/api/v1/cases".to_string(),
        "/api/v1/export/cases.csv".to_string(),
        "/api/v1/export/cases.jsonl".to_string(),
        "/api/v1/export/cases.json".to_string(),
        "/feeds/cases.atom".to_string(),
        "/catalog.jsonld".to_string(),
    ] {
        let (status, _, body) = crate::tests::get(&t.app, &path, "*/*").await;
        assert_eq!(status, axum::http::StatusCode::OK, "{path}");
        assert!(
            body.contains(slug.as_str()) || path == "/catalog.jsonld",
            "{path} lists the case"
        );
        assert!(
            !body.contains(email) && !body.contains("ana.private"),
            "{path} shows the email"
        );
    }
}

#[tokio::test]
async fn a_reset_signs_out_even_the_browser_that_made_it() {
    let (t, base) = started(AccountLimits::off()).await;
    account(&*t.store, "ana@example.org", Role::Contributor).await;
    let mut browser = Client::new(&base);
    assert_eq!(
        browser.sign_in("ana@example.org", PASSWORD).await.status,
        303
    );
    browser
        .submit(
            "/account/reset",
            "/account/reset",
            &[("email", "ana@example.org")],
        )
        .await;
    let link = link_in_mail(
        &*t.store,
        "ana@example.org",
        "http://observa.test/account/reset/",
    )
    .await;
    let path = link.trim_start_matches("http://observa.test").to_string();
    let done = browser
        .submit(&path, &path, &[("password", "a brand new passphrase here")])
        .await;
    assert_eq!(done.status, 303);
    // The request's own session was saved after the reset deleted it: it must stay gone.
    assert_eq!(browser.get("/account").await.status, 303);
}
