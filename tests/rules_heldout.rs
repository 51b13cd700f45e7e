//! Generalisation of the default rules: held-out sets of articles in
//! `tests/data/eval/`, `tests/data/eval2/`, `tests/data/eval3/`,
//! `tests/data/eval4/` to `tests/data/eval18/`, written by engineers who
//! had not seen the rules, with gold written to the annotation guidelines
//! (each set's `make_gold.py` documents every decision). Scored like `score.py`
//! through `newsmark::rules::eval`.

use std::path::{Path, PathBuf};

use newsmark::model::{Attrs, OffsetMap};
use newsmark::rules::RuleSet;
use newsmark::rules::eval::{EvalSpan, Report, evaluate, headline_mode, match_spans};

/// One article: name, text, gold spans (code point offsets) and, beside
/// them, the `text` each gold line claims to cover.
struct Article {
    name: String,
    text: String,
    gold: Vec<EvalSpan>,
    gold_text: Vec<String>,
}

/// The held-out sets.
const SETS: [&str; 18] = [
    "eval", "eval2", "eval3", "eval4", "eval5", "eval6", "eval7", "eval8", "eval9", "eval10",
    "eval11", "eval12", "eval13", "eval14", "eval15", "eval16", "eval17", "eval18",
];

fn eval_dir(set: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(set)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse_gold(path: &Path) -> (Vec<EvalSpan>, Vec<String>) {
    let (mut out, mut texts) = (Vec::new(), Vec::new());
    for (n, line) in read(path).lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{}:{}", path.display(), n + 1);
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{at}: {e}"));
        let num = |k: &str| {
            v[k].as_u64()
                .unwrap_or_else(|| panic!("{at}: `{k}` is not a number")) as usize
        };
        let attrs: Attrs = v["attrs"]
            .as_object()
            .map(|o| {
                o.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                    .collect()
            })
            .unwrap_or_default();
        out.push(EvalSpan {
            start: num("start"),
            end: num("end"),
            label: v["label"].as_str().unwrap_or("").to_string(),
            attrs,
            rule: String::new(),
        });
        texts.push(v["text"].as_str().unwrap_or("").to_string());
    }
    (out, texts)
}

fn load(set: &str) -> Vec<Article> {
    let dir = eval_dir(set);
    let mut names: Vec<String> = std::fs::read_dir(dir.join("articles"))
        .unwrap_or_else(|e| panic!("{}: {e}", dir.join("articles").display()))
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let f = e.file_name().to_string_lossy().into_owned();
            f.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let (gold, gold_text) =
                parse_gold(&dir.join("gold").join(format!("{name}.gold.jsonl")));
            Article {
                text: read(&dir.join("articles").join(format!("{name}.txt"))),
                gold,
                gold_text,
                name,
            }
        })
        .collect()
}

fn predict(text: &str) -> Vec<EvalSpan> {
    let map = OffsetMap::new(text);
    RuleSet::builtin()
        .suggest(text)
        .into_iter()
        .map(|s| EvalSpan {
            start: map.to_char(text, s.start),
            end: map.to_char(text, s.end),
            label: s.label.to_string(),
            attrs: s.attrs,
            rule: s.rule.to_string(),
        })
        .collect()
}

fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

#[test]
fn heldout_gold_is_well_formed() {
    for set in SETS {
        gold_is_well_formed(set);
    }
}

fn gold_is_well_formed(set: &str) {
    let arts = load(set);
    assert!(arts.len() >= 6, "only {} held-out articles", arts.len());
    for a in &arts {
        assert!(!a.gold.is_empty(), "{}: no gold spans", a.name);
        let chars = a.text.chars().count();
        for (g, want) in a.gold.iter().zip(&a.gold_text) {
            assert!(
                g.start < g.end && g.end <= chars,
                "{}: bad span {g:?}",
                a.name
            );
            assert_eq!(
                &char_slice(&a.text, g.start, g.end),
                want,
                "{}: gold text differs from article[{}..{}]",
                a.name,
                g.start,
                g.end
            );
            let key = match g.label.as_str() {
                "QUOTE" => "speaker",
                "FIGURE" => "value",
                "CLAIM" => "claimant",
                other => panic!("{}: unknown label {other}", a.name),
            };
            assert!(g.attrs.contains_key(key), "{}: {g:?} lacks `{key}`", a.name);
        }
    }
    // The CRLF article must keep its line ends: offsets count `\r`.
    let crlf = arts.iter().filter(|a| a.text.contains("\r\n")).count();
    assert!(crlf >= 1, "no CRLF article left (was the file re-saved?)");
}

/// Prints what missed, so a failing run says which spans to look at.
fn print_misses(arts: &[Article], preds: &[Vec<EvalSpan>]) {
    for (a, pred) in arts.iter().zip(preds) {
        for label in ["QUOTE", "FIGURE", "CLAIM"] {
            let g: Vec<&EvalSpan> = a.gold.iter().filter(|s| s.label == label).collect();
            let p: Vec<&EvalSpan> = pred.iter().filter(|s| s.label == label).collect();
            let m = match_spans(&g, &p, headline_mode(label));
            for (i, s) in g.iter().enumerate() {
                if !m.iter().any(|&(gi, _)| gi == i) {
                    let t = char_slice(&a.text, s.start, s.end);
                    eprintln!("{}: missed {label} {t:?}", a.name);
                }
            }
            for (j, s) in p.iter().enumerate() {
                if !m.iter().any(|&(_, pj)| pj == j) {
                    let t = char_slice(&a.text, s.start, s.end);
                    eprintln!("{}: extra {label} {t:?} ({})", a.name, s.rule);
                }
            }
        }
    }
}

#[test]
fn heldout_reaches_the_targets() {
    for set in SETS {
        reaches_the_targets(set);
    }
}

fn reaches_the_targets(set: &str) {
    let arts = load(set);
    let preds: Vec<Vec<EvalSpan>> = arts.iter().map(|a| predict(&a.text)).collect();
    let docs: Vec<(Vec<EvalSpan>, Vec<EvalSpan>)> = arts
        .iter()
        .zip(&preds)
        .map(|(a, p)| (a.gold.clone(), p.clone()))
        .collect();
    let r: Report = evaluate(&docs);
    print_misses(&arts, &preds);
    let f1 = |k: &str| r.labels[k].f1;
    let attr = |k: &str| r.attrs[k].0;
    let got = [
        ("QUOTE exact F1", f1("QUOTE:exact"), 0.97),
        ("QUOTE speaker", attr("QUOTE:speaker"), 0.85),
        ("FIGURE lenient F1", f1("FIGURE:lenient"), 0.85),
        ("FIGURE value", attr("FIGURE:value"), 0.90),
        ("CLAIM half F1", f1("CLAIM:half"), 0.85),
    ];
    let summary: Vec<String> = got
        .iter()
        .map(|(k, v, t)| format!("{k} {v:.3} (target {t})"))
        .collect();
    eprintln!("held-out {set}: {}", summary.join("; "));
    let short: Vec<&String> = got
        .iter()
        .zip(&summary)
        .filter(|((_, v, t), _)| v < t)
        .map(|(_, s)| s)
        .collect();
    assert!(
        short.is_empty(),
        "held-out {set}: targets missed: {short:?}"
    );
}
