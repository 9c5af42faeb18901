//! Signed releases: dated, verifiable snapshots of every public case, on disk.
//!
//! A release is a folder `releases/<name>/`, named by the UTC time it was made
//! (`2026-11-28T114000Z`), that holds:
//!
//! - `cases.jsonl` and `cases.csv`: the cases, in our JSON Lines format and as CSV;
//! - `SHA256SUMS`: the SHA-256 of the two data files in `sha256sum` format;
//! - `manifest.json`: the release's name, creation time, Observa version and number of
//!   cases, and for each file above (`SHA256SUMS` included) its name, size and SHA-256;
//! - `manifest.json.minisig`: an Ed25519 signature of `manifest.json` in minisign's
//!   prehashed format, so `minisign -Vm manifest.json -p release.pub` verifies it too.
//!
//! [`ReleaseWriter`] streams cases into a hidden temporary folder beside the releases,
//! hashing as it writes, and renames the folder into place only once everything is
//! written, synced and signed: a crashed run leaves no half release. [`verify`] checks the
//! signature with a [`PublicKey`], then each file's size and hash, and reports every
//! [`Problem`] it finds. Signing keys live in `DATA_DIR/keys/` in minisign's own file
//! formats (`release.key`, unencrypted, mode 0600; `release.pub`), see [`SigningKey`].
//!
//! Files and cryptography only: this module knows nothing of databases or HTTP.
//! Errors: [`ReleaseError`] for making releases and keys; verification does not fail but
//! lists [`Problem`]s.

use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};
use observa_domain::Case;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::csv::CsvCases;

/// The cases as JSON Lines.
pub const JSONL: &str = "cases.jsonl";
/// The cases as CSV.
pub const CSV: &str = "cases.csv";
/// The data files' hashes in `sha256sum` format.
pub const SUMS: &str = "SHA256SUMS";
/// The signed list of files.
pub const MANIFEST: &str = "manifest.json";
/// The signature of [`MANIFEST`].
pub const SIGNATURE: &str = "manifest.json.minisig";
/// The value of [`Manifest::format`].
pub const FORMAT: &str = "observa-release/1";
/// The secret key, in the keys folder.
pub const SECRET_KEY_FILE: &str = "release.key";
/// The public key, in the keys folder.
pub const PUBLIC_KEY_FILE: &str = "release.pub";

/// How release folders are named: the UTC time they were made.
const NAME_FORMAT: &str = "%Y-%m-%dT%H%M%SZ";

/// Where a data directory keeps its releases.
pub fn releases_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("releases")
}

/// Where a data directory keeps its release keys.
pub fn keys_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("keys")
}

/// The public key that signs the releases of `releases_dir` (`keys/release.pub` beside it).
pub fn public_key_beside(releases_dir: &Path) -> PathBuf {
    releases_dir
        .parent()
        .unwrap_or(Path::new("."))
        .join("keys")
        .join(PUBLIC_KEY_FILE)
}

/// The name of a release made at `time`.
pub fn release_name(time: DateTime<Utc>) -> String {
    time.format(NAME_FORMAT).to_string()
}

/// Whether `name` is the name of a release folder (`2026-11-28T114000Z`).
pub fn is_release_name(name: &str) -> bool {
    NaiveDateTime::parse_from_str(name, NAME_FORMAT)
        .is_ok_and(|t| t.and_utc().format(NAME_FORMAT).to_string() == name)
}

/// Whether a manifest's file name is a plain name in the release folder: no folder
/// separators, not `.` or `..`, not hidden.
pub fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 255
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// `manifest.json`: what a release holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// The release folder's name.
    pub name: String,
    pub created_at: DateTime<Utc>,
    /// The version of Observa that made the release.
    pub observa_version: String,
    /// How many cases each data file holds.
    pub cases: u64,
    /// Every file of the release but the manifest and its signature.
    pub files: Vec<FileEntry>,
}

/// One file of a release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub name: String,
    /// Size in bytes.
    pub bytes: u64,
    /// SHA-256, lower-case hexadecimal.
    pub sha256: String,
}

impl Manifest {
    pub fn parse(bytes: &[u8]) -> Result<Manifest, String> {
        let manifest: Manifest = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        if manifest.format != FORMAT {
            return Err(format!(
                "format \"{}\" is not \"{FORMAT}\"",
                manifest.format
            ));
        }
        Ok(manifest)
    }

