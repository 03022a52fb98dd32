//! Crawl benchmark (not a timed test): 2,000 feeds × 50 items served from loopback, then
//!
//! 1. a bare loop that only fetches and parses the feeds (same fetcher, same per-host limit),
//! 2. a bare loop that also fetches and extracts every item's page (no database),
//! 3. a full crawl pass (`Crawler::run_pass`: dedupe, pages, extraction, one transaction per
//!    feed, claims hook), then a second pass where every feed answers 304, then loop 2 again
//!    (the pass is compared with the mean of the two runs of loop 2 around it),
//! 4. the same two passes with page fetching off (feeds only, like loop 1).
//!
//! Prints feeds/s, articles/s and the peak RSS (VmHWM, reset before each step) of this process
//! during each step; the fixture server runs in a child process so its memory is not counted.
//!
//! `cargo bench -p server --bench crawl` (env: `BENCH_FEEDS`, `BENCH_ITEMS`, `BENCH_HOSTS`, `BENCH_CONCURRENCY` (32),
//! `BENCH_DATABASE_URL`, default a temporary SQLite file; `POLLWATCH_MALLOC_ARENAS` as for
//! `pollwatch`, default 4). `scripts/bench-crawl` wraps it.

use std::{
    io::{BufRead, BufReader, Write},
    net::SocketAddr,
    process::{Command, Stdio},
    sync::Arc,
    time::Instant,
};

use app::server::{
    crawler::{Crawler, CrawlerConfig, PassMode},
    db::{self, outlets::NewOutlet, Db, DbOptions},
    service::claims::ClaimsEngine,
};
use axum::{
    extract::Path,
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use futures::StreamExt;
use pollwatch_crawl::{
    decode_html, extract_article, parse_allow_list, parse_feed, FetchOutcome, Fetcher,
    FetcherConfig, HostLimiter, Validators,
};
use url::Url;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

const PARA: &str = "The electoral commission said the survey, published on a Sunday evening \
    without any methodology note, could not be traced to a registered polling institute; its \
    sample size, fieldwork dates and margin of error were never disclosed, and the firm named \
    as its author has no record of any previous study.";

/// Resets the peak RSS (VmHWM) to the current RSS, so each step reports its own peak
/// (Linux: `5` in `/proc/self/clear_refs`).
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

// ---------------------------------------------------------------- fixture server (child) ----

fn feed_xml(host: usize, feed: usize, items: usize, port_of: &dyn Fn(usize) -> u16) -> String {
    let mut out = String::with_capacity(items * 700);
    out.push_str(&format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>\
         <title>Bench feed {feed}</title><link>http://127.0.0.{h}/</link><description>b</description>\n",
        h = host + 1
    ));
    for j in 0..items {
        out.push_str(&format!(
            "<item><title>Feed {feed} story {j}: poll claims a lead</title>\
             <link>http://127.0.0.{h}:{port}/a/{feed}/{j}?utm_source=rss</link>\
             <guid isPermaLink=\"false\">f{feed}-i{j}</guid>\
             <pubDate>Mon, {d:02} Nov 2026 {hh:02}:00:00 GMT</pubDate>\
             <description>Summary of story {j} of feed {feed}. {PARA}</description></item>\n",
            h = host + 1,
            port = port_of(host),
            d = 1 + j % 28,
            hh = j % 24,
        ));
    }
    out.push_str("</channel></rss>\n");
    out
}

fn page_html(feed: usize, item: usize) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story {item}</title>\
         <meta name=\"author\" content=\"Bench Reporter\"></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Story {item}</h1>\
         <p>Feed {feed}, story {item}. {PARA}</p><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></article>\
         <footer>Cookie settings · Newsletter</footer></body></html>"
    )
}

