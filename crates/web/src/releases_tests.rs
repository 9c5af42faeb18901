//! Tests of the release pages and files (`releases`): real requests through the router,
//! on releases written to a temporary data directory by `observa_interchange::release`.

use std::path::Path;

use axum::http::{StatusCode, header};
use chrono::{TimeZone, Utc};
use observa_interchange::release::{self, ReleaseWriter, SigningKey};

use crate::Site;
use crate::tests::{TestApp, app, app_with_site, get_with};

/// A site whose data directory holds releases made at these times (three cases each).
async fn site_with_releases(times: &[(u32, u32)]) -> (TestApp, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let (key, _) = SigningKey::load_or_create(&release::keys_dir(data.path())).unwrap();
    let releases = release::releases_dir(data.path());
    for (day, hour) in times {
        let at = Utc.with_ymd_and_hms(2026, 11, *day, *hour, 40, 5).unwrap();
        let mut writer = ReleaseWriter::create(&releases, at, "http://observa.test").unwrap();
        for case in observa_domain::demo::cases(9).take(3) {
            writer.add(&case).unwrap();
        }
        writer.finish(&key).unwrap();
    }
    let site = Site {
        releases_dir: Some(releases),
        ..Site::new("http://observa.test")
    };
    (app_with_site(0, site).await, data)
}

fn release_dir(data: &Path, name: &str) -> std::path::PathBuf {
    release::releases_dir(data).join(name)
}