    /// Whether `name` may be served or downloaded from this release: a listed file, the
    /// manifest or its signature.
    pub fn holds(&self, name: &str) -> bool {
        name == MANIFEST || name == SIGNATURE || self.files.iter().any(|f| f.name == name)
    }
}

/// What can go wrong while making a release or handling keys.
#[derive(Debug, thiserror::Error)]
pub enum ReleaseError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("a release named {0} already exists; wait a second and try again")]
    Exists(String),
    #[error("{}: not a usable minisign key: {detail}", path.display())]
    BadKey { path: PathBuf, detail: String },
    #[error("cannot sign the manifest: {0}")]
    Sign(String),
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> ReleaseError + '_ {
    move |source| ReleaseError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A minisign public key, which checks release signatures.
#[derive(Clone)]
pub struct PublicKey(minisign::PublicKey);

impl PublicKey {
    /// Reads a minisign public key file (or its base64 line alone).
    pub fn parse(text: &str) -> Result<PublicKey, String> {
        let text = text.trim_start_matches('\u{feff}');
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
            .ok_or("no key in it")?;
        minisign::PublicKey::from_base64(line)
            .map(PublicKey)
            .map_err(|e| e.to_string())
    }

    pub fn from_file(path: &Path) -> Result<PublicKey, ReleaseError> {
        let text = fs::read_to_string(path).map_err(io_error(path))?;
        PublicKey::parse(&text).map_err(|detail| ReleaseError::BadKey {
            path: path.to_path_buf(),
            detail,
        })
    }

    /// The key in minisign's public key file format (two lines).
    pub fn to_text(&self) -> String {
        format!(
            "untrusted comment: minisign public key {}\n{}\n",
            self.id(),
            self.0.to_base64()
        )
    }

    /// The key's id as minisign shows it (16 upper-case hexadecimal digits).
    pub fn id(&self) -> String {
        key_id(self.0.keynum())
    }
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.id())
    }
}

fn key_id(keynum: &[u8]) -> String {
    let mut bytes = [0u8; 8];
    let n = keynum.len().min(8);
    bytes[..n].copy_from_slice(&keynum[..n]);
    format!("{:016X}", u64::from_le_bytes(bytes))
}

/// The key pair that signs releases. Its `Debug` shows only the key id: the secret is
/// never printed.
pub struct SigningKey {
    public: minisign::PublicKey,
    secret: minisign::SecretKey,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey({})", self.public_key().id())
    }
}

impl SigningKey {
    /// A new random key pair, kept in memory only.
    pub fn generate() -> Result<SigningKey, ReleaseError> {
        let pair = minisign::KeyPair::generate_unencrypted_keypair()
            .map_err(|e| ReleaseError::Sign(e.to_string()))?;
        Ok(SigningKey {
            public: pair.pk,
            secret: pair.sk,
        })
    }

    /// The key pair of `keys_dir` (see the module documentation), made and saved on first
    /// use; `true` when it was made now.
    pub fn load_or_create(keys_dir: &Path) -> Result<(SigningKey, bool), ReleaseError> {
        let secret_path = keys_dir.join(SECRET_KEY_FILE);
        if secret_path.exists() {
            return SigningKey::load(keys_dir).map(|k| (k, false));
        }
        create_private_dir(keys_dir)?;
        let key = SigningKey::generate()?;
        let secret_box = key
            .secret
            .to_box(Some("Observa release secret key (unencrypted)"))
            .map_err(|e| ReleaseError::Sign(e.to_string()))?
            .into_string();
        match write_new_private_file(&secret_path, secret_box.as_bytes()) {
            Ok(()) => {}
            // Another process made it first: use theirs.
            Err(ReleaseError::Io { source, .. })
                if source.kind() == io::ErrorKind::AlreadyExists =>
            {
                return SigningKey::load(keys_dir).map(|k| (k, false));
            }
            Err(e) => return Err(e),
        }
        key.write_public_key(keys_dir)?;
        Ok((key, true))
    }

