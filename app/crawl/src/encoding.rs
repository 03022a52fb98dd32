//! Character-set detection and transcoding to UTF-8 for feeds and pages.
//!
//! Order of evidence (after Miniflux's `reader/encoding`, adapted): a byte-order mark; then
//! valid UTF-8 wins over any declaration (servers and prologs often lie about UTF-8 content);
//! then the HTTP `Content-Type` charset; then the XML declaration or HTML `<meta charset>`;
//! then windows-1252 (the WHATWG default for legacy Western content). Pure functions.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use regex::bytes::Regex;
use std::sync::LazyLock;

static XML_ENCODING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']"#).unwrap()
});

static HTML_META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:\-]+)"#).unwrap()
});

static XML_DECL: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r#"^\s*<\?xml[^>]*\?>"#).unwrap());
static DECL_ENCODING: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r#"(?i)\bencoding\s*=\s*["'][^"']*["']"#).expect("static regex")
});

/// The `charset` parameter of a `Content-Type` header value.
pub fn charset_from_content_type(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(|c| c == '"' || c == '\''))
    })
}

/// The encoding named in an XML declaration (`<?xml version="1.0" encoding="…"?>`).
pub fn xml_declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(512)];
    XML_ENCODING
        .captures(head)
        .and_then(|c| c.get(1))
        .map(|m| String::from_utf8_lossy(m.as_bytes()).into_owned())
}

/// Decodes `bytes` to UTF-8 text, returning the text and the encoding used.
/// `sniff_html` also looks for `<meta charset>` in the first 1024 bytes.
pub fn decode_to_utf8<'a>(
    bytes: &'a [u8],
    content_type: Option<&str>,
    sniff_html: bool,
) -> (Cow<'a, str>, &'static Encoding) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text, enc);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(s), UTF_8);
    }
    // Not valid UTF-8: a UTF-8 label anywhere is wrong, so skip those.
    let label_ok = |l: &&'static Encoding| *l != UTF_8;
    let declared = content_type
        .and_then(charset_from_content_type)
        .and_then(|l| Encoding::for_label(l.as_bytes()))
        .filter(label_ok)
        .or_else(|| xml_declared_encoding(bytes).and_then(|l| Encoding::for_label(l.as_bytes())))
        .filter(label_ok)
        .or_else(|| {
            if !sniff_html {
                return None;
            }
            let head = &bytes[..bytes.len().min(1024)];
            HTML_META_CHARSET
                .captures(head)
                .and_then(|c| c.get(1))
                .and_then(|m| Encoding::for_label(m.as_bytes()))
        })
        .filter(label_ok)
        // UTF-16 without a BOM is not something feeds do; treat such a label as a lie.
        .filter(|e| e.is_ascii_compatible())
        .unwrap_or(WINDOWS_1252);
    let (text, _) = declared.decode_without_bom_handling(bytes);
    (text, declared)
}

/// Decodes an HTML page to UTF-8 (BOM, valid UTF-8, `Content-Type` charset, `<meta charset>`,
/// then windows-1252), for [`crate::extract_article`] and [`crate::discover_feeds`].
pub fn decode_html(bytes: &[u8], content_type: Option<&str>) -> String {
    decode_to_utf8(bytes, content_type, true).0.into_owned()
}

/// Decodes an XML document to UTF-8 and rewrites its declaration to say so, so an XML parser
/// that honours the declaration does not decode a second time.
pub fn decode_xml_to_utf8(bytes: &[u8], content_type: Option<&str>) -> (String, &'static Encoding) {
    let (text, enc) = decode_to_utf8(bytes, content_type, false);
    let text = text.into_owned();
    let text = match XML_DECL.find(&text) {
        Some(m) if m.as_str().to_ascii_lowercase().contains("encoding") => {
            let decl = m.as_str();
            let fixed = DECL_ENCODING
                .replace(decl, r#"encoding="UTF-8""#)
                .into_owned();
            format!("{}{}", fixed, &text[m.end()..])
        }
        _ => text,
    };
    (text, enc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_type_charset() {
        assert_eq!(
            charset_from_content_type("application/rss+xml; charset=\"ISO-8859-1\""),
            Some("ISO-8859-1")
        );
        assert_eq!(charset_from_content_type("text/xml"), None);
    }

    #[test]
    fn latin1_from_prolog() {
        let mut doc = b"<?xml version='1.0' encoding='ISO-8859-1'?><rss><t>".to_vec();
        doc.extend_from_slice(b"Caf\xe9 cr\xe8me");
        doc.extend_from_slice(b"</t></rss>");
        let (text, enc) = decode_xml_to_utf8(&doc, None);
        assert!(text.contains("Café crème"), "{text}");
        assert!(text.starts_with(r#"<?xml version='1.0' encoding="UTF-8"?>"#));
        assert_eq!(enc.name(), "windows-1252");
    }

    #[test]
    fn cp1251_from_content_type() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("<rss>Опрос</rss>");
        let (text, enc) = decode_xml_to_utf8(&bytes, Some("text/xml; charset=windows-1251"));
        assert_eq!(text, "<rss>Опрос</rss>");
        assert_eq!(enc.name(), "windows-1251");
    }

    #[test]
    fn utf8_beats_a_lying_prolog() {
        let doc = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss>Élysée</rss>";
        let (text, enc) = decode_xml_to_utf8(doc.as_bytes(), Some("text/xml; charset=iso-8859-1"));
        assert!(text.contains("Élysée"));
        assert_eq!(enc, UTF_8);
    }

    #[test]
    fn html_meta_charset() {
        let mut doc = b"<html><head><meta charset=windows-1251></head><body>".to_vec();
        doc.extend_from_slice(&encoding_rs::WINDOWS_1251.encode("Новости").0);
        let (text, _) = decode_to_utf8(&doc, Some("text/html; charset=utf-8"), true);
        assert!(text.contains("Новости"));
    }
}
