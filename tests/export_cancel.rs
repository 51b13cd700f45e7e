//! A cancelled export stops with `Error::Cancelled` and leaves no partial file.

use std::sync::atomic::AtomicBool;

use newsmark::formats::export::{ExportOptions, Format, export_project_cancellable};
use newsmark::project::Project;
use newsmark::{Document, Error};

#[test]
fn cancelled_export_leaves_no_file() {
    let mut p = Project::new();
    for i in 0..5 {
        p.add_document(Document::new(
            format!("d{i}"),
            "d",
            format!("Text {i} 👍\r\n"),
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    for format in [Format::Jsonl, Format::Csv, Format::Spacy] {
        let out = dir.path().join(format!("out.{format}"));
        let stop = AtomicBool::new(true);
        let mut seen = Vec::new();
        let e = export_project_cancellable(
            &p,
            &ExportOptions::new(format),
            &out,
            &mut |d, t| seen.push((d, t)),
            Some(&stop),
        )
        .unwrap_err();
        assert!(matches!(e, Error::Cancelled), "{format}: {e}");
        assert_eq!(seen, vec![(0, 5), (1, 5)], "{format}");
        assert!(!out.exists(), "{format}");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 0, "{format}: temporary files left");
        let go = AtomicBool::new(false);
        let sum = export_project_cancellable(
            &p,
            &ExportOptions::new(format),
            &out,
            &mut |_, _| {},
            Some(&go),
        )
        .unwrap();
        assert_eq!(sum.documents, 5);
        std::fs::remove_file(&out).unwrap();
    }
}