    /// The key pair saved in `keys_dir`. A missing `release.pub` is written again from
    /// the secret key; one that does not match it is an error.
    pub fn load(keys_dir: &Path) -> Result<SigningKey, ReleaseError> {
        let secret_path = keys_dir.join(SECRET_KEY_FILE);
        let text = fs::read_to_string(&secret_path).map_err(io_error(&secret_path))?;
        let bad = |detail: String| ReleaseError::BadKey {
            path: secret_path.clone(),
            detail,
        };
        let secret_box =
            minisign::SecretKeyBox::from_string(&text).map_err(|e| bad(e.to_string()))?;
        let secret = minisign::SecretKey::from_unencrypted_box(secret_box)
            .map_err(|e| bad(format!("{e} (a password-protected key cannot be used)")))?;
        let public =
            minisign::PublicKey::from_secret_key(&secret).map_err(|e| bad(e.to_string()))?;
        let key = SigningKey { public, secret };
        let public_path = keys_dir.join(PUBLIC_KEY_FILE);
        if public_path.exists() {
            let saved = PublicKey::from_file(&public_path)?;
            if saved.0.to_base64() != key.public.to_base64() {
                return Err(ReleaseError::BadKey {
                    path: public_path,
                    detail: format!(
                        "key {} does not match the secret key {} beside it",
                        saved.id(),
                        key.public_key().id()
                    ),
                });
            }
        } else {
            key.write_public_key(keys_dir)?;
        }
        Ok(key)
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.public.clone())
    }

    fn write_public_key(&self, keys_dir: &Path) -> Result<(), ReleaseError> {
        let path = keys_dir.join(PUBLIC_KEY_FILE);
        write_atomically(&path, self.public_key().to_text().as_bytes())
    }

    /// The signature of `data` as the text of a `.minisig` file (prehashed, the format
    /// minisign 0.11 verifies by default), with `trusted_comment` signed too.
    pub fn sign(&self, data: &[u8], trusted_comment: &str) -> Result<String, ReleaseError> {
        let untrusted = format!(
            "signature from Observa release key {}",
            self.public_key().id()
        );
        minisign::sign(
            Some(&self.public),
            &self.secret,
            io::Cursor::new(data),
            Some(trusted_comment),
            Some(&untrusted),
        )
        .map(|signature| signature.into_string())
        .map_err(|e| ReleaseError::Sign(e.to_string()))
    }
}

fn create_private_dir(dir: &Path) -> Result<(), ReleaseError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(io_error(dir))
}

/// Writes a file that must not exist yet, readable by its owner only.
fn write_new_private_file(path: &Path, bytes: &[u8]) -> Result<(), ReleaseError> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(io_error(path))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(io_error(path))
}

/// Writes a file through a temporary one renamed over it.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ReleaseError> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let result = File::create(&tmp)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        .and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(io_error(path))
}

/// A writer that counts and hashes what goes through it.
struct Hashing<W> {
    inner: W,
    hasher: Sha256,
    bytes: u64,
}

impl<W> Hashing<W> {
    fn new(inner: W) -> Self {
        Hashing {
            inner,
            hasher: Sha256::new(),
            bytes: 0,
        }
    }

    fn entry(self, name: &str) -> (FileEntry, W) {
        let entry = FileEntry {
            name: name.to_string(),
            bytes: self.bytes,
            sha256: format!("{:x}", self.hasher.finalize()),
        };
        (entry, self.inner)
    }
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

type DataFile = Hashing<BufWriter<File>>;

/// A release being written (see the module documentation). Dropping it before
/// [`finish`](ReleaseWriter::finish) removes what it wrote.
pub struct ReleaseWriter {
    releases_dir: PathBuf,
    name: String,
    created_at: DateTime<Utc>,
    tmp: PathBuf,
    files: Option<(DataFile, CsvCases<DataFile>)>,
    cases: u64,
}

/// A finished release.
#[derive(Debug, Clone)]
pub struct Release {
    pub dir: PathBuf,
    pub manifest: Manifest,
}

impl ReleaseWriter {
    /// Starts a release made at `created_at` (whole seconds) in `releases_dir`; the CSV's
    /// `url` column links to cases under `base_url`.
    pub fn create(
        releases_dir: &Path,
        created_at: DateTime<Utc>,
        base_url: &str,
    ) -> Result<ReleaseWriter, ReleaseError> {
        let name = release_name(created_at);
        let created_at = NaiveDateTime::parse_from_str(&name, NAME_FORMAT)
            .expect("a release name is a time")
            .and_utc();
        fs::create_dir_all(releases_dir).map_err(io_error(releases_dir))?;
        if releases_dir.join(&name).exists() {
            return Err(ReleaseError::Exists(name));
        }
        let tmp = releases_dir.join(format!(".tmp-{name}-{}", std::process::id()));
        fs::create_dir(&tmp).map_err(io_error(&tmp))?;
        let mut writer = ReleaseWriter {
            releases_dir: releases_dir.to_path_buf(),
            name,
            created_at,
            tmp,
            files: None,
            cases: 0,
        };
        let open = |name: &str| -> Result<DataFile, ReleaseError> {
            let path = writer.tmp.join(name);
            let file = File::create(&path).map_err(io_error(&path))?;
            Ok(Hashing::new(BufWriter::with_capacity(1 << 16, file)))
        };
        let jsonl = open(JSONL)?;
        let csv_path = writer.tmp.join(CSV);
        let csv = CsvCases::new(open(CSV)?, base_url).map_err(io_error(&csv_path))?;
        writer.files = Some((jsonl, csv));
        Ok(writer)
    }

