//! Newsmark JSONL: one document a line, `{"id", "name", "text", "spans",
//! "meta"}`, spans `{"start", "end", "label", "text", "attrs", "status",
//! "origin"}` in code points. `newsmark import` reads it back unchanged, and
//! Hugging Face `datasets.load_dataset("json", ...)` loads it.

use std::path::Path;

use serde::Serialize;

use super::{Ctx, Progress, Written};
use crate::error::Result;
use crate::model::{Attrs, Document};

#[derive(Serialize)]
struct JDoc<'a> {
    id: &'a str,
    name: &'a str,
    text: &'a str,
    spans: Vec<JSpan<'a>>,
    meta: serde_json::Value,
}

#[derive(Serialize)]
struct JSpan<'a> {
    start: usize,
    end: usize,
    label: &'a str,
    text: &'a str,
    attrs: &'a Attrs,
    status: &'a str,
    origin: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

/// The document's meta as JSON: the stored object, or null.
pub(super) fn meta_json(d: &Document) -> serde_json::Value {
    match &d.meta {
        None => serde_json::Value::Null,
        Some(m) => serde_json::from_str(m).unwrap_or_else(|_| serde_json::Value::String(m.clone())),
    }
}

/// Writes one JSONL file.
pub(super) fn write(ctx: &Ctx, path: &Path, prog: &mut Progress) -> Result<Written> {
    ctx.write_json_lines(path, prog, true, |d, kept| JDoc {
        id: &d.id,
        name: &d.name,
        text: d.text(),
        spans: kept
            .iter()
            .map(|s| JSpan {
                start: d.char_at(s.start),
                end: d.char_at(s.end),
                label: &s.label,
                text: d.span_text(s),
                attrs: &s.attrs,
                status: s.status.as_str(),
                origin: s.origin.to_text(),
                note: s.note.as_deref(),
            })
            .collect(),
        meta: meta_json(d),
    })
}
