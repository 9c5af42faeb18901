//! Contribution tests: the real router over HTTP on a loopback port, a real SQLite file
//! and a real media folder. Who may call each route (visitor, owner, another
//! contributor, collaborator, editor), the CSRF check on every POST, bad inputs answered
//! beside their field with nothing stored, uploads checked by content and size, a closed
//! call, a concurrent edit, and the collaborator invitation.

use chrono::{Duration, Utc};
use observa_domain::{
    Call, Case, CaseStatus, CountryCode, Organisation, Role, Sector, Stage, Story,
};
use observa_store::StoredCase;

use crate::accounts_tests::{Client, PASSWORD, Reply, account, link_in_mail, serve};
use crate::tests::{TestApp, app_with_site};
use crate::{AccountLimits, Allowance, Site};

/// A 1×1 PNG.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\xff\xff?\0\x05\xfe\x02\xfe\xa7\x35\x81\x84\0\0\0\0IEND\xaeB`\x82";

struct World {
    t: TestApp,
    base: String,
    media: tempfile::TempDir,
    owner: i64,
    other: i64,
    friend: i64,
    editor: i64,
}

async fn world(limits: AccountLimits) -> World {
    world_with_cases(limits, 0).await
}

async fn world_with_cases(limits: AccountLimits, cases: usize) -> World {
    let media = tempfile::tempdir().unwrap();
    let site = Site {
        account_limits: limits,
        media_dir: Some(media.path().to_path_buf()),
        ..Site::new("http://observa.test")
    };
    let t = app_with_site(cases, site).await;
    let base = serve(&t).await;
    let owner = account(&*t.store, "owner@example.org", Role::Contributor).await;
    let other = account(&*t.store, "other@example.org", Role::Contributor).await;
    let friend = account(&*t.store, "friend@example.org", Role::Contributor).await;
    let editor = account(&*t.store, "editor@example.org", Role::Editor).await;
    let today = Utc::now().date_naive();
    for (slug, opens, closes) in [
        (
            "open-call",
            today - Duration::days(5),
            today + Duration::days(5),
        ),
        (
            "closed-call",
            today - Duration::days(30),
            today - Duration::days(1),
        ),
    ] {
        t.store
            .upsert_call(&Call {
                slug: slug.into(),
                title: format!("The {slug}"),
                description: "Send us cases.".into(),
                opens,
                closes,
                themes: vec![],
            })
            .await
            .unwrap();
    }
    World {
        t,
        base,
        media,
        owner,
        other,
        friend,
        editor,
    }
}

impl World {
    async fn client(&self, email: Option<&str>) -> Client {
        let mut c = Client::new(&self.base);
        if let Some(email) = email {
            let r = c.sign_in(email, PASSWORD).await;
            assert_eq!(r.status, 303, "{email} signs in");
        }
        c
    }

    /// A draft owned by `owner` with every field submission needs.
    async fn complete_draft(&self, slug: &str) -> StoredCase {
        let mut c = Case::draft(slug.into(), format!("Case {slug}"), "en", Utc::now());
        c.pitch = "Residents co-design the budget.".into();
        c.overview = "A participatory budget.".into();
        c.organisation = Organisation {
            name: "City of Porto Alegre".into(),
            kind: None,
        };
        c.countries = vec![CountryCode::parse("BR").unwrap()];
        c.sectors = vec![Sector::PublicAdministration];
        c.year_launched = Some(2019);
        c.stage = Some(Stage::Implementation);
        c.story = Story::every_section("Answered.");
        c.provenance.submitted_by = Some(self.owner);
        self.t
            .store
            .insert_case(&c, Some(self.owner))
            .await
            .unwrap()
    }

    async fn current(&self, id: i64) -> StoredCase {
        self.t.store.case_by_id(id).await.unwrap().unwrap()
    }

    async fn add_collaborator(&self, id: i64, user: i64) {
        let mut case = self.current(id).await.case;
        case.provenance.collaborators.push(user);
        self.t
            .store
            .update_case(&case, Some(self.owner))
            .await
            .unwrap();
    }
}