    /// The release's name (its folder's).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Appends a case to both data files.
    pub fn add(&mut self, case: &Case) -> Result<(), ReleaseError> {
        let (jsonl, csv) = self.files.as_mut().expect("files are open until finish");
        crate::jsonl::write_case(jsonl, case).map_err(io_error(&self.tmp.join(JSONL)))?;
        csv.write(case).map_err(io_error(&self.tmp.join(CSV)))?;
        self.cases += 1;
        Ok(())
    }

    /// Writes `SHA256SUMS`, the manifest and its signature, then moves the release into
    /// place.
    pub fn finish(mut self, key: &SigningKey) -> Result<Release, ReleaseError> {
        let (jsonl, csv) = self.files.take().expect("files are open until finish");
        let mut entries = Vec::new();
        let csv_path = self.tmp.join(CSV);
        let csv = csv.finish().map_err(io_error(&csv_path))?;
        for (name, file) in [(JSONL, jsonl), (CSV, csv)] {
            let path = self.tmp.join(name);
            let (entry, buffered) = file.entry(name);
            buffered
                .into_inner()
                .map_err(|e| e.into_error())
                .and_then(|file| file.sync_all())
                .map_err(io_error(&path))?;
            entries.push(entry);
        }
        let sums: String = entries
            .iter()
            .map(|e| format!("{}  {}\n", e.sha256, e.name))
            .collect();
        entries.push(self.write(SUMS, sums.as_bytes())?);
        let manifest = Manifest {
            format: FORMAT.to_string(),
            name: self.name.clone(),
            created_at: self.created_at,
            observa_version: env!("CARGO_PKG_VERSION").to_string(),
            cases: self.cases,
            files: entries,
        };
        let mut manifest_bytes =
            serde_json::to_vec_pretty(&manifest).expect("a manifest serialises");
        manifest_bytes.push(b'\n');
        self.write(MANIFEST, &manifest_bytes)?;
        let trusted = format!(
            "timestamp:{}\tfile:{MANIFEST}\trelease:{}\tcases:{}",
            self.created_at.timestamp(),
            self.name,
            self.cases
        );
        let signature = key.sign(&manifest_bytes, &trusted)?;
        self.write(SIGNATURE, signature.as_bytes())?;
        let dir = self.releases_dir.join(&self.name);
        if dir.exists() {
            return Err(ReleaseError::Exists(self.name.clone()));
        }
        fs::rename(&self.tmp, &dir).map_err(io_error(&dir))?;
        // Make the rename itself durable.
        if let Ok(parent) = File::open(&self.releases_dir) {
            let _ = parent.sync_all();
        }
        self.tmp = PathBuf::new();
        Ok(Release { dir, manifest })
    }

