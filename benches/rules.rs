//! Throughput of the default rules over news text (prints MB/s via
//! criterion's throughput). Run: `cargo bench --bench rules`.
//!
//! Three kinds of text, each repeated to about 1 MB so the figure is
//! per-document work at scale, not startup:
//! - `samples`: `assets/samples`, written to exercise every rule (about
//!   three times as many suggestions per MB as ordinary news);
//! - `heldout`: the held-out articles of `tests/data/eval*`;
//! - `shared`: the real articles of `../shared/corpus`, when present.

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsmark::rules::RuleSet;

/// The `.txt` files of `dirs`, joined and repeated to about 1 MB.
fn corpus(dirs: &[&Path]) -> Option<String> {
    let mut names: Vec<_> = dirs
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flat_map(|d| d.filter_map(|e| e.ok().map(|e| e.path())))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let one: String = names
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect::<Vec<_>>()
        .join("\n");
    if one.is_empty() {
        return None;
    }
    Some(one.repeat((1 << 20) / one.len() + 1))
}

fn bench(c: &mut Criterion) {
    let rules = RuleSet::builtin();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sets = [
        ("samples", corpus(&[&root.join("assets/samples")])),
        (
            "heldout",
            corpus(&[
                &root.join("tests/data/eval/articles"),
                &root.join("tests/data/eval2/articles"),
            ]),
        ),
        ("shared", corpus(&[&root.join("../shared/corpus/articles")])),
    ];
    let mut g = c.benchmark_group("rules");
    g.sample_size(10);
    for (name, text) in sets {
        let Some(text) = text else {
            eprintln!("rules/{name}: no articles found, skipped");
            continue;
        };
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("suggest_{name}_1mb"), |b| {
            b.iter(|| rules.suggest(&text).len())
        });
        g.bench_function(format!("suggest_explained_{name}_1mb"), |b| {
            b.iter(|| rules.suggest_explained(&text).len())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
