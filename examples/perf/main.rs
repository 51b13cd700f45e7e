//! `cargo run --release --example perf -- [--json] [--scale N]`
//!
//! Builds a seeded synthetic news corpus and measures every figure of the
//! performance table: rule engine throughput, project open/save at 10,000
//! articles, and the window on a 1 MB article with 10,000 spans (driven
//! headless through the real UI code, no GPU). `--scale N` doubles the sizes
//! N times and prints a row each, to show how cost grows. `--rules-only`
//! measures the rule engine alone (a few seconds), for tuning it.
//! `--train` is the training run of the profile-guided build
//! (`.ci/pgo-profile.sh`): every figure but the held-out articles, so that
//! their figure stays one on text the profile has not seen.

mod corpus;
#[path = "../../src/gui/mod.rs"]
#[allow(dead_code)]
mod gui;
mod window;

use std::time::Instant;

use newsmark::Document;
use newsmark::project;
use newsmark::rules::RuleSet;
use rayon::prelude::*;
use serde_json::{Value, json};

/// The allocator and its options, as in the `newsmark` binary, so the
/// figures are the shipped ones.
#[path = "../../src/allocator.rs"]
mod allocator;

struct Args {
    json: bool,
    scale: u32,
    rss_child: bool,
    rules_only: bool,
    train: bool,
}

fn args() -> Args {
    let mut a = Args {
        json: false,
        scale: 0,
        rss_child: false,
        rules_only: false,
        train: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--json" => a.json = true,
            "--scale" => a.scale = it.next().and_then(|n| n.parse().ok()).unwrap_or(0),
            "--rss-child" => a.rss_child = true,
            "--rules-only" => a.rules_only = true,
            "--train" => a.train = true,
            "-h" | "--help" => {
                println!("usage: perf [--json] [--scale N] [--rules-only] [--train]");
                std::process::exit(0);
            }
            other => {
                eprintln!("perf: unknown argument {other:?}");
                std::process::exit(2);
            }
        }
    }
    a
}

fn secs(t: Instant) -> f64 {
    t.elapsed().as_secs_f64()
}

/// Rule engine on one thread over the held-out articles of `tests/data/eval*`
/// (ordinary news density; the synthetic corpus is built from samples that
/// exercise every rule), repeated to about `mb` megabytes, in MB/s.
fn rules_speed_heldout(rules: &RuleSet, mb: usize) -> f64 {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut texts: Vec<String> = ["eval", "eval2", "eval3", "eval4", "eval5", "eval6"]
        .iter()
        .filter_map(|s| std::fs::read_dir(root.join(s).join("articles")).ok())
        .flat_map(|d| d.filter_map(|e| e.ok().map(|e| e.path())))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    texts.sort();
    let one: usize = texts.iter().map(String::len).sum();
    if one == 0 {
        return 0.0;
    }
    let rounds = (mb << 20) / one + 1;
    rules.suggest(&texts[0]);
    median_of_passes(|| {
        let t = Instant::now();
        for _ in 0..rounds {
            for x in &texts {
                std::hint::black_box(rules.suggest(x).len());
            }
        }
        (rounds * one) as f64 / 1e6 / secs(t)
    })
}

/// Passes over the corpus that a rule engine figure is the median of: one
/// pass takes about 0.1 s, and single passes differ by a few per cent as
/// the machine's other load comes and goes.
const PASSES: usize = 5;

/// The median of [`PASSES`] runs of `pass`.
fn median_of_passes(mut pass: impl FnMut() -> f64) -> f64 {
    let mut v: Vec<f64> = (0..PASSES).map(|_| pass()).collect();
    v.sort_by(f64::total_cmp);
    v[PASSES / 2]
}

/// Rule engine on one thread over `mb` megabytes of news text, in MB/s
/// (the median of [`PASSES`] passes).
fn rules_speed(rules: &RuleSet, mb: usize) -> f64 {
    let p = corpus::project(7, mb * 200, 5_000);
    let bytes: usize = p.documents.iter().map(|d| d.text().len()).sum();
    // Warm up the lazily built tables.
    rules.suggest(p.documents[0].text());
    median_of_passes(|| {
        let t = Instant::now();
        for d in &p.documents {
            std::hint::black_box(rules.suggest(d.text()).len());
        }
        bytes as f64 / 1e6 / secs(t)
    })
}

fn project_figures(rules: &RuleSet, docs: usize) -> Value {
    let mut p = corpus::project(11, docs, 5_000);
    corpus::fill_spans(&mut p, rules, 50);
    let spans = p.span_count();
    let bytes: usize = p.documents.iter().map(|d| d.text().len()).sum();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("big.ron");
    let t = Instant::now();
    project::save(&p, &file).expect("save");
    let save_s = secs(t);
    let t = Instant::now();
    let q = project::load(&file).expect("load");
    let open_s = secs(t);
    assert_eq!(q.documents.len(), p.documents.len());
    // `suggest` over the whole project: one thread, then all cores.
    let texts: Vec<&Document> = p.documents.iter().collect();
    let t = Instant::now();
    let one: usize = texts.iter().map(|d| rules.suggest(d.text()).len()).sum();
    let suggest_1 = secs(t);
    let t = Instant::now();
    let all: usize = texts
        .par_iter()
        .map(|d| rules.suggest(d.text()).len())
        .sum();
    let suggest_n = secs(t);
    assert_eq!(one, all);
    json!({
        "project_docs": p.documents.len(),
        "project_spans": spans,
        "project_mb": bytes as f64 / 1e6,
        "file_mb": std::fs::metadata(&file).map(|m| m.len() as f64 / 1e6).unwrap_or(0.0),
        "open_s": open_s,
        "save_s": save_s,
        "suggest_project_1core_s": suggest_1,
        "suggest_project_allcores_s": suggest_n,
        "suggest_speedup": suggest_1 / suggest_n,
        "cores": rayon::current_num_threads(),
    })
}

fn round(v: Value) -> Value {
    match v {
        Value::Number(n) if n.is_f64() => {
            let f = n.as_f64().unwrap_or(0.0);
            json!((f * 1000.0).round() / 1000.0)
        }
        Value::Object(m) => Value::Object(m.into_iter().map(|(k, v)| (k, round(v))).collect()),
        other => other,
    }
}

fn merge(a: &mut Value, b: Value) {
    if let (Value::Object(a), Value::Object(b)) = (a, b) {
        a.extend(b);
    }
}

fn main() {
    allocator::configure();
    let a = args();
    let rules = RuleSet::builtin();
    if a.rss_child {
        window::rss_child(rules);
        return;
    }
    let mut rows = Vec::new();
    for k in 0..=a.scale {
        let f = 1usize << k;
        let mbs = rules_speed(rules, 4 * f);
        let mut row = json!({
            "scale": f,
            "rules_mb_per_s": mbs,
            "rules_input_mb": 4 * f,
            "rules_passes": PASSES,
        });
        if !a.train {
            merge(
                &mut row,
                json!({"rules_heldout_mb_per_s": rules_speed_heldout(rules, 4 * f)}),
            );
        }
        if !a.rules_only {
            merge(&mut row, project_figures(rules, 10_000 * f));
            merge(&mut row, window::figures(rules, 1_000_000 * f, 10_000 * f));
            merge(&mut row, window::rss(1_000_000 * f, 10_000 * f));
        }
        let row = round(row);
        if a.json {
            println!("{row}");
        } else {
            println!("{}", serde_json::to_string_pretty(&row).unwrap_or_default());
        }
        rows.push(row);
    }
}
