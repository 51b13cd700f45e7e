//! Project files: canonical RON, byte-identical re-saves, atomic saves with a
//! backup, and load errors that name file, line and column.

use std::fs;
use std::path::Path;

use newsmark::model::{Explanation, Origin, Piece, Span, Status};
use newsmark::project::{self, Project, io};
use newsmark::{Document, Error};

fn sample_project() -> Project {
    let mut p = Project::new();
    let text = "👍 “It is 5,000,” she said.\r\nCafe\u{301} «non» „ja“ ‘ok’.";
    let mut d = Document::new("a", "a", text);
    let q0 = text.find('“').unwrap();
    let q1 = text.find('”').unwrap() + '”'.len_utf8();
    let f0 = text.find('5').unwrap();
    let mut quote = Span::manual(p.alloc_span_id(), q0, q1, "QUOTE");
    quote.attrs.insert("speaker", "she".into());
    let mut fig = Span::manual(p.alloc_span_id(), f0, f0 + 5, "FIGURE");
    fig.status = Status::Pending;
    fig.origin = Origin::Rule("figure.number".into());
    fig.why = Some(Explanation {
        summary: "a number".into(),
        pieces: vec![Piece {
            role: "number".into(),
            start: f0,
            end: f0 + 5,
        }],
    });
    fig.note = Some("check \"this\"\nline two".into());
    d.add_span(fig).unwrap();
    d.add_span(quote).unwrap();
    p.add_document(d);
    p.add_document(Document::new("b", "b", "Plain.\n"));
    p
}

#[test]
fn save_then_load_gives_the_same_project() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.ron");
    let p = sample_project();
    project::save(&p, &f).unwrap();
    let q = project::load(&f).unwrap();
    assert_eq!(p, q);
    assert_eq!(p.next_span_id(), q.next_span_id());
}

#[test]
fn resaving_unchanged_is_byte_identical_and_one_span_per_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.ron");
    project::save(&sample_project(), &f).unwrap();
    let first = fs::read(&f).unwrap();
    project::save(&project::load(&f).unwrap(), &f).unwrap();
    assert_eq!(first, fs::read(&f).unwrap());
    let text = String::from_utf8(first).unwrap();
    // Code point offsets in the file: the quote starts after "👍 " at 2.
    let quote_line = text
        .lines()
        .find(|l| l.contains("label: \"QUOTE\""))
        .unwrap();
    assert!(quote_line.contains("start: 2,"), "{quote_line}");
    assert!(quote_line.contains("end: 16,"), "{quote_line}");
    let fig_line = text
        .lines()
        .find(|l| l.contains("label: \"FIGURE\""))
        .unwrap();
    assert!(fig_line.contains("Rule(\"figure.number\")"), "{fig_line}");
    // Explanations are derived from the text and rules; they are not saved.
    assert!(
        !text.contains("why:") && !text.contains("pieces"),
        "{fig_line}"
    );
}

#[test]
fn save_keeps_a_backup_of_the_previous_file() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.ron");
    let mut p = sample_project();
    project::save(&p, &f).unwrap();
    let before = fs::read(&f).unwrap();
    p.documents[1].state = newsmark::DocState::Done;
    project::save(&p, &f).unwrap();
    assert_eq!(fs::read(dir.path().join("p.ron.bak")).unwrap(), before);
    assert_ne!(fs::read(&f).unwrap(), before);
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[cfg(unix)]
#[test]
fn failed_save_leaves_the_old_file_whole_and_says_why() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.ron");
    project::save(&sample_project(), &f).unwrap();
    let before = fs::read(&f).unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.path().join("probe");
    if fs::write(&probe, "x").is_ok() {
        // Running as root: permissions do not bind, so this case cannot be shown here.
        fs::remove_file(&probe).unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        let e = project::save(&sample_project(), Path::new("/proc/newsmark/p.ron")).unwrap_err();
        assert!(matches!(e, Error::Save { .. }), "{e}");
        return;
    }
    let e = project::save(&Project::new(), &f).unwrap_err();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    assert!(matches!(e, Error::Save { .. }), "{e}");
    assert!(e.to_string().contains("p.ron"));
    assert_eq!(fs::read(&f).unwrap(), before);
}

