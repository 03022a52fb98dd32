//! robots.txt: fetched through the [`Fetcher`] (so the SSRF guard and caps apply), parsed with
//! `texting_robots`, cached per origin. Follows RFC 9309: a 4xx (other than 429) means no
//! restrictions; a 5xx, 429 or network failure means "disallow everything" for now (§2.3.1.4),
//! cached for a shorter time.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use texting_robots::Robot;
use url::Url;

use crate::fetch::{FetchError, FetchOptions, FetchOutcome, Fetcher};

/// RFC 9309 §2.5: parsers must handle at least 500 KiB.
const MAX_ROBOTS_BYTES: u64 = 512 * 1024;

#[derive(Clone)]
enum Rules {
    AllowAll,
    DisallowAll,
    Parsed(Arc<Robot>),
}

struct Entry {
    rules: Rules,
    fetched: Instant,
    ttl: Duration,
}

/// Caches robots.txt per origin and answers "may we fetch this URL?".
#[derive(Clone)]
pub struct RobotsCache {
    fetcher: Fetcher,
    agent: String,
    ttl: Duration,
    error_ttl: Duration,
    entries: Arc<Mutex<HashMap<String, Entry>>>,
    /// One fetch of an origin's robots.txt at a time: the pages of a feed ask together, and
    /// only the first fetches; the others wait for its answer.
    fetching: Arc<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>>,
}

impl std::fmt::Debug for RobotsCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RobotsCache")
            .field("agent", &self.agent)
            .finish_non_exhaustive()
    }
}

impl RobotsCache {
    /// A cache that matches rules for `agent` (the product token, e.g. `pollwatch`), keeping
    /// entries 24 h (errors 1 h).
    pub fn new(fetcher: Fetcher, agent: &str) -> Self {
        Self {
            fetcher,
            agent: agent.to_owned(),
            ttl: Duration::from_secs(24 * 3600),
            error_ttl: Duration::from_secs(3600),
            entries: Arc::default(),
            fetching: Arc::default(),
        }
    }

    /// Whether `url` may be fetched. Fetches the origin's robots.txt on first use.
    pub async fn allowed(&self, url: &Url) -> bool {
        let Some(origin) = origin_key(url) else {
            return false;
        };
        let cached = || {
            let map = self.entries.lock().expect("robots lock");
            map.get(&origin)
                .filter(|e| e.fetched.elapsed() < e.ttl)
                .map(|e| e.rules.clone())
        };
        let mut hit = cached();
        let _fetching = if hit.is_none() {
            let gate = self
                .fetching
                .lock()
                .expect("robots lock")
                .entry(origin.clone())
                .or_default()
                .clone();
            let guard = gate.lock_owned().await;
            // Whoever held the gate before may have fetched it meanwhile.
            hit = cached();
            Some(guard)
        } else {
            None
        };
        let rules = match hit {
            Some(r) => r,
            None => {
                let (rules, ttl) = self.fetch_rules(url).await;
                let mut map = self.entries.lock().expect("robots lock");
                if map.len() > 10_000 {
                    map.clear();
                    self.fetching.lock().expect("robots lock").clear();
                }
                map.insert(
                    origin,
                    Entry {
                        rules: rules.clone(),
                        fetched: Instant::now(),
                        ttl,
                    },
                );
                rules
            }
        };
        match rules {
            Rules::AllowAll => true,
            Rules::DisallowAll => false,
            Rules::Parsed(robot) => robot.allowed(url.as_str()),
        }
    }

    /// The origin's `Crawl-delay`, if cached.
    pub fn crawl_delay(&self, url: &Url) -> Option<Duration> {
        let origin = origin_key(url)?;
        let map = self.entries.lock().expect("robots lock");
        match &map.get(&origin)?.rules {
            Rules::Parsed(r) => r
                .delay
                .filter(|d| d.is_finite() && *d > 0.0)
                .map(|d| Duration::from_secs_f32(d.min(86_400.0))),
            _ => None,
        }
    }

    async fn fetch_rules(&self, url: &Url) -> (Rules, Duration) {
        let mut robots_url = url.clone();
        robots_url.set_path("/robots.txt");
        robots_url.set_query(None);
        robots_url.set_fragment(None);
        let opts = FetchOptions {
            max_body_bytes: Some(MAX_ROBOTS_BYTES),
            accept: Some("text/plain, */*;q=0.5".to_owned()),
            ..FetchOptions::default()
        };
        match self.fetcher.fetch_with(&robots_url, &opts).await {
            Ok(FetchOutcome::Fetched(resp)) => match Robot::new(&self.agent, &resp.body) {
                Ok(robot) => (Rules::Parsed(Arc::new(robot)), self.ttl),
                // Unparseable robots.txt: treat as no rules (what major crawlers do).
                Err(_) => (Rules::AllowAll, self.ttl),
            },
            Ok(FetchOutcome::NotModified { .. }) => (Rules::AllowAll, self.ttl),
            Err(FetchError::Http { status }) if (400..500).contains(&status) => {
                (Rules::AllowAll, self.ttl)
            }
            Err(FetchError::Gone) => (Rules::AllowAll, self.ttl),
            // A robots.txt over the cap: RFC 9309 lets us parse the first 500 KiB, but a
            // truncated file is not worth the risk; be conservative.
            Err(e) => {
                tracing::debug!(url = %robots_url, error = %e, "robots.txt unavailable: disallowing");
                (Rules::DisallowAll, self.error_ttl)
            }
        }
    }
}

fn origin_key(url: &Url) -> Option<String> {
    Some(format!(
        "{}://{}:{}",
        url.scheme(),
        url.host_str()?.to_ascii_lowercase(),
        url.port_or_known_default()?
    ))
}
