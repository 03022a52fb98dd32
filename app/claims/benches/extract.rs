//! Throughput of `extract` over a few MB of article text, beside a single-regex pass over the
//! same text (the target is ≥ 20 MB/s per core and ≥ 25% of the regex pass).
//!
//! Two mixes of ~4 MB each:
//! - `news`: what a crawler sees. Articles of 8–14 ordinary news paragraphs in one of eight
//!   languages; the paragraphs carry the usual noise that reaches the per-sentence rules
//!   (percentages from economics, sport and elections, "study"/"research"/"Studie"/"estudio",
//!   "vote", registry-like capitalised names). One article in ten ends with a poll report
//!   from the corpus in its language.
//! - `poll_heavy`: the same articles, every one with a poll report.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use pollwatch_claims::{extract, Context, Registry};
use regex::Regex;

mod mix;

use mix::articles;

fn bench(c: &mut Criterion) {
    let registry = Registry::builtin();
    let ctx = Context::default();
    let percent =
        Regex::new(r"\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per cent|Prozent|por ciento|процент)")
            .expect("regex");
    for (name, every) in [("news", 10), ("poll_heavy", 1)] {
        let docs = articles(every);
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        let mut g = c.benchmark_group(format!("claims_{name}"));
        g.throughput(Throughput::Bytes(bytes as u64));
        g.sample_size(10);
        g.bench_function(BenchmarkId::new("extract", bytes), |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| extract(d, &ctx, registry).claims.len())
                    .sum::<usize>()
            })
        });
        g.bench_function(BenchmarkId::new("single_regex", bytes), |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| percent.find_iter(&d.text).count())
                    .sum::<usize>()
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
