//! Undo and redo: every change to the project is an [`Edit`] that knows how
//! to apply itself forwards and backwards. The stacks have no limit.

use newsmark::model::document::SpanRejection;
use newsmark::{DocState, Document, Project, Span, SpanId};

/// One reversible change to the project. Documents are named by index: the
/// only edit that changes the list appends at the end, and the stacks undo
/// in order, so indices stay valid.
#[derive(Debug, Clone)]
pub enum Edit {
    /// A span was added.
    AddSpan { doc: usize, span: Span },
    /// A span was removed.
    RemoveSpan { doc: usize, span: Span },
    /// A span changed (label, status, attributes); same id before and after.
    /// Boxed: two spans would make every edit twice as large.
    ChangeSpan {
        doc: usize,
        before: Box<Span>,
        after: Box<Span>,
    },
    /// A document's state changed.
    DocState {
        doc: usize,
        before: DocState,
        after: DocState,
    },
    /// All spans of a document replaced at once (accept all, suggestions):
    /// one sort instead of one insert per span.
    ReplaceSpans {
        doc: usize,
        before: Vec<Span>,
        after: Vec<Span>,
    },
    /// Documents were appended (an import).
    AddDocs { docs: Vec<Document> },
    /// Several edits as one step.
    Group(Vec<Edit>),
}

/// Why an edit could not be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditError(pub String);

fn rejection(r: SpanRejection) -> EditError {
    EditError(match r {
        SpanRejection::OutOfRange => "the range is empty or outside the text".into(),
        SpanRejection::SplitsCharacter => "the range splits a character".into(),
        SpanRejection::Duplicate(id) => format!("the same label covers that text already ({id})"),
    })
}

fn doc_mut(p: &mut Project, i: usize) -> Result<&mut Document, EditError> {
    p.documents
        .get_mut(i)
        .ok_or_else(|| EditError(format!("no document {i}")))
}

fn replace(p: &mut Project, doc: usize, with: &Span) -> Result<(), EditError> {
    doc_mut(p, doc)?
        .update_span(with.id, |s| *s = with.clone())
        .map_err(rejection)
}

impl Edit {
    /// The document the edit is about, for moving the view there on undo.
    pub fn doc(&self) -> Option<usize> {
        match self {
            Edit::AddSpan { doc, .. }
            | Edit::RemoveSpan { doc, .. }
            | Edit::ChangeSpan { doc, .. }
            | Edit::DocState { doc, .. }
            | Edit::ReplaceSpans { doc, .. } => Some(*doc),
            Edit::AddDocs { .. } => None,
            Edit::Group(v) => v.iter().find_map(Edit::doc),
        }
    }

    /// The span the edit is about, to select it after undo or redo.
    pub fn span(&self) -> Option<SpanId> {
        match self {
            Edit::AddSpan { span, .. } | Edit::RemoveSpan { span, .. } => Some(span.id),
            Edit::ChangeSpan { after, .. } => Some(after.id),
            Edit::Group(v) => v.iter().find_map(Edit::span),
            _ => None,
        }
    }

    /// Applies the edit (`forward`) or its inverse. A group that fails half
    /// way is rolled back, so the project is never left half changed.
    pub fn apply(&self, p: &mut Project, forward: bool) -> Result<(), EditError> {
        match self {
            Edit::AddSpan { doc, span } | Edit::RemoveSpan { doc, span } => {
                let adding = matches!(self, Edit::AddSpan { .. }) == forward;
                let d = doc_mut(p, *doc)?;
                if adding {
                    d.add_span(span.clone()).map(|_| ()).map_err(rejection)
                } else {
                    d.remove_span(span.id)
                        .map(|_| ())
                        .ok_or_else(|| EditError(format!("span {} is gone", span.id)))
                }
            }
            Edit::ChangeSpan { doc, before, after } => {
                replace(p, *doc, if forward { after } else { before })
            }
            Edit::DocState { doc, before, after } => {
                doc_mut(p, *doc)?.state = if forward { *after } else { *before };
                Ok(())
            }
            Edit::ReplaceSpans { doc, before, after } => {
                let spans = if forward { after } else { before };
                let bad = doc_mut(p, *doc)?.set_spans(spans.clone());
                match bad.first() {
                    None => Ok(()),
                    Some((_, r)) => Err(rejection(r.clone())),
                }
            }
            Edit::AddDocs { docs } => {
                if forward {
                    p.documents.extend(docs.iter().cloned());
                    p.reserve_ids_above_existing();
                } else {
                    let keep = p.documents.len().saturating_sub(docs.len());
                    p.documents.truncate(keep);
                }
                Ok(())
            }
            Edit::Group(edits) => {
                let order: Vec<&Edit> = if forward {
                    edits.iter().collect()
                } else {
                    edits.iter().rev().collect()
                };
                for (n, e) in order.iter().enumerate() {
                    if let Err(err) = e.apply(p, forward) {
                        for done in order[..n].iter().rev() {
                            done.apply(p, !forward).ok();
                        }
                        return Err(err);
                    }
                }
                Ok(())
            }
        }
    }
}

/// What lets consecutive edits merge into one undo step (typing in an
/// attribute field makes one step, not one per key).
pub type MergeKey = (SpanId, String);

