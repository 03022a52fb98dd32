//! The database layer: the only place that writes SQL.
//!
//! One [`Db`] handle for both engines, chosen by the URL scheme (`sqlite:` or `postgres:`).
//! Queries are written once in portable SQL (`$1` placeholders work in both) and run on either
//! pool through [`on_pool!`]; where the engines differ (full-text search, `SKIP LOCKED`) a
//! function matches on [`Db`] explicitly. Each aggregate has its own file.
//!
//! Schema (see `docs/schema.md` and `migrations/`): outlets → feeds → articles (+ revisions) →
//! claims (+ flags, clusters); pollsters (+ aliases, memberships); elections; users, sessions;
//! verdicts (+ append-only history); append-only audit log.
//!
//! Timestamps are always bound from Rust as `DateTime<Utc>`: on SQLite sqlx writes them as
//! RFC 3339 text with a `+00:00` offset, so comparing the text compares the times. Never write a
//! timestamp from an SQL default or `CURRENT_TIMESTAMP`.

pub mod articles;
pub mod claims;
pub mod elections;
pub mod feeds;
pub mod outlets;
pub mod pollsters;
pub mod stats;
pub mod tx;

use std::{path::PathBuf, str::FromStr, time::Duration};

use sqlx::{
    migrate::Migrator,
    postgres::{PgConnectOptions, PgPool, PgPoolOptions},
    sqlite::{
        SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
    },
};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/postgres");

/// Runs the same expression against whichever pool `db` holds. The body is compiled once per
/// engine, so it must only use SQL and Rust types both engines support, and both arms must have
/// the same type (map `execute` results with `.rows_affected()`).
#[macro_export]
macro_rules! on_pool {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            $crate::server::db::Db::Sqlite($pool) => $body,
            $crate::server::db::Db::Postgres($pool) => $body,
        }
    };
}
pub use on_pool;

/// Which database engine a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    /// Appends `count` positional placeholders to `sql`, numbered from `first` (1-based), comma
    /// separated: `$4, $5, $6` on PostgreSQL, `?, ?, ?` on SQLite. For SQL built at run time
    /// with many parameters: SQLite resolves each *named* parameter (`$n`) by a linear search of
    /// the statement's parameter list, so binding `n` of them costs `n²`; anonymous ones cost
    /// nothing. Anonymous placeholders are bound in order, so a value used twice is bound twice.
    pub fn push_placeholders(self, sql: &mut String, first: usize, count: usize) {
        use std::fmt::Write;
        for i in 0..count {
            if i > 0 {
                sql.push_str(", ");
            }
            match self {
                Engine::Sqlite => sql.push('?'),
                Engine::Postgres => {
                    let _ = write!(sql, "${}", first + i);
                }
            }
        }
    }
}

