//! CoNLL-style token BIO: one token a line (its number in the document,
//! then the token), then one BIO column per label layer, documents
//! separated by a blank line. Tokens are Unicode word boundary segments cut
//! at span boundaries (whitespace tokens are left out). A label whose spans
//! overlap each other gets more layers (`CLAIM`, `CLAIM_2`, ...), so every
//! span is kept. The first line, `# global.columns = ID FORM ...`, names
//! the columns as CoNLL-U Plus does; each document starts with
//! `# newdoc id = ID`. The number first means no token line starts with
//! `#` (a hashtag would read as a comment); label names have no spaces, so
//! readers that split on any whitespace read the same columns.

use std::fmt::Write as _;
use std::path::Path;

use super::names::{distinct_names, one_line};
use super::sink::AtomicFile;
use super::tokens::{is_space, tokenize};
use super::{Ctx, Progress, Written, span_warning};
use crate::error::Result;
use crate::model::Span;

/// Puts spans into layers: each span goes to the first layer where it
/// overlaps nothing. Spans must be sorted by start.
fn layers<'s>(spans: &[&'s Span]) -> Vec<Vec<&'s Span>> {
    let mut out: Vec<Vec<&Span>> = Vec::new();
    for &s in spans {
        match out
            .iter_mut()
            .find(|l| l.last().is_none_or(|p| p.end <= s.start))
        {
            Some(l) => l.push(s),
            None => out.push(vec![s]),
        }
    }
    out
}

/// Writes one CoNLL file.
pub(super) fn write(ctx: &Ctx, path: &Path, prog: &mut Progress) -> Result<Written> {
    // A first pass over the spans only: how many layers each label needs.
    let mut depth = vec![1usize; ctx.labels.len()];
    for d in ctx.documents() {
        let kept = ctx.spans(d, false);
        for (i, l) in ctx.labels.iter().enumerate() {
            let of: Vec<&Span> = kept.iter().copied().filter(|s| s.label == *l).collect();
            depth[i] = depth[i].max(layers(&of).len());
        }
    }
    let (names, mut warnings) = distinct_names(
        &ctx.labels,
        |l| {
            let n: String = l
                .chars()
                .map(|c| if c.is_whitespace() { '_' } else { c })
                .collect();
            if n.is_empty() { "_".into() } else { n }
        },
        "conll",
    );
    let mut f = AtomicFile::create(path)?;
    let mut header = String::from("# global.columns = ID FORM");
    for (l, n) in names.iter().zip(&depth) {
        for k in 0..*n {
            header.push(' ');
            header.push_str(&column_name(l, k));
        }
    }
    header.push('\n');
    f.write_all(header.as_bytes())?;
    let mut spans = 0;
    for d in ctx.documents() {
        let text = d.text();
        let kept = ctx.spans(d, false);
        let cuts: Vec<usize> = kept.iter().flat_map(|s| [s.start, s.end]).collect();
        let toks: Vec<_> = tokenize(text, &cuts)
            .into_iter()
            .filter(|&t| !is_space(text, t))
            .collect();
        // One tag vector per column, filled span by span.
        let mut columns: Vec<Vec<&str>> = Vec::new();
        for (l, n) in ctx.labels.iter().zip(&depth) {
            let of: Vec<&Span> = kept.iter().copied().filter(|s| s.label == *l).collect();
            let ls = layers(&of);
            for k in 0..*n {
                let mut col = vec!["O"; toks.len()];
                for s in ls.get(k).map(Vec::as_slice).unwrap_or(&[]) {
                    let from = toks.partition_point(|t| t.start < s.start);
                    if toks.get(from).is_none_or(|t| t.start >= s.end) {
                        warnings.push(span_warning(
                            "conll",
                            d,
                            s,
                            "holds only whitespace, which has no tokens; not written",
                        ));
                        continue;
                    }
                    spans += 1;
                    for (j, t) in toks.iter().enumerate().skip(from) {
                        if t.start >= s.end {
                            break;
                        }
                        col[j] = if j == from { "B" } else { "I" };
                    }
                }
                columns.push(col);
            }
        }
        let mut out = format!("# newdoc id = {}\n", one_line(&d.id));
        for (j, t) in toks.iter().enumerate() {
            let _ = write!(out, "{}\t{}", j + 1, &text[t.start..t.end]);
            let mut c = 0;
            for (l, n) in names.iter().zip(&depth) {
                for _ in 0..*n {
                    out.push('\t');
                    match columns[c][j] {
                        "O" => out.push('O'),
                        bi => {
                            out.push_str(bi);
                            out.push('-');
                            out.push_str(l);
                        }
                    }
                    c += 1;
                }
            }
            out.push('\n');
        }
        out.push('\n');
        f.write_all(out.as_bytes())?;
        prog.tick()?;
    }
    Ok(Written {
        files: vec![f.commit()?],
        spans,
        warnings,
    })
}

fn column_name(label: &str, layer: usize) -> String {
    if layer == 0 {
        label.to_string()
    } else {
        format!("{label}_{}", layer + 1)
    }
}