fn run_server(hosts: usize, items: usize) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async move {
        let mut listeners = Vec::new();
        for h in 0..hosts {
            let l = tokio::net::TcpListener::bind(format!("127.0.0.{}:0", h + 1))
                .await
                .unwrap();
            listeners.push(l);
        }
        let ports: Arc<Vec<u16>> = Arc::new(
            listeners
                .iter()
                .map(|l| l.local_addr().unwrap().port())
                .collect(),
        );
        let mut stdout = std::io::stdout();
        for p in ports.iter() {
            write!(stdout, "{p} ").unwrap();
        }
        writeln!(stdout).unwrap();
        stdout.flush().unwrap();
        for (h, l) in listeners.into_iter().enumerate() {
            let ports = ports.clone();
            let app = Router::new()
                .route(
                    "/feed/{id}",
                    get(move |Path(id): Path<String>, headers: HeaderMap| {
                        let ports = ports.clone();
                        async move {
                            let feed: usize = id.trim_end_matches(".xml").parse().unwrap_or(0);
                            if headers
                                .get(header::IF_NONE_MATCH)
                                .is_some_and(|v| v == "\"v1\"")
                            {
                                return StatusCode::NOT_MODIFIED.into_response();
                            }
                            let body = feed_xml(h, feed, items, &|host| ports[host]);
                            (
                                [
                                    (header::CONTENT_TYPE, "application/rss+xml"),
                                    (header::ETAG, "\"v1\""),
                                ],
                                body,
                            )
                                .into_response()
                        }
                    }),
                )
                .route(
                    "/a/{feed}/{item}",
                    get(|Path((feed, item)): Path<(usize, usize)>| async move {
                        (
                            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                            page_html(feed, item),
                        )
                    }),
                )
                .fallback(|| async {
                    Response::builder()
                        .status(404)
                        .body(axum::body::Body::empty())
                        .unwrap()
                });
            tokio::spawn(async move {
                let _ = axum::serve(l, app).await;
            });
        }
        std::future::pending::<()>().await;
    });
}

// ------------------------------------------------------------------------- the bench ----

struct Rates {
    secs: f64,
    feeds: usize,
    articles: usize,
}

impl Rates {
    fn line(&self, name: &str) -> String {
        format!(
            "| {name:<44} | {:>7.1} | {:>9.0} | {:>10.0} | {:>8.0} |",
            self.secs,
            self.feeds as f64 / self.secs,
            self.articles as f64 / self.secs,
            peak_rss_mb()
        )
    }
}

fn fetcher_config() -> FetcherConfig {
    FetcherConfig {
        allow_private: parse_allow_list("127.0.0.0/8").unwrap(),
        ..FetcherConfig::default()
    }
}

async fn bare_loop(urls: &[Url], concurrency: usize, pages: bool) -> Rates {
    reset_peak_rss();
    let fetcher = Fetcher::new(fetcher_config()).unwrap();
    let limiter = HostLimiter::new(2);
    let started = Instant::now();
    let counts: Vec<usize> = futures::stream::iter(urls.iter().cloned())
        .map(|url| {
            let (fetcher, limiter) = (fetcher.clone(), limiter.clone());
            tokio::spawn(async move {
                let resp = {
                    let _p = limiter.acquire(&url).await;
                    fetcher.fetch(&url, &Validators::default()).await
                };
                let Ok(FetchOutcome::Fetched(resp)) = resp else {
                    return 0;
                };
                let parsed = parse_feed(&resp.body, resp.content_type.as_deref(), &resp.final_url)
                    .expect("feed parses");
                if !pages {
                    return parsed.items.len();
                }
                let links: Vec<Url> = parsed.items.iter().filter_map(|i| i.link.clone()).collect();
                futures::stream::iter(links)
                    .map(|link| {
                        let (fetcher, limiter) = (fetcher.clone(), limiter.clone());
                        async move {
                            let resp = {
                                let _p = limiter.acquire(&link).await;
                                fetcher.fetch(&link, &Validators::default()).await
                            };
                            if let Ok(FetchOutcome::Fetched(r)) = resp {
                                let html = decode_html(&r.body, r.content_type.as_deref());
                                tokio::task::spawn_blocking(move || {
                                    extract_article(&html, &link, None).text.len()
                                })
                                .await
                                .unwrap();
                            }
                            1usize
                        }
                    })
                    .buffered(4)
                    .fold(0, |a, b| async move { a + b })
                    .await
            })
        })
        .buffer_unordered(concurrency)
        .map(|r| r.unwrap())
        .collect()
        .await;
    Rates {
        secs: started.elapsed().as_secs_f64(),
        feeds: counts.len(),
        articles: counts.iter().sum(),
    }
}

