//! Managing outlets and feeds: add (with feed discovery on HTML pages), list, enable, disable,
//! remove, OPML import and export. Used by the `pollwatch feeds` CLI and the feeds page.
//!
//! Every operation either completes or writes nothing: the writes of one call share a
//! transaction. Network access goes through the crawler's [`Fetcher`] (SSRF guard included).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use pollwatch_crawl::{
    decode_html, discover_feeds, parse_feed, parse_opml, write_opml, FeedParseError, FetchError,
    FetchOutcome, Fetcher, OpmlError, OpmlFeed, ParsedFeed, Validators,
};
use url::Url;

use crate::server::db::{
    self,
    feeds::{FeedListRow, NewFeed},
    outlets::NewOutlet,
    tx::Tx,
    Db, DbError,
};

/// Why a feeds operation was refused. Messages are one line, fit for the CLI.
#[derive(Debug, thiserror::Error)]
pub enum FeedsError {
    #[error("invalid feed URL {url:?}: {reason}")]
    InvalidUrl { url: String, reason: String },
    #[error("cannot fetch {url}: {source}")]
    Fetch {
        url: String,
        #[source]
        source: FetchError,
    },
    #[error("{url} is not a feed: {source}")]
    NotAFeed {
        url: String,
        #[source]
        source: FeedParseError,
    },
    #[error("{url} is an HTML page that links to no usable RSS/Atom/JSON feed")]
    NoFeedFound { url: String },
    #[error("feed already exists: #{id} {url}")]
    Duplicate { id: i64, url: String },
    #[error("no feed with id {0}")]
    NotFound(i64),
    #[error("invalid {field} {value:?}: {expected}")]
    Invalid {
        field: &'static str,
        value: String,
        expected: &'static str,
    },
    #[error("cannot read OPML: {0}")]
    Opml(#[from] OpmlError),
    #[error("cannot read OPML: it lists no feeds (no outline with an xmlUrl)")]
    EmptyOpml,
    #[error("cannot import OPML: outline {title:?} has an invalid xmlUrl {url:?}: {reason}")]
    OpmlEntry {
        title: String,
        url: String,
        reason: String,
    },
    #[error(transparent)]
    Db(#[from] DbError),
}

/// `pollwatch feeds add`.
#[derive(Debug, Clone, Default)]
pub struct AddFeed {
    pub url: String,
    pub outlet: String,
    pub country: Option<String>,
    pub language: Option<String>,
    /// `Some(true)` marks the outlet as state media; `None` leaves it as it is.
    pub state_affiliated: Option<bool>,
}

/// A feed that was added.
#[derive(Debug, Clone)]
pub struct AddedFeed {
    pub id: i64,
    pub url: String,
    pub title: Option<String>,
    pub outlet_id: i64,
    pub items: usize,
    /// Set when `url` was an HTML page and the feed was found through its `<link>`s.
    pub discovered_from: Option<String>,
    /// Other feeds the page advertised (not added).
    pub also_found: Vec<String>,
    /// The URL was a removed feed's: it is back, with the articles it had.
    pub restored: bool,
}

/// What an OPML import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// New feeds, and removed feeds brought back (also counted in `feeds_restored`).
    pub feeds_added: usize,
    pub feeds_restored: usize,
    /// Feeds whose URL was already there.
    pub feeds_skipped: usize,
    pub outlets: usize,
}

/// Adds a feed of outlet `req.outlet` (created if new). The URL is fetched first: a feed is
/// stored with its title; an HTML page is searched for `<link rel="alternate">` feeds and the
/// first that fetches and parses is added.
pub async fn add_feed(db: &Db, fetcher: &Fetcher, req: &AddFeed) -> Result<AddedFeed, FeedsError> {
    let url = parse_feed_url(&req.url)?;
    let outlet = NewOutlet {
        name: check_outlet_name(&req.outlet)?,
        site_url: None,
        country: req.country.as_deref().map(check_country).transpose()?,
        language: req.language.as_deref().map(check_language).transpose()?,
        state_affiliated: req.state_affiliated,
    };
    let (feed_url, parsed, discovered_from, also_found) = match fetch_and_parse(fetcher, &url).await
    {
        Ok(parsed) => (url, parsed, None, Vec::new()),
        Err(FindError::Html(html, page_url)) => {
            let candidates = discover_feeds(&html, &page_url);
            let mut found = None;
            let mut others = Vec::new();
            for c in candidates {
                if found.is_some() {
                    others.push(c.url.to_string());
                    continue;
                }
                match fetch_and_parse(fetcher, &c.url).await {
                    Ok(parsed) => found = Some((c.url, parsed)),
                    Err(e) => tracing::debug!(url = %c.url, error = ?e, "discovered feed unusable"),
                }
            }
            let Some((feed_url, parsed)) = found else {
                return Err(FeedsError::NoFeedFound {
                    url: url.to_string(),
                });
            };
            (feed_url, parsed, Some(url.to_string()), others)
        }
        Err(FindError::Fetch(source)) => {
            return Err(FeedsError::Fetch {
                url: url.to_string(),
                source,
            })
        }
        Err(FindError::Parse(source)) => {
            return Err(FeedsError::NotAFeed {
                url: url.to_string(),
                source,
            })
        }
    };
    let outlet = NewOutlet {
        site_url: parsed.site_url.as_ref().map(Url::to_string),
        ..outlet
    };

    let now = Utc::now();
    let mut tx = db.begin().await?;
    let existing = db::feeds::find_by_url(&mut tx, feed_url.as_str()).await?;
    if let Some(e) = existing.filter(|e| !e.removed) {
        return Err(FeedsError::Duplicate {
            id: e.id,
            url: feed_url.to_string(),
        });
    }
    let outlet_id = db::outlets::upsert(&mut tx, &outlet, now).await?;
    let site_url = parsed.site_url.as_ref().map(Url::to_string);
    let feed = NewFeed {
        outlet_id,
        url: feed_url.as_str(),
        title: parsed.title.as_deref(),
        site_url: site_url.as_deref(),
        disabled_reason: None,
    };
    let id = add_or_restore(&mut tx, existing, &feed, now).await?;
    tx.commit().await?;
    Ok(AddedFeed {
        id,
        url: feed_url.to_string(),
        title: parsed.title,
        outlet_id,
        items: parsed.items.len(),
        discovered_from,
        also_found,
        restored: existing.is_some(),
    })
}

/// Inserts `feed`, or brings back the removed feed `existing` with its articles.
async fn add_or_restore(
    tx: &mut Tx,
    existing: Option<db::feeds::ExistingFeed>,
    feed: &NewFeed<'_>,
    now: DateTime<Utc>,
) -> Result<i64, FeedsError> {
    match existing {
        Some(e) if db::feeds::restore(tx, e.id, feed, now).await? => Ok(e.id),
        Some(e) => Err(FeedsError::Duplicate {
            id: e.id,
            url: feed.url.to_owned(),
        }),
        None => Ok(db::feeds::insert(tx, feed, now).await?),
    }
}

#[derive(Debug)]
enum FindError {
    Fetch(FetchError),
    Parse(FeedParseError),
    /// An HTML page (decoded) and its final URL.
    Html(String, Url),
}

async fn fetch_and_parse(fetcher: &Fetcher, url: &Url) -> Result<ParsedFeed, FindError> {
    let resp = match fetcher
        .fetch(url, &Validators::default())
        .await
        .map_err(FindError::Fetch)?
    {
        FetchOutcome::Fetched(r) => r,
        // Without validators a 304 cannot happen; treat it as an empty body.
        FetchOutcome::NotModified { .. } => return Err(FindError::Parse(FeedParseError::Empty)),
    };
    match parse_feed(&resp.body, resp.content_type.as_deref(), &resp.final_url) {
        Ok(p) => Ok(p),
        Err(FeedParseError::Html) => Err(FindError::Html(
            decode_html(&resp.body, resp.content_type.as_deref()),
            resp.final_url,
        )),
        Err(e) => Err(FindError::Parse(e)),
    }
}

/// Every feed with its outlet, status and article count.
pub async fn list(db: &Db) -> Result<Vec<FeedListRow>, FeedsError> {
    Ok(db::feeds::list(db).await?)
}

/// Disables (`enabled = false`, by hand) or enables a feed.
pub async fn set_enabled(db: &Db, id: i64, enabled: bool) -> Result<(), FeedsError> {
    let reason = (!enabled).then_some("disabled by an operator");
    match db::feeds::set_disabled(db, id, reason, Utc::now()).await? {
        true => Ok(()),
        false => Err(FeedsError::NotFound(id)),
    }
}

/// Removes a feed: it is no longer listed or fetched; its articles (and their claims) stay, and
/// adding the same URL again brings it back with them.
pub async fn remove(db: &Db, id: i64) -> Result<(), FeedsError> {
    match db::feeds::remove(db, id, Utc::now()).await? {
        true => Ok(()),
        false => Err(FeedsError::NotFound(id)),
    }
}

/// Imports an OPML file in one transaction: outlets are created or updated from the outlines'
/// `pollwatch:` attributes (the outlet's name is the title before ` – ` or ` (`), feeds already
/// present are skipped, and any invalid URL aborts the whole import.
pub async fn import_opml(db: &Db, bytes: &[u8]) -> Result<ImportSummary, FeedsError> {
    let entries = parse_opml(bytes)?;
    if entries.is_empty() {
        return Err(FeedsError::EmptyOpml);
    }
    let mut checked = Vec::with_capacity(entries.len());
    for e in &entries {
        let entry_error = |reason: String| FeedsError::OpmlEntry {
            title: e.title.clone(),
            url: e.xml_url.clone(),
            reason,
        };
        let url = parse_feed_url(&e.xml_url).map_err(|err| {
            entry_error(match err {
                FeedsError::InvalidUrl { reason, .. } => reason,
                other => other.to_string(),
            })
        })?;
        // A country or language the outlet cannot carry aborts the import too, rather than
        // being dropped without a word ("Germany" where an ISO code belongs).
        let country = opml_field(e.country.as_deref(), check_country).map_err(entry_error)?;
        let language = opml_field(e.language.as_deref(), check_language).map_err(entry_error)?;
        checked.push((url, e, country, language));
    }

    let now = Utc::now();
    let mut tx = db.begin().await?;
    let mut outlets: HashMap<String, i64> = HashMap::new();
    let mut summary = ImportSummary::default();
    for (url, e, country, language) in checked {
        let existing = db::feeds::find_by_url(&mut tx, url.as_str()).await?;
        if existing.is_some_and(|e| !e.removed) {
            summary.feeds_skipped += 1;
            continue;
        }
        let name = outlet_name_from_title(&e.title)
            .or_else(|| url.host_str().map(str::to_owned))
            .unwrap_or_else(|| url.to_string());
        let outlet_id = match outlets.get(&name) {
            Some(id) => *id,
            None => {
                let o = NewOutlet {
                    name: name.clone(),
                    site_url: e.html_url.clone(),
                    country,
                    language,
                    state_affiliated: e.state_affiliated,
                };
                let id = db::outlets::upsert(&mut tx, &o, now).await?;
                outlets.insert(name, id);
                id
            }
        };
        let title = (!e.title.trim().is_empty()).then_some(e.title.trim());
        let feed = NewFeed {
            outlet_id,
            url: url.as_str(),
            title,
            site_url: e.html_url.as_deref(),
            disabled_reason: e.disabled.as_deref(),
        };
        add_or_restore(&mut tx, existing, &feed, now).await?;
        summary.feeds_added += 1;
        summary.feeds_restored += usize::from(existing.is_some());
    }
    tx.commit().await?;
    summary.outlets = outlets.len();
    Ok(summary)
}

/// Every feed as an OPML 2.0 document with the `pollwatch:` attributes. Titles are written so
/// that [`import_opml`] finds the same outlet again (`Outlet – Feed title`).
pub async fn export_opml(db: &Db) -> Result<String, FeedsError> {
    let feeds: Vec<OpmlFeed> = db::feeds::list(db)
        .await?
        .into_iter()
        .map(|f| OpmlFeed {
            title: export_title(&f.outlet_name, f.title.as_deref()),
            xml_url: f.url,
            html_url: f.site_url.or(f.outlet_site_url),
            category: None,
            country: f.country,
            language: f.language,
            state_affiliated: Some(f.state_affiliated),
            disabled: f.disabled.then(|| {
                f.disabled_reason
                    .clone()
                    .unwrap_or_else(|| "disabled".to_owned())
            }),
        })
        .collect();
    Ok(write_opml("pollwatch feeds", &feeds))
}

/// The outlet a feed title names: `BBC News – World` → `BBC News`, `RT (English)` → `RT`.
pub fn outlet_name_from_title(title: &str) -> Option<String> {
    let t = title.trim();
    let dash = [" – ", " — ", " | ", " - "]
        .iter()
        .filter_map(|sep| t.find(sep))
        .min();
    let t = match dash {
        // `ABC News (Australia) – Top stories`: the part before the dash is the outlet.
        Some(i) => &t[..i],
        // `RT (English)`: the parenthesis names the edition.
        None => match t.rfind(" (") {
            Some(i) if t.ends_with(')') && i > 0 => &t[..i],
            _ => t,
        },
    };
    let t = t.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

fn export_title(outlet: &str, feed_title: Option<&str>) -> String {
    match feed_title.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) if outlet_name_from_title(t).as_deref() == Some(outlet) => t.to_owned(),
        Some(t) => format!("{outlet} – {t}"),
        None => outlet.to_owned(),
    }
}

