//! Throughput of the default rules over news text (prints MB/s via
//! criterion's throughput). Run: `cargo bench --bench rules`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsmark::rules::RuleSet;

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/samples");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    names.sort();
    let one: String = names
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect::<Vec<_>>()
        .join("\n");
    // About 1 MB, so the figure is per-document work at scale, not startup.
    one.repeat((1 << 20) / one.len().max(1) + 1)
}

fn bench(c: &mut Criterion) {
    let rules = RuleSet::builtin();
    let text = corpus();
    let mut g = c.benchmark_group("rules");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("suggest_news_1mb", |b| {
        b.iter(|| rules.suggest(&text).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
