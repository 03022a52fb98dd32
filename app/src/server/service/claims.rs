//! Claim detection on stored articles and on free text: the step the crawler runs on every new
//! article, and what `pollwatch extract` and `POST /v1/extract` call. One code path for all.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, RwLock},
    time::{Duration, Instant},
};

use anyhow::Context as _;
use pollwatch_claims::{
    Context, Document, ElectionCalendar, ExtractFailed, ExtractResult, Registry,
};

use crate::server::db::{
    self,
    claims::{ArticleClaims, ArticleForClaims, NewClaim},
    Db,
};

/// The registry and calendar, loaded from the database, ready to extract claims. A long-running
/// process (`serve`, its scheduler) calls [`ClaimsEngine::refresh`] before work: when the
/// registry or calendar changed in the database (`pollwatch pollsters add|import` from another
/// process, another instance), they are reloaded, so no restart is needed.
#[derive(Debug)]
pub struct ClaimsEngine {
    current: RwLock<Arc<Loaded>>,
    /// How often [`ClaimsEngine::refresh`] asks the database whether anything changed.
    recheck: Duration,
    last_check: Mutex<Instant>,
}

/// One loaded state of the registry and calendar.
#[derive(Debug)]
pub struct Loaded {
    registry: Registry,
    calendar: Arc<ElectionCalendar>,
    /// Database id of each registry slug.
    pollster_ids: HashMap<String, i64>,
    fingerprint: String,
}

impl Loaded {
    async fn read(db: &Db) -> anyhow::Result<Loaded> {
        // Read the fingerprint first: a change that lands while the rest is read makes the
        // next refresh reload again rather than be missed.
        let fingerprint = db::pollsters::fingerprint(db).await?;
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
        Ok(Loaded {
            registry,
            calendar: Arc::new(calendar),
            pollster_ids,
            fingerprint,
        })
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
}

/// Default for [`ClaimsEngine::refresh`]: at most one check of the database every 10 seconds.
pub const DEFAULT_RECHECK: Duration = Duration::from_secs(10);

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
        Self::load_with(db, DEFAULT_RECHECK).await
    }

    /// Like [`ClaimsEngine::load`], checking for changes at most once per `recheck`.
    pub async fn load_with(db: &Db, recheck: Duration) -> anyhow::Result<Arc<ClaimsEngine>> {
        Ok(Arc::new(ClaimsEngine {
            current: RwLock::new(Arc::new(Loaded::read(db).await?)),
            recheck,
            last_check: Mutex::new(Instant::now()),
        }))
    }

    /// Reloads the registry and calendar if they changed in the database since they were
    /// loaded; asks the database at most once per recheck interval (cheap to call before every
    /// request or pass). Returns whether it reloaded.
    pub async fn refresh(&self, db: &Db) -> anyhow::Result<bool> {
        {
            let mut last = self.last_check.lock().unwrap_or_else(|e| e.into_inner());
            if last.elapsed() < self.recheck {
                return Ok(false);
            }
            *last = Instant::now();
        }
        let fingerprint = db::pollsters::fingerprint(db)
            .await
            .context("checking the pollster registry for changes")?;
        if fingerprint == self.snapshot().fingerprint {
            return Ok(false);
        }
        let loaded = Loaded::read(db).await?;
        tracing::info!(
            pollsters = loaded.pollster_ids.len(),
            "pollster registry and election calendar reloaded"
        );
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(loaded);
        Ok(true)
    }

    /// The registry and calendar as loaded now.
    pub fn snapshot(&self) -> Arc<Loaded> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Claims in a document from an outlet (state-affiliated or not, its country), against one
    /// loaded state of the registry and calendar.
    pub fn extract(
        &self,
        doc: &Document,
        state_affiliated: bool,
        country: Option<String>,
    ) -> Result<ExtractResult, ExtractFailed> {
        let loaded = self.snapshot();
        let ctx = loaded.context(state_affiliated, country);
        pollwatch_claims::try_extract(doc, &ctx, &loaded.registry)
    }

    /// Detects the claims of article `article_id` (its current revision), replaces the claims
    /// stored for it and returns how many were found.
    pub async fn process_article(&self, db: &Db, article_id: i64) -> anyhow::Result<usize> {
        let Some(mut article) = db::claims::article_for_claims(db, article_id).await? else {
            anyhow::bail!("article {article_id} does not exist");
        };
        let result = self.detect(&mut article)?;
        self.store(db, &article, &result).await
    }

    /// Claims in an article the caller already holds (its text and outlet): CPU work only, no
    /// database — run it off the async workers (`spawn_blocking`). The text is lent to the
    /// extractor and given back.
    pub fn detect(&self, article: &mut ArticleForClaims) -> Result<ExtractResult, ExtractFailed> {
        let doc = Document {
            id: Some(article.id.to_string()),
            text: std::mem::take(&mut article.text),
            lang: article.lang.clone(),
            url: Some(article.url.clone()),
            published_at: article.published_at.map(|d| d.fixed_offset()),
            outlet: article.outlet_name.clone(),
        };
        let result = self.extract(
            &doc,
            article.state_affiliated.unwrap_or(false),
            article.outlet_country.clone(),
        );
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
        let loaded = self.snapshot();
        let claims: Vec<Vec<NewClaim<'_>>> = detected
            .iter()
            .map(|(_, r)| new_claims(&loaded, r))
            .collect();
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
        let new = new_claims(&self.snapshot(), result);
        db::claims::replace_for_article(db, article, &new)
            .await
            .with_context(|| format!("storing the claims of article {}", article.id))?;
        Ok(new.len())
    }
}

/// The rows to store for `result`, with each registry pollster's database id in `loaded`.
fn new_claims<'a>(loaded: &Loaded, result: &'a ExtractResult) -> Vec<NewClaim<'a>> {
    result
        .claims
        .iter()
        .map(|c| NewClaim {
            claim: c,
            pollster_id: c
                .pollster
                .registry_id
                .as_ref()
                .and_then(|slug| loaded.pollster_ids.get(slug).copied()),
            lang: &result.lang,
        })
        .collect()
}
