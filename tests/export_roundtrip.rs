//! Export, import the result, compare: for every format that can carry the
//! spans back (Newsmark JSONL, doccano, Label Studio, brat). Also: imports
//! of other tools' files whose offsets do not fit the text fail with the
//! document and line, and nothing is dropped or shifted.

mod export_fixture;

use std::fs;
use std::path::Path;

use export_fixture::{export, opts, project};
use newsmark::formats::export::{Format, StatusFilter};
use newsmark::formats::import::import_paths;
use newsmark::model::{Origin, Status};
use newsmark::{Attrs, Project};

/// (doc text, start, end, label, status, attrs) of every span, sorted.
type Key = (String, usize, usize, String, Status, Attrs);

fn keys(p: &Project, keep: impl Fn(Status) -> bool, attrs: bool) -> Vec<Key> {
    let mut v = Vec::new();
    for d in &p.documents {
        for s in d.spans().iter().filter(|s| keep(s.status)) {
            v.push((
                d.text().to_string(),
                s.start,
                s.end,
                s.label.clone(),
                s.status,
                if attrs { s.attrs.clone() } else { Attrs::new() },
            ));
        }
    }
    v.sort();
    v
}

fn reimport(path: &Path) -> Project {
    let mut p = Project::new();
    import_paths(&mut p, &[path.to_path_buf()]).unwrap_or_else(|e| panic!("{e}"));
    p
}

fn texts(p: &Project) -> Vec<&str> {
    p.documents.iter().map(|d| d.text()).collect()
}

