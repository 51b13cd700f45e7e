//! `import`, `stats`, `check` and `fmt`: the project-file subcommands.

use std::path::PathBuf;

use clap::Args;
use newsmark::formats::import::import_paths;
use newsmark::project::{self, Project};

use super::{CmdResult, Failure};

/// Arguments of `newsmark import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Files and folders to import: articles (.txt, .md, .html, .jsonl) and
    /// annotations (Newsmark or doccano .jsonl, Label Studio .json, brat .txt + .ann).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The project file to write.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Add to an existing project instead of creating a new one.
    #[arg(long)]
    pub append: bool,
}

/// Arguments of `newsmark stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// The project file.
    pub project: PathBuf,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `newsmark check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The project file.
    pub project: PathBuf,
}

/// Arguments of `newsmark fmt`.
#[derive(Debug, Args)]
pub struct FmtArgs {
    /// The project file.
    pub project: PathBuf,
    /// Only say whether the file would change (exit 1 if so).
    #[arg(long)]
    pub check: bool,
}

/// `newsmark import`.
pub fn import(a: ImportArgs) -> CmdResult {
    let mut p = if a.append {
        project::load(&a.output)?
    } else {
        if a.output.exists() {
            return Err(Failure::input(format!(
                "{} exists already; use --append to add to it",
                a.output.display()
            )));
        }
        Project::new()
    };
    // Refused before any file is read, so nothing reads "imported" when
    // the project cannot be written.
    if let Some(dir) = a.output.parent().filter(|d| !d.as_os_str().is_empty()) {
        project::io::folder_check(dir)
            .map_err(|why| Failure::input(format!("{}: {why}", a.output.display())))?;
    }
    let report = import_paths(&mut p, &a.paths)?;
    for (path, id) in &report.added {
        println!("imported {} as {id}", path.display());
    }
    for (path, id) in &report.duplicates {
        println!(
            "duplicate {} (same text as {id}), not imported",
            path.display()
        );
    }
    for (path, why) in &report.skipped {
        println!("skipped {}: {why}", path.display());
    }
    project::save(&p, &a.output)?;
    println!(
        "{}: {} imported, {} duplicates, {} skipped; {} documents in the project",
        a.output.display(),
        report.added.len(),
        report.duplicates.len(),
        report.skipped.len(),
        p.documents.len()
    );
    Ok(())
}

/// `newsmark stats`.
pub fn stats(a: StatsArgs) -> CmdResult {
    let p = project::load(&a.project)?;
    let st = newsmark::stats::stats(&p);
    if a.json {
        let json = serde_json::to_string(&st).map_err(Failure::input)?;
        println!("{json}");
        return Ok(());
    }
    println!("documents  {}", st.documents);
    println!("characters {}", st.chars);
    for (state, n) in &st.states {
        println!("  {state:<12} {n}");
    }
    println!(
        "{:<12} {:>9} {:>9} {:>9}",
        "label", "accepted", "pending", "rejected"
    );
    for (label, c) in &st.spans {
        println!(
            "{label:<12} {:>9} {:>9} {:>9}",
            c.accepted, c.pending, c.rejected
        );
    }
    Ok(())
}

/// `newsmark check`.
pub fn check(a: CheckArgs) -> CmdResult {
    let (_, problems) = project::io::load_with_problems(&a.project)?;
    if problems.is_empty() {
        println!("{}: ok", a.project.display());
        return Ok(());
    }
    let lines: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {p}", a.project.display()))
        .collect();
    Err(Failure::input(lines.join("\n")))
}

/// `newsmark fmt`.
pub fn fmt(a: FmtArgs) -> CmdResult {
    let text = project::io::read_text(&a.project, project::io::MAX_PROJECT_BYTES)?;
    let p = project::load(&a.project)?;
    let canonical = project::to_canonical_string(&p)?;
    if canonical == text {
        if a.check {
            println!("{}: canonical", a.project.display());
        }
        return Ok(());
    }
    if a.check {
        return Err(Failure::input(format!(
            "{}: not in canonical form; run `newsmark fmt` to rewrite it",
            a.project.display()
        )));
    }
    project::io::write_atomic(&a.project, canonical.as_bytes())?;
    println!("{}: rewritten", a.project.display());
    Ok(())
}
