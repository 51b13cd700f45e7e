//! The project subcommands as a user runs them: exit codes, messages that
//! name the file, and output shapes.

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

fn articles(dir: &Path) {
    fs::create_dir_all(dir.join("in/sub")).unwrap();
    fs::write(
        dir.join("in/one.txt"),
        "“We won,” she said. 👍\r\nIt cost $5.\r\n",
    )
    .unwrap();
    fs::write(dir.join("in/sub/two.md"), "# Head\n\nCafe\u{301} „ja“.\n").unwrap();
    fs::write(dir.join("in/notes.pdf"), "x").unwrap();
}

#[test]
fn import_stats_fmt_check() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    articles(d);
    let o = nm(&["import", "in", "-o", "p.ron"], d);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("imported in/one.txt as one"), "{out}");
    assert!(out.contains("skipped in/notes.pdf"), "{out}");

    let o = nm(&["stats", "p.ron", "--json"], d);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["documents"], 2);
    let chars = "“We won,” she said. 👍\r\nIt cost $5.\r\n".chars().count()
        + "# Head\n\nCafe\u{301} „ja“.\n".chars().count();
    assert_eq!(v["chars"], chars);
    assert_eq!(v["spans"]["QUOTE"]["accepted"], 0);
    assert_eq!(v["spans"]["CLAIM"]["pending"], 0);

    let before = fs::read(d.join("p.ron")).unwrap();
    assert!(nm(&["fmt", "--check", "p.ron"], d).status.success());
    assert!(nm(&["fmt", "p.ron"], d).status.success());
    assert_eq!(fs::read(d.join("p.ron")).unwrap(), before);
    let o = nm(&["check", "p.ron"], d);
    assert!(o.status.success(), "{}", text(&o.stderr));

    // A hand edit that is valid but not canonical.
    let squashed = text(&before).replace("\n  ", "\n    ");
    fs::write(d.join("p.ron"), squashed).unwrap();
    let o = nm(&["fmt", "--check", "p.ron"], d);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("p.ron"));
    assert!(nm(&["fmt", "p.ron"], d).status.success());
    assert_eq!(fs::read(d.join("p.ron")).unwrap(), before);
}

#[test]
fn append_reports_duplicates_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    articles(d);
    assert!(
        nm(&["import", "in/one.txt", "-o", "p.ron"], d)
            .status
            .success()
    );
    let o = nm(&["import", "in/one.txt", "-o", "p.ron"], d);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("--append"));
    let o = nm(&["import", "in", "-o", "p.ron", "--append"], d);
    assert!(o.status.success());
    assert!(
        text(&o.stdout).contains("duplicate in/one.txt"),
        "{}",
        text(&o.stdout)
    );
    let o = nm(&["stats", "p.ron", "--json"], d);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["documents"], 2);
}

#[test]
fn bad_inputs_exit_1_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("bad.txt"), b"fine \xff\xfe").unwrap();
    fs::write(d.join("bad.jsonl"), "{\"text\": \"a\"}\n{\"text\": \"b\", \"spans\": [{\"start\": 0, \"end\": 5, \"label\": \"X\"}]}\n").unwrap();
    fs::write(d.join("broken.ron"), "(format_version: 1, labels: [,]").unwrap();
    fs::write(
        d.join("future.ron"),
        "(format_version: 99, labels: [], documents: [])",
    )
    .unwrap();
    fs::write(d.join("dup.ron"), "(format_version: 1, labels: [(name: \"A\", color: \"#000000\")], documents: [(id: \"x\", name: \"x\", text: \"abc\", spans: [(id: 1, start: 0, end: 1, label: \"B\", status: Accepted, origin: Manual)]), (id: \"x\", name: \"x\", text: \"abd\")])").unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &["import", "bad.txt", "-o", "a.ron"],
            "bad.txt:1:6: not valid UTF-8 (byte 5",
        ),
        (&["import", "bad.jsonl", "-o", "b.ron"], "bad.jsonl: line 2"),
        (&["import", "missing.txt", "-o", "c.ron"], "missing.txt"),
        (&["stats", "broken.ron"], "broken.ron:1:"),
        (&["stats", "future.ron"], "newer than this Newsmark"),
        (&["stats", "nothing.ron"], "nothing.ron"),
        (&["fmt", "--check", "broken.ron"], "broken.ron:1:"),
    ];
    for (args, want) in cases {
        let o = nm(args, d);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    assert!(!d.join("a.ron").exists() && !d.join("b.ron").exists());

    let o = nm(&["check", "dup.ron"], d);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.contains("unknown label \"B\"") && err.contains("document id \"x\" is used twice"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_2_and_help_version_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert_eq!(nm(&["frobnicate"], d).status.code(), Some(2));
    assert_eq!(nm(&["import"], d).status.code(), Some(2));
    assert_eq!(nm(&["stats"], d).status.code(), Some(2));
    let o = nm(&["--version"], d);
    assert!(o.status.success() && text(&o.stdout).starts_with("newsmark "));
    for sub in ["import", "stats", "check", "fmt"] {
        let o = nm(&[sub, "--help"], d);
        assert!(o.status.success(), "{sub}");
        assert!(text(&o.stdout).contains("Usage"), "{sub}");
    }
}
