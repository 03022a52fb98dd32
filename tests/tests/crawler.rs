//! The crawler against a fixture newsroom on 127.0.0.1 (never the internet), on SQLite and
//! PostgreSQL: refresh and extraction, 304s, dedupe, revisions, failures, Retry-After,
//! robots.txt, the feeds page, and several schedulers sharing one PostgreSQL database.

use std::time::Duration;

use app::server::{
    crawler::{Crawler, CrawlerConfig, PassMode},
    db::{self, Db},
    service::claims::ClaimsEngine,
};
use chrono::Utc;
use pollwatch_crawl::{parse_allow_list, Fetcher, FetcherConfig, ScheduleConfig};
use tests::{
    fixture::{article_page, rss, FixtureServer, Item, Reply},
    on_both_engines, seed, spawn_app, Engine, TestDb,
};

const PARA: &str = "The national polling commission said on Tuesday that the survey published \
    last week, which claimed a twelve-point lead, had been run by a firm with no registered \
    methodology, no sample disclosure and no fieldwork dates, and asked the outlet to correct it.";

fn config(max_errors: u32) -> CrawlerConfig {
    CrawlerConfig {
        schedule: ScheduleConfig {
            max_consecutive_errors: max_errors,
            ..ScheduleConfig::default()
        },
        concurrency: 8,
        fetcher: FetcherConfig {
            allow_private: parse_allow_list("127.0.0.1/32").unwrap(),
            ..FetcherConfig::default()
        },
        ..CrawlerConfig::default()
    }
}

async fn crawler(db: &Db, cfg: CrawlerConfig) -> Crawler {
    let fetcher = Fetcher::new(cfg.fetcher.clone()).unwrap();
    let claims = ClaimsEngine::load(db).await.unwrap();
    Crawler::with_parts(db.clone(), cfg, fetcher, claims).expect("crawler")
}

async fn fresh_db(engine: Engine) -> (TestDb, Db) {
    let test_db = TestDb::new(engine).await;
    let db = tests::connect(&test_db.url).await;
    db.migrate().await.unwrap();
    (test_db, db)
}

/// Every feed due now, as if its backoff had passed.
async fn make_due(db: &Db) {
    const SQL: &str = "UPDATE feeds SET next_check_at = $1";
    let now = Utc::now() - chrono::Duration::seconds(1);
    match db {
        Db::Sqlite(p) => sqlx::query(SQL).bind(now).execute(p).await.map(|_| ()),
        Db::Postgres(p) => sqlx::query(SQL).bind(now).execute(p).await.map(|_| ()),
    }
    .unwrap();
}

async fn feed_row(db: &Db, id: i64) -> db::feeds::FeedListRow {
    db::feeds::get_listed(db, id).await.unwrap().unwrap()
}

/// A fixture newsroom with one feed of `n` items, each linking to a page.
fn newsroom(fx: &FixtureServer, n: usize) -> Vec<Item> {
    let items: Vec<Item> = (1..=n)
        .map(|i| {
            let path = format!("/news/{i}");
            fx.set(
                &path,
                Reply::html(article_page(
                    &format!("Story {i}"),
                    &[&format!("Story {i} opens here. {PARA}"), PARA, PARA],
                )),
            );
            Item::new(
                &format!("guid-{i}"),
                &fx.url(&format!("{path}?utm_source=rss")),
                &format!("Story {i}"),
                &format!("Teaser of story {i}."),
            )
        })
        .collect();
    fx.set(
        "/feed.xml",
        Reply::rss(rss("Fixture News", &items)).with_etag("\"v1\""),
    );
    items
}

