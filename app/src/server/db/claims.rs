//! Claims found in articles, their flags and their clusters (the same poll reported by several
//! outlets, reviewed once).

use chrono::{DateTime, Duration, NaiveDate, Utc};
use pollwatch_claims::{same_poll, Claim, ClaimSummary};

use super::{Db, DbError};
use crate::on_pool;

/// What claim detection needs to know about a stored article.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ArticleForClaims {
    pub id: i64,
    pub revision: i32,
    pub url: String,
    pub text: String,
    pub lang: Option<String>,
    pub published_at: Option<DateTime<Utc>>,
    pub fetched_at: DateTime<Utc>,
    pub outlet_name: Option<String>,
    pub outlet_country: Option<String>,
    pub state_affiliated: Option<bool>,
}

/// Loads the current text of an article and what its outlet is.
pub async fn article_for_claims(
    db: &Db,
    article_id: i64,
) -> Result<Option<ArticleForClaims>, DbError> {
    const SQL: &str = "SELECT a.id, a.revision, a.url, a.text, a.lang, a.published_at, a.fetched_at, \
                       o.name AS outlet_name, o.country AS outlet_country, o.state_affiliated \
                       FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id \
                       LEFT JOIN outlets o ON o.id = COALESCE(a.outlet_id, f.outlet_id) WHERE a.id = $1";
    Ok(on_pool!(db, |p| sqlx::query_as(SQL)
        .bind(article_id)
        .fetch_optional(p)
        .await)?)
}

/// One detected claim ready to store.
pub struct NewClaim<'a> {
    pub claim: &'a Claim,
    /// The registry row the pollster matched, if any.
    pub pollster_id: Option<i64>,
    pub lang: &'a str,
}

/// Fingerprints a report of the same poll could have been filed under: its own, and those of
/// the neighbouring weeks (a poll reported across a week boundary).
fn nearby_fingerprints(s: &ClaimSummary) -> Vec<String> {
    let shift = |days: i64| {
        let mut t = s.clone();
        t.fieldwork_end = t.fieldwork_end.map(|d| d + Duration::days(days));
        t.published = t.published.map(|d| d + Duration::days(days));
        t.fingerprint()
    };
    let mut out: Vec<String> = [0, -7, 7].into_iter().filter_map(shift).collect();
    out.dedup();
    out
}

/// Replaces the claims stored for an article with `claims` (flags included) and files each one
/// into a cluster, in one transaction. Returns the new claim ids.
pub async fn replace_for_article(
    db: &Db,
    article: &ArticleForClaims,
    claims: &[NewClaim<'_>],
) -> Result<Vec<i64>, DbError> {
    let one = [ArticleClaims {
        article,
        claims,
        fresh: false,
    }];
    Ok(replace_for_articles(db, &one)
        .await?
        .pop()
        .unwrap_or_default())
}

/// The claims detected in one article, for [`replace_for_articles`].
pub struct ArticleClaims<'a> {
    pub article: &'a ArticleForClaims,
    pub claims: &'a [NewClaim<'a>],
    /// The article was inserted by the caller's own, committed transaction just now: no claim
    /// can be stored for it yet, so an empty `claims` needs no look-up at all.
    pub fresh: bool,
}

