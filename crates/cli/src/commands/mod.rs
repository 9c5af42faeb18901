//! One module per command of the `observa` binary.

pub mod demo;
pub mod duplicates;
pub mod eval;
pub mod export;
pub mod import;
pub mod reindex;
pub mod release;
pub mod report;
pub mod serve;
pub mod user;

/// The site's address when none is given: where `observa serve` listens by default.
pub const DEFAULT_PUBLIC_URL: &str = "http://127.0.0.1:8080";

/// Writes to a file or, without one, to standard output, buffered.
pub fn output(path: Option<&std::path::Path>) -> anyhow::Result<Box<dyn std::io::Write>> {
    use anyhow::Context;
    Ok(match path {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

/// Whether an error is a closed pipe (`observa export jsonl | head`), which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
