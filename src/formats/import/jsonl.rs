//! JSONL documents: one JSON object a line with `text`, optional `id`,
//! `name`, `meta` and spans in Newsmark's export shape
//! `{"start", "end", "label", "attrs", "status", "origin"}` (code points).

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::model::{Attrs, Document, Origin, Span, SpanId, Status};

/// One span as it appears in JSONL.
#[derive(Debug, Clone, Deserialize)]
pub struct JsonlSpan {
    /// Code point start.
    pub start: usize,
    /// Code point end (exclusive).
    pub end: usize,
    /// Label name.
    pub label: String,
    /// Attributes.
    #[serde(default)]
    pub attrs: Attrs,
    /// `accepted`, `pending` or `rejected`; accepted when absent.
    #[serde(default)]
    pub status: Option<String>,
    /// `manual`, `rule:<id>` or `import:<tool>`; `import:jsonl` when absent.
    #[serde(default)]
    pub origin: Option<String>,
    /// Free-text note.
    #[serde(default)]
    pub note: Option<String>,
}

/// One document line.
#[derive(Debug, Clone, Deserialize)]
pub struct JsonlDoc {
    /// The text.
    pub text: String,
    /// Stable id; the name or line number when absent.
    #[serde(default, deserialize_with = "string_or_number")]
    pub id: Option<String>,
    /// Display name; the id when absent.
    #[serde(default)]
    pub name: Option<String>,
    /// Anything else to keep with the document.
    #[serde(default)]
    pub meta: Option<serde_json::Value>,
    /// Spans already made.
    #[serde(default)]
    pub spans: Vec<JsonlSpan>,
    /// 1-based line in the file, for messages.
    #[serde(skip)]
    pub line: usize,
    /// Spans converted to byte offsets by [`parse_jsonl_docs`].
    #[serde(skip)]
    pub byte_spans: Vec<Span>,
    /// Fields of the line Newsmark has no place for (`title`, `url`, …):
    /// kept in `meta`, not dropped.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

fn string_or_number<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<String>, D::Error> {
    let v = Option::<serde_json::Value>::deserialize(d)?;
    Ok(match v {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s),
        Some(other) => Some(other.to_string()),
    })
}

impl JsonlDoc {
    /// The document, with `path` as its source.
    pub fn into_document(self, path: &Path) -> Document {
        let id = self
            .id
            .clone()
            .or_else(|| self.name.clone())
            .unwrap_or_else(|| format!("{}-{}", super::stem(path), self.line));
        let name = self.name.unwrap_or_else(|| id.clone());
        let mut d = Document::new(id, name, self.text);
        d.source = Some(path.to_path_buf());
        d.meta = merge_meta(self.meta.filter(|m| !m.is_null()), self.extra).map(|m| m.to_string());
        // Offsets were checked in parse_jsonl_docs, so nothing is refused here.
        d.set_spans(self.byte_spans);
        d
    }
}

/// A document's `meta` with the line's other fields added (`meta`'s own
/// entries win); a `meta` that is no object goes under the key `meta`.
fn merge_meta(
    meta: Option<serde_json::Value>,
    extra: serde_json::Map<String, serde_json::Value>,
) -> Option<serde_json::Value> {
    use serde_json::Value;
    if extra.is_empty() {
        return meta;
    }
    Some(Value::Object(match meta {
        None => extra,
        Some(Value::Object(mut m)) => {
            for (k, v) in extra {
                m.entry(k).or_insert(v);
            }
            m
        }
        Some(other) => {
            let mut m = extra;
            m.insert("meta".into(), other);
            m
        }
    }))
}

/// Parses JSONL documents. A malformed line, a span outside its text or a
/// span that repeats another is an error naming the line.
pub fn parse_jsonl_docs(text: &str, path: &Path) -> Result<Vec<JsonlDoc>> {
    parse_jsonl_lines(text.lines().enumerate().map(|(i, l)| (i + 1, l)), path)
}

/// [`parse_jsonl_docs`] over numbered lines (from 1).
pub fn parse_jsonl_lines<'a>(
    lines: impl Iterator<Item = (usize, &'a str)>,
    path: &Path,
) -> Result<Vec<JsonlDoc>> {
    let mut out = Vec::new();
    for (n, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let mut doc: JsonlDoc =
            serde_json::from_str(line).map_err(|e| super::json_error(path, n, line, &e))?;
        doc.line = n;
        let probe = Document::new("", "", doc.text.as_str());
        let mut seen = std::collections::HashSet::new();
        for (k, s) in doc.spans.iter().enumerate() {
            let where_ = format!("span {} ({}..{} {})", k + 1, s.start, s.end, s.label);
            if s.label.trim().is_empty() {
                return Err(Error::line(path, n, format!("{where_} has an empty label")));
            }
            let (Some(b0), Some(b1)) = (probe.byte_at(s.start), probe.byte_at(s.end)) else {
                return Err(Error::line(
                    path,
                    n,
                    format!(
                        "{where_} is outside the text ({} characters)",
                        probe.char_len()
                    ),
                ));
            };
            if b0 >= b1 {
                return Err(Error::line(
                    path,
                    n,
                    format!("{where_} is empty or reversed"),
                ));
            }
            if !seen.insert((b0, b1, s.label.clone())) {
                return Err(Error::line(
                    path,
                    n,
                    format!("{where_} repeats an earlier span"),
                ));
            }
            let status = match &s.status {
                None => Status::Accepted,
                Some(t) => Status::parse(t).ok_or_else(|| {
                    Error::line(path, n, format!("{where_}: unknown status {t:?}"))
                })?,
            };
            doc.byte_spans.push(Span {
                id: SpanId(k as u64 + 1),
                start: b0,
                end: b1,
                label: s.label.clone(),
                attrs: s.attrs.clone(),
                status,
                origin: s
                    .origin
                    .as_deref()
                    .map(Origin::from_text)
                    .unwrap_or_else(|| Origin::Import("jsonl".into())),
                note: s.note.clone(),
                why: None,
            });
        }
        out.push(doc);
    }
    Ok(out)
}
