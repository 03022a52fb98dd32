//! SSRF guard: decides which addresses and URLs the crawler may connect to.
//!
//! Owns the address classification (loopback, RFC 1918, link-local, CGNAT, …), the allow-list
//! parser for `--allow-private-hosts` / `POLLWATCH_ALLOW_PRIVATE_HOSTS`, the static URL check
//! (scheme + literal IP host) applied to the first URL and to every redirect hop, and
//! [`GuardedResolver`], a `reqwest` DNS resolver that drops forbidden addresses *after* resolution
//! so the check happens at connect time for every hop (no DNS-rebinding window between check and
//! connect). It must not do any I/O besides the DNS look-up of its inner resolver.

use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use futures::future::BoxFuture;
use ipnet::IpNet;
use url::{Host, Url};

/// Why the guard refused a URL or address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GuardError {
    /// Only `http` and `https` may be fetched.
    #[error("ssrf guard: scheme `{0}` is not allowed (only http and https)")]
    Scheme(String),
    /// The URL has no host (e.g. `http:///x`).
    #[error("ssrf guard: URL has no host")]
    NoHost,
    /// The host is, or resolves to, an address in a forbidden range.
    #[error("ssrf guard: {host} is {range} address {ip}, which is not allow-listed")]
    Forbidden {
        /// The host name or literal as written in the URL.
        host: String,
        /// The offending address.
        ip: IpAddr,
        /// Human-readable name of the range.
        range: &'static str,
    },
    /// DNS returned no address at all.
    #[error("ssrf guard: {host} resolved to no address")]
    NoAddress {
        /// The host name.
        host: String,
    },
}

/// Error from parsing an allow-list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("allow-private-hosts: `{entry}` is not an IP address or CIDR range")]
pub struct AllowListError {
    /// The entry that failed to parse.
    pub entry: String,
}

/// Parses a comma-separated list of CIDRs or bare IPs (as given to `--allow-private-hosts` or
/// `POLLWATCH_ALLOW_PRIVATE_HOSTS`), e.g. `"127.0.0.1/32, 10.1.0.0/16, ::1"`. Empty entries are
/// ignored; a bare address means a single host (`/32` or `/128`).
pub fn parse_allow_list(s: &str) -> Result<Vec<IpNet>, AllowListError> {
    s.split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|e| {
            e.parse::<IpNet>()
                .or_else(|_| e.parse::<IpAddr>().map(IpNet::from))
                .map(|n| n.trunc())
                .map_err(|_| AllowListError {
                    entry: e.to_owned(),
                })
        })
        .collect()
}

/// Which addresses may be connected to: everything public, plus the allow-listed ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddressPolicy {
    allow: Vec<IpNet>,
}

impl AddressPolicy {
    /// A policy that opens the given ranges on top of the public internet.
    pub fn new(allow: Vec<IpNet>) -> Self {
        Self { allow }
    }

    /// The allow-listed ranges.
    pub fn allow_list(&self) -> &[IpNet] {
        &self.allow
    }

    /// `Ok` if `ip` may be connected to; otherwise the name of the forbidden range it is in.
    pub fn check_ip(&self, ip: IpAddr) -> Result<(), &'static str> {
        let Some(range) = forbidden_range(ip) else {
            return Ok(());
        };
        let embedded = embedded_v4(ip).map(IpAddr::V4);
        let allowed = self
            .allow
            .iter()
            .any(|net| net.contains(&ip) || embedded.is_some_and(|v4| net.contains(&v4)));
        if allowed {
            Ok(())
        } else {
            Err(range)
        }
    }

    /// Checks what can be checked without DNS: the scheme, and the host when it is an IP literal.
    /// Called on the first URL and on every redirect target. Host names are checked later, by
    /// [`GuardedResolver`], after resolution.
    pub fn check_url(&self, url: &Url) -> Result<(), GuardError> {
        match url.scheme() {
            "http" | "https" => {}
            other => return Err(GuardError::Scheme(other.to_owned())),
        }
        let ip = match url.host() {
            None => return Err(GuardError::NoHost),
            Some(Host::Domain(_)) => return Ok(()),
            Some(Host::Ipv4(v4)) => IpAddr::V4(v4),
            Some(Host::Ipv6(v6)) => IpAddr::V6(v6),
        };
        self.check_ip(ip).map_err(|range| GuardError::Forbidden {
            host: url.host_str().unwrap_or_default().to_owned(),
            ip,
            range,
        })
    }
}

