//! Fetcher and SSRF-guard tests against a local fixture server on 127.0.0.1 / 127.0.0.2.
//! Nothing here connects anywhere but loopback: private, link-local and metadata addresses are
//! only ever fed to the guard (as URL literals refused before connecting, or through the stub
//! resolver, whose answers are refused before connecting).

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Path, Query};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use pollwatch_crawl::{
    parse_allow_list, parse_feed, FetchError, FetchOutcome, Fetcher, FetcherConfig, GuardError,
    RetryAfter, RobotsCache, StaticResolver, Validators,
};
use url::Url;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn bomb() -> &'static [u8] {
    static BOMB: OnceLock<Vec<u8>> = OnceLock::new();
    BOMB.get_or_init(|| gzip(&vec![0u8; 20 * 1024 * 1024]))
}

#[derive(serde::Deserialize)]
struct To {
    to: String,
}

fn router() -> Router {
    Router::new()
        .route(
            "/fixtures/{name}",
            get(|Path(name): Path<String>| async move {
                let ct = match name.as_str() {
                    "cp1251_no_prolog.xml" => "application/rss+xml; charset=windows-1251",
                    n if n.ends_with(".json") => "application/feed+json",
                    n if n.ends_with(".html") => "text/html",
                    _ => "application/rss+xml",
                };
                ([(header::CONTENT_TYPE, ct)], fixture(&name))
            }),
        )
        .route(
            "/etag",
            get(|h: HeaderMap| async move {
                if h.get(header::IF_NONE_MATCH).is_some_and(|v| v == "\"v1\"") {
                    return StatusCode::NOT_MODIFIED.into_response();
                }
                ([(header::ETAG, "\"v1\"")], fixture("rss2_news.xml")).into_response()
            }),
        )
        .route(
            "/lastmod",
            get(|h: HeaderMap| async move {
                let lm = "Tue, 14 May 2024 09:12:03 GMT";
                if h.get(header::IF_MODIFIED_SINCE).is_some_and(|v| v == lm) {
                    return StatusCode::NOT_MODIFIED.into_response();
                }
                (
                    [
                        (header::LAST_MODIFIED, lm),
                        (header::CACHE_CONTROL, "public, max-age=900"),
                    ],
                    fixture("atom_news.xml"),
                )
                    .into_response()
            }),
        )
        .route(
            "/ratelimit",
            get(|| async { (StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, "120")], "slow down") }),
        )
        .route(
            "/unavailable",
            get(|| async {
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    [(header::RETRY_AFTER, "Wed, 21 Oct 2037 07:28:00 GMT")],
                    "maintenance",
                )
            }),
        )
        .route("/gone", get(|| async { StatusCode::GONE }))
        .route("/missing", get(|| async { StatusCode::NOT_FOUND }))
        .route(
            "/redirect/{n}",
            get(|Path(n): Path<u32>| async move {
                if n == 0 {
                    fixture("rss2_news.xml").into_response()
                } else {
                    (StatusCode::FOUND, [(header::LOCATION, format!("/redirect/{}", n - 1))]).into_response()
                }
            }),
        )
        .route(
            "/redirect-to",
            get(|Query(q): Query<To>| async move {
                (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, q.to)])
            }),
        )
        .route("/no-location", get(|| async { StatusCode::FOUND }))
        .route(
            "/bad-location",
            get(|| async { (StatusCode::FOUND, [(header::LOCATION, "http://[::1")]) }),
        )
        .route("/big", get(|| async { vec![b'x'; 2 * 1024 * 1024] }))
        .route(
            "/big-chunked",
            get(|| async {
                let chunks = (0..64).map(|_| Ok::<_, std::io::Error>(vec![b'x'; 64 * 1024]));
                Body::from_stream(futures::stream::iter(chunks))
            }),
        )
        .route("/medium", get(|| async { vec![b'x'; 512 * 1024] }))
        .route(
            "/gzip-bomb",
            get(|| async { ([(header::CONTENT_ENCODING, "gzip")], bomb().to_vec()) }),
        )
        .route(
            "/gzip-feed",
            get(|| async {
                (
                    [(header::CONTENT_ENCODING, "gzip"), (header::CONTENT_TYPE, "application/rss+xml")],
                    gzip(&fixture("rss2_news.xml")),
                )
            }),
        )
        .route(
            "/never",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(3600)).await;
                "too late"
            }),
        )
        .route(
            "/stall-body",
            get(|| async {
                let s = futures::stream::once(async { Ok::<_, std::io::Error>(b"<rss".to_vec()) })
                    .chain(futures::stream::once(async {
                        tokio::time::sleep(Duration::from_secs(3600)).await;
                        Ok(b"/>".to_vec())
                    }));
                Response::new(Body::from_stream(s))
            }),
        )
        .route(
            "/ua",
            get(|h: HeaderMap| async move {
                h.get(header::USER_AGENT).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
            }),
        )
        .route(
            "/robots.txt",
            get(|h: HeaderMap| async move {
                let host = h.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
                if host.starts_with("down.test") {
                    return StatusCode::INTERNAL_SERVER_ERROR.into_response();
                }
                if host.starts_with("norobots.test") {
                    return StatusCode::NOT_FOUND.into_response();
                }
                "User-agent: *\nDisallow: /private\n\nUser-agent: pollwatch\nDisallow: /no-pollwatch\nCrawl-delay: 2\n"
                    .into_response()
            }),
        )
}

