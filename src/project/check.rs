//! Validation of a loaded project: what `newsmark check` reports.

use std::collections::HashSet;

use super::Project;

/// Every problem in the project, one line each: unknown labels, duplicate
/// document or span ids, duplicate labels and hotkeys.
pub fn problems(p: &Project) -> Vec<String> {
    let mut out = Vec::new();
    let mut names = HashSet::new();
    let mut keys = HashSet::new();
    for l in &p.labels {
        if l.name.trim().is_empty() {
            out.push("a label has an empty name".to_string());
        }
        if !names.insert(l.name.as_str()) {
            out.push(format!("label {:?} is defined twice", l.name));
        }
        if let Some(k) = l.hotkey
            && !keys.insert(k)
        {
            out.push(format!("hotkey {k:?} is given to more than one label"));
        }
    }
    let mut doc_ids = HashSet::new();
    // Hundreds of thousands of span ids: a fast hash, sized once.
    let mut span_ids: rustc_hash::FxHashSet<u64> = Default::default();
    span_ids.reserve(p.documents.iter().map(|d| d.spans().len()).sum());
    let label_names: Vec<&str> = p.labels.iter().map(|l| l.name.as_str()).collect();
    for d in &p.documents {
        if !doc_ids.insert(d.id.as_str()) {
            out.push(format!("document id {:?} is used twice", d.id));
        }
        for s in d.spans() {
            if !span_ids.insert(s.id.0) {
                out.push(format!(
                    "document {:?}: span id {} is used twice",
                    d.id, s.id.0
                ));
            }
            if !label_names.contains(&s.label.as_str()) {
                out.push(format!(
                    "document {:?}, span {} ({}..{}): unknown label {:?}",
                    d.id,
                    s.id.0,
                    d.char_at(s.start),
                    d.char_at(s.end),
                    s.label
                ));
            }
        }
    }
    out
}
