//! `observa export jsonl|csv`: every public case (or every case with `--all`) as JSON
//! Lines or CSV, streamed from the database in constant memory.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use futures::{StreamExt as _, TryStreamExt};
use observa_domain::Case;
use observa_interchange::csv::CsvCases;

use crate::DataArgs;

pub async fn jsonl(
    data: &DataArgs,
    output: Option<PathBuf>,
    all: bool,
) -> anyhow::Result<ExitCode> {
    let mut out = super::output(output.as_deref())?;
    let result = each_case(data, all, |case| {
        observa_interchange::jsonl::write_case(&mut out, case)
    })
    .await
    .and_then(|()| Ok(out.flush()?));
    finish(result)
}

/// `observa export csv`: the CSV columns of `observa_interchange::csv`, whose `url`
/// column links to each case under `public_url`.
pub async fn csv(
    data: &DataArgs,
    output: Option<PathBuf>,
    all: bool,
    public_url: &str,
) -> anyhow::Result<ExitCode> {
    let mut out = CsvCases::new(super::output(output.as_deref())?, public_url)?;
    let result = each_case(data, all, |case| out.write(case))
        .await
        .and_then(|()| Ok(out.finish()?.flush()?));
    finish(result)
}

/// Hands every public case (every case with `all`) to `write`, streamed from the store.
async fn each_case(
    data: &DataArgs,
    all: bool,
    mut write: impl FnMut(&Case) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let store = data.store().await?;
    let mut cases = if all {
        store.all_cases()
    } else {
        store.public_cases().map_ok(|stored| stored.case).boxed()
    };
    let bar = crate::progress::counter("exported");
    let result = async {
        while let Some(case) = cases.try_next().await? {
            write(&case)?;
            bar.inc(1);
        }
        anyhow::Ok(())
    }
    .await;
    bar.finish_and_clear();
    result
}

/// A closed pipe (`observa export jsonl | head`) is not a failure.
fn finish(result: anyhow::Result<()>) -> anyhow::Result<ExitCode> {
    match result {
        Err(err) if !super::is_broken_pipe(&err) => Err(err),
        _ => Ok(ExitCode::SUCCESS),
    }
}
