//! The `observa` binary: parses the command line and hands each command to its module
//! under `commands/`. Errors reach the user through `anyhow` with a plain message.

#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

mod commands;
mod progress;

/// mimalloc rather than glibc's malloc: with glibc, each database worker thread grew an
/// arena that bulk exports left fragmented, so the server's memory rose export after
/// export (`bench/export.sh`). Without transparent huge pages, so small heaps stay small.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Observa: an open observatory of public-sector innovation.
///
/// Start with `observa serve --demo` and open http://127.0.0.1:8080.
#[derive(Parser)]
#[command(name = "observa", version, propagate_version = true)]
struct Cli {
    #[command(flatten)]
    data: DataArgs,
    #[command(subcommand)]
    command: Command,
}

/// Where Observa keeps its data; shared by every command that touches it.
#[derive(Args, Clone)]
pub struct DataArgs {
    /// Folder for Observa's data: the SQLite database, search index and uploads.
    #[arg(
        long,
        global = true,
        env = "OBSERVA_DATA_DIR",
        default_value = "observa-data"
    )]
    pub data_dir: PathBuf,
    /// Database to use: sqlite://FILE or postgres://USER:PASSWORD@HOST/DB.
    /// [default: SQLite file observa.db inside the data directory]
    #[arg(long, global = true, env = "OBSERVA_DATABASE_URL")]
    pub database: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web site and API.
    Serve(commands::serve::ServeArgs),
    /// Import cases from a file (a bad row is reported and skipped; exit status 2 then).
    #[command(subcommand)]
    Import(ImportCommand),
    /// Export cases to a file or standard output.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Work with synthetic demo data.
    #[command(subcommand)]
    Demo(DemoCommand),
    /// Rebuild the search index from the database, beside the live one, and swap it in
    /// (a running server picks it up within a second).
    Reindex,
    /// Signed releases: dated snapshots of every public case that anyone can verify.
    #[command(subcommand)]
    Release(ReleaseCommand),
    /// Accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// List pairs of likely duplicate cases across the whole library, most similar first:
    /// texts whose 3-word shingles overlap by at least the threshold (Jaccard similarity),
    /// found by MinHash/LSH and confirmed exactly.
    Duplicates {
        /// Smallest similarity listed, from 0.05 to 1.
        #[arg(long, default_value_t = 0.5)]
        threshold: f64,
    },
    /// Write the printable trends report of a search (as /trends/report shows it): headline
    /// figures, charts, themes with illustrative cases, emerging trends and the method.
    Report(commands::report::ReportArgs),
    /// Measure the analytics (label suggestion, duplicates, themes) on data files.
    #[command(subcommand)]
    Eval(EvalCommand),
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Label suggestion on a PSTW release, held out: top-1/top-3 accuracy for COFOG sector
    /// and primary technology, micro-F1 for AI subdomains, beside a most-frequent-class baseline.
    Tags {
        /// A PSTW CSV release, or a folder of them (the largest is used).
        #[arg(long)]
        data: PathBuf,
        /// Seed of the shuffle that splits training and test cases.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Share of the cases held out for testing.
        #[arg(long, default_value_t = 0.2)]
        test_share: f64,
        /// How many similar training cases vote.
        #[arg(long, default_value_t = 20)]
        neighbours: usize,
        /// Smallest confidence for a multi-label suggestion to be selected.
        #[arg(long, default_value_t = 0.35)]
        threshold: f64,
    },
    /// Duplicate detection across two PSTW releases: precision and recall against the cases
    /// present in both whose text changed.
    Duplicates {
        /// The older release (CSV).
        #[arg(long)]
        old: PathBuf,
        /// The newer release (CSV).
        #[arg(long)]
        new: PathBuf,
        /// Smallest exact Jaccard similarity of word 3-shingles for a duplicate.
        #[arg(long, default_value_t = 0.5)]
        threshold: f64,
    },
    /// Theme discovery on a corpus (a PSTW CSV, or JSON Lines such as `observa demo
    /// generate` writes), timed, with the themes whose share grows.
    Themes {
        /// The corpus: NAME.csv (PSTW) or JSON Lines of cases.
        #[arg(long)]
        input: PathBuf,
        /// Use only the first N cases.
        #[arg(long)]
        count: Option<usize>,
        /// How many themes [default: chosen by silhouette among 4 to 12].
        #[arg(long)]
        k: Option<usize>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Last year of the trend test [default: the latest year in the data].
        #[arg(long)]
        last_year: Option<i32>,
    },
    /// How long one label suggestion takes, trained on a corpus less the last DRAFTS cases.
    Suggest {
        /// The corpus: NAME.csv (PSTW) or JSON Lines of cases.
        #[arg(long)]
        input: PathBuf,
        /// Use only the first N cases.
        #[arg(long)]
        count: Option<usize>,
        #[arg(long, default_value_t = 200)]
        drafts: usize,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Make an account (the first administrator: `observa user add --email … --role admin`).
    /// The password is asked for without echo, or read from the first line of standard input.
    Add {
        /// The account's email address (its sign-in name; never shown publicly).
        #[arg(long)]
        email: String,
        /// The name shown for the account [default: the part of the email before @].
        #[arg(long)]
        name: Option<String>,
        /// contributor, editor or admin.
        #[arg(long, default_value = "contributor")]
        role: String,
    },
}

