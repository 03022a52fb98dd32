//! Feeds: the `feeds` table — what to fetch, the cache validators, the schedule, the error
//! count and the lease that lets several crawler workers share the work. No HTTP here: the
//! crawler decides, this module records.

use chrono::{DateTime, Utc};

use super::{tx::Tx, Db, DbError};
use crate::{on_pool, on_tx};

/// A `feeds` row with its outlet's extraction override: what a refresh starts from.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FeedRow {
    pub id: i64,
    pub outlet_id: i64,
    pub url: String,
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub last_fetched_at: Option<DateTime<Utc>>,
    pub next_check_at: DateTime<Utc>,
    pub check_interval_secs: i64,
    pub error_count: i32,
    pub disabled: bool,
    pub article_selector: Option<String>,
    /// The outlet's name, country and state affiliation: what claim detection needs to know.
    pub outlet_name: String,
    pub outlet_country: Option<String>,
    pub state_affiliated: bool,
}

/// A feed as listed by the CLI and the feeds page.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FeedListRow {
    pub id: i64,
    pub url: String,
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub outlet_id: i64,
    pub outlet_name: String,
    pub outlet_site_url: Option<String>,
    pub country: Option<String>,
    pub language: Option<String>,
    pub state_affiliated: bool,
    pub disabled: bool,
    pub disabled_reason: Option<String>,
    pub last_fetched_at: Option<DateTime<Utc>>,
    pub last_success_at: Option<DateTime<Utc>>,
    pub next_check_at: DateTime<Utc>,
    pub check_interval_secs: i64,
    pub error_count: i32,
    pub last_error: Option<String>,
    pub last_error_at: Option<DateTime<Utc>>,
    pub article_count: i64,
}

/// A feed to insert.
#[derive(Debug, Clone)]
pub struct NewFeed<'a> {
    pub outlet_id: i64,
    pub url: &'a str,
    pub title: Option<&'a str>,
    pub site_url: Option<&'a str>,
    /// Added disabled, with this reason (an OPML export of a disabled feed).
    pub disabled_reason: Option<&'a str>,
}

/// What a successful fetch (200 or 304) leaves on the feed.
#[derive(Debug, Clone, Default)]
pub struct FeedSuccess {
    /// `Some` after a 200: the new validators and the channel's title and link.
    pub fetched: Option<FetchedMeta>,
    pub now: DateTime<Utc>,
    pub next_check_at: DateTime<Utc>,
    pub interval_secs: i64,
}

/// Validators and channel metadata from a 200.
#[derive(Debug, Clone, Default)]
pub struct FetchedMeta {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub title: Option<String>,
    pub site_url: Option<String>,
}

/// What a failed fetch leaves on the feed.
#[derive(Debug, Clone)]
pub struct FeedFailure<'a> {
    pub now: DateTime<Utc>,
    pub error: &'a str,
    pub error_count: i32,
    /// `Some(reason)` disables the feed.
    pub disabled_reason: Option<&'a str>,
    pub next_check_at: DateTime<Utc>,
    pub interval_secs: i64,
}

const LIST_SQL: &str = "SELECT f.id, f.url, f.title, f.site_url, f.outlet_id, \
    o.name AS outlet_name, o.site_url AS outlet_site_url, o.country, o.language, \
    o.state_affiliated, f.disabled, f.disabled_reason, f.last_fetched_at, f.last_success_at, \
    f.next_check_at, f.check_interval_secs, f.error_count, f.last_error, f.last_error_at, \
    COALESCE(a.n, 0) AS article_count \
    FROM feeds f JOIN outlets o ON o.id = f.outlet_id \
    LEFT JOIN (SELECT feed_id, COUNT(*) AS n FROM articles GROUP BY feed_id) a ON a.feed_id = f.id \
    WHERE f.removed_at IS NULL";

/// Every feed (not removed) with its outlet and article count, by outlet then URL.
pub async fn list(db: &Db) -> Result<Vec<FeedListRow>, DbError> {
    let sql = format!("{LIST_SQL} ORDER BY o.name, f.url");
    Ok(on_pool!(db, |p| sqlx::query_as(&sql).fetch_all(p).await)?)
}

