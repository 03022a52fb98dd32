//! Articles and their revisions: the `articles` and `article_revisions` tables. The crawler
//! decides what is new or changed; this module looks up what is stored and writes it, inside the
//! refresh's transaction.

use chrono::{DateTime, Utc};

use super::{tx::Tx, Db, DbError};
use crate::{on_pool, on_tx};

/// What dedupe needs to know about a stored article.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ArticleKey {
    pub id: i64,
    pub guid: String,
    pub canonical_url: String,
    pub content_hash: String,
    pub revision: i32,
}

/// An article as stored (for tests, the CLI and pages).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ArticleRow {
    pub id: i64,
    pub feed_id: Option<i64>,
    pub outlet_id: Option<i64>,
    pub url: String,
    pub canonical_url: String,
    pub guid: String,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub lang: Option<String>,
    pub published_at: Option<DateTime<Utc>>,
    pub text: String,
    pub html: Option<String>,
    pub content_hash: String,
    pub status: String,
    pub revision: i32,
}

/// An earlier version of an article.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RevisionRow {
    pub article_id: i64,
    pub revision: i32,
    pub title: Option<String>,
    pub text: String,
    pub html: Option<String>,
    pub content_hash: String,
    pub captured_at: DateTime<Utc>,
}

/// An article's content, new or revised.
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub feed_id: i64,
    pub outlet_id: i64,
    pub url: String,
    pub canonical_url: String,
    pub guid: String,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub lang: Option<String>,
    pub published_at: Option<DateTime<Utc>>,
    pub text: String,
    pub html: Option<String>,
    /// Hash of the feed item's content (what the next refresh compares against).
    pub content_hash: String,
}

/// Stored articles of `feed_id` matching any of the GUIDs, canonical URLs or content hashes:
/// one query for a whole fetched feed.
pub async fn find_keys(
    db: &Db,
    feed_id: i64,
    guids: &[&str],
    canonical_urls: &[&str],
    hashes: &[&str],
) -> Result<Vec<ArticleKey>, DbError> {
    if guids.is_empty() && canonical_urls.is_empty() && hashes.is_empty() {
        return Ok(Vec::new());
    }
    // `$1` is the feed; the lists follow. An empty list becomes `IN (NULL)`, which matches
    // nothing on both engines.
    let engine = db.engine();
    let mut sql = String::from(
        "SELECT id, guid, canonical_url, content_hash, revision FROM articles WHERE feed_id = ",
    );
    engine.push_placeholders(&mut sql, 1, 1);
    let mut next = 2;
    for (head, len) in [
        (" AND (guid IN (", guids.len()),
        (") OR canonical_url IN (", canonical_urls.len()),
        (") OR content_hash IN (", hashes.len()),
    ] {
        sql.push_str(head);
        if len == 0 {
            sql.push_str("NULL");
        }
        engine.push_placeholders(&mut sql, next, len);
        next += len;
    }
    sql.push_str("))");
    Ok(on_pool!(db, |p| {
        let mut q = sqlx::query_as(&sql).bind(feed_id);
        for v in guids.iter().chain(canonical_urls).chain(hashes) {
            q = q.bind(*v);
        }
        q.fetch_all(p).await
    })?)
}

/// Parameters per row in [`insert_many`] (`now` three times: anonymous placeholders cannot
/// repeat).
const PER_ROW: usize = 15;

/// Rows per multi-row `INSERT` in [`insert_many`]: 15 parameters each, far below SQLite's
/// 32,766 and PostgreSQL's 65,535 bind limits, and a handful of statement shapes to cache.
const INSERT_CHUNK: usize = 64;

