//! A small project for the export tests: texts with emoji (with a skin tone
//! modifier), combining marks, CRLF line ends and curly quotes; nested and
//! overlapping spans, every status, attributes, a span across a CRLF.

#![allow(dead_code)]

use std::path::Path;

use newsmark::formats::export::{ExportOptions, ExportSummary, Format, export_project};
use newsmark::model::{DocState, Document, Origin, Span, SpanId, Status};
use newsmark::{Label, Project};

pub const T1: &str =
    "“We won 👍🏽,” said Mr. Müller.\r\nCafe\u{301} prices rose 3 %.\r\n‘Not true,’ she said.";
pub const T2: &str =
    "=SUM(A1) is not a claim.\r\n\r\nMore than 5,000 people 😀 came — «c’est fini».";
pub const T3: &str = "-2 degrees, +3 risk, @handle and a tab\there.";

fn span(doc: &Document, id: u64, sub: &str, label: &str) -> Span {
    let start = doc
        .text()
        .find(sub)
        .unwrap_or_else(|| panic!("{sub:?} not in text"));
    Span::manual(SpanId(id), start, start + sub.len(), label)
}

/// The fixture project.
pub fn project() -> Project {
    let mut p = Project::new();
    p.labels.push(Label {
        name: "PLACE".into(),
        color: Label::palette(0),
        hotkey: None,
        description: String::new(),
    });
    let mut d1 = Document::new("doc-1", "One", T1);
    d1.meta = Some(r#"{"url":"https://example.org/1","n":1}"#.into());
    d1.state = DocState::Done;
    let mut q = span(&d1, 1, "“We won 👍🏽,”", "QUOTE");
    q.attrs.insert("speaker", "Mr. Müller".into());
    d1.add_span(q).unwrap();
    d1.add_span(span(&d1, 2, "“We won 👍🏽,” said Mr. Müller.", "CLAIM"))
        .unwrap();
    let mut f = span(&d1, 3, "3 %", "FIGURE");
    f.attrs.insert("value", "3%".into());
    d1.add_span(f).unwrap();
    let mut cafe = span(&d1, 4, "Cafe\u{301}", "PLACE");
    cafe.status = Status::Pending;
    cafe.origin = Origin::Rule("places".into());
    d1.add_span(cafe).unwrap();
    let mut across = span(&d1, 5, "Müller.\r\nCafe\u{301}", "CLAIM");
    across.note = Some("crosses a line".into());
    d1.add_span(across).unwrap();
    d1.add_span(span(&d1, 6, "‘Not true,’", "QUOTE")).unwrap();

    let mut d2 = Document::new("doc 2/β", "Two", T2);
    d2.add_span(span(&d2, 7, "=SUM(A1) is not a claim.", "CLAIM"))
        .unwrap();
    d2.add_span(span(&d2, 8, "More than 5,000 people", "FIGURE"))
        .unwrap();
    let mut rej = span(&d2, 9, "5,000", "FIGURE");
    rej.status = Status::Rejected;
    rej.origin = Origin::Rule("numbers".into());
    d2.add_span(rej).unwrap();
    d2.add_span(span(&d2, 10, "«c’est fini»", "QUOTE")).unwrap();
    // Two CLAIMs that overlap each other.
    d2.add_span(span(&d2, 11, "More than 5,000 people 😀 came", "CLAIM"))
        .unwrap();

    let mut d3 = Document::new("doc-3", "Three", T3);
    d3.add_span(span(&d3, 12, "-2 degrees", "FIGURE")).unwrap();
    d3.add_span(span(&d3, 13, "+3 risk", "FIGURE")).unwrap();
    d3.add_span(span(&d3, 14, "@handle", "PLACE")).unwrap();

    let d4 = Document::new("doc-4", "Empty of spans", "Nothing here.");
    for d in [d1, d2, d3, d4] {
        p.documents.push(d);
    }
    p.reserve_ids_above_existing();
    p
}

/// Exports with the given options, checking progress reaches the end.
pub fn export(p: &Project, opts: &ExportOptions, out: &Path) -> ExportSummary {
    let mut last = (usize::MAX, 0);
    let s = export_project(p, opts, out, &mut |done, total| last = (done, total))
        .unwrap_or_else(|e| panic!("export {}: {e}", opts.format));
    assert_eq!(last.0, last.1, "progress ends at the total");
    s
}

/// Options for a format, with `f` applied.
pub fn opts(format: Format, f: impl FnOnce(&mut ExportOptions)) -> ExportOptions {
    let mut o = ExportOptions::new(format);
    f(&mut o);
    o
}

/// The text from code point `a` to `b`, as Python slices it.
pub fn cp_slice(text: &str, a: usize, b: usize) -> String {
    text.chars().skip(a).take(b.saturating_sub(a)).collect()
}

/// Spans that an export with `status` keeps: (doc id, label, text).
pub fn expected(p: &Project, statuses: &[Status]) -> Vec<(String, String, String)> {
    let mut v = Vec::new();
    for d in &p.documents {
        for s in d.spans() {
            if statuses.contains(&s.status) {
                v.push((d.id.clone(), s.label.clone(), d.span_text(s).to_string()));
            }
        }
    }
    v.sort();
    v
}
