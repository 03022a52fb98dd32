//! Article extraction: main text, metadata and sanitised HTML from a news page.
//!
//! A readability-style pass over scraper's DOM: junk (scripts, navigation, asides, footers,
//! forms, comment sections, share bars, ads) is detached, paragraphs score their ancestors
//! (length, commas), class/id names add or subtract weight, link density discounts menus, and the
//! best container plus its related siblings is the article. Metadata comes from meta tags,
//! microdata and JSON-LD. The HTML returned is cleaned by ammonia: no scripts, no event
//! handlers, no `javascript:` URLs. Pure: no I/O.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use ego_tree::NodeId;
use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use url::Url;

use crate::text::{collapse_ws, limit_nesting, node_text, MAX_DEPTH};

/// What [`extract_article`] found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    /// Headline.
    pub title: Option<String>,
    /// Author(s), as the page states them.
    pub byline: Option<String>,
    /// Publication time.
    pub published: Option<DateTime<Utc>>,
    /// `<link rel=canonical>`, else `og:url`, resolved against the page URL.
    pub canonical_url: Option<Url>,
    /// `<html lang>`, else `Content-Language`, else `og:locale` (as `en-US`).
    pub language: Option<String>,
    /// `og:site_name`.
    pub site_name: Option<String>,
    /// Main text, one paragraph per line.
    pub text: String,
    /// Main content as sanitised HTML (safe to embed).
    pub html: String,
}

static UNLIKELY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)-ad-|^ad$|^ads$|\bads?\b|advert|banner|breadcrumb|combx|comment|community|cookie|consent|disqus|extra|foot|header|legends|menu|modal|newsletter|outbrain|pager|pagination|paywall|popup|promo|related|remark|replies|rss|share|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|taboola|teaser|tags|toolbar|tweet|twitter|widget|recommend|most-?read|trending",
    )
    .unwrap()
});

static MAYBE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)and|article|body|column|content|main|shadow|story|entry|post|text").unwrap()
});

static POSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text",
    )
    .unwrap()
});

static NEGATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)-ad-|hidden|^hid$|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|dateline|caption|newsletter|recommend",
    )
    .unwrap()
});