/// The IPv4 address embedded in an IPv6 one by a translation scheme (IPv4-mapped `::ffff:0:0/96`,
/// IPv4-compatible `::/96`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`), or the address itself if v4.
fn embedded_v4(ip: IpAddr) -> Option<Ipv4Addr> {
    match ip {
        IpAddr::V4(v4) => Some(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return Some(v4);
            }
            let s = v6.segments();
            let tail = Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
            // IPv4-compatible (deprecated, RFC 4291 §2.5.5.1); `::` and `::1` are handled as v6.
            if s[..6] == [0; 6] && u32::from(tail) > 1 {
                return Some(tail);
            }
            // NAT64 well-known prefix (RFC 6052).
            if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
                return Some(tail);
            }
            // 6to4 (RFC 3056): 2002:AABB:CCDD::/48.
            if s[0] == 0x2002 {
                return Some(Ipv4Addr::new(
                    (s[1] >> 8) as u8,
                    s[1] as u8,
                    (s[2] >> 8) as u8,
                    s[2] as u8,
                ));
            }
            None
        }
    }
}

/// The name of the forbidden range `ip` is in, or `None` for a public unicast address.
pub fn forbidden_range(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => forbidden_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = embedded_v4(ip) {
                // Judge translated addresses by the v4 address they reach.
                return forbidden_v4(v4).map(|_| "an IPv6-embedded private/reserved IPv4");
            }
            forbidden_v6(v6)
        }
    }
}

fn forbidden_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    Some(match (a, b, c) {
        _ if ip.is_unspecified() => "an unspecified",
        (0, _, _) => "a 'this network' (0.0.0.0/8)",
        (127, _, _) => "a loopback",
        (10, _, _) => "a private (RFC 1918)",
        (172, 16..=31, _) => "a private (RFC 1918)",
        (192, 168, _) => "a private (RFC 1918)",
        (169, 254, _) => "a link-local / cloud metadata",
        (100, 64..=127, _) => "a carrier-grade NAT (RFC 6598)",
        (192, 0, 0) => "an IETF protocol assignment (192.0.0.0/24)",
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => "a documentation",
        (198, 18..=19, _) => "a benchmarking (198.18.0.0/15)",
        _ if ip.is_broadcast() => "the broadcast",
        (224..=239, _, _) => "a multicast",
        (240..=255, _, _) => "a reserved (240.0.0.0/4)",
        _ => return None,
    })
}

fn forbidden_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let s = ip.segments();
    Some(match s[0] {
        _ if ip.is_unspecified() => "an unspecified",
        _ if ip.is_loopback() => "a loopback",
        0xfc00..=0xfdff => "a unique local (fc00::/7)",
        0xfe80..=0xfebf => "a link-local (fe80::/10)",
        0xfec0..=0xfeff => "a site-local (fec0::/10)",
        0xff00..=0xffff => "a multicast",
        0x0100 if s[1..4] == [0, 0, 0] => "a discard-only (100::/64)",
        0x2001 if s[1] == 0x0db8 => "a documentation",
        // Teredo hides the peer's address; nothing legitimate serves feeds from it.
        0x2001 if s[1] == 0 => "a Teredo (2001::/32)",
        _ => return None,
    })
}

/// The name-to-address step the guarded resolver wraps. Implemented by [`SystemResolver`] for
/// production and [`StaticResolver`] for tests (map names to any address without touching DNS).
pub trait HostResolver: Send + Sync + 'static {
    /// All addresses of `host` (a DNS name, never an IP literal).
    fn lookup(&self, host: &str) -> BoxFuture<'static, io::Result<Vec<IpAddr>>>;
}

/// The operating system's resolver (`getaddrinfo` via tokio).
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemResolver;

impl HostResolver for SystemResolver {
    fn lookup(&self, host: &str) -> BoxFuture<'static, io::Result<Vec<IpAddr>>> {
        let host = host.to_owned();
        Box::pin(async move {
            let addrs = tokio::net::lookup_host((host.as_str(), 0)).await?;
            Ok(addrs.map(|a| a.ip()).collect())
        })
    }
}

