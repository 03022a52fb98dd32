//! Prometheus metrics of one pollwatch process. Each server owns its own registry (no global),
//! so several servers can run in one test process.

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry,
    TextEncoder,
};

use crate::model::Counts;

pub struct Metrics {
    registry: Registry,
    /// HTTP requests served, by method and status code.
    pub http_requests: IntCounterVec,
    /// HTTP request latency, by method.
    pub http_duration: HistogramVec,
    /// Totals read from the database at scrape time.
    pub db_rows: IntGaugeVec,
    /// 1 when the last database ping succeeded.
    pub db_up: IntGauge,
}

impl Metrics {
    pub fn new() -> Self {
        let registry = Registry::new_custom(Some("pollwatch".into()), None)
            .expect("static registry prefix is valid");
        let http_requests = IntCounterVec::new(
            Opts::new("http_requests_total", "HTTP requests served"),
            &["method", "status"],
        )
        .expect("valid metric");
        let http_duration = HistogramVec::new(
            HistogramOpts::new("http_request_duration_seconds", "HTTP request latency"),
            &["method"],
        )
        .expect("valid metric");
        let db_rows = IntGaugeVec::new(
            Opts::new("db_rows", "Rows in the main tables (read at scrape time)"),
            &["kind"],
        )
        .expect("valid metric");
        let db_up = IntGauge::new("db_up", "1 when the database answered the last ping")
            .expect("valid metric");
        let build = IntGaugeVec::new(Opts::new("build_info", "Build information"), &["version"])
            .expect("valid metric");
        build.with_label_values(&[env!("CARGO_PKG_VERSION")]).set(1);
        for c in [
            Box::new(http_requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(http_duration.clone()),
            Box::new(db_rows.clone()),
            Box::new(db_up.clone()),
            Box::new(build),
        ] {
            registry.register(c).expect("metric registered once");
        }
        Metrics {
            registry,
            http_requests,
            http_duration,
            db_rows,
            db_up,
        }
    }

    /// Registers a collector owned by another part of the server (e.g. the crawler).
    pub fn register(&self, c: Box<dyn prometheus::core::Collector>) -> prometheus::Result<()> {
        self.registry.register(c)
    }

    pub fn set_counts(&self, c: &Counts) {
        self.db_rows.with_label_values(&["feeds"]).set(c.feeds);
        self.db_rows
            .with_label_values(&["articles"])
            .set(c.articles);
        self.db_rows
            .with_label_values(&["flagged_claims"])
            .set(c.flagged_claims);
        self.db_rows
            .with_label_values(&["published_verdicts"])
            .set(c.published_verdicts);
    }

    /// The Prometheus text exposition format (version 0.0.4).
    pub fn render(&self) -> String {
        let mut buf = Vec::new();
        TextEncoder::new()
            .encode(&self.registry.gather(), &mut buf)
            .expect("text encoding into a Vec cannot fail");
        String::from_utf8(buf).expect("prometheus text is UTF-8")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
