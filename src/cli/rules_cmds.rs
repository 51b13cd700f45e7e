//! `suggest`, `eval` and `rules test`: running the rule engine from the
//! command line.

use std::collections::{BTreeMap, HashSet};
use std::io::{BufRead as _, Write as _};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use newsmark::formats::import::{collect_files, parse_jsonl_lines, read_file};
use newsmark::model::{Document, OffsetMap, Origin, SpanId, Status};
use newsmark::project;
use newsmark::project::DocIds;
use newsmark::rules::eval::{EvalSpan, LABELS, MODES, Report, evaluate};
use newsmark::rules::{ProjectRules, RuleSet, Suggestion, add_pending, resolve_rules};
use rayon::prelude::*;

use super::{CmdResult, Failure};

/// Arguments of `newsmark suggest`.
#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// Text files, folders, .jsonl documents, a project .ron, or `-` for JSONL documents on stdin.
    /// Each suggestion's `doc` is the file stem or JSONL id, made unique over the run (`art`, `art-2`).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Rule file to use instead of the built-in rules (or the project's).
    #[arg(long)]
    pub rules: Option<PathBuf>,
    /// Print one JSON object per suggestion (the only output format; accepted for clarity).
    /// With --in-place: print the suggestions added to the project.
    #[arg(long)]
    pub jsonl: bool,
    /// With a project: add suggestions to it as pending spans and save.
    #[arg(long)]
    pub in_place: bool,
}

/// Arguments of `newsmark eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// A gold folder (NAME.gold.jsonl files) followed by the articles, or one project .ron.
    #[arg(required = true, num_args = 1..=2)]
    pub paths: Vec<PathBuf>,
    /// Rule file to use instead of the built-in rules.
    #[arg(long)]
    pub rules: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `newsmark rules ...`.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Run the examples of every rule in FILE (the built-in set without one).
    Test {
        /// The rule file.
        file: Option<PathBuf>,
    },
}

fn load_rules(path: Option<&Path>) -> Result<ProjectRules, Failure> {
    Ok(match path {
        Some(p) => ProjectRules::Loaded(Box::new(RuleSet::load(p)?)),
        None => ProjectRules::Builtin(RuleSet::builtin()),
    })
}

fn is_project(p: &Path) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

/// One output line per suggestion, code point offsets.
fn suggestion_lines(rules: &RuleSet, name: &str, text: &str) -> String {
    let map = OffsetMap::new(text);
    let mut out = String::new();
    for s in rules.suggest(text) {
        push_line(&mut out, name, text, &map, &s);
    }
    out
}

/// Adds suggestion `s` of document `name` to `out` as one JSON line.
fn push_line(out: &mut String, name: &str, text: &str, map: &OffsetMap, s: &Suggestion) {
    let obj = serde_json::json!({
        "doc": name,
        "start": map.to_char(text, s.start),
        "end": map.to_char(text, s.end),
        "label": &*s.label,
        "text": text.get(s.start..s.end).unwrap_or(""),
        "rule": &*s.rule,
        "attrs": s.attrs,
    });
    out.push_str(&obj.to_string());
    out.push('\n');
}

/// Prints the suggestions for `docs`; `false` once standard output is
/// closed (`| head`), which is no error worth a message but ends the run.
fn print_docs(rules: &RuleSet, docs: &[(String, String)]) -> Result<bool, Failure> {
    let bar = super::progress::bar(docs.len() as u64, "suggesting", "documents");
    let lines: Vec<String> = docs
        .par_iter()
        .map(|(name, text)| {
            let l = suggestion_lines(rules, name, text);
            bar.inc(1);
            l
        })
        .collect();
    bar.finish_and_clear();
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    for l in lines {
        if w.write_all(l.as_bytes()).is_err() {
            return Ok(false);
        }
    }
    Ok(w.flush().is_ok())
}

/// Most stdin lines read before their suggestions are printed.
const STDIN_BATCH: usize = 64;

