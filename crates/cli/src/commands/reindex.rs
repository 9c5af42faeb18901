//! `observa reindex`: builds a fresh search index from the database beside the live one
//! and makes it current; a running server switches to it on its next tick.

use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;

use crate::DataArgs;

pub async fn run(data: &DataArgs) -> anyhow::Result<ExitCode> {
    let store = data.store().await?;
    let started = Instant::now();
    let bar = crate::progress::counter("indexed");
    let (_, report) = observa_search::rebuild(&data.index_dir(), &*store, &|n| bar.set_position(n))
        .await
        .context("cannot rebuild the search index")?;
    bar.finish_and_clear();
    println!(
        "indexed {} public cases in {:.2} s (up to change {}); generation {} is now live",
        report.cases,
        started.elapsed().as_secs_f64(),
        report.seq,
        report.generation
    );
    Ok(ExitCode::SUCCESS)
}