async fn fresh_db(url: Option<&str>, tag: &str, dir: &std::path::Path) -> Db {
    let url = match url {
        Some(u) => u.to_owned(),
        None => format!("sqlite:{}", dir.join(format!("{tag}.db")).display()),
    };
    let db = Db::connect(
        &url,
        &DbOptions {
            max_connections: 16,
            ..DbOptions::default()
        },
    )
    .await
    .unwrap();
    db.migrate().await.unwrap();
    db
}

async fn seed_feeds(db: &Db, urls: &[Url]) {
    let now = chrono::Utc::now();
    let mut tx = db.begin().await.unwrap();
    let outlet = NewOutlet {
        name: "Bench".into(),
        ..NewOutlet::default()
    };
    let outlet_id = db::outlets::upsert(&mut tx, &outlet, now).await.unwrap();
    for u in urls {
        let f = db::feeds::NewFeed {
            outlet_id,
            url: u.as_str(),
            title: None,
            site_url: None,
            disabled_reason: None,
        };
        db::feeds::insert(&mut tx, &f, now).await.unwrap();
    }
    tx.commit().await.unwrap();
}

async fn crawl(db: &Db, concurrency: usize, pages: bool, claims: bool) -> Crawler {
    let cfg = CrawlerConfig {
        concurrency,
        fetch_pages: pages,
        detect_claims: claims,
        fetcher: fetcher_config(),
        ..CrawlerConfig::default()
    };
    let fetcher = Fetcher::new(cfg.fetcher.clone()).unwrap();
    let claims = ClaimsEngine::load(db).await.unwrap();
    Crawler::with_parts(db.clone(), cfg, fetcher, claims).expect("crawler")
}

async fn pass(c: &Crawler) -> Rates {
    reset_peak_rss();
    let s = c.run_pass(PassMode::All, None).await.unwrap();
    assert_eq!(s.failed, 0, "{s:?}");
    Rates {
        secs: s.elapsed.as_secs_f64(),
        feeds: s.feeds,
        articles: s.new_articles,
    }
}

/// A first pass over freshly seeded feeds, then a second where every feed answers 304, each
/// printed as a table row under its label.
async fn two_passes(
    db: &Db,
    concurrency: usize,
    pages: bool,
    claims: bool,
    labels: [&str; 2],
) -> (Rates, Rates) {
    let c = crawl(db, concurrency, pages, claims).await;
    let first = pass(&c).await;
    println!("{}", first.line(labels[0]));
    let second = pass(&c).await;
    println!("{}", second.line(labels[1]));
    (first, second)
}

