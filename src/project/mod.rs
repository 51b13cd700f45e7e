//! A project: labels, the rule set in use, and documents with their spans.
//! [`io`] reads and writes it as one RON file.

pub mod check;
pub mod io;
pub mod labels;
mod schema;
mod span_lines;

use std::path::PathBuf;

use crate::model::{DocId, Document, Label, SpanId};

pub use io::{load, save, to_canonical_string};
pub use schema::FORMAT_VERSION;

/// Which rule set a project uses for suggestions.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum RulesRef {
    /// The default rules compiled into Newsmark.
    #[default]
    Builtin,
    /// A rule file; a relative path is relative to the project file.
    File(PathBuf),
}

/// A whole annotation project.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    /// Labels, in display order.
    pub labels: Vec<Label>,
    /// Rule set for suggestions.
    pub rules: RulesRef,
    /// Documents, in project order.
    pub documents: Vec<Document>,
    next_span_id: u64,
}

impl Default for Project {
    fn default() -> Self {
        Self::new()
    }
}

/// Outcome of adding a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// Added with this id.
    New(DocId),
    /// The same text is in the project already, as this document.
    Duplicate(DocId),
}

impl Project {
    /// An empty project with the default labels and rules.
    pub fn new() -> Self {
        Self {
            labels: Label::defaults(),
            rules: RulesRef::Builtin,
            documents: Vec::new(),
            next_span_id: 1,
        }
    }

    /// A fresh span id, never used before in this project.
    pub fn alloc_span_id(&mut self) -> SpanId {
        let id = SpanId(self.next_span_id);
        self.next_span_id += 1;
        id
    }

    /// The next id [`Project::alloc_span_id`] will give.
    pub fn next_span_id(&self) -> u64 {
        self.next_span_id
    }

    /// Makes sure future ids are above every id in use (after a load or merge).
    pub fn reserve_ids_above_existing(&mut self) {
        let max = self
            .documents
            .iter()
            .flat_map(|d| d.spans().iter().map(|s| s.id.0))
            .max()
            .unwrap_or(0);
        self.next_span_id = self.next_span_id.max(max + 1);
    }

    pub(crate) fn set_next_span_id(&mut self, next: u64) {
        self.next_span_id = next;
    }

    /// The label with this name.
    pub fn label(&self, name: &str) -> Option<&Label> {
        self.labels.iter().find(|l| l.name == name)
    }

    /// The document with this id.
    pub fn doc(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Index of the document with this id.
    pub fn doc_index(&self, id: &str) -> Option<usize> {
        self.documents.iter().position(|d| d.id == id)
    }

    /// An id based on `wanted` that no document has yet.
    pub fn unique_doc_id(&self, wanted: &str) -> DocId {
        let base = if wanted.is_empty() { "doc" } else { wanted };
        if self.doc(base).is_none() {
            return base.to_string();
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| self.doc(id).is_none())
            .unwrap_or_else(|| base.to_string())
    }

    /// Adds a document unless one with the same text exists. The id is made
    /// unique if it is taken. Span ids of the document are kept when free and
    /// renumbered otherwise.
    pub fn add_document(&mut self, doc: Document) -> Added {
        if let Some(old) = self.documents.iter().find(|d| d.text() == doc.text()) {
            return Added::Duplicate(old.id.clone());
        }
        Added::New(self.add_document_unchecked(doc))
    }

    /// Adds a document without looking for the same text (the caller has).
    /// The id is made unique and span ids are given fresh.
    pub fn add_document_unchecked(&mut self, mut doc: Document) -> DocId {
        doc.id = self.unique_doc_id(&doc.id);
        let mut spans = doc.spans().to_vec();
        for s in &mut spans {
            s.id = self.alloc_span_id();
        }
        doc.set_spans(spans);
        let id = doc.id.clone();
        self.documents.push(doc);
        id
    }

    /// Total number of spans.
    pub fn span_count(&self) -> usize {
        self.documents.iter().map(|d| d.spans().len()).sum()
    }
}
