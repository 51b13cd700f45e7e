use std::fs;

use super::*;
use crate::error::Error;

#[test]
fn text_is_kept_exactly_and_bom_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    fs::write(&a, "\u{feff}“Hi,” he said.\r\n  \r\nEnd 👍\n").unwrap();
    let mut p = Project::new();
    let r = import_paths(&mut p, &[a]).unwrap();
    assert_eq!(r.added.len(), 1);
    assert_eq!(p.documents[0].text(), "“Hi,” he said.\r\n  \r\nEnd 👍\n");
    assert_eq!(p.documents[0].name, "a");
}

#[test]
fn folders_are_sorted_recursive_and_skip_hidden_and_unsupported() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("sub")).unwrap();
    fs::write(d.join("b.txt"), "bee").unwrap();
    fs::write(d.join("a.md"), "# A\n\nay").unwrap();
    fs::write(d.join("sub/c.html"), "<p>see</p>").unwrap();
    fs::write(d.join(".hidden.txt"), "no").unwrap();
    fs::write(d.join("image.png"), [0u8, 1]).unwrap();
    let mut p = Project::new();
    let r = import_paths(&mut p, &[d.to_path_buf()]).unwrap();
    let names: Vec<&str> = p.documents.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["a", "b", "c"]);
    assert_eq!(p.documents[2].text(), "see");
    // Passed over, but said: nothing is left out in silence.
    assert_eq!(r.skipped.len(), 2, "{:?}", r.skipped);
    assert!(r.skipped[0].0.ends_with(".hidden.txt"));
    assert_eq!(r.skipped[0].1, "hidden, not read");
    assert!(r.skipped[1].0.ends_with("image.png"));
}

#[test]
fn folders_are_read_in_natural_order() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for n in ["story-10.txt", "story-2.txt", "Story-1.txt", "story-1b.txt"] {
        fs::write(d.join(n), n).unwrap();
    }
    let mut p = Project::new();
    import_paths(&mut p, &[d.to_path_buf()]).unwrap();
    let names: Vec<&str> = p.documents.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["Story-1", "story-1b", "story-2", "story-10"]);
}

#[cfg(unix)]
#[test]
fn linked_folders_are_read_once_even_when_links_loop() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("sub")).unwrap();
    fs::write(d.join("sub/a.txt"), "ay").unwrap();
    // A link back up, and two links to the folder itself: each would
    // repeat the files, the pair without end.
    std::os::unix::fs::symlink("..", d.join("sub/up")).unwrap();
    std::os::unix::fs::symlink(".", d.join("l1")).unwrap();
    std::os::unix::fs::symlink(".", d.join("l2")).unwrap();
    let (files, skipped) = collect_files(&[d.to_path_buf()]).unwrap();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(skipped.len(), 3, "{skipped:?}");
    assert!(skipped.iter().all(|(_, why)| why.contains("link loops")));
}

#[test]
fn a_file_without_documents_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("empty.jsonl");
    fs::write(&f, "\n\n").unwrap();
    let mut p = Project::new();
    let r = import_paths(&mut p, &[f]).unwrap();
    assert!(p.documents.is_empty());
    assert_eq!(r.skipped.len(), 1);
    assert_eq!(r.skipped[0].1, "holds no documents");
}

#[test]
fn same_text_twice_is_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "same").unwrap();
    fs::write(dir.path().join("b.txt"), "same").unwrap();
    let mut p = Project::new();
    let r = import_paths(&mut p, &[dir.path().to_path_buf()]).unwrap();
    assert_eq!(r.added.len(), 1);
    assert_eq!(r.duplicates.len(), 1);
    let again = import_paths(&mut p, &[dir.path().join("a.txt")]).unwrap();
    assert_eq!(again.duplicates.len(), 1);
    assert_eq!(p.documents.len(), 1);
}

