//! `refresh_feed`: one feed, top to bottom — load → conditional GET → parse → dedupe → fetch
//! new articles → extract text → store → detect claims → schedule the next check → reset or
//! count errors.
//!
//! Everything a refresh writes for a fetched feed (new articles, revisions, validators,
//! schedule, lease release) lands in one transaction. A 304 is never parsed.

use std::{collections::HashSet, time::Duration};

use chrono::{DateTime, Utc};
use futures::StreamExt;
use pollwatch_crawl::{
    decode_html, extract_article, next_check_interval, parse_feed, sanitize_html, should_disable,
    CacheHints, FeedItem, FeedParseError, FetchError, FetchOptions, FetchOutcome, ParsedFeed,
    RetryAfter, ScheduleInput, Validators,
};
use tracing::Instrument;
use url::Url;

use super::{
    store::{FeedWrite, Stored},
    Crawler,
};
use crate::server::db::{
    self,
    articles::{ArticleKey, NewArticle},
    claims::ArticleForClaims,
    feeds::{FeedFailure, FeedRow, FeedSuccess, FetchedMeta},
    DbError,
};

/// Why a refresh failed. The message is stored on the feed (`last_error`) and shown.
#[derive(Debug, thiserror::Error)]
pub enum RefreshError {
    #[error("feed URL is not usable: {0}")]
    BadUrl(String),
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error(transparent)]
    Parse(#[from] FeedParseError),
    #[error("crawler: storing the refresh failed: {0}")]
    Store(#[from] DbError),
    #[error("crawler: the refresh took longer than {0} s and was abandoned (the feed's lease would have run out)")]
    TooLong(u64),
}

impl RefreshError {
    fn retry_after(&self) -> Option<RetryAfter> {
        match self {
            RefreshError::Fetch(e) => e.retry_after(),
            _ => None,
        }
    }

    fn is_permanent(&self) -> bool {
        match self {
            RefreshError::Fetch(e) => e.is_permanent(),
            RefreshError::BadUrl(_) => true,
            _ => false,
        }
    }
}

/// How one feed's refresh ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedOutcome {
    /// 200: parsed and stored.
    Fetched { new: usize, changed: usize },
    /// 304 (or an unchanged ETag): nothing parsed.
    NotModified,
    /// Failed; `disabled` when this failure disabled the feed.
    Failed { error: String, disabled: bool },
    /// The feed was deleted or disabled meanwhile.
    Skipped,
}

/// What a refresh did, for the pass summary and progress bar.
#[derive(Debug, Clone)]
pub struct FeedReport {
    pub feed_id: i64,
    pub url: String,
    pub outcome: FeedOutcome,
    /// Ids of the new and changed articles handed to claim detection.
    pub articles: Vec<i64>,
    pub next_check_at: Option<DateTime<Utc>>,
}

/// Where a refresh's first stage ended.
pub(super) enum Stage {
    /// Recorded already: a 304, a failure, a feed gone.
    Done(FeedReport),
    /// Fetched and parsed: its write to make.
    Store(Box<StoreJob>),
}

/// A fetched feed's write, waiting for [`Crawler::store_stage`].
pub(super) struct StoreJob {
    feed: FeedRow,
    /// The refresh's deadline, both stages together (inside the feed's lease).
    deadline: tokio::time::Instant,
    span: tracing::Span,
    write: FeedWrite,
    fresh: Vec<bool>,
    now: DateTime<Utc>,
}

enum Fetched {
    NotModified(FeedReport),
    Write {
        write: FeedWrite,
        fresh: Vec<bool>,
        now: DateTime<Utc>,
    },
}

/// A stored feed's new and changed articles, waiting for claim detection.
pub(super) struct PendingClaims {
    batch: Vec<ArticleForClaims>,
    /// `fresh[i]`: article `i` was just inserted (it has no stored claims to replace).
    fresh: Vec<bool>,
}

/// What dedupe decided for an item.
#[derive(Debug, Clone, Copy)]
pub(super) enum Action {
    New,
    /// The stored article `id` has different content now.
    Changed(i64),
}

impl Crawler {
    /// Refreshes feed `feed_id` and records the result on it, claims of its new and changed
    /// articles included. Never fails: failures are stored on the feed (and reported).
    pub async fn refresh_feed(&self, feed_id: i64) -> FeedReport {
        let (report, claims) = match self.fetch_stage(feed_id).await {
            Stage::Done(report) => (report, None),
            Stage::Store(job) => self.store_stage(*job).await,
        };
        if let Some(claims) = claims {
            self.detect_claims(claims).await;
        }
        report
    }

