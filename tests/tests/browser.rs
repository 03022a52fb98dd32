//! Real headless Chromium against the release build (wasm-opt only runs in release builds).
//! Run by `scripts/test` after `cargo leptos build --release`:
//! `cargo test -p tests --test browser -- --ignored`.

use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use tests::{browser::*, connect, seed, Engine};

async fn wait_for<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + Duration::from_secs(20);
    while !check().await {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the wasm bundle has run (the app marks `<html data-hydrated="true">`).
async fn wait_for_hydration(client: &Client, page: &str) {
    wait_for(&format!("hydration of {page}"), || async {
        client
            .execute(
                "return document.documentElement.dataset.hydrated === 'true'",
                vec![],
            )
            .await
            .map(|v| v.as_bool() == Some(true))
            .unwrap_or(false)
    })
    .await;
}

async fn stat(client: &Client, key: &str) -> String {
    client
        .find(Locator::Css(&format!(r#"[data-stat="{key}"] .stat-value"#)))
        .await
        .expect("stat on page")
        .text()
        .await
        .unwrap()
}

fn assert_no_console_errors(entries: &[(String, String)]) {
    let errors: Vec<_> = entries
        .iter()
        .filter(|(level, _)| level == "SEVERE")
        .collect();
    assert!(errors.is_empty(), "browser console errors: {errors:#?}");
}

async fn hydrates_and_refreshes(engine: Engine) {
    let server = ReleaseServer::start(engine).await;
    let driver = Chromedriver::start().await;
    let (client, _profile) = driver.session().await;

    // The bundle is served.
    let wasm = reqwest::get(format!("{}/pkg/pollwatch.wasm", server.base_url))
        .await
        .unwrap();
    assert_eq!(wasm.status(), 200);
    assert_eq!(wasm.headers()["content-type"], "application/wasm");

    client.goto(&server.base_url).await.unwrap();
    assert_eq!(stat(&client, "feeds").await, "0");
    wait_for_hydration(&client, "the home page").await;

    // A feed appears in the database; the Refresh button (wasm only) reads it back.
    let db = connect(&server.test_db.url).await;
    let outlet = seed::outlet(&db, "Agence Test", false).await;
    seed::feed(&db, outlet, "https://example.org/feed.xml").await;
    client
        .find(Locator::Id("refresh-counts"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for("the refreshed feed count", || async {
        stat(&client, "feeds").await == "1"
    })
    .await;

    // On a phone-sized window the navigation folds behind the menu button (wasm only).
    client.set_window_size(390, 844).await.unwrap();
    let nav = client.find(Locator::Id("site-nav")).await.unwrap();
    wait_for("the folded menu", || async {
        !nav.is_displayed().await.unwrap_or(true)
    })
    .await;
    let toggle = client.find(Locator::Css(".menu-toggle")).await.unwrap();
    assert_eq!(
        toggle.attr("aria-expanded").await.unwrap().as_deref(),
        Some("false")
    );
    toggle.click().await.unwrap();
    wait_for("menu toggle", || async {
        toggle.attr("aria-expanded").await.ok().flatten().as_deref() == Some("true")
    })
    .await;
    assert!(
        nav.is_displayed().await.unwrap(),
        "the opened menu shows the navigation"
    );
    client.set_window_size(1280, 900).await.unwrap();

    assert_no_console_errors(&console_entries(&client).await);

    // A missing page renders the styled 404 and still hydrates; the only console entry allowed
    // is Chromium's note of the 404 status of the page itself.
    client
        .goto(&format!("{}/no-such-page", server.base_url))
        .await
        .unwrap();
    let h1 = client
        .find(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(h1, "Page not found");
    wait_for_hydration(&client, "the 404 page").await;
    let all = console_entries(&client).await;
    let is_page_404 = |msg: &str| msg.contains("/no-such-page") && msg.contains("404");
    // Proves the console is really read: Chromium logs the page's own 404 status.
    assert!(
        all.iter().any(|(_, m)| is_page_404(m)),
        "console capture returned {all:?}"
    );
    let entries: Vec<_> = all.into_iter().filter(|(_, m)| !is_page_404(m)).collect();
    assert_no_console_errors(&entries);
    client.close().await.unwrap();
    db.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the release build and Chromium: run by scripts/test"]
async fn home_page_hydrates_without_console_errors_sqlite() {
    hydrates_and_refreshes(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the release build and Chromium: run by scripts/test"]
async fn home_page_hydrates_without_console_errors_postgres() {
    hydrates_and_refreshes(Engine::Postgres).await;
}
