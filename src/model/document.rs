//! Documents: an article's exact text and the spans on it.

use std::path::PathBuf;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::offsets::OffsetMap;
use super::span::{Span, SpanId};

/// Identifier of a document, unique within its project.
pub type DocId = String;

/// How far annotation of a document has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum DocState {
    /// Nobody has touched it.
    #[default]
    NotStarted,
    /// Someone has made a decision on it.
    InProgress,
    /// Marked done.
    Done,
}

impl DocState {
    /// Lower-case name for output.
    pub fn as_str(self) -> &'static str {
        match self {
            DocState::NotStarted => "not_started",
            DocState::InProgress => "in_progress",
            DocState::Done => "done",
        }
    }
}

/// Why a span could not be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpanRejection {
    /// Start after end, an empty span, or an end past the text.
    OutOfRange,
    /// An offset falls inside a character.
    SplitsCharacter,
    /// A span with the same label and range exists already.
    Duplicate(SpanId),
}

impl std::fmt::Display for SpanRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SpanRejection::OutOfRange => {
                f.write_str("empty, reversed, or past the end of the text")
            }
            SpanRejection::SplitsCharacter => f.write_str("an offset falls inside a character"),
            SpanRejection::Duplicate(id) => {
                write!(f, "the same label and range as span {}", id.0)
            }
        }
    }
}

/// An article: its text exactly as read and its spans.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Stable identifier.
    pub id: DocId,
    /// Display name (the file stem for imported files).
    pub name: String,
    /// Where the text was read from.
    pub source: Option<PathBuf>,
    /// Annotation progress.
    pub state: DocState,
    /// Extra fields from the source (a JSON object as text), kept for export.
    pub meta: Option<String>,
    text: String,
    /// Spans sorted by [`Span::sort_key`].
    spans: Vec<Span>,
    offsets: OnceLock<OffsetMap>,
    /// Prefix maximum of span ends, for stabbing queries.
    max_end: OnceLock<Vec<usize>>,
}

impl PartialEq for Document {
    fn eq(&self, o: &Self) -> bool {
        self.id == o.id
            && self.name == o.name
            && self.source == o.source
            && self.state == o.state
            && self.meta == o.meta
            && self.text == o.text
            && self.spans == o.spans
    }
}