/// Suggestions for JSONL documents on stdin, printed as they come: a reader
/// thread hands over lines, and each batch is whatever has arrived (one
/// line when the writer is slow, up to [`STDIN_BATCH`] when it is fast). A
/// bad line stops the run after every document before it is printed.
fn stdin_stream(rules: &RuleSet, names: &mut DocIds) -> CmdResult {
    let (tx, rx) = std::sync::mpsc::sync_channel::<std::io::Result<Vec<u8>>>(4 * STDIN_BATCH);
    std::thread::spawn(move || {
        for bytes in std::io::stdin().lock().split(b'\n') {
            let stop = bytes.is_err();
            if tx.send(bytes).is_err() || stop {
                break;
            }
        }
    });
    let path = Path::new("<stdin>");
    let mut n = 0;
    while let Ok(first) = rx.recv() {
        let mut lines = vec![first];
        while lines.len() < STDIN_BATCH {
            match rx.try_recv() {
                Ok(l) => lines.push(l),
                Err(_) => break,
            }
        }
        let mut batch: Vec<(String, String)> = Vec::new();
        let mut failure = None;
        for bytes in lines {
            n += 1;
            match stdin_docs(bytes, n, path) {
                Ok(docs) => {
                    for d in docs {
                        let id = d.id.or(d.name).unwrap_or_else(|| format!("stdin-{n}"));
                        batch.push((names.claim(&id), d.text));
                    }
                }
                Err(f) => {
                    failure = Some(f);
                    break;
                }
            }
        }
        if !print_docs(rules, &batch)? {
            return Ok(());
        }
        if let Some(f) = failure {
            return Err(f);
        }
    }
    Ok(())
}

/// The documents of stdin line `n` (1-based).
fn stdin_docs(
    bytes: std::io::Result<Vec<u8>>,
    n: usize,
    path: &Path,
) -> Result<Vec<newsmark::formats::import::JsonlDoc>, Failure> {
    let mut bytes = bytes.map_err(|e| Failure::input(format!("<stdin>: {e}")))?;
    if bytes.last() == Some(&b'\r') {
        bytes.pop();
    }
    // A byte order mark opens the stream, as it may a file.
    if n == 1 && bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    let line = String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let col = String::from_utf8_lossy(good).chars().count() + 1;
        Failure::input(format!("<stdin>:{n}:{col}: not valid UTF-8"))
    })?;
    if line.trim().is_empty() {
        return Ok(Vec::new());
    }
    parse_jsonl_lines(std::iter::once((n, line.as_str())), path)
        .map_err(|e| Failure::input(e.to_string()))
}

/// `newsmark suggest`.
pub fn suggest(a: SuggestArgs) -> CmdResult {
    // Refused before any project is changed.
    if a.in_place
        && let Some(p) = a.paths.iter().find(|p| !is_project(p))
    {
        return Err(Failure::input(format!(
            "{}: --in-place needs a project .ron file",
            p.display()
        )));
    }
    let mut files = Vec::new();
    // Names printed are unique over the run: `art` and `art-2` for two
    // files `a/art.txt` and `b/art.txt`, as `import` names them. Inputs are
    // named and printed in the order given.
    let mut names = DocIds::default();
    for p in &a.paths {
        if p.as_os_str() == "-" {
            print_files(&mut files, a.rules.as_deref(), &mut names)?;
            let rules = load_rules(a.rules.as_deref())?;
            stdin_stream(&rules, &mut names)?;
            continue;
        }
        if is_project(p) {
            print_files(&mut files, a.rules.as_deref(), &mut names)?;
            let mut proj = project::load(p)?;
            let rules = match &a.rules {
                Some(r) => ProjectRules::Loaded(Box::new(RuleSet::load(r)?)),
                None => resolve_rules(&proj, Some(p))?,
            };
            if a.in_place {
                // Find on all cores, then add in document order so ids stay deterministic.
                let bar =
                    super::progress::bar(proj.documents.len() as u64, "suggesting", "documents");
                let found: Vec<Vec<Suggestion>> = proj
                    .documents
                    .par_iter()
                    .map(|d| {
                        let f = rules.suggest(d.text());
                        bar.inc(1);
                        f
                    })
                    .collect();
                bar.finish_and_clear();
                // With --jsonl, the suggestions added are printed too (those
                // already in the project or rejected before are not).
                let mut lines = String::new();
                let mut added = 0;
                for (i, f) in found.into_iter().enumerate() {
                    // The ids there before, to tell the new spans (only
                    // needed for printing them).
                    let before: HashSet<SpanId> = if a.jsonl {
                        proj.documents[i].spans().iter().map(|s| s.id).collect()
                    } else {
                        HashSet::new()
                    };
                    added += add_pending(&mut proj, i, f);
                    if a.jsonl {
                        let d = &proj.documents[i];
                        let (name, text) = (names.claim(&d.id), d.text());
                        let map = OffsetMap::new(text);
                        for s in d.spans().iter().filter(|s| !before.contains(&s.id)) {
                            let Origin::Rule(rule) = &s.origin else {
                                continue;
                            };
                            let sg = Suggestion {
                                start: s.start,
                                end: s.end,
                                label: s.label.as_str().into(),
                                attrs: s.attrs.clone(),
                                rule: rule.as_str().into(),
                                why: None,
                            };
                            push_line(&mut lines, &name, text, &map, &sg);
                        }
                    }
                }
                project::save(&proj, p)?;
                // Printed once saved: the lines are what the file now holds.
                let mut w = std::io::BufWriter::new(std::io::stdout().lock());
                if w.write_all(lines.as_bytes())
                    .and_then(|()| w.flush())
                    .is_err()
                {
                    return Ok(());
                }
                eprintln!("{}: {added} suggestions added as pending", p.display());
            } else {
                let ds: Vec<(String, String)> = proj
                    .documents
                    .iter()
                    .map(|d| (names.claim(&d.id), d.text().to_string()))
                    .collect();
                if !print_docs(&rules, &ds)? {
                    return Ok(());
                }
            }
            continue;
        }
        files.push(p.clone());
    }
    print_files(&mut files, a.rules.as_deref(), &mut names)
}