fn main() {
    let feeds = env_usize("BENCH_FEEDS", 2000);
    let items = env_usize("BENCH_ITEMS", 50);
    let hosts = env_usize("BENCH_HOSTS", 50).clamp(1, 250);
    if std::env::var_os("PW_BENCH_SERVER").is_some() {
        return run_server(hosts, items);
    }
    // `cargo bench` passes `--bench`; nothing else is accepted.
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env("PW_BENCH_SERVER", "1")
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the fixture server");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let ports: Vec<u16> = line
        .split_whitespace()
        .map(|p| p.parse().unwrap())
        .collect();
    let urls: Vec<Url> = (0..feeds)
        .map(|i| {
            let h = i % hosts;
            let addr = SocketAddr::from(([127, 0, 0, (h + 1) as u8], ports[h]));
            Url::parse(&format!("http://{addr}/feed/{i}.xml")).unwrap()
        })
        .collect();
    let db_url = std::env::var("BENCH_DATABASE_URL").ok();
    let dir = tempfile::tempdir().unwrap();
    let concurrency = env_usize("BENCH_CONCURRENCY", 32);
    let only_feeds = std::env::var("BENCH_ONLY").is_ok_and(|v| v == "feeds");
    // The allocator setting `pollwatch` starts with (`--malloc-arenas`), for every
    // step alike: the bare loops run in this process too.
    let arenas = std::env::var("POLLWATCH_MALLOC_ARENAS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(server::allocator::DEFAULT_ARENAS);
    let capped = server::allocator::cap_arenas(arenas);
    println!(
        "malloc arenas: {}",
        if capped {
            arenas.to_string()
        } else {
            "C library default".to_owned()
        }
    );

    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        println!(
            "{feeds} feeds × {items} items on {hosts} loopback hosts, {} cores, concurrency {concurrency}, per host 2, database {}",
            std::thread::available_parallelism().map_or(0, |n| n.get()),
            if db_url.is_some() { "PostgreSQL" } else { "SQLite" }
        );
        println!("| {:<44} | {:>7} | {:>9} | {:>10} | {:>8} |", "step", "seconds", "feeds/s", "articles/s", "peak MB");
        println!("|{}|{}|{}|{}|{}|", "-".repeat(46), "-".repeat(9), "-".repeat(11), "-".repeat(12), "-".repeat(10));
        let bare = bare_loop(&urls, concurrency, false).await;
        println!("{}", bare.line("bare loop: fetch + parse feeds"));
        // BENCH_ONLY=feeds: the pages-off passes alone (for profiling them).
        let full = if only_feeds {
            None
        } else {
            let bare_pages = bare_loop(&urls, concurrency, true).await;
            println!("{}", bare_pages.line("bare loop: + fetch + extract pages (no DB)"));

            let db = fresh_db(db_url.as_deref(), "full", dir.path()).await;
            seed_feeds(&db, &urls).await;
            // BENCH_CLAIMS=off: the full pass without claim detection (to tell its cost apart).
            let claims_on = std::env::var("BENCH_CLAIMS").map_or(true, |v| v != "off");
            let (first, second) = two_passes(
                &db,
                concurrency,
                true,
                claims_on,
                [
                    "crawl pass 1 (pages, extraction, DB)",
                    "crawl pass 2 (every feed 304)",
                ],
            )
            .await;
            db.close().await;
            // The bare loop again, after the pass: this machine's speed drifts within a run
            // (other tenants), so the pass is compared with the mean of the two bare runs
            // around it.
            let again = bare_loop(&urls, concurrency, true).await;
            println!("{}", again.line("bare loop: + fetch + extract pages (again)"));
            let bare_pages = Rates {
                secs: (bare_pages.secs + again.secs) / 2.0,
                feeds: bare_pages.feeds,
                articles: bare_pages.articles,
            };
            Some((bare_pages, first, second))
        };

        let db2 = fresh_db(db_url.as_deref(), "feeds-only", dir.path()).await;
        if db_url.is_some() {
            // Same PostgreSQL database: start from empty tables.
            app::on_pool!(&db2, |p| sqlx::query("TRUNCATE articles, feeds, outlets CASCADE").execute(p).await.map(|r| r.rows_affected())).unwrap();
        }
        seed_feeds(&db2, &urls).await;
        let (first2, _) = two_passes(
            &db2,
            concurrency,
            false,
            false,
            [
                "crawl pass 1, pages and claims off",
                "crawl pass 2, pages and claims off (304)",
            ],
        )
        .await;
        db2.close().await;

        let rate = |r: &Rates| r.feeds as f64 / r.secs;
        println!();
        if let Some((bare_pages, first, second)) = &full {
            println!("full pass / bare feed loop (feeds/s):            {:.2}", rate(first) / rate(&bare));
            println!("full pass / bare loop with pages (feeds/s):      {:.2}  (against the mean of the two bare runs)", rate(first) / rate(bare_pages));
            println!("pass 2 (304) speed-up over pass 1:               {:.1}×", first.secs / second.secs);
        }
        println!("pages+claims-off pass / bare feed loop:         {:.2}", rate(&first2) / rate(&bare));
        println!("peak RSS of the crawling process: per step, in the table (VmHWM reset before each)");
    });
    let _ = child.kill();
    let _ = child.wait();
}
