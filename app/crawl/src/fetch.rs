//! The fetcher: the one type that owns every HTTP outcome of the crawler.
//!
//! Modelled on Miniflux's `internal/reader/fetcher` (request builder + response handler): it sends
//! an identifying User-Agent and the stored validators (conditional GET), applies connect / read /
//! total timeouts, follows at most N redirects while re-checking each hop with the SSRF guard,
//! caps the body while streaming and caps the decompressed size, and classifies every outcome
//! into [`FetchOutcome`] or [`FetchError`]. It does not parse bodies and does not touch the DB.

use std::error::Error as _;
use std::io::Read;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use chrono::{DateTime, Utc};
use ipnet::IpNet;
use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::StatusCode;
use url::Url;

use crate::guard::{AddressPolicy, GuardError, GuardedResolver, HostResolver, SystemResolver};

/// The default User-Agent: names the crawler and says where to complain.
pub const DEFAULT_USER_AGENT: &str = concat!(
    "pollwatch/",
    env!("CARGO_PKG_VERSION"),
    " (+https://github.com/pollwatch/pollwatch; feed crawler)"
);

const ACCEPT_FEEDS: &str = "application/rss+xml, application/atom+xml, application/feed+json, \
     application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, \
     text/html;q=0.7, */*;q=0.5";

/// Fetcher settings. `Default` gives production values.
#[derive(Debug, Clone)]
pub struct FetcherConfig {
    /// Sent on every request.
    pub user_agent: String,
    /// Time to establish the TCP (+TLS) connection.
    pub connect_timeout: Duration,
    /// Longest wait for any single read from the socket.
    pub read_timeout: Duration,
    /// Whole request, headers and body, across redirects.
    pub total_timeout: Duration,
    /// Cap on the bytes received on the wire (compressed), enforced while streaming.
    pub max_body_bytes: u64,
    /// Cap on the body after decompression (gzip-bomb guard).
    pub max_decompressed_bytes: u64,
    /// Redirects followed; one more is an error.
    pub max_redirects: usize,
    /// Private ranges opened on top of the public internet (see [`crate::parse_allow_list`]).
    pub allow_private: Vec<IpNet>,
}

impl Default for FetcherConfig {
    fn default() -> Self {
        Self {
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(30),
            total_timeout: Duration::from_secs(60),
            max_body_bytes: 10 * 1024 * 1024,
            max_decompressed_bytes: 50 * 1024 * 1024,
            max_redirects: 5,
            allow_private: Vec::new(),
        }
    }
}

/// Cache validators stored with a feed and sent back as `If-None-Match` / `If-Modified-Since`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` response header, verbatim.
    pub etag: Option<String>,
    /// The `Last-Modified` response header, verbatim.
    pub last_modified: Option<String>,
}

/// Freshness hints from the response, for [`crate::next_check_interval`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CacheHints {
    /// `Cache-Control: max-age` (or `s-maxage`).
    pub max_age: Option<Duration>,
    /// `Expires`, parsed.
    pub expires: Option<DateTime<Utc>>,
}

/// Per-request options.
#[derive(Debug, Clone, Default)]
pub struct FetchOptions {
    /// Validators from the previous fetch.
    pub validators: Validators,
    /// Overrides [`FetcherConfig::max_body_bytes`] (e.g. smaller for robots.txt).
    pub max_body_bytes: Option<u64>,
    /// Overrides the `Accept` header (default prefers feed types).
    pub accept: Option<String>,
}

/// A successful fetch.
#[derive(Debug)]
pub enum FetchOutcome {
    /// 304, or a 200 whose ETag equals the stored one: nothing to parse.
    NotModified {
        /// URL after redirects.
        final_url: Url,
        /// Freshness hints.
        cache: CacheHints,
    },
    /// A 2xx with a (decompressed) body.
    Fetched(FetchedResponse),
}

