//! `newsmark suggest` as a user runs it: names that trace back to their
//! input, `--in-place` refused before anything changes, errors that give
//! the place once.

use std::fs;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn nm(args: &[&str], cwd: &Path, stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run newsmark");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}

fn docs_of(stdout: &[u8]) -> Vec<String> {
    let mut names: Vec<String> = text(stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["doc"].as_str().unwrap().to_string()
        })
        .collect();
    names.dedup();
    names
}

#[test]
fn files_of_the_same_name_in_two_folders_get_two_names() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for sub in ["a", "b"] {
        fs::create_dir(d.join(sub)).unwrap();
        fs::write(
            d.join(sub).join("art.txt"),
            format!("Prices in {sub} rose 12% in May, the office said.\n"),
        )
        .unwrap();
    }
    let o = nm(&["suggest", "a", "b", "--jsonl"], d, "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(docs_of(&o.stdout), ["art", "art-2"]);
}

#[test]
fn in_place_with_a_non_project_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("a.txt"),
        "Prices rose 12% in May, the office said.\n",
    )
    .unwrap();
    let o = nm(&["import", "a.txt", "-o", "p.ron"], d, "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let before = fs::read(d.join("p.ron")).unwrap();
    let o = nm(&["suggest", "p.ron", "a.txt", "--in-place"], d, "");
    assert!(!o.status.success());
    assert!(text(&o.stderr).contains("a.txt: --in-place needs a project"));
    assert_eq!(
        fs::read(d.join("p.ron")).unwrap(),
        before,
        "saved before failing"
    );
    assert!(!d.join("p.ron.bak").exists());
}

#[test]
fn a_bad_stdin_line_is_named_once_with_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let input = "{\"id\": \"x\", \"text\": \"Prices rose 12%.\"}\n\n{\"text\": \"ééé\", bad}\n";
    let o = nm(&["suggest", "-", "--jsonl"], dir.path(), input);
    assert!(!o.status.success());
    let err = text(&o.stderr);
    // Line 3, column 17 (`bad`): characters, not bytes (`é` is two).
    assert!(err.contains("<stdin>:3:17: key must be a string"), "{err}");
    assert!(!err.contains("at line"), "{err}");
    assert_eq!(err.matches("<stdin>").count(), 1, "{err}");
}

#[test]
fn stdin_may_open_with_a_byte_order_mark_and_names_bad_utf8_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let ok = "\u{feff}{\"id\": \"x\", \"text\": \"Prices rose 12% in May, the office said.\"}\r\n";
    let o = nm(&["suggest", "-", "--jsonl"], dir.path(), ok);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(docs_of(&o.stdout), ["x"]);
    let mut bad = ok.as_bytes().to_vec();
    bad.extend(b"{\"text\": \"ab\xff\"}\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(["suggest", "-", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&bad).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(!o.status.success());
    let err = text(&o.stderr);
    assert!(err.contains("<stdin>:2:13: not valid UTF-8"), "{err}");
}
