//! Pure scheduling helpers: when to check a feed next, how long to back off after errors, and
//! when to give up on a feed. No clock reads (callers pass `now`), no I/O, no randomness.

use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::fetch::{CacheHints, FetchError, RetryAfter};

/// Bounds and knobs for [`next_check_interval`] and [`backoff_delay`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleConfig {
    /// Never check more often than this (default 5 min).
    pub min_interval: Duration,
    /// Never wait longer than this between checks (default 24 h).
    pub max_interval: Duration,
    /// First retry delay after an error; doubles with each consecutive error (default 5 min).
    pub backoff_base: Duration,
    /// Window of item timestamps used to estimate publishing frequency (default 7 days).
    pub frequency_window: Duration,
    /// Consecutive failures after which a feed is disabled (default 10).
    pub max_consecutive_errors: u32,
}

impl Default for ScheduleConfig {
    fn default() -> Self {
        Self {
            min_interval: Duration::from_secs(5 * 60),
            max_interval: Duration::from_secs(24 * 3600),
            backoff_base: Duration::from_secs(5 * 60),
            frequency_window: Duration::from_secs(7 * 24 * 3600),
            max_consecutive_errors: 10,
        }
    }
}

/// What is known about a feed when deciding its next check.
#[derive(Debug, Clone, Default)]
pub struct ScheduleInput<'a> {
    /// RSS `<ttl>` in minutes.
    pub ttl_minutes: Option<u32>,
    /// `Cache-Control` / `Expires` from the last response.
    pub cache: CacheHints,
    /// Published (or updated) timestamps of recent items, any order.
    pub recent_items: &'a [DateTime<Utc>],
    /// Consecutive failed fetches, the last one included (0 after a success).
    pub consecutive_errors: u32,
    /// `Retry-After` from the last response, if any.
    pub retry_after: Option<RetryAfter>,
}

/// Delay before the next retry after `consecutive_errors` failures in a row:
/// `backoff_base × 2^(errors−1)`, capped at `max_interval`. Zero errors → zero.
pub fn backoff_delay(consecutive_errors: u32, cfg: &ScheduleConfig) -> Duration {
    if consecutive_errors == 0 {
        return Duration::ZERO;
    }
    let exp = (consecutive_errors - 1).min(30);
    cfg.backoff_base
        .saturating_mul(1u32 << exp)
        .min(cfg.max_interval)
}

/// Whether a feed should be disabled after this error: at once when the error is permanent
/// (410, SSRF refusal, unusable URL), else after `max_consecutive_errors` failures in a row.
pub fn should_disable(err: &FetchError, consecutive_errors: u32, cfg: &ScheduleConfig) -> bool {
    err.is_permanent() || consecutive_errors >= cfg.max_consecutive_errors
}

