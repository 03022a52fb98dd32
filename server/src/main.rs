//! `pollwatch`: parse the command line, set up logging, run the subcommand. Any failure ends
//! the process with one line on stderr naming the problem and a non-zero exit code.

use std::process::ExitCode;

use server::{
    cli::{Cli, Command},
    startup::{self, Application},
    telemetry,
};

fn main() -> ExitCode {
    // A `.env` file is a development convenience; a missing one is fine.
    let _ = dotenvy::dotenv();
    let cli = Cli::parse_checked();
    // Before the runtime starts its threads.
    server::allocator::cap_arenas(cli.global.malloc_arenas);
    if let Err(e) = telemetry::init(&cli.global.log_level, cli.global.log_format) {
        eprintln!("pollwatch: {e:#}");
        return ExitCode::from(2);
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("pollwatch: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            // The whole cause chain on one line; no backtrace.
            eprintln!("pollwatch: {}", one_line(&e));
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command.unwrap_or(Command::Serve(cli.serve)) {
        Command::Serve(opts) => {
            // Before start-up: a SIGTERM during migrations must still stop us gracefully.
            let shutdown = startup::shutdown_signal();
            let app = Application::build(&cli.global, &opts).await?;
            app.run_until_stopped(shutdown).await?;
        }
        Command::Pollsters { command } => {
            return server::commands::pollsters::run(&cli.global, command).await
        }
        Command::Extract(opts) => return server::commands::extract::run(&cli.global, opts).await,
        Command::Feeds { command } => {
            return server::commands::feeds::run(&cli.global, command).await
        }
        Command::Crawl(args) => return server::commands::crawl::run(&cli.global, args).await,
        Command::Migrate => {
            let db = startup::connect_and_migrate(&cli.global).await?;
            let applied = db.applied_migrations().await?;
            println!(
                "database is up to date ({} migrations applied)",
                applied.len()
            );
            db.close().await;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The cause chain of `e` on one line. Causes whose text an outer error already quotes are
/// left out, so a message never repeats itself.
fn one_line(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if out.contains(text.as_str()) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out.replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn causes_already_quoted_are_not_repeated() {
        let inner = std::io::Error::other("connection refused");
        let e = anyhow::Error::new(inner)
            .context("fetch: connection refused")
            .context("cannot fetch http://example.org/feed");
        assert_eq!(
            one_line(&e),
            "cannot fetch http://example.org/feed: fetch: connection refused"
        );
    }
}
