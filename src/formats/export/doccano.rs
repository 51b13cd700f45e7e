//! doccano sequence labeling JSONL: `{"text", "label": [[start, end,
//! "LABEL"], ...]}` with code point offsets, as doccano's import reads it.

use std::path::Path;

use serde::Serialize;

use super::sink::AtomicFile;
use super::{Ctx, Progress, Written};
use crate::error::Result;

#[derive(Serialize)]
struct Line<'a> {
    text: &'a str,
    label: Vec<(usize, usize, &'a str)>,
}

/// Writes one doccano JSONL file.
pub(super) fn write(ctx: &Ctx, path: &Path, prog: &mut Progress) -> Result<Written> {
    let mut f = AtomicFile::create(path)?;
    let mut spans = 0;
    for d in ctx.documents() {
        let kept = ctx.spans(d, false);
        spans += kept.len();
        let line = Line {
            text: d.text(),
            label: kept
                .iter()
                .map(|s| (d.char_at(s.start), d.char_at(s.end), s.label.as_str()))
                .collect(),
        };
        f.write_json_line(&line)?;
        prog.tick()?;
    }
    Ok(Written {
        files: vec![f.commit()?],
        spans,
        warnings: Vec::new(),
    })
}
