//! Claim detection on stored articles and on free text: the step the crawler runs on every new
//! article, and what `pollwatch extract` and `POST /v1/extract` call. One code path for all.

use std::{collections::HashMap, sync::Arc};

use anyhow::Context as _;
use pollwatch_claims::{Context, Document, ElectionCalendar, ExtractResult, Registry};

use crate::server::db::{
    self,
    claims::{ArticleClaims, ArticleForClaims, NewClaim},
    Db,
};

/// The registry and calendar, loaded from the database, ready to extract claims.
#[derive(Debug)]
pub struct ClaimsEngine {
    registry: Registry,
    calendar: Arc<ElectionCalendar>,
    /// Database id of each registry slug.
    pollster_ids: HashMap<String, i64>,
}

/// Seeds the pollster registry and the election calendar from the data files shipped in the
/// repository (`data/pollsters.csv`, `data/elections.csv`) when the tables are empty.
pub async fn seed_defaults(db: &Db) -> anyhow::Result<()> {
    if db::pollsters::count(db).await? == 0 {
        let n = db::pollsters::import(db, Registry::builtin().records()).await?;
        tracing::info!(
            inserted = n.inserted,
            "seeded the pollster registry from data/pollsters.csv"
        );
    }
    if db::elections::all(db).await?.is_empty() {
        let n = db::elections::import(db, ElectionCalendar::builtin().elections()).await?;
        tracing::info!(
            inserted = n,
            "seeded the election calendar from data/elections.csv"
        );
    }
    Ok(())
}

impl ClaimsEngine {
    /// Loads the pollster registry and election calendar from the database.
    pub async fn load(db: &Db) -> anyhow::Result<Arc<ClaimsEngine>> {
        let records = db::pollsters::all(db)
            .await
            .context("reading the pollster registry")?;
        let registry = Registry::from_records(records).context("building the pollster registry")?;
        let calendar = ElectionCalendar::new(
            db::elections::all(db)
                .await
                .context("reading the election calendar")?,
        );
        let pollster_ids = db::pollsters::ids_by_slug(db).await?;
        Ok(Arc::new(ClaimsEngine {
            registry,
            calendar: Arc::new(calendar),
            pollster_ids,
        }))
    }

    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// The extraction context for an outlet.
    pub fn context(&self, state_affiliated: bool, country: Option<String>) -> Context {
        Context {
            state_affiliated,
            country,
            calendar: self.calendar.clone(),
        }
    }

    /// Claims in a free-standing document.
    pub fn extract(&self, doc: &Document, ctx: &Context) -> ExtractResult {
        pollwatch_claims::extract(doc, ctx, &self.registry)
    }

    /// Detects the claims of article `article_id` (its current revision), replaces the claims
    /// stored for it and returns how many were found.
    pub async fn process_article(&self, db: &Db, article_id: i64) -> anyhow::Result<usize> {
        let Some(mut article) = db::claims::article_for_claims(db, article_id).await? else {
            anyhow::bail!("article {article_id} does not exist");
        };
        let result = self.detect(&mut article);
        self.store(db, &article, &result).await
    }

    /// Claims in an article the caller already holds (its text and outlet): CPU work only, no
    /// database — run it off the async workers (`spawn_blocking`). The text is lent to the
    /// extractor and given back.
    pub fn detect(&self, article: &mut ArticleForClaims) -> ExtractResult {
        let doc = Document {
            id: Some(article.id.to_string()),
            text: std::mem::take(&mut article.text),
            lang: article.lang.clone(),
            url: Some(article.url.clone()),
            published_at: article.published_at.map(|d| d.fixed_offset()),
            outlet: article.outlet_name.clone(),
        };
        let ctx = self.context(
            article.state_affiliated.unwrap_or(false),
            article.outlet_country.clone(),
        );
        let result = self.extract(&doc, &ctx);
        article.text = doc.text;
        result
    }

    /// Stores what [`ClaimsEngine::detect`] found in several articles (a crawled feed's) in one
    /// transaction, like [`ClaimsEngine::process_article`] does for one. `fresh[i]`: article `i`
    /// was just inserted, so it has no stored claims to replace. Returns the claims per article.
    pub async fn store_batch(
        &self,
        db: &Db,
        detected: &[(ArticleForClaims, ExtractResult)],
        fresh: &[bool],
    ) -> anyhow::Result<Vec<usize>> {
        let claims: Vec<Vec<NewClaim<'_>>> =
            detected.iter().map(|(_, r)| self.new_claims(r)).collect();
        let batch: Vec<ArticleClaims<'_>> = detected
            .iter()
            .zip(&claims)
            .zip(fresh)
            .map(|(((article, _), claims), &fresh)| ArticleClaims {
                article,
                claims,
                fresh,
            })
            .collect();
        db::claims::replace_for_articles(db, &batch)
            .await
            .context("storing the claims of a batch of articles")?;
        Ok(claims.iter().map(Vec::len).collect())
    }

    /// Stores what [`ClaimsEngine::detect`] found in one article (replacing its stored claims).
    pub async fn store(
        &self,
        db: &Db,
        article: &ArticleForClaims,
        result: &ExtractResult,
    ) -> anyhow::Result<usize> {
        let new = self.new_claims(result);
        db::claims::replace_for_article(db, article, &new)
            .await
            .with_context(|| format!("storing the claims of article {}", article.id))?;
        Ok(new.len())
    }

    fn new_claims<'a>(&self, result: &'a ExtractResult) -> Vec<NewClaim<'a>> {
        result
            .claims
            .iter()
            .map(|c| NewClaim {
                claim: c,
                pollster_id: c
                    .pollster
                    .registry_id
                    .as_ref()
                    .and_then(|slug| self.pollster_ids.get(slug).copied()),
                lang: &result.lang,
            })
            .collect()
    }
}