on_both_engines! {
    async fn a_refresh_stores_articles_with_text_and_a_304_adds_nothing(engine: Engine) {
        let (_t, db) = fresh_db(engine).await;
        let fx = FixtureServer::start().await;
        newsroom(&fx, 3);
        let outlet = seed::outlet(&db, "Fixture News", false).await;
        let feed = seed::feed(&db, outlet, &fx.url("/feed.xml")).await;
        let c = crawler(&db, config(10)).await;

        let s = c.run_pass(PassMode::Due, None).await.unwrap();
        assert_eq!((s.fetched, s.new_articles, s.failed), (1, 3, 0), "{s:?}");
        let articles = db::articles::list_by_feed(&db, feed).await.unwrap();
        assert_eq!(articles.len(), 3);
        let a1 = articles.iter().find(|a| a.guid == "guid-1").unwrap();
        assert!(a1.text.contains("Story 1 opens here"), "page text extracted: {}", a1.text);
        assert!(!a1.text.contains("Cookie settings"), "boilerplate dropped: {}", a1.text);
        assert!(a1.canonical_url.ends_with("/news/1"), "tracking stripped: {}", a1.canonical_url);
        assert!(a1.html.as_deref().unwrap_or_default().contains("<p>"));
        assert_eq!(a1.byline.as_deref(), Some("Jane Reporter"));
        assert_eq!((a1.status.as_str(), a1.revision), ("live", 1));
        let f = feed_row(&db, feed).await;
        assert_eq!((f.error_count, f.article_count), (0, 3));
        assert!(f.last_success_at.is_some() && f.next_check_at > Utc::now());
        assert_eq!(fx.hits("/news/1"), 1);

        // Second pass: the feed answers 304; nothing parsed, nothing fetched, nothing new.
        let s = c.run_pass(PassMode::All, None).await.unwrap();
        assert_eq!((s.not_modified, s.fetched, s.new_articles), (1, 0, 0), "{s:?}");
        assert_eq!(fx.hits("/feed.xml"), 2);
        assert_eq!(fx.hits("/news/1"), 1);
        assert_eq!(db::articles::list_by_feed(&db, feed).await.unwrap().len(), 3);
        // A due-only pass right after takes nothing: the feed is scheduled ahead.
        let s = c.run_pass(PassMode::Due, None).await.unwrap();
        assert_eq!(s.feeds, 0);
    }

    async fn a_removed_feed_imported_again_keeps_its_articles(engine: Engine) {
        let (_t, db) = fresh_db(engine).await;
        let fx = FixtureServer::start().await;
        let items = newsroom(&fx, 3);
        let outlet = seed::outlet(&db, "Fixture News", false).await;
        let url = fx.url("/feed.xml");
        let feed = seed::feed(&db, outlet, &url).await;
        let c = crawler(&db, config(10)).await;
        let s = c.run_pass(PassMode::Due, None).await.unwrap();
        assert_eq!(s.new_articles, 3, "{s:?}");

        app::server::service::feeds::remove(&db, feed).await.unwrap();
        assert!(db::feeds::get_listed(&db, feed).await.unwrap().is_none());
        assert!(db::feeds::list(&db).await.unwrap().is_empty());
        // Never fetched while removed.
        let s = c.run_pass(PassMode::All, None).await.unwrap();
        assert_eq!(s.feeds, 0, "{s:?}");

        let opml = format!(
            r#"<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="Fixture News" xmlUrl="{url}"/></body></opml>"#
        );
        let summary = app::server::service::feeds::import_opml(&db, opml.as_bytes())
            .await
            .unwrap();
        assert_eq!((summary.feeds_added, summary.feeds_restored), (1, 1));
        // The same feed, with its articles: the items are not stored a second time, even on
        // a full fetch (no validators this time).
        fx.set("/feed.xml", Reply::rss(rss("Fixture News", &items)));
        let f = feed_row(&db, feed).await;
        assert_eq!(f.article_count, 3);
        let s = c.run_pass(PassMode::All, None).await.unwrap();
        assert_eq!((s.fetched, s.new_articles), (1, 0), "{s:?}");
        assert_eq!(db::articles::list_by_feed(&db, feed).await.unwrap().len(), 3);
    }

    async fn items_are_deduplicated_by_guid_canonical_url_and_content_hash(engine: Engine) {
        let (_t, db) = fresh_db(engine).await;
        let fx = FixtureServer::start().await;
        let items = newsroom(&fx, 2);
        let outlet = seed::outlet(&db, "Fixture News", false).await;
        let feed = seed::feed(&db, outlet, &fx.url("/feed.xml")).await;
        let c = crawler(&db, config(10)).await;
        c.run_pass(PassMode::Due, None).await.unwrap();

        let mut v2 = items.clone();
        // Same GUID, same content: known.
        // Same page under a new GUID and other tracking parameters: known by canonical URL.
        v2.push(Item::new("guid-1-again", &fx.url("/news/1?utm_medium=x&fbclid=abc"), "Story 1", "Teaser of story 1."));
        // Another GUID and URL but the same text as story 2: known by content hash.
        v2.push(Item::new("syndicated-2", &fx.url("/wire/2"), "Story 2", "Teaser of story 2."));
        // Duplicated inside the document.
        v2.push(Item::new("guid-3", &fx.url("/news/3"), "Story 3", "Teaser of story 3."));
        v2.push(Item::new("guid-3", &fx.url("/news/3"), "Story 3", "Teaser of story 3."));
        fx.set("/feed.xml", Reply::rss(rss("Fixture News", &v2)));
        let s = c.run_pass(PassMode::All, None).await.unwrap();
        assert_eq!((s.new_articles, s.changed_articles), (1, 0), "{s:?}");
        let guids: Vec<String> = db::articles::list_by_feed(&db, feed).await.unwrap().into_iter().map(|a| a.guid).collect();
        assert_eq!(guids, ["guid-1", "guid-2", "guid-3"]);
        assert_eq!(fx.hits("/wire/2"), 0);
    }

    async fn a_changed_item_keeps_its_earlier_revision(engine: Engine) {
        let (_t, db) = fresh_db(engine).await;
        let fx = FixtureServer::start().await;
        let mut items = newsroom(&fx, 1);
        let outlet = seed::outlet(&db, "Fixture News", false).await;
        let feed = seed::feed(&db, outlet, &fx.url("/feed.xml")).await;
        let c = crawler(&db, config(10)).await;
        c.run_pass(PassMode::Due, None).await.unwrap();
        let before = db::articles::list_by_feed(&db, feed).await.unwrap().remove(0);

        items[0].description = "Teaser of story 1, corrected: the poll was never run.".into();
        fx.set("/feed.xml", Reply::rss(rss("Fixture News", &items)));
        fx.set("/news/1", Reply::html(article_page("Story 1", &[&format!("Correction: the poll was never run. {PARA}"), PARA])));
        let s = c.run_pass(PassMode::All, None).await.unwrap();
        assert_eq!((s.new_articles, s.changed_articles), (0, 1), "{s:?}");

        let after = db::articles::list_by_feed(&db, feed).await.unwrap().remove(0);
        assert_eq!(after.id, before.id);
        assert_eq!((after.status.as_str(), after.revision), ("edited", 2));
        assert!(after.text.contains("Correction"), "{}", after.text);
        let revs = db::articles::revisions(&db, after.id).await.unwrap();
        assert_eq!(revs.len(), 1);
        assert_eq!(revs[0].revision, 1);
        assert_eq!(revs[0].text, before.text);
        assert_eq!(revs[0].content_hash, before.content_hash);
    }

    async fn an_item_whose_page_fails_keeps_its_own_text(engine: Engine) {
        let (_t, db) = fresh_db(engine).await;
        let fx = FixtureServer::start().await;
        let items = vec![Item::new("g", &fx.url("/gone-page"), "Lost story", "The feed's own summary of the lost story.")];
        fx.set("/feed.xml", Reply::rss(rss("Fixture News", &items)));
        fx.set("/gone-page", Reply::status(500));
        let outlet = seed::outlet(&db, "Fixture News", false).await;
        let feed = seed::feed(&db, outlet, &fx.url("/feed.xml")).await;
        let c = crawler(&db, config(10)).await;
        let s = c.run_pass(PassMode::Due, None).await.unwrap();
        assert_eq!((s.fetched, s.new_articles, s.failed), (1, 1, 0), "{s:?}");
        let a = db::articles::list_by_feed(&db, feed).await.unwrap().remove(0);
        assert_eq!(a.text, "The feed's own summary of the lost story.");
        assert_eq!(fx.hits("/gone-page"), 1);
    }

    async fn slow_pages_keep_the_feed_inside_its_lease(engine: Engine) {
        // Pages that take longer than the feed's page budget (a third of what is left of a
        // 3 s lease here): the refresh ends in time, the items keep the feed's own text, and
        // the lease is given back, so no other worker fetches the feed again mid-refresh.
        let (_t, db) = fresh_db(engine).await;
        let fx = FixtureServer::start().await;
        let items: Vec<Item> = (1..=4)
            .map(|i| {
                let path = format!("/slow/{i}");
                fx.set(&path, Reply::html(article_page("Slow", &[PARA])).with_delay(Duration::from_secs(20)));
                Item::new(&format!("s{i}"), &fx.url(&path), &format!("Slow story {i}"), &format!("The feed's own words on story {i}."))
            })
            .collect();
        fx.set("/feed.xml", Reply::rss(rss("Fixture News", &items)));
        let outlet = seed::outlet(&db, "Fixture News", false).await;
        let feed = seed::feed(&db, outlet, &fx.url("/feed.xml")).await;
        let c = crawler(&db, CrawlerConfig { lease: Duration::from_secs(3), ..config(10) }).await;
        let started = std::time::Instant::now();
        let s = c.run_pass(PassMode::Due, None).await.unwrap();
        assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
        assert_eq!((s.fetched, s.new_articles, s.failed), (1, 4, 0), "{s:?}");
        for a in db::articles::list_by_feed(&db, feed).await.unwrap() {
            assert!(a.text.starts_with("The feed's own words on story"), "{}", a.text);
        }
        let leased: i64 = match &db {
            Db::Sqlite(p) => sqlx::query_scalar("SELECT COUNT(*) FROM feeds WHERE lease_owner IS NOT NULL").fetch_one(p).await.unwrap(),
            Db::Postgres(p) => sqlx::query_scalar("SELECT COUNT(*) FROM feeds WHERE lease_owner IS NOT NULL").fetch_one(p).await.unwrap(),
        };
        assert_eq!(leased, 0);
    }

    async fn crawl_all_leaves_feeds_backing_off_alone(engine: Engine) {
        // `crawl --all` takes every enabled feed, but not one a server asked to wait
        // (Retry-After) or one backing off after errors.
        let (_t, db) = fresh_db(engine).await;
        let fx = FixtureServer::start().await;
        fx.set("/busy.xml", Reply::status(429).with_header("Retry-After", "7200"));
        fx.set("/feed.xml", Reply::rss(rss("Fixture News", &[])));
        let outlet = seed::outlet(&db, "Fixture News", false).await;
        seed::feed(&db, outlet, &fx.url("/busy.xml")).await;
        seed::feed(&db, outlet, &fx.url("/feed.xml")).await;
        let c = crawler(&db, config(10)).await;
        c.run_pass(PassMode::Due, None).await.unwrap();
        assert_eq!(fx.hits("/busy.xml"), 1);
        let s = c.run_pass(PassMode::All, None).await.unwrap();
        assert_eq!(s.feeds, 1, "{s:?}");
        assert_eq!((fx.hits("/busy.xml"), fx.hits("/feed.xml")), (1, 2));
    }

    async fn robots_txt_disallow_is_respected_for_pages(engine: Engine) {
        let (_t, db) = fresh_db(engine).await;
        let fx = FixtureServer::start().await;
        // Slow enough that both pages ask for it at once: it is still fetched once.
        fx.set("/robots.txt", Reply::ok("text/plain", "User-agent: *\nDisallow: /private/\n").with_delay(Duration::from_millis(300)));
        fx.set("/private/1", Reply::html(article_page("Secret", &[PARA, PARA])));
        fx.set("/public/1", Reply::html(article_page("Open", &[&format!("Open page. {PARA}"), PARA])));
        let items = vec![
            Item::new("p", &fx.url("/private/1"), "Private", "Private teaser."),
            Item::new("o", &fx.url("/public/1"), "Open", "Open teaser."),
        ];
        fx.set("/feed.xml", Reply::rss(rss("Fixture News", &items)));
        let outlet = seed::outlet(&db, "Fixture News", false).await;
        let feed = seed::feed(&db, outlet, &fx.url("/feed.xml")).await;
        let c = crawler(&db, config(10)).await;
        c.run_pass(PassMode::Due, None).await.unwrap();
        assert_eq!(fx.hits("/private/1"), 0, "disallowed page fetched");
        assert_eq!(fx.hits("/public/1"), 1);
        assert_eq!(fx.hits("/robots.txt"), 1, "robots.txt fetched once per origin");
        let articles = db::articles::list_by_feed(&db, feed).await.unwrap();
        let private = articles.iter().find(|a| a.guid == "p").unwrap();
        assert_eq!(private.text, "Private teaser.");
        let open = articles.iter().find(|a| a.guid == "o").unwrap();
        assert!(open.text.contains("Open page."), "{}", open.text);
    }

    async fn a_feed_is_disabled_after_n_failures_and_at_once_on_410(engine: Engine) {
        let (_t, db) = fresh_db(engine).await;
        let fx = FixtureServer::start().await;
        fx.set("/broken.xml", Reply::status(500));
        fx.set("/gone.xml", Reply::status(410));
        fx.set("/html.xml", Reply::html("<html><body><p>not a feed</p></body></html>"));
        let outlet = seed::outlet(&db, "Fixture News", false).await;
        let broken = seed::feed(&db, outlet, &fx.url("/broken.xml")).await;
        let gone = seed::feed(&db, outlet, &fx.url("/gone.xml")).await;
        let html = seed::feed(&db, outlet, &fx.url("/html.xml")).await;
        let c = crawler(&db, config(3)).await;

        let s = c.run_pass(PassMode::Due, None).await.unwrap();
        assert_eq!((s.failed, s.disabled), (3, 1), "{s:?}");
        let g = feed_row(&db, gone).await;
        assert!(g.disabled, "410 disables at once");
        assert!(g.last_error.as_deref().unwrap().contains("410"), "{:?}", g.last_error);
        assert!(g.disabled_reason.as_deref().unwrap().contains("410"));
        let b = feed_row(&db, broken).await;
        assert!(!b.disabled);
        assert_eq!(b.error_count, 1);
        assert!(b.last_error.as_deref().unwrap().contains("HTTP 500"), "{:?}", b.last_error);
        // Exponential backoff: the first retry waits the base delay (5 min).
        let wait = b.next_check_at - Utc::now();
        assert!(wait > chrono::Duration::minutes(4) && wait <= chrono::Duration::minutes(5), "{wait}");
        let h = feed_row(&db, html).await;
        assert!(h.last_error.as_deref().unwrap().contains("not a feed"), "{:?}", h.last_error);

        // `crawl --all` leaves feeds backing off alone: make them due instead of waiting.
        make_due(&db).await;
        c.run_pass(PassMode::All, None).await.unwrap();
        let b = feed_row(&db, broken).await;
        assert_eq!((b.error_count, b.disabled), (2, false));
        assert!(b.next_check_at - Utc::now() > chrono::Duration::minutes(9), "backoff doubles");
        make_due(&db).await;
        let s = c.run_pass(PassMode::All, None).await.unwrap();
        assert_eq!(s.disabled, 2, "{s:?}");
        let b = feed_row(&db, broken).await;
        assert!(b.disabled);
        assert_eq!(b.error_count, 3);
        assert!(b.last_error.as_deref().unwrap().contains("HTTP 500"));
        assert_eq!(fx.hits("/gone.xml"), 1, "a disabled feed is not fetched again");
        let s = c.run_pass(PassMode::All, None).await.unwrap();
        assert_eq!(s.feeds, 0);

        // Enabling resets the count and makes it due again.
        app::server::service::feeds::set_enabled(&db, broken, true).await.unwrap();
        let b = feed_row(&db, broken).await;
        assert_eq!((b.disabled, b.error_count), (false, 0));
        assert_eq!(c.count_pending(PassMode::Due).await.unwrap(), 1);
    }

    async fn retry_after_pushes_the_next_check(engine: Engine) {
        let (_t, db) = fresh_db(engine).await;
        let fx = FixtureServer::start().await;
        fx.set("/busy.xml", Reply::status(429).with_header("Retry-After", "7200"));
        fx.set("/down.xml", Reply::status(503).with_header("Retry-After", "900"));
        let outlet = seed::outlet(&db, "Fixture News", false).await;
        let busy = seed::feed(&db, outlet, &fx.url("/busy.xml")).await;
        let down = seed::feed(&db, outlet, &fx.url("/down.xml")).await;
        let c = crawler(&db, config(10)).await;
        c.run_pass(PassMode::Due, None).await.unwrap();
        let b = feed_row(&db, busy).await;
        let wait = b.next_check_at - Utc::now();
        assert!(wait > chrono::Duration::minutes(119) && wait <= chrono::Duration::minutes(120), "{wait}");
        assert!(b.last_error.as_deref().unwrap().contains("429"), "{:?}", b.last_error);
        let d = feed_row(&db, down).await;
        let wait = d.next_check_at - Utc::now();
        assert!(wait > chrono::Duration::minutes(14) && wait <= chrono::Duration::minutes(15), "{wait}");
    }

    async fn the_feeds_page_lists_feeds_with_status_and_last_error(engine: Engine) {
        let app = spawn_app(engine).await;
        let fx = FixtureServer::start().await;
        newsroom(&fx, 2);
        fx.set("/broken.xml", Reply::status(500));
        let outlet = seed::outlet(&app.db, "Fixture News", false).await;
        let state = seed::outlet(&app.db, "Sputnik", true).await;
        seed::feed(&app.db, outlet, &fx.url("/feed.xml")).await;
        seed::feed(&app.db, state, &fx.url("/broken.xml")).await;
        crawler(&app.db, config(10)).await.run_pass(PassMode::Due, None).await.unwrap();

        let res = app.get("/feeds").await;
        assert_eq!(res.status(), 200);
        let html = res.text().await.unwrap();
        assert!(html.contains("<table class=\"data feeds-table\""), "{html}");
        assert!(html.contains("Fixture News") && html.contains("Sputnik"));
        assert!(html.contains("data-status=\"ok\"") && html.contains("data-status=\"failing\""));
        assert!(html.contains("class=\"badge warn\""));
        assert!(html.contains("fetch: HTTP 500"), "last error shown");
        assert!(html.contains("state media"));
        let articles_cell = html.split("data-status=\"ok\"").nth(1).unwrap();
        assert!(articles_cell.contains("<td class=\"num\">2</td>"), "article count shown");
        assert!(html.contains("href=\"/feeds\""), "nav link");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_feeds_page_says_how_to_add_feeds_when_there_are_none() {
    let app = spawn_app(Engine::Sqlite).await;
    let html = app.get("/feeds").await.text().await.unwrap();
    assert!(html.contains("id=\"no-feeds\""), "{html}");
    assert!(html.contains("pollwatch feeds import data/outlets.opml"));
}

/// Two workers (separate pools, as two processes would have) run passes at once over 200 due
/// feeds: every feed is fetched exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_schedulers_on_postgres_share_200_feeds_without_double_fetch() {
    let test_db = TestDb::new(Engine::Postgres).await;
    let db_a = tests::connect(&test_db.url).await;
    db_a.migrate().await.unwrap();
    let db_b = tests::connect(&test_db.url).await;
    let fx = FixtureServer::start().await;
    let outlet = seed::outlet(&db_a, "Fixture News", false).await;
    for i in 0..200 {
        let path = format!("/f/{i}.xml");
        let items = [Item::new(
            &format!("g{i}"),
            &fx.url(&format!("/p/{i}")),
            &format!("Item {i}"),
            &format!("Summary {i}."),
        )];
        fx.set(&path, Reply::rss(rss(&format!("Feed {i}"), &items)));
        seed::feed(&db_a, outlet, &fx.url(&path)).await;
    }
    let cfg = || CrawlerConfig {
        fetch_pages: false,
        concurrency: 16,
        ..config(10)
    };
    let (a, b) = (crawler(&db_a, cfg()).await, crawler(&db_b, cfg()).await);
    assert_ne!(a.owner(), b.owner());
    let (sa, sb) = tokio::join!(
        a.run_pass(PassMode::Due, None),
        b.run_pass(PassMode::Due, None)
    );
    let (sa, sb) = (sa.unwrap(), sb.unwrap());
    assert_eq!(sa.feeds + sb.feeds, 200, "{sa:?} {sb:?}");
    assert!(
        sa.feeds > 0 && sb.feeds > 0,
        "both workers took a share: {sa:?} {sb:?}"
    );
    assert_eq!(sa.new_articles + sb.new_articles, 200);
    for i in 0..200 {
        assert_eq!(fx.hits(&format!("/f/{i}.xml")), 1, "feed {i} fetched once");
    }
    // No lease is left behind.
    let leased: i64 = match &db_a {
        Db::Postgres(p) => {
            sqlx::query_scalar("SELECT COUNT(*) FROM feeds WHERE lease_owner IS NOT NULL")
                .fetch_one(p)
                .await
                .unwrap()
        }
        Db::Sqlite(_) => unreachable!(),
    };
    assert_eq!(leased, 0);
}

/// A worker that dies holding leases does not block the feeds for ever: the lease expires and
/// another worker takes them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_lease_is_taken_over() {
    let (_t, db) = fresh_db(Engine::Postgres).await;
    let fx = FixtureServer::start().await;
    newsroom(&fx, 1);
    let outlet = seed::outlet(&db, "Fixture News", false).await;
    seed::feed(&db, outlet, &fx.url("/feed.xml")).await;
    let now = Utc::now();
    let filter = db::feeds::ClaimFilter {
        due_before: now,
        not_fetched_since: now,
    };
    let claimed = db::feeds::claim_due(
        &db,
        "dead-worker",
        filter,
        now,
        now + chrono::Duration::seconds(1),
        10,
    )
    .await
    .unwrap();
    assert_eq!(claimed.len(), 1);
    let c = crawler(&db, config(10)).await;
    assert_eq!(
        c.run_pass(PassMode::Due, None).await.unwrap().feeds,
        0,
        "lease still held"
    );
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(
        c.run_pass(PassMode::Due, None).await.unwrap().fetched,
        1,
        "lease expired"
    );
}

