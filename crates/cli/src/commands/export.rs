//! `observa export jsonl`: every public case (or every case with `--all`) as JSON Lines,
//! streamed from the database in constant memory.

use std::path::PathBuf;
use std::process::ExitCode;

use futures::{StreamExt as _, TryStreamExt};

use crate::DataArgs;

pub async fn jsonl(
    data: &DataArgs,
    output: Option<PathBuf>,
    all: bool,
) -> anyhow::Result<ExitCode> {
    let store = data.store().await?;
    let mut out = super::output(output.as_deref())?;
    let mut cases = if all {
        store.all_cases()
    } else {
        store.public_cases().map_ok(|stored| stored.case).boxed()
    };
    let bar = crate::progress::counter("exported");
    let result = async {
        while let Some(case) = cases.try_next().await? {
            observa_interchange::jsonl::write_case(&mut out, &case)?;
            bar.inc(1);
        }
        out.flush()?;
        anyhow::Ok(())
    }
    .await;
    bar.finish_and_clear();
    match result {
        Err(err) if !super::is_broken_pipe(&err) => Err(err),
        _ => Ok(ExitCode::SUCCESS),
    }
}