/// Suggestions for the text files and folders in `files` (then emptied),
/// read on all cores and named in order.
fn print_files(files: &mut Vec<PathBuf>, rules: Option<&Path>, names: &mut DocIds) -> CmdResult {
    if files.is_empty() {
        return Ok(());
    }
    let rules = load_rules(rules)?;
    let (list, skipped) = collect_files(files)?;
    files.clear();
    for (p, why) in skipped {
        eprintln!("newsmark: skipped {}: {why}", p.display());
    }
    let read: Vec<_> = list.par_iter().map(|f| read_file(f)).collect();
    let mut docs = Vec::new();
    for r in read {
        for d in r? {
            docs.push((names.claim(&d.id), d.text().to_string()));
        }
    }
    print_docs(&rules, &docs).map(|_| ())
}

fn to_eval(
    doc: &Document,
    spans: impl Iterator<Item = (usize, usize, String, newsmark::Attrs, String)>,
) -> Vec<EvalSpan> {
    spans
        .map(|(s, e, label, attrs, rule)| EvalSpan {
            start: doc.char_at(s),
            end: doc.char_at(e),
            label,
            attrs,
            rule,
        })
        .collect()
}

fn predict(rules: &RuleSet, doc: &Document) -> Vec<EvalSpan> {
    predict_where(rules, doc, |_| true)
}

/// The suggestions `keep` keeps, for scoring.
fn predict_where(
    rules: &RuleSet,
    doc: &Document,
    keep: impl Fn(&Suggestion) -> bool,
) -> Vec<EvalSpan> {
    to_eval(
        doc,
        rules.suggest(doc.text()).into_iter().filter(keep).map(|s| {
            (
                s.start,
                s.end,
                s.label.to_string(),
                s.attrs,
                s.rule.to_string(),
            )
        }),
    )
}

/// One gold file: its spans, and per span its line and the text it says
/// it covers (checked against the article).
struct GoldFile {
    path: PathBuf,
    spans: Vec<EvalSpan>,
    lines: Vec<usize>,
    texts: Vec<Option<String>>,
}

