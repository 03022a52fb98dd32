//! [`Tx`]: a transaction on either engine, so that a db function can take "a transaction" the
//! way others take a pool, and [`on_tx!`] to run portable SQL on it.
//!
//! Writes that must land together (a feed refresh, an OPML import) begin one with
//! [`Db::begin`], pass `&mut Tx` to the aggregate functions and commit once; dropping a `Tx`
//! without committing rolls everything back.

use sqlx::{Postgres, Sqlite, Transaction};

use super::{Db, DbError};

/// A transaction on a [`Db`].
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub fn engine(&self) -> super::Engine {
        match self {
            Tx::Sqlite(_) => super::Engine::Sqlite,
            Tx::Postgres(_) => super::Engine::Postgres,
        }
    }
}

/// Runs the same expression against the connection of a [`Tx`]; like [`crate::on_pool!`],
/// the body is compiled once per engine. Use `&mut *conn` as the executor.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match $tx {
            $crate::server::db::tx::Tx::Sqlite(t) => {
                let $conn: &mut sqlx::SqliteConnection = &mut *t;
                $body
            }
            $crate::server::db::tx::Tx::Postgres(t) => {
                let $conn: &mut sqlx::PgConnection = &mut *t;
                $body
            }
        }
    };
}
pub use on_tx;

impl Db {
    /// Begins a transaction.
    pub async fn begin(&self) -> Result<Tx, DbError> {
        Ok(match self {
            Db::Sqlite(p) => Tx::Sqlite(p.begin().await?),
            Db::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }
}

impl Tx {
    /// Commits everything written through this transaction.
    pub async fn commit(self) -> Result<(), DbError> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }
}