    fn write(&self, name: &str, bytes: &[u8]) -> Result<FileEntry, ReleaseError> {
        let path = self.tmp.join(name);
        let mut file = Hashing::new(File::create(&path).map_err(io_error(&path))?);
        file.write_all(bytes).map_err(io_error(&path))?;
        let (entry, file) = file.entry(name);
        file.sync_all().map_err(io_error(&path))?;
        Ok(entry)
    }
}

impl Drop for ReleaseWriter {
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}

/// The releases in `releases_dir`, newest first, with their manifests. Folders that are
/// not named like releases (such as unfinished ones) are left out; a release whose
/// manifest cannot be read comes with the reason.
pub fn list(releases_dir: &Path) -> io::Result<Vec<(String, Result<Manifest, String>)>> {
    let entries = match fs::read_dir(releases_dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry?;
        if let Some(name) = entry.file_name().to_str()
            && is_release_name(name)
            && entry.file_type()?.is_dir()
        {
            names.push(name.to_string());
        }
    }
    names.sort_unstable_by(|a, b| b.cmp(a));
    Ok(names
        .into_iter()
        .map(|name| {
            let manifest = read_manifest(&releases_dir.join(&name));
            (name, manifest)
        })
        .collect())
}

/// The manifest of the release in `dir`, unchecked.
pub fn read_manifest(dir: &Path) -> Result<Manifest, String> {
    let bytes = fs::read(dir.join(MANIFEST)).map_err(|e| format!("{MANIFEST}: {e}"))?;
    Manifest::parse(&bytes).map_err(|e| format!("{MANIFEST}: {e}"))
}

/// Something [`verify`] found wrong. Each names the file concerned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("{file}: missing")]
    Missing { file: String },
    #[error("{file}: cannot be read: {detail}")]
    Unreadable { file: String, detail: String },
    #[error("bad signature: {detail}")]
    Signature { detail: String },
    #[error("{MANIFEST}: not a release manifest: {detail}")]
    Manifest { detail: String },
    #[error("{MANIFEST}: lists \"{file}\", which is not a plain file name")]
    BadName { file: String },
    #[error(
        "{file}: SHA-256 is {actual}, the manifest says {expected}{}",
        size_note(*expected_bytes, *actual_bytes)
    )]
    Mismatch {
        file: String,
        expected: String,
        actual: String,
        expected_bytes: u64,
        actual_bytes: u64,
    },
    #[error("{file}: not listed in the manifest")]
    Unlisted { file: String },
}

fn size_note(expected: u64, actual: u64) -> String {
    if expected == actual {
        String::new()
    } else {
        format!(" (and it has {actual} bytes, not {expected})")
    }
}

/// What [`verify`] found.
#[derive(Debug, Clone)]
pub struct Verification {
    /// The manifest, when it could be read (trusted only when there are no problems).
    pub manifest: Option<Manifest>,
    /// The signed comment of the signature, when the signature is good.
    pub trusted_comment: Option<String>,
    /// The files whose size and SHA-256 match the manifest.
    pub matching: Vec<FileEntry>,
    pub problems: Vec<Problem>,
}

impl Verification {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty() && self.manifest.is_some()
    }
}

/// Checks the release in `dir` against `key`: the signature of the manifest, then every
/// listed file's size and SHA-256, then that no other file is there. Every problem found
/// is reported, not only the first.
pub fn verify(dir: &Path, key: &PublicKey) -> Verification {
    let mut found = Verification {
        manifest: None,
        trusted_comment: None,
        matching: Vec::new(),
        problems: Vec::new(),
    };
    let read = |file: &str| match fs::read(dir.join(file)) {
        Ok(bytes) => Ok(bytes),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(Problem::Missing {
            file: file.to_string(),
        }),
        Err(e) => Err(Problem::Unreadable {
            file: file.to_string(),
            detail: e.to_string(),
        }),
    };
    let manifest_bytes = match read(MANIFEST) {
        Ok(bytes) => bytes,
        Err(problem) => {
            found.problems.push(problem);
            return found;
        }
    };
    match read(SIGNATURE) {
        Ok(signature) => match check_signature(&manifest_bytes, &signature, key) {
            Ok(comment) => found.trusted_comment = Some(comment),
            Err(detail) => found.problems.push(Problem::Signature { detail }),
        },
        Err(Problem::Missing { file }) => found.problems.push(Problem::Signature {
            detail: format!("{file} is missing: the release is not signed"),
        }),
        Err(problem) => found.problems.push(problem),
    }
    let manifest = match Manifest::parse(&manifest_bytes) {
        Ok(manifest) => manifest,
        Err(detail) => {
            found.problems.push(Problem::Manifest { detail });
            return found;
        }
    };
    for entry in &manifest.files {
        if !is_plain_file_name(&entry.name) || entry.name == MANIFEST || entry.name == SIGNATURE {
            found.problems.push(Problem::BadName {
                file: entry.name.clone(),
            });
            continue;
        }
        match hash_file(&dir.join(&entry.name)) {
            Ok((bytes, sha256)) if bytes == entry.bytes && sha256 == entry.sha256 => {
                found.matching.push(entry.clone());
            }
            Ok((bytes, sha256)) => found.problems.push(Problem::Mismatch {
                file: entry.name.clone(),
                expected: entry.sha256.clone(),
                actual: sha256,
                expected_bytes: entry.bytes,
                actual_bytes: bytes,
            }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                found.problems.push(Problem::Missing {
                    file: entry.name.clone(),
                });
            }
            Err(e) => found.problems.push(Problem::Unreadable {
                file: entry.name.clone(),
                detail: e.to_string(),
            }),
        }
    }
    match fs::read_dir(dir) {
        Ok(entries) => {
            let mut unlisted: Vec<String> = entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| !manifest.holds(name))
                .collect();
            unlisted.sort();
            found
                .problems
                .extend(unlisted.into_iter().map(|file| Problem::Unlisted { file }));
        }
        Err(e) => found.problems.push(Problem::Unreadable {
            file: dir.display().to_string(),
            detail: e.to_string(),
        }),
    }
    found.manifest = Some(manifest);
    found
}

