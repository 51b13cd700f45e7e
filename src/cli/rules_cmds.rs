//! `suggest`, `eval` and `rules test`: running the rule engine from the
//! command line.

use std::collections::BTreeMap;
use std::io::{BufRead as _, Write as _};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use newsmark::formats::import::{collect_files, parse_jsonl_lines, read_file};
use newsmark::model::{Document, OffsetMap, Status};
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
    out
}

fn print_docs(rules: &RuleSet, docs: &[(String, String)]) -> CmdResult {
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
        // A closed pipe (`| head`) is not an error worth a message.
        if w.write_all(l.as_bytes()).is_err() {
            return Ok(());
        }
    }
    w.flush().ok();
    Ok(())
}

fn stdin_stream(rules: &RuleSet, names: &mut DocIds) -> CmdResult {
    let stdin = std::io::stdin();
    let path = Path::new("<stdin>");
    let mut batch: Vec<(String, String)> = Vec::new();
    for (n, bytes) in stdin.lock().split(b'\n').enumerate() {
        let mut bytes = bytes.map_err(|e| Failure::input(format!("<stdin>: {e}")))?;
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        // A byte order mark opens the stream, as it may a file.
        if n == 0 && bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
            bytes.drain(..3);
        }
        let line = String::from_utf8(bytes).map_err(|e| {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let col = String::from_utf8_lossy(good).chars().count() + 1;
            Failure::input(format!("<stdin>:{}:{col}: not valid UTF-8", n + 1))
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let docs = parse_jsonl_lines(std::iter::once((n + 1, line.as_str())), path)
            .map_err(|e| Failure::input(e.to_string()))?;
        for d in docs {
            let id =
                d.id.clone()
                    .or(d.name.clone())
                    .unwrap_or_else(|| format!("stdin-{}", n + 1));
            batch.push((names.claim(&id), d.text));
        }
        // Small batches keep the stream flowing inside pipelines.
        if batch.len() >= 64 {
            print_docs(rules, &batch)?;
            batch.clear();
        }
    }
    print_docs(rules, &batch)
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
    let mut docs: Vec<(String, String)> = Vec::new();
    let mut files = Vec::new();
    // Names printed are unique over the run: `art` and `art-2` for two
    // files `a/art.txt` and `b/art.txt`, as `import` names them.
    let mut names = DocIds::default();
    for p in &a.paths {
        if p.as_os_str() == "-" {
            let rules = load_rules(a.rules.as_deref())?;
            print_docs(&rules, &docs)?;
            docs.clear();
            stdin_stream(&rules, &mut names)?;
            continue;
        }
        if is_project(p) {
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
                let added: usize = found
                    .into_iter()
                    .enumerate()
                    .map(|(i, f)| add_pending(&mut proj, i, f))
                    .sum();
                project::save(&proj, p)?;
                eprintln!("{}: {added} suggestions added as pending", p.display());
            } else {
                let ds: Vec<(String, String)> = proj
                    .documents
                    .iter()
                    .map(|d| (names.claim(&d.id), d.text().to_string()))
                    .collect();
                print_docs(&rules, &ds)?;
            }
            continue;
        }
        files.push(p.clone());
    }
    if files.is_empty() {
        return Ok(());
    }
    let rules = load_rules(a.rules.as_deref())?;
    let (list, skipped) = collect_files(&files)?;
    for (p, why) in skipped {
        eprintln!("newsmark: skipped {}: {why}", p.display());
    }
    let read: Vec<_> = list.par_iter().map(|f| read_file(f)).collect();
    for r in read {
        for d in r? {
            docs.push((names.claim(&d.id), d.text().to_string()));
        }
    }
    print_docs(&rules, &docs)
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
    to_eval(
        doc,
        rules.suggest(doc.text()).into_iter().map(|s| {
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

fn read_gold(dir: &Path) -> Result<BTreeMap<String, Vec<EvalSpan>>, Failure> {
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
        let mut spans = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(line).map_err(|e| {
                Failure::input(format!("{}:{}:{}: {e}", p.display(), i + 1, e.column()))
            })?;
            let num = |k: &str| {
                v.get(k)
                    .and_then(serde_json::Value::as_u64)
                    .map(|x| x as usize)
            };
            let (Some(start), Some(end), Some(label)) = (
                num("start"),
                num("end"),
                v.get("label").and_then(|l| l.as_str()),
            ) else {
                return Err(Failure::input(format!(
                    "{}: line {}: needs start, end and label",
                    p.display(),
                    i + 1
                )));
            };
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
            spans.push(EvalSpan {
                start,
                end,
                label: label.to_string(),
                attrs,
                rule: String::new(),
            });
        }
        out.insert(name, spans);
    }
    Ok(out)
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
                    (gold, predict(&rules, d))
                })
                .collect()
        }
        [gold_dir, articles] => {
            let rules = load_rules(a.rules.as_deref())?;
            let gold = read_gold(gold_dir)?;
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
            let work: Vec<(Vec<EvalSpan>, &Document)> = docs
                .iter()
                .filter_map(|d| {
                    gold.get(&d.name)
                        .or_else(|| gold.get(&d.id))
                        .map(|g| (g.clone(), d))
                })
                .collect();
            if work.is_empty() {
                return Err(Failure::input(format!(
                    "no article in {} has a gold file in {}",
                    articles.display(),
                    gold_dir.display()
                )));
            }
            work.into_par_iter()
                .map(|(g, d)| (g, predict(&rules, d)))
                .collect()
        }
        _ => {
            return Err(Failure::input(
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