/// Inserts new articles (revision 1, status `live`) with one multi-row `INSERT` per
/// [`INSERT_CHUNK`] rows instead of a round trip per article, and returns their ids in the
/// order of `articles`. Ids are matched back by `(feed_id, guid)` — unique per
/// `articles_feed_guid_key` — since neither engine promises the order of `RETURNING` rows.
pub async fn insert_many(
    tx: &mut Tx,
    articles: &[&NewArticle],
    now: DateTime<Utc>,
) -> Result<Vec<i64>, DbError> {
    const HEAD: &str = "INSERT INTO articles (feed_id, outlet_id, url, canonical_url, guid, \
        title, byline, lang, published_at, fetched_at, text, html, content_hash, status, \
        revision, created_at, updated_at) VALUES ";
    let engine = tx.engine();
    let mut ids = Vec::with_capacity(articles.len());
    for chunk in articles.chunks(INSERT_CHUNK) {
        let mut sql = String::with_capacity(HEAD.len() + chunk.len() * 90 + 40);
        sql.push_str(HEAD);
        for i in 0..chunk.len() {
            if i > 0 {
                sql.push_str(", ");
            }
            // `status` and `revision` are constants; `now` is bound three times (anonymous
            // placeholders cannot repeat).
            let first = i * PER_ROW + 1;
            sql.push('(');
            engine.push_placeholders(&mut sql, first, 13);
            sql.push_str(", 'live', 1, ");
            engine.push_placeholders(&mut sql, first + 13, 2);
            sql.push(')');
        }
        sql.push_str(" RETURNING id, feed_id, guid");
        let rows: Vec<(i64, Option<i64>, String)> = on_tx!(tx, |c| {
            let mut q = sqlx::query_as(&sql);
            for a in chunk {
                q = q
                    .bind(a.feed_id)
                    .bind(a.outlet_id)
                    .bind(&a.url)
                    .bind(&a.canonical_url)
                    .bind(&a.guid)
                    .bind(&a.title)
                    .bind(&a.byline)
                    .bind(&a.lang)
                    .bind(a.published_at)
                    .bind(now)
                    .bind(&a.text)
                    .bind(&a.html)
                    .bind(&a.content_hash)
                    .bind(now)
                    .bind(now);
            }
            q.fetch_all(&mut *c).await
        })?;
        let by_key: std::collections::HashMap<(Option<i64>, &str), i64> = rows
            .iter()
            .map(|(id, feed, guid)| ((*feed, guid.as_str()), *id))
            .collect();
        for a in chunk {
            let id = by_key
                .get(&(Some(a.feed_id), a.guid.as_str()))
                .copied()
                .ok_or(sqlx::Error::RowNotFound)?;
            ids.push(id);
        }
    }
    Ok(ids)
}

/// Replaces the content of article `id`, keeping the current one in `article_revisions`:
/// the revision number goes up by one and the status becomes `edited`. Returns the new
/// revision number.
pub async fn revise(
    tx: &mut Tx,
    id: i64,
    a: &NewArticle,
    now: DateTime<Utc>,
) -> Result<i32, DbError> {
    const KEEP: &str = "INSERT INTO article_revisions (article_id, revision, title, text, html, \
        content_hash, captured_at) \
        SELECT id, revision, title, text, html, content_hash, $2 FROM articles WHERE id = $1";
    const UPDATE: &str = "UPDATE articles SET url = $2, canonical_url = $3, guid = $4, \
        title = $5, byline = COALESCE($6, byline), lang = COALESCE($7, lang), \
        published_at = COALESCE($8, published_at), fetched_at = $9, text = $10, html = $11, \
        content_hash = $12, status = 'edited', revision = revision + 1, updated_at = $9 \
        WHERE id = $1 RETURNING revision";
    Ok(on_tx!(tx, |c| {
        sqlx::query(KEEP)
            .bind(id)
            .bind(now)
            .execute(&mut *c)
            .await?;
        sqlx::query_scalar(UPDATE)
            .bind(id)
            .bind(&a.url)
            .bind(&a.canonical_url)
            .bind(&a.guid)
            .bind(&a.title)
            .bind(&a.byline)
            .bind(&a.lang)
            .bind(a.published_at)
            .bind(now)
            .bind(&a.text)
            .bind(&a.html)
            .bind(&a.content_hash)
            .fetch_one(&mut *c)
            .await?
    }))
}

const ARTICLE_COLUMNS: &str = "id, feed_id, outlet_id, url, canonical_url, guid, title, byline, \
    lang, published_at, text, html, content_hash, status, revision";

/// The articles of a feed, oldest first.
pub async fn list_by_feed(db: &Db, feed_id: i64) -> Result<Vec<ArticleRow>, DbError> {
    let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE feed_id = $1 ORDER BY id");
    Ok(on_pool!(db, |p| sqlx::query_as(&sql)
        .bind(feed_id)
        .fetch_all(p)
        .await)?)
}

/// The earlier versions of an article, oldest first.
pub async fn revisions(db: &Db, article_id: i64) -> Result<Vec<RevisionRow>, DbError> {
    const SQL: &str = "SELECT article_id, revision, title, text, html, content_hash, captured_at \
        FROM article_revisions WHERE article_id = $1 ORDER BY revision";
    Ok(on_pool!(db, |p| sqlx::query_as(SQL)
        .bind(article_id)
        .fetch_all(p)
        .await)?)
}