/// Adaptive interval until the next check.
///
/// * On errors: exponential backoff, but never sooner than `Retry-After`.
/// * Otherwise: `window / items published in window` (a feed with 50 items a day is polled
///   about every half hour; one silent for a week waits `max_interval`), never sooner than the
///   RSS TTL, `max-age`, `Expires` or `Retry-After` ask.
/// * Always clamped to `[min_interval, max_interval]`.
pub fn next_check_interval(
    input: &ScheduleInput<'_>,
    now: DateTime<Utc>,
    cfg: &ScheduleConfig,
) -> Duration {
    let retry_after = input
        .retry_after
        .map(|r| r.delay_from(now))
        .unwrap_or_default();
    let interval = if input.consecutive_errors > 0 {
        backoff_delay(input.consecutive_errors, cfg).max(retry_after)
    } else {
        let window = chrono::Duration::from_std(cfg.frequency_window).unwrap_or_default();
        let recent = input
            .recent_items
            .iter()
            .filter(|t| **t > now - window && **t <= now + chrono::Duration::hours(1))
            .count();
        let by_frequency = if recent == 0 {
            cfg.max_interval
        } else {
            cfg.frequency_window / recent as u32
        };
        let ttl = input
            .ttl_minutes
            .map(|m| Duration::from_secs(u64::from(m) * 60))
            .unwrap_or_default();
        let max_age = input.cache.max_age.unwrap_or_default();
        let expires = input
            .cache
            .expires
            .and_then(|e| (e - now).to_std().ok())
            .unwrap_or_default();
        by_frequency
            .max(ttl)
            .max(max_age)
            .max(expires)
            .max(retry_after)
    };
    interval.clamp(cfg.min_interval, cfg.max_interval.max(cfg.min_interval))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mins(m: u64) -> Duration {
        Duration::from_secs(m * 60)
    }

    #[test]
    fn backoff_doubles_and_caps() {
        let cfg = ScheduleConfig::default();
        assert_eq!(backoff_delay(0, &cfg), Duration::ZERO);
        assert_eq!(backoff_delay(1, &cfg), mins(5));
        assert_eq!(backoff_delay(2, &cfg), mins(10));
        assert_eq!(backoff_delay(4, &cfg), mins(40));
        assert_eq!(backoff_delay(20, &cfg), cfg.max_interval);
        assert_eq!(backoff_delay(u32::MAX, &cfg), cfg.max_interval);
    }

    #[test]
    fn disabling() {
        let cfg = ScheduleConfig {
            max_consecutive_errors: 3,
            ..Default::default()
        };
        assert!(should_disable(&FetchError::Gone, 1, &cfg));
        assert!(!should_disable(&FetchError::Timeout, 2, &cfg));
        assert!(should_disable(&FetchError::Timeout, 3, &cfg));
    }

    #[test]
    fn adaptive_interval() {
        let cfg = ScheduleConfig::default();
        let now: DateTime<Utc> = "2024-05-01T12:00:00Z".parse().unwrap();
        // Busy feed: 7 × 48 items in a week → every 30 min.
        let busy: Vec<_> = (0..336)
            .map(|i| now - chrono::Duration::minutes(30 * i))
            .collect();
        let mut input = ScheduleInput {
            recent_items: &busy,
            ..Default::default()
        };
        assert_eq!(next_check_interval(&input, now, &cfg), mins(30));
        // TTL 60 is honoured (no sooner than the feed asks).
        input.ttl_minutes = Some(60);
        assert_eq!(next_check_interval(&input, now, &cfg), mins(60));
        // max-age and Expires too.
        input.cache.max_age = Some(mins(90));
        assert_eq!(next_check_interval(&input, now, &cfg), mins(90));
        input.cache.expires = Some(now + chrono::Duration::hours(2));
        assert_eq!(next_check_interval(&input, now, &cfg), mins(120));
        // Very busy feed clamps to the minimum.
        let flood: Vec<_> = (0..10_000)
            .map(|i| now - chrono::Duration::seconds(i))
            .collect();
        let flood_input = ScheduleInput {
            recent_items: &flood,
            ..Default::default()
        };
        assert_eq!(next_check_interval(&flood_input, now, &cfg), mins(5));
        // Silent feed → max.
        let old = [now - chrono::Duration::days(30)];
        let silent = ScheduleInput {
            recent_items: &old,
            ..Default::default()
        };
        assert_eq!(next_check_interval(&silent, now, &cfg), cfg.max_interval);
        // A huge TTL is clamped to the maximum.
        let ttl = ScheduleInput {
            ttl_minutes: Some(100_000),
            recent_items: &busy,
            ..Default::default()
        };
        assert_eq!(next_check_interval(&ttl, now, &cfg), cfg.max_interval);
    }

    #[test]
    fn errors_back_off_and_honour_retry_after() {
        let cfg = ScheduleConfig::default();
        let now: DateTime<Utc> = "2024-05-01T12:00:00Z".parse().unwrap();
        let mut input = ScheduleInput {
            consecutive_errors: 3,
            ..Default::default()
        };
        assert_eq!(next_check_interval(&input, now, &cfg), mins(20));
        input.retry_after = Some(RetryAfter::Delay(mins(60)));
        assert_eq!(next_check_interval(&input, now, &cfg), mins(60));
        input.retry_after = Some(RetryAfter::At(now + chrono::Duration::hours(3)));
        assert_eq!(next_check_interval(&input, now, &cfg), mins(180));
    }
}