/// `pollwatch serve` with its scheduler on crawls due feeds by itself and stops cleanly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_runs_the_scheduler_and_stops_it_on_shutdown() {
    let test_db = TestDb::new(Engine::Sqlite).await;
    let mut serve = tests::serve_opts();
    serve.scheduler = true;
    serve.no_scheduler = false;
    serve.scheduler_tick_secs = 1;
    serve.crawl.fetch.allow_private_hosts = "127.0.0.1/32".into();
    let app = tests::spawn_app_with(Engine::Sqlite, test_db, serve).await;
    let fx = FixtureServer::start().await;
    newsroom(&fx, 2);
    let outlet = seed::outlet(&app.db, "Fixture News", false).await;
    let feed = seed::feed(&app.db, outlet, &fx.url("/feed.xml")).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while feed_row(&app.db, feed).await.article_count < 2 {
        assert!(
            std::time::Instant::now() < deadline,
            "the scheduler did not crawl the feed"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(fx.hits("/feed.xml"), 1);
    assert_eq!(feed_row(&app.db, feed).await.error_count, 0);
    let db = app.db.clone();
    tokio::time::timeout(Duration::from_secs(10), app.stop())
        .await
        .expect("stops promptly")
        .unwrap();
    assert!(
        db.ping().await.is_err(),
        "pool closed after the scheduler stopped"
    );
}