/// [`replace_for_article`] for several articles (a crawled feed's) in one transaction, in
/// order. Articles with nothing to store and nothing to remove cost no write (and no query at
/// all when `fresh`). Returns the new claim ids of each article.
pub async fn replace_for_articles(
    db: &Db,
    batch: &[ArticleClaims<'_>],
) -> Result<Vec<Vec<i64>>, DbError> {
    const OLD: &str =
        "SELECT cluster_id FROM claims WHERE article_id = $1 AND cluster_id IS NOT NULL";
    const DEC: &str =
        "UPDATE claim_clusters SET claim_count = claim_count - 1, updated_at = $2 WHERE id = $1";
    const DEL: &str = "DELETE FROM claims WHERE article_id = $1";
    const INS: &str = "INSERT INTO claims (article_id, article_revision, kind, span_start, span_end, quote, lang, \
        pollster_as_written, pollster_id, pollster_match, sponsor, figures, sample_size, fieldwork_start, \
        fieldwork_end, margin_of_error, method, transparency, risk, created_at, updated_at) \
        VALUES ($1, $2, 'poll', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19) \
        RETURNING id";
    const FLAG: &str = "INSERT INTO claim_flags (claim_id, code, detail) VALUES ($1, $2, $3)";
    const FIND: &str = "SELECT id, summary, first_seen_at FROM claim_clusters WHERE fingerprint = $1 ORDER BY first_seen_at";
    const JOIN: &str = "UPDATE claim_clusters SET claim_count = claim_count + 1, \
        max_risk = CASE WHEN max_risk < $2 THEN $2 ELSE max_risk END, updated_at = $3 WHERE id = $1";
    const EARLIER: &str =
        "UPDATE claim_clusters SET first_claim_id = $2, first_seen_at = $3, summary = $4 \
        WHERE id = $1 AND first_seen_at > $3";
    const NEW: &str = "INSERT INTO claim_clusters (pollster_id, fingerprint, summary, first_claim_id, first_seen_at, \
        claim_count, max_risk, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $7) RETURNING id";
    const SET: &str = "UPDATE claims SET cluster_id = $2 WHERE id = $1";

    // Most articles hold no claim: when there is nothing to store and nothing to remove, skip
    // the write altogether (the crawler calls this for every new article).
    let mut write = Vec::with_capacity(batch.len());
    for (i, item) in batch.iter().enumerate() {
        if item.claims.is_empty() {
            if item.fresh {
                continue;
            }
            const ANY: &str = "SELECT COUNT(*) FROM claims WHERE article_id = $1";
            let stored: i64 = on_pool!(db, |p| sqlx::query_scalar(ANY)
                .bind(item.article.id)
                .fetch_one(p)
                .await)?;
            if stored == 0 {
                continue;
            }
        }
        write.push(i);
    }
    let mut out = vec![Vec::new(); batch.len()];
    if write.is_empty() {
        return Ok(out);
    }
    let now = Utc::now();
    let written = on_pool!(db, |p| {
        let mut tx = p.begin().await?;
        let mut written = Vec::with_capacity(write.len());
        for &i in &write {
            let ArticleClaims {
                article, claims, ..
            } = &batch[i];
            let seen_at = article.published_at.unwrap_or(article.fetched_at);
            let published: Option<NaiveDate> = article.published_at.map(|d| d.date_naive());
            let old: Vec<i64> = sqlx::query_scalar(OLD)
                .bind(article.id)
                .fetch_all(&mut *tx)
                .await?;
            for cluster in old {
                sqlx::query(DEC)
                    .bind(cluster)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query(DEL).bind(article.id).execute(&mut *tx).await?;
            let mut ids = Vec::with_capacity(claims.len());
            for nc in claims.iter() {
                let c = nc.claim;
                let figures = serde_json::to_string(&c.figures).unwrap_or_else(|_| "[]".into());
                let method = c
                    .method
                    .and_then(|m| serde_json::to_value(m).ok())
                    .and_then(|v| v.as_str().map(str::to_owned));
                let match_kind = c
                    .pollster
                    .match_kind
                    .and_then(|m| serde_json::to_value(m).ok())
                    .and_then(|v| v.as_str().map(str::to_owned));
                let id: i64 = sqlx::query_scalar(INS)
                    .bind(article.id)
                    .bind(article.revision)
                    .bind(c.span[0] as i64)
                    .bind(c.span[1] as i64)
                    .bind(&c.quote)
                    .bind(nc.lang)
                    .bind(&c.pollster.as_written)
                    .bind(nc.pollster_id)
                    .bind(match_kind)
                    .bind(&c.sponsor)
                    .bind(figures)
                    .bind(c.sample_size.map(i64::from))
                    .bind(c.fieldwork.map(|f| f.start))
                    .bind(c.fieldwork.map(|f| f.end))
                    .bind(c.margin_of_error)
                    .bind(method)
                    .bind(c.transparency)
                    .bind(c.risk.clamp(0.0, 1.0))
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?;
                for f in &c.flags {
                    sqlx::query(FLAG)
                        .bind(id)
                        .bind(f.code.as_str())
                        .bind(&f.detail)
                        .execute(&mut *tx)
                        .await?;
                }

                // Clustering: compare with the earliest report of clusters under nearby fingerprints.
                let summary = ClaimSummary::from_claim(id.to_string(), c, published);
                let summary_json = serde_json::to_string(&summary).unwrap_or_else(|_| "{}".into());
                let mut joined = None;
                for fp in nearby_fingerprints(&summary) {
                    let rows: Vec<(i64, String, DateTime<Utc>)> =
                        sqlx::query_as(FIND).bind(&fp).fetch_all(&mut *tx).await?;
                    joined = rows.into_iter().find_map(|(cid, s, _)| {
                        serde_json::from_str::<ClaimSummary>(&s)
                            .ok()
                            .filter(|o| same_poll(o, &summary))
                            .map(|_| cid)
                    });
                    if joined.is_some() {
                        break;
                    }
                }
                let cluster_id = match joined {
                    Some(cid) => {
                        sqlx::query(JOIN)
                            .bind(cid)
                            .bind(c.risk)
                            .bind(now)
                            .execute(&mut *tx)
                            .await?;
                        sqlx::query(EARLIER)
                            .bind(cid)
                            .bind(id)
                            .bind(seen_at)
                            .bind(&summary_json)
                            .execute(&mut *tx)
                            .await?;
                        cid
                    }
                    None => {
                        let fp = summary
                            .fingerprint()
                            .unwrap_or_else(|| format!("claim:{id}"));
                        sqlx::query_scalar::<_, i64>(NEW)
                            .bind(nc.pollster_id)
                            .bind(fp)
                            .bind(&summary_json)
                            .bind(id)
                            .bind(seen_at)
                            .bind(c.risk)
                            .bind(now)
                            .fetch_one(&mut *tx)
                            .await?
                    }
                };
                sqlx::query(SET)
                    .bind(id)
                    .bind(cluster_id)
                    .execute(&mut *tx)
                    .await?;
                ids.push(id);
            }
            written.push((i, ids));
        }
        tx.commit().await?;
        Ok::<_, sqlx::Error>(written)
    })?;
    for (i, ids) in written {
        out[i] = ids;
    }
    Ok(out)
}

/// A stored claim with its cluster, as the review screens and tests read it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredClaim {
    pub id: i64,
    pub article_id: i64,
    pub pollster_as_written: Option<String>,
    pub pollster_id: Option<i64>,
    pub sponsor: Option<String>,
    pub risk: f64,
    pub cluster_id: Option<i64>,
    pub quote: String,
}

/// Claims of an article, in text order.
pub async fn for_article(db: &Db, article_id: i64) -> Result<Vec<StoredClaim>, DbError> {
    const SQL: &str = "SELECT id, article_id, pollster_as_written, pollster_id, sponsor, risk, cluster_id, quote \
                       FROM claims WHERE article_id = $1 ORDER BY span_start";
    Ok(on_pool!(db, |p| sqlx::query_as(SQL)
        .bind(article_id)
        .fetch_all(p)
        .await)?)
}

/// Flag codes of a claim.
pub async fn flag_codes(db: &Db, claim_id: i64) -> Result<Vec<String>, DbError> {
    const SQL: &str = "SELECT code FROM claim_flags WHERE claim_id = $1 ORDER BY code";
    Ok(on_pool!(db, |p| sqlx::query_scalar::<_, String>(SQL)
        .bind(claim_id)
        .fetch_all(p)
        .await)?)
}

/// What claim detection needs to know about an outlet.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutletProfile {
    pub name: String,
    pub state_affiliated: bool,
    pub country: Option<String>,
}

/// Every outlet's profile, keyed by lower-cased name.
pub async fn outlet_profiles(
    db: &Db,
) -> Result<std::collections::HashMap<String, OutletProfile>, DbError> {
    const SQL: &str = "SELECT name, state_affiliated, country FROM outlets";
    let rows: Vec<OutletProfile> = on_pool!(db, |p| sqlx::query_as(SQL).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|o| (o.name.trim().to_lowercase(), o))
        .collect())
}