use futures::StreamExt;

/// Serves the fixture router on `ip:0`; returns the bound address.
async fn serve(ip: &str) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind((ip.parse::<IpAddr>().unwrap(), 0))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router()).await.unwrap() });
    addr
}

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

/// A resolver for the test's made-up names. Only the loopback ones are ever connected to.
fn stub() -> Arc<StaticResolver> {
    Arc::new(
        StaticResolver::new()
            .with("feeds.test", &[ip("127.0.0.1")])
            .with("down.test", &[ip("127.0.0.1")])
            .with("norobots.test", &[ip("127.0.0.1")])
            .with("localhost", &[ip("127.0.0.1")])
            .with("evil.test", &[ip("127.0.0.2")])
            .with("metadata.test", &[ip("169.254.169.254")])
            .with("intranet.test", &[ip("10.0.0.7")])
            .with("router.test", &[ip("192.168.1.1")])
            .with("cgnat.test", &[ip("100.64.0.1")])
            .with("mapped.test", &[ip("::ffff:127.0.0.1")])
            .with("ula.test", &[ip("fd00::1")])
            .with("ll6.test", &[ip("fe80::1")]),
    )
}

/// Test config: short timeouts, small caps, only 127.0.0.1 allow-listed.
fn config(allow: &str) -> FetcherConfig {
    FetcherConfig {
        connect_timeout: Duration::from_secs(2),
        read_timeout: Duration::from_millis(500),
        total_timeout: Duration::from_secs(3),
        max_body_bytes: 1024 * 1024,
        max_decompressed_bytes: 1024 * 1024,
        allow_private: parse_allow_list(allow).unwrap(),
        ..FetcherConfig::default()
    }
}

fn fetcher(allow: &str) -> Fetcher {
    Fetcher::with_resolver(config(allow), stub()).unwrap()
}

fn u(s: &str) -> Url {
    Url::parse(s).unwrap()
}

async fn get_ok(f: &Fetcher, url: &str) -> pollwatch_crawl::FetchedResponse {
    match f.fetch(&u(url), &Validators::default()).await {
        Ok(FetchOutcome::Fetched(r)) => r,
        other => panic!("{url}: {other:?}"),
    }
}

async fn get_err(f: &Fetcher, url: &str) -> FetchError {
    match f.fetch(&u(url), &Validators::default()).await {
        Err(e) => e,
        Ok(o) => panic!("{url}: expected an error, got {o:?}"),
    }
}

