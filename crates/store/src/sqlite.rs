//! The SQLite backend: one database file, WAL journal, foreign keys on. Write
//! transactions start with `BEGIN IMMEDIATE` so that concurrent writers queue on the busy
//! timeout instead of failing when a read transaction tries to become a write.

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

/// How many times opening a database retries its set-up (see `connect`).
const MIGRATION_ATTEMPTS: u32 = 10;

#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `url` (`sqlite://path/to/file.db`) and
    /// runs the SQLite migrations.
    pub async fn connect(url: &str) -> crate::Result<Self> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(30))
            .foreign_keys(true);
        // SQLite has no lock for set-up: when several processes open a new file at once (an
        // import beside a server), switching the new file to WAL can fail at once with
        // "database is locked", and one process can apply a migration while another fails
        // on it ("duplicate column"). Each migration is one transaction, so the loser
        // tries again and finds nothing left to do.
        let mut attempt = 0;
        loop {
            match Self::open(options.clone()).await {
                Ok(store) => return Ok(store),
                Err(_) if attempt < MIGRATION_ATTEMPTS => {
                    attempt += 1;
                    tokio::time::sleep(Duration::from_millis(50 * u64::from(attempt))).await;
                }
                Err(e) => return Err(e),
            }
        }
    }

    async fn open(options: SqliteConnectOptions) -> crate::Result<Self> {
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        Ok(SqliteStore { pool })
    }

    async fn write_tx(&self) -> crate::Result<Transaction<'static, Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }
}

crate::shared::shared_store!(SqliteStore, sqlx::Sqlite, "sqlite");
