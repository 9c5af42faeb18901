//! `observa import pstw|jsonl|csv`: reads a file row by row (any CSV or JSON Lines dataset
//! through a mapping file, see `observa_interchange::mapping`; PSTW through the mapping
//! shipped with the binary), reports each bad row with its line
//! and reason and goes on, and stores good rows in batches, one transaction each, so a
//! crash leaves every case whole or absent and a second run completes the job. After its
//! summary it lists the rows that look like duplicates of stored cases or of each other.

use std::collections::HashSet;
use std::fmt::Display;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use observa_domain::Case;
use observa_store::{ImportKey, ImportOutcome, Store};

use super::duplicates::ImportDuplicates;
use crate::DataArgs;

/// Cases stored per transaction.
const BATCH: usize = 500;
/// Rows whose texts are at least this similar to a stored case or to another row are
/// listed as likely duplicates after the import (and imported all the same).
const DUPLICATE_THRESHOLD: f64 = 0.5;

/// What an import did, for the closing report.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub rejected: u64,
    /// Records of this dataset already stored that the file no longer holds (kept as they are).
    pub absent: Option<u64>,
}

impl ImportReport {
    fn print(&self, dry_run: bool) {
        let verb = if dry_run {
            "would be imported (dry run, nothing changed)"
        } else {
            "imported"
        };
        let mut line = if dry_run {
            format!("{} rows {verb}", self.added + self.updated + self.unchanged)
        } else {
            format!(
                "{verb}: {} added, {} updated, {} unchanged",
                self.added, self.updated, self.unchanged
            )
        };
        if let Some(absent) = self.absent {
            line.push_str(&format!(", {absent} absent from this release (kept)"));
        }
        line.push_str(&format!(", {} rejected", self.rejected));
        println!("{line}");
    }

