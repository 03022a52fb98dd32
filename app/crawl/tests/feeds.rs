//! Golden tests of feed parsing on fixtures shaped like real feeds (no network).

use std::time::{Duration, Instant};

use pollwatch_crawl::{parse_feed, FeedFormat, FeedParseError};
use url::Url;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn url(s: &str) -> Url {
    Url::parse(s).unwrap()
}

#[test]
fn rss2_like_a_broadcaster() {
    let f = parse_feed(
        &fixture("rss2_news.xml"),
        Some("application/rss+xml"),
        &url("https://feeds.example-broadcaster.co.uk/news/world/rss.xml"),
    )
    .unwrap();
    assert_eq!(f.format, FeedFormat::Rss2);
    assert_eq!(f.title.as_deref(), Some("World News - Example Broadcaster"));
    assert_eq!(
        f.site_url.as_ref().map(Url::as_str),
        Some("https://www.example-broadcaster.co.uk/news/world")
    );
    assert_eq!(f.ttl_minutes, Some(15));
    assert_eq!(f.language.as_deref(), Some("en-gb"));
    // Items without a language of their own are in the feed's.
    assert!(f
        .items
        .iter()
        .all(|i| i.language.as_deref() == Some("en-gb")));
    assert_eq!(f.items.len(), 3);

    let a = &f.items[0];
    assert_eq!(
        a.guid,
        "https://www.example-broadcaster.co.uk/news/world-europe-68991234#0"
    );
    assert!(!a.guid_is_fallback);
    assert_eq!(
        a.title.as_deref(),
        Some("Poll shows ruling party at 71% ahead of vote")
    );
    assert_eq!(
        a.link.as_ref().unwrap().as_str(),
        "https://www.example-broadcaster.co.uk/news/world-europe-68991234?at_medium=RSS&at_campaign=rss"
    );
    assert_eq!(
        a.canonical_url.as_ref().unwrap().as_str(),
        "https://www.example-broadcaster.co.uk/news/world-europe-68991234"
    );
    assert_eq!(a.author.as_deref(), Some("Jane Reporter"));
    assert_eq!(
        a.published.unwrap().to_rfc3339(),
        "2024-05-14T08:55:31+00:00"
    );
    assert_eq!(
        a.summary_text.as_deref(),
        Some("A survey published by state television claims overwhelming support.")
    );
    assert_eq!(
        a.content_text.as_deref(),
        Some(
            "A survey published by state television on Monday claims the ruling party has the support of 71% of voters.\n\
             Independent pollsters, however, say no such survey was registered with the electoral commission."
        )
    );
    assert_eq!(
        a.content_hash,
        pollwatch_crawl::content_hash(a.content_text.as_deref().unwrap())
    );

    let b = &f.items[1];
    assert_eq!(
        b.title.as_deref(),
        Some("Election commission rejects \"fake\" survey")
    );
    assert_eq!(
        b.summary_text.as_deref(),
        Some("The commission said the poll & its methodology were not registered.")
    );
    assert_eq!(
        b.published.unwrap().to_rfc3339(),
        "2024-05-13T15:20:00+00:00"
    );
    assert_eq!(
        b.dedupe_key(),
        "url:https://www.example-broadcaster.co.uk/news/world-europe-68990001"
    );

    let c = &f.items[2];
    assert!(c.guid_is_fallback);
    assert_eq!(
        c.link.as_ref().unwrap().as_str(),
        "https://feeds.example-broadcaster.co.uk/news/live/world-123"
    );
}

#[test]
fn atom_with_html_title_and_xhtml_content() {
    let f = parse_feed(
        &fixture("atom_news.xml"),
        None,
        &url("https://www.beispiel-tagesschau.de/atom.xml"),
    )
    .unwrap();
    assert_eq!(f.format, FeedFormat::Atom);
    assert_eq!(
        f.title.as_deref(),
        Some("Nachrichten – Beispiel Tagesschau")
    );
    assert_eq!(
        f.site_url.as_ref().unwrap().as_str(),
        "https://www.beispiel-tagesschau.de/"
    );
    assert_eq!(
        f.self_url.as_ref().unwrap().as_str(),
        "https://www.beispiel-tagesschau.de/atom.xml"
    );
    let a = &f.items[0];
    assert_eq!(a.guid, "tag:beispiel-tagesschau.de,2024:umfrage-reform-100");
    assert_eq!(a.title.as_deref(), Some("Umfrage: Mehrheit für Reform"));
    assert_eq!(
        a.canonical_url.as_ref().unwrap().as_str(),
        "https://www.beispiel-tagesschau.de/inland/umfrage-reform-100.html"
    );
    assert_eq!(a.author.as_deref(), Some("Max Mustermann"));
    assert_eq!(
        a.published.unwrap().to_rfc3339(),
        "2024-05-14T06:30:00+00:00"
    );
    assert_eq!(a.updated.unwrap().to_rfc3339(), "2024-05-14T07:45:00+00:00");
    assert_eq!(
        a.summary_text.as_deref(),
        Some("Laut einer neuen Umfrage unterstützen 58 Prozent die Reform.")
    );
    assert_eq!(
        a.content_text.as_deref(),
        Some("Laut einer neuen Umfrage von Infratest unterstützen 58 Prozent die Reform.")
    );
    assert_eq!(
        f.items[1].summary_text.as_deref(),
        Some("Kurzfassung ohne HTML.")
    );
}

