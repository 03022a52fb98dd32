//! pollwatch-crawl: the network and parsing half of the crawler.
//!
//! Owns fetching ([`Fetcher`]: conditional GET, caps, timeouts, redirects, SSRF guard), feed
//! parsing, feed discovery, OPML, article extraction, robots.txt, per-host limits and pure
//! scheduling helpers. It must not touch the database, Leptos or any global state: the caller
//! stores validators, error counts and schedules. See `README.md` for the design.

pub mod article;
pub mod canonical;
pub mod discover;
pub mod encoding;
pub mod feed;
pub mod fetch;
pub mod guard;
pub mod limiter;
pub mod opml;
pub mod robots;
pub mod schedule;
pub mod text;

pub use article::{extract_article, parse_date, sanitize_html, Article};
pub use canonical::{canonicalize_str, canonicalize_url, is_tracking_param, redact_url};
pub use discover::{discover_feeds, DiscoveredFeed};
pub use encoding::decode_html;
pub use feed::{parse_feed, FeedFormat, FeedItem, FeedParseError, ParsedFeed};
pub use fetch::{
    CacheHints, FetchError, FetchOptions, FetchOutcome, FetchedResponse, Fetcher, FetcherConfig,
    RetryAfter, Validators, DEFAULT_USER_AGENT,
};
pub use guard::{
    parse_allow_list, AddressPolicy, AllowListError, GuardError, GuardedResolver, HostResolver,
    StaticResolver, SystemResolver,
};
pub use limiter::{HostLimiter, HostPermit};
pub use opml::{parse_opml, write_opml, OpmlError, OpmlFeed, POLLWATCH_OPML_NS};
pub use robots::RobotsCache;
pub use schedule::{
    backoff_delay, next_check_interval, should_disable, ScheduleConfig, ScheduleInput,
};
pub use text::{content_hash, html_to_text, normalize_for_hash};