/// A fixed name → addresses table; unknown names fail with `NotFound`. For tests and pinning.
#[derive(Debug, Clone, Default)]
pub struct StaticResolver {
    map: HashMap<String, Vec<IpAddr>>,
}

impl StaticResolver {
    /// An empty table.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or replaces) the addresses of `host`.
    pub fn with(mut self, host: &str, ips: &[IpAddr]) -> Self {
        self.map.insert(host.to_ascii_lowercase(), ips.to_vec());
        self
    }
}

impl HostResolver for StaticResolver {
    fn lookup(&self, host: &str) -> BoxFuture<'static, io::Result<Vec<IpAddr>>> {
        let found = self.map.get(&host.to_ascii_lowercase()).cloned();
        let host = host.to_owned();
        Box::pin(async move {
            found.ok_or_else(|| {
                io::Error::new(io::ErrorKind::NotFound, format!("no such host: {host}"))
            })
        })
    }
}

/// A `reqwest` resolver that resolves with an inner [`HostResolver`] and drops every address the
/// [`AddressPolicy`] forbids. If nothing is left the connection fails with [`GuardError`].
/// reqwest calls it for the first URL and for every redirect hop that names a host.
#[derive(Clone)]
pub struct GuardedResolver {
    inner: Arc<dyn HostResolver>,
    policy: Arc<AddressPolicy>,
}

impl GuardedResolver {
    /// Wraps `inner` with `policy`.
    pub fn new(inner: Arc<dyn HostResolver>, policy: Arc<AddressPolicy>) -> Self {
        Self { inner, policy }
    }

    /// Resolves `host` and keeps the allowed addresses (exposed for tests and diagnostics).
    pub async fn resolve_allowed(&self, host: &str) -> Result<Vec<IpAddr>, ResolveError> {
        let ips = self
            .inner
            .lookup(host)
            .await
            .map_err(ResolveError::Lookup)?;
        let mut first_refusal = None;
        let allowed: Vec<IpAddr> = ips
            .iter()
            .copied()
            .filter(|ip| match self.policy.check_ip(*ip) {
                Ok(()) => true,
                Err(range) => {
                    first_refusal.get_or_insert(GuardError::Forbidden {
                        host: host.to_owned(),
                        ip: *ip,
                        range,
                    });
                    false
                }
            })
            .collect();
        if allowed.is_empty() {
            return Err(ResolveError::Guard(first_refusal.unwrap_or(
                GuardError::NoAddress {
                    host: host.to_owned(),
                },
            )));
        }
        if first_refusal.is_some() {
            tracing::warn!(
                host,
                "ssrf guard: dropped forbidden addresses from DNS answer"
            );
        }
        Ok(allowed)
    }
}

