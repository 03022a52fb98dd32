//! The election calendar: votes and their legal poll blackouts (seeded from
//! `data/elections.csv`).

use pollwatch_claims::Election;

use super::{Db, DbError};
use crate::on_pool;

#[derive(sqlx::FromRow)]
struct ElectionRow {
    country: String,
    name: String,
    vote_start: chrono::NaiveDate,
    vote_end: chrono::NaiveDate,
    blackout_days_before: i32,
    legal_basis: String,
    source: String,
}

/// Every election, oldest first.
pub async fn all(db: &Db) -> Result<Vec<Election>, DbError> {
    const SQL: &str =
        "SELECT country, name, vote_start, vote_end, blackout_days_before, legal_basis, source \
                       FROM elections ORDER BY vote_start, country";
    let rows: Vec<ElectionRow> = on_pool!(db, |p| sqlx::query_as(SQL).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|r| Election {
            country: r.country,
            election: r.name,
            vote_start: r.vote_start,
            vote_end: r.vote_end,
            blackout_days_before: r.blackout_days_before.max(0) as u32,
            legal_basis: r.legal_basis,
            source: r.source,
        })
        .collect())
}

/// Inserts the elections not stored yet (same country, name and first voting day), in one
/// transaction. Returns how many were new.
pub async fn import(db: &Db, elections: &[Election]) -> Result<u64, DbError> {
    const SQL: &str = "INSERT INTO elections (country, name, vote_start, vote_end, blackout_days_before, legal_basis, source) \
                       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (country, name, vote_start) DO NOTHING";
    let n = on_pool!(db, |p| {
        let mut tx = p.begin().await?;
        let mut n = 0;
        for e in elections {
            n += sqlx::query(SQL)
                .bind(&e.country)
                .bind(&e.election)
                .bind(e.vote_start)
                .bind(e.vote_end)
                .bind(e.blackout_days_before as i32)
                .bind(&e.legal_basis)
                .bind(&e.source)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        tx.commit().await?;
        Ok::<_, sqlx::Error>(n)
    })?;
    Ok(n)
}
