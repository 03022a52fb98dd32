//! Claim detection on stored articles: the step the crawler runs on every new article.

use std::sync::Arc;

use crate::server::db::Db;

/// Finds, parses and flags the poll claims of stored articles.
#[derive(Debug, Default)]
pub struct ClaimsEngine {}

impl ClaimsEngine {
    /// Loads the pollster registry and election calendar from the database.
    pub async fn load(_db: &Db) -> anyhow::Result<Arc<ClaimsEngine>> {
        Ok(Arc::new(ClaimsEngine {}))
    }

    /// Detects the claims of article `article_id` (its current revision), replaces the claims
    /// stored for it and returns how many were found.
    pub async fn process_article(&self, _db: &Db, _article_id: i64) -> anyhow::Result<usize> {
        Ok(0)
    }
}
