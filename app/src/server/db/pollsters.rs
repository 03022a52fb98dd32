//! The pollster registry: pollsters, their aliases and memberships, stored as the records of
//! `data/pollsters.csv` (`pollwatch_claims::PollsterRecord`) so that import and export
//! round-trip and every fact keeps its source.

use std::collections::HashMap;

use chrono::Utc;
use pollwatch_claims::{PollsterRecord, PollsterStatus};

use super::{Db, DbError};
use crate::on_pool;

#[derive(sqlx::FromRow)]
struct PollsterRow {
    id: i64,
    slug: String,
    canonical_name: String,
    countries: String,
    status: String,
    verified: bool,
    evidence: String,
    source: String,
    notes: String,
}

#[derive(sqlx::FromRow)]
struct NameRow {
    pollster_id: i64,
    name: String,
}

/// What an import did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ImportSummary {
    pub inserted: u64,
    pub updated: u64,
}

fn split(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Every pollster, ordered by canonical name.
pub async fn all(db: &Db) -> Result<Vec<PollsterRecord>, DbError> {
    const P: &str =
        "SELECT id, slug, canonical_name, countries, status, verified, evidence, source, notes \
                     FROM pollsters ORDER BY canonical_name";
    const A: &str = "SELECT pollster_id, alias AS name FROM pollster_aliases ORDER BY pollster_id, position, id";
    const M: &str =
        "SELECT pollster_id, body AS name FROM pollster_memberships ORDER BY pollster_id, id";
    let (rows, aliases, members) = on_pool!(db, |p| {
        let rows: Vec<PollsterRow> = sqlx::query_as(P).fetch_all(p).await?;
        let aliases: Vec<NameRow> = sqlx::query_as(A).fetch_all(p).await?;
        let members: Vec<NameRow> = sqlx::query_as(M).fetch_all(p).await?;
        Ok::<_, sqlx::Error>((rows, aliases, members))
    })?;
    let mut by_id: HashMap<i64, (Vec<String>, Vec<String>)> = HashMap::new();
    for a in aliases {
        by_id.entry(a.pollster_id).or_default().0.push(a.name);
    }
    for m in members {
        by_id.entry(m.pollster_id).or_default().1.push(m.name);
    }
    rows.into_iter()
        .map(|r| {
            let (aliases, memberships) = by_id.remove(&r.id).unwrap_or_default();
            let status: PollsterStatus = r
                .status
                .parse()
                .map_err(|e| DbError::Query(sqlx::Error::Decode(Box::new(e))))?;
            Ok(PollsterRecord {
                id: r.slug,
                canonical: r.canonical_name,
                aliases,
                countries: split(&r.countries),
                memberships,
                status,
                verified: r.verified,
                evidence: r.evidence,
                source: r.source,
                notes: r.notes,
            })
        })
        .collect()
}

/// Number of pollsters.
pub async fn count(db: &Db) -> Result<i64, DbError> {
    Ok(on_pool!(db, |p| sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM pollsters"
    )
    .fetch_one(p)
    .await)?)
}

/// A value that changes whenever the registry or the election calendar does (a pollster, alias,
/// membership or election added, changed or removed): a running server compares it to decide
/// whether to reload them. Ids only grow, so a row deleted and re-added changes the largest id.
pub async fn fingerprint(db: &Db) -> Result<String, DbError> {
    const SQL: &str = "SELECT \
        (SELECT COUNT(*) FROM pollsters), \
        (SELECT COALESCE(MAX(id), 0) FROM pollsters), \
        (SELECT COALESCE(CAST(MAX(updated_at) AS TEXT), '') FROM pollsters), \
        (SELECT COUNT(*) FROM pollster_aliases), \
        (SELECT COALESCE(MAX(id), 0) FROM pollster_aliases), \
        (SELECT COUNT(*) FROM pollster_memberships), \
        (SELECT COALESCE(MAX(id), 0) FROM pollster_memberships), \
        (SELECT COUNT(*) FROM elections), \
        (SELECT COALESCE(MAX(id), 0) FROM elections)";
    type Row = (i64, i64, String, i64, i64, i64, i64, i64, i64);
    let r: Row = on_pool!(db, |p| sqlx::query_as(SQL).fetch_one(p).await)?;
    Ok(format!("{r:?}"))
}

/// Database ids by registry slug.
pub async fn ids_by_slug(db: &Db) -> Result<HashMap<String, i64>, DbError> {
    let rows: Vec<(String, i64)> =
        on_pool!(db, |p| sqlx::query_as("SELECT slug, id FROM pollsters")
            .fetch_all(p)
            .await)?;
    Ok(rows.into_iter().collect())
}

/// Inserts or updates (by slug) every record, with its aliases and memberships, in one
/// transaction: either all records are stored or none is.
pub async fn import(db: &Db, records: &[PollsterRecord]) -> Result<ImportSummary, DbError> {
    const EXISTS: &str = "SELECT id FROM pollsters WHERE slug = $1";
    // One statement for new and known slugs (created_at is kept on update).
    const UPSERT: &str = "INSERT INTO pollsters (slug, canonical_name, countries, status, verified, evidence, source, notes, created_at, updated_at) \
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) \
        ON CONFLICT (slug) DO UPDATE SET canonical_name = excluded.canonical_name, \
        countries = excluded.countries, status = excluded.status, verified = excluded.verified, \
        evidence = excluded.evidence, source = excluded.source, notes = excluded.notes, \
        updated_at = excluded.updated_at \
        RETURNING id";
    const DEL_ALIASES: &str = "DELETE FROM pollster_aliases WHERE pollster_id = $1";
    const DEL_MEMBERS: &str = "DELETE FROM pollster_memberships WHERE pollster_id = $1";
    const ADD_ALIAS: &str =
        "INSERT INTO pollster_aliases (pollster_id, alias, position) VALUES ($1, $2, $3) \
                             ON CONFLICT (pollster_id, alias) DO NOTHING";
    const ADD_MEMBER: &str =
        "INSERT INTO pollster_memberships (pollster_id, body, source) VALUES ($1, $2, $3) \
                              ON CONFLICT (pollster_id, body) DO NOTHING";
    let now = Utc::now();
    let summary = on_pool!(db, |p| {
        let mut tx = p.begin().await?;
        let mut summary = ImportSummary::default();
        for r in records {
            let existing: Option<i64> = sqlx::query_scalar(EXISTS)
                .bind(&r.id)
                .fetch_optional(&mut *tx)
                .await?;
            let id: i64 = sqlx::query_scalar(UPSERT)
                .bind(&r.id)
                .bind(&r.canonical)
                .bind(r.countries.join("|"))
                .bind(r.status.as_str())
                .bind(r.verified)
                .bind(&r.evidence)
                .bind(&r.source)
                .bind(&r.notes)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
            if existing.is_some() {
                sqlx::query(DEL_ALIASES).bind(id).execute(&mut *tx).await?;
                sqlx::query(DEL_MEMBERS).bind(id).execute(&mut *tx).await?;
                summary.updated += 1;
            } else {
                summary.inserted += 1;
            }
            for (pos, alias) in r.aliases.iter().enumerate() {
                sqlx::query(ADD_ALIAS)
                    .bind(id)
                    .bind(alias)
                    .bind(pos as i32)
                    .execute(&mut *tx)
                    .await?;
            }
            for body in &r.memberships {
                sqlx::query(ADD_MEMBER)
                    .bind(id)
                    .bind(body)
                    .bind(&r.source)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok::<_, sqlx::Error>(summary)
    })?;
    Ok(summary)
}
