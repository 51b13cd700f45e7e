//! doccano sequence labeling JSONL: `{"text", "label": [[start, end,
//! "LABEL"], ...]}` with code point offsets, as doccano's import reads it.

use std::path::Path;

use serde::Serialize;

use super::{Ctx, Progress, Written};
use crate::error::Result;

#[derive(Serialize)]
struct Line<'a> {
    text: &'a str,
    label: Vec<(usize, usize, &'a str)>,
}

/// Writes one doccano JSONL file.
pub(super) fn write(ctx: &Ctx, path: &Path, prog: &mut Progress) -> Result<Written> {
    ctx.write_json_lines(path, prog, false, |d, kept| Line {
        text: d.text(),
        label: kept
            .iter()
            .map(|s| (d.char_at(s.start), d.char_at(s.end), s.label.as_str()))
            .collect(),
    })
}
