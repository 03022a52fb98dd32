//! OPML 2.0 import and export of feed lists, with pollwatch's outlet metadata.
//!
//! Outlet attributes live in the `pollwatch` namespace
//! (`xmlns:pollwatch="https://pollwatch.org/ns/opml/1.0"`):
//! `pollwatch:country` (ISO 3166-1 alpha-2), `pollwatch:lang` (BCP 47) and
//! `pollwatch:stateMedia` (`true`/`false`: state-controlled or state-affiliated outlet).
//! On import the plain spellings `country`, `language`/`lang` and
//! `stateAffiliated`/`stateMedia` are accepted too (whatever prefix the file bound), and
//! nested outlines without `xmlUrl` become the category of the feeds below them.
//! Pure: no I/O. The parser never expands DTD entities.

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use crate::encoding::decode_xml_to_utf8;

/// The namespace of pollwatch's OPML attributes.
pub const POLLWATCH_OPML_NS: &str = "https://pollwatch.org/ns/opml/1.0";

/// One feed of an OPML file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpmlFeed {
    /// `xmlUrl`, as written (validate with `Url::parse` and the SSRF guard before use).
    pub xml_url: String,
    /// `htmlUrl`.
    pub html_url: Option<String>,
    /// `title`, else `text`.
    pub title: String,
    /// Titles of the enclosing category outlines joined with `/`.
    pub category: Option<String>,
    /// ISO 3166-1 alpha-2 country code, upper-case.
    pub country: Option<String>,
    /// Language tag.
    pub language: Option<String>,
    /// Whether the outlet is state-controlled / state-affiliated; `None` if not said.
    pub state_affiliated: Option<bool>,
    /// The feed is disabled, and why (`pollwatch:disabled="true"` and
    /// `pollwatch:disabledReason`): an export keeps a 410'd or refused feed disabled.
    pub disabled: Option<String>,
}

/// Why an OPML document could not be read.
#[derive(Debug, thiserror::Error)]
pub enum OpmlError {
    /// Broken XML.
    #[error("opml: malformed XML at byte {position}: {message}")]
    Malformed {
        /// Byte offset.
        position: u64,
        /// The XML error.
        message: String,
    },
    /// Well-formed, but the root is not `<opml>`.
    #[error("opml: root element is <{0}>, not <opml>")]
    NotOpml(String),
}

/// Reads every outline with an `xmlUrl`, in document order.
pub fn parse_opml(bytes: &[u8]) -> Result<Vec<OpmlFeed>, OpmlError> {
    let (text, _) = decode_xml_to_utf8(bytes, None);
    let mut reader = Reader::from_str(&text);
    reader.config_mut().trim_text(true);
    let mut feeds = Vec::new();
    // One entry per open <outline>: Some(title) for categories, None for feeds.
    let mut stack: Vec<Option<String>> = Vec::new();
    let mut seen_root = false;
    loop {
        let ev = reader.read_event().map_err(|e| OpmlError::Malformed {
            position: reader.error_position(),
            message: e.to_string(),
        })?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if !seen_root {
                    seen_root = true;
                    if !name.eq_ignore_ascii_case("opml") {
                        return Err(OpmlError::NotOpml(name));
                    }
                    continue;
                }
                if name != "outline" {
                    continue;
                }
                let attrs = attributes(e, &reader);
                let get = |keys: &[&str]| {
                    keys.iter().find_map(|k| {
                        attrs
                            .iter()
                            .find(|(name, _)| name.eq_ignore_ascii_case(k))
                            .map(|(_, v)| v.trim().to_owned())
                            .filter(|v| !v.is_empty())
                    })
                };
                let title = get(&["title", "text"]);
                let entry = if let Some(xml_url) = get(&["xmlUrl"]) {
                    let category: Vec<&str> = stack.iter().flatten().map(String::as_str).collect();
                    feeds.push(OpmlFeed {
                        title: title.unwrap_or_else(|| xml_url.clone()),
                        xml_url,
                        html_url: get(&["htmlUrl"]),
                        category: (!category.is_empty()).then(|| category.join("/")),
                        country: get(&["country"]).map(|c| c.to_ascii_uppercase()),
                        language: get(&["lang", "language"]),
                        state_affiliated: get(&["stateMedia", "stateAffiliated"])
                            .and_then(|v| parse_bool(&v)),
                        disabled: get(&["disabled"])
                            .and_then(|v| parse_bool(&v))
                            .filter(|d| *d)
                            .map(|_| {
                                get(&["disabledReason"])
                                    .unwrap_or_else(|| "disabled in the imported OPML".into())
                            }),
                    });
                    None
                } else {
                    title
                };
                if !empty {
                    stack.push(entry);
                }
            }
            Event::End(ref e) if e.local_name().as_ref() == b"outline" => {
                stack.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_root {
        return Err(OpmlError::NotOpml(String::new()));
    }
    Ok(feeds)
}

/// Attributes as (local name, value); prefixes are dropped so `pollwatch:country`, `pw:country`
/// and `country` all read as `country`.
fn attributes(e: &BytesStart<'_>, reader: &Reader<&[u8]>) -> Vec<(String, String)> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .map(|a| {
            let key = String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned();
            // Unknown entities (the parser never expands DTDs) leave the raw value.
            let value = a
                .decoded_and_normalized_value(XmlVersion::Implicit1_0, reader.decoder())
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned());
            (key, value)
        })
        .collect()
}