/// A form post with the page's CSRF token and the case's current revision.
async fn save(c: &mut Client, id: i64, step: &str, fields: &[(&str, &str)]) -> Reply {
    let page = c.get(&format!("/contribute/{id}/{step}")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let token = page.csrf();
    let revision = field_value(&page.body, "revision");
    let mut all = vec![("csrf", token.as_str()), ("revision", revision.as_str())];
    all.extend_from_slice(fields);
    c.post(&format!("/contribute/{id}/{step}"), &all).await
}

/// The value of the (first) hidden input named `name`.
fn field_value(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let at = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {html}"));
    let rest = &html[at + marker.len()..];
    rest[..rest.find('"').unwrap()].to_string()
}

/// Sends an upload form as `multipart/form-data` (the file part last, as browsers do).
async fn upload(
    c: &mut Client,
    path: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &str, Vec<u8>)>,
) -> Reply {
    let boundary = "----observa-test-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((filename, content_type, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: {content_type}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(&bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let url = format!("{}{path}", c.base);
    let agent = c.agent.clone();
    let cookie = c.cookie.clone();
    tokio::task::spawn_blocking(move || {
        let mut r = agent.post(&url).header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        );
        if let Some(cookie) = &cookie {
            r = r.header("cookie", cookie);
        }
        let mut response = r.send(&body[..]).unwrap();
        Reply {
            status: response.status().as_u16(),
            headers: response
                .headers()
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
                .collect(),
            body: response.body_mut().read_to_string().unwrap_or_default(),
        }
    })
    .await
    .unwrap()
}

