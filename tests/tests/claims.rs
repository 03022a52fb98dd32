//! Poll claims through the server: `POST /v1/extract`, detection on stored articles, flags and
//! clusters, on SQLite and PostgreSQL.

use app::server::{db, service::claims::ClaimsEngine};
use tests::{on_both_engines, seed, spawn_app};

const IFOP: &str = "Selon un sondage Ifop pour le Journal du dimanche, réalisé du 3 au 5 avril 2022 \
    auprès de 1 003 personnes, Emmanuel Macron obtient 28 % des intentions de vote au premier tour, \
    devant Marine Le Pen (24 %).";
const FAKE: &str =
    "According to a poll by Zephyr Social Analytics, the opposition leader now leads \
    with 61% of the vote.";

/// `POST /v1/extract` of an English text; the response body.
async fn extract_en(app: &tests::TestApp, text: &str) -> serde_json::Value {
    app.client
        .post(app.url("/v1/extract"))
        .json(&serde_json::json!({"text": text, "lang": "en"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

on_both_engines! {
    async fn extract_endpoint_returns_the_contract(engine: Engine) {
        let app = spawn_app(engine).await;
        let res = app
            .client
            .post(app.url("/v1/extract"))
            .json(&serde_json::json!({"id": "a", "text": IFOP}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["id"], "a");
        assert_eq!(body["lang"], "fr");
        let claims = body["claims"].as_array().unwrap();
        assert_eq!(claims.len(), 1, "{body}");
        let c = &claims[0];
        assert_eq!(c["kind"], "poll");
        assert_eq!(c["pollster"]["as_written"], "Ifop");
        assert_eq!(c["pollster"]["canonical"], "Ifop");
        assert_eq!(c["pollster"]["status"], "registered");
        assert_eq!(c["sample_size"], 1003);
        let span = c["span"].as_array().unwrap();
        let (s, e) = (span[0].as_u64().unwrap() as usize, span[1].as_u64().unwrap() as usize);
        assert_eq!(&IFOP[s..e], c["quote"].as_str().unwrap());
        assert!(c["figures"].as_array().unwrap().iter().any(|f| f["value"] == 28.0), "{c}");
        let codes: Vec<&str> = c["flags"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
        assert!(!codes.contains(&"unknown_pollster"), "{codes:?}");
        let risk = c["risk"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&risk));
    }

    async fn extract_endpoint_flags_an_unknown_source(engine: Engine) {
        let app = spawn_app(engine).await;
        let body = extract_en(&app, FAKE).await;
        let c = &body["claims"][0];
        assert!(c["pollster"]["canonical"].is_null(), "{body}");
        let codes: Vec<&str> = c["flags"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
        assert!(codes.contains(&"unknown_pollster"), "{codes:?}");
    }

    async fn a_pollster_added_while_the_server_runs_is_known_without_a_restart(engine: Engine) {
        let mut serve = tests::serve_opts();
        serve.registry_recheck_secs = 0;
        let app = tests::spawn_app_with(engine, tests::TestDb::new(engine).await, serve).await;
        let extract = || async { extract_en(&app, FAKE).await["claims"][0].clone() };
        let codes = |c: &serde_json::Value| -> Vec<String> {
            c["flags"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap().to_owned()).collect()
        };
        let before = extract().await;
        assert!(codes(&before).contains(&"unknown_pollster".to_owned()), "{before}");

        // What `pollwatch pollsters add` writes, from outside the server.
        let record = pollwatch_claims::PollsterRecord {
            id: "zephyr-social-analytics".into(),
            canonical: "Zephyr Social Analytics".into(),
            aliases: vec![],
            countries: vec!["GB".into()],
            memberships: vec![],
            status: pollwatch_claims::PollsterStatus::NotAPollster,
            verified: false,
            evidence: "test".into(),
            source: "test".into(),
            notes: String::new(),
        };
        db::pollsters::import(&app.db, &[record]).await.unwrap();

        let after = extract().await;
        assert_eq!(after["pollster"]["canonical"], "Zephyr Social Analytics", "{after}");
        assert_eq!(after["pollster"]["status"], "not_a_pollster", "{after}");
        let codes = codes(&after);
        assert!(!codes.contains(&"unknown_pollster".to_owned()), "{codes:?}");
        assert!(codes.contains(&"not_a_pollster".to_owned()), "{codes:?}");
    }

    async fn extract_endpoint_rejects_bad_input_clearly(engine: Engine) {
        let app = spawn_app(engine).await;
        let post = |body: &'static str, ct: &'static str| {
            app.client.post(app.url("/v1/extract")).header("content-type", ct).body(body).send()
        };
        let res = post("{not json", "application/json").await.unwrap();
        assert_eq!(res.status(), 400);
        assert!(res.json::<serde_json::Value>().await.unwrap()["error"].is_string());
        let res = post(r#"{"lang": "fr"}"#, "application/json").await.unwrap();
        assert_eq!(res.status(), 422);
        let msg = res.json::<serde_json::Value>().await.unwrap()["error"].as_str().unwrap().to_string();
        assert!(msg.contains("text"), "{msg}");
        let res = post(r#"{"text": "x"}"#, "text/plain").await.unwrap();
        assert_eq!(res.status(), 415);
        let res = post(r#"{"text": "x", "published_at": "yesterday"}"#, "application/json").await.unwrap();
        assert_eq!(res.status(), 422);
    }

    async fn registry_and_calendar_are_seeded_from_the_data_files(engine: Engine) {
        let app = spawn_app(engine).await;
        let all = db::pollsters::all(&app.db).await.unwrap();
        assert!(all.len() > 100, "{}", all.len());
        let ifop = all.iter().find(|r| r.id == "ifop").expect("Ifop seeded");
        assert!(!ifop.source.is_empty(), "every registry entry keeps its source");
        assert!(all.iter().all(|r| !r.source.trim().is_empty()), "an entry without a source");
        let levada = all.iter().find(|r| r.canonical.starts_with("Levada")).expect("Levada seeded");
        assert_eq!(levada.status.as_str(), "foreign_agent_designated");
        assert!(!db::elections::all(&app.db).await.unwrap().is_empty());
    }

    async fn detection_on_stored_articles_stores_flags_and_clusters(engine: Engine) {
        let app = spawn_app(engine).await;
        let state_outlet = seed::outlet(&app.db, "Spoutnik Test", true).await;
        let paper = seed::outlet(&app.db, "Le Quotidien Test", false).await;
        let f1 = seed::feed(&app.db, state_outlet, "https://state.example/rss").await;
        let f2 = seed::feed(&app.db, paper, "https://paper.example/rss").await;
        let a1 = seed::article(&app.db, f1, "https://state.example/1", IFOP).await;
        let a2 = seed::article(&app.db, f2, "https://paper.example/1", IFOP).await;
        let a3 = seed::article(&app.db, f2, "https://paper.example/2",
            "Les électeurs se sont rendus aux urnes dimanche ; la participation a atteint 72 %.").await;

        let engine = ClaimsEngine::load(&app.db).await.unwrap();
        assert_eq!(engine.process_article(&app.db, a1).await.unwrap(), 1);
        assert_eq!(engine.process_article(&app.db, a2).await.unwrap(), 1);
        assert_eq!(engine.process_article(&app.db, a3).await.unwrap(), 0, "turnout is not a poll");
        // Re-running replaces rather than duplicates.
        assert_eq!(engine.process_article(&app.db, a1).await.unwrap(), 1);

        let c1 = db::claims::for_article(&app.db, a1).await.unwrap();
        let c2 = db::claims::for_article(&app.db, a2).await.unwrap();
        assert_eq!((c1.len(), c2.len()), (1, 1));
        assert_eq!(c1[0].pollster_as_written.as_deref(), Some("Ifop"));
        assert!(c1[0].pollster_id.is_some(), "registry match is linked");
        let flags1 = db::claims::flag_codes(&app.db, c1[0].id).await.unwrap();
        let flags2 = db::claims::flag_codes(&app.db, c2[0].id).await.unwrap();
        assert!(flags1.contains(&"state_media_source".to_string()), "{flags1:?}");
        assert!(!flags2.contains(&"state_media_source".to_string()), "{flags2:?}");
        assert!(c1[0].cluster_id.is_some());
        assert_eq!(c1[0].cluster_id, c2[0].cluster_id, "the same poll in two outlets is one cluster");
        assert!(c1[0].risk > c2[0].risk, "state media raises the risk");

        let counts = app.home_page_counts().await;
        assert_eq!(counts.flagged_claims, 2);
    }
}
