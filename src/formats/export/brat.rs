//! brat standoff: a folder of `NAME.txt` (the text, byte for byte) and
//! `NAME.ann` (`T1<TAB>LABEL START END<TAB>text`), plus `annotation.conf`
//! and `visual.conf`. brat reads the text with Python's `codecs.open`, so
//! offsets are code points with a CRLF counted as two. A span that crosses
//! a line break is written as brat writes one: fragments `S1 E1;S2 E2`
//! between the line breaks, their texts joined by a space. With
//! `--include-attrs`, each attribute is an `AnnotatorNotes` line
//! (`#1<TAB>AnnotatorNotes T1<TAB>speaker=Trump`).

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

use super::names::{distinct_names, is_line_break, one_line};
use super::sink::{AtomicFile, write_small, write_small_unsynced};
use super::{Ctx, Progress, Written, span_warning};
use crate::error::Result;
use crate::model::{Document, Span};

/// A brat type name: brat allows letters, digits, `-` and `_`.
pub fn type_name(label: &str) -> String {
    let t: String = label
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if t.is_empty() { "_".into() } else { t }
}

/// A file stem for a document id: safe characters only, made unique.
fn file_stem(id: &str, taken: &mut HashSet<String>) -> String {
    let base: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let base = base.trim_start_matches('.');
    let base = if base.is_empty() { "doc" } else { base };
    let mut stem = base.to_string();
    let mut n = 2;
    while !taken.insert(stem.to_ascii_lowercase()) {
        stem = format!("{base}-{n}");
        n += 1;
    }
    stem
}

/// The fragments of a span between line breaks (every character Python
/// ends a line at: brat reads `.ann` files by lines), as code point ranges.
pub fn fragments(d: &Document, s: &Span) -> Vec<(usize, usize)> {
    let text = d.span_text(s);
    let mut out = Vec::new();
    let mut from: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let at = s.start + i;
        let brk = is_line_break(c);
        match (brk, from) {
            (true, Some(f)) => {
                out.push((f, at));
                from = None;
            }
            (false, None) => from = Some(at),
            _ => {}
        }
    }
    if let Some(f) = from {
        out.push((f, s.end));
    }
    out.into_iter()
        .map(|(a, b)| (d.char_at(a), d.char_at(b)))
        .collect()
}

/// Writes one brat folder.
pub(super) fn write(ctx: &Ctx, dir: &Path, prog: &mut Progress) -> Result<Written> {
    std::fs::create_dir_all(dir).map_err(|e| crate::error::Error::io(dir, e))?;
    let mut taken = HashSet::new();
    // The configuration files are taken, so no document overwrites them.
    for n in ["annotation", "visual", "tools", "kb_shortcuts"] {
        taken.insert(n.to_string());
    }
    let mut spans = 0;
    // Distinct labels stay distinct types, however brat's rules for names
    // change them.
    let (types, mut warnings) = distinct_names(&ctx.labels, type_name, "brat");
    let type_of = |label: &str| {
        ctx.labels
            .iter()
            .position(|l| l == label)
            .map_or_else(|| type_name(label), |i| types[i].clone())
    };
    for d in ctx.documents() {
        let stem = file_stem(&d.id, &mut taken);
        write_small_unsynced(&dir.join(format!("{stem}.txt")), d.text().as_bytes())?;
        let mut ann = AtomicFile::create(&dir.join(format!("{stem}.ann")))?.without_sync();
        let mut out = String::new();
        let (mut t, mut notes) = (0, 0);
        for s in ctx.spans(d, false) {
            let frags = fragments(d, s);
            if frags.is_empty() {
                warnings.push(span_warning(
                    "brat",
                    d,
                    s,
                    "holds only line breaks; brat cannot show it, not written",
                ));
                continue;
            }
            if frags.first().map(|f| f.0) != Some(d.char_at(s.start))
                || frags.last().map(|f| f.1) != Some(d.char_at(s.end))
            {
                warnings.push(span_warning(
                    "brat",
                    d,
                    s,
                    "starts or ends on a line break, which brat leaves out of its fragments",
                ));
            }
            t += 1;
            spans += 1;
            let ranges: Vec<String> = frags.iter().map(|(a, b)| format!("{a} {b}")).collect();
            let texts: Vec<&str> = frags
                .iter()
                .filter_map(|&(a, b)| {
                    let (ba, bb) = (d.byte_at(a)?, d.byte_at(b)?);
                    d.text().get(ba..bb)
                })
                .collect();
            let _ = writeln!(
                out,
                "T{t}\t{} {}\t{}",
                type_of(&s.label),
                ranges.join(";"),
                texts.join(" ")
            );
            if ctx.opts.include_attrs {
                for (k, v) in &s.attrs {
                    notes += 1;
                    let _ = writeln!(
                        out,
                        "#{notes}\tAnnotatorNotes T{t}\t{}={}",
                        one_line(k),
                        one_line(v)
                    );
                }
            }
        }
        ann.write_all(out.as_bytes())?;
        ann.commit()?;
        prog.tick()?;
    }
    let mut conf = String::from("[entities]\n");
    let mut visual = String::from("[labels]\n");
    let mut drawing = String::from("[drawing]\n");
    for (l, t) in ctx.labels.iter().zip(&types) {
        let _ = writeln!(conf, "{t}");
        let _ = writeln!(visual, "{t} | {}", one_line(l));
        let _ = writeln!(drawing, "{t}\tbgColor:{}", ctx.color(l));
    }
    conf.push_str("\n[relations]\n\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n");
    write_small(&dir.join("annotation.conf"), conf.as_bytes())?;
    write_small(
        &dir.join("visual.conf"),
        format!("{visual}\n{drawing}").as_bytes(),
    )?;
    Ok(Written {
        files: vec![dir.to_path_buf()],
        spans,
        warnings,
    })
}
