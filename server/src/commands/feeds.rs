//! `pollwatch feeds add|list|disable|enable|remove|import|export`: the outlets and feeds the
//! crawler reads. Every command writes all or nothing; bad input ends with one line on stderr
//! and a non-zero exit code.

use std::{io::Read, path::PathBuf, process::ExitCode};

use anyhow::Context as _;
use app::{
    model::FeedStatus,
    server::service::feeds::{self, AddFeed},
};
use clap::{Args, Subcommand};
use pollwatch_crawl::Fetcher;

use crate::{cli::GlobalOpts, commands::crawl::FetchOpts, startup};

#[derive(Debug, Subcommand)]
pub enum FeedsCommand {
    /// Add a feed of an outlet (created if new). Given an HTML page, finds the feeds it links
    /// to (`<link rel="alternate">`) and adds the first that works.
    Add(AddArgs),
    /// List every feed: outlet, status, last fetch, next check, articles, last error.
    List,
    /// Stop crawling a feed.
    Disable {
        /// Feed id (see `feeds list`).
        id: i64,
    },
    /// Crawl a disabled feed again (its error count is reset and it is due at once).
    Enable {
        /// Feed id (see `feeds list`).
        id: i64,
    },
    /// Remove a feed: no longer listed, exported or fetched. Its articles and claims are kept,
    /// and adding or importing the same URL later restores the feed with them.
    Remove {
        /// Feed id (see `feeds list`).
        id: i64,
    },
    /// Import an OPML file (or `-` for stdin), e.g. `data/outlets.opml`: all feeds or none;
    /// feeds already present are skipped.
    Import {
        /// The OPML file.
        file: PathBuf,
    },
    /// Write every feed as OPML 2.0 to stdout.
    Export,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The feed's URL, or a web page that links to its feeds.
    pub url: String,
    /// The outlet's name (created if new).
    #[arg(long)]
    pub outlet: String,
    /// The outlet's country (ISO 3166-1 alpha-2, e.g. FR).
    #[arg(long)]
    pub country: Option<String>,
    /// The outlet's language (e.g. fr, pt-BR).
    #[arg(long = "lang")]
    pub language: Option<String>,
    /// The outlet is state-controlled or state-affiliated media.
    #[arg(long)]
    pub state_media: bool,
    // The fetcher settings of `serve` and `crawl`: `feeds add` fetches the URL once.
    #[command(flatten)]
    pub fetch: FetchOpts,
}

pub async fn run(global: &GlobalOpts, command: FeedsCommand) -> anyhow::Result<ExitCode> {
    let db = startup::connect_and_migrate(global).await?;
    let result = run_on(&db, command).await;
    db.close().await;
    result?;
    Ok(ExitCode::SUCCESS)
}

async fn run_on(db: &app::server::db::Db, command: FeedsCommand) -> anyhow::Result<()> {
    match command {
        FeedsCommand::Add(args) => {
            let fetcher =
                Fetcher::new(args.fetch.fetcher_config()).context("building the HTTP client")?;
            let req = AddFeed {
                url: args.url,
                outlet: args.outlet,
                country: args.country,
                language: args.language,
                state_affiliated: args.state_media.then_some(true),
            };
            let added = feeds::add_feed(db, &fetcher, &req).await?;
            if let Some(page) = &added.discovered_from {
                println!("found a feed on {page}");
            }
            println!(
                "{} feed #{} {} ({}, {} items now)",
                if added.restored { "restored" } else { "added" },
                added.id,
                pollwatch_crawl::redact_url(&added.url),
                added.title.as_deref().unwrap_or("untitled"),
                added.items
            );
            if added.restored {
                println!("  it had been removed; the articles already stored from it are kept");
            }
            for other in &added.also_found {
                println!("  the page also links to {other} (add it with `pollwatch feeds add`)");
            }
        }
        FeedsCommand::List => print!("{}", list_table(db).await?),
        FeedsCommand::Disable { id } => {
            feeds::set_enabled(db, id, false).await?;
            println!("feed #{id} disabled");
        }
        FeedsCommand::Enable { id } => {
            feeds::set_enabled(db, id, true).await?;
            println!("feed #{id} enabled");
        }
        FeedsCommand::Remove { id } => {
            feeds::remove(db, id).await?;
            println!("feed #{id} removed");
        }
        FeedsCommand::Import { file } => {
            let bytes = read_input(&file)?;
            let s = feeds::import_opml(db, &bytes)
                .await
                .with_context(|| format!("importing {}", file.display()))?;
            println!(
                "imported {} feeds of {} outlets ({} already present{})",
                s.feeds_added,
                s.outlets,
                s.feeds_skipped,
                match s.feeds_restored {
                    0 => String::new(),
                    n => format!(", {n} removed earlier and restored"),
                }
            );
        }
        FeedsCommand::Export => print!("{}", feeds::export_opml(db).await?),
    }
    Ok(())
}

fn read_input(file: &PathBuf) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if file.as_os_str() == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("cannot read stdin")?;
    } else {
        bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    }
    Ok(bytes)
}

async fn list_table(db: &app::server::db::Db) -> anyhow::Result<String> {
    let rows = feeds::list(db).await?;
    if rows.is_empty() {
        return Ok(
            "no feeds yet: add one with `pollwatch feeds add URL --outlet NAME` or \
                   `pollwatch feeds import data/outlets.opml`\n"
                .into(),
        );
    }
    let when = |t: Option<chrono::DateTime<chrono::Utc>>| {
        t.map_or_else(
            || "-".to_owned(),
            |t| t.format("%Y-%m-%d %H:%M").to_string(),
        )
    };
    let mut out = format!(
        "{:>5}  {:<9} {:<28} {:>8}  {:<16}  {:<16}  URL\n",
        "ID", "STATUS", "OUTLET", "ARTICLES", "LAST FETCH", "NEXT CHECK"
    );
    for r in rows {
        let info = feeds::to_info(&r);
        let status = match info.status {
            FeedStatus::Failing => format!("failing:{}", r.error_count),
            s => s.label().to_owned(),
        };
        let outlet: String = r.outlet_name.chars().take(28).collect();
        let next = if r.disabled {
            "-".to_owned()
        } else {
            when(Some(r.next_check_at))
        };
        out.push_str(&format!(
            "{:>5}  {:<9} {:<28} {:>8}  {:<16}  {:<16}  {}\n",
            r.id,
            status,
            outlet,
            r.article_count,
            when(r.last_fetched_at),
            next,
            info.url
        ));
        if let Some(reason) = r.disabled_reason.as_deref().filter(|_| r.disabled) {
            out.push_str(&format!("{:>7}disabled: {reason}\n", ""));
        }
        if let Some(err) = &r.last_error {
            out.push_str(&format!("{:>7}last error: {err}\n", ""));
        }
    }
    Ok(out)
}
