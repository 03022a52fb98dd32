//! Text helpers shared by the feed parser and the article extractor: HTML → plain text,
//! whitespace normalisation and the content hash. Pure functions, no I/O.

use scraper::{Html, Node};
use sha2::{Digest, Sha256};

/// Elements whose content is never text (scripts, styles, embedded objects, forms' internals).
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "canvas", "select", "button", "head", "textarea",
];

/// Elements that break lines.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "pre",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "dl",
    "hr",
    "main",
    "address",
];

/// Plain text of an HTML fragment: tags dropped, entities decoded, scripts and styles skipped,
/// one line per block, whitespace collapsed. Iterative, so hostile nesting cannot overflow the
/// stack.
pub fn html_to_text(html: &str) -> String {
    let frag = Html::parse_fragment(&limit_nesting(html, MAX_DEPTH));
    node_text(frag.tree.root())
}

/// Depth beyond which [`limit_nesting`] drops tags.
pub(crate) const MAX_DEPTH: usize = 256;

/// Elements that never have children or whose end tag may be omitted: not counted as nesting.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead",
    "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "image", "keygen",
];

/// Drops start and end tags nested deeper than `max_depth` (their text is kept).
///
/// html5ever scans its stack of open elements for many tags, so a hostile page of a million
/// nested `<div>`s costs O(n²) and would stall a worker for hours. This linear pre-pass is a
/// rough tag counter, not a parser: it only ever changes documents nested deeper than any real
/// page, and hands everything else through unchanged.
pub fn limit_nesting(html: &str, max_depth: usize) -> std::borrow::Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut suppressed = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0usize; // bytes of `html` already handled into `out`
    let mut i = 0usize;
    while let Some(off) = memchr_lt(&bytes[i..]) {
        let start = i + off;
        let Some(end_off) = html[start..].find('>') else {
            break;
        };
        let end = start + end_off + 1;
        let tag = &html[start + 1..end - 1];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        i = end;
        if name.is_empty() || NOT_NESTING.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        let drop = if closing {
            if suppressed > 0 {
                suppressed -= 1;
                true
            } else {
                depth = depth.saturating_sub(1);
                false
            }
        } else if depth >= max_depth {
            suppressed += 1;
            true
        } else {
            depth += 1;
            false
        };
        if drop {
            let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buf.push_str(&html[copied..start]);
            copied = end;
        }
    }
    match out {
        None => std::borrow::Cow::Borrowed(html),
        Some(mut buf) => {
            buf.push_str(&html[copied..]);
            std::borrow::Cow::Owned(buf)
        }
    }
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'<')
}

/// Plain text of a parsed node (see [`html_to_text`]).
pub(crate) fn node_text(root: ego_tree::NodeRef<'_, Node>) -> String {
    use ego_tree::iter::Edge;
    let mut out = String::new();
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(n) => {
                if skipping.is_some() {
                    continue;
                }
                match n.value() {
                    Node::Text(t) => out.push_str(t),
                    Node::Element(e) => {
                        let name = e.name();
                        if SKIP.contains(&name) {
                            skipping = Some(n.id());
                        } else if BLOCK.contains(&name) {
                            out.push('\n');
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(n) => {
                if skipping == Some(n.id()) {
                    skipping = None;
                } else if skipping.is_none() {
                    if let Node::Element(e) = n.value() {
                        if BLOCK.contains(&e.name()) {
                            out.push('\n');
                        }
                    }
                }
            }
        }
    }
    normalize_lines(&out)
}

/// Collapses whitespace inside each line, trims lines and drops empty ones.
pub fn normalize_lines(text: &str) -> String {
    text.lines()
        .map(collapse_ws)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Collapses every run of whitespace (including NBSP) to one space and trims.
pub fn collapse_ws(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text that [`content_hash`] hashes: whitespace collapsed to single spaces, lower-cased.
/// Two copies of an article that differ only in markup, line breaks or case hash the same.
pub fn normalize_for_hash(text: &str) -> String {
    collapse_ws(text).to_lowercase()
}

/// Hex SHA-256 of [`normalize_for_hash`]`(text)`.
pub fn content_hash(text: &str) -> String {
    hex_sha256(normalize_for_hash(text).as_bytes())
}

pub(crate) fn hex_sha256(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_html() {
        let t = html_to_text(
            "<p>Hello&nbsp;<b>world</b> &amp; co</p><script>alert(1)</script>\
             <style>p{}</style><ul><li>one</li><li>two</li></ul>tail",
        );
        assert_eq!(t, "Hello world & co\none\ntwo\ntail");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(200_000) + "deep" + &"</div>".repeat(200_000);
        let start = std::time::Instant::now();
        assert_eq!(html_to_text(&html), "deep");
        // Generous bound for debug builds; without the depth limit this takes minutes.
        assert!(start.elapsed() < std::time::Duration::from_secs(20));
        let normal = "<div><p>a<p>b</div><ul><li>x<li>y</ul>";
        assert!(matches!(
            limit_nesting(normal, 2),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(
            limit_nesting("<b><i><u>x</u></i></b>", 2),
            "<b><i>x</i></b>"
        );
    }

    #[test]
    fn hash_ignores_markup_and_spacing() {
        assert_eq!(
            content_hash(&html_to_text("<p>Poll:  52% <i>YES</i></p>")),
            content_hash("poll: 52%\n yes")
        );
        assert_eq!(content_hash("").len(), 64);
    }
}
