//! `observa release create|verify|key`: signed snapshots of the public cases.
//!
//! The files, keys and checks are `observa_interchange::release`; this module feeds it the
//! cases from the store, fetches a release over HTTP for `verify URL` (with ureq, to a
//! temporary folder, then checked like a local one), and reports to the user.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, bail};
use futures::TryStreamExt;
use observa_interchange::release::{
    self, MANIFEST, PublicKey, ReleaseWriter, SIGNATURE, SigningKey, Verification,
};

use super::DEFAULT_PUBLIC_URL;
use crate::DataArgs;

/// Where the site publishes its release key, from its root.
pub const WELL_KNOWN_KEY: &str = "/.well-known/observa-release-key.pub";

/// `observa release create`: every public case into a new signed release.
pub async fn create(data: &DataArgs, public_url: Option<String>) -> anyhow::Result<ExitCode> {
    let public_url = public_url.unwrap_or_else(|| {
        eprintln!(
            "note: the CSV's url column links to {DEFAULT_PUBLIC_URL}; pass --public-url \
             (or set OBSERVA_PUBLIC_URL) to the site's own address"
        );
        DEFAULT_PUBLIC_URL.to_string()
    });
    let store = data.store().await?;
    let keys = release::keys_dir(&data.data_dir);
    let (key, made) = SigningKey::load_or_create(&keys).context("cannot load the release key")?;
    if made {
        eprintln!(
            "made a new release key {}: keep {} secret and back it up; publish {}",
            key.public_key().id(),
            keys.join(release::SECRET_KEY_FILE).display(),
            keys.join(release::PUBLIC_KEY_FILE).display()
        );
    }
    let mut writer = ReleaseWriter::create(
        &release::releases_dir(&data.data_dir),
        chrono::Utc::now(),
        &public_url,
    )?;
    let bar = crate::progress::counter("written");
    let mut cases = store.public_cases();
    let written = async {
        while let Some(stored) = cases.try_next().await? {
            writer.add(&stored.case)?;
            bar.inc(1);
        }
        anyhow::Ok(())
    }
    .await;
    bar.finish_and_clear();
    written?;
    let made = writer.finish(&key)?;
    println!(
        "release {} written to {}: {} public cases, signed with key {}",
        made.manifest.name,
        made.dir.display(),
        made.manifest.cases,
        key.public_key().id()
    );
    for file in &made.manifest.files {
        println!("  {}  {} bytes  {}", file.sha256, file.bytes, file.name);
    }
    Ok(ExitCode::SUCCESS)
}

/// `observa release key`: prints the public key file.
pub fn key(data: &DataArgs) -> anyhow::Result<ExitCode> {
    let keys = release::keys_dir(&data.data_dir);
    let key = if keys.join(release::SECRET_KEY_FILE).exists() {
        // Loading the pair checks that the public key matches the secret one (and writes
        // it again if it went missing).
        SigningKey::load(&keys)?.public_key()
    } else if keys.join(release::PUBLIC_KEY_FILE).exists() {
        PublicKey::from_file(&keys.join(release::PUBLIC_KEY_FILE))?
    } else {
        bail!(
            "there is no release key in {} yet: `observa release create` makes one",
            keys.display()
        );
    };
    print!("{}", key.to_text());
    Ok(ExitCode::SUCCESS)
}

/// `observa release verify DIR|URL [--key FILE]`: exit status 1 when anything is wrong.
pub async fn verify(
    data: &DataArgs,
    target: String,
    key_file: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let default_key = release::keys_dir(&data.data_dir).join(release::PUBLIC_KEY_FILE);
    tokio::task::spawn_blocking(move || {
        if target.starts_with("http://") || target.starts_with("https://") {
            verify_url(&target, key_file.as_deref())
        } else {
            let key_file = key_file.unwrap_or(default_key);
            if !key_file.exists() {
                bail!(
                    "no public key to check with: {} does not exist; pass --key FILE",
                    key_file.display()
                );
            }
            let key = PublicKey::from_file(&key_file)?;
            println!("key: {} ({})", key.id(), key_file.display());
            let dir = Path::new(&target);
            if !dir.is_dir() {
                bail!("{} is not a folder", dir.display());
            }
            Ok(report(&release::verify(dir, &key)))
        }
    })
    .await?
}

