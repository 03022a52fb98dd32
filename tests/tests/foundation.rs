//! The foundation, as a user and an operator touch it: pages, health, metrics, migrations, on
//! SQLite and on PostgreSQL.

use tests::{on_both_engines, seed, spawn_app, Engine, TestDb};

on_both_engines! {
    async fn health_is_ok_when_the_database_answers(engine: Engine) {
        let app = spawn_app(engine).await;
        let res = app.get("/healthz").await;
        assert_eq!(res.status(), 200);
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["status"], "ok");
        let expected = if engine == Engine::Sqlite { "sqlite" } else { "postgres" };
        assert_eq!(body["database"], expected);
    }

    async fn health_is_503_with_a_reason_when_the_database_is_gone(engine: Engine) {
        let app = spawn_app(engine).await;
        app.db.close().await;
        let res = app.get("/healthz").await;
        assert_eq!(res.status(), 503);
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["status"], "unavailable");
        assert!(!body["reason"].as_str().unwrap_or_default().is_empty(), "{body}");
    }

    async fn metrics_are_prometheus_text_with_live_totals(engine: Engine) {
        let app = spawn_app(engine).await;
        let outlet = seed::outlet(&app.db, "Le Quotidien", false).await;
        seed::feed(&app.db, outlet, "https://example.org/a.xml").await;
        seed::feed(&app.db, outlet, "https://example.org/b.xml").await;
        app.get("/").await;
        let res = app.get("/metrics").await;
        assert_eq!(res.status(), 200);
        let ct = res.headers()["content-type"].to_str().unwrap().to_string();
        assert!(ct.starts_with("text/plain; version=0.0.4"), "{ct}");
        let text = res.text().await.unwrap();
        assert!(text.contains("# TYPE pollwatch_http_requests_total counter"), "{text}");
        assert!(text.contains(r#"pollwatch_http_requests_total{method="GET",status="200"}"#), "{text}");
        assert!(text.contains(r#"pollwatch_db_rows{kind="feeds"} 2"#), "{text}");
        assert!(text.contains("pollwatch_db_up 1"), "{text}");
    }

    async fn home_page_shows_the_database_totals(engine: Engine) {
        let app = spawn_app(engine).await;
        let before = app.home_page_counts().await;
        assert_eq!(before, Default::default());

        let outlet = seed::outlet(&app.db, "Sputnik", true).await;
        let feed = seed::feed(&app.db, outlet, "https://example.org/rss").await;
        let a1 = seed::article(&app.db, feed, "https://example.org/1", "text").await;
        let a2 = seed::article(&app.db, feed, "https://example.org/2", "text").await;
        seed::article(&app.db, feed, "https://example.org/3", "text").await;
        seed::claim(&app.db, a1, &["unknown_pollster", "missing_disclosure"]).await;
        seed::claim(&app.db, a2, &["no_pollster_named"]).await;
        seed::claim(&app.db, a2, &[]).await; // not flagged: not counted
        seed::verdict(&app.db, "fake-poll", "published").await;
        seed::verdict(&app.db, "draft-one", "draft").await;

        let after = app.home_page_counts().await;
        assert_eq!(after.feeds, 1);
        assert_eq!(after.articles, 3);
        assert_eq!(after.flagged_claims, 2);
        assert_eq!(after.published_verdicts, 1);
    }

    async fn home_page_has_the_layout_and_the_hydration_bundle(engine: Engine) {
        let app = spawn_app(engine).await;
        let res = app.get("/").await;
        assert_eq!(res.status(), 200);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let html = res.text().await.unwrap();
        assert!(html.contains(r#"<header class="site-header""#), "header missing");
        assert!(html.contains(r#"<footer class="site-footer""#), "footer missing");
        assert!(html.contains(r#"aria-label="Main""#), "navigation missing");
        assert!(html.contains("/pkg/pollwatch.js"), "hydration script missing");
        assert!(html.contains("/pkg/pollwatch.css"), "stylesheet missing");
    }

    async fn unknown_paths_get_a_styled_404(engine: Engine) {
        let app = spawn_app(engine).await;
        for path in ["/no/such/page", "/feeds-that-do-not-exist"] {
            let res = app.get(path).await;
            assert_eq!(res.status(), 404, "{path}");
            let html = res.text().await.unwrap();
            assert!(html.contains("Page not found"), "{path}: {html}");
            assert!(html.contains(r#"class="site-header""#), "{path}: 404 page has no layout");
        }
    }

    async fn counts_server_function_answers_json(engine: Engine) {
        let app = spawn_app(engine).await;
        let outlet = seed::outlet(&app.db, "RT", true).await;
        seed::feed(&app.db, outlet, "https://example.org/feed").await;
        let res = app
            .client
            .post(app.url("/api/counts"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept", "application/json")
            .body("")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["feeds"], 1, "{body}");
    }

    async fn migrations_are_all_applied_and_idempotent(engine: Engine) {
        let app = spawn_app(engine).await;
        let known = app.db.known_migrations();
        assert!(!known.is_empty());
        assert_eq!(app.db.applied_migrations().await.unwrap(), known);
        app.db.migrate().await.expect("second run is a no-op");
        assert_eq!(app.db.applied_migrations().await.unwrap(), known);
    }

    async fn a_failed_migration_leaves_the_database_as_it_was(engine: Engine) {
        let test_db = TestDb::new(engine).await;
        let db = tests::connect(&test_db.url).await;
        // A table in the way of the first migration makes it fail part-way.
        app::on_pool!(&db, |p| sqlx::query("CREATE TABLE users (id INTEGER PRIMARY KEY, legacy TEXT)")
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .unwrap();
        let err = db.migrate().await.expect_err("migration must fail");
        assert!(err.to_string().contains("migration"), "{err}");
        // Tables the migration created before failing are gone again; nothing is recorded.
        assert!(!table_exists(&db, "outlets").await, "outlets survived a failed migration");
        assert!(!table_exists(&db, "feeds").await, "feeds survived a failed migration");
        assert!(table_exists(&db, "users").await, "the pre-existing table must stay");
        let applied = db.applied_migrations().await.unwrap_or_default();
        assert!(applied.is_empty(), "{applied:?}");
        db.close().await;
    }
}

async fn table_exists(db: &app::server::db::Db, name: &str) -> bool {
    use app::server::db::Db;
    match db {
        Db::Sqlite(p) => sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1",
        )
        .bind(name)
        .fetch_one(p)
        .await
        .unwrap() > 0,
        Db::Postgres(p) => sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = $1",
        )
        .bind(name)
        .fetch_one(p)
        .await
        .unwrap() > 0,
    }
}