#[tokio::test]
async fn fetches_and_parses_every_format_by_name() {
    let addr = serve("127.0.0.1").await;
    let f = fetcher("127.0.0.1/32");
    let port = addr.port();
    for name in [
        "rss2_news.xml",
        "atom_news.xml",
        "rss1_rdf.xml",
        "rss091.xml",
        "feed.json",
        "latin1.xml",
        "cp1251_no_prolog.xml",
    ] {
        let r = get_ok(&f, &format!("http://feeds.test:{port}/fixtures/{name}")).await;
        let feed = parse_feed(&r.body, r.content_type.as_deref(), &r.final_url)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!feed.items.is_empty(), "{name}");
    }
    let r = get_ok(
        &f,
        &format!("http://feeds.test:{port}/fixtures/cp1251_no_prolog.xml"),
    )
    .await;
    let feed = parse_feed(&r.body, r.content_type.as_deref(), &r.final_url).unwrap();
    assert_eq!(
        feed.items[0].title.as_deref(),
        Some("Опрос: 87% россиян поддерживают курс")
    );

    let ua = get_ok(&f, &format!("http://feeds.test:{port}/ua")).await;
    assert!(std::str::from_utf8(&ua.body)
        .unwrap()
        .starts_with("pollwatch/"));

    let gz = get_ok(&f, &format!("http://feeds.test:{port}/gzip-feed")).await;
    assert_eq!(&gz.body[..], &fixture("rss2_news.xml")[..]);
}

#[tokio::test]
async fn conditional_get_and_304() {
    let addr = serve("127.0.0.1").await;
    let f = fetcher("127.0.0.1/32");
    let url = u(&format!("http://127.0.0.1:{}/etag", addr.port()));
    let FetchOutcome::Fetched(first) = f.fetch(&url, &Validators::default()).await.unwrap() else {
        panic!("expected a body")
    };
    assert_eq!(first.validators.etag.as_deref(), Some("\"v1\""));
    let second = f.fetch(&url, &first.validators).await.unwrap();
    assert!(matches!(second, FetchOutcome::NotModified { .. }));

    let url = u(&format!("http://127.0.0.1:{}/lastmod", addr.port()));
    let FetchOutcome::Fetched(first) = f.fetch(&url, &Validators::default()).await.unwrap() else {
        panic!("expected a body")
    };
    assert_eq!(first.cache.max_age, Some(Duration::from_secs(900)));
    assert!(first.validators.last_modified.is_some());
    assert!(matches!(
        f.fetch(&url, &first.validators).await.unwrap(),
        FetchOutcome::NotModified { .. }
    ));
}

#[tokio::test]
async fn status_classification_and_retry_after() {
    let addr = serve("127.0.0.1").await;
    let f = fetcher("127.0.0.1/32");
    let base = format!("http://127.0.0.1:{}", addr.port());
    match get_err(&f, &format!("{base}/ratelimit")).await {
        FetchError::RateLimited {
            status: 429,
            retry_after,
        } => {
            assert_eq!(
                retry_after,
                Some(RetryAfter::Delay(Duration::from_secs(120)))
            )
        }
        e => panic!("{e:?}"),
    }
    let e = get_err(&f, &format!("{base}/unavailable")).await;
    assert_eq!(e.status(), Some(503));
    assert_eq!(
        e.retry_after(),
        Some(RetryAfter::At("2037-10-21T07:28:00Z".parse().unwrap()))
    );
    assert!(!e.is_permanent());
    let gone = get_err(&f, &format!("{base}/gone")).await;
    assert!(matches!(gone, FetchError::Gone) && gone.is_permanent());
    let missing = get_err(&f, &format!("{base}/missing")).await;
    assert!(matches!(missing, FetchError::Http { status: 404 }) && !missing.is_permanent());
}

