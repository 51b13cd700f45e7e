//! `newsmark suggest` and `eval` as a user runs them: names that trace back to their
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
fn in_place_with_jsonl_prints_the_suggestions_it_added_and_only_those() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("a.txt"),
        "“Prices rose 12% in May,” the office said. 👍 About 40 shops closed.\n",
    )
    .unwrap();
    assert!(
        nm(&["import", "a.txt", "-o", "p.ron"], d, "")
            .status
            .success()
    );
    let plain = nm(&["suggest", "p.ron", "--jsonl"], d, "");
    assert!(plain.status.success(), "{}", text(&plain.stderr));
    let o = nm(&["suggest", "p.ron", "--in-place", "--jsonl"], d, "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    // Parsed, then in one order: the project keeps its own order of spans.
    let lines = |b: &[u8]| -> Vec<String> {
        let mut v: Vec<String> = text(b)
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l)
                    .unwrap()
                    .to_string()
            })
            .collect();
        v.sort();
        v
    };
    // The same lines as without --in-place (code point offsets), now saved.
    let added = lines(&o.stdout);
    assert!(added.len() >= 3, "{added:?}");
    assert_eq!(added, lines(&plain.stdout));
    assert!(text(&o.stderr).contains(&format!("{} suggestions added", added.len())));
    // A second run adds nothing, and prints nothing.
    let o = nm(&["suggest", "p.ron", "--in-place", "--jsonl"], d, "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), "");
    assert!(text(&o.stderr).contains("0 suggestions added"));
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

#[test]
fn stdin_documents_are_answered_before_stdin_closes() {
    use std::io::BufRead as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(["suggest", "-", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"{\"id\": \"first\", \"text\": \"Prices rose 12% in May, the office said.\"}\n")
        .unwrap();
    stdin.flush().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        std::io::BufReader::new(stdout).read_line(&mut line).ok();
        tx.send(line).ok();
    });
    // Before, nothing came until 64 lines or the end of stdin.
    let got = rx.recv_timeout(std::time::Duration::from_secs(30));
    drop(stdin);
    child.wait().unwrap();
    let line = got.expect("a suggestion while stdin is still open");
    assert!(line.contains("\"doc\":\"first\""), "{line}");
}

#[test]
fn a_bad_stdin_line_comes_after_every_document_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = String::new();
    for k in 0..70 {
        input.push_str(&format!(
            "{{\"id\": \"d{k}\", \"text\": \"Prices rose 12% in May, the office said.\"}}\n"
        ));
    }
    input.push_str("{bad}\n{\"id\": \"after\", \"text\": \"Prices rose 12%.\"}\n");
    let o = nm(&["suggest", "-", "--jsonl"], dir.path(), &input);
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("<stdin>:71:"),
        "{}",
        text(&o.stderr)
    );
    let want: Vec<String> = (0..70).map(|k| format!("d{k}")).collect();
    assert_eq!(docs_of(&o.stdout), want);
}

/// A gold line: `label` over characters `start..end` of `text`.
fn gold(text: &str, label: &str, start: usize, end: usize) -> String {
    let covered: String = text.chars().skip(start).take(end - start).collect();
    serde_json::json!({"label": label, "start": start, "end": end, "text": covered}).to_string()
        + "\n"
}

#[test]
fn eval_gives_each_article_its_own_gold_and_counts_gold_without_article() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for f in ["arts/a", "arts/b", "gold"] {
        fs::create_dir_all(d.join(f)).unwrap();
    }
    let a = "Prices rose 12% in May.\n";
    let b = "The café sold 40 pies.\n";
    fs::write(d.join("arts/a/x.txt"), a).unwrap();
    fs::write(d.join("arts/b/x.txt"), b).unwrap();
    fs::write(d.join("gold/x.gold.jsonl"), gold(a, "FIGURE", 12, 15)).unwrap();
    fs::write(d.join("gold/gone.gold.jsonl"), gold(a, "FIGURE", 0, 6)).unwrap();
    let o = nm(&["eval", "gold", "arts", "--json"], d, "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let err = text(&o.stderr);
    // The second x.txt is x-2, as `suggest` names it: it has no gold.
    assert!(err.contains("x-2: no gold file x-2.gold.jsonl"), "{err}");
    assert!(
        err.contains("gone.gold.jsonl: no article named gone"),
        "{err}"
    );
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["documents"], 2);
    // The gold of the missing article is missed: 1 of 2 found.
    let fig = &r["labels"]["FIGURE:lenient"];
    assert_eq!(
        (fig["gold"].as_u64(), fig["tp"].as_u64()),
        (Some(2), Some(1)),
        "{fig}"
    );
}