/// A selector from the code (never from input), parsed once per process: extraction asks for
/// the same few dozen selectors on every page and inside per-element loops.
fn sel(s: &'static str) -> &'static Selector {
    static CACHE: LazyLock<std::sync::Mutex<HashMap<&'static str, &'static Selector>>> =
        LazyLock::new(Default::default);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    cache
        .entry(s)
        .or_insert_with(|| Box::leak(Box::new(Selector::parse(s).expect("static selector"))))
}

/// Extracts the article from `html` fetched from `url`. With `selector_override` (a CSS
/// selector configured per feed), the matching elements are the content and scoring is skipped;
/// an invalid or non-matching selector falls back to scoring.
pub fn extract_article(html: &str, url: &Url, selector_override: Option<&str>) -> Article {
    let html = limit_nesting(html, MAX_DEPTH);
    let mut doc = Html::parse_document(&html);
    let meta = Meta::read(&doc, url);

    let overridden: Vec<NodeId> = selector_override
        .and_then(|s| Selector::parse(s).ok())
        .map(|s| doc.select(&s).map(|e| e.id()).collect())
        .unwrap_or_default();
    let content: Vec<NodeId> = if overridden.is_empty() {
        remove_junk(&mut doc);
        let picked = pick_content(&doc);
        clean_content(&mut doc, &picked);
        picked
    } else {
        // Even a hand-picked container must not leak scripts or styles into the text.
        let drop: Vec<NodeId> = doc
            .select(sel("script, style, noscript, template"))
            .map(|e| e.id())
            .collect();
        detach(&mut doc, &drop);
        overridden
    };

    let mut text_parts = Vec::new();
    let mut html_parts = String::new();
    for id in &content {
        if let Some(node) = doc.tree.get(*id) {
            let t = node_text(node);
            if !t.is_empty() {
                text_parts.push(t);
            }
            if let Some(el) = ElementRef::wrap(node) {
                html_parts.push_str(&el.html());
            }
        }
    }
    let mut text = text_parts.join("\n");
    // Drop a repeated headline at the top of the body.
    if let Some(title) = &meta.title {
        if let Some(rest) = text.strip_prefix(title.as_str()) {
            if rest.starts_with('\n') {
                text = rest.trim_start().to_owned();
            }
        }
    }
    Article {
        title: meta.title,
        byline: meta.byline,
        published: meta.published,
        canonical_url: meta.canonical_url,
        language: meta.language,
        site_name: meta.site_name,
        text,
        html: sanitize_html(&html_parts, url),
    }
}

/// Cleans HTML for display with ammonia: scripts/styles removed with their content, event
/// handlers and `javascript:` URLs stripped, relative URLs made absolute, links made
/// `noopener noreferrer nofollow`.
pub fn sanitize_html(html: &str, base: &Url) -> String {
    ammonia::Builder::default()
        .url_relative(ammonia::UrlRelative::RewriteWithBase(base.clone()))
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(html)
        .to_string()
}

fn detach(doc: &mut Html, ids: &[NodeId]) {
    for id in ids {
        if let Some(mut n) = doc.tree.get_mut(*id) {
            n.detach();
        }
    }
}

fn class_id(e: &scraper::node::Element) -> String {
    let mut s = String::new();
    if let Some(c) = e.attr("class") {
        s.push_str(c);
    }
    if let Some(i) = e.attr("id") {
        s.push(' ');
        s.push_str(i);
    }
    s
}

/// Detaches what is never article text.
fn remove_junk(doc: &mut Html) {
    let junk = sel(
        "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, aside, \
         footer, form, button, input, select, textarea, dialog, \
         [role=navigation], [role=complementary], [role=banner], [role=contentinfo], \
         [role=dialog], [aria-hidden=true], [hidden]",
    );
    let mut ids: Vec<NodeId> = doc.select(junk).map(|e| e.id()).collect();
    for node in doc.tree.root().descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let name = el.value().name();
        if matches!(name, "html" | "body" | "article" | "main") {
            continue;
        }
        let ci = class_id(el.value());
        if !ci.is_empty() && UNLIKELY.is_match(&ci) && !MAYBE.is_match(&ci) {
            ids.push(node.id());
        }
    }
    detach(doc, &ids);
}

fn class_weight(e: &scraper::node::Element) -> f64 {
    let ci = class_id(e);
    let mut w = 0.0;
    if !ci.is_empty() {
        if NEGATIVE.is_match(&ci) {
            w -= 25.0;
        }
        if POSITIVE.is_match(&ci) {
            w += 25.0;
        }
    }
    w
}

