//! Quality of the default rules on the bundled sample articles (and on the
//! shared corpus when it sits beside the checkout), scored like `score.py`.

use std::path::Path;

use newsmark::model::OffsetMap;
use newsmark::rules::RuleSet;
use newsmark::rules::eval::{EvalSpan, Report, evaluate};

fn load_pairs(gold_dir: &Path, articles: &Path) -> Vec<(Vec<EvalSpan>, Vec<EvalSpan>)> {
    let rules = RuleSet::builtin();
    let mut out = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(gold_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for g in names {
        let fname = g.file_name().unwrap().to_str().unwrap().to_string();
        let Some(name) = fname.strip_suffix(".gold.jsonl") else {
            continue;
        };
        let text = std::fs::read_to_string(articles.join(format!("{name}.txt"))).unwrap();
        let gold: Vec<EvalSpan> = std::fs::read_to_string(&g)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                let attrs: newsmark::Attrs = v["attrs"]
                    .as_object()
                    .map(|o| {
                        o.iter()
                            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                            .collect()
                    })
                    .unwrap_or_default();
                EvalSpan {
                    start: v["start"].as_u64().unwrap() as usize,
                    end: v["end"].as_u64().unwrap() as usize,
                    label: v["label"].as_str().unwrap().to_string(),
                    attrs,
                    rule: String::new(),
                }
            })
            .collect();
        let map = OffsetMap::new(&text);
        let pred = rules
            .suggest(&text)
            .into_iter()
            .map(|s| EvalSpan {
                start: map.to_char(&text, s.start),
                end: map.to_char(&text, s.end),
                label: s.label.to_string(),
                attrs: s.attrs,
                rule: s.rule.to_string(),
            })
            .collect();
        out.push((gold, pred));
    }
    out
}

fn check_targets(r: &Report, what: &str) {
    let f1 = |k: &str| r.labels[k].f1;
    let attr = |k: &str| r.attrs[k].0;
    eprintln!(
        "{what}: QUOTE exact F1 {:.3}, speaker {:.3}; FIGURE lenient F1 {:.3}, value {:.3}; CLAIM half F1 {:.3}",
        f1("QUOTE:exact"),
        attr("QUOTE:speaker"),
        f1("FIGURE:lenient"),
        attr("FIGURE:value"),
        f1("CLAIM:half")
    );
    assert!(
        f1("QUOTE:exact") >= 0.97,
        "{what}: QUOTE exact F1 {}",
        f1("QUOTE:exact")
    );
    assert!(
        attr("QUOTE:speaker") >= 0.85,
        "{what}: QUOTE speaker {}",
        attr("QUOTE:speaker")
    );
    assert!(
        f1("FIGURE:lenient") >= 0.85,
        "{what}: FIGURE lenient F1 {}",
        f1("FIGURE:lenient")
    );
    assert!(
        attr("FIGURE:value") >= 0.90,
        "{what}: FIGURE value {}",
        attr("FIGURE:value")
    );
    assert!(
        f1("CLAIM:half") >= 0.85,
        "{what}: CLAIM half F1 {}",
        f1("CLAIM:half")
    );
}

#[test]
fn samples_reach_the_targets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let pairs = load_pairs(&root.join("gold"), &root);
    assert_eq!(pairs.len(), 5);
    check_targets(&evaluate(&pairs), "samples");
}

#[test]
fn shared_corpus_reaches_the_targets_when_present() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !root.join("gold").is_dir() {
        eprintln!("skipped: {} not present", root.display());
        return;
    }
    let pairs = load_pairs(&root.join("gold"), &root.join("articles"));
    check_targets(&evaluate(&pairs), "shared corpus");
}

#[test]
fn default_rule_examples_pass() {
    let (n, fails) = RuleSet::builtin().test_examples();
    assert!(n >= 20, "only {n} examples");
    let msgs: Vec<String> = fails
        .iter()
        .map(|f| format!("{} #{}: {}", f.rule, f.example, f.msg))
        .collect();
    assert!(fails.is_empty(), "{}", msgs.join("\n"));
}
