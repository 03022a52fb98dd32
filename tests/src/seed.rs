//! Rows for tests, written straight into a test database (the product's own write paths are
//! tested where they are built).

use app::{on_pool, server::db::Db};
use chrono::{DateTime, Utc};

fn now() -> DateTime<Utc> {
    Utc::now()
}

/// An outlet; returns its id.
pub async fn outlet(db: &Db, name: &str, state_affiliated: bool) -> i64 {
    let sql =
        "INSERT INTO outlets (name, country, language, state_affiliated, created_at, updated_at) \
               VALUES ($1, 'FR', 'fr', $2, $3, $3) RETURNING id";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql)
        .bind(name)
        .bind(state_affiliated)
        .bind(now())
        .fetch_one(p)
        .await)
    .expect("insert outlet")
}

/// A feed of `outlet_id`; returns its id.
pub async fn feed(db: &Db, outlet_id: i64, url: &str) -> i64 {
    let sql = "INSERT INTO feeds (outlet_id, url, next_check_at, created_at, updated_at) \
               VALUES ($1, $2, $3, $3, $3) RETURNING id";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql)
        .bind(outlet_id)
        .bind(url)
        .bind(now())
        .fetch_one(p)
        .await)
    .expect("insert feed")
}

/// An article of `feed_id`; returns its id.
pub async fn article(db: &Db, feed_id: i64, url: &str, text: &str) -> i64 {
    let sql = "INSERT INTO articles (feed_id, url, canonical_url, guid, title, fetched_at, text, content_hash, created_at, updated_at) \
               VALUES ($1, $2, $2, $2, 'Test article', $3, $4, $5, $3, $3) RETURNING id";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql)
        .bind(feed_id)
        .bind(url)
        .bind(now())
        .bind(text)
        .bind(format!("hash-{url}"))
        .fetch_one(p)
        .await)
    .expect("insert article")
}

/// A poll claim in `article_id` with the given flag codes; returns its id.
pub async fn claim(db: &Db, article_id: i64, flags: &[&str]) -> i64 {
    let sql = "INSERT INTO claims (article_id, span_start, span_end, quote, risk, created_at, updated_at) \
               VALUES ($1, 0, 10, 'a quote', 0.5, $2, $2) RETURNING id";
    let id = on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql)
        .bind(article_id)
        .bind(now())
        .fetch_one(p)
        .await)
    .expect("insert claim");
    for code in flags {
        let sql = "INSERT INTO claim_flags (claim_id, code, detail) VALUES ($1, $2, 'test')";
        on_pool!(db, |p| sqlx::query(sql)
            .bind(id)
            .bind(*code)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .expect("insert flag");
    }
    id
}

/// A verdict with `status` (draft | published | retracted); returns its id.
pub async fn verdict(db: &Db, slug: &str, status: &str) -> i64 {
    let sql = "INSERT INTO verdicts (slug, rating, headline, summary, status, published_at, created_at, updated_at) \
               VALUES ($1, 'fake', 'A headline', 'A summary', $2, $3, $3, $3) RETURNING id";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql)
        .bind(slug)
        .bind(status)
        .bind(now())
        .fetch_one(p)
        .await)
    .expect("insert verdict")
}
