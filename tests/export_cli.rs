//! `newsmark export` as a user runs it: outputs, summary line, exit codes.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn nm(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run newsmark")
}

fn text(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}

#[test]
fn export_writes_every_format_and_reports_counts() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("in.jsonl"),
        concat!(
            r#"{"id": "x", "text": "“Go 👍,” he said.\r\nCafe\u0301 3 %.", "spans": [{"start": 0, "end": 7, "label": "QUOTE"}, {"start": 24, "end": 27, "label": "FIGURE", "status": "pending"}]}"#,
            "\n",
            r#"{"id": "y", "text": "Nothing."}"#,
            "\n"
        ),
    )
    .unwrap();
    let o = nm(&["import", "in.jsonl", "-o", "p.ron"], d);
    assert!(o.status.success(), "{}", text(&o.stderr));
    for (f, out) in [
        ("jsonl", "o.jsonl"),
        ("spacy", "o.spacy"),
        ("brat", "brat"),
        ("doccano", "d.jsonl"),
        ("label-studio", "ls.json"),
        ("conll", "o.conll"),
        ("csv", "o.csv"),
    ] {
        let o = nm(&["export", "p.ron", "--format", f, "-o", out], d);
        assert!(o.status.success(), "{f}: {}", text(&o.stderr));
        let s = text(&o.stdout);
        assert!(s.contains("2 documents, 1 spans exported"), "{f}: {s}");
        assert!(d.join(out).exists(), "{f}");
        assert!(
            o.stderr.is_empty(),
            "no progress bar when stderr is not a terminal"
        );
    }
    assert!(d.join("ls.config.xml").is_file());
    let o = nm(
        &[
            "export",
            "p.ron",
            "-f",
            "csv",
            "-o",
            "split",
            "--split",
            "a=0.5,b=0.5",
            "--status",
            "all",
        ],
        d,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(d.join("split/a.csv").is_file() && d.join("split/b.csv").is_file());
    assert!(text(&o.stdout).contains("2 spans"));
}

#[test]
fn export_errors_have_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = nm(&["export", "p.ron", "-f", "xml", "-o", "x"], d);
    assert_eq!(o.status.code(), Some(2), "unknown format is a usage error");
    assert!(text(&o.stderr).contains("label-studio"));
    let o = nm(&["export", "missing.ron", "-f", "csv", "-o", "x.csv"], d);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("missing.ron"));
    let o = nm(
        &[
            "export", "p.ron", "-f", "csv", "-o", "x", "--split", "a=0.5",
        ],
        d,
    );
    assert_eq!(o.status.code(), Some(2), "fractions must sum to 1");
    // Into a folder that does not exist: named by the output, not a temporary file.
    fs::write(d.join("a.txt"), "Prices rose 12%.\n").unwrap();
    assert!(nm(&["import", "a.txt", "-o", "q.ron"], d).status.success());
    let o = nm(
        &["export", "q.ron", "-f", "jsonl", "-o", "nodir/x.jsonl"],
        d,
    );
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.contains("nodir/x.jsonl") && err.contains("does not exist"),
        "{err}"
    );
    assert!(!err.contains(".tmp-"), "{err}");
}

#[test]
fn export_refuses_to_write_over_its_own_project() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("in.txt"), "Prices rose 3%.\n").unwrap();
    let o = nm(&["import", "in.txt", "-o", "p.ron"], d);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let before = fs::read(d.join("p.ron")).unwrap();
    // The same file by another spelling too.
    for out in ["p.ron", "./p.ron"] {
        let o = nm(&["export", "p.ron", "-f", "csv", "-o", out], d);
        assert!(!o.status.success(), "{out}: exported over the project");
        let err = text(&o.stderr);
        assert!(err.contains("project file being exported"), "{err}");
        assert_eq!(fs::read(d.join("p.ron")).unwrap(), before, "{out}");
    }
}
