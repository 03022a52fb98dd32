//! Feed parsing: bytes (+ Content-Type) → [`ParsedFeed`] with per-item GUID, links, canonical
//! URL, text and content hash. Wraps feed-rs (RSS 0.9x/1.0/2.0, Atom, JSON Feed), adds charset
//! transcoding, a clear "this is not a feed" error, and our own GUID fallback. Pure: no I/O.

use chrono::{DateTime, Utc};
use feed_rs::model::{Entry, Feed, FeedType, Link, Text};
use url::Url;

use crate::canonical::{canonicalize_str, canonicalize_url};
use crate::encoding::{decode_to_utf8, decode_xml_to_utf8};
use crate::text::{collapse_ws, content_hash, hex_sha256, html_to_text};

/// Feed-rs is told to mark missing IDs with this, so we can tell them from real GUIDs.
const NO_ID: &str = "\u{0}pollwatch-no-id";

/// Format of a parsed feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedFormat {
    /// RSS 0.91 / 0.92.
    Rss0,
    /// RSS 1.0 (RDF).
    Rss1,
    /// RSS 2.0.
    Rss2,
    /// Atom 1.0.
    Atom,
    /// JSON Feed 1.x.
    Json,
}

/// A parsed feed.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedFeed {
    /// The detected format.
    pub format: FeedFormat,
    /// Feed title, plain text.
    pub title: Option<String>,
    /// The site's home page (`<link>` of the channel, Atom `rel=alternate`, `home_page_url`).
    pub site_url: Option<Url>,
    /// The feed's own URL as it declares it (`rel=self`, `feed_url`).
    pub self_url: Option<Url>,
    /// RSS `<ttl>` in minutes.
    pub ttl_minutes: Option<u32>,
    /// Declared language (`<language>`, `xml:lang`, JSON `language`), as written.
    pub language: Option<String>,
    /// Feed-level update time.
    pub updated: Option<DateTime<Utc>>,
    /// The character encoding the bytes were decoded from.
    pub encoding: &'static str,
    /// Items in document order.
    pub items: Vec<FeedItem>,
}

/// One entry of a feed.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedItem {
    /// The feed's own GUID/id, or a fallback (`sha256:` + hash of link, else title + date,
    /// else content) when it has none.
    pub guid: String,
    /// True when [`FeedItem::guid`] is our fallback, not the publisher's.
    pub guid_is_fallback: bool,
    /// The item's link, resolved against the feed URL.
    pub link: Option<Url>,
    /// [`FeedItem::link`] canonicalised (tracking parameters stripped, …).
    pub canonical_url: Option<Url>,
    /// Title, plain text.
    pub title: Option<String>,
    /// Publication time.
    pub published: Option<DateTime<Utc>>,
    /// Last update time.
    pub updated: Option<DateTime<Utc>>,
    /// First author's name (or e-mail when that is all there is).
    pub author: Option<String>,
    /// Summary / description, HTML stripped.
    pub summary_text: Option<String>,
    /// Full content (`content:encoded`, Atom `content`, JSON `content_html`), HTML stripped.
    pub content_text: Option<String>,
    /// Content as published (HTML, unsanitised): sanitise before showing.
    pub content_html: Option<String>,
    /// Hex SHA-256 of the normalised text of the content (else summary, else title).
    pub content_hash: String,
    /// Item language, when declared.
    pub language: Option<String>,
}

impl FeedItem {
    /// The key to deduplicate items on: the canonical URL when there is one, else the GUID.
    pub fn dedupe_key(&self) -> String {
        match &self.canonical_url {
            Some(u) => format!("url:{u}"),
            None => format!("guid:{}", self.guid),
        }
    }

    /// The best timestamp for ordering and frequency: published, else updated.
    pub fn timestamp(&self) -> Option<DateTime<Utc>> {
        self.published.or(self.updated)
    }
}

/// Why a document is not a usable feed.
#[derive(Debug, thiserror::Error)]
pub enum FeedParseError {
    /// Empty body.
    #[error("feed parser: empty document")]
    Empty,
    /// An HTML page (try [`crate::discover_feeds`] on it).
    #[error("feed parser: this is an HTML page, not a feed")]
    Html,
    /// Well-formed markup or JSON that is none of the supported formats.
    #[error("feed parser: not a feed ({0})")]
    NotAFeed(String),
    /// Broken XML or JSON.
    #[error("feed parser: malformed document: {0}")]
    Malformed(String),
}