#[tokio::test]
async fn the_list_shows_each_release_newest_first_with_its_files() {
    let (t, data) = site_with_releases(&[(27, 9), (28, 11)]).await;
    let (status, headers, html) = get_with(&t.app, "/releases", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let newer = html.find("2026-11-28T114005Z").expect("the newer release");
    let older = html.find("2026-11-27T094005Z").expect("the older release");
    assert!(newer < older, "newest first");
    assert!(html.contains("28 November 2026, 11:40 UTC"), "{html}");
    assert!(html.contains("3 cases"));
    assert!(html.contains("href=\"/about/data\""), "links how to verify");
    assert!(
        html.contains("observa release verify http://observa.test/releases/2026-11-28T114005Z")
    );
    let manifest = release::read_manifest(&release_dir(data.path(), "2026-11-28T114005Z")).unwrap();
    for file in &manifest.files {
        assert!(
            html.contains(&format!(
                "href=\"/releases/2026-11-28T114005Z/{}\"",
                file.name
            )),
            "{}",
            file.name
        );
        assert!(html.contains(&file.sha256), "{}", file.name);
    }
    for file in ["manifest.json", "manifest.json.minisig"] {
        assert!(html.contains(&format!("href=\"/releases/2026-11-28T114005Z/{file}\"")));
    }
    let key = release::PublicKey::from_file(&release::public_key_beside(&release::releases_dir(
        data.path(),
    )))
    .unwrap();
    assert!(html.contains(&key.id()), "the key id is shown");
    assert!(html.contains("href=\"/.well-known/observa-release-key.pub\""));
    assert!(
        html.contains("href=\"/releases\""),
        "the footer links the page"
    );

    // In the reader's language.
    let (_, _, es) = get_with(&t.app, "/releases", &[("accept-language", "es")]).await;
    assert!(es.contains("28 de noviembre de 2026, 11:40 UTC"), "{es}");
    assert!(es.contains("3 casos"));
    let (_, _, fr) = get_with(&t.app, "/releases", &[("accept-language", "fr")]).await;
    assert!(fr.contains("28 novembre 2026 à 11:40 UTC"));
    assert!(
        fr.contains(" ko)") || fr.contains(" octets)"),
        "French units"
    );

    // A release's own address leads to it on the list.
    let (status, headers, _) = get_with(&t.app, "/releases/2026-11-28T114005Z", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        headers[header::LOCATION],
        "/releases#release-2026-11-28T114005Z"
    );
}

#[tokio::test]
async fn without_releases_the_page_says_so() {
    let t = app(0).await;
    let (status, _, html) = get_with(&t.app, "/releases", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("No release has been published yet."));
    assert!(html.contains("This site has no signing key yet."));
    let (status, _, html) = get_with(&t.app, "/.well-known/observa-release-key.pub", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("no release key yet"), "{html}");
    let (status, _, _) = get_with(&t.app, "/releases/2026-11-28T114005Z/cases.csv", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn listed_files_are_served_with_their_types_and_cached() {
    let (t, data) = site_with_releases(&[(28, 11)]).await;
    let dir = release_dir(data.path(), "2026-11-28T114005Z");
    for (file, content_type) in [
        ("cases.jsonl", "application/jsonl; charset=utf-8"),
        ("cases.csv", "text/csv; charset=utf-8"),
        ("SHA256SUMS", "text/plain; charset=utf-8"),
        ("manifest.json", "application/json"),
        ("manifest.json.minisig", "text/plain; charset=utf-8"),
    ] {
        let uri = format!("/releases/2026-11-28T114005Z/{file}");
        let (status, headers, body) = get_with(&t.app, &uri, &[]).await;
        assert_eq!(status, StatusCode::OK, "{file}");
        assert_eq!(headers[header::CONTENT_TYPE], content_type, "{file}");
        assert_eq!(
            headers[header::CACHE_CONTROL],
            "public, max-age=31536000, immutable"
        );
        assert_eq!(
            body.as_bytes(),
            std::fs::read(dir.join(file)).unwrap(),
            "{file}"
        );
    }
}

#[tokio::test]
async fn nothing_outside_a_release_s_manifest_is_served() {
    let (t, data) = site_with_releases(&[(28, 11)]).await;
    let dir = release_dir(data.path(), "2026-11-28T114005Z");
    std::fs::write(dir.join("notes.txt"), "not in the manifest").unwrap();
    let hidden = release::releases_dir(data.path()).join(".tmp-2026-11-29T000000Z-1");
    std::fs::create_dir(&hidden).unwrap();
    std::fs::write(hidden.join("cases.csv"), "unfinished").unwrap();
    for uri in [
        "/releases/2026-11-28T114005Z/notes.txt",
        "/releases/2026-11-28T114005Z/unknown.csv",
        "/releases/2026-11-29T000000Z/cases.csv",
        "/releases/.tmp-2026-11-29T000000Z-1/cases.csv",
        "/releases/not-a-release/cases.csv",
        "/releases/2026-11-28T114005Z/..%2F..%2Fkeys%2Frelease.key",
        "/releases/2026-11-28T114005Z/%2E%2E",
        "/releases/..%2Fkeys/release.key",
        "/releases/%2E%2E/keys%2Frelease.key",
        "/releases/2026-11-28T114005Z/../../keys/release.key",
        "/releases/../keys/release.key",
        "/releases/..",
        "/releases/not-a-release",
    ] {
        let (status, _, body) = get_with(&t.app, uri, &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
        assert!(
            !body.contains("release secret key"),
            "{uri}: the key leaked"
        );
        assert!(!body.contains("not in the manifest"), "{uri}");
    }
}

#[tokio::test]
async fn the_public_key_is_at_the_well_known_address() {
    let (t, data) = site_with_releases(&[(28, 11)]).await;
    let (status, headers, body) =
        get_with(&t.app, "/.well-known/observa-release-key.pub", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/plain; charset=utf-8");
    let on_disk =
        std::fs::read_to_string(release::keys_dir(data.path()).join(release::PUBLIC_KEY_FILE))
            .unwrap();
    assert_eq!(body, on_disk);
    let key = release::PublicKey::parse(&body).unwrap();
    let found = release::verify(&release_dir(data.path(), "2026-11-28T114005Z"), &key);
    assert!(found.is_ok(), "{:?}", found.problems);
}