/// One feed as listed, if it exists and was not removed.
pub async fn get_listed(db: &Db, id: i64) -> Result<Option<FeedListRow>, DbError> {
    let sql = format!("{LIST_SQL} AND f.id = $1");
    Ok(on_pool!(db, |p| sqlx::query_as(&sql)
        .bind(id)
        .fetch_optional(p)
        .await)?)
}

/// The feed a refresh starts from, with its outlet's article selector.
pub async fn load_for_refresh(db: &Db, id: i64) -> Result<Option<FeedRow>, DbError> {
    const SQL: &str = "SELECT f.id, f.outlet_id, f.url, f.title, f.site_url, f.etag, \
        f.last_modified, f.last_fetched_at, f.next_check_at, f.check_interval_secs, \
        f.error_count, f.disabled, o.article_selector, o.name AS outlet_name, \
        o.country AS outlet_country, o.state_affiliated \
        FROM feeds f JOIN outlets o ON o.id = f.outlet_id WHERE f.id = $1";
    Ok(on_pool!(db, |p| sqlx::query_as(SQL)
        .bind(id)
        .fetch_optional(p)
        .await)?)
}

/// A feed row found by URL: a live feed, or one removed by an operator that adding the URL
/// again restores ([`restore`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct ExistingFeed {
    pub id: i64,
    pub removed: bool,
}

/// The feed with this exact URL, removed or not.
pub async fn find_by_url(tx: &mut Tx, url: &str) -> Result<Option<ExistingFeed>, DbError> {
    const SQL: &str = "SELECT id, removed_at IS NOT NULL AS removed FROM feeds WHERE url = $1";
    Ok(on_tx!(tx, |c| sqlx::query_as(SQL)
        .bind(url)
        .fetch_optional(&mut *c)
        .await)?)
}

