//! Crawl passes and the background scheduler.
//!
//! A pass claims due feeds in small batches with a lease (`db::feeds::claim_due`: `FOR UPDATE
//! SKIP LOCKED` on PostgreSQL, so several `pollwatch` processes share the work and no feed is
//! fetched twice) and refreshes them in stages: at most `concurrency` feeds fetching (feed and
//! pages; the per-host limit applies inside), and beside them the writes of fetched feeds and
//! the claim detection of stored articles, each at most `concurrency` deep, so a fetch slot
//! never waits for SQLite's one writer. A feed fetched during a pass is never claimed again by
//! the same pass. The scheduler runs a pass, sleeps until the next feed is due (at most
//! `tick`), and stops at the next await point when told to, giving back its leases.

use std::{
    collections::VecDeque,
    sync::Arc,
    time::{Duration, Instant},
};

use chrono::Utc;
use tokio::{sync::watch, task::JoinHandle};
use tracing::Instrument;

use super::{
    refresh::{FeedOutcome, FeedReport, PendingClaims, Stage},
    Crawler,
};
use crate::server::{
    db::{self, feeds::ClaimFilter, Db, DbError},
    service::claims::ClaimsEngine,
};

/// Which feeds a pass takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassMode {
    /// Feeds whose `next_check_at` has come.
    Due,
    /// Every enabled feed, due or not (`pollwatch crawl --all`).
    All,
}

/// Totals of a pass.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PassStats {
    /// Feeds refreshed (whatever the outcome).
    pub feeds: usize,
    /// 200s parsed and stored.
    pub fetched: usize,
    /// 304s.
    pub not_modified: usize,
    pub failed: usize,
    /// Feeds disabled by this pass.
    pub disabled: usize,
    pub new_articles: usize,
    pub changed_articles: usize,
    pub elapsed: Duration,
}

impl PassStats {
    fn add(&mut self, r: &FeedReport) {
        match &r.outcome {
            FeedOutcome::Skipped => return,
            FeedOutcome::Fetched { new, changed } => {
                self.fetched += 1;
                self.new_articles += new;
                self.changed_articles += changed;
            }
            FeedOutcome::NotModified => self.not_modified += 1,
            FeedOutcome::Failed { disabled, .. } => {
                self.failed += 1;
                self.disabled += usize::from(*disabled);
            }
        }
        self.feeds += 1;
    }
}

impl Crawler {
    /// How many feeds a pass in `mode` starting now would take (for a progress bar).
    pub async fn count_pending(&self, mode: PassMode) -> Result<i64, DbError> {
        let now = Utc::now();
        db::feeds::count_due(&self.inner.db, filter(mode, now), now).await
    }

    /// Runs one pass: claims and refreshes feeds until none is left for it. `on_feed` is called
    /// after each feed (progress bars).
    pub async fn run_pass(
        &self,
        mode: PassMode,
        on_feed: Option<&(dyn Fn(&FeedReport) + Sync)>,
    ) -> Result<PassStats, DbError> {
        let started = Instant::now();
        // Pollsters added or edited since the engine was loaded apply from this pass on.
        if self.inner.cfg.detect_claims {
            if let Err(e) = self.inner.claims.refresh(&self.inner.db).await {
                tracing::warn!(error = format!("{e:#}"), "pollster registry not reloaded");
            }
        }
        let filter = filter(mode, Utc::now());
        let concurrency = self.inner.cfg.concurrency.max(1);
        let mut stats = PassStats::default();
        let mut queue: VecDeque<i64> = VecDeque::new();
        // Refreshes run as tasks so they progress while this loop waits on the database for
        // the next claim (a refresh may hold a pooled connection mid-transaction). Dropping
        // the pass (scheduler shutdown) aborts them.
        let mut in_flight = tokio::task::JoinSet::new();
        // A refresh's later steps run outside the `concurrency` fetch slots, so a slot is free
        // for the next feed once its feed and pages are in: its write (`storing`: waiting for
        // SQLite's one writer is not the network's time) and the claim detection of its new
        // articles (`detecting`, beside the next feeds' fetches). At most `concurrency` of
        // each wait at once (they hold the articles' text); beyond that no new feed starts.
        let mut storing = tokio::task::JoinSet::<(FeedReport, Option<PendingClaims>)>::new();
        let mut detecting = tokio::task::JoinSet::new();
        let mut exhausted = false;
        let mut done = |report: &FeedReport| {
            stats.add(report);
            if let Some(cb) = on_feed {
                cb(report);
            }
        };
        loop {
            // Keep at most one round of workers' worth of feeds claimed ahead, so leases are
            // not taken on feeds this process will not get to soon; refill when half of it is
            // gone, so a claim (a write) is one statement per several feeds, not one per feed.
            if !exhausted && queue.len() <= concurrency / 2 {
                let room = (2 * concurrency).saturating_sub(in_flight.len() + queue.len());
                if room > 0 {
                    let batch = self.claim_batch(filter, room).await?;
                    exhausted = batch.is_empty();
                    queue.extend(batch);
                }
            }
            while in_flight.len() < concurrency
                && storing.len() < concurrency
                && detecting.len() < concurrency
            {
                let Some(id) = queue.pop_front() else { break };
                let crawler = self.clone();
                in_flight.spawn(async move { crawler.fetch_stage(id).await });
            }
            tokio::select! {
                Some(detected) = detecting.join_next() => {
                    if let Err(e) = detected {
                        tracing::error!(error = %e, "claim detection task failed");
                    }
                }
                Some(stored) = storing.join_next() => match stored {
                    Ok((report, claims)) => {
                        if let Some(claims) = claims {
                            let crawler = self.clone();
                            let span = tracing::info_span!("claims", feed_id = report.feed_id);
                            detecting.spawn(
                                async move { crawler.detect_claims(claims).await }.instrument(span),
                            );
                        }
                        done(&report);
                    }
                    Err(e) => tracing::error!(error = %e, "feed store task failed"),
                },
                Some(fetched) = in_flight.join_next() => match fetched {
                    Ok(Stage::Done(report)) => done(&report),
                    Ok(Stage::Store(job)) => {
                        let crawler = self.clone();
                        storing.spawn(async move { crawler.store_stage(*job).await });
                    }
                    Err(e) => tracing::error!(error = %e, "feed refresh task failed"),
                },
                else => break,
            }
        }
        stats.elapsed = started.elapsed();
        Ok(stats)
    }