    fn exit_code(&self) -> ExitCode {
        if self.rejected > 0 {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// The mappings shipped with the binary, by the name `--mapping` accepts in place of a file.
const BUILT_IN: [(&str, &str); 1] = [("pstw", observa_interchange::pstw::MAPPING)];

/// `observa import pstw FILE`: the CSV through the built-in PSTW mapping.
pub async fn pstw(data: &DataArgs, file: &Path, dry_run: bool) -> anyhow::Result<ExitCode> {
    mapped(data, file, Path::new("pstw"), Format::Csv, dry_run).await
}

/// The format of a dataset read through a mapping.
#[derive(Debug, Clone, Copy)]
pub enum Format {
    Csv,
    Jsonl,
}

/// A mapping file, or the name of a built-in mapping when no such file exists.
fn load_mapping(path: &Path) -> anyhow::Result<observa_interchange::mapping::Mapping> {
    let built_in = BUILT_IN
        .iter()
        .find(|(name, _)| Path::new(name) == path && !path.exists());
    let text = match built_in {
        Some((_, text)) => text.to_string(),
        None => std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the mapping {}", path.display()))?,
    };
    observa_interchange::mapping::Mapping::from_toml(&text)
        .map_err(|e| anyhow::anyhow!("the mapping {} is not valid: {e}", path.display()))
}

/// Imports any dataset through a mapping (a file, or `pstw` for the built-in one);
/// re-importing updates cases by the source's record ids. Values the mapping cannot place
/// are listed at the end.
pub async fn mapped(
    data: &DataArgs,
    file: &Path,
    mapping: &Path,
    format: Format,
    dry_run: bool,
) -> anyhow::Result<ExitCode> {
    use observa_interchange::mapping::{self, MappedRows};
    let mapping = load_mapping(mapping)?;
    let input = File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    let rows: Box<dyn Iterator<Item = _>> = match format {
        Format::Csv => Box::new(
            mapping::csv_rows(BufReader::new(input), &mapping)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?,
        ),
        Format::Jsonl => Box::new(mapping::jsonl_rows(
            BufReader::new(input),
            &mapping.source.separator,
        )),
    };
    let store = data.store().await?;
    super::serve::seed_vocabularies(&*store).await?;
    let slugs = |terms: Vec<observa_domain::Term>| terms.into_iter().map(|t| t.slug).collect();
    let technologies = slugs(store.terms(observa_domain::TermKind::Technology).await?);
    let tags = slugs(store.terms(observa_domain::TermKind::Tag).await?);
    let dataset = mapping.source.dataset.clone();
    let mut cases = MappedRows::new(rows, mapping, technologies, tags, chrono::Utc::now());
    let mut duplicates = ImportDuplicates::new(&*store, DUPLICATE_THRESHOLD).await?;
    let report = import(
        &*store,
        &mut cases,
        ImportKey::Source,
        Some(&dataset),
        dry_run,
        Some(&mut duplicates),
    )
    .await?;
    report.print(dry_run);
    duplicates.print(DUPLICATE_THRESHOLD);
    if !cases.unmapped().is_empty() {
        eprintln!(
            "values the mapping does not place (left out of the cases; add them under [values.FIELD]):"
        );
        for ((field, value), count) in cases.unmapped() {
            eprintln!("  {field}: \"{value}\" ({count} rows)");
        }
    }
    Ok(report.exit_code())
}

pub async fn jsonl(data: &DataArgs, file: &Path, dry_run: bool) -> anyhow::Result<ExitCode> {
    let input = File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    let rows = observa_interchange::jsonl::read_cases(BufReader::new(input));
    let store = data.store().await?;
    let mut duplicates = ImportDuplicates::new(&*store, DUPLICATE_THRESHOLD).await?;
    let report = import(
        &*store,
        rows,
        ImportKey::Slug,
        None,
        dry_run,
        Some(&mut duplicates),
    )
    .await?;
    report.print(dry_run);
    duplicates.print(DUPLICATE_THRESHOLD);
    Ok(report.exit_code())
}

/// Stores `rows` in batches; bad rows are printed to standard error and counted.
/// With `dataset`, also counts the stored records of that dataset the file no longer has.
pub async fn import<E: Display>(
    store: &dyn Store,
    rows: impl Iterator<Item = Result<Case, E>>,
    key: ImportKey,
    dataset: Option<&str>,
    dry_run: bool,
    mut duplicates: Option<&mut ImportDuplicates>,
) -> anyhow::Result<ImportReport> {
    let mut report = ImportReport::default();
    let mut seen = HashSet::new();
    let mut batch = Vec::with_capacity(BATCH);
    let bar = crate::progress::counter("rows read");
    for row in rows {
        bar.inc(1);
        match row {
            Ok(case) => {
                if let Some(duplicates) = duplicates.as_deref_mut() {
                    duplicates.check(&case);
                }
                if let Some((_, id)) = case.provenance.source.dataset_and_id() {
                    seen.insert(id.to_string());
                }
                batch.push(case);
                if batch.len() == BATCH {
                    store_batch(store, &mut batch, key, dry_run, &mut report).await?;
                }
            }
            Err(err) => {
                bar.suspend(|| eprintln!("rejected {err}"));
                report.rejected += 1;
            }
        }
    }
    store_batch(store, &mut batch, key, dry_run, &mut report).await?;
    bar.finish_and_clear();
    if let Some(dataset) = dataset {
        let stored = store.imported_record_ids(dataset).await?;
        report.absent = Some(stored.iter().filter(|id| !seen.contains(*id)).count() as u64);
    }
    Ok(report)
}

async fn store_batch(
    store: &dyn Store,
    batch: &mut Vec<Case>,
    key: ImportKey,
    dry_run: bool,
    report: &mut ImportReport,
) -> anyhow::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    if dry_run {
        report.added += batch.len() as u64;
    } else {
        for outcome in store
            .import_cases(batch, key)
            .await
            .context("storing a batch of cases failed")?
        {
            match outcome {
                ImportOutcome::Added => report.added += 1,
                ImportOutcome::Updated => report.updated += 1,
                ImportOutcome::Unchanged => report.unchanged += 1,
            }
        }
    }
    batch.clear();
    Ok(())
}
