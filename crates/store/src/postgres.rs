//! The PostgreSQL backend, for several Observa nodes sharing one database.

use sqlx::postgres::PgPoolOptions;
use sqlx::{PgPool, Postgres, Transaction};

#[derive(Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects to `url` (`postgres://user:password@host/db`) and runs the PostgreSQL
    /// migrations.
    pub async fn connect(url: &str) -> crate::Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(10)
            .connect(url)
            .await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(PgStore { pool })
    }

    async fn write_tx(&self) -> crate::Result<Transaction<'static, Postgres>> {
        Ok(self.pool.begin().await?)
    }
}

crate::shared::shared_store!(PgStore, sqlx::Postgres, "postgres");