#[tokio::test]
async fn redirects_up_to_five() {
    let addr = serve("127.0.0.1").await;
    let f = fetcher("127.0.0.1/32");
    let base = format!("http://feeds.test:{}", addr.port());
    let r = get_ok(&f, &format!("{base}/redirect/5")).await;
    assert_eq!(r.final_url.path(), "/redirect/0");
    assert!(matches!(
        get_err(&f, &format!("{base}/redirect/6")).await,
        FetchError::TooManyRedirects { max: 5 }
    ));
    // A redirect that cannot be followed says why, not just "HTTP 302".
    let e = get_err(&f, &format!("{base}/no-location")).await;
    assert_eq!(e.to_string(), "fetch: HTTP 302 redirect without a Location");
    let e = get_err(&f, &format!("{base}/bad-location")).await;
    assert_eq!(
        e.to_string(),
        "fetch: HTTP 302 redirect to an unusable Location \"http://[::1\""
    );
    assert_eq!(e.status(), Some(302));
    // A name that does not resolve after a redirect: the error names the redirect target,
    // not the URL that was asked for.
    let e = get_err(
        &f,
        &format!(
            "{base}/redirect-to?to=http://nowhere.test:{}/feed",
            addr.port()
        ),
    )
    .await;
    let msg = e.to_string();
    assert!(msg.contains("nowhere.test"), "{msg}");
    assert!(!msg.contains("redirect-to"), "{msg}");
    // The error never carries the URL asked for: it may hold a token, and it is stored.
    let e = get_err(&f, "http://nowhere.test/feed?token=s3cret").await;
    assert!(matches!(e, FetchError::Connect(_)), "{e:?}");
    assert!(!e.to_string().contains("s3cret"), "{e}");
}

#[tokio::test]
async fn body_and_decompression_caps() {
    let addr = serve("127.0.0.1").await;
    let f = fetcher("127.0.0.1/32");
    let base = format!("http://127.0.0.1:{}", addr.port());
    assert_eq!(
        get_ok(&f, &format!("{base}/medium")).await.body.len(),
        512 * 1024
    );
    assert!(matches!(
        get_err(&f, &format!("{base}/big")).await,
        FetchError::BodyTooLarge { limit: 1048576 }
    ));
    assert!(matches!(
        get_err(&f, &format!("{base}/big-chunked")).await,
        FetchError::BodyTooLarge { .. }
    ));
    assert!(
        bomb().len() < 1024 * 1024,
        "the bomb itself fits under the wire cap"
    );
    assert!(matches!(
        get_err(&f, &format!("{base}/gzip-bomb")).await,
        FetchError::DecompressedTooLarge { limit: 1048576 }
    ));
}

#[tokio::test]
async fn timeouts() {
    let addr = serve("127.0.0.1").await;
    let f = fetcher("127.0.0.1/32");
    let base = format!("http://127.0.0.1:{}", addr.port());
    for path in ["/never", "/stall-body"] {
        let start = Instant::now();
        let e = get_err(&f, &format!("{base}{path}")).await;
        assert!(matches!(e, FetchError::Timeout), "{path}: {e:?}");
        assert!(start.elapsed() < Duration::from_secs(5), "{path}");
    }
    // A bare TCP listener that accepts and never speaks.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_addr = silent.local_addr().unwrap();
    let e = get_err(&f, &format!("http://{silent_addr}/")).await;
    assert!(matches!(e, FetchError::Timeout), "{e:?}");
    drop(silent);
}

fn assert_blocked(e: FetchError, what: &str) {
    assert!(matches!(e, FetchError::Blocked(_)), "{what}: {e:?}");
    assert!(e.is_permanent(), "{what}");
}

