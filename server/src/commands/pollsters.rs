//! `pollwatch pollsters list|add|import|export`: the pollster registry. CSV is the format of
//! `data/pollsters.csv` (`id,canonical,aliases,countries,memberships,status,verified,evidence,
//! source,notes`; lists `|`-separated).

use std::{io::Read, path::PathBuf, process::ExitCode};

use anyhow::Context as _;
use app::server::db;
use clap::{Args, Subcommand};
use pollwatch_claims::{PollsterRecord, PollsterStatus, Registry};

use crate::{cli::GlobalOpts, startup};

#[derive(Debug, Subcommand)]
pub enum PollstersCommand {
    /// List the registry as a table.
    List {
        /// Only this status (registered, established, state_controlled,
        /// foreign_agent_designated, not_a_pollster, defunct).
        #[arg(long)]
        status: Option<String>,
        /// Only pollsters publishing in this country (ISO 3166-1 alpha-2).
        #[arg(long)]
        country: Option<String>,
    },
    /// Add a pollster, or replace the one with the same id.
    Add(AddOpts),
    /// Import a registry CSV (a file, or `-` for stdin): all rows or none.
    Import {
        /// The CSV file.
        file: PathBuf,
    },
    /// Write the whole registry as CSV to stdout.
    Export,
}

#[derive(Debug, Args)]
pub struct AddOpts {
    /// Stable identifier (lower-case slug, e.g. `ifop`).
    #[arg(long)]
    pub id: String,
    /// Canonical name.
    #[arg(long)]
    pub name: String,
    /// Another spelling (repeatable), in any script.
    #[arg(long = "alias")]
    pub aliases: Vec<String>,
    /// Country where it publishes (repeatable, ISO 3166-1 alpha-2).
    #[arg(long = "country")]
    pub countries: Vec<String>,
    /// Registering body it is a member of (repeatable: BPC, AAPOR_TI, FR_COMMISSION_SONDAGES,
    /// BR_TSE, ESOMAR, CO_CNE…).
    #[arg(long = "membership")]
    pub memberships: Vec<String>,
    /// registered, established, state_controlled, foreign_agent_designated, not_a_pollster, defunct.
    #[arg(long)]
    pub status: String,
    /// The facts were checked against a page actually read.
    #[arg(long)]
    pub verified: bool,
    /// What the facts rest on, in words.
    #[arg(long)]
    pub evidence: String,
    /// Where the facts come from (URL or reference). Required: every fact keeps its source.
    #[arg(long)]
    pub source: String,
    /// Anything a fact-checker should know.
    #[arg(long, default_value = "")]
    pub notes: String,
}

pub async fn run(global: &GlobalOpts, cmd: PollstersCommand) -> anyhow::Result<ExitCode> {
    // Validate input before touching the database.
    let records = match &cmd {
        PollstersCommand::Add(a) => Some(vec![record_from(a)?]),
        PollstersCommand::Import { file } => Some(read_csv(file)?),
        _ => None,
    };
    let db = startup::connect_and_migrate(global).await?;
    let result = match (cmd, records) {
        (PollstersCommand::List { status, country }, _) => {
            let all = db::pollsters::all(&db).await?;
            print_table(&all, status.as_deref(), country.as_deref());
            Ok(ExitCode::SUCCESS)
        }
        (PollstersCommand::Export, _) => {
            let all = db::pollsters::all(&db).await?;
            let registry = Registry::from_records(all).context("building the registry")?;
            registry
                .to_csv_writer(std::io::stdout().lock())
                .context("writing CSV")?;
            Ok(ExitCode::SUCCESS)
        }
        (PollstersCommand::Add(a), Some(recs)) => {
            check_against_registry(&db, &recs).await?;
            let s = db::pollsters::import(&db, &recs).await?;
            println!(
                "{} pollster {} ({})",
                if s.inserted > 0 { "added" } else { "updated" },
                a.name,
                a.id
            );
            Ok(ExitCode::SUCCESS)
        }
        (PollstersCommand::Import { file }, Some(recs)) => {
            check_against_registry(&db, &recs).await?;
            let s = db::pollsters::import(&db, &recs).await?;
            println!(
                "imported {} from {}: {} added, {} updated",
                recs.len(),
                file.display(),
                s.inserted,
                s.updated
            );
            Ok(ExitCode::SUCCESS)
        }
        _ => unreachable!("records are read for add and import"),
    };
    db.close().await;
    result
}

