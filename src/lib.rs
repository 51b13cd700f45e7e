//! Newsmark library: documents, spans, project files, importers, exporters and
//! the rule engine. Nothing in this crate knows about a window; the
//! `newsmark` binary builds the window and the command line on top of it.

pub mod error;
pub mod formats;
pub mod model;
pub mod project;
pub mod rules;
pub mod stats;

pub use error::{Error, Result};
pub use model::{
    Attrs, DocId, DocState, Document, Explanation, Label, Origin, Piece, Span, SpanId, Status,
};
pub use project::Project;