#[test]
fn save_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("no/such/p.ron");
    let e = project::save(&sample_project(), &f).unwrap_err();
    // Named by the folder, not by a temporary file; no old file to speak of.
    let e = e.to_string();
    assert!(
        e.contains("could not save") && e.contains("does not exist"),
        "{e}"
    );
    assert!(!e.contains(".tmp-") && !e.contains("previous file"), "{e}");
    assert!(!f.exists());
}

#[test]
fn damaged_file_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.ron");
    project::save(&sample_project(), &f).unwrap();
    let text = fs::read_to_string(&f).unwrap();
    let broken = text.replacen("status: Accepted", "status: Acepted", 1);
    let line = broken.lines().position(|l| l.contains("Acepted")).unwrap() + 1;
    fs::write(&f, broken).unwrap();
    match project::load(&f).unwrap_err() {
        Error::At {
            path,
            line: l,
            col,
            msg,
        } => {
            assert_eq!(path, f);
            assert_eq!(l, line);
            assert!(col > 1);
            assert!(msg.contains("Acepted"), "{msg}");
        }
        e => panic!("wrong error {e}"),
    }
    fs::write(&f, &text[..text.len() / 2]).unwrap();
    assert!(matches!(project::load(&f).unwrap_err(), Error::At { .. }));
}

#[test]
fn unknown_fields_are_refused_not_dropped_by_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.ron");
    project::save(&sample_project(), &f).unwrap();
    let text = fs::read_to_string(&f).unwrap();
    // A hand-added field on a span line, on a document, on a label and at
    // the top: each would vanish at the next save.
    for (what, field, from, to) in [
        (
            "span",
            "notes",
            "status: Accepted",
            "status: Accepted, notes: Some(\"keep\")",
        ),
        (
            "document",
            "colour",
            "state: ",
            "colour: \"red\",\n      state: ",
        ),
        ("label", "shortcut", "hotkey: ", "shortcut: 'x', hotkey: "),
        (
            "project",
            "colour_scheme",
            "next_span_id: ",
            "colour_scheme: \"dark\",\n  next_span_id: ",
        ),
    ] {
        assert!(text.contains(from), "{what}: {from}");
        let changed = text.replacen(from, to, 1);
        let line = changed.lines().position(|l| l.contains(field)).unwrap() + 1;
        fs::write(&f, &changed).unwrap();
        match project::load(&f).unwrap_err() {
            Error::At { line: l, msg, .. } => {
                assert_eq!(l, line, "{what}: {msg}");
                assert!(msg.contains(field), "{what}: {msg}");
            }
            e => panic!("{what}: wrong error {e}"),
        }
    }
}

#[test]
fn newer_format_is_refused_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.ron");
    project::save(&sample_project(), &f).unwrap();
    let text = fs::read_to_string(&f)
        .unwrap()
        .replace("format_version: 1,", "format_version: 9,");
    fs::write(&f, text).unwrap();
    let e = project::load(&f).unwrap_err();
    assert!(matches!(e, Error::NewerFormat { found: 9, .. }), "{e}");
    assert!(e.to_string().contains("newer"));
}

#[test]
fn spans_out_of_range_and_unknown_labels_are_problems_not_drops() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.ron");
    project::save(&sample_project(), &f).unwrap();
    let text = fs::read_to_string(&f)
        .unwrap()
        .replace("end: 16,", "end: 999,")
        .replace("label: \"FIGURE\"", "label: \"NOPE\"");
    fs::write(&f, text).unwrap();
    let (_, problems) = io::load_with_problems(&f).unwrap();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("999")));
    assert!(problems.iter().any(|p| p.contains("NOPE")));
    assert!(project::load(&f).is_err());
}

