//! `pollwatch feeds …` and `pollwatch crawl` as an operator runs them, against a fixture
//! newsroom on 127.0.0.1 (allowed with `--allow-private-hosts 127.0.0.1/32`; never the
//! internet). Bad input ends with one line on stderr, a non-zero exit code and nothing written.

use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

use axum::{http::header, routing::get, Router};

const ALLOW: &str = "127.0.0.1/32";

struct Env {
    _dir: tempfile::TempDir,
    url: String,
    dir: PathBuf,
}

impl Env {
    fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite:{}", dir.path().join("pw.db").display());
        Env {
            dir: dir.path().to_path_buf(),
            _dir: dir,
            url,
        }
    }

    /// `pollwatch args` on this environment's database, not yet started.
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pollwatch"));
        cmd.args(args)
            .env("POLLWATCH_DATABASE_URL", &self.url)
            .env("POLLWATCH_LOG", "warn")
            .env_remove("POLLWATCH_ALLOW_PRIVATE_HOSTS")
            .env("RUST_BACKTRACE", "1");
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// Writes an OPML file of these `<outline …/>` lines in this environment's folder.
    fn opml(&self, name: &str, outlines: &str) -> PathBuf {
        let path = self.dir.join(name);
        std::fs::write(
            &path,
            format!(
                r#"<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
{outlines}</body></opml>"#
            ),
        )
        .unwrap();
        path
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn list(&self) -> String {
        self.ok(&["feeds", "list"])
    }

    /// The `feeds list` line that mentions `needle` (a feed's URL).
    fn list_line(&self, needle: &str) -> String {
        let list = self.list();
        list.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle:?} in:\n{list}"))
            .to_owned()
    }

    /// `feeds add URL --outlet OUTLET`, with the fixture's address allowed.
    fn add(&self, url: &str, outlet: &str) -> String {
        self.ok(&[
            "feeds",
            "add",
            url,
            "--outlet",
            outlet,
            "--allow-private-hosts",
            ALLOW,
        ])
    }
}

/// The value a `crawl` summary table gives for `label` ("new articles", "fetched").
fn summary_value(out: &str, label: &str) -> Option<String> {
    out.lines()
        .find(|l| l.starts_with(label))
        .and_then(|l| l.split_whitespace().last())
        .map(str::to_owned)
}

/// Asserts a clean failure (one `pollwatch:` line, no panic) mentioning `needle`.
fn assert_clean_failure(out: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "expected failure; stderr: {stderr}");
    assert!(stderr.contains(needle), "stderr lacks {needle:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    let lines: Vec<_> = stderr
        .lines()
        .filter(|l| l.starts_with("pollwatch:"))
        .collect();
    assert_eq!(lines.len(), 1, "one error line expected: {stderr}");
}

const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture Daily</title>
<link>http://fixture.test/</link><description>d</description>
<item><title>One</title><link>http://127.0.0.1:1/nowhere</link><guid>g1</guid><description>First.</description></item>
</channel></rss>"#;