#[test]
fn jsonl_round_trip_restores_the_project_content() {
    let p = project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("all.jsonl");
    export(
        &p,
        &opts(Format::Jsonl, |o| o.status = StatusFilter::All),
        &out,
    );
    let back = reimport(&out);
    assert_eq!(back.documents.len(), p.documents.len());
    for (a, b) in p.documents.iter().zip(&back.documents) {
        assert_eq!((&a.id, &a.name, a.text()), (&b.id, &b.name, b.text()));
        let meta = |m: &Option<String>| {
            m.as_deref()
                .map(|s| serde_json::from_str::<serde_json::Value>(s).unwrap())
        };
        assert_eq!(meta(&a.meta), meta(&b.meta));
        let strip = |d: &newsmark::Document| {
            d.spans()
                .iter()
                .map(|s| {
                    (
                        s.start,
                        s.end,
                        s.label.clone(),
                        s.status,
                        s.origin.clone(),
                        s.attrs.clone(),
                        s.note.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(strip(a), strip(b), "document {}", a.id);
    }
    // Label names come back; colours are not part of the JSONL.
    let names = |p: &Project| p.labels.iter().map(|l| l.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&back), names(&p));
}

#[test]
fn doccano_round_trip_keeps_texts_and_accepted_spans() {
    let p = project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.jsonl");
    export(&p, &opts(Format::Doccano, |_| {}), &out);
    let back = reimport(&out);
    assert_eq!(texts(&back), texts(&p));
    assert_eq!(
        keys(&back, |_| true, false),
        keys(&p, |s| s == Status::Accepted, false)
    );
    let s = &back.documents[0].spans()[0];
    assert_eq!(s.origin, Origin::Import("doccano".into()));
    assert!(
        back.label("PLACE").is_some(),
        "labels new to the project are added"
    );
}

#[test]
fn label_studio_round_trip_keeps_status_and_attributes() {
    let p = project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tasks.json");
    let o = opts(Format::LabelStudio, |o| {
        o.status = StatusFilter::All;
        o.include_attrs = true;
    });
    export(&p, &o, &out);
    let back = reimport(&out);
    assert_eq!(texts(&back), texts(&p));
    let ids: Vec<&str> = back.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["doc-1", "doc 2/β", "doc-3", "doc-4"]);
    assert_eq!(
        keys(&back, |_| true, true),
        keys(&p, |s| s != Status::Rejected, true)
    );
}

#[test]
fn brat_round_trip_keeps_spans_across_line_breaks_and_notes() {
    let p = project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brat");
    export(&p, &opts(Format::Brat, |o| o.include_attrs = true), &out);
    let back = reimport(&out);
    assert_eq!(
        back.documents.len(),
        4,
        "the .txt files are not imported twice"
    );
    let mut a = texts(&back);
    let mut b = texts(&p);
    a.sort();
    b.sort();
    assert_eq!(a, b);
    assert_eq!(
        keys(&back, |_| true, true),
        keys(&p, |s| s == Status::Accepted, true)
    );
}

#[test]
fn mismatched_offsets_are_reported_with_document_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // doccano: the second line's span runs past its text.
    let f = d.join("bad.jsonl");
    fs::write(
        &f,
        "{\"text\": \"Café 👍 ok\", \"label\": [[0, 4, \"X\"]]}\n{\"text\": \"short\", \"label\": [[2, 40, \"X\"]]}\n",
    )
    .unwrap();
    let mut p = Project::new();
    let e = import_paths(&mut p, std::slice::from_ref(&f))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("line 2") && e.contains("bad-2") && e.contains("2..40"),
        "{e}"
    );
    assert!(p.documents.is_empty(), "nothing imported");

    // brat: the text field does not match the offsets.
    let b = d.join("brat");
    fs::create_dir(&b).unwrap();
    fs::write(b.join("a.txt"), "“Hi,” she said.\r\nBye 😀").unwrap();
    fs::write(
        b.join("a.ann"),
        "T1\tQUOTE 0 5\t“Hi,”\nT2\tX 17 22\tBye 😀\nT3\tX 18 22\tBye 😀\n",
    )
    .unwrap();
    let e = import_paths(&mut Project::new(), std::slice::from_ref(&b))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("a.ann: line 3") && e.contains("\"ye 😀\""),
        "{e}"
    );
    assert!(!e.contains("line 2"), "T2 fits (CRLF counts two): {e}");

    // Label Studio: a result whose text differs from the task text there.
    let ls = d.join("ls.json");
    fs::write(
        &ls,
        "[\n{\"data\": {\"text\": \"abc def\"},\n \"annotations\": [{\"result\": [\n  {\"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 3, \"text\": \"abc\", \"labels\": [\"A\"]}}]}]},\n{\"data\": {\"text\": \"xyz\"},\n \"annotations\": [{\"result\": [{\"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 2, \"text\": \"xyz\", \"labels\": [\"A\"]}}]}]}\n]\n",
    )
    .unwrap();
    let e = import_paths(&mut Project::new(), &[ls])
        .unwrap_err()
        .to_string();
    assert!(e.contains("line 5") && e.contains("\"xy\""), "{e}");
}

#[test]
fn label_studio_import_reads_predictions_as_pending_and_skips_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let ls = dir.path().join("export.json");
    fs::write(
        &ls,
        r#"[{"id": 7, "data": {"text": "👍 Paris is big"},
            "annotations": [{"was_cancelled": true, "result": [{"type": "labels", "value": {"start": 9, "end": 12, "labels": ["SIZE"]}}]},
                            {"result": [{"id": "r1", "type": "labels", "value": {"start": 2, "end": 7, "text": "Paris", "labels": ["PLACE"]}},
                                        {"id": "r1", "type": "textarea", "from_name": "attrs", "value": {"text": ["country=FR"]}}]}],
            "predictions": [{"result": [{"type": "labels", "value": {"start": 11, "end": 14, "labels": ["SIZE"]}}]}]}]"#,
    )
    .unwrap();
    let back = reimport(&ls);
    let d = &back.documents[0];
    assert_eq!(d.id, "export-7");
    let got: Vec<(&str, &str, Status)> = d
        .spans()
        .iter()
        .map(|s| (d.span_text(s), s.label.as_str(), s.status))
        .collect();
    assert_eq!(
        got,
        [
            ("Paris", "PLACE", Status::Accepted),
            ("big", "SIZE", Status::Pending)
        ]
    );
    assert_eq!(d.spans()[0].attrs["country"], "FR");
    assert_eq!(d.spans()[0].origin, Origin::Import("label-studio".into()));
}
