//! Test harness: [`spawn_app`] starts the real pollwatch server on port 0 with a fresh database
//! (a temporary SQLite file, or a freshly created PostgreSQL database that is dropped again) and
//! returns a [`TestApp`] with typed helpers.
//!
//! PostgreSQL is reached through `POLLWATCH_TEST_POSTGRES_URL` (default
//! `postgres://postgres@127.0.0.1:5432/postgres`); the tests fail, never skip, when it is down.

pub mod browser;
pub mod fixture;
pub mod seed;

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use app::{
    model::Counts,
    server::db::{Db, DbOptions},
};
use server::{
    cli::{GlobalOpts, LogFormat, ServeOpts},
    startup::Application,
};
use sqlx::{Connection, Executor, PgConnection};
use tokio::{sync::oneshot, task::JoinHandle};

/// Database engines the suite runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// The admin URL of the PostgreSQL server the tests create their databases on.
pub fn postgres_admin_url() -> String {
    std::env::var("POLLWATCH_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string())
}

/// A database made for one test, removed when dropped.
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    pg_name: Option<String>,
}

impl TestDb {
    pub async fn new(engine: Engine) -> TestDb {
        match engine {
            Engine::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite:{}", dir.path().join("pollwatch.db").display());
                TestDb {
                    url,
                    _dir: Some(dir),
                    pg_name: None,
                }
            }
            Engine::Postgres => {
                let admin = postgres_admin_url();
                let name = format!("pollwatch_test_{}", uuid::Uuid::new_v4().simple());
                let mut conn = PgConnection::connect(&admin).await.unwrap_or_else(|e| {
                    panic!("PostgreSQL is not reachable at {admin} ({e}); start it or set POLLWATCH_TEST_POSTGRES_URL")
                });
                conn.execute(format!(r#"CREATE DATABASE "{name}""#).as_str())
                    .await
                    .expect("create test database");
                let mut url = url::Url::parse(&admin).expect("valid admin URL");
                url.set_path(&name);
                TestDb {
                    url: url.to_string(),
                    _dir: None,
                    pg_name: Some(name),
                }
            }
        }
    }

    /// A temporary SQLite file's path (None on PostgreSQL).
    pub fn sqlite_path(&self) -> Option<PathBuf> {
        self.url.strip_prefix("sqlite:").map(PathBuf::from)
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(name) = self.pg_name.take() else {
            return;
        };
        // Drop runs outside async context: use a small runtime of our own on another thread.
        let admin = postgres_admin_url();
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                if let Ok(mut conn) = PgConnection::connect(&admin).await {
                    let _ = conn
                        .execute(
                            format!(r#"DROP DATABASE IF EXISTS "{name}" WITH (FORCE)"#).as_str(),
                        )
                        .await;
                }
            });
        })
        .join();
    }
}

/// A running server and a handle on its database.
pub struct TestApp {
    pub addr: SocketAddr,
    pub engine: Engine,
    /// The server's own pool.
    pub db: Db,
    pub client: reqwest::Client,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<anyhow::Result<()>>>,
    // Dropped last: the server must stop before its database goes away.
    pub test_db: TestDb,
}

/// Options the harness starts servers with.
pub fn global_opts(database_url: &str) -> GlobalOpts {
    GlobalOpts {
        database_url: database_url.to_string(),
        log_level: "warn".into(),
        log_format: LogFormat::Text,
        db_max_connections: 5,
        malloc_arenas: 0,
    }
}

/// Starts pollwatch on 127.0.0.1:0 with a fresh database of `engine`.
pub async fn spawn_app(engine: Engine) -> TestApp {
    let test_db = TestDb::new(engine).await;
    spawn_app_on(engine, test_db).await
}

/// The options the harness serves with: port 0, and no feed scheduler (tests that want one
/// set `scheduler: true` and call [`spawn_app_with`]).
pub fn serve_opts() -> ServeOpts {
    ServeOpts {
        addr: "127.0.0.1:0".parse().unwrap(),
        site_root: workspace_root().join("target/site"),
        shutdown_grace_secs: 2,
        no_scheduler: true,
        scheduler: false,
        scheduler_tick_secs: 60,
        registry_recheck_secs: 10,
        crawl: Default::default(),
    }
}

/// Starts pollwatch on an existing test database.
pub async fn spawn_app_on(engine: Engine, test_db: TestDb) -> TestApp {
    spawn_app_with(engine, test_db, serve_opts()).await
}

/// Starts pollwatch on an existing test database with these serve options.
pub async fn spawn_app_with(engine: Engine, test_db: TestDb, serve: ServeOpts) -> TestApp {
    let app = Application::build(&global_opts(&test_db.url), &serve)
        .await
        .expect("server starts");
    let addr = app.local_addr();
    let db = app.state().db.clone();
    let (tx, rx) = oneshot::channel();
    let task = tokio::spawn(app.run_until_stopped(async move {
        let _ = rx.await;
    }));
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    TestApp {
        addr,
        engine,
        db,
        client,
        stop: Some(tx),
        task: Some(task),
        test_db,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request succeeds")
    }

    /// The totals as the home page shows them to a reader (parsed from the HTML).
    pub async fn home_page_counts(&self) -> Counts {
        let html = self.get("/").await.text().await.unwrap();
        Counts {
            feeds: stat_in_html(&html, "feeds"),
            articles: stat_in_html(&html, "articles"),
            flagged_claims: stat_in_html(&html, "flagged_claims"),
            published_verdicts: stat_in_html(&html, "published_verdicts"),
        }
    }

    /// Stops the server and waits for it to finish.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        match self.task.take() {
            Some(task) => task.await?,
            None => Ok(()),
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// Reads `<div class="stat" data-stat="KEY">…<dd class="stat-value">N</dd>` out of a page.
pub fn stat_in_html(html: &str, key: &str) -> i64 {
    let marker = format!(r#"data-stat="{key}""#);
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {key} stat in page"));
    let rest = &html[start..];
    let value_at = rest.find("stat-value").expect("stat value");
    let rest = &rest[value_at..];
    let open = rest.find('>').unwrap() + 1;
    let close = rest[open..].find('<').unwrap() + open;
    rest[open..close]
        .trim()
        .parse()
        .unwrap_or_else(|e| panic!("{key} is not a number: {e}"))
}

/// The workspace folder (parent of `tests/`).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Opens a pool on a test database without starting a server.
pub async fn connect(url: &str) -> Db {
    Db::connect(url, &DbOptions::default())
        .await
        .expect("connect to test database")
}

/// Declares one test per engine: `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! on_both_engines {
    ($(async fn $name:ident($engine:ident: Engine) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;
                async fn run($engine: $crate::Engine) $body
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() { run($crate::Engine::Sqlite).await }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() { run($crate::Engine::Postgres).await }
            }
        )*
    };
}
