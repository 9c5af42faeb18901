//! `observa demo generate`: the synthetic corpus as JSON Lines, streamed in constant memory.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

/// The seed and size of the corpus `observa serve --demo` loads.
pub const DEMO_SEED: u64 = 2023;
pub const DEMO_CASES: u64 = 1084;

pub fn generate(count: u64, seed: u64, output: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let mut out = super::output(output.as_deref())?;
    let result = (|| -> anyhow::Result<()> {
        for case in observa_domain::demo::cases(seed)
            .take(usize::try_from(count).context("count is too large")?)
        {
            observa_interchange::jsonl::write_case(&mut out, &case)?;
        }
        out.flush()?;
        Ok(())
    })();
    match result {
        Err(err) if !super::is_broken_pipe(&err) => Err(err),
        _ => Ok(ExitCode::SUCCESS),
    }
}
