//! The crawler: feeds in the database → fetched, parsed, deduplicated, extracted articles in
//! the database → claim detection. Built on `pollwatch-crawl` (network and parsing, no
//! database); this module owns the orchestration only.
//!
//! - [`refresh`]: `refresh_feed`, the algorithm for one feed, top to bottom.
//! - [`scheduler`]: a crawl pass (claim due feeds with a lease, refresh them with a global and a
//!   per-host concurrency limit) and the background scheduler that runs passes in `serve`.
//!
//! It must not parse HTTP or HTML itself (that is `pollwatch-crawl`) nor write SQL (that is
//! `db`).

pub mod refresh;
pub mod scheduler;
mod store;
mod workers;

use std::{sync::Arc, time::Duration};

use pollwatch_crawl::{Fetcher, FetcherConfig, HostLimiter, RobotsCache, ScheduleConfig};

use crate::server::{db::Db, service::claims::ClaimsEngine};

pub use refresh::{FeedOutcome, FeedReport, RefreshError};
pub use scheduler::{PassMode, PassStats, SchedulerHandle};

/// The product token matched against robots.txt groups.
pub const ROBOTS_AGENT: &str = "pollwatch";

/// Knobs of the crawler. `Default` gives production values.
#[derive(Debug, Clone)]
pub struct CrawlerConfig {
    /// Interval bounds, backoff, and the consecutive failures after which a feed is disabled.
    pub schedule: ScheduleConfig,
    /// Feeds fetched at once by one process (feed, pages). Their writes and claim detection
    /// run outside these slots, at most as many of each waiting (see `run_pass`).
    pub concurrency: usize,
    /// Requests in flight to one host (feeds, pages) — politeness.
    pub per_host: usize,
    /// Article pages fetched at once for one feed (the per-host limit applies on top).
    pub page_concurrency: usize,
    /// How long a claimed feed stays leased to this worker if it never reports back.
    pub lease: Duration,
    /// Fetch each new item's page and extract its text (off: keep the feed's own text).
    pub fetch_pages: bool,
    /// The HTTP client's settings, including the SSRF allow-list.
    pub fetcher: FetcherConfig,
    /// Hand new and changed articles to claim detection (off only to measure the crawler alone).
    pub detect_claims: bool,
}

impl Default for CrawlerConfig {
    fn default() -> Self {
        Self {
            schedule: ScheduleConfig::default(),
            concurrency: 16,
            per_host: 2,
            page_concurrency: 4,
            lease: Duration::from_secs(15 * 60),
            fetch_pages: true,
            fetcher: FetcherConfig::default(),
            detect_claims: true,
        }
    }
}

/// A crawler bound to one database. Cheap to clone.
#[derive(Clone)]
pub struct Crawler {
    inner: Arc<Inner>,
}

struct Inner {
    db: Db,
    fetcher: Fetcher,
    limiter: HostLimiter,
    robots: RobotsCache,
    claims: Arc<ClaimsEngine>,
    cfg: CrawlerConfig,
    /// Names this worker in `feeds.lease_owner`.
    owner: String,
    /// SQLite has one writer: refreshes of this process queue here for their write
    /// transaction instead of spinning in SQLite's busy handler.
    sqlite_writer: tokio::sync::Mutex<()>,
    /// Feed writes waiting for SQLite's writer, group-committed by whoever holds it
    /// (`store.rs`).
    pending_writes: std::sync::Mutex<Vec<store::Queued>>,
    /// Claim detection, one thread per core (`workers.rs`): the CPU work cannot go faster
    /// than the cores, and the engine's regex caches then exist once per thread.
    claims_workers: workers::Workers,
}

impl std::fmt::Debug for Crawler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Crawler")
            .field("owner", &self.inner.owner)
            .field("cfg", &self.inner.cfg)
            .finish_non_exhaustive()
    }
}

impl Crawler {
    /// A crawler with its own fetcher; loads the claims engine once.
    pub async fn new(db: Db, cfg: CrawlerConfig) -> anyhow::Result<Self> {
        use anyhow::Context;
        let fetcher = Fetcher::new(cfg.fetcher.clone()).context("building the HTTP client")?;
        let claims = ClaimsEngine::load(&db)
            .await
            .context("loading the claims engine")?;
        Self::with_parts(db, cfg, fetcher, claims)
    }

    /// A crawler with its own fetcher sharing a loaded claims engine (the server's).
    pub fn with_claims(
        db: Db,
        cfg: CrawlerConfig,
        claims: Arc<ClaimsEngine>,
    ) -> anyhow::Result<Self> {
        use anyhow::Context;
        let fetcher = Fetcher::new(cfg.fetcher.clone()).context("building the HTTP client")?;
        Self::with_parts(db, cfg, fetcher, claims)
    }

    /// A crawler from ready parts (tests and benchmarks inject a fetcher).
    pub fn with_parts(
        db: Db,
        cfg: CrawlerConfig,
        fetcher: Fetcher,
        claims: Arc<ClaimsEngine>,
    ) -> anyhow::Result<Self> {
        use anyhow::Context;
        let claims_workers = workers::Workers::new(
            std::thread::available_parallelism().map_or(2, |n| n.get()),
            "pollwatch-claims",
        )
        .context("starting the claim-detection threads")?;
        let owner = format!(
            "{}-{}",
            std::process::id(),
            &uuid::Uuid::new_v4().simple().to_string()[..12]
        );
        Ok(Self {
            inner: Arc::new(Inner {
                robots: RobotsCache::new(fetcher.clone(), ROBOTS_AGENT),
                limiter: HostLimiter::new(cfg.per_host),
                db,
                fetcher,
                claims,
                cfg,
                owner,
                sqlite_writer: tokio::sync::Mutex::new(()),
                pending_writes: std::sync::Mutex::new(Vec::new()),
                claims_workers,
            }),
        })
    }

    /// The lease owner name of this worker.
    pub fn owner(&self) -> &str {
        &self.inner.owner
    }

    pub fn db(&self) -> &Db {
        &self.inner.db
    }

    pub fn config(&self) -> &CrawlerConfig {
        &self.inner.cfg
    }

    /// Held around a write transaction on SQLite (nothing on PostgreSQL).
    async fn write_turn(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match self.inner.db {
            Db::Sqlite(_) => Some(self.inner.sqlite_writer.lock().await),
            Db::Postgres(_) => None,
        }
    }
}