fn parse_bool(v: &str) -> Option<bool> {
    match v.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" => Some(true),
        "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

/// Writes an OPML 2.0 document: feeds grouped under one outline per category, in first-seen
/// order, with the `pollwatch:` attributes.
pub fn write_opml(title: &str, feeds: &[OpmlFeed]) -> String {
    use std::fmt::Write;
    let esc = |s: &str| quick_xml::escape::escape(s).into_owned();
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <opml version=\"2.0\" xmlns:pollwatch=\"{POLLWATCH_OPML_NS}\">\n\
         \x20 <head>\n    <title>{}</title>\n  </head>\n  <body>\n",
        esc(title)
    );
    let mut categories: Vec<Option<&str>> = Vec::new();
    for f in feeds {
        if !categories.contains(&f.category.as_deref()) {
            categories.push(f.category.as_deref());
        }
    }
    for cat in categories {
        let indent = if let Some(c) = cat {
            let _ = writeln!(out, "    <outline text=\"{0}\" title=\"{0}\">", esc(c));
            "      "
        } else {
            "    "
        };
        for f in feeds.iter().filter(|f| f.category.as_deref() == cat) {
            let _ = write!(
                out,
                "{indent}<outline type=\"rss\" text=\"{0}\" title=\"{0}\" xmlUrl=\"{1}\"",
                esc(&f.title),
                esc(&f.xml_url)
            );
            if let Some(h) = &f.html_url {
                let _ = write!(out, " htmlUrl=\"{}\"", esc(h));
            }
            if let Some(c) = &f.country {
                let _ = write!(out, " pollwatch:country=\"{}\"", esc(c));
            }
            if let Some(l) = &f.language {
                let _ = write!(out, " pollwatch:lang=\"{}\"", esc(l));
            }
            if let Some(s) = f.state_affiliated {
                let _ = write!(out, " pollwatch:stateMedia=\"{s}\"");
            }
            if let Some(reason) = &f.disabled {
                let _ = write!(
                    out,
                    " pollwatch:disabled=\"true\" pollwatch:disabledReason=\"{}\"",
                    esc(reason)
                );
            }
            out.push_str("/>\n");
        }
        if cat.is_some() {
            out.push_str("    </outline>\n");
        }
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let feeds = vec![
            OpmlFeed {
                xml_url: "https://example.com/rss?a=1&b=2".into(),
                html_url: Some("https://example.com/".into()),
                title: "Example \"News\" & <Co>".into(),
                category: Some("Wire".into()),
                country: Some("FR".into()),
                language: Some("fr".into()),
                state_affiliated: Some(false),
                disabled: None,
            },
            OpmlFeed {
                xml_url: "https://state.example/feed".into(),
                title: "State TV".into(),
                state_affiliated: Some(true),
                disabled: Some("HTTP 410 Gone".into()),
                ..Default::default()
            },
        ];
        let xml = write_opml("pollwatch outlets", &feeds);
        assert_eq!(parse_opml(xml.as_bytes()).unwrap(), feeds);
    }

    #[test]
    fn plain_attributes_and_nesting() {
        let xml = br#"<?xml version="1.0"?><opml version="2.0"><head/><body>
          <outline text="Europe"><outline text="Germany">
            <outline text="Tagesschau" xmlUrl="https://www.tagesschau.de/xml/rss2/"
                     country="de" language="de" stateAffiliated="no"/>
          </outline></outline>
          <outline text="No url"/>
          <outline title="Solo" xmlUrl="https://solo.example/feed" stateMedia="yes"></outline>
        </body></opml>"#;
        let feeds = parse_opml(xml).unwrap();
        assert_eq!(feeds.len(), 2);
        assert_eq!(feeds[0].category.as_deref(), Some("Europe/Germany"));
        assert_eq!(feeds[0].country.as_deref(), Some("DE"));
        assert_eq!(feeds[0].language.as_deref(), Some("de"));
        assert_eq!(feeds[0].state_affiliated, Some(false));
        assert_eq!(feeds[1].title, "Solo");
        assert_eq!(feeds[1].category, None);
        assert_eq!(feeds[1].state_affiliated, Some(true));
    }

    #[test]
    fn errors() {
        assert!(matches!(
            parse_opml(b"<rss version='2.0'/>"),
            Err(OpmlError::NotOpml(_))
        ));
        assert!(matches!(
            parse_opml(b"<opml><body><outline text='x'></body>"),
            Err(OpmlError::Malformed { .. })
        ));
        let laughs = br#"<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
          <opml><body><outline text="&c;" xmlUrl="https://x.example/&c;"/></body></opml>"#;
        let feeds = parse_opml(laughs).unwrap();
        assert!(feeds[0].xml_url.len() < 100);
    }
}