#[derive(Debug, Clone)]
struct Entry {
    id: u64,
    edit: Edit,
    merge: Option<MergeKey>,
}

/// The undo and redo stacks.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    next_id: u64,
}

impl History {
    /// An id for the project state: equal ids mean equal projects, so the
    /// dirty mark goes away when undo returns to the saved state.
    pub fn state_id(&self) -> u64 {
        self.undo.last().map_or(0, |e| e.id)
    }

    fn fresh_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// Records an edit that has been applied. With a merge key equal to the
    /// last step's, the two become one step (with a new state id).
    pub fn push(&mut self, edit: Edit, merge: Option<MergeKey>) {
        self.redo.clear();
        let id = self.fresh_id();
        if let (Some(key), Some(last)) = (&merge, self.undo.last_mut())
            && last.merge.as_ref() == Some(key)
            && let Edit::ChangeSpan { after, doc, .. } = &edit
        {
            // The first edit of a document that was not started is grouped
            // with its state change: the typing merges into that edit.
            let first = match &mut last.edit {
                Edit::Group(v) => v.first_mut(),
                e => Some(e),
            };
            if let Some(Edit::ChangeSpan {
                doc: d, after: a, ..
            }) = first
                && d == doc
            {
                *a = after.clone();
                last.id = id;
                return;
            }
        }
        self.undo.push(Entry { id, edit, merge });
    }

    /// Undoes the last step; returns the edit that was undone.
    pub fn undo(&mut self, p: &mut Project) -> Option<Result<Edit, EditError>> {
        let e = self.undo.pop()?;
        Some(match e.edit.apply(p, false) {
            Ok(()) => {
                let edit = e.edit.clone();
                self.redo.push(Entry { merge: None, ..e });
                Ok(edit)
            }
            Err(err) => {
                self.undo.push(e);
                Err(err)
            }
        })
    }

    /// Redoes the last undone step.
    pub fn redo(&mut self, p: &mut Project) -> Option<Result<Edit, EditError>> {
        let e = self.redo.pop()?;
        Some(match e.edit.apply(p, true) {
            Ok(()) => {
                let edit = e.edit.clone();
                self.undo.push(e);
                Ok(edit)
            }
            Err(err) => {
                self.redo.push(e);
                Err(err)
            }
        })
    }

    /// Whether there is something to undo / redo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets everything (a different project was opened).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_redo_and_merge() {
        let mut p = Project::new();
        p.documents.push(Document::new("d", "d", "hello world"));
        let mut h = History::default();
        let s = Span::manual(p.alloc_span_id(), 0, 5, "QUOTE");
        let add = Edit::AddSpan {
            doc: 0,
            span: s.clone(),
        };
        add.apply(&mut p, true).unwrap();
        h.push(add, None);
        let saved = h.state_id();
        for v in ["a", "ab"] {
            let before = p.documents[0].spans()[0].clone();
            let mut after = before.clone();
            after.attrs.insert("speaker", v.into());
            let e = Edit::ChangeSpan {
                doc: 0,
                before: Box::new(before),
                after: Box::new(after),
            };
            e.apply(&mut p, true).unwrap();
            h.push(e, Some((s.id, "speaker".into())));
        }
        assert_ne!(h.state_id(), saved);
        h.undo(&mut p).unwrap().unwrap();
        assert!(p.documents[0].spans()[0].attrs.is_empty());
        assert_eq!(h.state_id(), saved);
        h.undo(&mut p).unwrap().unwrap();
        assert!(p.documents[0].spans().is_empty());
        h.redo(&mut p).unwrap().unwrap();
        h.redo(&mut p).unwrap().unwrap();
        assert_eq!(p.documents[0].spans()[0].attrs["speaker"], "ab");
    }

    #[test]
    fn typing_merges_into_a_first_edit_grouped_with_its_state_change() {
        let mut p = Project::new();
        p.documents.push(Document::new("d", "d", "hello world"));
        let s = Span::manual(p.alloc_span_id(), 0, 5, "QUOTE");
        p.documents[0].add_span(s.clone()).unwrap();
        let mut h = History::default();
        for (k, v) in ["a", "ab", "abc"].into_iter().enumerate() {
            let before = p.documents[0].spans()[0].clone();
            let mut after = before.clone();
            after.attrs.insert("speaker", v.into());
            let mut e = Edit::ChangeSpan {
                doc: 0,
                before: Box::new(before),
                after: Box::new(after),
            };
            // As `AppState::apply` makes the first edit of a new document.
            if k == 0 {
                e = Edit::Group(vec![
                    e,
                    Edit::DocState {
                        doc: 0,
                        before: DocState::NotStarted,
                        after: DocState::InProgress,
                    },
                ]);
            }
            e.apply(&mut p, true).unwrap();
            h.push(e, Some((s.id, "speaker".into())));
        }
        // One undo takes back all the typing and the state change.
        h.undo(&mut p).unwrap().unwrap();
        assert!(p.documents[0].spans()[0].attrs.is_empty());
        assert_eq!(p.documents[0].state, DocState::NotStarted);
        assert!(!h.can_undo());
        h.redo(&mut p).unwrap().unwrap();
        assert_eq!(p.documents[0].spans()[0].attrs["speaker"], "abc");
        assert_eq!(p.documents[0].state, DocState::InProgress);
    }
}