#[tokio::test]
async fn ssrf_first_url_refused_without_connecting() {
    let f = fetcher(""); // nothing allow-listed
    for url in [
        "http://127.0.0.1/",
        "http://127.1.2.3:8080/feed",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://169.254.169.254/latest/meta-data/iam/",
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.0.1/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
        "http://[fd00::1]/",
        "http://[fe80::1]/",
        "http://[::]/",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://localhost/",
        "http://metadata.test/",
        "http://intranet.test/",
        "http://router.test/",
        "http://cgnat.test/",
        "http://mapped.test/",
        "http://ula.test/",
        "http://ll6.test/",
    ] {
        assert_blocked(get_err(&f, url).await, url);
    }
    for url in [
        "file:///etc/passwd",
        "ftp://feeds.test/x",
        "gopher://feeds.test/",
        "data:text/xml,<rss/>",
    ] {
        let e = get_err(&f, url).await;
        assert!(
            matches!(e, FetchError::Blocked(GuardError::Scheme(_))),
            "{url}: {e:?}"
        );
    }
}

#[tokio::test]
async fn ssrf_checked_on_every_redirect() {
    let addr = serve("127.0.0.1").await;
    let addr2 = serve("127.0.0.2").await;
    let f = fetcher("127.0.0.1/32");
    let base = format!("http://feeds.test:{}", addr.port());
    let via = |to: String| {
        format!(
            "{base}/redirect-to?to={}",
            url::form_urlencoded::byte_serialize(to.as_bytes()).collect::<String>()
        )
    };
    for target in [
        format!("http://127.0.0.2:{}/fixtures/rss2_news.xml", addr2.port()),
        format!("http://evil.test:{}/fixtures/rss2_news.xml", addr2.port()),
        "http://169.254.169.254/latest/meta-data/".to_owned(),
        "http://metadata.test/".to_owned(),
        "http://intranet.test/".to_owned(),
        "http://[::1]/".to_owned(),
        "file:///etc/passwd".to_owned(),
    ] {
        assert_blocked(get_err(&f, &via(target.clone())).await, &target);
    }
    // Allow-listing 127.0.0.0/8 opens the same redirect, by literal and by name.
    let open = fetcher("127.0.0.0/8");
    for target in [
        format!("http://127.0.0.2:{}/fixtures/rss2_news.xml", addr2.port()),
        format!("http://evil.test:{}/fixtures/rss2_news.xml", addr2.port()),
    ] {
        let r = get_ok(&open, &via(target.clone())).await;
        assert_eq!(r.final_url.as_str(), target);
    }
}

#[tokio::test]
async fn robots_txt_through_the_fetcher() {
    let addr = serve("127.0.0.1").await;
    let f = fetcher("127.0.0.1/32");
    let robots = RobotsCache::new(f, "pollwatch");
    let p = addr.port();
    assert!(
        robots
            .allowed(&u(&format!("http://feeds.test:{p}/news/1")))
            .await
    );
    // Our own group replaces the `*` group (RFC 9309 §2.2.1).
    assert!(
        robots
            .allowed(&u(&format!("http://feeds.test:{p}/private/x")))
            .await
    );
    assert!(
        !robots
            .allowed(&u(&format!("http://feeds.test:{p}/no-pollwatch/x")))
            .await
    );
    let other = RobotsCache::new(fetcher("127.0.0.1/32"), "otherbot");
    assert!(
        !other
            .allowed(&u(&format!("http://feeds.test:{p}/private/x")))
            .await
    );
    assert!(
        other
            .allowed(&u(&format!("http://feeds.test:{p}/no-pollwatch/x")))
            .await
    );
    assert_eq!(
        robots.crawl_delay(&u(&format!("http://feeds.test:{p}/"))),
        Some(Duration::from_secs(2))
    );
    // 404 → everything allowed; 5xx → nothing allowed (RFC 9309).
    assert!(
        robots
            .allowed(&u(&format!("http://norobots.test:{p}/private/x")))
            .await
    );
    assert!(
        !robots
            .allowed(&u(&format!("http://down.test:{p}/news/1")))
            .await
    );
}