    /// The first stage of [`Crawler::refresh_feed`], the network's: load, conditional GET,
    /// parse, dedupe, article pages. A feed fetched and parsed comes back as the write to make
    /// ([`Crawler::store_stage`]); a 304 or a failure is recorded here.
    pub(super) async fn fetch_stage(&self, feed_id: i64) -> Stage {
        let span = tracing::info_span!("feed", feed_id, url = tracing::field::Empty);
        async move {
            // 1. Load.
            let feed = match db::feeds::load_for_refresh(&self.inner.db, feed_id).await {
                Ok(Some(f)) if !f.disabled => f,
                Ok(_) => return Stage::Done(report(feed_id, String::new(), FeedOutcome::Skipped)),
                Err(e) => {
                    tracing::error!(error = %e, "cannot load feed");
                    let outcome = FeedOutcome::Failed {
                        error: e.to_string(),
                        disabled: false,
                    };
                    return Stage::Done(report(feed_id, String::new(), outcome));
                }
            };
            tracing::Span::current().record("url", pollwatch_crawl::redact_url(&feed.url));
            // A refresh, both stages, must end well before its lease does, or another worker
            // may claim the feed and fetch it again (`refresh_deadline`).
            let deadline = tokio::time::Instant::now() + refresh_deadline(self.inner.cfg.lease);
            match tokio::time::timeout_at(deadline, self.fetch_and_parse(&feed)).await {
                Ok(Ok(Fetched::NotModified(report))) => Stage::Done(report),
                Ok(Ok(Fetched::Write { write, fresh, now })) => Stage::Store(Box::new(StoreJob {
                    feed,
                    deadline,
                    span: tracing::Span::current(),
                    write,
                    fresh,
                    now,
                })),
                Ok(Err(e)) => Stage::Done(self.count_error(&feed, e).await),
                Err(_) => Stage::Done(self.count_error(&feed, self.too_long()).await),
            }
        }
        .instrument(span)
        .await
    }

    /// The second stage of [`Crawler::refresh_feed`]: the fetched feed's write (articles,
    /// validators, next check, all or nothing). The claim detection its new and changed
    /// articles need comes back to the caller, who runs it with [`Crawler::detect_claims`].
    /// A pass runs this stage outside the feed's fetch slot: waiting for SQLite's single
    /// writer is not the network's time.
    pub(super) async fn store_stage(&self, job: StoreJob) -> (FeedReport, Option<PendingClaims>) {
        let StoreJob {
            feed,
            deadline,
            span,
            write,
            fresh,
            now,
        } = job;
        async move {
            match tokio::time::timeout_at(deadline, self.store_fetched(&feed, write, fresh, now))
                .await
            {
                Ok(Ok(done)) => done,
                Ok(Err(e)) => (self.count_error(&feed, e).await, None),
                Err(_) => (self.count_error(&feed, self.too_long()).await, None),
            }
        }
        .instrument(span)
        .await
    }

    fn too_long(&self) -> RefreshError {
        RefreshError::TooLong(refresh_deadline(self.inner.cfg.lease).as_secs())
    }