/// Serves `/feed.xml`, `/other.xml` (feeds), `/page.html` (links to `/other.xml`),
/// `/plain.html` (links to nothing), `/big.xml` (a feed of over 8 KiB) and `/text` (not a feed)
/// on 127.0.0.1:0.
fn fixture() -> String {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let app = Router::new()
                .route("/feed.xml", get(|| async { ([(header::CONTENT_TYPE, "application/rss+xml")], RSS) }))
                .route("/other.xml", get(|| async { ([(header::CONTENT_TYPE, "application/rss+xml")], RSS.replace("Fixture Daily", "Fixture Other")) }))
                .route("/page.html", get(|| async {
                    ([(header::CONTENT_TYPE, "text/html")],
                     r#"<html><head><link rel="alternate" type="application/rss+xml" title="Other" href="/other.xml"></head><body>Home</body></html>"#)
                }))
                .route("/plain.html", get(|| async { ([(header::CONTENT_TYPE, "text/html")], "<html><body><p>No feeds here</p></body></html>") }))
                .route("/big.xml", get(|| async {
                    let pad = format!("<!-- {} -->", "x".repeat(8 * 1024));
                    ([(header::CONTENT_TYPE, "application/rss+xml")], RSS.replace("<channel>", &format!("<channel>{pad}")))
                }))
                .route("/text", get(|| async { ([(header::CONTENT_TYPE, "text/plain")], "hello, I am not a feed") }))
                .route("/slow.xml", get(|| async {
                    tokio::time::sleep(std::time::Duration::from_secs(60)).await;
                    ([(header::CONTENT_TYPE, "application/rss+xml")], RSS)
                }));
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    format!("http://{}", rx.recv().unwrap())
}

fn workspace_file(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(rel)
}

#[test]
fn feeds_add_list_disable_enable_remove() {
    let base = fixture();
    let env = Env::new();
    assert!(env.list().contains("no feeds yet"));

    let feed = format!("{base}/feed.xml");
    let out = env.ok(&[
        "feeds",
        "add",
        &feed,
        "--outlet",
        "Fixture Daily",
        "--country",
        "fr",
        "--lang",
        "fr",
        "--state-media",
        "--allow-private-hosts",
        ALLOW,
    ]);
    assert!(
        out.contains("added feed #1") && out.contains("Fixture Daily"),
        "{out}"
    );

    // An HTML page: its <link rel="alternate"> feed is found and added.
    let page = format!("{base}/page.html");
    let out = env.ok(&[
        "feeds",
        "add",
        &page,
        "--outlet",
        "Fixture Other",
        "--allow-private-hosts",
        ALLOW,
    ]);
    assert!(out.contains(&format!("found a feed on {page}")), "{out}");
    assert!(
        out.contains(&format!("added feed #2 {base}/other.xml")),
        "{out}"
    );

    let list = env.list();
    assert!(
        list.contains(&feed) && list.contains(&format!("{base}/other.xml")),
        "{list}"
    );
    assert!(
        list.contains("new") && list.contains("Fixture Daily"),
        "{list}"
    );

    assert!(env
        .ok(&["feeds", "disable", "1"])
        .contains("feed #1 disabled"));
    let line = env.list_line(&feed);
    assert!(line.contains("disabled"), "{line}");
    assert!(env
        .ok(&["feeds", "enable", "1"])
        .contains("feed #1 enabled"));
    let line = env.list_line(&feed);
    assert!(!line.contains("disabled"), "{line}");

    assert!(env
        .ok(&["feeds", "remove", "2"])
        .contains("feed #2 removed"));
    assert!(!env.list().contains("other.xml"));

    // The export carries the outlet's attributes.
    let opml = env.ok(&["feeds", "export"]);
    assert!(opml.contains("<opml version=\"2.0\""), "{opml}");
    assert!(opml.contains(&format!("xmlUrl=\"{feed}\"")), "{opml}");
    assert!(
        opml.contains("pollwatch:country=\"FR\"") && opml.contains("pollwatch:stateMedia=\"true\""),
        "{opml}"
    );

    // A crawl pass over the fixture: one feed fetched, one new article (its page is
    // unreachable, so the item's own text is kept), summary printed.
    let out = env.ok(&["crawl", "--all", "--allow-private-hosts", ALLOW]);
    assert!(
        out.lines()
            .any(|l| l.starts_with("fetched") && l.trim_end().ends_with(" 1")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("new articles") && l.trim_end().ends_with(" 1")),
        "{out}"
    );
    let out = env.ok(&["crawl"]);
    assert!(
        out.lines()
            .any(|l| l.starts_with("feeds") && l.trim_end().ends_with(" 0")),
        "nothing due: {out}"
    );
    let line = env.list_line(&feed);
    assert!(line.contains(" ok ") && line.contains(" 1 "), "{line}");
}

#[test]
fn bad_input_is_refused_with_one_line_and_nothing_written() {
    let base = fixture();
    let env = Env::new();
    let add = |url: &str| {
        env.run(&[
            "feeds",
            "add",
            url,
            "--outlet",
            "X",
            "--allow-private-hosts",
            ALLOW,
        ])
    };

    assert_clean_failure(&add("not a url"), "invalid feed URL");
    assert_clean_failure(&add("ftp://example.org/feed"), "only http and https");
    assert_clean_failure(&add(&format!("{base}/text")), "is not a feed");
    assert_clean_failure(&add(&format!("{base}/plain.html")), "links to no usable");
    assert_clean_failure(&add(&format!("{base}/missing.xml")), "HTTP 404");
    // Loopback without the allow-list: the SSRF guard refuses.
    let out = env.run(&["feeds", "add", &format!("{base}/feed.xml"), "--outlet", "X"]);
    assert_clean_failure(&out, "refused");
    let out = env.run(&[
        "feeds",
        "add",
        &format!("{base}/feed.xml"),
        "--outlet",
        "X",
        "--country",
        "France",
        "--allow-private-hosts",
        ALLOW,
    ]);
    assert_clean_failure(&out, "invalid country");
    // A body over the configured cap (8 KiB of feed, 4 KiB allowed).
    let out = env.run(&[
        "feeds",
        "add",
        &format!("{base}/big.xml"),
        "--outlet",
        "X",
        "--max-body-bytes",
        "4096",
        "--allow-private-hosts",
        ALLOW,
    ]);
    assert_clean_failure(&out, "response body larger than 4096 bytes");
    assert!(env.list().contains("no feeds yet"), "nothing written");

    env.ok(&[
        "feeds",
        "add",
        &format!("{base}/feed.xml"),
        "--outlet",
        "X",
        "--allow-private-hosts",
        ALLOW,
    ]);
    assert_clean_failure(&add(&format!("{base}/feed.xml")), "feed already exists: #1");

    assert_clean_failure(&env.run(&["feeds", "disable", "99"]), "no feed with id 99");
    assert_clean_failure(&env.run(&["feeds", "remove", "99"]), "no feed with id 99");

    // Unreadable OPML: missing, not XML, not OPML, no feeds, one bad URL (nothing imported).
    let missing = env.dir.join("missing.opml");
    assert_clean_failure(
        &env.run(&["feeds", "import", missing.to_str().unwrap()]),
        "cannot read",
    );
    let write = |name: &str, body: &str| {
        let p = env.dir.join(name);
        std::fs::write(&p, body).unwrap();
        p.to_str().unwrap().to_owned()
    };
    let garbage = write("garbage.opml", "<opml><body><outline xmlUrl=\"http://a/\"");
    assert_clean_failure(&env.run(&["feeds", "import", &garbage]), "cannot read OPML");
    let html = write("page.opml", "<html><body></body></html>");
    assert_clean_failure(&env.run(&["feeds", "import", &html]), "not <opml>");
    let empty = write("empty.opml", "<opml version=\"2.0\"><body></body></opml>");
    assert_clean_failure(&env.run(&["feeds", "import", &empty]), "lists no feeds");
    let bad = write(
        "bad.opml",
        "<opml version=\"2.0\"><body><outline text=\"Good\" xmlUrl=\"https://good.example/rss\"/>\
         <outline text=\"Bad\" xmlUrl=\"javascript:alert(1)\"/></body></opml>",
    );
    assert_clean_failure(
        &env.run(&["feeds", "import", &bad]),
        "outline \"Bad\" has an invalid xmlUrl",
    );
    assert!(
        !env.list().contains("good.example"),
        "nothing half-imported"
    );

    // Invalid allow-list: a usage error (exit code 2).
    let out = env.run(&[
        "feeds",
        "add",
        "https://example.org/",
        "--outlet",
        "X",
        "--allow-private-hosts",
        "10.0.0.0/99",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_curated_opml_imports_in_one_command_and_round_trips() {
    let env = Env::new();
    let curated = workspace_file("data/outlets.opml");
    let out = env.ok(&["feeds", "import", curated.to_str().unwrap()]);
    assert!(out.contains("imported 53 feeds"), "{out}");
    // Idempotent.
    let out = env.ok(&["feeds", "import", curated.to_str().unwrap()]);
    assert!(
        out.contains("imported 0 feeds") && out.contains("53 already present"),
        "{out}"
    );

    let list = env.list();
    assert!(
        list.contains("https://feeds.bbci.co.uk/news/world/rss.xml"),
        "{list}"
    );
    assert!(
        list.lines()
            .any(|l| l.contains("BBC News") && l.contains("new")),
        "{list}"
    );

    let opml = env.ok(&["feeds", "export"]);
    assert_eq!(opml.matches("xmlUrl=").count(), 53);
    assert!(opml.contains("pollwatch:stateMedia=\"true\""));

    // Importing the export into a fresh database gives the same feeds and outlets.
    let other = Env::new();
    let file = other.dir.join("export.opml");
    std::fs::write(&file, &opml).unwrap();
    let out = other.ok(&["feeds", "import", file.to_str().unwrap()]);
    assert!(out.contains("imported 53 feeds"), "{out}");
    // Same outlets (the titles name them), countries, languages and state-media flags.
    assert_eq!(env.ok(&["feeds", "export"]), other.ok(&["feeds", "export"]));
}

/// What an acceptance run on unseen feeds found: a feed's fragment is the same feed, a
/// password or token in a feed URL is never displayed, an export keeps disabled feeds disabled,
/// an OPML outline with a country that is not a code is refused, and global options go before
/// the subcommand.
#[test]
fn feeds_as_an_operator_meets_them() {
    let base = fixture();
    let env = Env::new();
    let feed = format!("{base}/feed.xml");
    env.add(&feed, "Fixture Daily");
    // The fragment is never sent: the same feed.
    let out = env.run(&[
        "feeds",
        "add",
        &format!("{feed}#top"),
        "--outlet",
        "Fixture Daily",
        "--allow-private-hosts",
        ALLOW,
    ]);
    assert_clean_failure(&out, "feed already exists");

    // Credentials in a feed URL are kept for fetching but never shown.
    let secret = format!(
        "{}/other.xml?token=abc123",
        base.replace("http://", "http://reader:s3cret@")
    );
    env.add(&secret, "Fixture Other");
    let list = env.list();
    assert!(
        !list.contains("s3cret") && !list.contains("abc123"),
        "{list}"
    );
    assert!(
        list.contains("token=***") && list.contains("reader:***@"),
        "{list}"
    );

    // Disabled by hand, exported, imported elsewhere: still disabled, with its reason.
    env.ok(&["feeds", "disable", "1"]);
    let opml = env.ok(&["feeds", "export"]);
    assert!(opml.contains("pollwatch:disabled=\"true\""), "{opml}");
    let other = Env::new();
    let path = other.dir.join("export.opml");
    std::fs::write(&path, &opml).unwrap();
    // Global options before the subcommand.
    let out = Command::new(env!("CARGO_BIN_EXE_pollwatch"))
        .args([
            "--database-url",
            &other.url,
            "feeds",
            "import",
            path.to_str().unwrap(),
        ])
        .env("POLLWATCH_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = other.list_line(&feed);
    assert!(line.contains("disabled"), "{line}");
    // A serve option before another subcommand is refused, not ignored.
    let out = env.run(&["--addr", "127.0.0.1:9", "feeds", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--addr is an option of `serve`"));

    // A country that is not an ISO code aborts the import: nothing written.
    let third = Env::new();
    let bad = third.opml(
        "bad.opml",
        &format!(
            r#"<outline text="A" xmlUrl="{base}/feed.xml" country="FR"/>
<outline text="B" xmlUrl="{base}/other.xml" country="Germany"/>"#
        ),
    );
    assert_clean_failure(
        &third.run(&["feeds", "import", bad.to_str().unwrap()]),
        "invalid country \"GERMANY\"",
    );
    assert!(third.list().contains("no feeds yet"));

    // A feed that has failed from the start is "new" again once enabled, not "ok".
    let missing = third.opml(
        "missing.opml",
        &format!(r#"<outline text="Gone Daily" xmlUrl="{base}/missing.xml"/>"#),
    );
    third.ok(&["feeds", "import", missing.to_str().unwrap()]);
    third.ok(&["crawl", "--all", "--allow-private-hosts", ALLOW]);
    assert!(third.list().contains("failing:1"), "{}", third.list());
    third.ok(&["feeds", "enable", "1"]);
    let line = third.list_line("missing.xml");
    assert!(line.contains(" new "), "{line}");
}

/// A feed removed and added again comes back with its articles: its items are not stored a
/// second time, and `feeds remove` on a removed feed is "no feed".
#[test]
fn a_removed_feed_added_again_keeps_its_articles() {
    let base = fixture();
    let env = Env::new();
    let feed = format!("{base}/feed.xml");
    env.add(&feed, "Fixture Daily");
    let new_articles = |out: &str| summary_value(out, "new articles");
    let out = env.ok(&["crawl", "--all", "--allow-private-hosts", ALLOW]);
    assert_eq!(new_articles(&out).as_deref(), Some("1"), "{out}");

    assert!(env
        .ok(&["feeds", "remove", "1"])
        .contains("feed #1 removed"));
    assert!(env.list().contains("no feeds yet"), "{}", env.list());
    assert_clean_failure(&env.run(&["feeds", "remove", "1"]), "no feed with id 1");
    assert_clean_failure(&env.run(&["feeds", "enable", "1"]), "no feed with id 1");
    // Removed feeds are not exported.
    assert!(!env.ok(&["feeds", "export"]).contains("feed.xml"));

    let out = env.add(&feed, "Fixture Daily");
    assert!(out.contains("restored feed #1"), "{out}");
    let line = env.list_line(&feed);
    assert!(line.contains(" 1 ") && !line.contains("disabled"), "{line}");
    let out = env.ok(&["crawl", "--all", "--allow-private-hosts", ALLOW]);
    assert_eq!(new_articles(&out).as_deref(), Some("0"), "{out}");

    // The same through an OPML import.
    env.ok(&["feeds", "remove", "1"]);
    let opml = env.opml(
        "again.opml",
        &format!(r#"<outline text="Fixture Daily" xmlUrl="{feed}"/>"#),
    );
    let out = env.ok(&["feeds", "import", opml.to_str().unwrap()]);
    assert!(out.contains("1 removed earlier and restored"), "{out}");
    let out = env.ok(&["crawl", "--all", "--allow-private-hosts", ALLOW]);
    assert_eq!(new_articles(&out).as_deref(), Some("0"), "{out}");
    assert!(env.list().contains(" 1 "), "{}", env.list());
}

/// Ctrl-C (or SIGTERM) on `crawl` gives its leases back: the next pass takes the feeds it
/// was holding instead of skipping them for 15 minutes.
#[test]
fn an_interrupted_crawl_gives_its_leases_back() {
    let base = fixture();
    let env = Env::new();
    let opml = env.opml(
        "slow.opml",
        &format!(r#"<outline text="Slow Daily" xmlUrl="{base}/slow.xml"/>"#),
    );
    env.ok(&["feeds", "import", opml.to_str().unwrap()]);
    let child = env
        .command(&["crawl", "--all", "--allow-private-hosts", ALLOW])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The feed is leased and being fetched (the server answers after a minute).
    std::thread::sleep(std::time::Duration::from_secs(2));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(
        stderr.contains("crawl interrupted: 1 leased feeds given back"),
        "{stderr}"
    );
}