/// Failure of [`GuardedResolver`].
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    /// The inner resolver failed.
    #[error("dns: {0}")]
    Lookup(#[source] io::Error),
    /// Every address was refused.
    #[error(transparent)]
    Guard(#[from] GuardError),
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let this = self.clone();
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let ips = this.resolve_allowed(&host).await?;
            // The port is overwritten by the connector.
            let addrs: reqwest::dns::Addrs =
                Box::new(ips.into_iter().map(|ip| SocketAddr::new(ip, 0)));
            Ok(addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forbidden_ranges() {
        for s in [
            "127.0.0.1",
            "127.255.0.9",
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "169.254.0.1",
            "100.64.0.1",
            "100.127.255.254",
            "0.0.0.0",
            "0.1.2.3",
            "224.0.0.1",
            "239.255.255.250",
            "255.255.255.255",
            "240.0.0.1",
            "::",
            "::1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::ffff:10.0.0.1",
            "::ffff:192.168.0.1",
            "::127.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2002:7f00:1::1",
            "2001:db8::1",
        ] {
            assert!(forbidden_range(ip(s)).is_some(), "{s} should be forbidden");
        }
        for s in [
            "8.8.8.8",
            "1.1.1.1",
            "172.32.0.1",
            "100.128.0.1",
            "2a00:1450:4001::1",
            "::ffff:8.8.8.8",
            "2606:4700::1111",
        ] {
            assert!(forbidden_range(ip(s)).is_none(), "{s} should be allowed");
        }
    }

    #[test]
    fn allow_list_parsing() {
        let nets = parse_allow_list(" 127.0.0.1/32, 10.0.0.0/8,,::1 , 192.168.1.7").unwrap();
        assert_eq!(nets.len(), 4);
        assert_eq!(nets[2].to_string(), "::1/128");
        assert_eq!(nets[3].to_string(), "192.168.1.7/32");
        assert_eq!(parse_allow_list("").unwrap(), vec![]);
        assert_eq!(
            parse_allow_list("10.0.0.0/8,nope").unwrap_err().entry,
            "nope"
        );
        // Host bits are truncated rather than refused.
        assert_eq!(
            parse_allow_list("10.1.2.3/8").unwrap()[0].to_string(),
            "10.0.0.0/8"
        );
    }

    #[test]
    fn allow_list_opens_ranges_including_mapped() {
        let p = AddressPolicy::new(parse_allow_list("10.0.0.0/8").unwrap());
        assert!(p.check_ip(ip("10.2.3.4")).is_ok());
        assert!(p.check_ip(ip("::ffff:10.2.3.4")).is_ok());
        assert!(p.check_ip(ip("11.0.0.1")).is_ok());
        assert!(p.check_ip(ip("192.168.0.1")).is_err());
        assert!(p.check_ip(ip("127.0.0.1")).is_err());
    }

    #[test]
    fn url_checks() {
        let p = AddressPolicy::default();
        let check = |u: &str| p.check_url(&Url::parse(u).unwrap());
        assert!(check("https://example.com/feed").is_ok());
        assert!(check("http://93.184.216.34/").is_ok());
        for bad in [
            "http://127.0.0.1/",
            "http://[::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://169.254.169.254/latest/meta-data/",
            "http://2130706433/",
            "http://0x7f.1/",
            "http://0/",
            "http://10.0.0.1:8080/",
            "http://[fd00::1]/",
            "http://[fe80::1]/",
        ] {
            assert!(
                matches!(check(bad), Err(GuardError::Forbidden { .. })),
                "{bad}"
            );
        }
        for bad in [
            "file:///etc/passwd",
            "ftp://example.com/",
            "gopher://example.com/",
            "data:text/plain,hi",
        ] {
            assert!(matches!(check(bad), Err(GuardError::Scheme(_))), "{bad}");
        }
    }

    #[tokio::test]
    async fn resolver_filters_after_dns() {
        let stub = StaticResolver::new()
            .with("metadata.internal", &[ip("169.254.169.254")])
            .with("intranet.test", &[ip("10.1.2.3")])
            .with("cgnat.test", &[ip("100.64.1.1")])
            .with("mapped.test", &[ip("::ffff:192.168.0.10")])
            .with("ula.test", &[ip("fd00::5")])
            .with("mixed.test", &[ip("10.0.0.1"), ip("93.184.216.34")])
            .with("public.test", &[ip("93.184.216.34")]);
        let r = GuardedResolver::new(Arc::new(stub), Arc::new(AddressPolicy::default()));
        for host in [
            "metadata.internal",
            "intranet.test",
            "cgnat.test",
            "mapped.test",
            "ula.test",
        ] {
            assert!(
                matches!(
                    r.resolve_allowed(host).await,
                    Err(ResolveError::Guard(GuardError::Forbidden { .. }))
                ),
                "{host}"
            );
        }
        assert_eq!(
            r.resolve_allowed("mixed.test").await.unwrap(),
            vec![ip("93.184.216.34")]
        );
        assert!(r.resolve_allowed("public.test").await.is_ok());
        assert!(matches!(
            r.resolve_allowed("unknown.test").await,
            Err(ResolveError::Lookup(_))
        ));

        let open = GuardedResolver::new(
            Arc::new(StaticResolver::new().with("intranet.test", &[ip("10.1.2.3")])),
            Arc::new(AddressPolicy::new(parse_allow_list("10.1.0.0/16").unwrap())),
        );
        assert_eq!(
            open.resolve_allowed("intranet.test").await.unwrap(),
            vec![ip("10.1.2.3")]
        );
    }
}