    async fn claim_batch(&self, filter: ClaimFilter, limit: usize) -> Result<Vec<i64>, DbError> {
        let now = Utc::now();
        let lease = chrono::Duration::from_std(self.inner.cfg.lease)
            .unwrap_or(chrono::Duration::minutes(15));
        // A write like any other: on SQLite it queues for the writer's turn rather than sleeping
        // in SQLite's busy handler (which backs off by up to 100 ms at a time).
        let _turn = self.write_turn().await;
        db::feeds::claim_due(
            &self.inner.db,
            &self.inner.owner,
            filter,
            now,
            now + lease,
            limit as i64,
        )
        .await
    }

    /// Starts the background scheduler: a pass whenever feeds are due, checking at least every
    /// `tick`. Stop it with [`SchedulerHandle::shutdown`].
    pub fn spawn_scheduler(&self, tick: Duration) -> SchedulerHandle {
        let crawler = self.clone();
        SchedulerHandle::spawn(move |stop_rx| async move {
            crawler.scheduler_loop(tick, stop_rx).await;
        })
    }

    /// Starts the background scheduler on `db`, building the crawler (and loading the claims
    /// engine) inside the task, so a server starts answering (and handles signals) at once.
    pub fn spawn_scheduler_on(
        db: Db,
        cfg: super::CrawlerConfig,
        claims: Arc<ClaimsEngine>,
        tick: Duration,
    ) -> SchedulerHandle {
        SchedulerHandle::spawn(move |stop_rx| async move {
            match Crawler::with_claims(db, cfg, claims) {
                Ok(c) => c.scheduler_loop(tick, stop_rx).await,
                Err(e) => tracing::error!(error = format!("{e:#}"), "feed scheduler not started"),
            }
        })
    }

    async fn scheduler_loop(&self, tick: Duration, stop_rx: watch::Receiver<bool>) {
        tracing::info!(owner = self.owner(), "feed scheduler started");
        loop {
            tokio::select! {
                _ = wait_stop(stop_rx.clone()) => break,
                res = self.run_pass(PassMode::Due, None) => match res {
                    Ok(s) if s.feeds > 0 => tracing::info!(
                        feeds = s.feeds, fetched = s.fetched, not_modified = s.not_modified,
                        failed = s.failed, new_articles = s.new_articles,
                        elapsed_ms = s.elapsed.as_millis() as u64, "crawl pass done"),
                    Ok(_) => {}
                    Err(e) => tracing::error!(error = %e, "crawl pass failed"),
                },
            }
            let wait = match db::feeds::next_due_at(&self.inner.db).await {
                Ok(Some(at)) => (at - Utc::now()).to_std().unwrap_or(Duration::ZERO),
                _ => tick,
            }
            .clamp(Duration::from_secs(1), tick.max(Duration::from_secs(1)));
            tokio::select! {
                _ = wait_stop(stop_rx.clone()) => break,
                _ = tokio::time::sleep(wait) => {}
            }
        }
        match db::feeds::release_leases(&self.inner.db, self.owner()).await {
            Ok(n) => tracing::info!(released_leases = n, "feed scheduler stopped"),
            Err(e) => tracing::warn!(error = %e, "feed scheduler stopped; leases will expire"),
        }
    }
}

async fn wait_stop(mut rx: watch::Receiver<bool>) {
    let _ = rx.wait_for(|s| *s).await;
}

fn filter(mode: PassMode, now: chrono::DateTime<Utc>) -> ClaimFilter {
    ClaimFilter {
        due_before: match mode {
            PassMode::Due => now,
            PassMode::All => now + chrono::Duration::days(365 * 100),
        },
        not_fetched_since: now,
    }
}

/// A running scheduler.
#[derive(Debug)]
pub struct SchedulerHandle {
    stop: Arc<watch::Sender<bool>>,
    task: JoinHandle<()>,
}

impl SchedulerHandle {
    fn spawn<F, Fut>(run: F) -> Self
    where
        F: FnOnce(watch::Receiver<bool>) -> Fut,
        Fut: std::future::Future<Output = ()> + Send + 'static,
    {
        let (stop_tx, stop_rx) = watch::channel(false);
        SchedulerHandle {
            stop: Arc::new(stop_tx),
            task: tokio::spawn(run(stop_rx)),
        }
    }

    /// Stops the scheduler: refreshes in flight are dropped (their leases given back), and
    /// waits up to `grace` for it to finish.
    pub async fn shutdown(self, grace: Duration) {
        let _ = self.stop.send(true);
        let mut task = self.task;
        if tokio::time::timeout(grace, &mut task).await.is_err() {
            tracing::warn!("feed scheduler did not stop in time; aborting it");
            task.abort();
        }
    }
}