#[test]
fn invalid_utf8_names_file_and_byte() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bad.txt");
    fs::write(
        &f,
        "ok\r\n“é” \u{1F44D} "
            .bytes()
            .chain([0xff])
            .chain(*b" no")
            .collect::<Vec<u8>>(),
    )
    .unwrap();
    let e = import_paths(&mut Project::new(), &[f]).unwrap_err();
    // Line 2, after six characters (`“é” 👍 ` is 14 bytes).
    assert!(
        matches!(
            e,
            Error::InvalidUtf8 {
                byte: 18,
                line: 2,
                col: 7,
                ..
            }
        ),
        "{e}"
    );
    assert!(
        e.to_string().contains("bad.txt:2:7: not valid UTF-8"),
        "{e}"
    );
}

#[test]
fn jsonl_spans_use_code_points_and_bad_lines_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("docs.jsonl");
    fs::write(
        &f,
        concat!(
            r#"{"id": "x1", "text": "👍 “Go now,” she said.", "meta": {"src": "w"}, "spans": [{"start": 2, "end": 11, "label": "QUOTE", "attrs": {"speaker": "she"}}]}"#,
            "\n",
            r#"{"id": 7, "text": "plain"}"#,
            "\n"
        ),
    )
    .unwrap();
    let mut p = Project::new();
    import_paths(&mut p, std::slice::from_ref(&f)).unwrap();
    let d = &p.documents[0];
    assert_eq!(d.id, "x1");
    assert_eq!(d.span_text(&d.spans()[0]), "“Go now,”");
    assert_eq!(d.spans()[0].attrs["speaker"], "she");
    assert_eq!(p.documents[1].id, "7");

    fs::write(&f, "{\"text\": \"ok\"}\n{\"text\": \"abc\", \"spans\": [{\"start\": 1, \"end\": 9, \"label\": \"X\"}]}\n").unwrap();
    let e = import_paths(&mut Project::new(), std::slice::from_ref(&f)).unwrap_err();
    assert!(e.to_string().contains("line 2"), "{e}");
    fs::write(&f, "{\"text\": \"ok\"}\n{\"text\": oops}\n").unwrap();
    let e = import_paths(&mut Project::new(), &[f]).unwrap_err();
    assert!(matches!(e, Error::At { line: 2, .. }), "{e}");
}

#[test]
fn missing_path_is_an_error() {
    let e = import_paths(&mut Project::new(), &[PathBuf::from("/no/such/file.txt")]).unwrap_err();
    assert!(e.to_string().contains("/no/such/file.txt"));
}

#[test]
fn jsonl_lines_are_read_in_their_own_shape_and_keep_their_fields() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("mixed.jsonl");
    fs::write(
        &f,
        concat!(
            r#"{"id": "d1", "text": "Alpha rose.", "label": [[0, 5, "CLAIM"]]}"#,
            "\n",
            r#"{"id": "n1", "text": "Beta fell.", "spans": [{"start": 0, "end": 4, "label": "QUOTE"}], "title": "B", "url": "u"}"#,
            "\n\n",
            r#"{"id": "d2", "text": "Gamma text here.", "labels": [[0, 5, "FIGURE"]]}"#,
            "\n",
        ),
    )
    .unwrap();
    let docs = read_file(&f).unwrap();
    let got: Vec<(&str, usize)> = docs
        .iter()
        .map(|d| (d.id.as_str(), d.spans().len()))
        .collect();
    assert_eq!(got, [("d1", 1), ("n1", 1), ("d2", 1)]);
    assert_eq!(docs[0].spans()[0].label, "CLAIM");
    assert_eq!(docs[2].spans()[0].label, "FIGURE");
    // Fields Newsmark has no place for go to `meta`.
    let meta: serde_json::Value = serde_json::from_str(docs[1].meta.as_deref().unwrap()).unwrap();
    assert_eq!(meta, serde_json::json!({"title": "B", "url": "u"}));
}

#[test]
fn a_jsonl_span_with_an_empty_label_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("e.jsonl");
    fs::write(
        &f,
        "{\"text\": \"ok\"}\n{\"text\": \"ok too\", \"spans\": [{\"start\": 0, \"end\": 2, \"label\": \" \"}]}\n",
    )
    .unwrap();
    match read_file(&f).unwrap_err() {
        Error::Line { line, msg, .. } => {
            assert_eq!(line, 2);
            assert!(msg.contains("empty label"), "{msg}");
        }
        e => panic!("wrong error {e}"),
    }
}