/// Parses a feed document. `content_type` is the HTTP header (for its charset), `feed_url` the
/// URL it was fetched from (base for relative links).
pub fn parse_feed(
    body: &[u8],
    content_type: Option<&str>,
    feed_url: &Url,
) -> Result<ParsedFeed, FeedParseError> {
    let first = body
        .iter()
        .position(|b| !b.is_ascii_whitespace() && !matches!(b, 0xEF | 0xBB | 0xBF | 0xFE | 0xFF))
        .map(|i| body[i]);
    let (text, encoding) = match first {
        None => return Err(FeedParseError::Empty),
        Some(b'{') => {
            let (t, e) = decode_to_utf8(body, content_type, false);
            (t.into_owned(), e)
        }
        Some(b'<') => decode_xml_to_utf8(body, content_type),
        // UTF-16 with BOM starts with 0x00 around '<'.
        Some(0) => decode_xml_to_utf8(body, content_type),
        Some(_) => return Err(FeedParseError::NotAFeed("neither XML nor JSON".to_owned())),
    };
    if looks_like_html(&text) {
        return Err(FeedParseError::Html);
    }

    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(feed_url.as_str()))
        .id_generator(|_, _, _| NO_ID.to_owned())
        .build();
    let feed = parser.parse(text.as_bytes()).map_err(|e| match e {
        feed_rs::parser::ParseFeedError::ParseError(kind) => {
            FeedParseError::NotAFeed(format!("{kind}; root element: {}", root_name(&text)))
        }
        other => FeedParseError::Malformed(other.to_string()),
    })?;
    Ok(convert(feed, feed_url, encoding.name()))
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    let root = root_name(&head);
    root == "html" || head.contains("<!doctype html")
}

/// The name of the first element, skipping the declaration, comments, PIs and doctype.
fn root_name(text: &str) -> String {
    let mut rest = text;
    loop {
        let Some(i) = rest.find('<') else {
            return String::new();
        };
        rest = &rest[i + 1..];
        if rest.starts_with('?') || rest.starts_with('!') {
            continue;
        }
        return rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, ':' | '-' | '_' | '.'))
            .collect();
    }
}

fn convert(feed: Feed, feed_url: &Url, encoding: &'static str) -> ParsedFeed {
    let format = match feed.feed_type {
        FeedType::Atom => FeedFormat::Atom,
        FeedType::JSON => FeedFormat::Json,
        FeedType::RSS0 => FeedFormat::Rss0,
        FeedType::RSS1 => FeedFormat::Rss1,
        FeedType::RSS2 => FeedFormat::Rss2,
    };
    let site_url = pick_link(&feed.links, false).and_then(|h| resolve(h, feed_url));
    let self_url = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref() == Some("self"))
        .and_then(|l| resolve(&l.href, feed_url));
    let language = feed
        .language
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty());
    // An item without a language of its own is in the feed's.
    let items = feed
        .entries
        .into_iter()
        .map(|e| {
            let mut item = convert_entry(e, feed_url);
            if item.language.is_none() {
                item.language.clone_from(&language);
            }
            item
        })
        .collect();
    ParsedFeed {
        format,
        title: feed.title.as_ref().map(text_of).filter(|t| !t.is_empty()),
        site_url,
        self_url,
        ttl_minutes: feed.ttl,
        language,
        updated: feed.updated,
        encoding,
        items,
    }
}

/// The page link among `links`: `rel=alternate` or no rel, HTML-ish type preferred.
fn pick_link(links: &[Link], _item: bool) -> Option<&str> {
    let usable = |l: &&Link| matches!(l.rel.as_deref(), None | Some("alternate"));
    links
        .iter()
        .filter(usable)
        .find(|l| l.media_type.as_deref().is_none_or(|t| t.contains("html")))
        .or_else(|| links.iter().find(usable))
        .map(|l| l.href.as_str())
}

fn resolve(href: &str, base: &Url) -> Option<Url> {
    let u = base.join(href.trim()).ok()?;
    matches!(u.scheme(), "http" | "https").then_some(u)
}

/// An HTML tag that feeds put in titles and summaries ("<b>", "</a>", "<br/>"): text with
/// one is markup. A bracketed word that is no such tag ("\"a dead heat\" <says> pollster" in a
/// CDATA title) is text.
static KNOWN_TAG: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)</?(?:a|abbr|b|big|blockquote|br|cite|code|del|div|em|font|h[1-6]|hr|i|img|ins|li|mark|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|td|th|tr|u|ul)(?:\s[^>]*)?/?>|<!--",
    )
    .expect("tag regex")
});

/// Does `content` read as HTML: declared so, or holding a known tag, or entities without any
/// bracket?
fn reads_as_html(content_type: &str, content: &str) -> bool {
    content_type.contains("html")
        || KNOWN_TAG.is_match(content)
        || content.contains('&') && !content.contains('<')
}

/// Plain text of a feed-rs `Text`, stripping markup when the type says HTML or the content
/// looks like it (RSS titles often carry escaped HTML).
fn text_of(t: &Text) -> String {
    let ty = t.content_type.essence().to_string();
    if reads_as_html(&ty, &t.content) {
        collapse_ws(&html_to_text(&t.content))
    } else {
        collapse_ws(&t.content)
    }
}

/// `text` as HTML: escaped, one paragraph per blank-line-separated block (a JSON Feed's
/// `content_text` is plain text, never markup).
fn text_to_html(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", quick_xml::escape::escape(p)))
        .collect()
}

