//! Spans: a labelled range of a document's text with its attributes.

use serde::{Deserialize, Serialize};

pub use super::attrs::Attrs;

/// Identifier of a span, unique within its project and never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SpanId(pub u64);

impl std::fmt::Display for SpanId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "s{}", self.0)
    }
}

/// Review status of a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Status {
    /// A person made or accepted it.
    Accepted,
    /// A rule suggested it and nobody has decided yet.
    Pending,
    /// A person rejected the suggestion; kept so it is never suggested again.
    Rejected,
}

impl Status {
    /// Lower-case name used in exports and command output.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Accepted => "accepted",
            Status::Pending => "pending",
            Status::Rejected => "rejected",
        }
    }

    /// Parses the lower-case name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "accepted" => Some(Status::Accepted),
            "pending" => Some(Status::Pending),
            "rejected" => Some(Status::Rejected),
            _ => None,
        }
    }

    /// All statuses, in display order.
    pub const ALL: [Status; 3] = [Status::Accepted, Status::Pending, Status::Rejected];
}

/// Where a span came from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Origin {
    /// Made by a person in the window or a hand edit.
    Manual,
    /// Suggested by the rule with this id.
    Rule(String),
    /// Read from another tool's annotations (`doccano`, `brat`, ...).
    Import(String),
}

impl Origin {
    /// Short text form: `manual`, `rule:<id>` or `import:<tool>`.
    pub fn to_text(&self) -> String {
        match self {
            Origin::Manual => "manual".into(),
            Origin::Rule(id) => format!("rule:{id}"),
            Origin::Import(tool) => format!("import:{tool}"),
        }
    }

    /// Parses the short text form written by [`Origin::to_text`].
    pub fn from_text(s: &str) -> Self {
        if let Some(id) = s.strip_prefix("rule:") {
            Origin::Rule(id.to_string())
        } else if let Some(tool) = s.strip_prefix("import:") {
            Origin::Import(tool.to_string())
        } else if s == "manual" || s.is_empty() {
            Origin::Manual
        } else {
            Origin::Import(s.to_string())
        }
    }
}

/// One piece of text a rule matched, with the role it played.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// What the piece is to the rule (`open-mark`, `speaker`, `number`, ...).
    pub role: String,
    /// Byte offset where the piece starts.
    pub start: usize,
    /// Byte offset where the piece ends (exclusive).
    pub end: usize,
}

/// Why a rule made a suggestion.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Explanation {
    /// One sentence in plain words.
    pub summary: String,
    /// The pieces that matched.
    pub pieces: Vec<Piece>,
}

/// A labelled range of a document's text.
#[derive(Debug, Clone)]
pub struct Span {
    /// Stable identifier.
    pub id: SpanId,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Label name (`CLAIM`, `QUOTE`, `FIGURE`, or a user label).
    pub label: String,
    /// Attributes (`speaker`, `value`, `claimant`, ...).
    pub attrs: Attrs,
    /// Review status.
    pub status: Status,
    /// Who made it.
    pub origin: Origin,
    /// Free-text note.
    pub note: Option<String>,
    /// For suggestions: why the rule made it. Derived from the text and the
    /// rule set, so it is not saved in project files (the window recomputes
    /// it) and two spans that differ only here are equal.
    pub why: Option<Explanation>,
}

impl PartialEq for Span {
    fn eq(&self, o: &Self) -> bool {
        self.id == o.id
            && self.start == o.start
            && self.end == o.end
            && self.label == o.label
            && self.attrs == o.attrs
            && self.status == o.status
            && self.origin == o.origin
            && self.note == o.note
    }
}

impl Eq for Span {}

impl Span {
    /// A new accepted manual span with no attributes.
    pub fn manual(id: SpanId, start: usize, end: usize, label: impl Into<String>) -> Self {
        Self {
            id,
            start,
            end,
            label: label.into(),
            attrs: Attrs::new(),
            status: Status::Accepted,
            origin: Origin::Manual,
            note: None,
            why: None,
        }
    }

    /// The canonical order: start, end, label, id.
    pub fn sort_key(&self) -> (usize, usize, &str, SpanId) {
        (self.start, self.end, self.label.as_str(), self.id)
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no text.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}