fn tag_weight(name: &str) -> f64 {
    match name {
        "article" => 10.0,
        "div" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn text_len(el: ElementRef<'_>) -> usize {
    collapse_ws(&el.text().collect::<String>()).chars().count()
}

fn link_density(el: ElementRef<'_>) -> f64 {
    let total = text_len(el);
    if total == 0 {
        return 0.0;
    }
    let links: usize = el.select(sel("a")).map(text_len).sum();
    links as f64 / total as f64
}

/// Scores containers by the paragraphs they hold and returns the best one plus its related
/// siblings.
fn pick_content(doc: &Html) -> Vec<NodeId> {
    let mut scores: HashMap<NodeId, f64> = HashMap::new();
    let init = |el: ElementRef<'_>| tag_weight(el.value().name()) + class_weight(el.value());
    for p in doc.select(sel(
        "p, pre, td, blockquote, div.text, [itemprop=articleBody] > div",
    )) {
        let text = collapse_ws(&p.text().collect::<String>());
        let len = text.chars().count();
        if len < 25 {
            continue;
        }
        let commas = text.matches([',', '،', '，', '、']).count() as f64;
        let score = 1.0 + commas + (len as f64 / 100.0).min(3.0);
        let mut ancestor = p.parent();
        for level in 0..3 {
            let Some(a) = ancestor else { break };
            let Some(ae) = ElementRef::wrap(a) else { break };
            let entry = scores.entry(a.id()).or_insert_with(|| init(ae));
            *entry += match level {
                0 => score,
                1 => score / 2.0,
                _ => score / 6.0,
            };
            ancestor = a.parent();
        }
    }
    let best = scores
        .iter()
        .filter_map(|(id, s)| {
            let el = ElementRef::wrap(doc.tree.get(*id)?)?;
            Some((*id, s * (1.0 - link_density(el))))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
    let Some((best_id, best_score)) = best else {
        return fallback_container(doc);
    };
    let best_node = doc.tree.get(best_id).expect("scored node exists");
    let Some(parent) = best_node.parent() else {
        return vec![best_id];
    };
    let threshold = (best_score * 0.2).max(10.0);
    let best_class = best_node
        .value()
        .as_element()
        .and_then(|e| e.attr("class"))
        .unwrap_or("");
    let mut out = Vec::new();
    for sib in parent.children() {
        if sib.id() == best_id {
            out.push(sib.id());
            continue;
        }
        let Some(el) = ElementRef::wrap(sib) else {
            continue;
        };
        let mut bonus = 0.0;
        if !best_class.is_empty() && el.value().attr("class") == Some(best_class) {
            bonus = best_score * 0.2;
        }
        let sib_score = scores.get(&sib.id()).copied().unwrap_or(0.0);
        let keep = sib_score + bonus >= threshold || {
            el.value().name() == "p" && {
                let len = text_len(el);
                let ld = link_density(el);
                (len > 80 && ld < 0.25)
                    || (len > 0 && ld == 0.0 && el.text().any(|t| t.contains(". ")))
            }
        };
        if keep {
            out.push(sib.id());
        }
    }
    out
}

fn fallback_container(doc: &Html) -> Vec<NodeId> {
    for s in [
        "[itemprop=articleBody]",
        "article",
        "main",
        "[role=main]",
        "body",
    ] {
        if let Some(e) = doc.select(sel(s)).next() {
            return vec![e.id()];
        }
    }
    vec![doc.root_element().id()]
}

/// Inside the chosen content, drops link lists and short high-link-density blocks (related
/// stories, tag clouds) the junk pass missed.
fn clean_content(doc: &mut Html, content: &[NodeId]) {
    let mut drop = Vec::new();
    let blocks = sel("div, ul, ol, section, table, p");
    for id in content {
        let Some(root) = doc.tree.get(*id).and_then(ElementRef::wrap) else {
            continue;
        };
        for el in root.select(blocks) {
            let len = text_len(el);
            let ld = link_density(el);
            let weight = class_weight(el.value());
            let imgs = el.select(sel("img")).count();
            if (ld > 0.5 && len < 300)
                || (weight < 0.0 && len < 200)
                || (len == 0 && imgs == 0 && el.value().name() != "p")
            {
                drop.push(el.id());
            }
        }
    }
    detach(doc, &drop);
}

/// Page metadata.
#[derive(Default)]
struct Meta {
    title: Option<String>,
    byline: Option<String>,
    published: Option<DateTime<Utc>>,
    canonical_url: Option<Url>,
    language: Option<String>,
    site_name: Option<String>,
}

impl Meta {
    fn read(doc: &Html, url: &Url) -> Self {
        // Every `<meta property|name|itemprop=K content=V>` once, first non-empty V per K in
        // document order (what `meta[property="K"], meta[name="K"], …` would find first).
        let mut metas: HashMap<&str, String> = HashMap::new();
        for m in doc.select(sel("meta[content]")) {
            let el = m.value();
            let keys = [el.attr("property"), el.attr("name"), el.attr("itemprop")];
            if keys.iter().all(|k| k.is_none_or(|k| metas.contains_key(k))) {
                continue;
            }
            let value = collapse_ws(el.attr("content").unwrap_or_default());
            if value.is_empty() {
                continue;
            }
            for k in keys.into_iter().flatten() {
                metas.entry(k).or_insert_with(|| value.clone());
            }
        }
        let meta =
            |keys: &[&str]| -> Option<String> { keys.iter().find_map(|k| metas.get(k).cloned()) };
        let ld = JsonLd::read(doc);
        let first_text = |s: &'static str| -> Option<String> {
            doc.select(sel(s))
                .map(|e| collapse_ws(&e.text().collect::<String>()))
                .find(|t| !t.is_empty())
        };

        let title = meta(&["og:title", "twitter:title"])
            .or_else(|| ld.headline.clone())
            .or_else(|| first_text("article h1, h1"))
            .or_else(|| first_text("title"));

        let byline = meta(&[
            "author",
            "article:author",
            "byl",
            "dc.creator",
            "parsely-author",
        ])
        .filter(|a| !a.starts_with("http"))
        .or_else(|| ld.author.clone())
        .or_else(|| {
            doc.select(sel("[itemprop=author]")).find_map(|e| {
                e.value()
                    .attr("content")
                    .map(collapse_ws)
                    .or_else(|| {
                        e.select(sel("[itemprop=name]"))
                            .next()
                            .map(|n| collapse_ws(&n.text().collect::<String>()))
                    })
                    .or_else(|| Some(collapse_ws(&e.text().collect::<String>())))
                    .filter(|t| !t.is_empty() && t.len() < 200)
            })
        })
        .or_else(|| first_text("[rel=author], .byline, .author-name, .article-author"))
        .filter(|t| t.len() < 200);

        let published = meta(&[
            "article:published_time",
            "datePublished",
            "og:published_time",
            "pubdate",
            "publishdate",
            "publish-date",
            "date",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
            "sailthru.date",
            "parsely-pub-date",
        ])
        .and_then(|d| parse_date(&d))
        .or_else(|| {
            doc.select(sel("[itemprop=datePublished]")).find_map(|e| {
                let v = e.value();
                v.attr("datetime")
                    .or_else(|| v.attr("content"))
                    .and_then(parse_date)
            })
        })
        .or_else(|| ld.date_published.as_deref().and_then(parse_date))
        .or_else(|| {
            doc.select(sel(
                "article time[datetime], time[pubdate][datetime], time[datetime]",
            ))
            .find_map(|t| t.value().attr("datetime").and_then(parse_date))
        });

        let canonical_url = doc
            .select(sel("link[rel~=canonical][href]"))
            .filter_map(|l| l.value().attr("href"))
            .chain(meta(&["og:url"]).as_deref())
            .find_map(|h| {
                url.join(h.trim())
                    .ok()
                    .filter(|u| matches!(u.scheme(), "http" | "https"))
            });

        let language = doc
            .root_element()
            .value()
            .attr("lang")
            .or_else(|| doc.root_element().value().attr("xml:lang"))
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .or_else(|| {
                doc.select(sel("meta[http-equiv][content]"))
                    .find(|m| {
                        m.value()
                            .attr("http-equiv")
                            .is_some_and(|h| h.eq_ignore_ascii_case("content-language"))
                    })
                    .and_then(|m| m.value().attr("content"))
                    .map(|l| l.split(',').next().unwrap_or("").trim().to_owned())
                    .filter(|l| !l.is_empty())
            })
            .or_else(|| meta(&["og:locale"]).map(|l| l.replace('_', "-")))
            .or(ld.language);

        Meta {
            title,
            byline,
            published,
            canonical_url,
            language,
            site_name: meta(&["og:site_name"]),
        }
    }
}

/// Fields of the first Article-like JSON-LD object.
#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    author: Option<String>,
    date_published: Option<String>,
    language: Option<String>,
}

impl JsonLd {
    fn read(doc: &Html) -> Self {
        let mut out = JsonLd::default();
        for script in doc.select(sel("script[type=\"application/ld+json\"]")) {
            let raw: String = script.text().collect();
            if raw.len() > 1_000_000 {
                continue;
            }
            let Ok(value) = serde_json::from_str::<serde_json::Value>(raw.trim()) else {
                continue;
            };
            let mut stack = vec![&value];
            while let Some(v) = stack.pop() {
                match v {
                    serde_json::Value::Array(a) => stack.extend(a.iter().rev()),
                    serde_json::Value::Object(o) => {
                        if let Some(g) = o.get("@graph") {
                            stack.push(g);
                        }
                        let is_article = o.get("@type").is_some_and(|t| {
                            let names: Vec<&str> = match t {
                                serde_json::Value::String(s) => vec![s.as_str()],
                                serde_json::Value::Array(a) => {
                                    a.iter().filter_map(|x| x.as_str()).collect()
                                }
                                _ => vec![],
                            };
                            names.iter().any(|n| {
                                n.ends_with("Article") || *n == "BlogPosting" || *n == "Report"
                            })
                        });
                        if is_article && out.date_published.is_none() {
                            out.headline =
                                o.get("headline").and_then(|h| h.as_str()).map(collapse_ws);
                            out.date_published = o
                                .get("datePublished")
                                .and_then(|d| d.as_str())
                                .map(str::to_owned);
                            out.author = o.get("author").and_then(person_names);
                            out.language = o
                                .get("inLanguage")
                                .and_then(|l| l.as_str())
                                .map(str::to_owned);
                        }
                    }
                    _ => {}
                }
            }
        }
        out
    }
}

fn person_names(v: &serde_json::Value) -> Option<String> {
    let names: Vec<String> = match v {
        serde_json::Value::String(s) => vec![collapse_ws(s)],
        serde_json::Value::Object(o) => o
            .get("name")
            .and_then(|n| n.as_str())
            .map(|n| vec![collapse_ws(n)])
            .unwrap_or_default(),
        serde_json::Value::Array(a) => a.iter().filter_map(person_names).collect(),
        _ => vec![],
    };
    let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// Parses the date formats pages use: RFC 3339 / ISO 8601 with or without offset (naive means
/// UTC), date only, RFC 2822.
pub fn parse_date(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.with_timezone(&Utc));
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S %z",
    ] {
        if let Ok(d) = DateTime::parse_from_str(s, f) {
            return Some(d.with_timezone(&Utc));
        }
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, f) {
            return Some(d.and_utc());
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d") {
        return d.and_hms_opt(0, 0, 0).map(|d| d.and_utc());
    }
    DateTime::parse_from_rfc2822(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let want: DateTime<Utc> = "2024-03-01T09:30:00Z".parse().unwrap();
        for s in [
            "2024-03-01T09:30:00Z",
            "2024-03-01T12:30:00+03:00",
            "2024-03-01T12:30:00+0300",
            "2024-03-01T09:30:00",
            "2024-03-01 09:30:00",
            "Fri, 01 Mar 2024 09:30:00 GMT",
            "2024-03-01T09:30:00.000Z",
        ] {
            assert_eq!(parse_date(s), Some(want), "{s}");
        }
        assert_eq!(
            parse_date("2024-03-01"),
            Some("2024-03-01T00:00:00Z".parse().unwrap())
        );
        assert_eq!(parse_date("yesterday"), None);
    }

    #[test]
    fn sanitizer_removes_active_content() {
        let base = Url::parse("https://example.com/a/").unwrap();
        let out = sanitize_html(
            r#"<p onclick="x()">Hi <a href="javascript:alert(1)">x</a><a href="/b">b</a>
               <img src="i.png" onerror="y()"><script>evil()</script><style>p{}</style></p>"#,
            &base,
        );
        assert!(
            !out.contains("onclick") && !out.contains("onerror"),
            "{out}"
        );
        assert!(
            !out.contains("javascript:") && !out.contains("evil"),
            "{out}"
        );
        assert!(!out.contains("<script") && !out.contains("<style"), "{out}");
        assert!(out.contains("https://example.com/b"), "{out}");
        assert!(out.contains("https://example.com/a/i.png"), "{out}");
    }
}
