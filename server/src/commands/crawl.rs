//! `pollwatch crawl [--all]`: one crawl pass, then a summary table. Also the crawler options
//! shared by `serve` and `crawl` ([`CrawlOpts`]), and their fetcher part that `feeds add` takes
//! too ([`FetchOpts`]).

use std::{io::IsTerminal, process::ExitCode, time::Duration};

use anyhow::Context as _;
use app::server::crawler::{Crawler, CrawlerConfig, FeedOutcome, FeedReport, PassMode, PassStats};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use pollwatch_crawl::{parse_allow_list, FetcherConfig, ScheduleConfig};

use crate::{cli::GlobalOpts, startup};

/// Fetcher settings (`serve`, `crawl`, `feeds add`).
#[derive(Debug, Clone, Args)]
pub struct FetchOpts {
    /// Private address ranges the crawler may fetch from, comma-separated CIDRs (e.g.
    /// `10.0.0.0/8,127.0.0.1/32`). Loopback, private, link-local and metadata addresses are
    /// refused otherwise (SSRF guard).
    #[arg(long, env = "POLLWATCH_ALLOW_PRIVATE_HOSTS", value_name = "CIDRS", default_value = "", value_parser = check_allow_list, hide_default_value = true)]
    pub allow_private_hosts: String,

    /// Largest response body accepted on the wire (compressed), in bytes; a bigger feed or page
    /// fails with "response body larger than …", checked while it streams.
    #[arg(long, env = "POLLWATCH_MAX_BODY_BYTES", value_name = "BYTES", default_value_t = 10 * 1024 * 1024, value_parser = clap::value_parser!(u64).range(1024..))]
    pub max_body_bytes: u64,

    /// Largest body after gzip/deflate/brotli decompression, in bytes (guards against
    /// compression bombs).
    #[arg(long, env = "POLLWATCH_MAX_DECOMPRESSED_BYTES", value_name = "BYTES", default_value_t = 50 * 1024 * 1024, value_parser = clap::value_parser!(u64).range(1024..))]
    pub max_decompressed_bytes: u64,
}

impl Default for FetchOpts {
    fn default() -> Self {
        Self {
            allow_private_hosts: String::new(),
            max_body_bytes: 10 * 1024 * 1024,
            max_decompressed_bytes: 50 * 1024 * 1024,
        }
    }
}

impl FetchOpts {
    /// The fetcher settings (SSRF allow-list, body caps).
    pub fn fetcher_config(&self) -> FetcherConfig {
        FetcherConfig {
            // Validated by clap.
            allow_private: parse_allow_list(&self.allow_private_hosts).unwrap_or_default(),
            max_body_bytes: self.max_body_bytes,
            max_decompressed_bytes: self.max_decompressed_bytes,
            ..FetcherConfig::default()
        }
    }
}

/// Crawler settings (`serve`, `crawl`).
#[derive(Debug, Clone, Args)]
pub struct CrawlOpts {
    #[command(flatten)]
    pub fetch: FetchOpts,

    /// Consecutive failures after which a feed is disabled (410 Gone disables at once).
    #[arg(long, env = "POLLWATCH_MAX_FEED_ERRORS", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_feed_errors: u32,

    /// Shortest interval between two checks of a feed, in seconds.
    #[arg(long, env = "POLLWATCH_MIN_CHECK_INTERVAL", default_value_t = 300, value_parser = clap::value_parser!(u64).range(1..))]
    pub min_check_interval: u64,

    /// Longest interval between two checks of a feed, in seconds.
    #[arg(long, env = "POLLWATCH_MAX_CHECK_INTERVAL", default_value_t = 86_400, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_check_interval: u64,

    /// Feeds refreshed at once by this process.
    #[arg(long, env = "POLLWATCH_CRAWL_CONCURRENCY", default_value_t = 16, value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub crawl_concurrency: u32,

    /// Requests in flight to one host at a time (feeds and article pages).
    #[arg(long, env = "POLLWATCH_PER_HOST_CONCURRENCY", default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=2))]
    pub per_host_concurrency: u32,
}

