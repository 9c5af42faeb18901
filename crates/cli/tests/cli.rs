//! End-to-end tests that drive the real `observa` binary: demo generation, JSON Lines
//! round trips, PSTW imports (fixtures always, the real releases when present), a SIGKILL
//! in the middle of an import, and `serve --demo` answered over loopback HTTP.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_observa");

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../interchange/tests/fixtures")
}

fn real_data(name: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(name);
    if path.exists() {
        Some(path)
    } else {
        eprintln!(
            "skipped: {} not found (download the dataset to run this test)",
            path.display()
        );
        None
    }
}

/// `observa` with a fresh data directory.
struct Observa {
    dir: tempfile::TempDir,
}

impl Observa {
    fn new() -> Self {
        Observa {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .arg("--data-dir")
            .arg(self.dir.path().join("data"));
        cmd.env_remove("OBSERVA_DATABASE_URL").env("NO_COLOR", "1");
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn export(&self, all: bool) -> String {
        let mut args = vec!["export", "jsonl"];
        if all {
            args.push("--all");
        }
        let out = self.run(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The numbers of an import report line ("imported: 3 added, 1 updated, …").
fn report(out: &Output) -> BTreeMap<String, u64> {
    let text = stdout(out);
    let line = text.lines().last().unwrap_or_default().to_string();
    let mut numbers = BTreeMap::new();
    for part in line.split(':').next_back().unwrap().split(',') {
        let mut words = part.split_whitespace();
        if let (Some(n), Some(what)) = (words.next(), words.next()) {
            numbers.insert(
                what.to_string(),
                n.parse().unwrap_or_else(|_| panic!("bad report {line}")),
            );
        }
    }
    numbers
}

fn generate(obs: &Observa, count: u32, seed: u32) -> PathBuf {
    let path = obs.path(&format!("demo-{count}-{seed}.jsonl"));
    let out = obs.run(&[
        "demo",
        "generate",
        "--count",
        &count.to_string(),
        "--seed",
        &seed.to_string(),
        "--output",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    path
}

#[test]
fn demo_generate_is_deterministic_json_lines() {
    let obs = Observa::new();
    let a = obs.run(&["demo", "generate", "--count", "40", "--seed", "1"]);
    let b = obs.run(&["demo", "generate", "--count", "40", "--seed", "1"]);
    let c = obs.run(&["demo", "generate", "--count", "40", "--seed", "2"]);
    assert!(a.status.success(), "{}", stderr(&a));
    assert_eq!(a.stdout, b.stdout);
    assert_ne!(a.stdout, c.stdout);
    let lines: Vec<_> = stdout(&a).lines().map(String::from).collect();
    assert_eq!(lines.len(), 40);
    for line in &lines {
        let case: observa_domain::Case = serde_json::from_str(line).unwrap();
        assert_eq!(case.validate(), Ok(()));
    }
}

#[test]
fn jsonl_export_then_import_reproduces_every_record() {
    let obs = Observa::new();
    let source = generate(&obs, 300, 11);
    let out = obs.run(&["import", "jsonl", source.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(report(&out)["added"], 300);
    let exported = obs.export(false);
    assert_eq!(
        exported,
        std::fs::read_to_string(&source).unwrap(),
        "export reproduces the imported file byte for byte"
    );

    // Into a second, empty store: the same records again.
    let other = Observa::new();
    let file = other.path("export.jsonl");
    std::fs::write(&file, &exported).unwrap();
    let out = other.run(&["import", "jsonl", file.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(other.export(false), exported);

    let again = obs.run(&["import", "jsonl", source.to_str().unwrap()]);
    assert_eq!(
        (report(&again)["added"], report(&again)["unchanged"]),
        (0, 300)
    );
}

#[test]
fn a_bad_jsonl_line_is_reported_and_the_rest_imported() {
    let obs = Observa::new();
    let source = generate(&obs, 3, 5);
    let mut text = std::fs::read_to_string(&source).unwrap();
    text.insert_str(text.find('\n').unwrap() + 1, "{\"not\": \"a case\"}\n");
    std::fs::write(&source, text).unwrap();
    let out = obs.run(&["import", "jsonl", source.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "rejected rows make exit status 2"
    );
    assert!(stderr(&out).contains("line 2"), "{}", stderr(&out));
    assert_eq!(report(&out)["added"], 3);
    assert_eq!(report(&out)["rejected"], 1);
}

#[test]
fn pstw_fixture_import_then_newer_release() {
    let obs = Observa::new();
    let first = obs.run(&[
        "import",
        "pstw",
        fixtures().join("pstw_sample.csv").to_str().unwrap(),
    ]);
    let r1 = report(&first);
    assert!(
        r1["added"] > 0 && r1["rejected"] >= 1,
        "{r1:?} {}",
        stderr(&first)
    );
    assert_eq!(first.status.code(), Some(2));
    assert!(
        stderr(&first).contains("line "),
        "bad rows name their line: {}",
        stderr(&first)
    );
    assert_eq!(obs.export(false).lines().count() as u64, r1["added"]);

    let second = obs.run(&[
        "import",
        "pstw",
        fixtures().join("pstw_sample_newer.csv").to_str().unwrap(),
    ]);
    let r2 = report(&second);
    assert_eq!(
        (r2["added"], r2["updated"], r2["absent"]),
        (1, 1, 1),
        "{}",
        stdout(&second)
    );
    assert_eq!(r2["unchanged"] + r2["updated"], r1["added"] - 1);
    assert_eq!(
        obs.export(false).lines().count() as u64,
        r1["added"] + 1,
        "absent records are kept"
    );

    let dry = obs.run(&[
        "import",
        "pstw",
        "--dry-run",
        fixtures().join("pstw_sample_newer.csv").to_str().unwrap(),
    ]);
    assert!(stdout(&dry).contains("dry run"));
}

#[test]
fn a_file_that_is_not_pstw_changes_nothing() {
    let obs = Observa::new();
    let out = obs.run(&[
        "import",
        "pstw",
        fixtures().join("not_pstw.csv").to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("not_pstw.csv: not a Public Sector Tech Watch file"),
        "{}",
        stderr(&out)
    );
    assert_eq!(obs.export(true), "");
    let missing = obs.run(&["import", "pstw", "/nonexistent/file.csv"]);
    assert!(stderr(&missing).contains("cannot open /nonexistent/file.csv"));
}

fn csv_country_counts(path: &Path) -> (HashMap<String, u64>, BTreeSet<String>) {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let headers = reader.headers().unwrap().clone();
    let country = headers
        .iter()
        .position(|h| h == "Geographical coverage (country)")
        .unwrap();
    let id = headers
        .iter()
        .position(|h| h.trim_start_matches('\u{feff}') == "PSTW ID")
        .unwrap();
    let mut counts = HashMap::new();
    let mut ids = BTreeSet::new();
    for record in reader.records() {
        let record = record.unwrap();
        *counts
            .entry(record[country].trim().to_string())
            .or_default() += 1;
        ids.insert(record[id].trim().to_string());
    }
    (counts, ids)
}

#[test]
fn real_pstw_releases_import_with_exact_country_counts() {
    let (Some(june), Some(november)) = (
        real_data("pstw/PSTW_Dataset_Jun2025.csv"),
        real_data("pstw/PSTW_Dataset_Nov2025.csv"),
    ) else {
        return;
    };
    // November alone, into an empty store.
    let obs = Observa::new();
    let out = obs.run(&["import", "pstw", november.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(report(&out)["added"], 2007);
    let (expected, november_ids) = csv_country_counts(&november);
    let mut stored: HashMap<String, u64> = HashMap::new();
    for line in obs.export(false).lines() {
        let case: observa_domain::Case = serde_json::from_str(line).unwrap();
        assert_eq!(case.status, observa_domain::CaseStatus::Published);
        assert_eq!(case.provenance.licence, "CC-BY-4.0");
        assert!(
            case.provenance
                .attribution
                .as_deref()
                .unwrap()
                .contains("Public Sector Tech Watch")
        );
        for country in &case.countries {
            *stored.entry(country.to_string()).or_default() += 1;
        }
    }
    let by_code: HashMap<String, u64> =
        expected.iter().fold(HashMap::new(), |mut acc, (name, n)| {
            *acc.entry(
                observa_domain::CountryCode::from_name(name)
                    .unwrap()
                    .to_string(),
            )
            .or_default() += n;
            acc
        });
    assert_eq!(stored, by_code);
    assert_eq!(expected.values().sum::<u64>(), 2007);

    // June, then November: the report counts what changed.
    let obs = Observa::new();
    let out = obs.run(&["import", "pstw", june.to_str().unwrap()]);
    assert_eq!(report(&out)["added"], 1826, "{}", stderr(&out));
    let (_, june_ids) = csv_country_counts(&june);
    let out = obs.run(&["import", "pstw", november.to_str().unwrap()]);
    let r = report(&out);
    let common = june_ids.intersection(&november_ids).count() as u64;
    assert_eq!(
        r["added"],
        november_ids.difference(&june_ids).count() as u64
    );
    assert_eq!(
        r["absent"],
        june_ids.difference(&november_ids).count() as u64
    );
    assert_eq!(r["updated"] + r["unchanged"], common);
    assert!(r["updated"] > 0 && r["unchanged"] > 0, "{r:?}");
}

#[test]
fn sigkill_during_an_import_leaves_whole_cases_and_a_rerun_completes() {
    let obs = Observa::new();
    let total = 6000;
    let source = generate(&obs, total, 3);
    let database = format!("sqlite://{}", obs.path("data/observa.db").display());
    let mut child = obs
        .command(&["import", "jsonl", source.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill once a few batches have been committed, well before the end, reading the
    // database beside the importer as any other process would.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let started = Instant::now();
        let mut store = None;
        while started.elapsed() < Duration::from_secs(120) {
            if store.is_none() && obs.path("data/observa.db").exists() {
                store = observa_store::connect(&database).await.ok();
            }
            if let Some(store) = &store
                && store.counts().await.map(|c| c.cases).unwrap_or(0) >= 1000
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    });
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    let lines: HashMap<String, String> = std::fs::read_to_string(&source)
        .unwrap()
        .lines()
        .map(|l| {
            (
                serde_json::from_str::<serde_json::Value>(l).unwrap()["slug"]
                    .as_str()
                    .unwrap()
                    .to_string(),
                l.to_string(),
            )
        })
        .collect();
    let partial = obs.export(true);
    let stored = partial.lines().count();
    assert!(
        stored > 0 && stored < total as usize,
        "the kill landed mid-import ({stored} of {total})"
    );
    assert_eq!(stored % 500, 0, "whole batches only");
    for line in partial.lines() {
        let slug = serde_json::from_str::<serde_json::Value>(line).unwrap()["slug"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(line, lines[&slug], "every stored case is whole");
    }

    let out = obs.run(&["import", "jsonl", source.to_str().unwrap()]);
    assert!(out.status.success());
    let r = report(&out);
    assert_eq!(
        (r["added"], r["unchanged"]),
        (u64::from(total) - stored as u64, stored as u64)
    );
    assert_eq!(obs.export(true), std::fs::read_to_string(&source).unwrap());
}

fn http_get(base: &str, path: &str) -> (u16, String) {
    let address = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept: */*\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let chunked = head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked");
    (
        status,
        if chunked {
            dechunk(body)
        } else {
            body.to_string()
        },
    )
}

/// Decodes a chunked HTTP/1.1 body.
fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, tail)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).expect("a chunk size");
        if n == 0 {
            break;
        }
        out.push_str(&tail[..n]);
        rest = &tail[n + 2..];
    }
    out
}

/// A running `observa serve`, stopped when dropped.
struct Server {
    child: std::process::Child,
    base: String,
}

impl Server {
    fn start(obs: &Observa, extra: &[&str]) -> Server {
        let mut args = vec!["serve", "--bind", "127.0.0.1:0"];
        args.extend_from_slice(extra);
        let mut child = obs
            .command(&args)
            .env(
                "OBSERVA_DEMO_PUBLICATIONS",
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../../../shared/data/publications.json"),
            )
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let base = loop {
            let line = lines
                .next()
                .expect("the server printed its address")
                .unwrap();
            if let Some((_, rest)) = line.split_once("serving at ") {
                break rest.split_whitespace().next().unwrap().to_string();
            }
        };
        std::thread::spawn(move || lines.for_each(drop));
        Server { child, base }
    }

    fn json(&self, path: &str) -> serde_json::Value {
        let (status, body) = http_get(&self.base, path);
        assert_eq!(status, 200, "{path}: {body}");
        serde_json::from_str(&body).unwrap()
    }

    /// Polls `path` until `done` holds of its JSON (at most 30 s, then fails).
    fn wait_for(&self, path: &str, done: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let value = self.json(path);
            if done(&value) {
                return value;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{path} never got there: {value}"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn serve_demo_loads_the_demo_library() {
    let obs = Observa::new();
    let server = Server::start(&obs, &["--demo"]);
    let first = server.json("/api/v1/cases?per_page=1");
    assert_eq!(first["total"], 1084);
    let mut countries = BTreeSet::new();
    for page in 1..=11 {
        for hit in server.json(&format!("/api/v1/cases?per_page=100&page={page}"))["hits"]
            .as_array()
            .unwrap()
        {
            countries.extend(
                hit["countries"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c.as_str().unwrap().to_string()),
            );
        }
    }
    assert!(countries.len() >= 94, "{} countries", countries.len());
    let (status, home) = http_get(&server.base, "/");
    assert_eq!(status, 200);
    let headline = format!("1,084 initiatives from {} countries.", countries.len());
    assert!(home.contains(&headline), "the home page says {headline}");
}

fn total(value: &serde_json::Value) -> u64 {
    value["total"].as_u64().unwrap()
}

#[test]
fn search_follows_imports_from_another_process_and_swaps_in_a_reindex() {
    let obs = Observa::new();
    let first = generate(&obs, 40, 1);
    assert!(
        obs.run(&["import", "jsonl", first.to_str().unwrap()])
            .status
            .success()
    );
    let server = Server::start(&obs, &[]);
    assert_eq!(total(&server.json("/api/v1/cases?per_page=1")), 40);
    let facets = server.json("/api/v1/cases?per_page=1&facets=country&facet_limit=1000");
    let per_country: u64 = facets["facets"]["country"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["count"].as_u64().unwrap())
        .sum();
    assert!(per_country >= 40, "every case has a country");

    // Another process imports: the running server's index follows the outbox.
    let second = obs.path("second.jsonl");
    let out = obs.run(&[
        "demo",
        "generate",
        "--count",
        "25",
        "--seed",
        "2",
        "--output",
        second.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    assert!(
        obs.run(&["import", "jsonl", second.to_str().unwrap()])
            .status
            .success()
    );
    server.wait_for("/api/v1/cases?per_page=1", |v| total(v) == 65);
    let title = std::fs::read_to_string(&second)
        .unwrap()
        .lines()
        .next()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["title"]
                .as_str()
                .unwrap()
                .to_string()
        });
    let phrase = format!("title:\"{}\"", title.unwrap());
    let encoded: String = url::form_urlencoded::byte_serialize(phrase.as_bytes()).collect();
    let found = server.json(&format!("/api/v1/cases?q={encoded}"));
    assert!(
        total(&found) >= 1,
        "the new case is found by its title: {found}"
    );
    assert!(
        found["hits"][0]["highlight"]["title"]
            .as_str()
            .unwrap()
            .contains("<mark>")
    );

    // A rebuild in another process is swapped in, and the old generation goes away.
    let index = obs.path("data/index");
    let before = std::fs::read_to_string(index.join("CURRENT")).unwrap();
    let out = obs.run(&["reindex"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("indexed 65 public cases"),
        "{}",
        stdout(&out)
    );
    let after = std::fs::read_to_string(index.join("CURRENT")).unwrap();
    assert_ne!(before, after);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while index.join(before.trim()).exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "the server never let go of the old generation"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(total(&server.json("/api/v1/cases?per_page=1")), 65);
    let (status, body) = http_get(&server.base, "/api/v1/cases?q=%22unclosed&sort=sideways");
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("invalid_sort"));
}

#[test]
fn real_pstw_import_is_searchable_with_the_csv_country_counts() {
    let Some(november) = real_data("pstw/PSTW_Dataset_Nov2025.csv") else {
        return;
    };
    let obs = Observa::new();
    assert!(
        obs.run(&["import", "pstw", november.to_str().unwrap()])
            .status
            .success()
    );
    let server = Server::start(&obs, &[]);
    let (expected, _) = csv_country_counts(&november);
    let mut by_code: HashMap<String, u64> = HashMap::new();
    for (name, n) in &expected {
        let code = observa_domain::CountryCode::from_name(name)
            .unwrap()
            .to_string();
        *by_code.entry(code).or_default() += n;
    }
    let result = server.json("/api/v1/cases?per_page=1&facets=country&facet_limit=1000");
    assert_eq!(total(&result), 2007);
    let counted: HashMap<String, u64> = result["facets"]["country"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["value"].as_str().unwrap().to_string(),
                e["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(counted, by_code);
    // A search narrows the counts; choosing a country keeps the others' counts.
    let ai = server.json("/api/v1/cases?q=chatbot&per_page=1&facets=country&facet_limit=1000");
    assert!(total(&ai) > 0 && total(&ai) < 2007, "{}", total(&ai));
    let top = ai["facets"]["country"][0]["value"]
        .as_str()
        .unwrap()
        .to_string();
    let chosen = server.json(&format!(
        "/api/v1/cases?q=chatbot&country={top}&per_page=1&facets=country&facet_limit=1000"
    ));
    assert_eq!(
        chosen["facets"]["country"], ai["facets"]["country"],
        "disjunctive"
    );
    assert_eq!(
        total(&chosen),
        ai["facets"]["country"][0]["count"].as_u64().unwrap()
    );
}

#[test]
fn the_same_commands_work_on_postgresql() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let Some(database) = runtime.block_on(observa_store::testing::fresh_postgres_database(
        "CLI end-to-end test",
    )) else {
        return;
    };

    let obs = Observa::new();
    let source = generate(&obs, 120, 8);
    let out = obs.run(&[
        "--database",
        &database,
        "import",
        "jsonl",
        source.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(report(&out)["added"], 120);
    let export = obs.run(&["--database", &database, "export", "jsonl"]);
    assert_eq!(stdout(&export), std::fs::read_to_string(&source).unwrap());
    let pstw = obs.run(&[
        "--database",
        &database,
        "import",
        "pstw",
        fixtures().join("pstw_sample.csv").to_str().unwrap(),
    ]);
    assert!(report(&pstw)["added"] > 0, "{}", stderr(&pstw));
    let reindex = obs.run(&["--database", &database, "reindex"]);
    let indexed = format!("indexed {} public cases", 120 + report(&pstw)["added"]);
    assert!(
        stdout(&reindex).contains(&indexed),
        "{}{}",
        stdout(&reindex),
        stderr(&reindex)
    );
    assert!(
        !obs.path("data/observa.db").exists(),
        "nothing went to SQLite"
    );
}

#[test]
fn the_api_limits_each_client_over_real_http() {
    let obs = Observa::new();
    let server = Server::start(&obs, &["--api-rate-limit", "1", "--api-burst", "2"]);
    assert_eq!(http_get(&server.base, "/api/v1/vocabularies/stage").0, 200);
    assert_eq!(http_get(&server.base, "/api/v1/vocabularies/stage").0, 200);
    let address = server.base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET /api/v1/vocabularies/stage HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 429"), "{response}");
    assert!(
        response
            .to_ascii_lowercase()
            .contains("\r\nretry-after: 1\r\n"),
        "{response}"
    );
    assert_eq!(
        http_get(&server.base, "/cases").0,
        200,
        "pages are not limited"
    );
}

/// Flips one bit of the byte in the middle of a file.
fn flip_middle_byte(path: &Path) {
    let mut bytes = std::fs::read(path).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_release_is_created_verified_locally_and_over_http_and_tampering_is_caught() {
    let obs = Observa::new();
    let source = generate(&obs, 25, 4);
    let out = obs.run(&["import", "jsonl", source.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));

    let out = obs.run(&["release", "key"]);
    assert!(!out.status.success(), "no key before the first release");
    assert!(
        stderr(&out).contains("observa release create"),
        "{}",
        stderr(&out)
    );

    let out = obs.run(&[
        "release",
        "create",
        "--public-url",
        "https://observa.example/",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("25 public cases"), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("made a new release key"),
        "{}",
        stderr(&out)
    );
    let releases = obs.path("data/releases");
    let names: Vec<String> = std::fs::read_dir(&releases)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    let name = &names[0];
    let dir = releases.join(name);
    let dir_arg = dir.to_str().unwrap();
    let csv_text = std::fs::read_to_string(dir.join("cases.csv")).unwrap();
    assert!(csv_text.contains(",https://observa.example/cases/"));
    // `export csv` writes the same rows.
    let out = obs.run(&["export", "csv", "--public-url", "https://observa.example/"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), csv_text);
    let rows = csv::Reader::from_reader(out.stdout.as_slice())
        .records()
        .count();
    assert_eq!(rows, 25);

    let key = stdout(&obs.run(&["release", "key"]));
    assert!(
        key.starts_with("untrusted comment: minisign public key "),
        "{key}"
    );
    assert_eq!(
        key,
        std::fs::read_to_string(obs.path("data/keys/release.pub")).unwrap()
    );

    let out = obs.run(&["release", "verify", dir_arg]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).contains("the release is intact"),
        "{}",
        stdout(&out)
    );

    // Over HTTP from the site, the key from its well-known address.
    let server = Server::start(&obs, &[]);
    let url = format!("{}/releases/{name}", server.base);
    let out = obs.run(&["release", "verify", &url]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains("/.well-known/observa-release-key.pub"));
    let (status, page) = http_get(&server.base, "/releases");
    assert_eq!(status, 200);
    assert!(page.contains(&format!("/releases/{name}/cases.csv")));

    // Another site's key does not check this release.
    let other = Observa::new();
    assert!(other.run(&["release", "create"]).status.success());
    let other_key = other.path("data/keys/release.pub");
    let out = obs.run(&[
        "release",
        "verify",
        dir_arg,
        "--key",
        other_key.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("bad signature"), "{}", stderr(&out));

    // One changed byte, found locally and over HTTP, naming the file.
    flip_middle_byte(&dir.join("cases.csv"));
    for target in [dir_arg, url.as_str()] {
        let out = obs.run(&["release", "verify", target]);
        assert!(!out.status.success(), "{target}: tampering not caught");
        let said = stderr(&out);
        assert!(
            said.contains("FAILED: cases.csv: SHA-256 is "),
            "{target}: {said}"
        );
        assert!(
            said.contains("verification failed: 1 problem"),
            "{target}: {said}"
        );
    }
}

/// The mapping and the invented dataset of `tests/fixtures/`.
fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn any_csv_imports_through_a_mapping_and_reimports_update_it() {
    let obs = Observa::new();
    let (csv, mapping) = (fixture("city-lab.csv"), fixture("city-lab.toml"));
    let dry = obs.run(&["import", "csv", &csv, "--mapping", &mapping, "--dry-run"]);
    assert_eq!(dry.status.code(), Some(2), "rejected rows make exit 2");
    assert!(String::from_utf8_lossy(&dry.stdout).contains("2 rows would be imported"));
    let server = Server::start(&obs, &[]);
    assert_eq!(
        total(&server.json("/api/v1/cases?per_page=1")),
        0,
        "a dry run stores nothing"
    );
    drop(server);

    let first = obs.run(&["import", "csv", &csv, "--mapping", &mapping]);
    let (out, err) = (
        String::from_utf8_lossy(&first.stdout),
        String::from_utf8_lossy(&first.stderr),
    );
    assert!(out.contains("2 added, 0 updated"), "{out}");
    assert!(err.contains("line 4 (CL-3): no title"), "{err}");
    assert!(
        err.contains("line 5 (CL-4): year_launched \"next year\" is not a year"),
        "{err}"
    );
    assert!(
        err.contains("technologies: \"Maps\" (1 rows)"),
        "unmapped values are listed: {err}"
    );

    // A changed summary updates the case found by its record id; nothing is duplicated.
    let edited = obs.path("city-lab-2.csv");
    std::fs::write(
        &edited,
        std::fs::read_to_string(&csv).unwrap().replace(
            "Every euro of the city budget on a map.",
            "Every euro mapped.",
        ),
    )
    .unwrap();
    let again = obs.run(&[
        "import",
        "csv",
        edited.to_str().unwrap(),
        "--mapping",
        &mapping,
    ]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("0 added, 1 updated, 1 unchanged"));

    let server = Server::start(&obs, &[]);
    // The index left by the first server catches up with the imports within a moment.
    let query = "/api/v1/cases?q=budget&country=ES&sector=economic_affairs";
    let mut found = server.json(query);
    for _ in 0..100 {
        if total(&found) == 1 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        found = server.json(query);
    }
    assert_eq!(total(&found), 1);
    let slug = found["hits"][0]["slug"].as_str().unwrap();
    let case = server.json(&format!("/api/v1/cases/{slug}"));
    assert_eq!(case["pitch"], "Every euro mapped.");
    assert_eq!(case["provenance"]["source"]["dataset"], "city-lab");
    assert_eq!(case["provenance"]["licence"], "CC-BY-4.0");
    assert_eq!(case["technologies"], serde_json::json!(["data_analytics"]));
    let chatbot = server.json("/api/v1/cases?q=chatbot");
    let slug = chatbot["hits"][0]["slug"].as_str().unwrap();
    let case = server.json(&format!("/api/v1/cases/{slug}"));
    assert_eq!(
        case["provenance"]["source"]["fields"]["Notes"],
        "first wave"
    );
    assert_eq!(case["stage"], "implementation");

    let bad = obs.path("bad.toml");
    std::fs::write(&bad, "[source]\ndataset = \"x\"\n").unwrap();
    let refused = obs.run(&["import", "csv", &csv, "--mapping", bad.to_str().unwrap()]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("is not valid"));
}

/// Runs `observa user add` with `password` on standard input.
fn add_user(obs: &Observa, args: &[&str], password: &str) -> Output {
    use std::io::Write as _;
    let mut all = vec!["user", "add"];
    all.extend_from_slice(args);
    let mut child = obs
        .command(&all)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn the_first_admin_is_made_from_the_command_line_with_a_hashed_password() {
    let obs = Observa::new();
    let password = "correct horse battery staple";
    let made = add_user(
        &obs,
        &["--email", "Ana@Gov.example", "--role", "admin"],
        password,
    );
    assert!(made.status.success(), "{}", stderr(&made));
    assert!(stdout(&made).contains("made for ana@gov.example (admin)"));

    let again = add_user(&obs, &["--email", "ana@gov.example"], password);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("exists already"),
        "{}",
        stderr(&again)
    );
    for (args, says) in [
        (vec!["--email", "not-an-email"], "is not an email address"),
        (
            vec!["--email", "bo@gov.example", "--role", "king"],
            "allowed values: contributor, editor, admin",
        ),
    ] {
        let refused = add_user(&obs, &args, password);
        assert!(
            !refused.status.success() && stderr(&refused).contains(says),
            "{}",
            stderr(&refused)
        );
    }
    let weak = add_user(&obs, &["--email", "bo@gov.example"], "short");
    assert!(
        stderr(&weak).contains("at least 12 characters"),
        "{}",
        stderr(&weak)
    );

    // Only the Argon2id hash is stored.
    // The row may still sit in SQLite's write-ahead log: read both files.
    let mut db = std::fs::read(obs.path("data/observa.db")).unwrap();
    db.extend(std::fs::read(obs.path("data/observa.db-wal")).unwrap_or_default());
    let text = String::from_utf8_lossy(&db);
    assert!(text.contains("$argon2id$v=19$"));
    assert!(!text.contains(password));
}

/// A City Lab CSV (the columns of `fixtures/city-lab.csv`) with the rows given.
fn city_lab_csv(obs: &Observa, name: &str, rows: &[&str]) -> PathBuf {
    let path = obs.path(name);
    let header =
        "Project ID,Project,Summary,Department,Country,Policy area,Technology,Phase,Start,Notes";
    std::fs::write(&path, format!("{header}\n{}\n", rows.join("\n"))).unwrap();
    path
}

const CLINIC: &str = "A chatbot answers the questions of patients about appointments, prescriptions and opening hours, day and night, in four languages, and hands difficult cases over to a nurse of the clinic";

#[test]
fn imports_list_likely_duplicates_and_the_library_report_finds_them() {
    let obs = Observa::new();
    let mapping = fixture("city-lab.toml");
    let first = city_lab_csv(
        &obs,
        "first.csv",
        &[
            &format!(
                "CL-1,Clinic chatbot,\"{CLINIC}.\",Health department,France,Healthcare,Chatbots,Trial,2021,"
            ),
            "CL-2,Open budget map,Every euro of the city budget on a map with the works it pays for and the district it goes to.,Finance office,Spain,Public finance,Open data platform,Live,2019,",
        ],
    );
    let out = obs.run(&[
        "import",
        "csv",
        first.to_str().unwrap(),
        "--mapping",
        &mapping,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no likely duplicates"),
        "{}",
        stderr(&out)
    );

    // CL-9 copies CL-1's text; CL-10 and CL-11 copy each other.
    let second = city_lab_csv(
        &obs,
        "second.csv",
        &[
            &format!(
                "CL-9,Chatbot for the clinic,\"{CLINIC} when needed.\",Health department,France,Healthcare,Chatbots,Trial,2022,"
            ),
            "CL-10,Street lights,Street lights dim when nobody is around and brighten when a walker or a cyclist comes near them at night.,Works office,Portugal,Public finance,,Live,2020,",
            "CL-11,Smart street lights,Street lights dim when nobody is around and brighten when a walker or a cyclist comes near them at night in the old town.,Works office,Portugal,Public finance,,Live,2023,",
        ],
    );
    let out = obs.run(&[
        "import",
        "csv",
        second.to_str().unwrap(),
        "--mapping",
        &mapping,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        report(&out)["added"],
        3,
        "the summary stays the last line of stdout"
    );
    let text = stderr(&out);
    let listed: Vec<&str> = text.lines().filter(|l| l.contains(" ~ ")).collect();
    assert_eq!(listed.len(), 2, "{text}");
    assert!(
        listed
            .iter()
            .any(|l| l.contains("row CL-9 ") && l.contains("stored case clinic-chatbot")),
        "{text}"
    );
    assert!(
        listed.iter().any(|l| l.contains("row CL-10 ")
            && l.contains("row CL-11 ")
            && l.contains("both in the file")),
        "{text}"
    );

    // Importing CL-1 again updates it: it is listed beside CL-9, not beside itself.
    let third = city_lab_csv(
        &obs,
        "third.csv",
        &[&format!(
            "CL-1,Clinic chatbot,\"{CLINIC}.\",Health department,France,Healthcare,Chatbots,Trial,2021,"
        )],
    );
    let out = obs.run(&[
        "import",
        "csv",
        third.to_str().unwrap(),
        "--mapping",
        &mapping,
    ]);
    let text = stderr(&out);
    let listed: Vec<&str> = text.lines().filter(|l| l.contains(" ~ ")).collect();
    assert_eq!(listed.len(), 1, "{text}");
    assert!(
        listed[0].contains("row CL-1 ") && listed[0].contains("stored case chatbot-for-the-clinic"),
        "{text}"
    );

    // Across the whole library: both pairs, most similar first, and none at a high bar.
    let out = obs.run(&["duplicates"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("2 pairs of likely duplicates among 5 cases"),
        "{text}"
    );
    let similarities: Vec<f64> = text
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    assert!(
        similarities.windows(2).all(|w| w[0] >= w[1]),
        "{similarities:?}"
    );
    assert!(similarities.iter().all(|s| *s >= 0.5));
    let out = obs.run(&["duplicates", "--threshold", "0.99"]);
    assert!(stdout(&out).starts_with("0 pairs"), "{}", stdout(&out));
    let out = obs.run(&["duplicates", "--threshold", "7"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--threshold must be between"));
}

#[test]
fn report_writes_the_trends_report_of_a_selection_as_html_and_pdf() {
    let obs = Observa::new();
    let source = generate(&obs, 200, 5);
    let out = obs.run(&["import", "jsonl", source.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let health = std::fs::read_to_string(&source)
        .unwrap()
        .lines()
        .filter(|l| {
            let case: observa_domain::Case = serde_json::from_str(l).unwrap();
            case.status.is_public() && case.sectors.contains(&observa_domain::Sector::Health)
        })
        .count();
    assert!(health > 0);

    let html = obs.path("report.html");
    let out = obs.run(&[
        "report",
        "--filter",
        "sector=health",
        "--themes",
        "3",
        "--format",
        "html",
        "--output",
        html.to_str().unwrap(),
        "--public-url",
        "https://observa.example/",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<h1>Trends report</h1>"));
    assert!(
        page.contains(&format!("<dt>Initiatives</dt><dd>{health}</dd>")),
        "counts the health cases only"
    );
    assert!(
        page.contains("<li>Sector: Health</li>"),
        "names its selection"
    );
    assert!(page.contains("id=\"theme-3\"") && !page.contains("id=\"theme-4\""));
    assert!(
        page.contains("<style>") && !page.contains("/static/"),
        "loads nothing"
    );
    assert!(
        page.contains("href=\"https://observa.example/cases/"),
        "absolute links"
    );

    let out = obs.run(&[
        "report",
        "--filter",
        "sector",
        "--output",
        html.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("--filter takes KEY=VALUE"),
        "{}",
        stderr(&out)
    );
    let out = obs.run(&[
        "report",
        "--filter",
        "sector=space",
        "--output",
        html.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("economic_affairs"),
        "{}",
        stderr(&out)
    );

    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| Path::new(p).exists());
    let Some(_) = chromium else {
        eprintln!(
            "skipped the PDF report: no Chromium at /usr/bin/chromium (apt-get install chromium)"
        );
        return;
    };
    let pdf = obs.path("report.pdf");
    let out = obs.run(&[
        "report",
        "--format",
        "pdf",
        "--output",
        pdf.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "a PDF");
    assert!(bytes.len() > 20_000, "with charts: {} bytes", bytes.len());
    let out = obs
        .command(&[
            "report",
            "--format",
            "pdf",
            "--output",
            pdf.to_str().unwrap(),
        ])
        .env("OBSERVA_CHROMIUM", obs.path("no-such-browser"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("OBSERVA_CHROMIUM names"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn report_call_covers_the_calls_published_cases_and_names_it() {
    let obs = Observa::new();
    let source = generate(&obs, 120, 9);
    // A third of the generated cases answered the call.
    let mut answered = 0;
    let lines: Vec<String> = std::fs::read_to_string(&source)
        .unwrap()
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let mut case: observa_domain::Case = serde_json::from_str(line).unwrap();
            if i % 3 == 0 {
                case.provenance.call = Some("call-2027".into());
                if case.status.is_public() {
                    answered += 1;
                }
            }
            serde_json::to_string(&case).unwrap()
        })
        .collect();
    let with_call = obs.path("with-call.jsonl");
    std::fs::write(&with_call, lines.join("\n") + "\n").unwrap();
    let out = obs.run(&["import", "jsonl", with_call.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(answered > 0);
    let database = format!("sqlite://{}", obs.path("data/observa.db").display());
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let store = observa_store::connect(&database).await.unwrap();
            let editor = store
                .create_user("ed@example.org", "Ed", observa_domain::Role::Editor, "h")
                .await
                .unwrap();
            let call = observa_domain::Call {
                slug: "call-2027".into(),
                title: "Digital public services 2027".into(),
                description: "Innovations.".into(),
                opens: "2027-01-01".parse().unwrap(),
                closes: "2027-03-31".parse().unwrap(),
                themes: vec![],
            };
            store.create_call(editor.id, &call).await.unwrap();
        });

    let html = obs.path("call.html");
    let out = obs.run(&[
        "report",
        "--call",
        "call-2027",
        "--output",
        html.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("<h1>Trends report: Digital public services 2027</h1>"),
        "names the call"
    );
    assert!(
        page.contains(&format!("<dt>Initiatives</dt><dd>{answered}</dd>")),
        "counts the call's published cases only"
    );
    let out = obs.run(&[
        "report",
        "--call",
        "no-such-call",
        "--output",
        html.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("call-2027"), "{}", stderr(&out));
}
