//! Outlets: the news organisations whose feeds are crawled. Owns the `outlets` table; knows
//! nothing about HTTP or the feeds themselves.

use chrono::{DateTime, Utc};

use super::{tx::Tx, Db, DbError};
use crate::on_tx;

/// An `outlets` row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutletRow {
    pub id: i64,
    pub name: String,
    pub site_url: Option<String>,
    pub country: Option<String>,
    pub language: Option<String>,
    pub state_affiliated: bool,
    pub article_selector: Option<String>,
}

/// What is known about an outlet when a feed of it is added. `None` fields leave an existing
/// outlet's value alone.
#[derive(Debug, Clone, Default)]
pub struct NewOutlet {
    pub name: String,
    pub site_url: Option<String>,
    pub country: Option<String>,
    pub language: Option<String>,
    pub state_affiliated: Option<bool>,
}

/// Finds the outlet named `o.name` or creates it, and returns its id. Given attributes
/// overwrite the stored ones (an import refreshes the registry); `None` keeps them.
pub async fn upsert(tx: &mut Tx, o: &NewOutlet, now: DateTime<Utc>) -> Result<i64, DbError> {
    const FIND: &str = "SELECT id FROM outlets WHERE name = $1";
    const UPDATE: &str = "UPDATE outlets SET site_url = COALESCE($2, site_url), \
        country = COALESCE($3, country), language = COALESCE($4, language), \
        state_affiliated = COALESCE($5, state_affiliated), updated_at = $6 WHERE id = $1";
    const INSERT: &str = "INSERT INTO outlets (name, site_url, country, language, \
        state_affiliated, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id";
    let id = on_tx!(tx, |c| {
        let existing: Option<i64> = sqlx::query_scalar(FIND)
            .bind(&o.name)
            .fetch_optional(&mut *c)
            .await?;
        match existing {
            Some(id) => {
                sqlx::query(UPDATE)
                    .bind(id)
                    .bind(&o.site_url)
                    .bind(&o.country)
                    .bind(&o.language)
                    .bind(o.state_affiliated)
                    .bind(now)
                    .execute(&mut *c)
                    .await?;
                id
            }
            None => {
                sqlx::query_scalar::<_, i64>(INSERT)
                    .bind(&o.name)
                    .bind(&o.site_url)
                    .bind(&o.country)
                    .bind(&o.language)
                    .bind(o.state_affiliated.unwrap_or(false))
                    .bind(now)
                    .fetch_one(&mut *c)
                    .await?
            }
        }
    });
    Ok(id)
}

/// Every outlet, by name.
pub async fn list(db: &Db) -> Result<Vec<OutletRow>, DbError> {
    const SQL: &str = "SELECT id, name, site_url, country, language, state_affiliated, \
                       article_selector FROM outlets ORDER BY name";
    Ok(crate::on_pool!(db, |p| sqlx::query_as(SQL)
        .fetch_all(p)
        .await)?)
}

/// Sets (or clears) the CSS selector that overrides article extraction for an outlet.
pub async fn set_article_selector(
    db: &Db,
    outlet_id: i64,
    selector: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool, DbError> {
    const SQL: &str = "UPDATE outlets SET article_selector = $2, updated_at = $3 WHERE id = $1";
    let n = crate::on_pool!(db, |p| sqlx::query(SQL)
        .bind(outlet_id)
        .bind(selector)
        .bind(now)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}