/// A 2xx response with its decompressed body.
#[derive(Debug, Clone)]
pub struct FetchedResponse {
    /// URL after redirects (store it if the feed moved permanently).
    pub final_url: Url,
    /// The HTTP status (2xx).
    pub status: u16,
    /// The `Content-Type` header, verbatim.
    pub content_type: Option<String>,
    /// The decompressed body, at most `max_decompressed_bytes`.
    pub body: Bytes,
    /// Validators to store for the next conditional GET.
    pub validators: Validators,
    /// Freshness hints.
    pub cache: CacheHints,
}

/// `Retry-After` as sent: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryAfter {
    /// `Retry-After: 120`.
    Delay(Duration),
    /// `Retry-After: Fri, 31 Dec 1999 23:59:59 GMT`.
    At(DateTime<Utc>),
}

impl RetryAfter {
    /// Parses a `Retry-After` value; `None` if it is neither form.
    pub fn parse(value: &str) -> Option<Self> {
        let v = value.trim();
        if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
            // Saturate absurd values rather than fail; the scheduler clamps anyway.
            let secs = v.parse::<u64>().unwrap_or(u64::MAX).min(u32::MAX as u64);
            return Some(Self::Delay(Duration::from_secs(secs)));
        }
        httpdate::parse_http_date(v)
            .ok()
            .map(|t| Self::At(DateTime::<Utc>::from(t)))
    }

    /// The delay from `now` (zero if the date is past).
    pub fn delay_from(&self, now: DateTime<Utc>) -> Duration {
        match self {
            Self::Delay(d) => *d,
            Self::At(t) => (*t - now).to_std().unwrap_or(Duration::ZERO),
        }
    }
}

/// Every way a fetch can fail. Messages start with `fetch:` so a stored error says where it came
/// from.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The URL could not be parsed or used.
    #[error("fetch: invalid URL: {0}")]
    InvalidUrl(String),
    /// The SSRF guard refused the URL, a redirect target, or every resolved address.
    #[error("fetch: refused: {0}")]
    Blocked(#[from] GuardError),
    /// More than `max_redirects` redirects.
    #[error("fetch: more than {max} redirects")]
    TooManyRedirects {
        /// The configured maximum.
        max: usize,
    },
    /// Connect, read or total timeout.
    #[error("fetch: timed out")]
    Timeout,
    /// DNS failure, connection refused, TLS failure…
    #[error("fetch: could not connect: {0}")]
    Connect(String),
    /// The body on the wire exceeded the cap.
    #[error("fetch: response body larger than {limit} bytes")]
    BodyTooLarge {
        /// The cap in bytes.
        limit: u64,
    },
    /// The decompressed body exceeded the cap.
    #[error("fetch: decompressed body larger than {limit} bytes")]
    DecompressedTooLarge {
        /// The cap in bytes.
        limit: u64,
    },
    /// A `Content-Encoding` we do not decode.
    #[error("fetch: unsupported content encoding `{0}`")]
    UnsupportedEncoding(String),
    /// The compressed body is corrupt.
    #[error("fetch: corrupt {encoding} body: {message}")]
    Decompress {
        /// The coding that failed.
        encoding: String,
        /// The decoder's message.
        message: String,
    },
    /// 429 or 503: come back later.
    #[error("fetch: rate limited or unavailable (HTTP {status}){}", retry_after_text(.retry_after))]
    RateLimited {
        /// 429 or 503.
        status: u16,
        /// The server's `Retry-After`, if any.
        retry_after: Option<RetryAfter>,
    },
    /// 410: the feed is gone for good.
    #[error("fetch: gone (HTTP 410)")]
    Gone,
    /// A redirect that could not be followed: no `Location`, or one that is not a URL.
    #[error("fetch: HTTP {status} redirect {}", match location {
        Some(l) => format!("to an unusable Location {l:?}"),
        None => "without a Location".to_owned(),
    })]
    BadRedirect {
        /// The status code (301, 302, 303, 307, 308).
        status: u16,
        /// The `Location` header as sent (lossily decoded), if there was one.
        location: Option<String>,
    },
    /// Any other non-2xx status.
    #[error("fetch: HTTP {status}")]
    Http {
        /// The status code.
        status: u16,
    },
    /// Another transport error (protocol error, reset mid-body…).
    #[error("fetch: request failed: {0}")]
    Request(String),
}