/// The trusted comment when `signature` is `key`'s signature of `data`, else what is wrong.
fn check_signature(data: &[u8], signature: &[u8], key: &PublicKey) -> Result<String, String> {
    let unreadable = |e: &dyn std::fmt::Display| format!("{SIGNATURE} cannot be read: {e}");
    let text = std::str::from_utf8(signature).map_err(|e| unreadable(&e))?;
    let signature = minisign::SignatureBox::from_string(text).map_err(|e| unreadable(&e))?;
    if signature.keynum() != key.0.keynum() {
        return Err(format!(
            "{SIGNATURE} was made with key {}, not with the key given ({})",
            key_id(signature.keynum()),
            key.id()
        ));
    }
    if !signature.is_prehashed() {
        return Err(format!(
            "{SIGNATURE} is in minisign's legacy format, which is not accepted"
        ));
    }
    minisign::verify(
        &key.0,
        &signature,
        io::Cursor::new(data),
        true,
        false,
        false,
    )
    .map_err(|e| {
        if e.to_string().contains("omment") {
            format!(
                "the trusted comment of {SIGNATURE}, or its signature, was changed after signing"
            )
        } else {
            format!("{MANIFEST} does not match {SIGNATURE}: one of them was changed after signing")
        }
    })?;
    signature.trusted_comment().map_err(|e| unreadable(&e))
}

/// Size and SHA-256 of a file, read in constant memory.
fn hash_file(path: &Path) -> io::Result<(u64, String)> {
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut bytes = 0u64;
    loop {
        let n = match file.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        hasher.update(&buf[..n]);
        bytes += n as u64;
    }
    Ok((bytes, format!("{:x}", hasher.finalize())))
}

