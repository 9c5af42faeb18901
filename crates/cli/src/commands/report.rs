//! `observa report`: the printable trends report of `/trends/report`, rendered from the data
//! directory without a server, as one HTML file that loads nothing, or as PDF printed by
//! Chromium (headless, `--print-to-pdf`) from that file. The HTML is the web crate's own
//! (`observa_web::report_html`), so the file and the page cannot drift apart.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::Arc;

use anyhow::{Context, bail};
use observa_domain::Lang;
use observa_web::{AppState, Site};

use crate::DataArgs;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Html,
    Pdf,
}

/// What to report on and how.
#[derive(clap::Args)]
pub struct ReportArgs {
    /// Words to search for, in the case library's query language.
    #[arg(long)]
    pub query: Option<String>,
    /// A call for innovations (its slug): the report covers the cases that answered it,
    /// and its heading names the call.
    #[arg(long, value_name = "SLUG")]
    pub call: Option<String>,
    /// A filter of the case library as in its address, e.g. country=FR, sector=health,
    /// year_from=2020 (repeat it for several).
    #[arg(long = "filter", value_name = "KEY=VALUE")]
    pub filters: Vec<String>,
    /// How many themes, 1 to 20, or auto (default).
    #[arg(long)]
    pub themes: Option<String>,
    /// The report's language: en, es, fr or pt.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// html: one file that loads nothing; pdf: printed by Chromium (headless) from it.
    #[arg(long, value_enum, default_value = "html")]
    pub format: ReportFormat,
    /// The file to write.
    #[arg(long)]
    pub output: PathBuf,
    /// Make the report's links absolute, to the site at this address.
    #[arg(long)]
    pub public_url: Option<String>,
}

/// The query string of `/trends/report` for these arguments.
fn query_string(args: &ReportArgs) -> anyhow::Result<String> {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    if let Some(q) = &args.query {
        query.append_pair("q", q);
    }
    if let Some(call) = &args.call {
        query.append_pair("call", call);
    }
    for filter in &args.filters {
        let Some((key, value)) = filter.split_once('=') else {
            bail!("--filter takes KEY=VALUE (e.g. country=FR), not \"{filter}\"");
        };
        query.append_pair(key.trim(), value.trim());
    }
    if let Some(themes) = &args.themes {
        query.append_pair("themes", themes);
    }
    Ok(query.finish())
}

pub async fn run(data: &DataArgs, args: ReportArgs) -> anyhow::Result<ExitCode> {
    let lang = Lang::from_code(&args.lang)
        .with_context(|| format!("--lang must be en, es, fr or pt, not \"{}\"", args.lang))?;
    let raw = query_string(&args)?;
    // Find the browser before the work, so that a missing one fails at once.
    let chromium = match args.format {
        ReportFormat::Pdf => Some(find_chromium()?),
        ReportFormat::Html => None,
    };
    let store = data.store().await?;
    let search = Arc::new(
        observa_search::open_or_rebuild(&data.index_dir(), &*store)
            .await
            .context("cannot open the search index")?,
    );
    // An import by another command may not be in the index yet.
    observa_search::Follower::new(search.clone(), store.clone())
        .catch_up()
        .await
        .context("cannot bring the search index up to date")?;
    let public_url = args
        .public_url
        .as_deref()
        .map(|u| u.trim_end_matches('/').to_string());
    let state = AppState::new(
        store,
        search,
        Site::new(public_url.clone().unwrap_or_default()),
        Arc::new(observa_web::Mailer::outbox_only()),
    );
    let mut html = observa_web::report_html(&state, Some(&raw), lang)
        .await
        .map_err(anyhow::Error::new)?;
    if let Some(url) = &public_url {
        // Links lead to the site rather than to files beside the report.
        html = html.replace("href=\"/", &format!("href=\"{url}/"));
    }
    match chromium {
        None => std::fs::write(&args.output, html)
            .with_context(|| format!("cannot write {}", args.output.display()))?,
        Some(chromium) => print_to_pdf(&chromium, &html, &args.output)?,
    }
    println!("report written to {}", args.output.display());
    Ok(ExitCode::SUCCESS)
}

/// Chromium as `OBSERVA_CHROMIUM` names it, else Debian's, else one on the `PATH`.
pub fn find_chromium() -> anyhow::Result<PathBuf> {
    if let Some(path) = std::env::var_os("OBSERVA_CHROMIUM") {
        let path = PathBuf::from(path);
        if path.is_file() {
            return Ok(path);
        }
        bail!(
            "OBSERVA_CHROMIUM names {}, which does not exist",
            path.display()
        );
    }
    let candidates = ["chromium", "chromium-browser", "google-chrome"];
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default();
    std::iter::once(PathBuf::from("/usr/bin/chromium"))
        .chain(
            on_path
                .iter()
                .flat_map(|dir| candidates.iter().map(move |c| dir.join(c))),
        )
        .find(|p| p.is_file())
        .context(
            "a PDF report needs Chromium, and none was found: install Debian's (apt-get install chromium), \
             name another with OBSERVA_CHROMIUM=/path/to/chrome, or use --format html and print that",
        )
}

/// Prints `html` to `output` as PDF with headless Chromium (A4, as the report's CSS asks).
fn print_to_pdf(chromium: &Path, html: &str, output: &Path) -> anyhow::Result<()> {
    let work = tempfile::tempdir()?;
    let page = work.path().join("report.html");
    std::fs::write(&page, html)?;
    let output = std::path::absolute(output)?;
    let status = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            work.path().join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", output.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .with_context(|| format!("cannot run {}", chromium.display()))?;
    let written = std::fs::read(&output).unwrap_or_default();
    if !status.success() || !written.starts_with(b"%PDF") {
        bail!(
            "{} did not print the report to {} ({status})",
            chromium.display(),
            output.display()
        );
    }
    Ok(())
}