/// Brings back a removed feed under `f`'s outlet, title and state, due at once and with a clean
/// error count. Its articles, their dedupe keys and the cache validators are kept, so the next
/// fetch stores only what is new. False when `id` is not a removed feed.
pub async fn restore(
    tx: &mut Tx,
    id: i64,
    f: &NewFeed<'_>,
    now: DateTime<Utc>,
) -> Result<bool, DbError> {
    const SQL: &str = "UPDATE feeds SET removed_at = NULL, outlet_id = $2, \
        title = COALESCE($3, title), site_url = COALESCE($4, site_url), \
        disabled = $5, disabled_reason = $6, error_count = 0, last_error = NULL, \
        last_error_at = NULL, next_check_at = $7, updated_at = $7 \
        WHERE id = $1 AND removed_at IS NOT NULL";
    let n = on_tx!(tx, |c| sqlx::query(SQL)
        .bind(id)
        .bind(f.outlet_id)
        .bind(f.title)
        .bind(f.site_url)
        .bind(f.disabled_reason.is_some())
        .bind(f.disabled_reason)
        .bind(now)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Inserts a feed, due at once. The caller checks for duplicates first ([`find_by_url`]); a
/// race is still caught by `feeds_url_key`.
pub async fn insert(tx: &mut Tx, f: &NewFeed<'_>, now: DateTime<Utc>) -> Result<i64, DbError> {
    const SQL: &str = "INSERT INTO feeds (outlet_id, url, title, site_url, next_check_at, \
        created_at, updated_at, disabled, disabled_reason) \
        VALUES ($1, $2, $3, $4, $5, $5, $5, $6, $7) RETURNING id";
    Ok(on_tx!(tx, |c| sqlx::query_scalar(SQL)
        .bind(f.outlet_id)
        .bind(f.url)
        .bind(f.title)
        .bind(f.site_url)
        .bind(now)
        .bind(f.disabled_reason.is_some())
        .bind(f.disabled_reason)
        .fetch_one(&mut *c)
        .await)?)
}

/// Disables a feed (with a reason) or enables it again; enabling clears the error count and
/// makes the feed due at once. False when there is no such feed (or it was removed).
pub async fn set_disabled(
    db: &Db,
    id: i64,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool, DbError> {
    const DISABLE: &str = "UPDATE feeds SET disabled = TRUE, disabled_reason = $2, \
        lease_owner = NULL, lease_expires_at = NULL, updated_at = $3 \
        WHERE id = $1 AND removed_at IS NULL";
    const ENABLE: &str = "UPDATE feeds SET disabled = FALSE, disabled_reason = NULL, \
        error_count = 0, next_check_at = $2, updated_at = $2 \
        WHERE id = $1 AND removed_at IS NULL";
    let n = match reason {
        Some(reason) => on_pool!(db, |p| sqlx::query(DISABLE)
            .bind(id)
            .bind(reason)
            .bind(now)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))?,
        None => on_pool!(db, |p| sqlx::query(ENABLE)
            .bind(id)
            .bind(now)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))?,
    };
    Ok(n == 1)
}

/// Removes a feed: hidden from every listing and never fetched again, but the row stays with
/// its articles, so that adding the same URL later [`restore`]s it instead of storing every
/// item a second time. False when there is no such feed (or it was already removed).
pub async fn remove(db: &Db, id: i64, now: DateTime<Utc>) -> Result<bool, DbError> {
    const SQL: &str = "UPDATE feeds SET removed_at = $2, disabled = TRUE, \
        disabled_reason = 'removed by an operator', lease_owner = NULL, \
        lease_expires_at = NULL, updated_at = $2 WHERE id = $1 AND removed_at IS NULL";
    let n = on_pool!(db, |p| sqlx::query(SQL)
        .bind(id)
        .bind(now)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Which feeds a pass claims.
#[derive(Debug, Clone, Copy)]
pub struct ClaimFilter {
    /// Feeds whose `next_check_at` is at or before this (now, or far ahead for `crawl --all`).
    /// A feed backing off after errors (a 429/503's `Retry-After`, exponential backoff) is
    /// taken only once its `next_check_at` has come, whatever this says.
    pub due_before: DateTime<Utc>,
    /// Only feeds not fetched since this instant (the pass start): a pass never takes a feed
    /// twice, whatever its new `next_check_at`.
    pub not_fetched_since: DateTime<Utc>,
}

/// Leases up to `limit` due, enabled, unleased (or lease-expired) feeds to `owner` until
/// `lease_until`, oldest due first, and returns their ids.
///
/// PostgreSQL: the candidate rows are locked with `FOR UPDATE SKIP LOCKED`, so concurrent
/// workers in other processes never claim the same feed; a worker that dies leaves leases that
/// simply expire. SQLite runs one writer at a time, so the single `UPDATE … RETURNING` is
/// atomic on its own.
pub async fn claim_due(
    db: &Db,
    owner: &str,
    filter: ClaimFilter,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<i64>, DbError> {
    const CANDIDATES: &str = "SELECT id FROM feeds WHERE NOT disabled AND next_check_at <= $3 \
        AND (error_count = 0 OR next_check_at <= $4) \
        AND (lease_expires_at IS NULL OR lease_expires_at <= $4) \
        AND (last_fetched_at IS NULL OR last_fetched_at < $5) \
        ORDER BY next_check_at, id LIMIT $6";
    let sql = match db {
        Db::Sqlite(_) => format!(
            "UPDATE feeds SET lease_owner = $1, lease_expires_at = $2 \
             WHERE id IN ({CANDIDATES}) RETURNING id"
        ),
        Db::Postgres(_) => format!(
            "UPDATE feeds SET lease_owner = $1, lease_expires_at = $2 \
             WHERE id IN ({CANDIDATES} FOR UPDATE SKIP LOCKED) RETURNING id"
        ),
    };
    Ok(on_pool!(db, |p| sqlx::query_scalar(&sql)
        .bind(owner)
        .bind(lease_until)
        .bind(filter.due_before)
        .bind(now)
        .bind(filter.not_fetched_since)
        .bind(limit)
        .fetch_all(p)
        .await)?)
}

/// How many feeds [`claim_due`] could still hand out with this filter (for progress bars).
pub async fn count_due(db: &Db, filter: ClaimFilter, now: DateTime<Utc>) -> Result<i64, DbError> {
    const SQL: &str = "SELECT COUNT(*) FROM feeds WHERE NOT disabled AND next_check_at <= $1 \
        AND (error_count = 0 OR next_check_at <= $2) \
        AND (lease_expires_at IS NULL OR lease_expires_at <= $2) \
        AND (last_fetched_at IS NULL OR last_fetched_at < $3)";
    Ok(on_pool!(db, |p| sqlx::query_scalar(SQL)
        .bind(filter.due_before)
        .bind(now)
        .bind(filter.not_fetched_since)
        .fetch_one(p)
        .await)?)
}

/// The earliest `next_check_at` of an enabled feed (the scheduler sleeps until then).
pub async fn next_due_at(db: &Db) -> Result<Option<DateTime<Utc>>, DbError> {
    const SQL: &str = "SELECT MIN(next_check_at) FROM feeds WHERE NOT disabled";
    Ok(on_pool!(db, |p| sqlx::query_scalar(SQL)
        .fetch_one(p)
        .await)?)
}

/// Gives back every lease `owner` holds (a scheduler stopping cleanly).
pub async fn release_leases(db: &Db, owner: &str) -> Result<u64, DbError> {
    const SQL: &str =
        "UPDATE feeds SET lease_owner = NULL, lease_expires_at = NULL WHERE lease_owner = $1";
    Ok(on_pool!(db, |p| sqlx::query(SQL)
        .bind(owner)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?)
}

const RECORD_FETCHED: &str = "UPDATE feeds SET etag = $2, last_modified = $3, \
    title = COALESCE($4, title), site_url = COALESCE($5, site_url), \
    last_fetched_at = $6, last_success_at = $6, next_check_at = $7, \
    check_interval_secs = $8, error_count = 0, last_error = NULL, last_error_at = NULL, \
    lease_owner = NULL, lease_expires_at = NULL, updated_at = $6 WHERE id = $1";
const RECORD_NOT_MODIFIED: &str = "UPDATE feeds SET \
    last_fetched_at = $2, last_success_at = $2, next_check_at = $3, \
    check_interval_secs = $4, error_count = 0, last_error = NULL, last_error_at = NULL, \
    lease_owner = NULL, lease_expires_at = NULL, updated_at = $2 WHERE id = $1";

/// Records a 200 or 304: errors reset, validators and metadata stored (after a 200), next
/// check scheduled, lease released. Runs in the refresh's transaction.
pub async fn record_success(tx: &mut Tx, id: i64, s: &FeedSuccess) -> Result<(), DbError> {
    on_tx!(tx, |c| match &s.fetched {
        Some(m) => sqlx::query(RECORD_FETCHED)
            .bind(id)
            .bind(&m.etag)
            .bind(&m.last_modified)
            .bind(&m.title)
            .bind(&m.site_url)
            .bind(s.now)
            .bind(s.next_check_at)
            .bind(s.interval_secs)
            .execute(&mut *c)
            .await
            .map(|r| r.rows_affected()),
        None => sqlx::query(RECORD_NOT_MODIFIED)
            .bind(id)
            .bind(s.now)
            .bind(s.next_check_at)
            .bind(s.interval_secs)
            .execute(&mut *c)
            .await
            .map(|r| r.rows_affected()),
    })?;
    Ok(())
}

/// Records a 304 (`s.fetched` is ignored): the same single `UPDATE` as [`record_success`], on
/// its own — one statement is atomic without a transaction, and saves the `BEGIN`/`COMMIT`
/// round trips for the most common refresh outcome.
pub async fn record_not_modified(db: &Db, id: i64, s: &FeedSuccess) -> Result<(), DbError> {
    on_pool!(db, |p| sqlx::query(RECORD_NOT_MODIFIED)
        .bind(id)
        .bind(s.now)
        .bind(s.next_check_at)
        .bind(s.interval_secs)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Records a failed refresh: error kept for the UI, count bumped, maybe disabled, next check
/// backed off, lease released.
pub async fn record_failure(db: &Db, id: i64, f: &FeedFailure<'_>) -> Result<(), DbError> {
    const SQL: &str = "UPDATE feeds SET last_fetched_at = $2, last_error = $3, \
        last_error_at = $2, error_count = $4, \
        disabled = CASE WHEN $5 IS NULL THEN disabled ELSE TRUE END, \
        disabled_reason = COALESCE($5, disabled_reason), next_check_at = $6, \
        check_interval_secs = $7, lease_owner = NULL, lease_expires_at = NULL, updated_at = $2 \
        WHERE id = $1";
    on_pool!(db, |p| sqlx::query(SQL)
        .bind(id)
        .bind(f.now)
        .bind(f.error)
        .bind(f.error_count)
        .bind(f.disabled_reason)
        .bind(f.next_check_at)
        .bind(f.interval_secs)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}