/// Formats a time as the manifest does (RFC 3339, whole seconds, `Z`).
pub fn rfc3339(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    struct Made {
        dir: tempfile::TempDir,
        key: SigningKey,
        release: Release,
    }

    fn make(cases: usize) -> Made {
        let dir = tempfile::tempdir().unwrap();
        let (key, created) = SigningKey::load_or_create(&dir.path().join("keys")).unwrap();
        assert!(created);
        let at = Utc.with_ymd_and_hms(2026, 11, 28, 11, 40, 5).unwrap();
        let mut writer =
            ReleaseWriter::create(&dir.path().join("releases"), at, "https://observa.example")
                .unwrap();
        assert_eq!(writer.name(), "2026-11-28T114005Z");
        for mut case in observa_domain::demo::cases(5).take(cases) {
            case.title = format!("{}, with \"quotes\"\nand a line break", case.title);
            writer.add(&case).unwrap();
        }
        let release = writer.finish(&key).unwrap();
        Made { dir, key, release }
    }

    fn problems(made: &Made) -> Vec<String> {
        verify(&made.release.dir, &made.key.public_key())
            .problems
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn flip(path: &Path, at: usize) {
        let mut bytes = fs::read(path).unwrap();
        bytes[at] ^= 0x01;
        fs::write(path, bytes).unwrap();
    }

    #[test]
    fn a_release_holds_its_files_and_verifies() {
        let made = make(12);
        let dir = &made.release.dir;
        assert_eq!(dir.file_name().unwrap(), "2026-11-28T114005Z");
        let mut names: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, [SUMS, CSV, JSONL, MANIFEST, SIGNATURE]);
        // Nothing is left beside it.
        assert_eq!(fs::read_dir(dir.parent().unwrap()).unwrap().count(), 1);

        let manifest = read_manifest(dir).unwrap();
        assert_eq!(manifest, made.release.manifest);
        assert_eq!(manifest.cases, 12);
        assert_eq!(manifest.name, "2026-11-28T114005Z");
        assert_eq!(rfc3339(manifest.created_at), "2026-11-28T11:40:05Z");
        let listed: Vec<_> = manifest.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(listed, [JSONL, CSV, SUMS]);
        let jsonl = fs::read(dir.join(JSONL)).unwrap();
        assert_eq!(manifest.files[0].bytes, jsonl.len() as u64);
        assert_eq!(
            manifest.files[0].sha256,
            format!("{:x}", Sha256::digest(&jsonl))
        );
        assert_eq!(jsonl.iter().filter(|b| **b == b'\n').count(), 12);
        let rows = ::csv::Reader::from_path(dir.join(CSV))
            .unwrap()
            .records()
            .count();
        assert_eq!(rows, 12);
        let sums = fs::read_to_string(dir.join(SUMS)).unwrap();
        assert_eq!(
            sums,
            format!(
                "{}  cases.jsonl\n{}  cases.csv\n",
                manifest.files[0].sha256, manifest.files[1].sha256
            )
        );

        let found = verify(dir, &made.key.public_key());
        assert!(found.is_ok(), "{:?}", found.problems);
        assert_eq!(found.matching.len(), 3);
        let comment = found.trusted_comment.unwrap();
        assert!(comment.contains("release:2026-11-28T114005Z"), "{comment}");

        // The key on disk is the one that signed, and it loads again.
        let keys = made.dir.path().join("keys");
        let again = SigningKey::load_or_create(&keys).unwrap();
        assert!(!again.1);
        assert_eq!(again.0.public_key().id(), made.key.public_key().id());
        let public = PublicKey::from_file(&keys.join(PUBLIC_KEY_FILE)).unwrap();
        assert!(verify(dir, &public).is_ok());
        assert!(
            fs::read_to_string(keys.join(PUBLIC_KEY_FILE))
                .unwrap()
                .starts_with("untrusted comment: minisign public key ")
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(keys.join(SECRET_KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(
            !format!("{:?}", made.key).contains("RWR"),
            "no secret in Debug"
        );
    }

    #[test]
    fn a_flipped_byte_in_any_file_is_caught_and_named() {
        for (file, expect) in [
            (JSONL, JSONL),
            (CSV, CSV),
            (SUMS, SUMS),
            (MANIFEST, MANIFEST),
        ] {
            let made = make(3);
            let path = made.release.dir.join(file);
            let len = fs::metadata(&path).unwrap().len() as usize;
            flip(&path, len / 2);
            let problems = problems(&made);
            assert!(!problems.is_empty(), "{file}: tampering not caught");
            assert!(
                problems.iter().any(|p| p.contains(expect)),
                "{file}: {problems:?}"
            );
            if file != MANIFEST {
                assert_eq!(problems.len(), 1, "{problems:?}");
                assert!(problems[0].contains("SHA-256"), "{problems:?}");
            } else {
                assert!(problems[0].starts_with("bad signature"), "{problems:?}");
            }
        }
    }

    #[test]
    fn a_flipped_byte_in_the_signature_is_caught() {
        // Every line of the signature but the first, whose comment minisign leaves unsigned.
        let made = make(2);
        let path = made.release.dir.join(SIGNATURE);
        let original = fs::read(&path).unwrap();
        let text = String::from_utf8(original.clone()).unwrap();
        let mut start = text.find('\n').unwrap() + 1;
        let mut flipped = 0;
        for line in text[start..].lines() {
            for at in [start, start + line.len() / 2, start + line.len() - 1] {
                flip(&path, at);
                let problems = problems(&made);
                assert!(
                    problems.iter().any(|p| p.contains("signature")),
                    "byte {at}: {problems:?}"
                );
                fs::write(&path, &original).unwrap();
                flipped += 1;
            }
            start += line.len() + 1;
        }
        assert_eq!(flipped, 9);
        assert!(problems(&made).is_empty());
    }

    #[test]
    fn missing_extra_and_wrong_key_are_reported() {
        let made = make(2);
        let dir = &made.release.dir;
        fs::remove_file(dir.join(CSV)).unwrap();
        fs::write(dir.join("notes.txt"), "hello").unwrap();
        assert_eq!(
            problems(&made),
            [
                "cases.csv: missing",
                "notes.txt: not listed in the manifest"
            ]
        );

        fs::remove_file(dir.join(SIGNATURE)).unwrap();
        assert!(
            problems(&made)[0].contains("manifest.json.minisig is missing"),
            "{:?}",
            problems(&made)
        );

        let made = make(2);
        let other = SigningKey::generate().unwrap().public_key();
        let found = verify(&made.release.dir, &other);
        assert!(!found.is_ok());
        let message = found.problems[0].to_string();
        assert!(message.starts_with("bad signature"), "{message}");
        assert!(message.contains(&other.id()), "{message}");
        assert!(message.contains(&made.key.public_key().id()), "{message}");

        fs::remove_file(made.release.dir.join(MANIFEST)).unwrap();
        assert_eq!(problems(&made), ["manifest.json: missing"]);
    }

    #[test]
    fn a_manifest_naming_outside_files_is_refused() {
        let made = make(1);
        let dir = &made.release.dir;
        let mut manifest = made.release.manifest.clone();
        manifest.files.push(FileEntry {
            name: "../keys/release.key".into(),
            bytes: 1,
            sha256: "00".into(),
        });
        let bytes = serde_json::to_vec_pretty(&manifest).unwrap();
        fs::write(dir.join(MANIFEST), &bytes).unwrap();
        fs::write(
            dir.join(SIGNATURE),
            made.key.sign(&bytes, "timestamp:0").unwrap(),
        )
        .unwrap();
        assert_eq!(
            problems(&made),
            ["manifest.json: lists \"../keys/release.key\", which is not a plain file name"]
        );
    }

    #[test]
    fn an_unfinished_release_leaves_nothing_and_names_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let at = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        let mut writer = ReleaseWriter::create(dir.path(), at, "http://x").unwrap();
        writer
            .add(&observa_domain::demo::cases(1).next().unwrap())
            .unwrap();
        drop(writer);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
        assert!(list(dir.path()).unwrap().is_empty());

        assert!(is_release_name("2026-01-02T030405Z"));
        for bad in [
            "2026-01-02T03:04:05Z",
            "2026-13-02T030405Z",
            "../2026-01-02T030405Z",
            ".tmp-2026-01-02T030405Z-1",
            "",
        ] {
            assert!(!is_release_name(bad), "{bad}");
        }
        for bad in ["", ".", "..", "../x", "a/b", ".hidden", "a\\b"] {
            assert!(!is_plain_file_name(bad), "{bad}");
        }
        assert!(is_plain_file_name("SHA256SUMS"));
    }

    #[test]
    fn releases_are_listed_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let key = SigningKey::generate().unwrap();
        for day in [3, 1, 2] {
            let at = Utc.with_ymd_and_hms(2026, 5, day, 0, 0, 0).unwrap();
            ReleaseWriter::create(dir.path(), at, "http://x")
                .unwrap()
                .finish(&key)
                .unwrap();
        }
        fs::create_dir(dir.path().join("not-a-release")).unwrap();
        let listed = list(dir.path()).unwrap();
        let names: Vec<_> = listed.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "2026-05-03T000000Z",
                "2026-05-02T000000Z",
                "2026-05-01T000000Z"
            ]
        );
        assert!(listed.iter().all(|(_, m)| m.as_ref().unwrap().cases == 0));
        let again = ReleaseWriter::create(
            dir.path(),
            Utc.with_ymd_and_hms(2026, 5, 3, 0, 0, 0).unwrap(),
            "http://x",
        );
        assert!(matches!(again, Err(ReleaseError::Exists(_))));
    }

    /// Debian's `minisign -V` (package minisign 0.11) accepts our signatures.
    #[test]
    fn minisign_verifies_a_release() {
        let required = std::env::var("OBSERVA_REQUIRE_MINISIGN").is_ok_and(|v| v == "1");
        let found = std::process::Command::new("minisign")
            .arg("-v")
            .output()
            .is_ok();
        if !found {
            assert!(
                !required,
                "OBSERVA_REQUIRE_MINISIGN=1 but the minisign command is not installed"
            );
            eprintln!("skipped: the minisign command is not installed (apt-get install minisign)");
            return;
        }
        let made = make(4);
        let public = made.dir.path().join("keys").join(PUBLIC_KEY_FILE);
        let run = || {
            std::process::Command::new("minisign")
                .arg("-V")
                .arg("-p")
                .arg(&public)
                .arg("-m")
                .arg(MANIFEST)
                .current_dir(&made.release.dir)
                .output()
                .unwrap()
        };
        let out = run();
        assert!(
            out.status.success(),
            "minisign -V: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(said.contains("release:2026-11-28T114005Z"), "{said}");

        flip(&made.release.dir.join(MANIFEST), 10);
        assert!(
            !run().status.success(),
            "minisign accepted a changed manifest"
        );
    }
}