#[derive(Subcommand)]
enum ImportCommand {
    /// The EU Public Sector Tech Watch CSV (PSTW_Dataset_*.csv), through the mapping
    /// shipped with the binary (the same as `import csv FILE --mapping pstw`);
    /// re-importing a newer release updates cases by their PSTW ID.
    Pstw {
        /// The CSV file.
        file: PathBuf,
        /// Check the file and report what would happen, without changing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Observa's own JSON Lines export (as written by `observa export jsonl`); cases are
    /// matched by slug. With --mapping, any JSON Lines dataset, one object per line.
    Jsonl {
        /// The JSON Lines file.
        file: PathBuf,
        /// A mapping file (TOML) from the dataset's keys to case fields and vocabularies;
        /// cases are then matched by the source's record id.
        #[arg(long)]
        mapping: Option<PathBuf>,
        /// Check the file without changing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Any CSV dataset with a header line, through a mapping file; re-importing updates
    /// cases by the source's record id. See README.md for how to write a mapping.
    Csv {
        /// The CSV file.
        file: PathBuf,
        /// The mapping file (TOML): columns to case fields, source values to vocabularies;
        /// or `pstw`, the mapping shipped with the binary.
        #[arg(long)]
        mapping: PathBuf,
        /// Check the file and report what would happen, without changing anything.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand)]
enum ExportCommand {
    /// One case per line as JSON, every field included.
    Jsonl {
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Include drafts and other non-public cases (a full backup).
        #[arg(long)]
        all: bool,
    },
    /// One case per row as CSV, for spreadsheets: multi-valued fields joined with "; ",
    /// vocabulary values as slugs, with licence, attribution and a link to each case.
    Csv {
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Include drafts and other non-public cases.
        #[arg(long)]
        all: bool,
        /// The site's address, for the url column.
        #[arg(long, env = "OBSERVA_PUBLIC_URL", default_value = commands::DEFAULT_PUBLIC_URL)]
        public_url: String,
    },
}

#[derive(Subcommand)]
enum ReleaseCommand {
    /// Write every public case to a new release in DATA_DIR/releases/<time>/: cases.jsonl,
    /// cases.csv, SHA256SUMS, manifest.json and its minisign signature. The signing key
    /// is made on first use in DATA_DIR/keys/.
    Create {
        /// The site's address, for the CSV's url column.
        /// [default: http://127.0.0.1:8080]
        #[arg(long, env = "OBSERVA_PUBLIC_URL")]
        public_url: Option<String>,
    },
    /// Check a release's signature and every file's size and SHA-256; says what does not
    /// match and exits with status 1 then.
    Verify {
        /// A release folder, or its address on a site
        /// (https://SITE/releases/2026-11-28T114000Z).
        release: String,
        /// The public key to check with (minisign format). [default: for a folder,
        /// DATA_DIR/keys/release.pub; for an address, the site's
        /// /.well-known/observa-release-key.pub]
        #[arg(long)]
        key: Option<PathBuf>,
    },
    /// Print the public key that checks this site's releases (minisign format).
    Key,
}

#[derive(Subcommand)]
enum DemoCommand {
    /// Print a deterministic synthetic corpus of cases as JSON Lines.
    Generate {
        /// How many cases.
        #[arg(long, default_value_t = commands::demo::DEMO_CASES)]
        count: u64,
        /// Random seed: the same seed always gives the same corpus.
        #[arg(long, default_value_t = commands::demo::DEMO_SEED)]
        seed: u64,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

impl DataArgs {
    /// The database URL, defaulting to SQLite in the data directory (created if needed).
    pub fn database_url(&self) -> anyhow::Result<String> {
        if let Some(url) = &self.database {
            return Ok(url.clone());
        }
        std::fs::create_dir_all(&self.data_dir).with_context(|| {
            format!(
                "cannot create the data directory {}",
                self.data_dir.display()
            )
        })?;
        Ok(format!(
            "sqlite://{}",
            self.data_dir.join("observa.db").display()
        ))
    }

    /// Where this node keeps its search index.
    pub fn index_dir(&self) -> PathBuf {
        self.data_dir.join("index")
    }

    pub async fn store(&self) -> anyhow::Result<std::sync::Arc<dyn observa_store::Store>> {
        let url = self.database_url()?;
        observa_store::connect(&url)
            .await
            .with_context(|| format!("cannot open the database at {}", redact(&url)))
    }
}

/// A database URL fit for messages: the password replaced by `***`.
fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_string(),
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("OBSERVA_LOG")
                .unwrap_or_else(|_| "info,sqlx=error".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let result = match cli.command {
        Command::Serve(args) => commands::serve::run(&cli.data, args).await,
        Command::Import(ImportCommand::Pstw { file, dry_run }) => {
            commands::import::pstw(&cli.data, &file, dry_run).await
        }
        Command::Import(ImportCommand::Jsonl {
            file,
            mapping: None,
            dry_run,
        }) => commands::import::jsonl(&cli.data, &file, dry_run).await,
        Command::Import(ImportCommand::Jsonl {
            file,
            mapping: Some(mapping),
            dry_run,
        }) => {
            let format = commands::import::Format::Jsonl;
            commands::import::mapped(&cli.data, &file, &mapping, format, dry_run).await
        }
        Command::Import(ImportCommand::Csv {
            file,
            mapping,
            dry_run,
        }) => {
            let format = commands::import::Format::Csv;
            commands::import::mapped(&cli.data, &file, &mapping, format, dry_run).await
        }
        Command::Export(ExportCommand::Jsonl { output, all }) => {
            commands::export::jsonl(&cli.data, output, all).await
        }
        Command::Export(ExportCommand::Csv {
            output,
            all,
            public_url,
        }) => commands::export::csv(&cli.data, output, all, &public_url).await,
        Command::Demo(DemoCommand::Generate {
            count,
            seed,
            output,
        }) => commands::demo::generate(count, seed, output),
        Command::Reindex => commands::reindex::run(&cli.data).await,
        Command::Duplicates { threshold } => commands::duplicates::run(&cli.data, threshold).await,
        Command::Report(args) => commands::report::run(&cli.data, args).await,
        Command::Release(ReleaseCommand::Create { public_url }) => {
            commands::release::create(&cli.data, public_url).await
        }
        Command::Release(ReleaseCommand::Verify { release, key }) => {
            commands::release::verify(&cli.data, release, key).await
        }
        Command::Release(ReleaseCommand::Key) => commands::release::key(&cli.data),
        Command::User(UserCommand::Add { email, name, role }) => {
            commands::user::add(&cli.data, &email, name.as_deref(), &role).await
        }
        Command::Eval(EvalCommand::Tags {
            data,
            seed,
            test_share,
            neighbours,
            threshold,
        }) => commands::eval::tags(&data, seed, test_share, neighbours, threshold),
        Command::Eval(EvalCommand::Duplicates {
            old,
            new,
            threshold,
        }) => commands::eval::duplicates(&old, &new, threshold),
        Command::Eval(EvalCommand::Themes {
            input,
            count,
            k,
            seed,
            last_year,
        }) => commands::eval::themes(&input, count, k, seed, last_year),
        Command::Eval(EvalCommand::Suggest {
            input,
            count,
            drafts,
        }) => commands::eval::suggest(&input, count, drafts),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
