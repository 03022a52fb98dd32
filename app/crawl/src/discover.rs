//! Feed auto-discovery: the `<link rel="alternate" type="application/rss+xml|atom+xml|
//! feed+json">` elements of an HTML page, resolved against the page URL (or its `<base href>`).
//! Pure: no I/O.

use scraper::{Html, Selector};
use url::Url;

use crate::feed::FeedFormat;

/// A feed advertised by a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscoveredFeed {
    /// Absolute feed URL.
    pub url: Url,
    /// The link's `title`, if any.
    pub title: Option<String>,
    /// The format its `type` announces.
    pub format: FeedFormat,
}

/// Finds the feeds a page advertises, in document order, without duplicates. Only http(s) URLs
/// are returned; `application/json` is ignored (oEmbed and REST links use it too).
pub fn discover_feeds(html: &str, base_url: &Url) -> Vec<DiscoveredFeed> {
    let doc = Html::parse_document(html);
    let base_sel = Selector::parse("base[href]").expect("static selector");
    let base = doc
        .select(&base_sel)
        .next()
        .and_then(|b| b.value().attr("href"))
        .and_then(|h| base_url.join(h.trim()).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .unwrap_or_else(|| base_url.clone());
    let link_sel = Selector::parse("link[rel][href][type]").expect("static selector");
    let mut out: Vec<DiscoveredFeed> = Vec::new();
    for link in doc.select(&link_sel) {
        let el = link.value();
        let rel = el.attr("rel").unwrap_or("");
        if !rel
            .split_ascii_whitespace()
            .any(|r| r.eq_ignore_ascii_case("alternate"))
        {
            continue;
        }
        let ty = el
            .attr("type")
            .unwrap_or("")
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let format = match ty.as_str() {
            "application/rss+xml" => FeedFormat::Rss2,
            "application/rdf+xml" => FeedFormat::Rss1,
            "application/atom+xml" => FeedFormat::Atom,
            "application/feed+json" | "application/json+feed" => FeedFormat::Json,
            _ => continue,
        };
        let Some(url) = el
            .attr("href")
            .and_then(|h| base.join(h.trim()).ok())
            .filter(|u| matches!(u.scheme(), "http" | "https"))
        else {
            continue;
        };
        if out.iter().any(|f| f.url == url) {
            continue;
        }
        let title = el
            .attr("title")
            .map(crate::text::collapse_ws)
            .filter(|t| !t.is_empty());
        out.push(DiscoveredFeed { url, title, format });
    }
    out
}
