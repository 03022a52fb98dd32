//! Browser-test helpers: chromedriver with Debian's headless Chromium, the release build of
//! pollwatch as a child process, and the browser console's errors.

use std::{
    net::TcpListener,
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use fantoccini::{wd::WebDriverCompatibleCommand, Client, ClientBuilder};
use serde_json::{json, Value};

use crate::{workspace_root, Engine, TestDb};

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Kills the child when dropped.
pub struct ChildGuard(pub Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn wait_until_up(url: &str, what: &str, child: &mut Child) {
    let deadline = Instant::now() + Duration::from_secs(30);
    let client = reqwest::Client::new();
    loop {
        if let Ok(res) = client.get(url).send().await {
            if res.status().is_success() {
                return;
            }
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("{what} exited with {status} before answering on {url}");
        }
        assert!(
            Instant::now() < deadline,
            "{what} did not answer on {url} within 30 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A chromedriver process on a free loopback port.
pub struct Chromedriver {
    pub url: String,
    _child: ChildGuard,
}

impl Chromedriver {
    pub async fn start() -> Chromedriver {
        let bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let port = free_port();
        let mut child = Command::new(&bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {bin} ({e}): install chromium-driver (scripts/setup)")
            });
        let url = format!("http://127.0.0.1:{port}");
        wait_until_up(&format!("{url}/status"), "chromedriver", &mut child).await;
        Chromedriver {
            url,
            _child: ChildGuard(child),
        }
    }

    /// A new headless Chromium session with a fresh profile and console logging on.
    pub async fn session(&self) -> (Client, tempfile::TempDir) {
        let profile = tempfile::tempdir().unwrap();
        let chrome = std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chrome,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic",
                    "--window-size=1280,900",
                    format!("--user-data-dir={}", profile.path().display()),
                ]
            },
            "goog:loggingPrefs": { "browser": "ALL" }
        });
        let caps = match caps {
            Value::Object(m) => m,
            _ => unreachable!(),
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&self.url)
            .await
            .expect("chromedriver session");
        (client, profile)
    }
}

/// `POST /session/{id}/se/log {"type": "browser"}`: chromedriver's console log endpoint.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

/// Console entries logged since the last call, as `LEVEL message`.
pub async fn console_entries(client: &Client) -> Vec<(String, String)> {
    let v = client
        .issue_cmd(BrowserLog)
        .await
        .expect("read the browser console");
    v.as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            (
                e["level"].as_str().unwrap_or_default().to_string(),
                e["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The release binary built by `cargo leptos build --release` (override: `POLLWATCH_BIN`).
pub fn release_binary() -> PathBuf {
    std::env::var_os("POLLWATCH_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/release/pollwatch"))
}

/// The release build of pollwatch, serving the release site bundle on a fresh database.
pub struct ReleaseServer {
    pub base_url: String,
    pub test_db: TestDb,
    _child: ChildGuard,
}

impl ReleaseServer {
    pub async fn start(engine: Engine) -> ReleaseServer {
        let bin = release_binary();
        let site = workspace_root().join("target/site");
        assert!(
            bin.exists() && site.join("pkg").exists(),
            "{} or {}/pkg missing: run `cargo leptos build --release` first (scripts/test does)",
            bin.display(),
            site.display()
        );
        let test_db = TestDb::new(engine).await;
        let port = free_port();
        let mut child = Command::new(&bin)
            .arg("serve")
            .env("POLLWATCH_DATABASE_URL", &test_db.url)
            .env("POLLWATCH_ADDR", format!("127.0.0.1:{port}"))
            .env("POLLWATCH_SITE_ROOT", &site)
            .env("POLLWATCH_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the release binary");
        let base_url = format!("http://127.0.0.1:{port}");
        wait_until_up(&format!("{base_url}/healthz"), "pollwatch", &mut child).await;
        ReleaseServer {
            base_url,
            test_db,
            _child: ChildGuard(child),
        }
    }
}