fn convert_entry(e: Entry, feed_url: &Url) -> FeedItem {
    let link = pick_link(&e.links, true).and_then(|h| resolve(h, feed_url));
    let canonical_url = link.as_ref().map(canonicalize_url);
    let title = e.title.as_ref().map(text_of).filter(|t| !t.is_empty());
    let summary_text = e.summary.as_ref().map(text_of).filter(|t| !t.is_empty());
    // JSON Feed's `content_text` (and any content declared text/plain) is text: "a<b and b>c"
    // must not lose its words to a tag stripper, nor become markup.
    let plain = e
        .content
        .as_ref()
        .is_some_and(|c| c.content_type.essence().to_string() == "text/plain");
    let body = e.content.as_ref().and_then(|c| c.body.clone());
    let (content_html, content_text) = if plain {
        (
            body.as_deref().map(text_to_html),
            body.map(|b| collapse_ws(&b)).filter(|t| !t.is_empty()),
        )
    } else {
        let text = body.as_deref().map(html_to_text).filter(|t| !t.is_empty());
        (body, text)
    };
    let hashed = content_text
        .as_deref()
        .or(summary_text.as_deref())
        .or(title.as_deref())
        .unwrap_or("");
    let content_hash = content_hash(hashed);
    let author = e
        .authors
        .first()
        .map(|p| {
            let name = collapse_ws(&p.name);
            if name.is_empty() {
                p.email.clone().unwrap_or_default()
            } else {
                name
            }
        })
        .filter(|a| !a.is_empty());

    let raw_id = e.id.trim();
    let (guid, guid_is_fallback) = if raw_id.is_empty() || raw_id == NO_ID {
        let basis = match (&canonical_url, &title) {
            (Some(u), _) => format!("link\n{u}"),
            (None, Some(t)) => format!(
                "title\n{t}\n{}",
                e.published
                    .or(e.updated)
                    .map(|d| d.to_rfc3339())
                    .unwrap_or_default()
            ),
            (None, None) => format!("content\n{content_hash}"),
        };
        (format!("sha256:{}", hex_sha256(basis.as_bytes())), true)
    } else {
        (raw_id.to_owned(), false)
    };

    FeedItem {
        guid,
        guid_is_fallback,
        link,
        canonical_url,
        title,
        published: e.published,
        updated: e.updated,
        author,
        summary_text,
        content_text,
        content_html,
        content_hash,
        language: e.language,
    }
}

/// Canonical form of an arbitrary item link (see [`crate::canonicalize_url`]).
pub fn canonical_link(href: &str, feed_url: &Url) -> Option<Url> {
    canonicalize_str(href, Some(feed_url))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://example.com/feed.xml").unwrap()
    }

    #[test]
    fn rejects_non_feeds() {
        assert!(matches!(
            parse_feed(b"", None, &base()),
            Err(FeedParseError::Empty)
        ));
        assert!(matches!(
            parse_feed(b"  \n ", None, &base()),
            Err(FeedParseError::Empty)
        ));
        assert!(matches!(
            parse_feed(
                b"<!DOCTYPE html><html><body>hi</body></html>",
                None,
                &base()
            ),
            Err(FeedParseError::Html)
        ));
        assert!(matches!(
            parse_feed(b"\x89PNG\r\n\x1a\n\0\0\0", None, &base()),
            Err(FeedParseError::NotAFeed(_))
        ));
        let e = parse_feed(b"<?xml version='1.0'?><svg xmlns='x'/>", None, &base()).unwrap_err();
        assert!(matches!(e, FeedParseError::NotAFeed(_)), "{e}");
        assert!(e.to_string().contains("svg"), "{e}");
        assert!(matches!(
            parse_feed(b"{\"hello\": 1}", None, &base()),
            Err(FeedParseError::NotAFeed(_) | FeedParseError::Malformed(_))
        ));
    }

    #[test]
    fn fallback_guid_is_stable() {
        let doc = br#"<rss version="2.0"><channel><title>T</title><link>https://example.com/</link>
            <item><title>A</title><link>/a?utm_source=x</link></item>
            <item><title>B only</title></item></channel></rss>"#;
        let f1 = parse_feed(doc, None, &base()).unwrap();
        let f2 = parse_feed(doc, None, &base()).unwrap();
        assert_eq!(f1.items[0].guid, f2.items[0].guid);
        assert!(f1.items[0].guid_is_fallback);
        assert!(f1.items[0].guid.starts_with("sha256:"));
        assert_ne!(f1.items[0].guid, f1.items[1].guid);
        assert_eq!(
            f1.items[0].canonical_url.as_ref().unwrap().as_str(),
            "https://example.com/a"
        );
        assert_eq!(f1.items[0].dedupe_key(), "url:https://example.com/a");
        assert!(f1.items[1].dedupe_key().starts_with("guid:sha256:"));
    }
}
