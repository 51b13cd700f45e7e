//! doccano sequence labeling JSONL: `{"text", "label": [[start, end,
//! "LABEL"], ...]}` (doccano's import shape) or `{"text", "entities":
//! [{"start_offset", "end_offset", "label"}]}` (its export shape), code
//! point offsets. Spans come in accepted, origin `import:doccano`.

use std::path::Path;

use serde_json::Value;

use super::annotated::{Collector, attach};
use super::stem;
use crate::error::{Error, Result};
use crate::model::{Document, Status};

/// True when a JSONL line looks like doccano rather than Newsmark: it has
/// `label`, `labels` or `entities` and no `spans`.
pub fn looks_like_doccano(line: &str) -> bool {
    match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(m)) => {
            !m.contains_key("spans")
                && ["label", "labels", "entities"]
                    .iter()
                    .any(|k| m.contains_key(*k))
        }
        _ => false,
    }
}

fn as_i64(v: &Value) -> Option<i64> {
    v.as_i64()
}

/// Reads a doccano JSONL file.
pub fn read_doccano(text: &str, path: &Path) -> Result<Vec<Document>> {
    read_doccano_lines(text.lines().enumerate().map(|(i, l)| (i + 1, l)), path)
}

/// [`read_doccano`] over numbered lines (from 1).
pub fn read_doccano_lines<'a>(
    lines: impl Iterator<Item = (usize, &'a str)>,
    path: &Path,
) -> Result<Vec<Document>> {
    let mut docs = Vec::new();
    let mut c = Collector::new(path);
    for (n, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(line).map_err(|e| super::json_error(path, n, line, &e))?;
        let Some(t) = v.get("text").and_then(Value::as_str) else {
            return Err(Error::line(path, n, "no \"text\" string"));
        };
        let id = match v.get("id") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(x)) => format!("{}-{x}", stem(path)),
            _ => format!("{}-{n}", stem(path)),
        };
        let mut doc = Document::new(id.clone(), id, t);
        doc.source = Some(path.to_path_buf());
        let mut spans = Vec::new();
        // (start, end, label) triples from either shape.
        let mut triples: Vec<(Option<i64>, Option<i64>, Option<String>)> = Vec::new();
        match v.get("label").or_else(|| v.get("labels")) {
            Some(Value::Array(items)) => {
                for it in items {
                    match it.as_array().map(Vec::as_slice) {
                        Some([s, e, l, ..]) => {
                            triples.push((as_i64(s), as_i64(e), l.as_str().map(String::from)))
                        }
                        _ => {
                            return Err(Error::line(
                                path,
                                n,
                                format!(
                                    "label item {it} is not [start, end, \"LABEL\"] (a text classification file?)"
                                ),
                            ));
                        }
                    }
                }
            }
            Some(Value::Null) | None => {}
            Some(other) => {
                return Err(Error::line(
                    path,
                    n,
                    format!("\"label\" is {other}, expected a list of [start, end, \"LABEL\"]"),
                ));
            }
        }
        if let Some(Value::Array(ents)) = v.get("entities") {
            for e in ents {
                triples.push((
                    e.get("start_offset").and_then(as_i64),
                    e.get("end_offset").and_then(as_i64),
                    e.get("label").and_then(Value::as_str).map(String::from),
                ));
            }
        }
        for (s, e, l) in triples {
            match (s, e, l) {
                (Some(s), Some(e), Some(l)) => {
                    if let Some(sp) = c.span(&doc, n, s, e, &l, None, Status::Accepted, "doccano") {
                        spans.push(sp);
                    }
                }
                _ => c.problem(n, &doc.id, "a span lacks an integer start, end or a label"),
            }
        }
        attach(&mut doc, spans);
        docs.push(doc);
    }
    c.finish()?;
    Ok(docs)
}