#[test]
fn invalid_utf8_and_huge_files_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.ron");
    fs::write(&f, b"(format_version: 1, \xc3\x28").unwrap();
    let e = project::load(&f).unwrap_err();
    assert!(matches!(e, Error::InvalidUtf8 { byte: 20, .. }), "{e}");
    let big = dir.path().join("big.txt");
    fs::write(&big, vec![b'a'; 2000]).unwrap();
    let e = io::read_text(&big, 1000).unwrap_err();
    assert!(matches!(e, Error::TooLarge { size: 2000, .. }), "{e}");
}

#[test]
fn canonical_and_hand_formatted_files_load_the_same() {
    let p = sample_project();
    let canonical = project::to_canonical_string(&p).unwrap();
    // Re-indented by hand: the parallel fast path must step aside for the full parser.
    let hand = canonical.replace("\n    (", "\n      (");
    assert_ne!(hand, canonical);
    let path = Path::new("p.ron");
    let (a, pa) = io::from_str(&canonical, path).unwrap();
    let (b, pb) = io::from_str(&hand, path).unwrap();
    assert!(pa.is_empty() && pb.is_empty());
    assert_eq!(a, p);
    assert_eq!(b, p);
}

#[test]
fn parallel_save_equals_serializing_in_one_go() {
    let mut p = sample_project();
    for i in 0..600 {
        let mut d = Document::new(format!("x{i}"), "x", format!("Text {i} “q” 👍\r\n"));
        d.add_span(Span::manual(p.alloc_span_id(), 5, 8, "QUOTE"))
            .ok();
        p.add_document(d);
    }
    assert_eq!(
        project::to_canonical_string(&p).unwrap(),
        io::to_canonical_string_serial(&p)
    );
    let empty = Project::new();
    assert_eq!(
        project::to_canonical_string(&empty).unwrap(),
        io::to_canonical_string_serial(&empty)
    );
}

#[test]
fn explanations_in_older_files_still_load() {
    let p = sample_project();
    let text = project::to_canonical_string(&p).unwrap().replace(
        "origin: Rule(\"figure.number\"),",
        "origin: Rule(\"figure.number\"), why: Some((summary: \"a number\", pieces: [(\"number\", 9, 14)])),",
    );
    assert!(text.contains("why: Some"));
    let (q, problems) = io::from_str(&text, Path::new("old.ron")).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let fig = q.documents[0]
        .spans()
        .iter()
        .find(|s| s.label == "FIGURE")
        .unwrap();
    let why = fig.why.as_ref().expect("explanation read");
    assert_eq!(why.summary, "a number");
    assert_eq!(
        q.documents[0].text()[why.pieces[0].start..why.pieces[0].end],
        *"5,000"
    );
}

#[cfg(unix)]
#[test]
fn save_writes_through_a_link_and_keeps_the_permissions() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = tempfile::tempdir().unwrap();
    let real_dir = dir.path().join("store");
    fs::create_dir(&real_dir).unwrap();
    let real = real_dir.join("real.ron");
    let link = dir.path().join("link.ron");
    let mut p = sample_project();
    project::save(&p, &real).unwrap();
    fs::set_permissions(&real, fs::Permissions::from_mode(0o600)).unwrap();
    symlink("store/real.ron", &link).unwrap();
    p.documents[1].state = newsmark::DocState::Done;
    project::save(&p, &link).unwrap();
    // The link is still a link, and the file it names has the new text.
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(project::load(&real).unwrap(), p);
    // The backup is beside the real file, and both are still private.
    assert!(real_dir.join("real.ron.bak").exists());
    assert!(!dir.path().join("link.ron.bak").exists());
    let mode = fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // A link to a folder: said plainly, nothing written.
    let to_dir = dir.path().join("dir.ron");
    symlink("store", &to_dir).unwrap();
    let e = project::save(&p, &to_dir).unwrap_err().to_string();
    assert!(e.contains("it is a folder"), "{e}");
    // A link to a file not made yet makes that file.
    let fresh = dir.path().join("fresh.ron");
    symlink("store/new.ron", &fresh).unwrap();
    project::save(&p, &fresh).unwrap();
    assert!(
        fs::symlink_metadata(&fresh)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(project::load(&real_dir.join("new.ron")).unwrap(), p);
}
