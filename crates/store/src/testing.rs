//! Test support shared by every crate's tests: a fresh, empty PostgreSQL database on the
//! server that `OBSERVA_TEST_DATABASE_URL` names (the test script starts one). Not used by
//! the program itself.

use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::Connection;

/// Creates a new database and returns its URL, or `None` (after saying so on standard
/// error) when no test server is configured. With `OBSERVA_REQUIRE_POSTGRES` set, a missing
/// server is a failure instead, so that CI cannot skip PostgreSQL silently.
pub async fn fresh_postgres_database(what: &str) -> Option<String> {
    let Ok(admin_url) = std::env::var("OBSERVA_TEST_DATABASE_URL") else {
        assert!(
            std::env::var("OBSERVA_REQUIRE_POSTGRES").is_err(),
            "OBSERVA_REQUIRE_POSTGRES is set but OBSERVA_TEST_DATABASE_URL is not"
        );
        eprintln!(
            "skipped: {what} on PostgreSQL (set OBSERVA_TEST_DATABASE_URL, or run scripts/test)"
        );
        return None;
    };
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "observa_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        chrono::Utc::now().timestamp_subsec_nanos()
    );
    let mut admin = sqlx::PgConnection::connect(&admin_url)
        .await
        .expect("the test PostgreSQL server answers");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .expect("the test user may create databases");
    let (base, _) = admin_url
        .rsplit_once('/')
        .expect("a database URL ends in /DBNAME");
    Some(format!("{base}/{name}"))
}