#[test]
fn eval_refuses_gold_that_does_not_fit_its_article() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("arts")).unwrap();
    fs::create_dir_all(d.join("gold")).unwrap();
    let a = "Prices rose 12% in May.\r\nThe office said so.\n";
    fs::write(d.join("arts/x.txt"), a).unwrap();
    let run = |g: &str| {
        fs::write(d.join("gold/x.gold.jsonl"), g).unwrap();
        nm(&["eval", "gold", "arts"], d, "")
    };
    let ok = gold(a, "FIGURE", 12, 15);
    let cases = [
        (
            "{\"label\": \"CLAIM\", \"start\": 0, \"end\": 5000}\n".to_string(),
            ":2: span 0..5000 runs past the end of x (45 characters)",
        ),
        (
            "{\"label\": \"CLAIM\", \"start\": 9, \"end\": 3}\n".to_string(),
            ":2: span 9..3 is empty or reversed",
        ),
        (
            "{\"label\": \"CLAIM\", \"start\": -1, \"end\": 3}\n".to_string(),
            ":2: \"start\" must be a whole number of at least 0, not -1",
        ),
        // Offsets counted without the \r: the text no longer fits.
        (
            "{\"label\": \"CLAIM\", \"start\": 24, \"end\": 43, \"text\": \"The office said so.\"}\n"
                .to_string(),
            ":2: span 24..43 says \"The office said so.\" but x has \"\\nThe office said so\"",
        ),
    ];
    for (bad, want) in cases {
        let o = run(&(ok.clone() + &bad));
        assert_eq!(o.status.code(), Some(1), "{bad}");
        let err = text(&o.stderr);
        assert!(err.contains(&format!("x.gold.jsonl{want}")), "{err}");
    }
    // Labels eval does not score are named, not dropped in silence.
    let o = run(&(ok + &gold(a, "claim", 0, 23)));
    assert!(o.status.success(), "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(
        err.contains("gold spans not scored") && err.contains("claim (1)"),
        "{err}"
    );
}

#[test]
fn eval_of_a_project_leaves_undecided_suggestions_out() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("a.txt"),
        "Prices rose 12% in May, the office said. About 40 shops closed.\n",
    )
    .unwrap();
    assert!(
        nm(&["import", "a.txt", "-o", "p.ron"], d, "")
            .status
            .success()
    );
    assert!(
        nm(&["suggest", "p.ron", "--in-place"], d, "")
            .status
            .success()
    );
    let mut p = newsmark::project::load(&d.join("p.ron")).unwrap();
    let spans = p.documents[0].spans().to_vec();
    assert!(spans.len() >= 3, "{spans:?}");
    // One suggestion rejected, the rest still pending.
    p.documents[0]
        .update_span(spans[0].id, |s| {
            s.status = newsmark::model::Status::Rejected
        })
        .unwrap();
    newsmark::project::save(&p, &d.join("p.ron")).unwrap();
    let o = nm(&["eval", "p.ron", "--json"], d, "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let pred: u64 = ["CLAIM:exact", "QUOTE:exact", "FIGURE:exact"]
        .iter()
        .map(|k| r["labels"][k]["pred"].as_u64().unwrap())
        .sum();
    assert_eq!(pred, 1, "{r}");
}

#[test]
fn import_into_a_missing_folder_reads_nothing_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.txt"), "Prices rose 12%.\n").unwrap();
    let o = nm(&["import", "a.txt", "-o", "nodir/p.ron"], d, "");
    assert_eq!(o.status.code(), Some(1));
    assert!(!text(&o.stdout).contains("imported"), "{}", text(&o.stdout));
    assert!(text(&o.stderr).contains("the folder nodir does not exist"));
    // eval with arguments that do not fit together is a usage error.
    assert_eq!(nm(&["eval", "a.txt"], d, "").status.code(), Some(2));
}

#[test]
fn inputs_are_named_and_printed_in_the_order_given() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("a.txt"),
        "Prices rose 12% in May, the office said.\n",
    )
    .unwrap();
    let stdin = "{\"id\": \"a\", \"text\": \"Sales fell 5% in May, the office said.\"}\n";
    // (doc, figure) of each printed FIGURE.
    let figures = |o: &Output| -> Vec<(String, String)> {
        text(&o.stdout)
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .filter(|v| v["label"] == "FIGURE")
            .map(|v| {
                (
                    v["doc"].as_str().unwrap().into(),
                    v["text"].as_str().unwrap().into(),
                )
            })
            .collect()
    };
    // The file came out last, as `a-2`, after the stdin document.
    let o = nm(&["suggest", "a.txt", "-", "--jsonl"], d, stdin);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let want = |x: &str, y: &str| vec![("a".to_string(), x.to_string()), ("a-2".into(), y.into())];
    assert_eq!(figures(&o), want("12%", "5%"));
    let o = nm(&["suggest", "-", "a.txt", "--jsonl"], d, stdin);
    assert_eq!(figures(&o), want("5%", "12%"));
}

#[test]
fn eval_finds_the_gold_of_a_jsonl_article_by_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("arts")).unwrap();
    fs::create_dir_all(d.join("gold")).unwrap();
    let t = "Prices rose 12% in May.";
    fs::write(
        d.join("arts/a.jsonl"),
        serde_json::json!({"id": "123", "name": "story", "text": t}).to_string() + "\n",
    )
    .unwrap();
    fs::write(d.join("gold/story.gold.jsonl"), gold(t, "FIGURE", 12, 15)).unwrap();
    let o = nm(&["eval", "gold", "arts", "--json"], d, "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["labels"]["FIGURE:lenient"]["tp"], 1, "{r}");
}

#[test]
fn a_gold_folder_beside_the_articles_is_skipped_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("set/gold")).unwrap();
    let a = "Prices rose 12% in May.\n";
    fs::write(d.join("set/a.txt"), a).unwrap();
    fs::write(d.join("set/gold/a.gold.jsonl"), gold(a, "FIGURE", 12, 15)).unwrap();
    // The whole import failed on the gold file's first line.
    let o = nm(&["import", "set", "-o", "p.ron"], d, "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("a.gold.jsonl: holds spans"), "{out}");
    assert!(out.contains("1 imported"), "{out}");
    let o = nm(&["suggest", "set", "--jsonl"], d, "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(docs_of(&o.stdout), ["a"]);
    assert!(text(&o.stderr).contains("holds spans"));
}
