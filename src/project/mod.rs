//! A project: labels, the rule set in use, and documents with their spans.
//! [`io`] reads and writes it as one RON file.

pub mod check;
pub mod io;
pub mod labels;
mod schema;
mod span_lines;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use crate::model::{DocId, Document, Label, SpanId};

pub use io::{load, save, to_canonical_string};
pub use schema::FORMAT_VERSION;

/// The document ids of a project, to make new ones unique without a scan
/// of every document: `x`, then `x-2`, `x-3`, … as
/// [`Project::unique_doc_id`] gives them.
#[derive(Debug, Default)]
pub struct DocIds {
    taken: HashSet<DocId>,
    /// Per id asked for, the next number to try.
    next: HashMap<DocId, usize>,
}

impl DocIds {
    /// The ids `p` has.
    pub fn of(p: &Project) -> DocIds {
        DocIds {
            taken: p.documents.iter().map(|d| d.id.clone()).collect(),
            next: HashMap::new(),
        }
    }

    /// A free id based on `wanted`, now taken.
    pub fn claim(&mut self, wanted: &str) -> DocId {
        let base = if wanted.is_empty() { "doc" } else { wanted };
        if self.taken.insert(base.to_string()) {
            return base.to_string();
        }
        // Every number below `next` is taken: ids are only ever added.
        let n = self.next.entry(base.to_string()).or_insert(2);
        loop {
            let id = format!("{base}-{n}");
            *n += 1;
            if self.taken.insert(id.clone()) {
                return id;
            }
        }
    }
}

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
    pub fn add_document_unchecked(&mut self, doc: Document) -> DocId {
        let id = self.unique_doc_id(&doc.id);
        self.push_with_id(doc, id)
    }

    /// [`Project::add_document_unchecked`] for one of many documents: the
    /// id is made unique with `ids` (the project's ids, see [`DocIds::of`]),
    /// not by a look at every document, so adding many stays linear.
    pub fn add_document_with_ids(&mut self, doc: Document, ids: &mut DocIds) -> DocId {
        let id = ids.claim(&doc.id);
        self.push_with_id(doc, id)
    }

    fn push_with_id(&mut self, mut doc: Document, id: DocId) -> DocId {
        doc.id = id;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_made_with_the_set_are_those_made_by_scanning() {
        let wanted = ["a", "a", "a-2", "a", "", "doc", "", "b", "a-3", "a"];
        let mut scanned = Project::new();
        let mut with_set = Project::new();
        scanned.add_document(Document::new("a-4", "x", "pre-existing"));
        with_set.add_document(Document::new("a-4", "x", "pre-existing"));
        let mut ids = DocIds::of(&with_set);
        for (k, w) in wanted.iter().enumerate() {
            let text = format!("text {k}");
            let a = scanned.add_document_unchecked(Document::new(*w, "n", text.clone()));
            let b = with_set.add_document_with_ids(Document::new(*w, "n", text), &mut ids);
            assert_eq!(a, b, "{w:?}");
        }
        let got: Vec<&str> = with_set.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            got,
            [
                "a-4", "a", "a-2", "a-2-2", "a-3", "doc", "doc-2", "doc-3", "b", "a-3-2", "a-5"
            ]
        );
    }
}
