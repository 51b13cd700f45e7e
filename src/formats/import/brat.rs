//! brat standoff: `NAME.ann` beside `NAME.txt`. Text-bound lines
//! `T1<TAB>LABEL START END[;START END...]<TAB>text` become accepted spans
//! (origin `import:brat`) from the first start to the last end; the text
//! field must equal the fragments' texts joined by a space, as brat writes
//! it. `AnnotatorNotes` lines of the form `key=value` and `A` lines become
//! attributes; other notes become the span's note. Relations and events are
//! not spans and are left out. Offsets are code points (CRLF counts two).

use std::collections::HashMap;
use std::path::Path;

use super::annotated::{Collector, attach};
use super::{MAX_IMPORT_BYTES, stem};
use crate::error::{Error, Result};
use crate::model::{Document, Span, Status};
use crate::project::io::read_text;

/// A note or attribute line, applied once every span is read: line,
/// target id, `key=value` attribute, plain note.
type Later = (usize, String, Option<(String, String)>, Option<String>);

/// The `.txt` file a brat `.ann` file annotates.
pub fn text_file_of(ann: &Path) -> std::path::PathBuf {
    ann.with_extension("txt")
}

/// Reads a brat `.ann` file and the text beside it into one document.
pub fn read_brat(ann_path: &Path) -> Result<Document> {
    let txt_path = text_file_of(ann_path);
    if !txt_path.is_file() {
        return Err(Error::invalid(
            ann_path,
            format!("no text file {} beside it", txt_path.display()),
        ));
    }
    let text = read_text(&txt_path, MAX_IMPORT_BYTES)?;
    let ann = read_text(ann_path, MAX_IMPORT_BYTES)?;
    let name = stem(ann_path);
    let mut doc = Document::new(name.clone(), name, text);
    doc.source = Some(txt_path);
    let mut c = Collector::new(ann_path);
    let mut spans: Vec<Span> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    // Notes and attributes may come before or after their span.
    let mut later: Vec<Later> = Vec::new();
    for (i, line) in ann.lines().enumerate() {
        let n = i + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let mut cols = line.splitn(3, '\t');
        let id = cols.next().unwrap_or("");
        let body = cols.next().unwrap_or("");
        let rest = cols.next();
        if id.starts_with('T') {
            let Some((label, ranges)) = body.split_once(' ') else {
                return Err(Error::line(
                    ann_path,
                    n,
                    format!("{id}: expected \"LABEL START END\""),
                ));
            };
            let mut frags = Vec::new();
            for r in ranges.split(';') {
                let mut it = r.split_whitespace().map(str::parse::<i64>);
                match (it.next(), it.next(), it.next()) {
                    (Some(Ok(a)), Some(Ok(b)), None) => frags.push((a, b)),
                    _ => {
                        return Err(Error::line(
                            ann_path,
                            n,
                            format!("{id}: offsets {ranges:?} are not \"START END[;START END]\""),
                        ));
                    }
                }
            }
            // Each fragment must fit the text; the file's text is their join.
            let mut parts = Vec::new();
            let mut ok = true;
            for &(a, b) in &frags {
                match c.span(&doc, n, a, b, label, None, Status::Accepted, "brat") {
                    Some(s) => parts.push(doc.span_text(&s).to_string()),
                    None => ok = false,
                }
            }
            if !ok {
                continue;
            }
            let (lo, hi) = (
                frags.iter().map(|f| f.0).min().unwrap_or(0),
                frags.iter().map(|f| f.1).max().unwrap_or(0),
            );
            let joined = parts.join(" ");
            if let Some(want) = rest
                && want != joined
            {
                c.problem(
                    n,
                    &doc.id,
                    format!("{id} {label} {ranges}: the file says {want:?} but the text there is {joined:?}"),
                );
                continue;
            }
            if let Some(s) = c.span(&doc, n, lo, hi, label, None, Status::Accepted, "brat") {
                by_id.insert(id.to_string(), spans.len());
                spans.push(s);
            }
        } else if id.starts_with('#') {
            let mut b = body.split_whitespace();
            if b.next() == Some("AnnotatorNotes")
                && let Some(target) = b.next()
            {
                let note = rest.unwrap_or("").to_string();
                let kv = note
                    .split_once('=')
                    .filter(|(k, _)| !k.trim().is_empty() && !k.contains(' '))
                    .map(|(k, v)| (k.trim().to_string(), v.to_string()));
                let plain = if kv.is_none() { Some(note) } else { None };
                later.push((n, target.to_string(), kv, plain));
            }
        } else if id.starts_with('A') || id.starts_with('M') {
            let mut b = body.split_whitespace();
            if let (Some(attr), Some(target)) = (b.next(), b.next()) {
                let value = b.next().unwrap_or("true").to_string();
                later.push((n, target.to_string(), Some((attr.to_string(), value)), None));
            }
        }
    }
    for (n, target, kv, plain) in later {
        let Some(s) = by_id.get(&target).and_then(|&k| spans.get_mut(k)) else {
            c.problem(
                n,
                &doc.id,
                format!("note or attribute for unknown annotation {target}"),
            );
            continue;
        };
        if let Some((k, v)) = kv {
            s.attrs.insert(k, v);
        }
        if let Some(p) = plain {
            s.note = Some(match s.note.take() {
                Some(old) => format!("{old}\n{p}"),
                None => p,
            });
        }
    }
    c.finish()?;
    attach(&mut doc, spans);
    Ok(doc)
}
