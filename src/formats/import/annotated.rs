//! Shared by the importers of other tools' annotations (doccano, Label
//! Studio, brat): turning code point offsets into checked spans, and
//! collecting every span that does not fit its text so the import fails
//! with all of them listed (document and line) instead of dropping or
//! shifting any.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::model::{Attrs, Document, Origin, Span, SpanId, Status};

/// Spans read so far and the problems found, for one file.
pub struct Collector {
    path: PathBuf,
    problems: Vec<String>,
}

/// Problems listed in the error before "and N more".
const SHOWN: usize = 20;

impl Collector {
    /// A collector for `path`.
    pub fn new(path: &Path) -> Self {
        Self {
            path: path.to_path_buf(),
            problems: Vec::new(),
        }
    }

    /// Records a problem on `line` of the file.
    pub fn problem(&mut self, line: usize, doc: &str, msg: impl std::fmt::Display) {
        self.problems.push(format!(
            "{}: line {line}: document {doc:?}: {msg}",
            self.path.display()
        ));
    }

    /// A span from code point offsets, or a problem recorded when the offsets
    /// are outside the text, empty, or (when `expected` is given) cover
    /// other text than the tool said.
    #[allow(clippy::too_many_arguments)]
    pub fn span(
        &mut self,
        doc: &Document,
        line: usize,
        start: i64,
        end: i64,
        label: &str,
        expected: Option<&str>,
        status: Status,
        tool: &str,
    ) -> Option<Span> {
        let what = format!("span {start}..{end} {label}");
        if label.trim().is_empty() {
            self.problem(line, &doc.id, format!("{what} has no label"));
            return None;
        }
        let (b0, b1) = match (usize::try_from(start), usize::try_from(end)) {
            (Ok(s), Ok(e)) => (doc.byte_at(s), doc.byte_at(e)),
            _ => (None, None),
        };
        let (Some(b0), Some(b1)) = (b0, b1) else {
            self.problem(
                line,
                &doc.id,
                format!("{what} is outside the text ({} characters)", doc.char_len()),
            );
            return None;
        };
        if b0 >= b1 {
            self.problem(line, &doc.id, format!("{what} is empty or reversed"));
            return None;
        }
        let got = doc.text().get(b0..b1).unwrap_or("");
        if let Some(want) = expected
            && want != got
        {
            self.problem(
                line,
                &doc.id,
                format!("{what}: the file says {want:?} but the text there is {got:?}"),
            );
            return None;
        }
        Some(Span {
            id: SpanId(0),
            start: b0,
            end: b1,
            label: label.to_string(),
            attrs: Attrs::new(),
            status,
            origin: Origin::Import(tool.to_string()),
            note: None,
            why: None,
        })
    }

    /// Ok when nothing was wrong; otherwise one error listing the problems.
    pub fn finish(self) -> Result<()> {
        if self.problems.is_empty() {
            return Ok(());
        }
        let n = self.problems.len();
        let mut msg = format!(
            "{n} span{} do not match the text; nothing was imported:",
            if n == 1 { "" } else { "s" }
        );
        for p in self.problems.iter().take(SHOWN) {
            msg.push('\n');
            msg.push_str(p);
        }
        if n > SHOWN {
            msg.push_str(&format!("\n... and {} more", n - SHOWN));
        }
        Err(Error::invalid(&self.path, msg))
    }
}

/// Puts spans on a document with fresh ids; the same label on the same range
/// twice (two annotators agreeing) is kept once.
pub fn attach(doc: &mut Document, mut spans: Vec<Span>) {
    for (k, s) in spans.iter_mut().enumerate() {
        s.id = SpanId(k as u64 + 1);
    }
    // Offsets were checked, so only duplicates can be refused here.
    doc.set_spans(spans);
}

/// The 1-based line of byte `at` in `text`.
pub fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()
        .get(..at.min(text.len()))
        .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
        + 1
}