    async fn fetch_and_parse(&self, feed: &FeedRow) -> Result<Fetched, RefreshError> {
        let inner = &self.inner;
        let url = Url::parse(&feed.url).map_err(|e| RefreshError::BadUrl(e.to_string()))?;

        // 2. Conditional GET, within the host's budget (released before any page fetch, so a
        //    feed never waits on its own host's slots).
        let validators = Validators {
            etag: feed.etag.clone(),
            last_modified: feed.last_modified.clone(),
        };
        let outcome = {
            let _permit = inner.limiter.acquire(&url).await;
            inner.fetcher.fetch(&url, &validators).await?
        };
        let mut resp = match outcome {
            FetchOutcome::NotModified { cache, .. } => {
                return Ok(Fetched::NotModified(self.not_modified(feed, &cache).await?))
            }
            FetchOutcome::Fetched(resp) => resp,
        };

        // 3. Parse, off the async workers: decoding and parsing a feed is CPU work (a large
        //    feed takes milliseconds), and a busy async worker delays every task it holds —
        //    among them the one in SQLite's single writer turn, which all the others wait on.
        let (body, content_type, final_url) = (
            std::mem::take(&mut resp.body),
            resp.content_type.clone(),
            resp.final_url.clone(),
        );
        let parsed = tokio::task::spawn_blocking(move || {
            parse_feed(&body, content_type.as_deref(), &final_url)
        })
        .await
        .map_err(|e| FeedParseError::Malformed(format!("feed parser panicked: {e}")))??;

        // 4. Dedupe against what is stored: GUID, then canonical URL, then content hash.
        let plan = self.dedupe(feed.id, &parsed.items).await?;

        // 5–6. Fetch the new and changed items' pages and extract their text, within the
        //      feed's page budget: items whose page has not come by then keep the feed's text.
        let selector = feed.article_selector.as_deref();
        let items = &parsed.items;
        let pages_until = tokio::time::Instant::now() + pages_budget(inner.cfg.lease);
        let articles: Vec<(Action, NewArticle)> = futures::stream::iter(plan)
            .map(|(action, i): (Action, usize)| async move {
                let article = self
                    .build_article(feed, &items[i], selector, pages_until)
                    .await;
                (action, article)
            })
            .buffered(inner.cfg.page_concurrency.max(1))
            .collect()
            .await;

        // 7. What to store (articles, validators, the next check), for the second stage.
        let now = Utc::now();
        let interval = schedule_after_fetch(&parsed, &resp.cache, now, &inner.cfg.schedule);
        let next_check_at = now + interval;
        let success = FeedSuccess {
            fetched: Some(FetchedMeta {
                etag: resp.validators.etag,
                last_modified: resp.validators.last_modified,
                title: parsed.title.clone(),
                site_url: parsed.site_url.as_ref().map(Url::to_string),
            }),
            now,
            next_check_at,
            interval_secs: interval.num_seconds(),
        };
        let fresh: Vec<bool> = articles
            .iter()
            .map(|(action, _)| matches!(action, Action::New))
            .collect();
        Ok(Fetched::Write {
            write: FeedWrite {
                feed_id: feed.id,
                articles,
                success,
            },
            fresh,
            now,
        })
    }

    async fn store_fetched(
        &self,
        feed: &FeedRow,
        write: FeedWrite,
        fresh: Vec<bool>,
        now: DateTime<Utc>,
    ) -> Result<(FeedReport, Option<PendingClaims>), RefreshError> {
        let inner = &self.inner;
        let next_check_at = write.success.next_check_at;
        let new = fresh.iter().filter(|f| **f).count();
        let changed = write.articles.len() - new;
        // 7. Store it in one transaction; errors reset.
        let Stored {
            articles,
            ids,
            revisions,
        } = self.store_refresh(write).await?;

        // 8. Claim detection on every new or changed article, from the text in hand (no
        //    re-read), left to the caller.
        let claims = (inner.cfg.detect_claims && !articles.is_empty()).then(|| {
            let batch = articles
                .into_iter()
                .zip(ids.iter().zip(&revisions))
                .map(|((_, a), (&id, &revision))| ArticleForClaims {
                    id,
                    revision,
                    url: a.url,
                    text: a.text,
                    lang: a.lang,
                    published_at: a.published_at,
                    fetched_at: now,
                    outlet_name: Some(feed.outlet_name.clone()),
                    outlet_country: feed.outlet_country.clone(),
                    state_affiliated: Some(feed.state_affiliated),
                })
                .collect();
            PendingClaims { batch, fresh }
        });
        tracing::debug!(new, changed, "feed refreshed");
        let report = FeedReport {
            feed_id: feed.id,
            url: feed.url.clone(),
            outcome: FeedOutcome::Fetched { new, changed },
            articles: ids,
            next_check_at: Some(next_check_at),
        };
        Ok((report, claims))
    }

