//! `pollwatch extract`: JSON Lines in, one result per line out (the contract in the README).
//! Streams line by line, so any input size runs in constant memory.

use std::{
    fs::File,
    io::{BufRead, BufReader, BufWriter, Write},
    path::PathBuf,
    process::ExitCode,
};

use anyhow::Context as _;
use app::server::{db, service::claims::ClaimsEngine};
use clap::Args;

use crate::{cli::GlobalOpts, startup};

#[derive(Debug, Clone, Args)]
pub struct ExtractOpts {
    /// Read documents from this file instead of stdin.
    #[arg(long, short)]
    pub input: Option<PathBuf>,
    /// Treat every document as published by a state-affiliated outlet (otherwise looked up by
    /// its `outlet` name among the outlets in the database).
    #[arg(long)]
    pub state_media: bool,
    /// Country (ISO 3166-1 alpha-2) of the outlets, for blackout rules, when not known from the
    /// `outlet` name or the URL.
    #[arg(long)]
    pub country: Option<String>,
}

pub async fn run(global: &GlobalOpts, opts: ExtractOpts) -> anyhow::Result<ExitCode> {
    let db = startup::connect_and_migrate(global).await?;
    // One loaded state of the registry and calendar for the whole run.
    let loaded = ClaimsEngine::load(&db).await?.snapshot();
    let outlets = db::claims::outlet_profiles(&db).await?;
    db.close().await;

    let input: Box<dyn BufRead + Send> = match &opts.input {
        Some(path) => Box::new(BufReader::with_capacity(
            1 << 16,
            File::open(path).with_context(|| format!("cannot read {}", path.display()))?,
        )),
        None => Box::new(BufReader::with_capacity(1 << 16, std::io::stdin())),
    };
    let summary = tokio::task::spawn_blocking(move || {
        let stdout = std::io::stdout();
        let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
        let summary = pollwatch_claims::run_jsonl(
            input,
            &mut out,
            |doc| {
                let profile = doc
                    .outlet
                    .as_deref()
                    .and_then(|name| outlets.get(&name.trim().to_lowercase()));
                let state = opts.state_media || profile.is_some_and(|p| p.state_affiliated);
                let country = opts
                    .country
                    .clone()
                    .or_else(|| profile.and_then(|p| p.country.clone()));
                loaded.context(state, country)
            },
            loaded.registry(),
        );
        out.flush().map(|_| summary)
    })
    .await
    .context("extraction task failed")?
    .and_then(|s| s)
    .context("writing results")?;

    tracing::info!(
        lines = summary.lines,
        claims = summary.claims,
        errors = summary.errors,
        "extract done"
    );
    Ok(if summary.errors > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