/// An absolute http(s) URL with a host.
pub fn parse_feed_url(raw: &str) -> Result<Url, FeedsError> {
    let invalid = |reason: &str| FeedsError::InvalidUrl {
        url: raw.to_owned(),
        reason: reason.to_owned(),
    };
    let mut url = Url::parse(raw.trim()).map_err(|e| invalid(&e.to_string()))?;
    // A fragment is never sent to the server: "…/rss.xml#top" is "…/rss.xml".
    url.set_fragment(None);
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid("only http and https URLs can be crawled"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid("no host"));
    }
    Ok(url)
}

fn check_outlet_name(name: &str) -> Result<String, FeedsError> {
    let n = name.trim();
    if n.is_empty() || n.chars().count() > 200 {
        return Err(FeedsError::Invalid {
            field: "outlet name",
            value: name.to_owned(),
            expected: "1 to 200 characters",
        });
    }
    Ok(n.to_owned())
}

/// ISO 3166-1 alpha-2, upper-cased.
pub fn check_country(cc: &str) -> Result<String, FeedsError> {
    let c = cc.trim();
    if c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(c.to_ascii_uppercase())
    } else {
        Err(FeedsError::Invalid {
            field: "country",
            value: cc.to_owned(),
            expected: "a two-letter ISO 3166-1 code such as FR",
        })
    }
}

