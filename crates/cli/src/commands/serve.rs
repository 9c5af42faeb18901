//! `observa serve`: opens the store, seeds the vocabularies on first start, loads the demo
//! library when asked to on an empty database, and serves the site until SIGINT/SIGTERM.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::Args;
use observa_domain::{Publication, TermKind, terms};
use observa_store::{ImportKey, Store};
use observa_web::{AccountLimits, AppState, Mailer, RateLimit, Site};

use crate::DataArgs;

/// How often the search index looks for new changes in the database.
const FOLLOW_EVERY: std::time::Duration = std::time::Duration::from_millis(200);
/// How often email that could not be sent is tried again.
const MAIL_EVERY: std::time::Duration = std::time::Duration::from_secs(30);
/// How often expired sessions and email tokens are deleted.
const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

#[derive(Args)]
pub struct ServeArgs {
    /// On an empty database, load the demo library first: 1 084 generated cases, the
    /// publications file and a starting set of real toolkits.
    #[arg(long)]
    demo: bool,
    /// Address and port to listen on.
    #[arg(long, env = "OBSERVA_BIND", default_value = "127.0.0.1:8080")]
    bind: std::net::SocketAddr,
    /// The address people reach the site at, used in links the API gives out.
    /// [default: http://BIND]
    #[arg(long, env = "OBSERVA_PUBLIC_URL")]
    public_url: Option<String>,
    /// The publications the demo loads (JSON array).
    #[arg(
        long,
        env = "OBSERVA_DEMO_PUBLICATIONS",
        default_value = "../shared/data/publications.json"
    )]
    demo_publications: PathBuf,
    /// Who runs the site: named in the identity banner at the top of every page.
    /// [default: none; with --demo, "the Observa project (demonstration data)"]
    #[arg(long, env = "OBSERVA_OPERATOR")]
    operator: Option<String>,
    /// The operator's website, linked from the banner.
    #[arg(long, env = "OBSERVA_OPERATOR_URL")]
    operator_url: Option<String>,
    /// Slugs of the cases to feature on the home page (comma-separated).
    #[arg(long, env = "OBSERVA_FEATURED", value_delimiter = ',')]
    featured: Vec<String>,
    /// API requests a second each client may make once its burst is spent; 0 for no limit.
    #[arg(long, env = "OBSERVA_API_RATE_LIMIT", default_value_t = RateLimit::default().per_second)]
    api_rate_limit: u32,
    /// API requests each client may make at once.
    #[arg(long, env = "OBSERVA_API_BURST", default_value_t = RateLimit::default().burst)]
    api_burst: u32,
    /// A reverse proxy whose X-Forwarded-For header names the client (repeatable).
    #[arg(
        long = "trusted-proxy",
        env = "OBSERVA_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    trusted_proxies: Vec<std::net::IpAddr>,
    /// The SMTP server that sends the site's email: smtp://HOST:PORT (plain),
    /// smtp://USER:PASSWORD@HOST:587?tls=required (STARTTLS) or smtps://USER:PASSWORD@HOST
    /// (TLS). Without one, email stays in the outbox that administrators read at
    /// /admin/outbox.
    #[arg(long, env = "OBSERVA_SMTP_URL", hide_env_values = true)]
    smtp_url: Option<String>,
    /// The sender of the site's email.
    #[arg(
        long,
        env = "OBSERVA_MAIL_FROM",
        default_value = "Observa <observa@localhost>"
    )]
    mail_from: String,
}

