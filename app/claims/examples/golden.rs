//! Output check and profiling driver for `extract` (speed work must not change a byte).
//!
//! - `golden` (default): every `ExtractResult` as one JSON line, for the corpus and the
//!   held-out set (with their context, as `tests/eval.rs` runs them, and in a few variants:
//!   language given, lower case, upper case, sentence by sentence), registry mentions and
//!   sentence spans of the same texts, then for every article of the two bench mixes. Save
//!   the output before a change and `cmp` it after.
//! - `run <news|poll_heavy> <passes>`: `extract` over a bench mix `passes` times, for
//!   `perf stat` / `perf record` / callgrind on one binary; prints the fastest and the median
//!   pass (the fastest is the steadier figure on a shared machine).
//! - `texts <news|poll_heavy>`: the texts of a bench mix, one JSON string a line.
//!
//! `cargo run --release -p pollwatch-claims --example golden > /tmp/golden.jsonl`

use std::io::Write;
use std::sync::Arc;

use pollwatch_claims::{extract, sentences, Context, Document, ElectionCalendar, Registry};
use serde::Deserialize;

#[path = "../benches/mix/mod.rs"]
mod mix;

#[derive(Deserialize)]
struct Case {
    id: String,
    lang: String,
    text: String,
    #[serde(default)]
    published_at: Option<String>,
    #[serde(default)]
    context: Option<CaseContext>,
}

#[derive(Deserialize, Default)]
struct CaseContext {
    #[serde(default)]
    state_affiliated: bool,
    #[serde(default)]
    country: Option<String>,
}

fn cases() -> Vec<Case> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut out = Vec::new();
    for dir in [root.to_owned(), format!("{root}/holdout")] {
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("corpus dir")
            .map(|f| f.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
            .collect();
        paths.sort();
        for p in paths {
            for line in std::fs::read_to_string(&p).expect("read").lines() {
                if !line.trim().is_empty() {
                    out.push(serde_json::from_str(line).expect("case"));
                }
            }
        }
    }
    out
}

fn golden() -> std::io::Result<()> {
    let registry = Registry::builtin();
    let calendar = Arc::new(ElectionCalendar::builtin().clone());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut line = |label: &str, v: serde_json::Value| -> std::io::Result<()> {
        writeln!(out, "{label}\t{v}")
    };
    for c in cases() {
        let cc = c.context.as_ref();
        let ctx = Context {
            state_affiliated: cc.is_some_and(|x| x.state_affiliated),
            country: cc.and_then(|x| x.country.clone()),
            calendar: calendar.clone(),
        };
        let mut doc = Document::new(c.text.clone());
        doc.id = Some(c.id.clone());
        doc.published_at = c.published_at.as_deref().map(|s| s.parse().expect("date"));
        let r = extract(&doc, &ctx, registry);
        line(&c.id, serde_json::to_value(&r)?)?;
        doc.lang = Some(c.lang.clone());
        line(
            &format!("{}+lang", c.id),
            serde_json::to_value(extract(&doc, &ctx, registry))?,
        )?;
        doc.lang = None;
        for (tag, text) in [
            ("lower", c.text.to_lowercase()),
            ("upper", c.text.to_uppercase()),
        ] {
            let d = Document::new(text);
            line(
                &format!("{}+{tag}", c.id),
                serde_json::to_value(extract(&d, &ctx, registry))?,
            )?;
        }
        for (k, (s, e)) in sentences(&c.text).into_iter().enumerate() {
            let d = Document::new(&c.text[s..e]);
            let r = extract(&d, &Context::default(), registry);
            line(&format!("{}#{k}", c.id), serde_json::to_value(r)?)?;
        }
        let mentions: Vec<(usize, usize)> = registry
            .mentions(&c.text)
            .iter()
            .map(|m| (m.start, m.end))
            .collect();
        line(
            &format!("{}:mentions", c.id),
            serde_json::to_value(mentions)?,
        )?;
        line(
            &format!("{}:sentences", c.id),
            serde_json::to_value(sentences(&c.text))?,
        )?;
    }
    let ctx = Context::default();
    for (name, every) in [("news", 10), ("poll_heavy", 1)] {
        for (k, d) in mix::articles(every).iter().enumerate() {
            let r = extract(d, &ctx, registry);
            line(&format!("{name}:{k}"), serde_json::to_value(r)?)?;
        }
    }
    Ok(())
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("golden") => golden(),
        Some("run") => {
            let every = match args.get(1).map(String::as_str) {
                Some("poll_heavy") => 1,
                _ => 10,
            };
            let passes: usize = args.get(2).and_then(|p| p.parse().ok()).unwrap_or(1);
            let docs = mix::articles(every);
            let (registry, ctx) = (Registry::builtin(), Context::default());
            let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
            let mut claims = 0;
            let mut times = Vec::new();
            for _ in 0..passes {
                let t = std::time::Instant::now();
                claims += docs
                    .iter()
                    .map(|d| extract(d, &ctx, registry).claims.len())
                    .sum::<usize>();
                times.push(t.elapsed().as_secs_f64());
            }
            times.sort_by(f64::total_cmp);
            let mib = |t: f64| bytes as f64 / t / (1 << 20) as f64;
            eprintln!(
                "{claims} claims; per pass: min {:.1} ms ({:.1} MiB/s), median {:.1} ms",
                times[0] * 1e3,
                mib(times[0]),
                times[times.len() / 2] * 1e3
            );
            Ok(())
        }
        Some("texts") => {
            let every = if args.get(1).map(String::as_str) == Some("poll_heavy") {
                1
            } else {
                10
            };
            for d in mix::articles(every) {
                println!("{}", serde_json::to_string(&d.text)?);
            }
            Ok(())
        }
        Some(other) => {
            eprintln!("unknown command {other}: golden | run <news|poll_heavy> <passes>");
            std::process::exit(2)
        }
    }
}
