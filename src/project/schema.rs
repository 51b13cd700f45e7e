//! The project file's layout. Offsets here are code point offsets, as in
//! every file Newsmark writes; conversion to the byte offsets used inside
//! happens on load and save.

use serde::{Deserialize, Serialize};

use super::RulesRef;
use crate::model::{
    Attrs, DocState, Document, Explanation, Label, Origin, Piece, Span, SpanId, Status,
};

/// The newest project format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

// Every struct read from a project refuses fields it does not know: one
// would be dropped by the next save (a typo, or a hand-added field), so it
// is an error with line and column instead.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProjectFile {
    pub format_version: u32,
    pub labels: Vec<Label>,
    #[serde(default)]
    pub rules: RulesRef,
    #[serde(default)]
    pub next_span_id: u64,
    pub documents: Vec<DocFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DocFile {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default)]
    pub state: DocState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<String>,
    pub text: String,
    #[serde(default)]
    pub spans: Vec<SpanFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SpanFile {
    pub id: u64,
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub status: Status,
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Attrs::is_empty")]
    pub attrs: Attrs,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<WhyFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WhyFile {
    pub summary: String,
    /// (role, start, end) in code points.
    pub pieces: Vec<(String, usize, usize)>,
}

// The write side borrows from the project instead of copying it: field names
// and order must match the owned structs above exactly.

#[derive(Serialize)]
pub(super) struct ProjectView<'a> {
    pub format_version: u32,
    pub labels: &'a [Label],
    pub rules: &'a RulesRef,
    pub next_span_id: u64,
    pub documents: DocsView<'a>,
}

pub(super) struct DocsView<'a>(pub &'a [Document]);

impl Serialize for DocsView<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(DocView::new))
    }
}

#[derive(Serialize)]
pub(super) struct DocView<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<std::borrow::Cow<'a, str>>,
    state: DocState,
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<&'a str>,
    text: &'a str,
    spans: SpansView<'a>,
}

impl<'a> DocView<'a> {
    pub(super) fn new(d: &'a Document) -> Self {
        DocView {
            id: &d.id,
            name: &d.name,
            source: d.source.as_ref().map(|p| p.to_string_lossy()),
            state: d.state,
            meta: d.meta.as_deref(),
            text: d.text(),
            spans: SpansView(d),
        }
    }
}

struct SpansView<'a>(&'a Document);

impl Serialize for SpansView<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let c = |b: usize| d.char_at(b);
        s.collect_seq(d.spans().iter().map(|sp| SpanView {
            id: sp.id.0,
            start: c(sp.start),
            end: c(sp.end),
            label: &sp.label,
            status: sp.status,
            origin: &sp.origin,
            attrs: &sp.attrs,
            note: sp.note.as_deref(),
        }))
    }
}

#[derive(Serialize)]
struct SpanView<'a> {
    id: u64,
    start: usize,
    end: usize,
    label: &'a str,
    status: Status,
    origin: &'a Origin,
    #[serde(skip_serializing_if = "Attrs::is_empty")]
    attrs: &'a Attrs,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    // No `why`: explanations are derived from the text and the rules, and
    // saving them doubled the size (and load time) of suggestion-heavy
    // projects. Files that carry one still load.
}

/// A span of a file whose offsets do not fit its text.
pub(super) struct BadSpan {
    pub doc: String,
    pub id: u64,
    pub start: usize,
    pub end: usize,
    pub reason: String,
}

pub(super) fn doc_from_file(f: DocFile) -> (Document, Vec<BadSpan>) {
    let mut doc = Document::new(f.id, f.name, f.text);
    doc.source = f.source.map(Into::into);
    doc.state = f.state;
    doc.meta = f.meta;
    let mut bad = Vec::new();
    let mut spans = Vec::with_capacity(f.spans.len());
    for s in f.spans {
        let (Some(start), Some(end)) = (doc.byte_at(s.start), doc.byte_at(s.end)) else {
            bad.push(BadSpan {
                doc: doc.id.clone(),
                id: s.id,
                start: s.start,
                end: s.end,
                reason: format!(
                    "offsets past the end of the text ({} characters)",
                    doc.char_len()
                ),
            });
            continue;
        };
        let why = s.why.map(|w| Explanation {
            summary: w.summary,
            pieces: w
                .pieces
                .into_iter()
                .filter_map(|(role, a, b)| {
                    Some(Piece {
                        role,
                        start: doc.byte_at(a)?,
                        end: doc.byte_at(b)?,
                    })
                })
                .collect(),
        });
        spans.push(Span {
            id: SpanId(s.id),
            start,
            end,
            label: s.label,
            attrs: s.attrs,
            status: s.status,
            origin: s.origin,
            note: s.note,
            why,
        });
    }
    for (s, why) in doc.set_spans(spans) {
        bad.push(BadSpan {
            doc: doc.id.clone(),
            id: s.id.0,
            start: doc.char_at(s.start),
            end: doc.char_at(s.end),
            reason: why.to_string(),
        });
    }
    (doc, bad)
}
