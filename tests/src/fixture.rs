//! A programmable HTTP server on 127.0.0.1:0 standing in for newsrooms: feeds, article pages
//! and robots.txt, each path answering what the test set, with a hit counter per path. Never
//! the internet.

use std::{
    collections::HashMap,
    net::SocketAddr,
    sync::{Arc, Mutex},
};

use axum::{
    body::Body,
    extract::State,
    http::{header, HeaderMap, Request, StatusCode},
    response::Response,
    Router,
};

/// What one path answers.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub body: String,
    /// Sent as `ETag`; a request with a matching `If-None-Match` gets a 304.
    pub etag: Option<String>,
    pub headers: Vec<(String, String)>,
    /// Waits this long before answering (a slow server).
    pub delay: Option<std::time::Duration>,
}

impl Reply {
    pub fn rss(body: impl Into<String>) -> Self {
        Self::ok("application/rss+xml; charset=utf-8", body)
    }

    pub fn html(body: impl Into<String>) -> Self {
        Self::ok("text/html; charset=utf-8", body)
    }

    pub fn ok(content_type: &str, body: impl Into<String>) -> Self {
        Reply {
            status: 200,
            content_type: content_type.into(),
            body: body.into(),
            etag: None,
            headers: Vec::new(),
            delay: None,
        }
    }

    pub fn status(status: u16) -> Self {
        Reply {
            status,
            ..Self::ok("text/plain", "")
        }
    }

    pub fn with_etag(mut self, etag: &str) -> Self {
        self.etag = Some(etag.into());
        self
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn with_delay(mut self, delay: std::time::Duration) -> Self {
        self.delay = Some(delay);
        self
    }
}

#[derive(Default)]
struct Inner {
    replies: HashMap<String, Reply>,
    hits: HashMap<String, usize>,
}

/// The running fixture server.
#[derive(Clone)]
pub struct FixtureServer {
    pub addr: SocketAddr,
    inner: Arc<Mutex<Inner>>,
}

impl FixtureServer {
    /// Starts on 127.0.0.1:0 (unknown paths answer 404, robots.txt included).
    pub async fn start() -> Self {
        let inner = Arc::new(Mutex::new(Inner::default()));
        let app = Router::new().fallback(answer).with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FixtureServer { addr, inner }
    }

    /// `http://127.0.0.1:PORT{path}`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Sets what `path` answers from now on.
    pub fn set(&self, path: &str, reply: Reply) {
        self.inner
            .lock()
            .unwrap()
            .replies
            .insert(path.into(), reply);
    }

    /// Requests received for `path` (query strings ignored).
    pub fn hits(&self, path: &str) -> usize {
        *self.inner.lock().unwrap().hits.get(path).unwrap_or(&0)
    }

    /// Every path with its request count.
    pub fn all_hits(&self) -> HashMap<String, usize> {
        self.inner.lock().unwrap().hits.clone()
    }
}

async fn answer(State(inner): State<Arc<Mutex<Inner>>>, req: Request<Body>) -> Response {
    let path = req.uri().path().to_owned();
    let reply = {
        let mut inner = inner.lock().unwrap();
        *inner.hits.entry(path.clone()).or_default() += 1;
        inner.replies.get(&path).cloned()
    };
    let Some(reply) = reply else {
        return status_response(StatusCode::NOT_FOUND);
    };
    if let Some(d) = reply.delay {
        tokio::time::sleep(d).await;
    }
    if let Some(etag) = &reply.etag {
        if header_is(req.headers(), header::IF_NONE_MATCH, etag) {
            let mut r = status_response(StatusCode::NOT_MODIFIED);
            r.headers_mut().insert(header::ETAG, etag.parse().unwrap());
            return r;
        }
    }
    let mut builder = Response::builder()
        .status(reply.status)
        .header(header::CONTENT_TYPE, reply.content_type);
    if let Some(etag) = &reply.etag {
        builder = builder.header(header::ETAG, etag.as_str());
    }
    for (k, v) in &reply.headers {
        builder = builder.header(k.as_str(), v.as_str());
    }
    builder.body(Body::from(reply.body)).unwrap()
}

fn header_is(h: &HeaderMap, name: header::HeaderName, value: &str) -> bool {
    h.get(name)
        .is_some_and(|v| v.as_bytes() == value.as_bytes())
}

fn status_response(status: StatusCode) -> Response {
    Response::builder()
        .status(status)
        .body(Body::empty())
        .unwrap()
}

/// One `<item>` of [`rss`].
#[derive(Debug, Clone)]
pub struct Item {
    pub guid: String,
    pub link: String,
    pub title: String,
    pub description: String,
}

impl Item {
    pub fn new(guid: &str, link: &str, title: &str, description: &str) -> Self {
        Item {
            guid: guid.into(),
            link: link.into(),
            title: title.into(),
            description: description.into(),
        }
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An RSS 2.0 document.
pub fn rss(title: &str, items: &[Item]) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>{}</title><link>http://example.org/</link><description>fixture</description>\n",
        esc(title)
    );
    for (i, it) in items.iter().enumerate() {
        out.push_str(&format!(
            "<item><title>{}</title><link>{}</link><guid isPermaLink=\"false\">{}</guid>\
             <description>{}</description><pubDate>Mon, 0{} Nov 2026 10:00:00 GMT</pubDate></item>\n",
            esc(&it.title),
            esc(&it.link),
            esc(&it.guid),
            esc(&it.description),
            (i % 9) + 1
        ));
    }
    out.push_str("</channel></rss>\n");
    out
}

/// A news article page whose body text is `paragraphs`, wrapped in navigation and boilerplate
/// the extractor must drop.
pub fn article_page(title: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>\n", esc(p)))
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t}</title>\
         <meta name=\"author\" content=\"Jane Reporter\"></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/politics\">Politics</a></nav>\
         <article><h1>{t}</h1>\n{body}</article>\
         <footer>Copyright fixture newsroom. Cookie settings.</footer></body></html>",
        t = esc(title)
    )
}