impl Default for CrawlOpts {
    fn default() -> Self {
        Self {
            fetch: FetchOpts::default(),
            max_feed_errors: 10,
            min_check_interval: 300,
            max_check_interval: 86_400,
            crawl_concurrency: 16,
            per_host_concurrency: 2,
        }
    }
}

fn check_allow_list(s: &str) -> Result<String, String> {
    parse_allow_list(s)
        .map(|_| s.to_owned())
        .map_err(|e| e.to_string())
}

impl CrawlOpts {
    /// The crawler settings.
    pub fn crawler_config(&self) -> CrawlerConfig {
        CrawlerConfig {
            schedule: ScheduleConfig {
                min_interval: Duration::from_secs(self.min_check_interval),
                max_interval: Duration::from_secs(
                    self.max_check_interval.max(self.min_check_interval),
                ),
                max_consecutive_errors: self.max_feed_errors,
                ..ScheduleConfig::default()
            },
            concurrency: self.crawl_concurrency as usize,
            per_host: self.per_host_concurrency as usize,
            fetcher: self.fetch.fetcher_config(),
            ..CrawlerConfig::default()
        }
    }
}

/// `pollwatch crawl`.
#[derive(Debug, Clone, Args)]
pub struct CrawlArgs {
    /// Refresh every enabled feed, not only the due ones.
    #[arg(long)]
    pub all: bool,

    #[command(flatten)]
    pub crawl: CrawlOpts,
}

pub async fn run(global: &GlobalOpts, args: CrawlArgs) -> anyhow::Result<ExitCode> {
    let shutdown = startup::shutdown_signal();
    let db = startup::connect_and_migrate(global).await?;
    let crawler = Crawler::new(db.clone(), args.crawl.crawler_config()).await?;
    let mode = if args.all {
        PassMode::All
    } else {
        PassMode::Due
    };
    let total = crawler
        .count_pending(mode)
        .await
        .context("counting due feeds")?;

    // The bar goes to stderr, and only when a person is watching.
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(total.max(0) as u64);
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} feeds · {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let new_articles = std::sync::atomic::AtomicUsize::new(0);
    let on_feed = |r: &FeedReport| {
        if let FeedOutcome::Fetched { new, .. } = r.outcome {
            new_articles.fetch_add(new, std::sync::atomic::Ordering::Relaxed);
        }
        bar.inc(1);
        bar.set_message(format!(
            "{} new articles",
            new_articles.load(std::sync::atomic::Ordering::Relaxed)
        ));
    };
    // Ctrl-C or SIGTERM stops the pass: the refreshes in flight are dropped and the feeds this
    // process leased are given back at once, so the next pass (here or in another process)
    // takes them instead of skipping them until their leases run out.
    let stats = tokio::select! {
        stats = crawler.run_pass(mode, Some(&on_feed)) => stats,
        () = shutdown => {
            bar.finish_and_clear();
            let released = app::server::db::feeds::release_leases(&db, crawler.owner()).await;
            db.close().await;
            match released {
                Ok(n) => eprintln!("crawl interrupted: {n} leased feeds given back"),
                Err(e) => eprintln!("crawl interrupted; its leases will run out in 15 minutes ({e})"),
            }
            return Ok(ExitCode::from(130));
        }
    };
    bar.finish_and_clear();
    let stats = stats.context("crawl pass")?;
    print!("{}", summary_table(&stats));
    db.close().await;
    Ok(ExitCode::SUCCESS)
}

/// The pass summary, one figure a line.
pub fn summary_table(s: &PassStats) -> String {
    let rows = [
        ("feeds", s.feeds),
        ("fetched", s.fetched),
        ("not modified", s.not_modified),
        ("failed", s.failed),
        ("disabled", s.disabled),
        ("new articles", s.new_articles),
        ("changed articles", s.changed_articles),
    ];
    let mut out = String::new();
    for (label, n) in rows {
        out.push_str(&format!("{label:<18}{n:>8}\n"));
    }
    out.push_str(&format!(
        "{:<18}{:>7.1}s\n",
        "elapsed",
        s.elapsed.as_secs_f64()
    ));
    out
}
