//! Building and running the server: pool, migrations, router, graceful shutdown.
//!
//! [`Application::build`] does everything that can fail on bad configuration (binding the
//! address, connecting, migrating) before any request is served, so `pollwatch serve` fails fast
//! with one clear message.

use std::{future::Future, net::SocketAddr, sync::Arc, time::Duration};

use anyhow::Context;
use app::{
    server::{
        crawler::{Crawler, CrawlerConfig},
        db::{Db, DbOptions},
        metrics::Metrics,
        service::claims::ClaimsEngine,
        state::AppState,
    },
    shell, App,
};
use axum::{
    body::Body,
    extract::{MatchedPath, State},
    http::{header, HeaderValue, Request},
    middleware::{self, Next},
    response::Response,
    Router,
};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tokio::net::TcpListener;
use tower_http::{
    compression::CompressionLayer, set_header::SetResponseHeaderLayer, timeout::TimeoutLayer,
    trace::TraceLayer,
};

use crate::{
    cli::{GlobalOpts, ServeOpts},
    routes,
};

/// A server that is bound, connected and migrated, ready to run.
pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
    grace: Duration,
    /// The feed scheduler to run beside the server (`None` with `--no-scheduler`).
    crawler: Option<(CrawlerConfig, Duration)>,
}

/// Connects to the database named by the global options and applies pending migrations.
pub async fn connect_and_migrate(global: &GlobalOpts) -> anyhow::Result<Db> {
    let opts = DbOptions {
        max_connections: global.db_max_connections,
        ..DbOptions::default()
    };
    let db = Db::connect(&global.database_url, &opts).await?;
    db.migrate().await?;
    app::server::service::claims::seed_defaults(&db)
        .await
        .context("seeding the pollster registry and election calendar")?;
    Ok(db)
}

impl Application {
    pub async fn build(global: &GlobalOpts, serve: &ServeOpts) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(serve.addr)
            .await
            .with_context(|| format!("cannot listen on {}", serve.addr))?;
        let db = connect_and_migrate(global).await?;
        let local = listener
            .local_addr()
            .context("listener has no local address")?;
        let leptos_options = leptos_options(serve, local);
        let claims =
            ClaimsEngine::load_with(&db, Duration::from_secs(serve.registry_recheck_secs)).await?;
        let state = AppState {
            db,
            leptos_options,
            metrics: Arc::new(Metrics::new()),
            claims,
        };
        let router = router(state.clone());
        let crawler = serve.scheduler_enabled().then(|| {
            (
                serve.crawl.crawler_config(),
                Duration::from_secs(serve.scheduler_tick_secs),
            )
        });
        Ok(Application {
            listener,
            router,
            state,
            grace: Duration::from_secs(serve.shutdown_grace_secs),
            crawler,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("bound listener has an address")
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` completes, then lets requests in flight finish (up to the grace
    /// period) and closes the pool.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let Application {
            listener,
            router,
            state,
            grace,
            crawler,
        } = self;
        let scheduler = crawler.map(|(cfg, tick)| {
            Crawler::spawn_scheduler_on(state.db.clone(), cfg, state.claims.clone(), tick)
        });
        tracing::info!(addr = %listener.local_addr()?, engine = ?state.db.engine(), "pollwatch listening");
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let serve = axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            shutdown.await;
            tracing::info!("shutting down: finishing requests in flight");
            let _ = stop_tx.send(true);
        });
        let mut stop_rx2 = stop_rx.clone();
        let drain_deadline = async move {
            let _ = stop_rx2.wait_for(|s| *s).await;
            tokio::time::sleep(grace).await;
        };
        tokio::select! {
            res = serve => res.context("server error")?,
            _ = drain_deadline => tracing::warn!("grace period over; dropping open connections"),
        }
        // The scheduler stops before the pool closes: refreshes in flight are dropped and
        // their leases given back.
        if let Some(scheduler) = scheduler {
            scheduler.shutdown(grace).await;
        }
        state.db.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

fn leptos_options(serve: &ServeOpts, local: SocketAddr) -> LeptosOptions {
    // Read whatever cargo-leptos put in the environment (watch mode, reload port), then make
    // our own configuration win: the binary also runs without cargo-leptos.
    let from_cargo_leptos = std::env::var_os("LEPTOS_OUTPUT_NAME").is_some();
    let mut opts = from_cargo_leptos
        .then(|| get_configuration(None).ok())
        .flatten()
        .map(|c| c.leptos_options)
        .unwrap_or_else(|| LeptosOptions::builder().output_name("pollwatch").build());
    opts.output_name = "pollwatch".into();
    opts.site_root = serve.site_root.to_string_lossy().as_ref().into();
    opts.site_pkg_dir = "pkg".into();
    opts.site_addr = local;
    opts
}

/// The whole HTTP surface, in one readable function.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let leptos_options = state.leptos_options.clone();
    Router::new()
        // Operations.
        .route("/healthz", axum::routing::get(routes::health::healthz))
        .route("/metrics", axum::routing::get(routes::metrics::metrics))
        // JSON API.
        .route("/v1/extract", axum::routing::post(routes::api::extract))
        // Pages and server functions.
        .leptos_routes_with_context(
            &state,
            routes,
            {
                let state = state.clone();
                move || provide_context(state.clone())
            },
            move || shell(leptos_options.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(
            {
                let state = state.clone();
                move || provide_context(state.clone())
            },
            shell,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            record_metrics,
        ))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &Request<Body>| {
                let path = req
                    .extensions()
                    .get::<MatchedPath>()
                    .map(|p| p.as_str().to_owned())
                    .unwrap_or_else(|| req.uri().path().to_owned());
                tracing::info_span!("request", method = %req.method(), path)
            }),
        )
        .with_state(state)
}

async fn record_metrics(State(state): State<AppState>, req: Request<Body>, next: Next) -> Response {
    let method = req.method().as_str().to_owned();
    let started = std::time::Instant::now();
    let res = next.run(req).await;
    let m = &state.metrics;
    m.http_requests
        .with_label_values(&[method.as_str(), res.status().as_str()])
        .inc();
    m.http_duration
        .with_label_values(&[method.as_str()])
        .observe(started.elapsed().as_secs_f64());
    res
}

/// Completes on Ctrl-C or SIGTERM. The handlers are installed when this is called, not when
/// the future is first polled: call it before the (slow) start-up so a signal that arrives
/// during migrations still stops the server gracefully instead of killing it.
pub fn shutdown_signal() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    let (term, int) = {
        use tokio::signal::unix::{signal, SignalKind};
        (
            signal(SignalKind::terminate()).ok(),
            signal(SignalKind::interrupt()).ok(),
        )
    };
    async move {
        #[cfg(unix)]
        {
            let wait = |s: Option<tokio::signal::unix::Signal>| async move {
                match s {
                    Some(mut s) => {
                        s.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                _ = wait(term) => {},
                _ = wait(int) => {},
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
