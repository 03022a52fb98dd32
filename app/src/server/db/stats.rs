//! Totals across the main tables.

use super::{Db, DbError};
use crate::model::Counts;

#[derive(sqlx::FromRow)]
struct CountsRow {
    feeds: i64,
    articles: i64,
    flagged_claims: i64,
    published_verdicts: i64,
}

/// Feeds, articles, claims with at least one flag, and published verdicts.
pub async fn counts(db: &Db) -> Result<Counts, DbError> {
    const SQL: &str = "SELECT \
        (SELECT COUNT(*) FROM feeds WHERE removed_at IS NULL) AS feeds, \
        (SELECT COUNT(*) FROM articles) AS articles, \
        (SELECT COUNT(DISTINCT claim_id) FROM claim_flags) AS flagged_claims, \
        (SELECT COUNT(*) FROM verdicts WHERE status = 'published') AS published_verdicts";
    let row: CountsRow = crate::on_pool!(db, |p| sqlx::query_as(SQL).fetch_one(p).await)?;
    Ok(Counts {
        feeds: row.feeds,
        articles: row.articles,
        flagged_claims: row.flagged_claims,
        published_verdicts: row.published_verdicts,
    })
}
