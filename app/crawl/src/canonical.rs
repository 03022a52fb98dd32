//! URL canonicalisation for deduplication: the same article reached through an RSS link with
//! `utm_*` parameters, a share link with `fbclid` and the plain URL must give one key.
//! Pure functions, no I/O.

use url::Url;

/// Exact query keys (compared case-insensitively) that only track clicks.
const TRACKING_KEYS: &[&str] = &[
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "yclid",
    "ysclid",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "__hstc",
    "__hssc",
    "__hsfp",
    "hsctatracking",
    "igshid",
    "igsh",
    "mkt_tok",
    "oly_anon_id",
    "oly_enc_id",
    "vero_id",
    "vero_conv",
    "wickedid",
    "twclid",
    "ttclid",
    "li_fat_id",
    "s_kwcid",
    "ef_id",
    "rb_clickid",
    "ocid",
    "cmpid",
    "cmp",
    "xtor",
    "xtref",
    "ito",
    "smid",
    "ref_src",
    "ref_url",
    "sr_share",
    "__twitter_impression",
    "guccounter",
    "guce_referrer",
    "guce_referrer_sig",
    "at_medium",
    "at_campaign",
    "at_link_origin",
    "at_link_type",
    "at_link_id",
    "at_format",
    "at_ptr_name",
    "at_bbc_team",
];

/// Key prefixes (case-insensitive) that only track clicks.
const TRACKING_PREFIXES: &[&str] = &["utm_", "ns_", "pk_", "mtm_", "at_custom", "hmb_"];

/// True if a query key is a known click/campaign tracker.
pub fn is_tracking_param(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    TRACKING_KEYS.contains(&k.as_str()) || TRACKING_PREFIXES.iter().any(|p| k.starts_with(p))
}

/// The canonical form of a URL: tracking parameters removed, remaining query pairs sorted
/// (their original encoding kept), fragment dropped, host lower-cased (and its trailing dot
/// removed), default port dropped. Scheme and path are kept as they are.
pub fn canonicalize_url(url: &Url) -> Url {
    let mut u = url.clone();
    u.set_fragment(None);
    if let Some(host) = u.host_str() {
        let lower = host.to_ascii_lowercase();
        let trimmed = lower.strip_suffix('.').unwrap_or(&lower).to_owned();
        if trimmed != host && !trimmed.is_empty() {
            let _ = u.set_host(Some(&trimmed));
        }
    }
    if let Some(q) = u.query() {
        let mut pairs: Vec<&str> = q
            .split('&')
            .filter(|p| !p.is_empty())
            .filter(|p| {
                let key = p.split('=').next().unwrap_or("");
                let key = percent_decode(key);
                !is_tracking_param(&key)
            })
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        let joined = pairs.join("&");
        u.set_query(if joined.is_empty() {
            None
        } else {
            Some(&joined)
        });
    }
    u
}

/// Parses `href` (absolute, or relative to `base`) and canonicalises it; `None` unless the
/// result is http(s).
pub fn canonicalize_str(href: &str, base: Option<&Url>) -> Option<Url> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    let url = match base {
        Some(b) => b.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    matches!(url.scheme(), "http" | "https").then(|| canonicalize_url(&url))
}

fn percent_decode(s: &str) -> String {
    let s = s.replace('+', " ");
    url::form_urlencoded::parse(format!("k={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// Query parameters whose values are credentials: shown as `***` wherever a URL is displayed.
const SECRET_PARAMS: [&str; 14] = [
    "token",
    "access_token",
    "auth",
    "key",
    "apikey",
    "api_key",
    "secret",
    "password",
    "pass",
    "pwd",
    "sig",
    "signature",
    "session",
    "sid",
];

/// `raw` as it may be shown in lists, pages and logs: a password in the URL and the values of
/// credential-like query parameters (`token`, `key`, `sig`…) replaced by `***`. The stored URL
/// keeps them (the crawler needs them); only what is displayed is redacted.
pub fn redact_url(raw: &str) -> String {
    let Ok(mut url) = Url::parse(raw) else {
        return raw.to_owned();
    };
    let mut changed = false;
    if url.password().is_some() {
        let _ = url.set_password(Some("***"));
        changed = true;
    }
    if url.query().is_some() {
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| {
                let secret = SECRET_PARAMS.contains(&k.to_ascii_lowercase().as_str());
                changed |= secret;
                (
                    k.into_owned(),
                    if secret {
                        "***".to_owned()
                    } else {
                        v.into_owned()
                    },
                )
            })
            .collect();
        if changed {
            url.query_pairs_mut().clear().extend_pairs(pairs);
        }
    }
    if changed {
        url.to_string()
    } else {
        raw.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> String {
        canonicalize_url(&Url::parse(s).unwrap()).to_string()
    }

    #[test]
    fn strips_tracking_and_sorts() {
        assert_eq!(
            c("https://WWW.Example.COM:443/News/Story.html?utm_source=rss&b=2&a=1&fbclid=xyz#comments"),
            "https://www.example.com/News/Story.html?a=1&b=2"
        );
        assert_eq!(
            c("https://www.bbc.co.uk/news/world-123?at_medium=RSS&at_campaign=rss"),
            "https://www.bbc.co.uk/news/world-123"
        );
        assert_eq!(
            c("https://www.lemonde.fr/a/b.html?xtor=RSS-3208&UTM_Medium=x&gclid=1&mc_cid=2&yclid=3&_ga=4"),
            "https://www.lemonde.fr/a/b.html"
        );
        assert_eq!(
            c("http://example.com/?id=5&q=a%20b"),
            "http://example.com/?id=5&q=a%20b"
        );
        assert_eq!(c("http://example.com./x?"), "http://example.com/x");
        assert_eq!(c("http://example.com:80/x"), "http://example.com/x");
        assert_eq!(
            c("http://example.com/x?%75tm_source=a"),
            "http://example.com/x"
        );
    }

    #[test]
    fn dedupe_key_equality() {
        let a = c("https://news.example.org/2024/poll?utm_source=twitter&id=9");
        let b = c("https://NEWS.example.org/2024/poll?id=9&fbclid=abc#top");
        let d = c("https://news.example.org/2024/poll?id=9");
        assert_eq!(a, b);
        assert_eq!(b, d);
    }

    #[test]
    fn relative_and_schemes() {
        let base = Url::parse("https://example.com/feeds/rss.xml").unwrap();
        assert_eq!(
            canonicalize_str("../story/1?utm_medium=rss", Some(&base))
                .unwrap()
                .as_str(),
            "https://example.com/story/1"
        );
        assert!(canonicalize_str("javascript:alert(1)", Some(&base)).is_none());
        assert!(canonicalize_str("mailto:a@b.c", None).is_none());
        assert!(canonicalize_str("", Some(&base)).is_none());
    }

    #[test]
    fn redacts_credentials_for_display() {
        assert_eq!(
            redact_url("http://user:s3cret@example.com/rss.xml"),
            "http://user:***@example.com/rss.xml"
        );
        assert_eq!(
            redact_url("https://example.com/feed?token=abc123&lang=fr"),
            "https://example.com/feed?token=***&lang=fr"
        );
        assert_eq!(
            redact_url("https://example.com/feed?lang=fr"),
            "https://example.com/feed?lang=fr"
        );
        assert_eq!(redact_url("not a url"), "not a url");
    }
}
