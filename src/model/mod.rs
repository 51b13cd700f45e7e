//! The in-memory data model: documents, spans, labels and offset conversion.
//!
//! Offsets inside the program are byte offsets into the document text, always
//! on character boundaries. Offsets that leave the program are code point
//! offsets; [`offsets::OffsetMap`] converts between the two.

mod attrs;
pub mod document;
pub mod label;
pub mod offsets;
pub mod span;

pub use document::{DocId, DocState, Document};
pub use label::{Label, Rgb};
pub use offsets::OffsetMap;
pub use span::{Attrs, Explanation, Origin, Piece, Span, SpanId, Status};