    /// Detects the claims of a feed's new and changed articles: the extraction (CPU work) as
    /// one job per feed on the claim-detection threads, off the async workers; the results
    /// stored in one transaction, and only when there is something to write. If that
    /// transaction fails, each article is stored on its own, so one bad article does not cost
    /// the others their claims. A failure is logged, never the feed's.
    pub(super) async fn detect_claims(&self, pending: PendingClaims) {
        let inner = &self.inner;
        let engine = inner.claims.clone();
        let PendingClaims { batch, fresh } = pending;
        let detected = inner
            .claims_workers
            .run(move || {
                let mut detected = Vec::with_capacity(batch.len());
                let mut kept = Vec::with_capacity(batch.len());
                for (mut a, fresh) in batch.into_iter().zip(fresh) {
                    // A fault of the engine on one article costs that article its claims (until
                    // it is processed again), not the feed's other articles theirs.
                    match engine.detect(&mut a) {
                        Ok(result) => {
                            detected.push((a, result));
                            kept.push(fresh);
                        }
                        Err(e) => {
                            tracing::error!(article = a.id, error = %e, "claim detection failed")
                        }
                    }
                }
                (detected, kept)
            })
            .await;
        let (detected, fresh) = match detected {
            Ok(d) => d,
            Err(e) => {
                tracing::warn!(error = %e, "claim detection failed");
                return;
            }
        };
        let fresh = &fresh[..];
        let nothing_to_write = detected
            .iter()
            .zip(fresh)
            .all(|((_, r), &fresh)| fresh && r.claims.is_empty());
        if nothing_to_write {
            return;
        }
        let turn = self.write_turn().await;
        let stored = inner.claims.store_batch(&inner.db, &detected, fresh).await;
        drop(turn);
        let Err(e) = stored else { return };
        tracing::debug!(
            error = format!("{e:#}"),
            "storing claims per feed failed; one by one"
        );
        for (article, result) in &detected {
            let turn = self.write_turn().await;
            let stored = inner.claims.store(&inner.db, article, result).await;
            drop(turn);
            if let Err(e) = stored {
                tracing::warn!(
                    article_id = article.id,
                    error = format!("{e:#}"),
                    "claim detection failed"
                );
            }
        }
    }

    /// A 304: nothing to parse. Keeps the publishing-frequency interval learnt from the last
    /// 200, stretched by any `Cache-Control` / `Expires` the server sent now.
    async fn not_modified(
        &self,
        feed: &FeedRow,
        cache: &CacheHints,
    ) -> Result<FeedReport, RefreshError> {
        let cfg = &self.inner.cfg.schedule;
        let now = Utc::now();
        let hinted = cache.max_age.unwrap_or_default().max(
            cache
                .expires
                .and_then(|e| (e - now).to_std().ok())
                .unwrap_or_default(),
        );
        let learnt = Duration::from_secs(feed.check_interval_secs.max(0) as u64);
        let interval = learnt
            .max(hinted)
            .clamp(cfg.min_interval, cfg.max_interval.max(cfg.min_interval));
        let interval = chrono::Duration::from_std(interval).unwrap_or(chrono::Duration::hours(1));
        let next_check_at = now + interval;
        let success = FeedSuccess {
            fetched: None,
            now,
            next_check_at,
            interval_secs: interval.num_seconds(),
        };
        let turn = self.write_turn().await;
        db::feeds::record_not_modified(&self.inner.db, feed.id, &success).await?;
        drop(turn);
        Ok(FeedReport {
            feed_id: feed.id,
            url: feed.url.clone(),
            outcome: FeedOutcome::NotModified,
            articles: Vec::new(),
            next_check_at: Some(next_check_at),
        })
    }

    /// Classifies the fetched items: new, changed (content hash differs from the stored
    /// article's), or already known (dropped). An item matches a stored article by GUID, else
    /// by canonical URL (tracking parameters stripped), else by content hash (same text under
    /// another URL: a duplicate, dropped). Duplicates inside the document are dropped too.
    async fn dedupe(
        &self,
        feed_id: i64,
        items: &[FeedItem],
    ) -> Result<Vec<(Action, usize)>, DbError> {
        let guids: Vec<&str> = items.iter().map(|i| i.guid.as_str()).collect();
        let canon: Vec<&str> = items
            .iter()
            .filter_map(|i| i.canonical_url.as_ref().map(Url::as_str))
            .collect();
        let hashes: Vec<&str> = items.iter().map(|i| i.content_hash.as_str()).collect();
        let stored =
            db::articles::find_keys(&self.inner.db, feed_id, &guids, &canon, &hashes).await?;
        let find = |pred: &dyn Fn(&ArticleKey) -> bool| stored.iter().find(|k| pred(k));

        let mut plan = Vec::new();
        let mut seen_guid = HashSet::new();
        let mut seen_url = HashSet::new();
        let mut seen_hash = HashSet::new();
        let mut taken = HashSet::new();
        for (i, item) in items.iter().enumerate() {
            let url = item.canonical_url.as_ref().map(Url::as_str);
            let in_document = !seen_guid.insert(item.guid.as_str())
                || url.is_some_and(|u| !seen_url.insert(u))
                || !seen_hash.insert(item.content_hash.as_str());
            if in_document {
                continue;
            }
            let matched = find(&|k| k.guid == item.guid)
                .or_else(|| url.and_then(|u| find(&|k| k.canonical_url == u)));
            match matched {
                Some(k) if k.content_hash == item.content_hash => {}
                Some(k) => {
                    if taken.insert(k.id) {
                        plan.push((Action::Changed(k.id), i));
                    }
                }
                None if find(&|k| k.content_hash == item.content_hash).is_some() => {}
                None => plan.push((Action::New, i)),
            }
        }
        Ok(plan)
    }

