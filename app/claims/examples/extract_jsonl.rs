//! `extract` over JSON Lines on stdin, without the server: for profiling and quick checks.
//! `cargo run -p pollwatch-claims --example extract_jsonl < docs.jsonl`

use pollwatch_claims::{run_jsonl, Context, Registry};

fn main() -> std::io::Result<()> {
    let stdin = std::io::stdin().lock();
    let stdout = std::io::stdout().lock();
    let summary = run_jsonl(stdin, stdout, |_| Context::default(), Registry::builtin())?;
    eprintln!("{summary:?}");
    Ok(())
}