pub async fn run(data: &DataArgs, args: ServeArgs) -> anyhow::Result<ExitCode> {
    let store = data.store().await?;
    seed_vocabularies(&*store).await?;
    if args.demo {
        if store.is_empty().await? {
            load_demo(&*store, &args.demo_publications).await?;
        } else {
            tracing::info!("the database already holds records: not loading the demo again");
        }
    }
    let listener = tokio::net::TcpListener::bind(args.bind)
        .await
        .with_context(|| {
            format!(
                "cannot listen on {}: is another server using it?",
                args.bind
            )
        })?;
    let address = listener.local_addr()?;
    let public_url = args
        .public_url
        .unwrap_or_else(|| format!("http://{address}"))
        .trim_end_matches('/')
        .to_string();
    let search = Arc::new(
        observa_search::open_or_rebuild(&data.index_dir(), &*store)
            .await
            .context("cannot open the search index")?,
    );
    tokio::spawn(observa_search::Follower::new(search.clone(), store.clone()).run(FOLLOW_EVERY));
    let mailer = Arc::new(match &args.smtp_url {
        Some(url) => Mailer::smtp(url, &args.mail_from).map_err(anyhow::Error::msg)?,
        None => Mailer::outbox_only(),
    });
    if mailer.delivers() {
        tracing::info!("email goes out over SMTP");
    } else {
        tracing::info!("no SMTP server configured: email stays in the outbox at /admin/outbox");
    }
    tokio::spawn(mailer.clone().run(store.clone(), MAIL_EVERY));
    tokio::spawn(forget_expired_sessions(store.clone()));
    let state = AppState::new(
        store,
        search,
        Site {
            public_url: public_url.clone(),
            operator: args.operator.or_else(|| {
                args.demo
                    .then(|| "the Observa project (demonstration data)".to_string())
            }),
            operator_url: args.operator_url,
            featured: args.featured,
            rate_limit: RateLimit {
                per_second: args.api_rate_limit,
                burst: args.api_burst,
                trusted_proxies: args.trusted_proxies,
            },
            releases_dir: Some(observa_interchange::release::releases_dir(&data.data_dir)),
            media_dir: Some(data.data_dir.join("media")),
            account_limits: AccountLimits::default(),
        },
        mailer,
    );
    tracing::info!("Observa is serving at {public_url}");
    tokio::spawn(observa_web::warm_insight(state.clone()));
    let app = observa_web::router(state);
    // The peer's address keys the API's rate limits.
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown())
    .await?;
    Ok(ExitCode::SUCCESS)
}

/// Deletes expired sessions and email tokens now and then.
async fn forget_expired_sessions(store: Arc<dyn Store>) {
    loop {
        match store.delete_expired().await {
            Ok(n) if n > 0 => tracing::info!(sessions = n, "expired sessions deleted"),
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "expired sessions could not be deleted"),
        }
        tokio::time::sleep(SWEEP_EVERY).await;
    }
}

async fn shutdown() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

/// Stores the starting technologies and tags when the database has none yet.
pub async fn seed_vocabularies(store: &dyn Store) -> anyhow::Result<()> {
    for (kind, seed) in [
        (TermKind::Technology, terms::default_technologies()),
        (TermKind::Tag, terms::default_tags()),
    ] {
        if store.terms(kind).await?.is_empty() {
            for term in &seed {
                store.upsert_term(term).await?;
            }
        }
    }
    Ok(())
}

/// How many more generated cases the demo leaves submitted (not public), so that the
/// editors' review queue has work to show.
pub const DEMO_AWAITING_REVIEW: usize = 3;

/// Loads the demo library: generated cases, a few cases awaiting review, the publications
/// file (skipped with a warning when absent) and the starting toolkits.
pub async fn load_demo(store: &dyn Store, publications: &std::path::Path) -> anyhow::Result<()> {
    let cases =
        observa_domain::demo::cases(super::demo::DEMO_SEED).take(super::demo::DEMO_CASES as usize);
    let report = super::import::import(
        store,
        cases.map(Ok::<_, std::convert::Infallible>),
        ImportKey::Slug,
        None,
        false,
        None,
    )
    .await?;
    let awaiting = observa_domain::demo::cases(super::demo::DEMO_SEED)
        .skip(super::demo::DEMO_CASES as usize)
        .take(DEMO_AWAITING_REVIEW);
    for mut case in awaiting {
        case.slug = format!("awaiting-review-{}", case.slug);
        case.status = observa_domain::CaseStatus::Submitted;
        case.provenance.published_at = None;
        store.insert_case(&case, None).await?;
    }
    match std::fs::read_to_string(publications) {
        Ok(json) => {
            let list: Vec<Publication> = serde_json::from_str(&json).with_context(|| {
                format!("{} is not a list of publications", publications.display())
            })?;
            for publication in &list {
                store.upsert_publication(publication).await?;
            }
        }
        Err(err) => tracing::warn!(
            "demo publications not loaded from {}: {err}",
            publications.display()
        ),
    }
    for toolkit in observa_domain::demo::toolkits() {
        store.upsert_toolkit(&toolkit).await?;
    }
    tracing::info!(cases = report.added, "demo library loaded");
    Ok(())
}