    /// The article for an item: its page fetched (robots.txt and the host budget respected)
    /// and extracted, with the outlet's selector if it has one; the item's own text and HTML
    /// when the page cannot be had or says less.
    async fn build_article(
        &self,
        feed: &FeedRow,
        item: &FeedItem,
        selector: Option<&str>,
        pages_until: tokio::time::Instant,
    ) -> NewArticle {
        let inner = &self.inner;
        let item_text = item
            .content_text
            .clone()
            .or_else(|| item.summary_text.clone())
            .or_else(|| item.title.clone())
            .unwrap_or_default();
        let link = item
            .link
            .clone()
            .filter(|l| matches!(l.scheme(), "http" | "https"));
        let base = link.clone().or_else(|| Url::parse(&feed.url).ok());
        // Sanitising (ammonia) is only worth it when the item's HTML is kept: not when the
        // page's extracted HTML replaces it.
        let item_html = || {
            item.content_html
                .as_deref()
                .zip(base.as_ref())
                .map(|(h, b)| sanitize_html(h, b))
        };
        let url = link
            .as_ref()
            .map(Url::to_string)
            .unwrap_or_else(|| format!("{}#{}", feed.url, item.guid));
        let mut article = NewArticle {
            feed_id: feed.id,
            outlet_id: feed.outlet_id,
            canonical_url: item
                .canonical_url
                .as_ref()
                .map(Url::to_string)
                .unwrap_or_else(|| url.clone()),
            url,
            guid: item.guid.clone(),
            title: item.title.clone(),
            byline: item.author.clone(),
            lang: item.language.clone(),
            published_at: item.published.or(item.updated),
            text: item_text,
            html: None,
            content_hash: item.content_hash.clone(),
        };
        let Some(link) = link.filter(|_| inner.cfg.fetch_pages) else {
            article.html = item_html();
            return article;
        };
        let page = tokio::time::timeout_at(pages_until, self.fetch_page(&link, selector))
            .await
            .unwrap_or_else(|_| Err("the feed's time for article pages ran out".into()));
        match page {
            Ok(page) => {
                // A page that says less than the feed did (a paywall, a consent wall, a
                // failed extraction) does not replace the feed's text.
                if page.text.trim().len() > article.text.trim().len() / 2
                    && !page.text.trim().is_empty()
                {
                    article.text = page.text;
                    article.html = Some(page.html).filter(|h| !h.is_empty());
                } else {
                    article.html = item_html();
                }
                article.title = article.title.or(page.title);
                article.byline = page.byline.or(article.byline);
                article.lang = page.language.or(article.lang);
                article.published_at = article.published_at.or(page.published);
            }
            Err(reason) => {
                tracing::debug!(url = %link, reason, "article page not used; keeping the feed's text");
                article.html = item_html();
            }
        }
        article
    }

