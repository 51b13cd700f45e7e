//! Scoring suggestions against gold spans, as the annotation guidelines and
//! `score.py` define it: greedy one-to-one matching, largest overlap first,
//! in exact, lenient and half-overlap modes; attribute agreement among
//! lenient matches; and per-rule figures so a user sees which rule to fix.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::Attrs;

/// A span for scoring (code point or byte offsets, as long as both sides agree).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalSpan {
    /// Start.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// Label.
    pub label: String,
    /// Attributes.
    pub attrs: Attrs,
    /// Rule id for predictions; empty for gold.
    pub rule: String,
}

/// Matching modes.
pub const MODES: [&str; 3] = ["exact", "lenient", "half"];
/// Labels scored.
pub const LABELS: [&str; 3] = ["CLAIM", "QUOTE", "FIGURE"];

/// Precision, recall, F1 and counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
    /// Gold spans.
    pub gold: usize,
    /// Predicted spans.
    pub pred: usize,
    /// Matched pairs.
    pub tp: usize,
}

impl Prf {
    fn new(tp: usize, gold: usize, pred: usize) -> Self {
        let p = if pred > 0 {
            tp as f64 / pred as f64
        } else if gold == 0 {
            1.0
        } else {
            0.0
        };
        let r = if gold > 0 {
            tp as f64 / gold as f64
        } else {
            1.0
        };
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf {
            p,
            r,
            f1,
            gold,
            pred,
            tp,
        }
    }
}

/// Per-rule figures.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RuleStats {
    /// Label it suggests.
    pub label: String,
    /// Suggestions made.
    pub matches: usize,
    /// Of those, matched to gold in the label's headline mode.
    pub correct: usize,
    /// correct / matches.
    pub precision: f64,
    /// Suggestions overlapping another rule's suggestion of another label.
    pub overlaps: usize,
    /// Suggestions overlapping another rule's suggestion of the same label.
    pub conflicts: usize,
}

/// A whole evaluation.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    /// `LABEL:mode` → figures.
    pub labels: BTreeMap<String, Prf>,
    /// `LABEL:attr` → (share agreeing, pairs compared).
    pub attrs: BTreeMap<String, (f64, usize)>,
    /// Rule id → figures.
    pub rules: BTreeMap<String, RuleStats>,
    /// Documents scored.
    pub documents: usize,
}

/// The headline mode of a label: exact for QUOTE, half for CLAIM, lenient otherwise.
pub fn headline_mode(label: &str) -> &'static str {
    match label {
        "QUOTE" => "exact",
        "CLAIM" => "half",
        _ => "lenient",
    }
}

fn overlap(a: &EvalSpan, b: &EvalSpan) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn ok(mode: &str, g: &EvalSpan, p: &EvalSpan) -> bool {
    match mode {
        "exact" => g.start == p.start && g.end == p.end,
        "lenient" => overlap(g, p) > 0,
        _ => {
            let shorter = (g.end - g.start).min(p.end - p.start);
            shorter > 0 && overlap(g, p) * 2 >= shorter
        }
    }
}

/// Greedy one-to-one matching, largest overlap first (ties by gold, then
/// prediction order, as `score.py`). Returns (gold index, pred index) pairs.
pub fn match_spans(gold: &[&EvalSpan], pred: &[&EvalSpan], mode: &str) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            if ok(mode, g, p) {
                pairs.push((std::cmp::Reverse(overlap(g, p)), i, j));
            }
        }
    }
    pairs.sort();
    let mut ug = vec![false; gold.len()];
    let mut up = vec![false; pred.len()];
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if !ug[i] && !up[j] {
            ug[i] = true;
            up[j] = true;
            out.push((i, j));
        }
    }
    out
}

/// Normalises an attribute for comparison like `score.py`: numbers as
/// numbers, names by their last word, case-folded.
pub fn norm_attr(name: &str, v: &str) -> String {
    let v = v.trim();
    if name == "value" {
        if let Ok(f) = v.replace(',', "").parse::<f64>() {
            return format!("{f:?}");
        }
        return v.to_lowercase();
    }
    let cleaned = v.replace("’s", "").replace("'s", "");
    cleaned
        .split_whitespace()
        .last()
        .map(|w| w.to_lowercase().trim_matches(['.', ',']).to_string())
        .unwrap_or_default()
}