#[test]
fn rss1_rdf() {
    let f = parse_feed(
        &fixture("rss1_rdf.xml"),
        Some("application/rdf+xml"),
        &url("https://www.example-agency.jp/rss/news.rdf"),
    )
    .unwrap();
    assert_eq!(f.format, FeedFormat::Rss1);
    assert_eq!(f.items.len(), 1);
    let a = &f.items[0];
    assert_eq!(
        a.title.as_deref(),
        Some("内閣支持率、最新の世論調査で３２％")
    );
    assert_eq!(
        a.published.unwrap().to_rfc3339(),
        "2024-05-13T22:00:00+00:00"
    );
}

#[test]
fn rss091_with_netscape_doctype() {
    let f = parse_feed(
        &fixture("rss091.xml"),
        None,
        &url("http://www.old-wire.example/rss.xml"),
    )
    .unwrap();
    assert_eq!(f.format, FeedFormat::Rss0);
    assert_eq!(
        f.items[0].title.as_deref(),
        Some("Survey claims 90% approval")
    );
    assert!(f.items[0].guid_is_fallback);
}

#[test]
fn json_feed() {
    let f = parse_feed(
        &fixture("feed.json"),
        Some("application/feed+json"),
        &url("https://factcheck.example.org/feed.json"),
    )
    .unwrap();
    assert_eq!(f.format, FeedFormat::Json);
    assert_eq!(f.language.as_deref(), Some("es"));
    assert_eq!(
        f.site_url.as_ref().unwrap().as_str(),
        "https://factcheck.example.org/"
    );
    let a = &f.items[0];
    assert_eq!(a.author.as_deref(), Some("Ana Verificadora"));
    assert_eq!(
        a.canonical_url.as_ref().unwrap().as_str(),
        "https://factcheck.example.org/2024/05/encuesta-falsa"
    );
    assert_eq!(
        a.content_text.as_deref(),
        Some("La supuesta encuesta no existe, según la empresa citada.")
    );
    assert_eq!(
        a.published.unwrap().to_rfc3339(),
        "2024-05-12T17:03:00+00:00"
    );
    assert_eq!(f.items[1].guid, "2");
    assert_eq!(f.items[1].link, None);
}

#[test]
fn iso_8859_1_declared_in_prolog() {
    let f = parse_feed(
        &fixture("latin1.xml"),
        Some("text/xml"),
        &url("https://www.journal-exemple.fr/rss.xml"),
    )
    .unwrap();
    assert_eq!(f.title.as_deref(), Some("Le Journal Exemple - Société"));
    assert_eq!(
        f.items[0].title.as_deref(),
        Some("Sondage : 61 % des Français opposés à la réforme")
    );
    assert_eq!(
        f.items[0].canonical_url.as_ref().unwrap().as_str(),
        "https://www.journal-exemple.fr/societe/article/2024/05/14/sondage_123.html"
    );
}

#[test]
fn windows_1251_from_prolog_or_content_type() {
    let base = url("https://primer-novosti.example/rss");
    let f = parse_feed(&fixture("cp1251.xml"), None, &base).unwrap();
    assert_eq!(f.title.as_deref(), Some("Пример Новости — Политика"));
    assert_eq!(f.encoding, "windows-1251");
    let g = parse_feed(
        &fixture("cp1251_no_prolog.xml"),
        Some("application/rss+xml; charset=windows-1251"),
        &base,
    )
    .unwrap();
    assert_eq!(
        g.items[0].title.as_deref(),
        Some("Опрос: 87% россиян поддерживают курс")
    );
    assert_eq!(g.items, f.items);
}

#[test]
fn malformed_xml_is_an_error() {
    let e = parse_feed(
        &fixture("malformed.xml"),
        None,
        &url("https://broken.example/"),
    )
    .unwrap_err();
    assert!(
        matches!(
            e,
            FeedParseError::Malformed(_) | FeedParseError::NotAFeed(_)
        ),
        "{e}"
    );
}