    async fn fetch_page(
        &self,
        link: &Url,
        selector: Option<&str>,
    ) -> Result<pollwatch_crawl::Article, String> {
        let inner = &self.inner;
        if !inner.robots.allowed(link).await {
            return Err("disallowed by robots.txt".into());
        }
        let opts = FetchOptions {
            accept: Some("text/html, application/xhtml+xml;q=0.9, */*;q=0.5".into()),
            ..FetchOptions::default()
        };
        let outcome = {
            let _permit = inner.limiter.acquire(link).await;
            inner.fetcher.fetch_with(link, &opts).await
        };
        let resp = match outcome {
            Ok(FetchOutcome::Fetched(r)) => r,
            Ok(FetchOutcome::NotModified { .. }) => return Err("not modified".into()),
            Err(e) => return Err(e.to_string()),
        };
        let html = decode_html(&resp.body, resp.content_type.as_deref());
        let final_url = resp.final_url;
        let selector = selector.map(str::to_owned);
        // Extraction is CPU work (html5ever + scoring): keep it off the async workers.
        tokio::task::spawn_blocking(move || extract_article(&html, &final_url, selector.as_deref()))
            .await
            .map_err(|e| format!("extraction panicked: {e}"))
    }

    /// Records a failure: error kept, count bumped, feed disabled after too many (or at once on
    /// a permanent error such as 410), next check backed off (never before `Retry-After`).
    async fn count_error(&self, feed: &FeedRow, err: RefreshError) -> FeedReport {
        let cfg = &self.inner.cfg.schedule;
        let now = Utc::now();
        let count = feed.error_count.saturating_add(1);
        let errors = u32::try_from(count).unwrap_or(u32::MAX);
        let disable = match &err {
            RefreshError::Fetch(e) => should_disable(e, errors, cfg),
            e => e.is_permanent() || errors >= cfg.max_consecutive_errors,
        };
        let message = err.to_string();
        let reason = disable.then(|| {
            if err.is_permanent() {
                message.clone()
            } else {
                format!("{count} consecutive failures")
            }
        });
        let input = ScheduleInput {
            consecutive_errors: errors,
            retry_after: err.retry_after(),
            ..ScheduleInput::default()
        };
        let interval = chrono::Duration::from_std(next_check_interval(&input, now, cfg))
            .unwrap_or(chrono::Duration::hours(1));
        let next_check_at = now + interval;
        let failure = FeedFailure {
            now,
            error: &message,
            error_count: count,
            disabled_reason: reason.as_deref(),
            next_check_at,
            interval_secs: interval.num_seconds(),
        };
        tracing::info!(error = %message, error_count = count, disabled = disable, "feed refresh failed");
        let turn = self.write_turn().await;
        let recorded = db::feeds::record_failure(&self.inner.db, feed.id, &failure).await;
        drop(turn);
        if let Err(e) = recorded {
            tracing::error!(error = %e, "cannot record the feed's failure");
        }
        FeedReport {
            feed_id: feed.id,
            url: feed.url.clone(),
            outcome: FeedOutcome::Failed {
                error: message,
                disabled: disable,
            },
            articles: Vec::new(),
            next_check_at: Some(next_check_at),
        }
    }
}

/// The adaptive interval after a 200: publishing frequency of the items, RSS TTL,
/// `Cache-Control` / `Expires`, clamped to the configured bounds.
fn schedule_after_fetch(
    parsed: &ParsedFeed,
    cache: &CacheHints,
    now: DateTime<Utc>,
    cfg: &pollwatch_crawl::ScheduleConfig,
) -> chrono::Duration {
    let recent: Vec<DateTime<Utc>> = parsed
        .items
        .iter()
        .filter_map(FeedItem::timestamp)
        .collect();
    let input = ScheduleInput {
        ttl_minutes: parsed.ttl_minutes,
        cache: cache.clone(),
        recent_items: &recent,
        ..ScheduleInput::default()
    };
    chrono::Duration::from_std(next_check_interval(&input, now, cfg))
        .unwrap_or(chrono::Duration::hours(1))
}

/// How long one feed's refresh may take: inside its lease (a minute short of it, or a fifth
/// short for leases under five minutes), so the lease never runs out on a refresh still going
/// and no other worker fetches the feed a second time.
fn refresh_deadline(lease: std::time::Duration) -> std::time::Duration {
    lease - (lease / 5).min(std::time::Duration::from_secs(60))
}

/// How long one feed's article pages may take, in all: a third of its lease. A feed of slow
/// pages (a server that sends a byte every few seconds, within every per-request timeout)
/// keeps the feed's own text for the items not reached by then.
fn pages_budget(lease: std::time::Duration) -> std::time::Duration {
    refresh_deadline(lease) / 3
}

fn report(feed_id: i64, url: String, outcome: FeedOutcome) -> FeedReport {
    FeedReport {
        feed_id,
        url,
        outcome,
        articles: Vec::new(),
        next_check_at: None,
    }
}