/// Scores documents: each item is (gold spans, predicted spans).
pub fn evaluate(docs: &[(Vec<EvalSpan>, Vec<EvalSpan>)]) -> Report {
    let mut rep = Report {
        documents: docs.len(),
        ..Default::default()
    };
    for label in LABELS {
        for mode in MODES {
            let (mut tp, mut ng, mut np) = (0, 0, 0);
            for (g, p) in docs {
                let g: Vec<&EvalSpan> = g.iter().filter(|s| s.label == label).collect();
                let p: Vec<&EvalSpan> = p.iter().filter(|s| s.label == label).collect();
                tp += match_spans(&g, &p, mode).len();
                ng += g.len();
                np += p.len();
            }
            rep.labels
                .insert(format!("{label}:{mode}"), Prf::new(tp, ng, np));
        }
        let attr = match label {
            "QUOTE" => "speaker",
            "FIGURE" => "value",
            _ => "claimant",
        };
        let (mut same, mut n) = (0, 0);
        for (g, p) in docs {
            let g: Vec<&EvalSpan> = g.iter().filter(|s| s.label == label).collect();
            let p: Vec<&EvalSpan> = p.iter().filter(|s| s.label == label).collect();
            for (i, j) in match_spans(&g, &p, "lenient") {
                n += 1;
                let gv = g[i].attrs.get(attr).map(String::as_str).unwrap_or("");
                let pv = p[j].attrs.get(attr).map(String::as_str).unwrap_or("");
                same += usize::from(norm_attr(attr, gv) == norm_attr(attr, pv));
            }
        }
        let share = if n > 0 { same as f64 / n as f64 } else { 0.0 };
        rep.attrs.insert(format!("{label}:{attr}"), (share, n));
    }
    // Per rule.
    for (g, p) in docs {
        for label in LABELS {
            let gl: Vec<&EvalSpan> = g.iter().filter(|s| s.label == label).collect();
            let pl: Vec<&EvalSpan> = p.iter().filter(|s| s.label == label).collect();
            let matched: Vec<usize> = match_spans(&gl, &pl, headline_mode(label))
                .into_iter()
                .map(|(_, j)| j)
                .collect();
            for (j, s) in pl.iter().enumerate() {
                let st = rep.rules.entry(s.rule.clone()).or_default();
                st.label = label.to_string();
                st.matches += 1;
                st.correct += usize::from(matched.contains(&j));
            }
        }
        for (j, s) in p.iter().enumerate() {
            for (k, o) in p.iter().enumerate() {
                if j == k || o.rule == s.rule || overlap(s, o) == 0 {
                    continue;
                }
                let st = rep.rules.entry(s.rule.clone()).or_default();
                if o.label == s.label {
                    st.conflicts += 1;
                } else {
                    st.overlaps += 1;
                }
            }
        }
    }
    for st in rep.rules.values_mut() {
        st.precision = if st.matches > 0 {
            st.correct as f64 / st.matches as f64
        } else {
            0.0
        };
    }
    rep
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(start: usize, end: usize, label: &str) -> EvalSpan {
        EvalSpan {
            start,
            end,
            label: label.into(),
            attrs: Attrs::new(),
            rule: "r".into(),
        }
    }

    #[test]
    fn modes_and_one_to_one() {
        let g = vec![s(0, 10, "CLAIM"), s(20, 30, "CLAIM")];
        let p = vec![s(0, 10, "CLAIM"), s(2, 12, "CLAIM"), s(26, 40, "CLAIM")];
        let r = evaluate(&[(g, p)]);
        assert_eq!(r.labels["CLAIM:exact"].tp, 1);
        assert_eq!(r.labels["CLAIM:lenient"].tp, 2);
        assert_eq!(r.labels["CLAIM:half"].tp, 1);
        assert_eq!(norm_attr("speaker", "Mr. Putin"), "putin");
        assert_eq!(norm_attr("value", "5,000"), norm_attr("value", "5000.0"));
    }
}