fn retry_after_text(r: &Option<RetryAfter>) -> String {
    match r {
        Some(RetryAfter::Delay(d)) => format!(", retry after {}s", d.as_secs()),
        Some(RetryAfter::At(t)) => format!(", retry after {}", t.to_rfc3339()),
        None => String::new(),
    }
}

impl FetchError {
    /// True when retrying cannot help and the feed should be disabled at once: 410 Gone, a URL
    /// refused by the SSRF guard or scheme check, an unusable URL. Everything else is transient
    /// and counts towards the consecutive-failure limit.
    pub fn is_permanent(&self) -> bool {
        matches!(self, Self::Gone | Self::Blocked(_) | Self::InvalidUrl(_))
    }

    /// The server's `Retry-After`, for 429 / 503.
    pub fn retry_after(&self) -> Option<RetryAfter> {
        match self {
            Self::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// The HTTP status, when the failure is one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::RateLimited { status, .. }
            | Self::Http { status }
            | Self::BadRedirect { status, .. } => Some(*status),
            Self::Gone => Some(410),
            _ => None,
        }
    }
}

tokio::task_local! {
    /// The last URL a redirect led to in the request running on this task, so that a failure
    /// after a redirect names where it happened (reqwest's error names the first URL).
    static LAST_HOP: std::cell::RefCell<Option<Url>>;
}

/// Marker error raised by the redirect policy.
#[derive(Debug, thiserror::Error)]
#[error("more than {0} redirects")]
struct RedirectLimit(usize);

/// HTTP client for feeds, pages and robots.txt. Cheap to clone (shares the connection pool).
#[derive(Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    policy: Arc<AddressPolicy>,
    config: Arc<FetcherConfig>,
}