fn read_gold(dir: &Path) -> Result<BTreeMap<String, GoldFile>, Failure> {
    let mut out = BTreeMap::new();
    let entries =
        std::fs::read_dir(dir).map_err(|e| Failure::input(format!("{}: {e}", dir.display())))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let Some(fname) = p.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(stem) = fname.strip_suffix(".jsonl") else {
            continue;
        };
        let name = stem.strip_suffix(".gold").unwrap_or(stem).to_string();
        let text = project::io::read_text(&p, 256 << 20)?;
        let mut g = GoldFile {
            path: p.clone(),
            spans: Vec::new(),
            lines: Vec::new(),
            texts: Vec::new(),
        };
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let at = format!("{}:{}", p.display(), i + 1);
            let v: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| Failure::input(format!("{at}:{}: {e}", e.column())))?;
            let num = |k: &str| match v.get(k) {
                None => Err(Failure::input(format!("{at}: needs {k:?}"))),
                Some(x) => x.as_u64().map(|x| x as usize).ok_or_else(|| {
                    Failure::input(format!(
                        "{at}: {k:?} must be a whole number of at least 0, not {x}"
                    ))
                }),
            };
            let (start, end) = (num("start")?, num("end")?);
            let Some(label) = v.get("label").and_then(|l| l.as_str()) else {
                return Err(Failure::input(format!("{at}: needs a \"label\" text")));
            };
            if start >= end {
                return Err(Failure::input(format!(
                    "{at}: span {start}..{end} is empty or reversed"
                )));
            }
            let attrs = v
                .get("attrs")
                .and_then(|a| a.as_object())
                .map(|o| {
                    o.iter()
                        .map(|(k, v)| {
                            (
                                k.clone(),
                                v.as_str()
                                    .map(str::to_string)
                                    .unwrap_or_else(|| v.to_string()),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            g.spans.push(EvalSpan {
                start,
                end,
                label: label.to_string(),
                attrs,
                rule: String::new(),
            });
            g.lines.push(i + 1);
            g.texts
                .push(v.get("text").and_then(|t| t.as_str()).map(str::to_string));
        }
        out.insert(name, g);
    }
    Ok(out)
}

/// Checks a gold file's spans against its article: each must lie within the
/// text and, when it says its text, cover exactly that.
fn check_gold(g: &GoldFile, doc: &Document) -> Result<(), Failure> {
    let len = doc.char_len();
    for ((s, line), said) in g.spans.iter().zip(&g.lines).zip(&g.texts) {
        let at = format!("{}:{line}", g.path.display());
        let (Some(a), Some(b)) = (doc.byte_at(s.start), doc.byte_at(s.end)) else {
            return Err(Failure::input(format!(
                "{at}: span {}..{} runs past the end of {} ({len} characters)",
                s.start, s.end, doc.id
            )));
        };
        let covered = &doc.text()[a..b];
        if let Some(said) = said
            && said != covered
        {
            return Err(Failure::input(format!(
                "{at}: span {}..{} says {said:?} but {} has {covered:?} there \
                 (offsets are code points into the file as it is, line ends included)",
                s.start, s.end, doc.id
            )));
        }
    }
    Ok(())
}

/// Warns about gold spans of labels `eval` does not score.
fn warn_unscored_labels(gold: &BTreeMap<String, GoldFile>) {
    let mut other: BTreeMap<&str, usize> = BTreeMap::new();
    for g in gold.values() {
        for s in &g.spans {
            if !LABELS.contains(&s.label.as_str()) {
                *other.entry(s.label.as_str()).or_default() += 1;
            }
        }
    }
    if !other.is_empty() {
        let list: Vec<String> = other.iter().map(|(l, n)| format!("{l} ({n})")).collect();
        eprintln!(
            "newsmark: gold spans not scored (eval scores {}): {}",
            LABELS.join(", "),
            list.join(", ")
        );
    }
}

/// `newsmark eval`.
pub fn eval(a: EvalArgs) -> CmdResult {
    let pairs: Vec<(Vec<EvalSpan>, Vec<EvalSpan>)> = match a.paths.as_slice() {
        [proj_path] if is_project(proj_path) => {
            let proj = project::load(proj_path)?;
            let rules = match &a.rules {
                Some(r) => ProjectRules::Loaded(Box::new(RuleSet::load(r)?)),
                None => resolve_rules(&proj, Some(proj_path))?,
            };
            proj.documents
                .par_iter()
                .filter(|d| d.spans().iter().any(|s| s.status != Status::Pending))
                .map(|d| {
                    let gold = to_eval(
                        d,
                        d.spans()
                            .iter()
                            .filter(|s| s.status == Status::Accepted)
                            .map(|s| {
                                (
                                    s.start,
                                    s.end,
                                    s.label.clone(),
                                    s.attrs.clone(),
                                    String::new(),
                                )
                            }),
                    );
                    // A suggestion still pending is undecided: neither
                    // right nor wrong yet.
                    let pred = predict_where(&rules, d, |s| {
                        d.find_same(s.start, s.end, &s.label)
                            .is_none_or(|x| x.status != Status::Pending)
                    });
                    (gold, pred)
                })
                .collect()
        }
        [gold_dir, articles] => {
            let rules = load_rules(a.rules.as_deref())?;
            let gold = read_gold(gold_dir)?;
            warn_unscored_labels(&gold);
            let (files, _) = collect_files(std::slice::from_ref(articles))?;
            let mut docs = Vec::new();
            // The gold folder may sit inside the articles folder.
            let gold_abs = std::fs::canonicalize(gold_dir).unwrap_or_else(|_| gold_dir.clone());
            for f in files {
                if std::fs::canonicalize(&f).is_ok_and(|c| c.starts_with(&gold_abs)) {
                    continue;
                }
                docs.extend(read_file(&f)?);
            }
            // Articles are named as `suggest` names them (`art`, `art-2`
            // for two `art.txt` in two folders), so each has its own gold.
            let mut names = DocIds::default();
            let mut work: Vec<(Vec<EvalSpan>, Option<&Document>)> = Vec::new();
            let mut used: std::collections::HashSet<String> = std::collections::HashSet::new();
            for d in &docs {
                let name = names.claim(&d.id);
                // A JSONL document's gold may be filed under its `name`.
                let key = [name.as_str(), d.name.as_str()]
                    .into_iter()
                    .find(|k| gold.contains_key(*k) && !used.contains(*k));
                match key.and_then(|k| gold.get_key_value(k)) {
                    Some((k, g)) => {
                        check_gold(g, d)?;
                        used.insert(k.clone());
                        work.push((g.spans.clone(), Some(d)));
                    }
                    None => {
                        eprintln!("newsmark: {name}: no gold file {name}.gold.jsonl, not scored")
                    }
                }
            }
            if work.is_empty() {
                return Err(Failure::input(format!(
                    "no article in {} has a gold file in {}",
                    articles.display(),
                    gold_dir.display()
                )));
            }
            // Gold without its article counts as missed, as `score.py`
            // counts it.
            for (name, g) in &gold {
                if !used.contains(name) {
                    eprintln!(
                        "newsmark: {}: no article named {name} in {}; its {} spans count as missed",
                        g.path.display(),
                        articles.display(),
                        g.spans.len()
                    );
                    work.push((g.spans.clone(), None));
                }
            }
            work.into_par_iter()
                .map(|(g, d)| (g, d.map(|d| predict(&rules, d)).unwrap_or_default()))
                .collect()
        }
        _ => {
            return Err(Failure::usage(
                "usage: newsmark eval GOLD_DIR ARTICLES | newsmark eval PROJECT.ron",
            ));
        }
    };
    let report = evaluate(&pairs);
    if a.json {
        println!(
            "{}",
            serde_json::to_string(&report).map_err(Failure::input)?
        );
    } else {
        print_report(&report);
    }
    Ok(())
}

fn print_report(r: &Report) {
    println!("{} documents", r.documents);
    println!(
        "{:<8} {:<8} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}",
        "label", "mode", "P", "R", "F1", "gold", "pred", "tp"
    );
    for label in LABELS {
        for mode in MODES {
            if let Some(p) = r.labels.get(&format!("{label}:{mode}")) {
                println!(
                    "{label:<8} {mode:<8} {:>6.3} {:>6.3} {:>6.3} {:>5} {:>5} {:>5}",
                    p.p, p.r, p.f1, p.gold, p.pred, p.tp
                );
            }
        }
    }
    println!();
    for (k, (share, n)) in &r.attrs {
        println!("{k:<16} agree {share:.3} of {n} lenient matches");
    }
    println!();
    println!(
        "{:<34} {:<7} {:>7} {:>7} {:>9} {:>8} {:>9}",
        "rule", "label", "matches", "correct", "precision", "overlaps", "conflicts"
    );
    for (id, s) in &r.rules {
        println!(
            "{id:<34} {:<7} {:>7} {:>7} {:>9.3} {:>8} {:>9}",
            s.label, s.matches, s.correct, s.precision, s.overlaps, s.conflicts
        );
    }
}

/// `newsmark rules ...`.
pub fn rules(c: RulesCommand) -> CmdResult {
    match c {
        RulesCommand::Test { file } => {
            let rules = load_rules(file.as_deref())?;
            let (n, fails) = rules.test_examples();
            let name = file
                .as_ref()
                .map(|f| f.display().to_string())
                .unwrap_or_else(|| "built-in rules".into());
            if fails.is_empty() {
                println!("{name}: {n} examples passed");
                return Ok(());
            }
            let lines: Vec<String> = fails
                .iter()
                .map(|f| format!("{name}: rule {} example {}: {}", f.rule, f.example, f.msg))
                .collect();
            // One example can fail several checks: count examples.
            let failed: std::collections::HashSet<(&str, usize)> =
                fails.iter().map(|f| (f.rule.as_str(), f.example)).collect();
            Err(Failure::input(format!(
                "{}\n{} of {n} examples failed",
                lines.join("\n"),
                failed.len()
            )))
        }
    }
}