fn record_from(a: &AddOpts) -> anyhow::Result<PollsterRecord> {
    let status: PollsterStatus = a.status.parse().map_err(|_| {
        anyhow::anyhow!(
            "unknown status {:?}: use registered, established, state_controlled, foreign_agent_designated, not_a_pollster or defunct",
            a.status
        )
    })?;
    let id = a.id.trim();
    anyhow::ensure!(
        !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'),
        "invalid id {:?}: use lower-case letters, digits, - and _",
        a.id
    );
    anyhow::ensure!(!a.name.trim().is_empty(), "the name must not be empty");
    anyhow::ensure!(
        !a.source.trim().is_empty(),
        "--source must say where the facts come from"
    );
    for c in &a.countries {
        anyhow::ensure!(
            c.len() == 2 && c.chars().all(|c| c.is_ascii_alphabetic()),
            "invalid country {c:?}: use a two-letter ISO 3166-1 code"
        );
    }
    Ok(PollsterRecord {
        id: id.to_string(),
        canonical: a.name.trim().to_string(),
        aliases: a
            .aliases
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
        countries: a.countries.iter().map(|c| c.to_ascii_uppercase()).collect(),
        memberships: a
            .memberships
            .iter()
            .map(|m| m.trim().to_ascii_uppercase())
            .collect(),
        status,
        verified: a.verified,
        evidence: a.evidence.trim().to_string(),
        source: a.source.trim().to_string(),
        notes: a.notes.trim().to_string(),
    })
}

fn read_csv(file: &PathBuf) -> anyhow::Result<Vec<PollsterRecord>> {
    let mut text = Vec::new();
    if file.as_os_str() == "-" {
        std::io::stdin()
            .read_to_end(&mut text)
            .context("cannot read stdin")?;
    } else {
        text = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    }
    let registry = Registry::from_csv_reader(text.as_slice())
        .with_context(|| format!("{} is not a valid pollster CSV", file.display()))?;
    let records = registry.records().to_vec();
    anyhow::ensure!(!records.is_empty(), "{} has no pollsters", file.display());
    Ok(records)
}

/// The registry must stay consistent after the change (unique canonical names, valid aliases).
async fn check_against_registry(
    db: &app::server::db::Db,
    new: &[PollsterRecord],
) -> anyhow::Result<()> {
    let mut all = db::pollsters::all(db).await?;
    all.retain(|r| !new.iter().any(|n| n.id == r.id));
    for n in new {
        if let Some(clash) = all
            .iter()
            .find(|r| r.canonical.eq_ignore_ascii_case(&n.canonical))
        {
            anyhow::bail!(
                "a pollster named {:?} already exists with id {:?}",
                clash.canonical,
                clash.id
            );
        }
    }
    all.extend(new.iter().cloned());
    Registry::from_records(all).context("the registry would be inconsistent")?;
    Ok(())
}

fn print_table(all: &[PollsterRecord], status: Option<&str>, country: Option<&str>) {
    let rows: Vec<&PollsterRecord> = all
        .iter()
        .filter(|r| status.is_none_or(|s| r.status.as_str() == s))
        .filter(|r| country.is_none_or(|c| r.countries.iter().any(|x| x.eq_ignore_ascii_case(c))))
        .collect();
    let w = rows
        .iter()
        .map(|r| r.canonical.chars().count())
        .max()
        .unwrap_or(4)
        .clamp(4, 48);
    let wid = rows
        .iter()
        .map(|r| r.id.len())
        .max()
        .unwrap_or(2)
        .clamp(2, 32);
    println!(
        "{:<wid$}  {:<w$}  {:<24}  {:<12}  {:<8}  MEMBERSHIPS",
        "ID", "NAME", "STATUS", "COUNTRIES", "VERIFIED"
    );
    for r in &rows {
        println!(
            "{:<wid$}  {:<w$}  {:<24}  {:<12}  {:<8}  {}",
            r.id,
            r.canonical,
            r.status.as_str(),
            r.countries.join(","),
            if r.verified { "yes" } else { "no" },
            r.memberships.join(",")
        );
    }
    println!("{} pollsters", rows.len());
}