/// An OPML attribute checked as the command line's option is: absent or blank is none,
/// anything else must pass `check` (the error is the reason to report).
fn opml_field(
    value: Option<&str>,
    check: fn(&str) -> Result<String, FeedsError>,
) -> Result<Option<String>, String> {
    value
        .filter(|v| !v.trim().is_empty())
        .map(check)
        .transpose()
        .map_err(|e| e.to_string())
}

/// A BCP 47-looking tag: a 2–3 letter language, then optional subtags.
pub fn check_language(tag: &str) -> Result<String, FeedsError> {
    let t = tag.trim();
    let mut parts = t.split(['-', '_']);
    let lang_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if lang_ok && rest_ok {
        Ok(t.replace('_', "-").to_ascii_lowercase())
    } else {
        Err(FeedsError::Invalid {
            field: "language",
            value: tag.to_owned(),
            expected: "a language tag such as fr or pt-BR",
        })
    }
}

/// The page/CLI view of a listed feed.
pub fn to_info(r: &FeedListRow) -> crate::model::FeedInfo {
    use crate::model::{FeedInfo, FeedStatus};
    let status = if r.disabled {
        FeedStatus::Disabled
    } else if r.error_count > 0 {
        FeedStatus::Failing
    } else if r.last_success_at.is_none() {
        // Never fetched successfully (enabled again after failing from the start, say).
        FeedStatus::New
    } else {
        FeedStatus::Ok
    };
    FeedInfo {
        id: r.id,
        // Shown without credentials (a password or a token in the feed's URL).
        url: pollwatch_crawl::redact_url(&r.url),
        title: r.title.clone(),
        outlet: r.outlet_name.clone(),
        country: r.country.clone(),
        state_affiliated: r.state_affiliated,
        status,
        disabled_reason: r.disabled_reason.clone().filter(|_| r.disabled),
        last_fetched_at: r.last_fetched_at,
        next_check_at: (!r.disabled).then_some(r.next_check_at),
        error_count: r.error_count,
        last_error: r.last_error.clone(),
        article_count: r.article_count,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_names_from_feed_titles() {
        let cases = [
            ("BBC News – World", "BBC News"),
            ("RT (English)", "RT"),
            ("ABC News (Australia) – Top stories", "ABC News (Australia)"),
            ("NHK ニュース – 主要", "NHK ニュース"),
            ("Sputnik International", "Sputnik International"),
            ("РИА Новости", "РИА Новости"),
        ];
        for (title, outlet) in cases {
            assert_eq!(
                outlet_name_from_title(title).as_deref(),
                Some(outlet),
                "{title}"
            );
        }
        assert_eq!(outlet_name_from_title("  "), None);
    }

    #[test]
    fn export_titles_round_trip_to_the_outlet() {
        for (outlet, title) in [
            ("BBC News", Some("BBC News – World")),
            ("Le Monde", Some("À la une")),
            ("X", None),
        ] {
            let t = export_title(outlet, title);
            assert_eq!(outlet_name_from_title(&t).as_deref(), Some(outlet), "{t}");
        }
    }

    #[test]
    fn inputs_are_checked() {
        assert!(parse_feed_url("not a url").is_err());
        assert!(parse_feed_url("ftp://example.org/feed").is_err());
        assert!(parse_feed_url("https://example.org/feed").is_ok());
        assert_eq!(check_country("fr").unwrap(), "FR");
        assert!(check_country("FRA").is_err());
        assert_eq!(check_language("pt_BR").unwrap(), "pt-br");
        assert!(check_language("french!").is_err());
    }
}