#[test]
fn billion_laughs_does_not_expand() {
    let start = Instant::now();
    let result = parse_feed(
        &fixture("billion_laughs.xml"),
        None,
        &url("https://laughs.example/"),
    );
    assert!(start.elapsed() < Duration::from_secs(5));
    if let Ok(f) = result {
        // Either refused or left unexpanded: never a gigabyte of "lol".
        let size: usize = f
            .items
            .iter()
            .map(|i| {
                i.summary_text.as_ref().map_or(0, String::len)
                    + i.title.as_ref().map_or(0, String::len)
            })
            .sum::<usize>()
            + f.title.as_ref().map_or(0, String::len);
        assert!(size < 10_000, "expanded to {size} bytes");
    }
}

#[test]
fn html_page_is_not_a_feed() {
    let html = fixture("article_news.html");
    let e = parse_feed(&html, Some("text/html"), &url("https://news.example.com/x")).unwrap_err();
    assert!(matches!(e, FeedParseError::Html), "{e}");
    assert!(e.to_string().contains("HTML page"));
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    assert!(parse_feed(&garbage, None, &url("https://x.example/")).is_err());
}

#[test]
fn huge_feed_parses_linearly() {
    // ~5 MB of items: a size the body cap allows must parse in reasonable time.
    let mut doc = String::from("<rss version=\"2.0\"><channel><title>Big</title>");
    for i in 0..20_000 {
        doc.push_str(&format!(
            "<item><title>Item {i}</title><link>https://big.example/{i}</link><description>{}</description></item>",
            "word ".repeat(40)
        ));
    }
    doc.push_str("</channel></rss>");
    let start = Instant::now();
    let f = parse_feed(doc.as_bytes(), None, &url("https://big.example/rss")).unwrap();
    assert_eq!(f.items.len(), 20_000);
    assert!(start.elapsed() < Duration::from_secs(60));
}

#[test]
fn shipped_outlets_opml_is_complete() {
    let path = format!("{}/../../data/outlets.opml", env!("CARGO_MANIFEST_DIR"));
    let feeds = pollwatch_crawl::parse_opml(&std::fs::read(path).unwrap()).unwrap();
    assert!(feeds.len() >= 40, "{}", feeds.len());
    let mut seen = std::collections::HashSet::new();
    for f in &feeds {
        let u = Url::parse(&f.xml_url).unwrap();
        assert!(matches!(u.scheme(), "http" | "https"), "{}", f.xml_url);
        assert!(seen.insert(f.xml_url.clone()), "duplicate {}", f.xml_url);
        let c = f.country.as_deref().unwrap();
        assert!(
            c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()),
            "{c}"
        );
        assert!(
            f.language.is_some() && f.state_affiliated.is_some(),
            "{f:?}"
        );
        assert!(f.category.is_some(), "{f:?}");
    }
    for name in [
        "RT (English)",
        "TASS (English)",
        "CGTN – World",
        "Global Times",
        "Press TV",
    ] {
        let f = feeds.iter().find(|f| f.title == name).unwrap();
        assert_eq!(f.state_affiliated, Some(true), "{name}");
    }
    let bbc = feeds
        .iter()
        .find(|f| f.title == "BBC News – World")
        .unwrap();
    assert_eq!(bbc.state_affiliated, Some(false));
    assert_eq!(bbc.country.as_deref(), Some("GB"));
}

/// A JSON Feed's `content_text` is text, however many brackets it holds; a CDATA title's
/// bracketed word that is no HTML tag stays.
#[test]
fn plain_text_is_never_read_as_markup() {
    let json = br#"{"version": "https://jsonfeed.org/version/1.1", "title": "T",
        "items": [{"id": "1", "url": "https://example.org/1", "title": "Logic",
                   "content_text": "if a<b and b>c then a<c; use <tag> names\n\n<b>bold</b> stays text"}]}"#;
    let f = parse_feed(
        json,
        Some("application/feed+json"),
        &url("https://example.org/feed.json"),
    )
    .expect("parses");
    let item = &f.items[0];
    let text = item.content_text.as_deref().unwrap_or_default();
    assert!(
        text.contains("if a<b and b>c then a<c; use <tag> names"),
        "{text}"
    );
    let html = item.content_html.as_deref().unwrap_or_default();
    assert!(html.contains("&lt;b&gt;bold&lt;/b&gt;"), "{html}");
    assert!(!html.contains("<b>"), "{html}");

    let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        <item><title><![CDATA["a dead heat" <says> pollster]]></title><link>https://example.org/2</link>
        <description><![CDATA[<p>Escaped <b>markup</b> is still markup</p>]]></description></item>
        </channel></rss>"#;
    let f = parse_feed(
        rss,
        Some("application/rss+xml"),
        &url("https://example.org/rss"),
    )
    .expect("parses");
    assert_eq!(
        f.items[0].title.as_deref(),
        Some("\"a dead heat\" <says> pollster")
    );
    assert_eq!(
        f.items[0].summary_text.as_deref(),
        Some("Escaped markup is still markup")
    );
}