impl std::fmt::Debug for Fetcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fetcher")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Fetcher {
    /// A fetcher using the system DNS resolver.
    pub fn new(config: FetcherConfig) -> Result<Self, FetchError> {
        Self::with_resolver(config, Arc::new(SystemResolver))
    }

    /// A fetcher resolving names with `resolver` (tests use [`crate::StaticResolver`]).
    pub fn with_resolver(
        config: FetcherConfig,
        resolver: Arc<dyn HostResolver>,
    ) -> Result<Self, FetchError> {
        let policy = Arc::new(AddressPolicy::new(config.allow_private.clone()));
        let redirect_policy = {
            let policy = Arc::clone(&policy);
            let max = config.max_redirects;
            reqwest::redirect::Policy::custom(move |attempt| {
                // `previous` holds every URL already requested, the original included.
                if attempt.previous().len() > max {
                    return attempt.error(RedirectLimit(max));
                }
                // Outside `fetch` (no scope) there is nothing to record.
                let _ = LAST_HOP.try_with(|h| h.replace(Some(attempt.url().clone())));
                // IP literals never reach the resolver: check scheme and literal here.
                match policy.check_url(attempt.url()) {
                    Ok(()) => attempt.follow(),
                    Err(e) => attempt.error(e),
                }
            })
        };
        let client = reqwest::Client::builder()
            .user_agent(config.user_agent.clone())
            .connect_timeout(config.connect_timeout)
            .read_timeout(config.read_timeout)
            .timeout(config.total_timeout)
            .redirect(redirect_policy)
            .dns_resolver(Arc::new(GuardedResolver::new(
                resolver,
                Arc::clone(&policy),
            )))
            // A proxy would resolve names itself and bypass the guard.
            .no_proxy()
            // We decompress ourselves so both the wire size and the decompressed size are capped.
            .no_gzip()
            .no_deflate()
            .no_brotli()
            .build()
            .map_err(|e| FetchError::Request(format!("building HTTP client: {e}")))?;
        Ok(Self {
            client,
            policy,
            config: Arc::new(config),
        })
    }

    /// The configuration in use.
    pub fn config(&self) -> &FetcherConfig {
        &self.config
    }

    /// Conditional GET of a feed with the stored validators.
    pub async fn fetch(
        &self,
        url: &Url,
        validators: &Validators,
    ) -> Result<FetchOutcome, FetchError> {
        self.fetch_with(
            url,
            &FetchOptions {
                validators: validators.clone(),
                ..FetchOptions::default()
            },
        )
        .await
    }

    /// GET with explicit options.
    pub async fn fetch_with(
        &self,
        url: &Url,
        opts: &FetchOptions,
    ) -> Result<FetchOutcome, FetchError> {
        self.policy.check_url(url)?;
        let mut req = self
            .client
            .get(url.clone())
            .header(
                header::ACCEPT,
                opts.accept.as_deref().unwrap_or(ACCEPT_FEEDS),
            )
            .header(header::ACCEPT_ENCODING, "gzip, deflate, br");
        if let Some(etag) = header_value(opts.validators.etag.as_deref()) {
            req = req.header(header::IF_NONE_MATCH, etag);
        }
        if let Some(lm) = header_value(opts.validators.last_modified.as_deref()) {
            req = req.header(header::IF_MODIFIED_SINCE, lm);
        }

        let (sent, hop) = LAST_HOP
            .scope(std::cell::RefCell::new(None), async {
                let sent = req.send().await;
                (sent, LAST_HOP.with(|h| h.borrow().clone()))
            })
            .await;
        let mut resp = sent.map_err(|e| self.classify(e, hop.as_ref()))?;
        let final_url = resp.url().clone();
        let status = resp.status();
        let headers = resp.headers().clone();
        let cache = cache_hints(&headers);

        if status == StatusCode::NOT_MODIFIED {
            return Ok(FetchOutcome::NotModified { final_url, cache });
        }
        if status.is_redirection() {
            // reqwest hands back, unfollowed, redirects to schemes it cannot fetch (file:,
            // gopher:…): report the refusal. Any other unfollowed redirect has no usable
            // Location: say so rather than a bare "HTTP 302".
            let location = headers.get(header::LOCATION);
            match location
                .and_then(|v| v.to_str().ok())
                .and_then(|l| final_url.join(l).ok())
            {
                Some(target) => self.policy.check_url(&target)?,
                None if status != StatusCode::MULTIPLE_CHOICES => {
                    return Err(FetchError::BadRedirect {
                        status: status.as_u16(),
                        location: location
                            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned()),
                    })
                }
                None => {}
            }
        }
        if !status.is_success() {
            return Err(match status.as_u16() {
                s @ (429 | 503) => FetchError::RateLimited {
                    status: s,
                    retry_after: headers
                        .get(header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(RetryAfter::parse),
                },
                410 => FetchError::Gone,
                s => FetchError::Http { status: s },
            });
        }

        let validators = response_validators(&headers);
        // Miniflux's rule: a 200 carrying the very ETag we sent is unchanged content.
        if validators.etag.is_some() && validators.etag == opts.validators.etag {
            return Ok(FetchOutcome::NotModified { final_url, cache });
        }

        let limit = opts.max_body_bytes.unwrap_or(self.config.max_body_bytes);
        if resp.content_length().is_some_and(|n| n > limit) {
            return Err(FetchError::BodyTooLarge { limit });
        }
        let mut raw = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(|e| self.classify(e, None))? {
            if raw.len() as u64 + chunk.len() as u64 > limit {
                return Err(FetchError::BodyTooLarge { limit });
            }
            raw.extend_from_slice(&chunk);
        }

        let encoding = headers
            .get(header::CONTENT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let max_out = self.config.max_decompressed_bytes;
        let body = if encoding.trim().is_empty() || encoding.trim().eq_ignore_ascii_case("identity")
        {
            if raw.len() as u64 > max_out {
                return Err(FetchError::DecompressedTooLarge { limit: max_out });
            }
            Bytes::from(raw)
        } else {
            tokio::task::spawn_blocking(move || decode_body(raw, &encoding, max_out))
                .await
                .map_err(|e| FetchError::Request(format!("decoder task: {e}")))??
        };

        Ok(FetchOutcome::Fetched(FetchedResponse {
            final_url,
            status: status.as_u16(),
            content_type: headers
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
            body,
            validators,
            cache,
        }))
    }

    /// Maps a reqwest error to our taxonomy by walking its source chain: the guard and the
    /// redirect limit surface as boxed sources. Messages never carry the URL (it may hold a
    /// token, and the caller knows it), except a redirect target where the failure happened
    /// (`hop`), redacted.
    fn classify(&self, err: reqwest::Error, hop: Option<&Url>) -> FetchError {
        let err = err.without_url();
        let chain = || match hop {
            Some(h) => format!(
                "{} (after a redirect to {})",
                error_chain(&err),
                crate::canonical::redact_url(h.as_str())
            ),
            None => error_chain(&err),
        };
        let mut source: Option<&(dyn std::error::Error + 'static)> = err.source();
        while let Some(s) = source {
            if let Some(g) = s.downcast_ref::<GuardError>() {
                return FetchError::Blocked(g.clone());
            }
            if let Some(crate::guard::ResolveError::Guard(g)) =
                s.downcast_ref::<crate::guard::ResolveError>()
            {
                return FetchError::Blocked(g.clone());
            }
            if let Some(RedirectLimit(max)) = s.downcast_ref::<RedirectLimit>() {
                return FetchError::TooManyRedirects { max: *max };
            }
            source = s.source();
        }
        if err.is_timeout() {
            FetchError::Timeout
        } else if err.is_connect() {
            FetchError::Connect(chain())
        } else if err.is_builder() {
            FetchError::InvalidUrl(chain())
        } else {
            FetchError::Request(chain())
        }
    }
}

fn error_chain(err: &dyn std::error::Error) -> String {
    let mut out = err.to_string();
    let mut source = err.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

fn header_value(v: Option<&str>) -> Option<HeaderValue> {
    v.filter(|s| !s.is_empty())
        .and_then(|s| HeaderValue::from_str(s).ok())
}

fn header_str(h: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    h.get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn response_validators(h: &HeaderMap) -> Validators {
    // `Expires: 0` means "do not cache": then validators are useless (Miniflux does the same).
    if header_str(h, header::EXPIRES) == Some("0") {
        return Validators::default();
    }
    Validators {
        etag: header_str(h, header::ETAG).map(str::to_owned),
        last_modified: header_str(h, header::LAST_MODIFIED).map(str::to_owned),
    }
}

/// Reads `Cache-Control: max-age` / `s-maxage` and `Expires`.
pub fn cache_hints(h: &HeaderMap) -> CacheHints {
    let max_age = header_str(h, header::CACHE_CONTROL).and_then(|cc| {
        cc.split(',').find_map(|d| {
            let d = d.trim();
            let v = d
                .strip_prefix("max-age=")
                .or_else(|| d.strip_prefix("s-maxage="))?;
            v.trim_matches('"')
                .parse::<u64>()
                .ok()
                .map(Duration::from_secs)
        })
    });
    let expires = header_str(h, header::EXPIRES)
        .and_then(|v| httpdate::parse_http_date(v).ok())
        .map(|t: SystemTime| DateTime::<Utc>::from(t));
    CacheHints { max_age, expires }
}

/// Undoes `Content-Encoding` (codings applied in order, so undone in reverse), never producing
/// more than `max_out` bytes.
fn decode_body(raw: Vec<u8>, encoding: &str, max_out: u64) -> Result<Bytes, FetchError> {
    let codings: Vec<String> = encoding
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty() && c != "identity")
        .collect();
    if codings.len() > 2 {
        return Err(FetchError::UnsupportedEncoding(encoding.to_owned()));
    }
    let mut data = raw;
    for coding in codings.iter().rev() {
        data = decode_one(&data, coding, max_out)?;
    }
    Ok(Bytes::from(data))
}

fn decode_one(data: &[u8], coding: &str, max_out: u64) -> Result<Vec<u8>, FetchError> {
    let reader: Box<dyn Read + '_> = match coding {
        "gzip" | "x-gzip" => Box::new(flate2::read::MultiGzDecoder::new(data)),
        // "deflate" is meant to be zlib (RFC 9110 §8.4.1.2); some servers send raw deflate.
        "deflate" if looks_like_zlib(data) => Box::new(flate2::read::ZlibDecoder::new(data)),
        "deflate" => Box::new(flate2::read::DeflateDecoder::new(data)),
        "br" => Box::new(brotli_decompressor::Decompressor::new(data, 8192)),
        other => return Err(FetchError::UnsupportedEncoding(other.to_owned())),
    };
    let mut out = Vec::new();
    reader
        .take(max_out + 1)
        .read_to_end(&mut out)
        .map_err(|e| FetchError::Decompress {
            encoding: coding.to_owned(),
            message: e.to_string(),
        })?;
    if out.len() as u64 > max_out {
        return Err(FetchError::DecompressedTooLarge { limit: max_out });
    }
    Ok(out)
}

fn looks_like_zlib(d: &[u8]) -> bool {
    d.len() >= 2 && d[0] & 0x0f == 8 && (u16::from(d[0]) << 8 | u16::from(d[1])) % 31 == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn retry_after_forms() {
        assert_eq!(
            RetryAfter::parse(" 120 "),
            Some(RetryAfter::Delay(Duration::from_secs(120)))
        );
        let at = RetryAfter::parse("Wed, 21 Oct 2015 07:28:00 GMT").unwrap();
        let RetryAfter::At(t) = at else {
            panic!("expected date")
        };
        assert_eq!(t.to_rfc3339(), "2015-10-21T07:28:00+00:00");
        let now = t - chrono::Duration::seconds(90);
        assert_eq!(at.delay_from(now), Duration::from_secs(90));
        assert_eq!(
            at.delay_from(t + chrono::Duration::hours(1)),
            Duration::ZERO
        );
        assert_eq!(RetryAfter::parse("soon"), None);
        assert_eq!(RetryAfter::parse(""), None);
        assert!(RetryAfter::parse("99999999999999999999999").is_some());
    }

    #[test]
    fn cache_hint_parsing() {
        let mut h = HeaderMap::new();
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=600"),
        );
        h.insert(
            header::EXPIRES,
            HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"),
        );
        let c = cache_hints(&h);
        assert_eq!(c.max_age, Some(Duration::from_secs(600)));
        assert!(c.expires.is_some());
    }

    #[test]
    fn decoders_cap_output() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&vec![b'a'; 100_000]).unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(
            decode_body(gz.clone(), "gzip", 100_000).unwrap().len(),
            100_000
        );
        assert!(matches!(
            decode_body(gz, "gzip", 99_999),
            Err(FetchError::DecompressedTooLarge { limit: 99_999 })
        ));
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(b"hello").unwrap();
        assert_eq!(
            &decode_body(z.finish().unwrap(), "deflate", 10).unwrap()[..],
            b"hello"
        );
        let mut d = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        d.write_all(b"hello").unwrap();
        assert_eq!(
            &decode_body(d.finish().unwrap(), "deflate", 10).unwrap()[..],
            b"hello"
        );
        assert!(matches!(
            decode_body(b"x".to_vec(), "zstd", 10),
            Err(FetchError::UnsupportedEncoding(_))
        ));
        assert!(matches!(
            decode_body(b"not gzip".to_vec(), "gzip", 10),
            Err(FetchError::Decompress { .. })
        ));
    }

    #[test]
    fn permanence() {
        assert!(FetchError::Gone.is_permanent());
        assert!(FetchError::Blocked(GuardError::NoHost).is_permanent());
        assert!(!FetchError::Timeout.is_permanent());
        assert!(!FetchError::Http { status: 404 }.is_permanent());
        assert!(!FetchError::RateLimited {
            status: 429,
            retry_after: None
        }
        .is_permanent());
    }
}