fn verify_url(url: &str, key_file: Option<&Path>) -> anyhow::Result<ExitCode> {
    let mut base = url::Url::parse(url).with_context(|| format!("{url} is not a URL"))?;
    if !base.path().ends_with('/') {
        base.set_path(&format!("{}/", base.path()));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(Duration::from_secs(15)))
        .timeout_recv_response(Some(Duration::from_secs(60)))
        .build()
        .into();
    let key = match key_file {
        Some(path) => {
            let key = PublicKey::from_file(path)?;
            println!("key: {} ({})", key.id(), path.display());
            key
        }
        None => {
            let key_url = base.join(WELL_KNOWN_KEY)?;
            let text = agent
                .get(key_url.as_str())
                .call()
                .and_then(|mut r| r.body_mut().read_to_string())
                .with_context(|| format!("cannot fetch the release key from {key_url}"))?;
            let key = PublicKey::parse(&text)
                .map_err(|e| anyhow::anyhow!("{key_url} is not a minisign public key: {e}"))?;
            println!(
                "key: {} (fetched from {key_url}: this proves only that the files are what \
                 that site publishes; compare the key id with one you trust, or pass --key)",
                key.id()
            );
            key
        }
    };
    let dir = tempfile::tempdir().context("cannot make a temporary folder")?;
    let fetch = |name: &str| -> anyhow::Result<()> {
        let from = base.join(name)?;
        match agent.get(from.as_str()).call() {
            Ok(response) => {
                let path = dir.path().join(name);
                let mut file = std::fs::File::create(&path)
                    .with_context(|| format!("cannot create {}", path.display()))?;
                std::io::copy(&mut response.into_body().into_reader(), &mut file)
                    .with_context(|| format!("cannot download {from}"))?;
                Ok(())
            }
            // A missing file is for the check to report.
            Err(ureq::Error::StatusCode(404)) => Ok(()),
            Err(e) => Err(e).with_context(|| format!("cannot download {from}")),
        }
    };
    fetch(MANIFEST)?;
    fetch(SIGNATURE)?;
    if let Ok(manifest) = release::read_manifest(dir.path()) {
        for file in &manifest.files {
            // Only plain names are fetched; the check reports the others.
            if release::is_plain_file_name(&file.name)
                && file.name != MANIFEST
                && file.name != SIGNATURE
            {
                fetch(&file.name)?;
            }
        }
    }
    println!("release: {base}");
    Ok(report(&release::verify(dir.path(), &key)))
}

/// Prints what the check found; problems go to standard error.
fn report(found: &Verification) -> ExitCode {
    if let Some(manifest) = &found.manifest {
        println!(
            "release {}: {} cases, made {} by Observa {}",
            manifest.name,
            manifest.cases,
            release::rfc3339(manifest.created_at),
            manifest.observa_version
        );
    }
    if let Some(comment) = &found.trusted_comment {
        println!("signature: good (trusted comment: {comment})");
    }
    for file in &found.matching {
        println!(
            "ok: {} ({} bytes, SHA-256 {})",
            file.name, file.bytes, file.sha256
        );
    }
    if found.is_ok() {
        println!(
            "the release is intact: its signature and all {} files check out",
            found.matching.len()
        );
        return ExitCode::SUCCESS;
    }
    for problem in &found.problems {
        eprintln!("FAILED: {problem}");
    }
    let n = found.problems.len();
    eprintln!(
        "verification failed: {n} problem{}; do not trust these files",
        if n == 1 { "" } else { "s" }
    );
    ExitCode::FAILURE
}