/// A connection pool to SQLite or PostgreSQL.
#[derive(Debug, Clone)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error(
        "unsupported database URL scheme in {0:?}: use sqlite:PATH or postgres://USER@HOST/DB"
    )]
    UnsupportedScheme(String),
    #[error("malformed database URL {url:?}: {source}")]
    InvalidUrl {
        url: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot create data folder {path}: {source}")]
    CreateDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot open SQLite database {path}: {source}")]
    OpenSqlite {
        path: PathBuf,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot connect to PostgreSQL at {url}: {source}")]
    ConnectPostgres {
        url: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("database migration failed (nothing was changed by the failed step): {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database query failed: {0}")]
    Query(#[from] sqlx::Error),
}

/// Pool settings.
#[derive(Debug, Clone)]
pub struct DbOptions {
    pub max_connections: u32,
    pub acquire_timeout: Duration,
}

impl Default for DbOptions {
    fn default() -> Self {
        DbOptions {
            max_connections: 10,
            acquire_timeout: Duration::from_secs(5),
        }
    }
}

impl Db {
    /// Opens a pool for `url`. SQLite files (and their folder) are created when missing.
    pub async fn connect(url: &str, opts: &DbOptions) -> Result<Db, DbError> {
        if url.starts_with("sqlite:") {
            Self::connect_sqlite(url, opts).await
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Self::connect_postgres(url, opts).await
        } else {
            Err(DbError::UnsupportedScheme(redact(url)))
        }
    }

    async fn connect_sqlite(url: &str, opts: &DbOptions) -> Result<Db, DbError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|source| DbError::InvalidUrl {
                url: url.to_string(),
                source,
            })?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // Under WAL, NORMAL syncs at checkpoints instead of every commit: the database stays
            // consistent on a crash, and the crawler's many small commits stop waiting on fsync.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // Statement journals (multi-row INSERTs in a transaction) and temporary indices in
            // memory instead of temporary files.
            .pragma("temp_store", "memory")
            // Checkpoint every ~16 MB of WAL instead of ~4 MB: fewer checkpoints (and fsyncs)
            // while the crawler writes, and pages rewritten meanwhile are copied once.
            .pragma("wal_autocheckpoint", "4000");
        let path = options.get_filename().to_path_buf();
        let in_memory = path.as_os_str().is_empty() || path.to_string_lossy().contains(":memory:");
        if !in_memory {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|source| DbError::CreateDir {
                    path: dir.to_path_buf(),
                    source,
                })?;
            }
        }
        let pool = SqlitePoolOptions::new()
            // SQLite serialises writers anyway; a few readers are plenty.
            .max_connections(opts.max_connections.min(8))
            .acquire_timeout(opts.acquire_timeout)
            .connect_with(options)
            .await
            .map_err(|source| DbError::OpenSqlite {
                path: path.clone(),
                source,
            })?;
        Ok(Db::Sqlite(pool))
    }

    async fn connect_postgres(url: &str, opts: &DbOptions) -> Result<Db, DbError> {
        let options = PgConnectOptions::from_str(url).map_err(|source| DbError::InvalidUrl {
            url: redact(url),
            source,
        })?;
        let pool = PgPoolOptions::new()
            .max_connections(opts.max_connections)
            .acquire_timeout(opts.acquire_timeout)
            .connect_with(options)
            .await
            .map_err(|source| DbError::ConnectPostgres {
                url: redact(url),
                source,
            })?;
        Ok(Db::Postgres(pool))
    }

    pub fn engine(&self) -> Engine {
        match self {
            Db::Sqlite(_) => Engine::Sqlite,
            Db::Postgres(_) => Engine::Postgres,
        }
    }

    /// Applies the pending migrations of this engine, each in its own transaction: a failing
    /// migration leaves the database as it was before that migration.
    pub async fn migrate(&self) -> Result<(), DbError> {
        match self {
            Db::Sqlite(pool) => SQLITE_MIGRATIONS.run(pool).await?,
            Db::Postgres(pool) => POSTGRES_MIGRATIONS.run(pool).await?,
        }
        Ok(())
    }

    /// Versions of the migrations this build knows, in order.
    pub fn known_migrations(&self) -> Vec<i64> {
        let m = match self {
            Db::Sqlite(_) => &SQLITE_MIGRATIONS,
            Db::Postgres(_) => &POSTGRES_MIGRATIONS,
        };
        m.iter().map(|m| m.version).collect()
    }

    /// Versions of the migrations applied to this database.
    pub async fn applied_migrations(&self) -> Result<Vec<i64>, DbError> {
        let sql = "SELECT version FROM _sqlx_migrations WHERE success ORDER BY version";
        Ok(on_pool!(self, |p| sqlx::query_scalar::<_, i64>(sql)
            .fetch_all(p)
            .await)?)
    }

    /// A round trip to the database.
    pub async fn ping(&self) -> Result<(), DbError> {
        on_pool!(self, |p| sqlx::query("SELECT 1")
            .execute(p)
            .await
            .map(|r| r.rows_affected()))?;
        Ok(())
    }

    pub async fn close(&self) {
        on_pool!(self, |p| p.close().await)
    }
}

/// The URL with any password replaced, for messages and logs.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("****"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redact_hides_password_only() {
        assert_eq!(redact("postgres://u:secret@h/db"), "postgres://u:****@h/db");
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(redact("sqlite:data/x.db"), "sqlite:data/x.db");
    }

    #[tokio::test]
    async fn unsupported_scheme_is_refused() {
        let err = Db::connect("mysql://root@localhost/db", &DbOptions::default())
            .await
            .unwrap_err();
        assert!(matches!(err, DbError::UnsupportedScheme(_)), "{err}");
    }

    #[tokio::test]
    async fn sqlite_file_and_folder_are_created() {
        let dir = std::env::temp_dir().join(format!("pollwatch-db-{}", std::process::id()));
        let file = dir.join("nested/pw.db");
        let db = Db::connect(&format!("sqlite:{}", file.display()), &DbOptions::default())
            .await
            .unwrap();
        db.migrate().await.unwrap();
        assert!(file.exists());
        assert_eq!(
            db.applied_migrations().await.unwrap(),
            db.known_migrations()
        );
        db.close().await;
        let _ = std::fs::remove_dir_all(dir);
    }
}