/// The materials page's upload address (with its CSRF token) and the case's revision.
async fn upload_target(c: &mut Client, id: i64) -> (String, String) {
    let page = c.get(&format!("/contribute/{id}/materials")).await;
    assert_eq!(page.status, 200);
    let at = page.body.find(r#"enctype="multipart/form-data""#).unwrap();
    let form = &page.body[..at];
    let action = &form[form.rfind(r#"action=""#).unwrap() + 8..];
    let action = action[..action.find('"').unwrap()].replace("&amp;", "&");
    (action, field_value(&page.body, "revision"))
}

fn media_files(w: &World) -> Vec<String> {
    std::fs::read_dir(w.media.path())
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_contributor_starts_fills_every_step_previews_and_submits() {
    let w = world(AccountLimits::off()).await;
    let mut c = w.client(Some("owner@example.org")).await;

    // The dashboard starts empty; the new-case form offers the open call only.
    let dashboard = c.get("/contribute").await;
    assert_eq!(dashboard.status, 200);
    assert!(dashboard.body.contains(r#"href="/contribute/new""#));
    let new = c.get("/contribute/new").await;
    assert!(new.body.contains("The open-call") && !new.body.contains("The closed-call"));
    let token = new.csrf();
    let bad = c
        .post(
            "/contribute/new",
            &[
                ("csrf", &token),
                ("title", "  "),
                ("language", "en"),
                ("call", ""),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains(r##"href="#title""##) && bad.body.contains("Give the case a title."));
    let closed = c
        .post(
            "/contribute/new",
            &[
                ("csrf", &token),
                ("title", "Late"),
                ("language", "en"),
                ("call", "closed-call"),
            ],
        )
        .await;
    assert_eq!(closed.status, 422);
    assert!(closed.body.contains("is closed"), "{}", closed.body);
    assert!(
        w.t.store.cases_of_user(w.owner).await.unwrap().is_empty(),
        "nothing stored"
    );

    let made = c
        .post(
            "/contribute/new",
            &[
                ("csrf", &token),
                ("title", "Open budget lab"),
                ("language", "en"),
                ("call", "open-call"),
            ],
        )
        .await;
    assert_eq!(made.status, 303);
    let id: i64 = made.location().split('/').nth(2).unwrap().parse().unwrap();
    let stored = w.current(id).await;
    assert_eq!(stored.case.slug, "open-budget-lab");
    assert_eq!(stored.case.status, CaseStatus::Draft);
    assert_eq!(stored.case.provenance.submitted_by, Some(w.owner));
    assert_eq!(stored.case.provenance.call.as_deref(), Some("open-call"));
    // A second case with the same title gets its own slug.
    let again = c
        .post(
            "/contribute/new",
            &[
                ("csrf", &token),
                ("title", "Open budget lab"),
                ("language", "en"),
                ("call", ""),
            ],
        )
        .await;
    let second: i64 = again.location().split('/').nth(2).unwrap().parse().unwrap();
    assert_eq!(w.current(second).await.case.slug, "open-budget-lab-2");

    // Identity: every field has a label, an example, a limit; bad values come back beside
    // their field, escaped, and nothing is stored.
    let identity = c.get(&format!("/contribute/{id}/identity")).await;
    for needle in [
        r#"<label for="title">"#,
        r#"id="title-example""#,
        "At most 250 characters.",
        r#"data-max-chars="500""#,
        "needed to submit",
        "/static/contribute.",
    ] {
        assert!(identity.body.contains(needle), "{needle}");
    }
    let long_title = "x".repeat(251);
    let script = "<script>alert(1)</script>";
    let r = save(
        &mut c,
        id,
        "identity",
        &[
            ("title", &long_title),
            ("pitch", script),
            ("overview", ""),
            ("website", "not a url"),
            ("language", "en"),
            ("call", "open-call"),
        ],
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("Write at most 250 characters."),
        "{}",
        r.body
    );
    assert!(r.body.contains(r##"<a href="/contribute/"##) && r.body.contains("identity#title"));
    assert!(r.body.contains(r#"aria-invalid="true""#) && r.body.contains(r#"id="title-error""#));
    assert!(
        r.body.contains("&#60;script&#62;alert(1)&#60;/script&#62;") && !r.body.contains(script)
    );
    assert!(r.body.contains("Enter a full web address"));
    assert_eq!(
        w.current(id).await.revision,
        stored.revision,
        "nothing stored"
    );

    let r = save(
        &mut c,
        id,
        "identity",
        &[
            ("title", "Open budget lab"),
            ("pitch", script),
            ("overview", "Residents *propose* and vote."),
            ("website", "https://example.gov/budget"),
            ("language", "en"),
            ("call", "open-call"),
            ("action", "continue"),
        ],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(r.location(), format!("/contribute/{id}/who"));
    assert_eq!(
        w.current(id).await.revision,
        stored.revision + 1,
        "each save is a revision"
    );
    let revisions = w.t.store.revisions(id).await.unwrap();
    assert_eq!(revisions.last().unwrap().author, Some(w.owner));

    // Who: an unknown country is named.
    let r = save(
        &mut c,
        id,
        "who",
        &[
            ("organisation_name", "City"),
            ("countries", "Brazil, Atlantis"),
        ],
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Unknown country: “Atlantis”"), "{}", r.body);
    let r = save(
        &mut c,
        id,
        "who",
        &[
            ("organisation_name", "City of Porto Alegre"),
            ("organisation_type", "government"),
            ("countries", "Brazil, pt"),
            ("level", "local"),
        ],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(w.current(id).await.case.countries.len(), 2);

    // What: choices from the vocabularies; a value that was not offered is refused.
    let r = save(&mut c, id, "what", &[("sectors", "no_such_sector")]).await;
    assert_eq!(r.status, 422);
    let r = save(
        &mut c,
        id,
        "what",
        &[
            ("sectors", "health"),
            ("sectors", "education"),
            ("technologies", "artificial_intelligence"),
            ("sdgs", "11"),
        ],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);

    // When: a year "abc" is not a year.
    let r = save(
        &mut c,
        id,
        "when",
        &[("year_launched", "abc"), ("stage", "implementation")],
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Enter a year as four digits") && r.body.contains(r#"value="abc""#));
    let r = save(
        &mut c,
        id,
        "when",
        &[
            ("year_launched", "2019"),
            ("stage", "implementation"),
            ("lifecycle", "active"),
        ],
    )
    .await;
    assert_eq!(r.status, 303);

    // Story: over-long sections are refused; then every section answered.
    let long = "y".repeat(1001);
    let r = save(&mut c, id, "story", &[("story_innovation", &long)]).await;
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("Write at most 1,000 characters."),
        "{}",
        r.body
    );
    let story: Vec<(String, String)> = [
        "innovation",
        "partners",
        "beneficiaries",
        "results",
        "challenges",
        "conditions",
        "replication",
        "lessons",
    ]
    .iter()
    .map(|s| (format!("story_{s}"), format!("Our answer about {s}.")))
    .collect();
    let story: Vec<(&str, &str)> = story
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = save(&mut c, id, "story", &story).await;
    assert_eq!(r.status, 303);

    // Materials: links, then uploads checked by content and size.
    let r = save(
        &mut c,
        id,
        "materials",
        &[("links", "Project page | https://example.gov/p\nbroken line")],
    )
    .await;
    assert_eq!(r.status, 422);
    let r = save(
        &mut c,
        id,
        "materials",
        &[("links", "Project page | https://example.gov/p")],
    )
    .await;
    assert_eq!(r.status, 303);
    let (action, revision) = upload_target(&mut c, id).await;
    let image = |alt: &'static str| {
        vec![
            ("kind", "image"),
            ("revision", revision.as_str()),
            ("alt", alt),
        ]
    };
    let r = upload(
        &mut c,
        &action,
        &image("A tiny map"),
        Some((
            "evil.png",
            "image/png",
            b"<html><script>alert(1)</script></html>".to_vec(),
        )),
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("not a PNG, JPEG, WebP or GIF image"),
        "{}",
        r.body
    );
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".to_vec();
    let r = upload(
        &mut c,
        &action,
        &image("A tiny map"),
        Some(("map.png", "image/png", svg)),
    )
    .await;
    assert_eq!(r.status, 422);
    let r = upload(
        &mut c,
        &action,
        &image(""),
        Some(("map.png", "image/png", PNG.to_vec())),
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Describe the image"), "{}", r.body);
    let mut big = PNG.to_vec();
    big.resize(5 * 1024 * 1024 + 1, 0);
    let r = upload(
        &mut c,
        &action,
        &image("A tiny map"),
        Some(("big.png", "image/png", big)),
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("too large: at most 5 MB"), "{}", r.body);
    let pdf_as_image = b"%PDF-1.7\n1 0 obj\n".to_vec();
    let r = upload(
        &mut c,
        &action,
        &image("A tiny map"),
        Some(("map.png", "image/png", pdf_as_image)),
    )
    .await;
    assert_eq!(r.status, 422, "a PDF is not an image");
    assert!(
        media_files(&w).is_empty(),
        "no file stored: {:?}",
        media_files(&w)
    );
    assert!(w.current(id).await.case.images.is_empty());

    let r = upload(
        &mut c,
        &action,
        &image("A tiny map"),
        Some(("whatever.txt", "text/plain", PNG.to_vec())),
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let (action, revision) = upload_target(&mut c, id).await;
    let r = upload(
        &mut c,
        &action,
        &[
            ("kind", "document"),
            ("revision", &revision),
            ("title", "Report"),
        ],
        Some(("r.pdf", "application/pdf", b"%PDF-1.7\n1 0 obj\n".to_vec())),
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let case = w.current(id).await.case;
    assert_eq!(case.images.len(), 1);
    assert_eq!(case.images[0].alt.as_deref(), Some("A tiny map"));
    assert_eq!(case.images[0].media_type.as_deref(), Some("image/png"));
    assert!(case.images[0].url.starts_with("/media/") && case.images[0].url.ends_with(".png"));
    assert_eq!(case.documents[0].title, "Report");
    assert_eq!(media_files(&w).len(), 2, "{:?}", media_files(&w));
    // The same file again is stored once.
    let (action, revision) = upload_target(&mut c, id).await;
    let r = upload(
        &mut c,
        &action,
        &[
            ("kind", "image"),
            ("revision", &revision),
            ("alt", "Same map"),
        ],
        Some(("again.png", "image/png", PNG.to_vec())),
    )
    .await;
    assert_eq!(r.status, 303);
    assert_eq!(media_files(&w).len(), 2);
    let image_url = case.images[0].url.clone();
    let served = c.get(&image_url).await;
    assert_eq!(served.status, 200);
    assert_eq!(served.header("content-type"), Some("image/png"));
    assert_eq!(served.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(served.header("cache-control"), Some("private, no-store"));
    let document = c.get(&case.documents[0].url).await;
    assert!(
        document
            .header("content-disposition")
            .unwrap()
            .starts_with("attachment")
    );

    // Removing an attachment.
    let page = c.get(&format!("/contribute/{id}/materials")).await;
    let r = c
        .post(
            &format!("/contribute/{id}/materials/remove"),
            &[
                ("csrf", &page.csrf()),
                ("revision", &field_value(&page.body, "revision")),
                ("kind", "document"),
                ("index", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(w.current(id).await.case.documents.is_empty());

    // Wrong step names are not pages.
    assert_eq!(c.get(&format!("/contribute/{id}/nope")).await.status, 404);

    // Preview: as the public page, marked, escaped, with the image and its alt text.
    let preview = c.get(&format!("/contribute/{id}/preview")).await;
    assert_eq!(preview.status, 200);
    assert!(
        preview
            .body
            .contains("Preview: this is how the case will look once published.")
    );
    assert!(preview.body.contains("&#60;script&#62;") && !preview.body.contains(script));
    assert!(preview.body.contains(r#"alt="A tiny map""#));
    assert!(!preview.body.contains("owner@example.org"));

    // Check and submit: the criteria, the confirmation, then the move to Submitted.
    let check = c.get(&format!("/contribute/{id}/submit")).await;
    assert!(
        check
            .body
            .contains("Everything submission needs is filled in."),
        "{}",
        check.body
    );
    assert!(
        check
            .body
            .contains("plain language, with acronyms spelled out")
    );
    let r = save(&mut c, id, "submit", &[]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Confirm that you checked"));
    let r = save(&mut c, id, "submit", &[("confirm", "yes")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(w.current(id).await.case.status, CaseStatus::Submitted);
    let dashboard = c.get(r.location()).await;
    assert!(dashboard.body.contains("Your case was submitted."));
    assert!(dashboard.body.contains("Submitted"), "{}", dashboard.body);
    // Submitted: read-only for its author.
    let step = c.get(&format!("/contribute/{id}/identity")).await;
    assert_eq!(step.status, 303);
    assert_eq!(step.location(), format!("/contribute/{id}/preview"));
    let token = c.get("/contribute/new").await.csrf();
    let r = c
        .post(
            &format!("/contribute/{id}/identity"),
            &[("csrf", &token), ("title", "Changed")],
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(w.current(id).await.case.title, "Open budget lab");
}

#[tokio::test]
async fn every_route_checks_who_is_asking() {
    let w = world(AccountLimits::off()).await;
    let stored = w.complete_draft("matrix").await;
    let id = stored.id;
    w.add_collaborator(id, w.friend).await;
    let steps = [
        "identity",
        "who",
        "what",
        "when",
        "story",
        "materials",
        "collaborators",
        "submit",
    ];
    let mut visitor = w.client(None).await;
    let mut owner = w.client(Some("owner@example.org")).await;
    let mut other = w.client(Some("other@example.org")).await;
    let mut friend = w.client(Some("friend@example.org")).await;
    let mut editor = w.client(Some("editor@example.org")).await;

    let mut pages = vec![
        "/contribute".to_string(),
        "/contribute/new".to_string(),
        format!("/contribute/{id}/preview"),
    ];
    pages.extend(steps.iter().map(|s| format!("/contribute/{id}/{s}")));
    for page in &pages {
        let r = visitor.get(page).await;
        assert_eq!(r.status, 303, "visitor {page}");
        assert!(
            r.location().starts_with("/account/signin?next="),
            "visitor {page}"
        );
        assert_eq!(owner.get(page).await.status, 200, "owner {page}");
        assert_eq!(friend.get(page).await.status, 200, "collaborator {page}");
    }
    for page in pages.iter().skip(2) {
        assert_eq!(
            other.get(page).await.status,
            404,
            "another contributor {page}"
        );
    }
    assert_eq!(other.get("/contribute").await.status, 200);
    assert!(!other.get("/contribute").await.body.contains("Case matrix"));
    assert!(friend.get("/contribute").await.body.contains("Case matrix"));
    // Editors may open a draft, read-only: its steps lead to the preview.
    assert_eq!(
        editor
            .get(&format!("/contribute/{id}/preview"))
            .await
            .status,
        200
    );
    let r = editor.get(&format!("/contribute/{id}/who")).await;
    assert_eq!(
        (r.status, r.location()),
        (303, format!("/contribute/{id}/preview").as_str())
    );
    assert_eq!(other.get("/contribute/999999/identity").await.status, 404);
    assert_eq!(owner.get("/contribute/abc/identity").await.status, 404);

    // POSTs: a visitor gets 403, another contributor 404, an editor 403; nothing changes.
    let posts = [
        format!("/contribute/{id}/identity"),
        format!("/contribute/{id}/submit"),
        format!("/contribute/{id}/materials/remove"),
        format!("/contribute/{id}/collaborators/invite"),
        format!("/contribute/{id}/collaborators/1/withdraw"),
    ];
    for (who, client, expected) in [
        ("visitor", &mut visitor, 403),
        ("other", &mut other, 404),
        ("editor", &mut editor, 403),
    ] {
        let page = if who == "visitor" {
            "/account/signin"
        } else {
            "/contribute/new"
        };
        let token = client.get(page).await.csrf();
        for path in &posts {
            let r = client
                .post(
                    path,
                    &[
                        ("csrf", &token),
                        ("revision", "2"),
                        ("title", "Taken over"),
                        ("confirm", "yes"),
                        ("email", "x@example.org"),
                        ("kind", "image"),
                        ("index", "0"),
                    ],
                )
                .await;
            assert_eq!(r.status, expected, "{who} POST {path}");
        }
        let r = upload(
            client,
            &format!("/contribute/{id}/materials/upload?csrf={token}"),
            &[("kind", "image"), ("alt", "x")],
            Some(("a.png", "image/png", PNG.to_vec())),
        )
        .await;
        assert_eq!(r.status, expected, "{who} upload");
    }
    let token = visitor.get("/account/signin").await.csrf();
    let r = visitor
        .post(
            "/contribute/new",
            &[("csrf", &token), ("title", "x"), ("language", "en")],
        )
        .await;
    assert_eq!(r.status, 403);
    let now = w.current(id).await;
    assert_eq!(
        now.revision,
        stored.revision + 1,
        "only the collaborator was added"
    );
    assert_eq!(now.case.status, CaseStatus::Draft);
    assert!(w.t.store.invitations(id).await.unwrap().is_empty());
    assert!(media_files(&w).is_empty());

    // A collaborator edits but does not invite or withdraw.
    let r = save(
        &mut friend,
        id,
        "identity",
        &[("title", "Case matrix, edited"), ("language", "en")],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = friend.get(&format!("/contribute/{id}/collaborators")).await;
    assert!(page.body.contains("owner can invite collaborators"));
    assert!(
        !page.body.contains("owner@example.org"),
        "no address shown to collaborators"
    );
    let token = friend.get("/contribute/new").await.csrf();
    let r = friend
        .post(
            &format!("/contribute/{id}/collaborators/invite"),
            &[("csrf", &token), ("email", "x@example.org")],
        )
        .await;
    assert_eq!(r.status, 403);
    assert!(w.t.store.invitations(id).await.unwrap().is_empty());
}

#[tokio::test]
async fn every_post_without_the_csrf_token_is_refused_and_writes_nothing() {
    let w = world(AccountLimits::off()).await;
    let stored = w.complete_draft("csrf").await;
    let id = stored.id;
    let mut owner = w.client(Some("owner@example.org")).await;
    let revision = stored.revision.to_string();
    for path in [
        "/contribute/new".to_string(),
        format!("/contribute/{id}/identity"),
        format!("/contribute/{id}/submit"),
        format!("/contribute/{id}/materials/remove"),
        format!("/contribute/{id}/collaborators/invite"),
        format!("/contribute/{id}/collaborators/1/withdraw"),
        "/contribute/invitations/0000000000000000000000000000000000000000000000000000000000000000"
            .to_string(),
    ] {
        for token in [None, Some("forged")] {
            let mut fields = vec![
                ("title", "Forged"),
                ("language", "en"),
                ("revision", revision.as_str()),
                ("confirm", "yes"),
                ("email", "x@example.org"),
            ];
            if let Some(t) = token {
                fields.push(("csrf", t));
            }
            let r = owner.post(&path, &fields).await;
            assert_eq!(r.status, 403, "POST {path} with {token:?}");
        }
    }
    for action in [
        format!("/contribute/{id}/materials/upload"),
        format!("/contribute/{id}/materials/upload?csrf=forged"),
    ] {
        let r = upload(
            &mut owner,
            &action,
            &[("kind", "image"), ("revision", &revision), ("alt", "x")],
            Some(("a.png", "image/png", PNG.to_vec())),
        )
        .await;
        assert_eq!(r.status, 403, "{action}");
    }
    let now = w.current(id).await;
    assert_eq!(now.revision, stored.revision);
    assert_eq!(now.case.status, CaseStatus::Draft);
    assert_eq!(w.t.store.cases_of_user(w.owner).await.unwrap().len(), 1);
    assert!(media_files(&w).is_empty());
    assert!(w.t.store.mail_outbox(10).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_closed_call_a_concurrent_edit_and_too_many_submissions_are_refused() {
    let tight = Allowance {
        burst: 1,
        every: std::time::Duration::from_secs(600),
    };
    let w = world(AccountLimits {
        submit_per_account: Some(tight),
        ..AccountLimits::off()
    })
    .await;
    let mut owner = w.client(Some("owner@example.org")).await;

    // A case answering a call that closed since cannot be submitted.
    let late = w.complete_draft("late").await;
    let mut case = late.case.clone();
    case.provenance.call = Some("closed-call".into());
    w.t.store.update_case(&case, Some(w.owner)).await.unwrap();
    let check = owner.get(&format!("/contribute/{}/submit", late.id)).await;
    assert!(
        check.body.contains("The call “The closed-call” is closed"),
        "{}",
        check.body
    );
    let r = save(&mut owner, late.id, "submit", &[("confirm", "yes")]).await;
    assert_eq!(r.status, 422);
    assert_eq!(w.current(late.id).await.case.status, CaseStatus::Draft);

    // The form was built from an older revision: a clear conflict, nothing written.
    let raced = w.complete_draft("raced").await;
    let page = owner.get(&format!("/contribute/{}/submit", raced.id)).await;
    let mut case = raced.case.clone();
    case.pitch = "Changed by a collaborator meanwhile.".into();
    w.t.store.update_case(&case, Some(w.owner)).await.unwrap();
    let r = owner
        .post(
            &format!("/contribute/{}/submit", raced.id),
            &[
                ("csrf", &page.csrf()),
                ("revision", &field_value(&page.body, "revision")),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, 409);
    assert!(
        r.body
            .contains("Someone saved this case after you opened this page")
    );
    assert_eq!(w.current(raced.id).await.case.status, CaseStatus::Draft);
    let page = owner
        .get(&format!("/contribute/{}/identity", raced.id))
        .await;
    w.t.store.update_case(&case, Some(w.owner)).await.unwrap();
    let r = owner
        .post(
            &format!("/contribute/{}/identity", raced.id),
            &[
                ("csrf", &page.csrf()),
                ("revision", &field_value(&page.body, "revision")),
                ("title", "Mine"),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(r.status, 409);
    assert!(
        r.body.contains(r#"value="Mine""#),
        "the person's values stay on the page"
    );
    assert_eq!(w.current(raced.id).await.case.title, "Case raced");

    // One submission, then the account waits.
    let r = save(&mut owner, raced.id, "submit", &[("confirm", "yes")]).await;
    assert_eq!(r.status, 303);
    let next = w.complete_draft("next").await;
    let r = save(&mut owner, next.id, "submit", &[("confirm", "yes")]).await;
    assert_eq!(r.status, 429);
    assert!(r.header("retry-after").is_some());
    assert_eq!(w.current(next.id).await.case.status, CaseStatus::Draft);
}

#[tokio::test]
async fn the_owner_invites_a_collaborator_who_joins_by_the_emailed_link() {
    let w = world(AccountLimits::off()).await;
    let stored = w.complete_draft("together").await;
    let id = stored.id;
    let mut owner = w.client(Some("owner@example.org")).await;
    let page = owner.get(&format!("/contribute/{id}/collaborators")).await;
    let token = page.csrf();
    let invite = format!("/contribute/{id}/collaborators/invite");
    let r = owner
        .post(&invite, &[("csrf", &token), ("email", "not an address")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains(r#"id="email-error""#));
    let r = owner
        .post(&invite, &[("csrf", &token), ("email", "owner@example.org")])
        .await;
    assert_eq!(r.status, 422);
    let r = owner
        .post(
            &invite,
            &[("csrf", &token), ("email", "friend@example.org")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = owner
        .post(
            &invite,
            &[("csrf", &token), ("email", "friend@example.org")],
        )
        .await;
    assert_eq!(r.status, 422, "one pending invitation per address");
    let r = owner
        .post(
            &invite,
            &[("csrf", &token), ("email", "someone@example.org")],
        )
        .await;
    assert_eq!(r.status, 303);

    let link = link_in_mail(
        &*w.t.store,
        "friend@example.org",
        "http://observa.test/contribute/invitations/",
    )
    .await;
    let path = link.trim_start_matches("http://observa.test");
    let mail = w.t.store.mail_outbox(10).await.unwrap();
    assert!(
        mail.iter()
            .any(|m| m.body.as_deref().unwrap_or("").contains("Case together"))
    );
    assert_eq!(mail.len(), 2, "one email per invitation");

    // Signed out, the link leads to sign in and back.
    let mut friend = w.client(None).await;
    let r = friend.get(path).await;
    assert_eq!(r.status, 303);
    assert!(
        r.location()
            .starts_with("/account/signin?next=%2Fcontribute%2Finvitations%2F")
    );
    let r = friend.sign_in("friend@example.org", PASSWORD).await;
    assert_eq!(r.status, 303);
    assert_eq!(
        friend
            .get(&format!("/contribute/{id}/identity"))
            .await
            .status,
        404,
        "not yet"
    );
    let join = friend.get(path).await;
    assert_eq!(join.status, 200);
    assert!(join.body.contains("Case together"));
    assert_eq!(join.header("referrer-policy"), Some("no-referrer"));
    let r = friend.post(path, &[("csrf", &join.csrf())]).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), format!("/contribute/{id}/identity"));
    assert_eq!(
        w.current(id).await.case.provenance.collaborators,
        [w.friend]
    );
    assert_eq!(
        friend
            .get(&format!("/contribute/{id}/identity"))
            .await
            .status,
        200
    );
    let r = friend.post(path, &[("csrf", &join.csrf())]).await;
    assert_eq!(r.status, 404, "a link works once");

    // The owner sees each invitation's state and withdraws the other one.
    let page = owner.get(&format!("/contribute/{id}/collaborators")).await;
    assert!(
        page.body.contains("friend@example.org: accepted"),
        "{}",
        page.body
    );
    assert!(page.body.contains("someone@example.org: waiting"));
    let pending =
        w.t.store
            .invitations(id)
            .await
            .unwrap()
            .into_iter()
            .find(|i| i.email == "someone@example.org")
            .unwrap();
    let r = owner
        .post(
            &format!("/contribute/{id}/collaborators/{}/withdraw", pending.id),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(r.status, 303);
    let page = owner.get(&format!("/contribute/{id}/collaborators")).await;
    assert!(page.body.contains("someone@example.org: withdrawn"));
    let other_link = link_in_mail(
        &*w.t.store,
        "someone@example.org",
        "http://observa.test/contribute/invitations/",
    )
    .await;
    let mut other = w.client(Some("other@example.org")).await;
    let r = other
        .get(other_link.trim_start_matches("http://observa.test"))
        .await;
    assert_eq!(
        r.status, 404,
        "a withdrawn invitation's link no longer works"
    );
    assert_eq!(
        w.current(id).await.case.provenance.collaborators,
        [w.friend]
    );
    let _ = (w.other, w.editor);

    // Published, the case shows no address.
    w.t.store
        .transition_case(id, None, CaseStatus::Submitted, w.owner, None)
        .await
        .unwrap();
    w.t.store
        .transition_case(id, None, CaseStatus::InReview, w.editor, None)
        .await
        .unwrap();
    let published =
        w.t.store
            .transition_case(id, None, CaseStatus::Published, w.editor, None)
            .await
            .unwrap();
    let public = owner.get(&format!("/cases/{}", published.case.slug)).await;
    assert_eq!(public.status, 200);
    for address in [
        "owner@example.org",
        "friend@example.org",
        "someone@example.org",
    ] {
        assert!(!public.body.contains(address));
    }
}

#[tokio::test]
async fn a_drafts_files_are_served_only_to_who_may_see_the_draft() {
    let w = world(AccountLimits::off()).await;
    let stored = w.complete_draft("files").await;
    let id = stored.id;
    let mut owner = w.client(Some("owner@example.org")).await;
    let (action, revision) = upload_target(&mut owner, id).await;
    let r = upload(
        &mut owner,
        &action,
        &[("kind", "image"), ("revision", &revision), ("alt", "A map")],
        Some(("m.png", "image/png", PNG.to_vec())),
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let url = w.current(id).await.case.images[0].url.clone();
    let mut visitor = w.client(None).await;
    let mut other = w.client(Some("other@example.org")).await;
    let mut editor = w.client(Some("editor@example.org")).await;
    assert_eq!(owner.get(&url).await.status, 200);
    assert_eq!(editor.get(&url).await.status, 200);
    assert_eq!(visitor.get(&url).await.status, 404);
    assert_eq!(other.get(&url).await.status, 404);
    assert_eq!(visitor.get("/media/nothing.png").await.status, 404);
    assert_eq!(
        owner.get(&url.replace(".png", ".gif")).await.status,
        404,
        "the stored extension only"
    );

    w.t.store
        .transition_case(id, None, CaseStatus::Submitted, w.owner, None)
        .await
        .unwrap();
    w.t.store
        .transition_case(id, None, CaseStatus::InReview, w.editor, None)
        .await
        .unwrap();
    w.t.store
        .transition_case(id, None, CaseStatus::Published, w.editor, None)
        .await
        .unwrap();
    let public = visitor.get(&url).await;
    assert_eq!(public.status, 200);
    assert_eq!(
        public.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert!(
        public.header("set-cookie").is_none(),
        "a public file makes no session"
    );
    let _ = w.friend;
}

#[tokio::test]
async fn the_what_step_suggests_labels_from_the_cases_texts() {
    let w = world_with_cases(AccountLimits::off(), 60).await;
    let model =
        w.t.store
            .list_cases(
                &Default::default(),
                observa_store::Page { number: 1, size: 1 },
            )
            .await
            .unwrap()
            .cases
            .remove(0)
            .case;
    let mut draft = w.complete_draft("suggested").await.case;
    draft.title = model.title.clone();
    draft.pitch = model.pitch.clone();
    draft.overview = model.overview.clone();
    draft.story = model.story.clone();
    draft.sectors.clear();
    let stored = w.t.store.update_case(&draft, Some(w.owner)).await.unwrap();
    let mut owner = w.client(Some("owner@example.org")).await;
    let page = owner.get(&format!("/contribute/{}/what", stored.id)).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("suggested from your texts: "),
        "{}",
        page.body
    );
    // The model's suggestions are choices like the others: nothing is ticked for the author.
    assert!(!page.body.contains(" checked>"), "nothing chosen yet");
    // A case without texts to go by gets no suggestion.
    let empty = w.complete_draft("empty").await;
    let mut case = empty.case.clone();
    case.pitch.clear();
    case.overview.clear();
    w.t.store.update_case(&case, Some(w.owner)).await.unwrap();
    let page = owner.get(&format!("/contribute/{}/what", empty.id)).await;
    assert!(!page.body.contains("suggested from your texts"));

    // Submitting a copy of a published case: a warning names it, with a link.
    let check = owner
        .get(&format!("/contribute/{}/submit", stored.id))
        .await;
    assert!(
        check.body.contains("This looks like an existing case"),
        "{}",
        check.body
    );
    assert!(
        check
            .body
            .contains(&format!(r#"href="/cases/{}""#, model.slug))
    );
    let other = owner.get(&format!("/contribute/{}/submit", empty.id)).await;
    assert!(!other.body.contains("This looks like an existing case"));
}
