//! Per-host concurrency limit: at most N requests in flight to one host (default 2), so a
//! crawl of many feeds on one site never hammers it. In-process only; it does not rate-limit
//! over time (use the scheduler and robots.txt `Crawl-delay` for that).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use url::Url;

/// Hands out permits, at most `per_host` at a time for each host.
#[derive(Debug, Clone)]
pub struct HostLimiter {
    per_host: usize,
    hosts: Arc<Mutex<HashMap<String, Arc<Semaphore>>>>,
}

/// Held while a request to a host is in flight; dropping it frees the slot.
#[derive(Debug)]
pub struct HostPermit {
    _permit: OwnedSemaphorePermit,
}

impl Default for HostLimiter {
    fn default() -> Self {
        Self::new(2)
    }
}

impl HostLimiter {
    /// A limiter allowing `per_host` (at least 1) concurrent requests per host.
    pub fn new(per_host: usize) -> Self {
        Self {
            per_host: per_host.max(1),
            hosts: Arc::default(),
        }
    }

    /// The key a URL is limited under: its host, lower-cased (ports share the host's budget).
    pub fn key(url: &Url) -> String {
        url.host_str().unwrap_or("").to_ascii_lowercase()
    }

    /// Waits for a slot on `url`'s host.
    pub async fn acquire(&self, url: &Url) -> HostPermit {
        let sem = self.semaphore(&Self::key(url));
        let permit = sem.acquire_owned().await.expect("semaphore never closed");
        HostPermit { _permit: permit }
    }

    /// A slot on `url`'s host if one is free now.
    pub fn try_acquire(&self, url: &Url) -> Option<HostPermit> {
        let sem = self.semaphore(&Self::key(url));
        sem.try_acquire_owned()
            .ok()
            .map(|p| HostPermit { _permit: p })
    }

    /// Number of hosts tracked (idle hosts are pruned as new ones arrive).
    pub fn tracked_hosts(&self) -> usize {
        self.hosts.lock().expect("limiter lock").len()
    }

    fn semaphore(&self, key: &str) -> Arc<Semaphore> {
        let mut map = self.hosts.lock().expect("limiter lock");
        if map.len() > 1024 {
            // Forget hosts with nothing in flight so the map does not grow without bound.
            let per_host = self.per_host;
            map.retain(|_, s| Arc::strong_count(s) > 1 || s.available_permits() < per_host);
        }
        Arc::clone(
            map.entry(key.to_owned())
                .or_insert_with(|| Arc::new(Semaphore::new(self.per_host))),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn two_per_host() {
        let l = HostLimiter::new(2);
        let a = Url::parse("https://a.example/1").unwrap();
        let b = Url::parse("https://B.example/2").unwrap();
        let p1 = l.acquire(&a).await;
        let _p2 = l.acquire(&a).await;
        assert!(l.try_acquire(&a).is_none());
        assert!(l.try_acquire(&b).is_some());
        drop(p1);
        assert!(l.try_acquire(&a).is_some());
        assert_eq!(l.tracked_hosts(), 2);
    }
}
