//! The command line. Every option has an environment fallback (`POLLWATCH_*`) and a `--help` line.

use std::{net::SocketAddr, path::PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

/// pollwatch: finds opinion-poll claims in the news and flags the ones no real pollster ran.
#[derive(Debug, Parser)]
#[command(name = "pollwatch", version, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,
    /// Options of `serve`, accepted without the subcommand too (serve is the default).
    #[command(flatten)]
    pub serve: ServeOpts,
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// Parses the command line (exiting with clap's message and code 2 on bad input). Global
    /// options go before or after any subcommand (`pollwatch --database-url … feeds list`);
    /// an option of `serve` written before another subcommand is refused, not ignored.
    pub fn parse_checked() -> Self {
        use clap::{parser::ValueSource, CommandFactory, FromArgMatches};
        let mut cmd = Self::command();
        let matches = cmd.clone().get_matches();
        if let Some(sub) = matches.subcommand_name().filter(|s| *s != "serve") {
            let serve = ServeOpts::augment_args(clap::Command::new("serve"));
            for arg in serve.get_arguments() {
                let id = arg.get_id().as_str();
                if matches.value_source(id) == Some(ValueSource::CommandLine) {
                    let flag = arg.get_long().unwrap_or(id);
                    cmd.error(
                        clap::error::ErrorKind::ArgumentConflict,
                        format!("--{flag} is an option of `serve`, not of `{sub}`"),
                    )
                    .exit();
                }
            }
        }
        Self::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }
}

#[derive(Debug, Clone, Args)]
pub struct GlobalOpts {
    /// Database URL: `sqlite:PATH` (created on first run) or `postgres://USER@HOST/DB`.
    #[arg(
        long,
        env = "POLLWATCH_DATABASE_URL",
        default_value = "sqlite:data/pollwatch.db",
        global = true,
        hide_env_values = true
    )]
    pub database_url: String,

    /// Log filter, e.g. `info` or `pollwatch=debug,tower_http=info` (RUST_LOG syntax).
    #[arg(
        long,
        env = "POLLWATCH_LOG",
        default_value = "info,sqlx=warn",
        global = true
    )]
    pub log_level: String,

    /// Log format.
    #[arg(long, env = "POLLWATCH_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,

    /// Largest number of pooled database connections.
    #[arg(
        long,
        env = "POLLWATCH_DB_MAX_CONNECTIONS",
        default_value_t = 10,
        global = true
    )]
    pub db_max_connections: u32,

    /// Most malloc arenas the process uses (glibc; 0 = the C library's default of eight per
    /// core). Fewer arenas keep a crawling process's memory lower for a little speed.
    #[arg(
        long,
        env = "POLLWATCH_MALLOC_ARENAS",
        default_value_t = crate::allocator::DEFAULT_ARENAS,
        global = true
    )]
    pub malloc_arenas: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server (the default when no subcommand is given).
    Serve(ServeOpts),
    /// Apply pending database migrations and exit.
    Migrate,
    /// The pollster registry: list, add, import or export (CSV).
    Pollsters {
        #[command(subcommand)]
        command: crate::commands::pollsters::PollstersCommand,
    },
    /// Find poll claims in JSON Lines documents (stdin) and write one JSON result per line
    /// (stdout). Exit code 2 when any line was rejected.
    Extract(crate::commands::extract::ExtractOpts),
    /// Outlets and feeds: add, list, disable, enable, remove, import or export (OPML).
    Feeds {
        #[command(subcommand)]
        command: crate::commands::feeds::FeedsCommand,
    },
    /// Run one crawl pass over the due feeds (or `--all`) and print a summary.
    Crawl(crate::commands::crawl::CrawlArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ServeOpts {
    /// Address to listen on.
    #[arg(long, env = "POLLWATCH_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// Folder with the built site (`/pkg` bundle and static assets), as written by cargo-leptos.
    #[arg(long, env = "POLLWATCH_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,

    /// Seconds to wait for requests in flight on shutdown.
    #[arg(long, env = "POLLWATCH_SHUTDOWN_GRACE", default_value_t = 10)]
    pub shutdown_grace_secs: u64,

    /// Do not run the feed scheduler in this process (same as POLLWATCH_SCHEDULER=false).
    #[arg(long)]
    pub no_scheduler: bool,

    /// Run the feed scheduler in this process.
    #[arg(long, env = "POLLWATCH_SCHEDULER", default_value_t = true, action = clap::ArgAction::Set, hide = true)]
    pub scheduler: bool,

    /// Longest sleep of the feed scheduler between two looks at the due feeds, in seconds.
    #[arg(long, env = "POLLWATCH_SCHEDULER_TICK", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..))]
    pub scheduler_tick_secs: u64,

    /// How often, at most, a running server checks the database for pollster registry and
    /// election calendar changes made elsewhere (`pollwatch pollsters add|import`, another
    /// instance), in seconds.
    #[arg(long, env = "POLLWATCH_REGISTRY_RECHECK", default_value_t = 10)]
    pub registry_recheck_secs: u64,

    #[command(flatten)]
    pub crawl: crate::commands::crawl::CrawlOpts,
}

impl ServeOpts {
    /// Whether `serve` runs the feed scheduler.
    pub fn scheduler_enabled(&self) -> bool {
        self.scheduler && !self.no_scheduler
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn serve_is_the_default_and_options_parse() {
        let cli = Cli::try_parse_from(["pollwatch", "--database-url", "sqlite::memory:"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.global.database_url, "sqlite::memory:");
        let cli = Cli::try_parse_from([
            "pollwatch",
            "serve",
            "--addr",
            "0.0.0.0:8080",
            "--log-format",
            "json",
        ])
        .unwrap();
        match cli.command {
            Some(Command::Serve(s)) => assert_eq!(s.addr.port(), 8080),
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(cli.global.log_format, LogFormat::Json);
        assert!(Cli::try_parse_from(["pollwatch", "serve", "--addr", "nonsense"]).is_err());
    }
}
