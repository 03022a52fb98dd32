//! Throughput of `extract` over a few MB of article text, beside a single-regex pass over the
//! same text (the target is ≥ 20 MB/s per core and ≥ 25% of the regex pass).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use pollwatch_claims::{extract, Context, Document, Registry};
use regex::Regex;

/// Builds ~4 MB of articles: ordinary news paragraphs (one language per article) with a poll
/// report from the corpus appended to one article in four.
fn articles() -> Vec<Document> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut passages = Vec::new();
    for f in std::fs::read_dir(dir).expect("corpus") {
        let path = f.expect("entry").path();
        if path.extension().is_some_and(|e| e == "jsonl") {
            for line in std::fs::read_to_string(&path).expect("read").lines() {
                let v: serde_json::Value = serde_json::from_str(line).expect("json");
                passages.push(v["text"].as_str().expect("text").to_owned());
            }
        }
    }
    let filler = [
        "The council approved the new budget on Tuesday after a lengthy debate about road repairs, school buildings and the future of the town's library. Officials said the plan would be reviewed again in the spring.",
        "Le club a confirmé mardi l'arrivée de son nouvel entraîneur, qui signera un contrat de trois ans. Les supporters attendent désormais des renforts avant la reprise du championnat.",
        "Die Bahn kündigte für das Wochenende umfangreiche Bauarbeiten an. Reisende müssen sich auf Umleitungen und längere Fahrzeiten einstellen, teilte ein Sprecher mit.",
        "El Ayuntamiento presentó este lunes el nuevo plan de movilidad, que incluye más carriles bici y la ampliación de la zona de bajas emisiones en el centro de la ciudad.",
        "В среду в городе открылся новый культурный центр. На церемонии присутствовали представители администрации и местные жители.",
        "A prefeitura anunciou nesta quarta-feira a reforma de três escolas municipais. As obras devem começar no próximo mês e durar cerca de um ano.",
    ];
    let mut docs = Vec::new();
    let mut size = 0usize;
    let mut i = 0usize;
    while size < 4 << 20 {
        // One language per article, as in real news.
        let mut text = String::new();
        for _ in 0..12 {
            text.push_str(filler[i % filler.len()]);
            text.push_str("\n\n");
        }
        // About one article in four reports a poll.
        if i.is_multiple_of(4) {
            text.push_str(&passages[i % passages.len()]);
            text.push_str("\n\n");
        }
        size += text.len();
        docs.push(Document::new(text));
        i += 1;
    }
    docs
}

fn bench(c: &mut Criterion) {
    let docs = articles();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let registry = Registry::builtin();
    let ctx = Context::default();
    let percent =
        Regex::new(r"\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per cent|Prozent|por ciento|процент)")
            .expect("regex");
    let mut g = c.benchmark_group("claims");
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

criterion_group!(benches, bench);
criterion_main!(benches);
