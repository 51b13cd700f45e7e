//! Throughput of the default rules over news text (prints MB/s via
//! criterion's throughput). Run: `cargo bench --bench rules`.
//!
//! Three kinds of text, each article a document of its own, the set run
//! again and again to about 1 MB so the figure is per-document work at
//! scale, not startup:
//! - `samples`: `assets/samples`, written to exercise every rule (about
//!   three times as many suggestions per MB as ordinary news);
//! - `heldout`: the held-out articles of `tests/data/eval*`;
//! - `shared`: the real articles of `../shared/corpus`, when present (only
//!   three articles repeated: the processor learns their branches, so this
//!   figure runs high; the synthetic corpus of `examples/perf` is the
//!   honest one).

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsmark::rules::RuleSet;

/// mimalloc, as in the `newsmark` binary, so the figures are the shipped ones.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The `.txt` files of `dirs`, each a document of its own, listed again
/// and again to about 1 MB. Articles are not joined into one text: a text
/// that repeats its paragraphs would be read as one article quoting its
/// own summary (the `Repeated` condition) and drop most claims.
fn corpus(dirs: &[&Path]) -> Option<Vec<String>> {
    let mut names: Vec<_> = dirs
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flat_map(|d| d.filter_map(|e| e.ok().map(|e| e.path())))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let one: Vec<String> = names
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bytes: usize = one.iter().map(String::len).sum();
    if bytes == 0 {
        return None;
    }
    let rounds = (1 << 20) / bytes + 1;
    Some((0..rounds).flat_map(|_| one.iter().cloned()).collect())
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
                &root.join("tests/data/eval3/articles"),
                &root.join("tests/data/eval4/articles"),
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
        let bytes: usize = text.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(format!("suggest_{name}_1mb"), |b| {
            b.iter(|| text.iter().map(|t| rules.suggest(t).len()).sum::<usize>())
        });
        g.bench_function(format!("suggest_explained_{name}_1mb"), |b| {
            b.iter(|| {
                text.iter()
                    .map(|t| rules.suggest_explained(t).len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
