//! Label Studio JSON exports: a list of tasks (or one task) with
//! `data.text`, `annotations[].result[]` (kept as accepted) and
//! `predictions[].result[]` (kept as pending), origin `import:label-studio`.
//! Results of type `labels` are spans (code point offsets); a per-region
//! `textarea` result with the same id gives `key=value` attributes.
//! Cancelled annotations are skipped.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;
use serde_json::value::RawValue;

use super::annotated::{Collector, attach, line_of};
use super::stem;
use crate::error::{Error, Result};
use crate::model::{Document, Span, Status};

const TOOL: &str = "label-studio";

/// The task's text: `data.text`, else the only string in `data`.
fn task_text(data: &Value) -> Option<&str> {
    if let Some(t) = data.get("text").and_then(Value::as_str) {
        return Some(t);
    }
    let strings: Vec<&str> = data
        .as_object()?
        .values()
        .filter_map(Value::as_str)
        .collect();
    match strings.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// Reads one result list into spans, attributes joined by region id.
fn read_results(
    c: &mut Collector,
    doc: &Document,
    line: usize,
    results: &[Value],
    status: Status,
    out: &mut Vec<Span>,
) {
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut attrs: Vec<(String, Vec<String>)> = Vec::new();
    for r in results {
        let kind = r.get("type").and_then(Value::as_str).unwrap_or("");
        let id = r
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let v = r.get("value").unwrap_or(&Value::Null);
        match kind {
            "labels" => {
                let (Some(s), Some(e)) = (
                    v.get("start").and_then(Value::as_i64),
                    v.get("end").and_then(Value::as_i64),
                ) else {
                    c.problem(
                        line,
                        &doc.id,
                        format!("result {id:?} has no integer start and end"),
                    );
                    continue;
                };
                let labels: Vec<&str> = v
                    .get("labels")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                if labels.is_empty() {
                    c.problem(
                        line,
                        &doc.id,
                        format!("result {id:?} ({s}..{e}) has no label"),
                    );
                }
                let want = v.get("text").and_then(Value::as_str);
                for l in labels {
                    if let Some(sp) = c.span(doc, line, s, e, l, want, status, TOOL) {
                        if !id.is_empty() {
                            by_id.insert(id.clone(), out.len());
                        }
                        out.push(sp);
                    }
                }
            }
            "textarea" if !id.is_empty() => {
                let lines: Vec<String> = v
                    .get("text")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .map(String::from)
                            .collect()
                    })
                    .unwrap_or_default();
                attrs.push((id, lines));
            }
            _ => {}
        }
    }
    for (id, lines) in attrs {
        let Some(&k) = by_id.get(&id) else { continue };
        let Some(span) = out.get_mut(k) else { continue };
        for l in lines {
            match l.split_once('=') {
                Some((key, val)) => {
                    span.attrs
                        .insert(key.trim().to_string(), val.trim().to_string());
                }
                None => span.note = Some(l),
            }
        }
    }
}

/// Reads a Label Studio JSON export.
pub fn read_label_studio(text: &str, path: &Path) -> Result<Vec<Document>> {
    let parse_err = |e: serde_json::Error| {
        let line = e.line().max(1);
        super::json_error(path, line, text.lines().nth(line - 1).unwrap_or(""), &e)
    };
    let trimmed = text.trim_start();
    let raws: Vec<&RawValue> = if trimmed.starts_with('[') {
        serde_json::from_str(text).map_err(parse_err)?
    } else {
        vec![serde_json::from_str(text).map_err(parse_err)?]
    };
    let base = text.as_ptr() as usize;
    let mut c = Collector::new(path);
    let mut docs = Vec::new();
    for (k, raw) in raws.into_iter().enumerate() {
        // RawValue borrows from `text`, so its address gives the line.
        let line = line_of(text, (raw.get().as_ptr() as usize).saturating_sub(base));
        let task: Value = serde_json::from_str(raw.get()).map_err(parse_err)?;
        let data = task.get("data").unwrap_or(&Value::Null);
        let Some(t) = task_text(data) else {
            return Err(Error::line(
                path,
                line,
                format!("task {} has no data.text", k + 1),
            ));
        };
        let id = match (data.get("doc_id").and_then(Value::as_str), task.get("id")) {
            (Some(d), _) => d.to_string(),
            (None, Some(Value::Number(n))) => format!("{}-{n}", stem(path)),
            _ => format!("{}-{}", stem(path), k + 1),
        };
        let name = data
            .get("name")
            .and_then(Value::as_str)
            .map_or_else(|| id.clone(), String::from);
        let mut doc = Document::new(id, name, t);
        doc.source = Some(path.to_path_buf());
        let mut spans = Vec::new();
        for (key, status) in [
            ("annotations", Status::Accepted),
            ("completions", Status::Accepted),
            ("predictions", Status::Pending),
        ] {
            for a in task
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if a.get("was_cancelled").and_then(Value::as_bool) == Some(true) {
                    continue;
                }
                let results = a.get("result").and_then(Value::as_array);
                read_results(
                    &mut c,
                    &doc,
                    line,
                    results.map_or(&[], Vec::as_slice),
                    status,
                    &mut spans,
                );
            }
        }
        attach(&mut doc, spans);
        docs.push(doc);
    }
    c.finish()?;
    Ok(docs)
}
