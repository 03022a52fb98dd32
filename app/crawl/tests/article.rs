//! Golden tests of article extraction and feed discovery on realistic pages (no network).
//! Set `UPDATE_GOLDEN=1` to rewrite the `.expected.txt` files after a deliberate change.

use pollwatch_crawl::{decode_html, discover_feeds, extract_article, FeedFormat};
use url::Url;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn golden(name: &str, actual: &str) {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    assert_eq!(actual, expected, "golden mismatch for {name}");
}

#[test]
fn news_article_with_nav_comments_and_scripts() {
    let html = decode_html(&fixture("article_news.html"), Some("text/html"));
    let page = Url::parse("https://news.example.com/world/europe-68991234?utm_source=x").unwrap();
    let a = extract_article(&html, &page, None);

    assert_eq!(
        a.title.as_deref(),
        Some("Poll shows ruling party at 71% ahead of vote")
    );
    assert_eq!(a.byline.as_deref(), Some("Jane Reporter, John Analyst"));
    assert_eq!(
        a.published.unwrap().to_rfc3339(),
        "2024-05-14T08:55:31+00:00"
    );
    assert_eq!(
        a.canonical_url.as_ref().unwrap().as_str(),
        "https://news.example.com/world/europe-68991234"
    );
    assert_eq!(a.language.as_deref(), Some("en-GB"));
    assert_eq!(a.site_name.as_deref(), Some("Example News"));

    golden("article_news.expected.txt", &a.text);
    for junk in [
        "Home",
        "cookies",
        "Comments",
        "user123",
        "Most read",
        "Advertisement",
        "googletag",
        "Share on",
        "Related",
        "All rights reserved",
        "newsletter",
        "inbox",
    ] {
        assert!(
            !a.text.contains(junk),
            "text contains {junk:?}:\n{}",
            a.text
        );
    }
    assert!(a.text.contains("71% of decided voters"));
    assert!(a.text.contains("fines could reach 50,000 euros"));

    for bad in [
        "<script",
        "onerror",
        "onclick",
        "javascript:",
        "<style",
        "googletag",
    ] {
        assert!(!a.html.contains(bad), "html contains {bad:?}:\n{}", a.html);
    }
    assert!(a
        .html
        .contains("https://news.example.com/img/poll-chart.png"));
}

#[test]
fn windows_1251_article_with_microdata() {
    let html = decode_html(&fixture("article_ru.html"), Some("text/html"));
    let page = Url::parse("https://primer-novosti.example/politics/20240514/opros.html").unwrap();
    let a = extract_article(&html, &page, None);
    assert_eq!(a.title.as_deref(), Some("Опрос: 87% поддерживают курс"));
    assert_eq!(a.byline.as_deref(), Some("Иван Петров"));
    assert_eq!(
        a.published.unwrap().to_rfc3339(),
        "2024-05-14T07:00:00+00:00"
    );
    assert_eq!(a.language.as_deref(), Some("ru-RU"));
    assert_eq!(
        a.canonical_url.as_ref().unwrap().as_str(),
        "https://primer-novosti.example/politics/20240514/opros.html?utm_source=tg"
    );
    golden("article_ru.expected.txt", &a.text);
    assert!(
        !a.text.contains("Реклама") && !a.text.contains("Главная"),
        "{}",
        a.text
    );
}

#[test]
fn selector_override() {
    let html = decode_html(&fixture("article_news.html"), None);
    let page = Url::parse("https://news.example.com/world/europe-68991234").unwrap();
    let a = extract_article(
        &html,
        &page,
        Some("#comments .comment p:not(.comment-author)"),
    );
    assert_eq!(
        a.text.lines().next(),
        Some("This is clearly fake, nobody I know was ever asked about this poll, and I have lived here for forty years.")
    );
    // A selector that matches nothing falls back to scoring.
    let b = extract_article(&html, &page, Some("#does-not-exist"));
    assert!(b.text.contains("71% of decided voters"));
    // An invalid selector too.
    let c = extract_article(&html, &page, Some("[[["));
    assert_eq!(b.text, c.text);
}

#[test]
fn hostile_pages_do_not_stall() {
    let page = Url::parse("https://x.example/").unwrap();
    let deep = "<div>".repeat(300_000) + "<p>text</p>";
    let start = std::time::Instant::now();
    let a = extract_article(&deep, &page, None);
    assert!(a.text.contains("text"));
    assert!(start.elapsed() < std::time::Duration::from_secs(30));
    let empty = extract_article("", &page, None);
    assert_eq!(empty.text, "");
}

#[test]
fn feed_discovery() {
    let html = decode_html(&fixture("article_news.html"), None);
    let page = Url::parse("https://news.example.com/world/europe-68991234").unwrap();
    let feeds = discover_feeds(&html, &page);
    let urls: Vec<&str> = feeds.iter().map(|f| f.url.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://news.example.com/world/rss.xml",
            "https://news.example.com/world/atom.xml",
            "https://news.example.com/world/feed.json",
        ]
    );
    assert_eq!(feeds[0].format, FeedFormat::Rss2);
    assert_eq!(feeds[0].title.as_deref(), Some("Example News - World"));
    assert_eq!(feeds[1].format, FeedFormat::Atom);
    assert_eq!(feeds[2].format, FeedFormat::Json);

    let with_base = r#"<html><head><base href="https://cdn.example.net/site/">
        <link rel="ALTERNATE feed" type="application/rss+xml; charset=utf-8" href="rss">
        <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
        <link rel="alternate" type="application/rss+xml" href="https://cdn.example.net/site/rss">
        </head></html>"#;
    let feeds = discover_feeds(with_base, &page);
    assert_eq!(feeds.len(), 1);
    assert_eq!(feeds[0].url.as_str(), "https://cdn.example.net/site/rss");
    assert!(discover_feeds("not html at all", &page).is_empty());
}