impl Document {
    /// A document with no spans.
    pub fn new(id: impl Into<DocId>, name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            text: text.into(),
            ..Default::default()
        }
    }

    /// The text exactly as read.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The byte/code point offset map of the text.
    pub fn offsets(&self) -> &OffsetMap {
        self.offsets.get_or_init(|| OffsetMap::new(&self.text))
    }

    /// Code point offset of a byte offset.
    pub fn char_at(&self, byte: usize) -> usize {
        self.offsets().to_char(&self.text, byte)
    }

    /// Byte offset of a code point offset (`None` past the end).
    pub fn byte_at(&self, ch: usize) -> Option<usize> {
        self.offsets().to_byte(&self.text, ch)
    }

    /// Length of the text in code points.
    pub fn char_len(&self) -> usize {
        self.offsets().char_len()
    }

    /// The spans, sorted by start, end, label, id.
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// The text a span covers.
    pub fn span_text(&self, span: &Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Checks that `start..end` is a non-empty range on character boundaries.
    pub fn check_range(&self, start: usize, end: usize) -> Result<(), SpanRejection> {
        if start >= end || end > self.text.len() {
            return Err(SpanRejection::OutOfRange);
        }
        if !self.text.is_char_boundary(start) || !self.text.is_char_boundary(end) {
            return Err(SpanRejection::SplitsCharacter);
        }
        Ok(())
    }

    /// The span with this label and range, if any.
    pub fn find_same(&self, start: usize, end: usize, label: &str) -> Option<&Span> {
        let from = self
            .spans
            .partition_point(|s| (s.start, s.end) < (start, end));
        self.spans[from..]
            .iter()
            .take_while(|s| s.start == start && s.end == end)
            .find(|s| s.label == label)
    }

    /// Adds a span, keeping the order. Two spans with the same label and
    /// range are one span, so a duplicate is refused with the existing id.
    pub fn add_span(&mut self, span: Span) -> Result<SpanId, SpanRejection> {
        self.check_range(span.start, span.end)?;
        if let Some(old) = self.find_same(span.start, span.end, &span.label) {
            return Err(SpanRejection::Duplicate(old.id));
        }
        let id = span.id;
        let at = self
            .spans
            .partition_point(|s| s.sort_key() < span.sort_key());
        self.spans.insert(at, span);
        self.spans_changed();
        Ok(id)
    }

    /// Replaces all spans at once (one sort instead of one insert each).
    /// Spans that are out of range, split a character or repeat another are
    /// returned, not kept.
    pub fn set_spans(&mut self, mut spans: Vec<Span>) -> Vec<(Span, SpanRejection)> {
        let mut bad = Vec::new();
        spans.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        let mut kept: Vec<Span> = Vec::with_capacity(spans.len());
        for s in spans {
            if let Err(e) = self.check_range(s.start, s.end) {
                bad.push((s, e));
                continue;
            }
            // Sorted by (start, end, label): a duplicate sits right after its twin,
            // possibly behind other labels of the same range.
            let dup = kept
                .iter()
                .rev()
                .take_while(|k| k.start == s.start && k.end == s.end)
                .find(|k| k.label == s.label)
                .map(|k| k.id);
            match dup {
                Some(id) => bad.push((s, SpanRejection::Duplicate(id))),
                None => kept.push(s),
            }
        }
        self.spans = kept;
        self.spans_changed();
        bad
    }

    /// Removes a span; returns it.
    pub fn remove_span(&mut self, id: SpanId) -> Option<Span> {
        let i = self.spans.iter().position(|s| s.id == id)?;
        let s = self.spans.remove(i);
        self.spans_changed();
        Some(s)
    }

    /// The span with this id.
    pub fn span(&self, id: SpanId) -> Option<&Span> {
        self.spans.iter().find(|s| s.id == id)
    }

    /// Changes a span through `f`, then restores the order. Fails (and
    /// changes nothing) when the result would be out of range or a duplicate.
    pub fn update_span(
        &mut self,
        id: SpanId,
        f: impl FnOnce(&mut Span),
    ) -> Result<(), SpanRejection> {
        let i = self
            .spans
            .iter()
            .position(|s| s.id == id)
            .ok_or(SpanRejection::OutOfRange)?;
        let mut new = self.spans[i].clone();
        f(&mut new);
        self.check_range(new.start, new.end)?;
        if let Some(other) = self.find_same(new.start, new.end, &new.label)
            && other.id != id
        {
            return Err(SpanRejection::Duplicate(other.id));
        }
        self.spans.remove(i);
        let at = self
            .spans
            .partition_point(|s| s.sort_key() < new.sort_key());
        self.spans.insert(at, new);
        self.spans_changed();
        Ok(())
    }

    /// Spans that cover byte `pos` (start <= pos < end), innermost last.
    pub fn spans_at(&self, pos: usize) -> impl Iterator<Item = &Span> {
        self.spans_overlapping(pos, pos + 1)
    }

    /// Spans that overlap `start..end`, in order. Uses the prefix maximum of
    /// span ends, so it costs a binary search plus the spans it returns plus
    /// the spans that start before `start` and end inside the window.
    pub fn spans_overlapping(&self, start: usize, end: usize) -> impl Iterator<Item = &Span> {
        let max_end = self.max_end.get_or_init(|| {
            let mut m = 0;
            self.spans
                .iter()
                .map(|s| {
                    m = m.max(s.end);
                    m
                })
                .collect()
        });
        // The first span whose prefix max end passes `start` may overlap; none before it can.
        let first = max_end.partition_point(|&m| m <= start);
        let last = self.spans.partition_point(|s| s.start < end);
        self.spans[first..last.max(first)]
            .iter()
            .filter(move |s| s.end > start)
    }

    fn spans_changed(&mut self) {
        self.max_end = OnceLock::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document::new("d", "d", "“Hi 👍,” she said. Café\r\nEnd.")
    }

    #[test]
    fn duplicates_are_one_span() {
        let mut d = doc();
        let id = d.add_span(Span::manual(SpanId(1), 0, 10, "QUOTE")).unwrap();
        assert_eq!(
            d.add_span(Span::manual(SpanId(2), 0, 10, "QUOTE")),
            Err(SpanRejection::Duplicate(id))
        );
        assert!(d.add_span(Span::manual(SpanId(3), 0, 10, "CLAIM")).is_ok());
        assert_eq!(d.spans().len(), 2);
    }

    #[test]
    fn refuses_split_characters_and_bad_ranges() {
        let mut d = doc();
        assert_eq!(
            d.add_span(Span::manual(SpanId(1), 1, 4, "QUOTE")),
            Err(SpanRejection::SplitsCharacter)
        );
        assert_eq!(
            d.add_span(Span::manual(SpanId(1), 4, 4, "QUOTE")),
            Err(SpanRejection::OutOfRange)
        );
        assert_eq!(
            d.add_span(Span::manual(SpanId(1), 0, 999, "QUOTE")),
            Err(SpanRejection::OutOfRange)
        );
    }

    #[test]
    fn stabbing_query_finds_nested_and_overlapping() {
        let mut d = Document::new("d", "d", "a".repeat(100));
        d.add_span(Span::manual(SpanId(1), 0, 90, "CLAIM")).unwrap();
        d.add_span(Span::manual(SpanId(2), 10, 20, "QUOTE"))
            .unwrap();
        d.add_span(Span::manual(SpanId(3), 15, 40, "FIGURE"))
            .unwrap();
        d.add_span(Span::manual(SpanId(4), 50, 60, "FIGURE"))
            .unwrap();
        let at = |p| d.spans_at(p).map(|s| s.id.0).collect::<Vec<_>>();
        assert_eq!(at(17), vec![1, 2, 3]);
        assert_eq!(at(20), vec![1, 3]);
        assert_eq!(at(45), vec![1]);
        assert_eq!(at(95), Vec::<u64>::new());
        let win: Vec<u64> = d.spans_overlapping(35, 55).map(|s| s.id.0).collect();
        assert_eq!(win, vec![1, 3, 4]);
    }

    #[test]
    fn update_keeps_order_and_refuses_duplicates() {
        let mut d = Document::new("d", "d", "a".repeat(100));
        d.add_span(Span::manual(SpanId(1), 0, 10, "CLAIM")).unwrap();
        d.add_span(Span::manual(SpanId(2), 5, 10, "CLAIM")).unwrap();
        assert!(d.update_span(SpanId(2), |s| s.start = 0).is_err());
        d.update_span(SpanId(1), |s| s.start = 8).unwrap();
        assert_eq!(d.spans()[0].id, SpanId(2));
    }
}
