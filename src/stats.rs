//! Counts over a project: what `newsmark stats` prints.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{DocState, Status};
use crate::project::Project;

/// Spans of one label by status.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    /// Accepted spans.
    pub accepted: usize,
    /// Pending suggestions.
    pub pending: usize,
    /// Rejected suggestions.
    pub rejected: usize,
}

impl StatusCounts {
    fn add(&mut self, s: Status) {
        match s {
            Status::Accepted => self.accepted += 1,
            Status::Pending => self.pending += 1,
            Status::Rejected => self.rejected += 1,
        }
    }
}

/// Project statistics.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Number of documents.
    pub documents: usize,
    /// Characters (code points) of text.
    pub chars: usize,
    /// Spans per label and status; every project label appears.
    pub spans: BTreeMap<String, StatusCounts>,
    /// Documents per state.
    pub states: BTreeMap<String, usize>,
}

/// Counts documents, characters, spans and states.
pub fn stats(p: &Project) -> Stats {
    let mut st = Stats {
        documents: p.documents.len(),
        ..Default::default()
    };
    for l in &p.labels {
        st.spans.entry(l.name.clone()).or_default();
    }
    for s in [DocState::NotStarted, DocState::InProgress, DocState::Done] {
        st.states.insert(s.as_str().into(), 0);
    }
    for d in &p.documents {
        st.chars += d.char_len();
        *st.states.entry(d.state.as_str().into()).or_default() += 1;
        for s in d.spans() {
            st.spans.entry(s.label.clone()).or_default().add(s.status);
        }
    }
    st
}
