//! Import of articles: plain text, Markdown, HTML, JSONL and folders, and of
//! other tools' annotations: doccano JSONL, Label Studio JSON, brat folders.
//!
//! Files are read and parsed in parallel, then added in a stable order
//! (folders recursively, in natural order of names: `a2` before `a10`;
//! hidden files skipped). Unsupported
//! files are listed as skipped, a text that is already in the project is
//! reported as a duplicate, and a file that cannot be read is an error that
//! names it.

mod annotated;
mod brat;
mod doccano;
mod html;
mod jsonl;
mod label_studio;
mod natural_order;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::model::{DocId, Document};
use crate::project::Project;
use crate::project::io::read_text;

pub use brat::read_brat;
pub use doccano::{looks_like_doccano, read_doccano, read_doccano_lines};
pub use html::html_to_text;
pub use jsonl::{JsonlDoc, parse_jsonl_docs, parse_jsonl_lines};
pub use label_studio::read_label_studio;
use natural_order::natural_cmp;

/// Largest single file imported, in bytes.
pub const MAX_IMPORT_BYTES: u64 = 256 << 20;

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// Documents added: source file and new id.
    pub added: Vec<(PathBuf, DocId)>,
    /// Texts already in the project: source file and the existing id.
    pub duplicates: Vec<(PathBuf, DocId)>,
    /// Files not imported and why.
    pub skipped: Skipped,
    /// Spans read with the documents.
    pub spans: usize,
}

/// The kinds of file import understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `.txt`
    Text,
    /// `.md`, `.markdown`
    Markdown,
    /// `.html`, `.htm`
    Html,
    /// `.jsonl`: Newsmark JSONL, or doccano JSONL (told apart by content)
    Jsonl,
    /// `.json`: a Label Studio export (a list of tasks)
    LabelStudio,
    /// `.ann`: brat standoff annotations of the `.txt` beside it
    Brat,
}

impl FileKind {
    /// The kind for a path, by its extension.
    pub fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => FileKind::Text,
            "md" | "markdown" => FileKind::Markdown,
            "html" | "htm" | "xhtml" => FileKind::Html,
            "jsonl" | "ndjson" => FileKind::Jsonl,
            "json" => FileKind::LabelStudio,
            "ann" => FileKind::Brat,
            _ => return None,
        })
    }
}

/// Files passed over, with the reason.
pub type Skipped = Vec<(PathBuf, String)>;

/// Expands files and folders into a sorted list of files to read, plus the
/// files skipped and why. A missing path is an error.
pub fn collect_files(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Skipped)> {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, e))?;
        if meta.is_dir() {
            walk(p, &mut files, &mut skipped, &mut HashSet::new())?;
        } else if FileKind::of(p).is_some() {
            files.push(p.clone());
        } else {
            skipped.push((p.clone(), "unsupported file type".to_string()));
        }
    }
    Ok((files, skipped))
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Reads a folder and its subfolders in natural name order. Linked folders are
/// followed, but each real folder once: a link back up (`sub/up -> ..`)
/// would otherwise repeat files or never end.
fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    skipped: &mut Skipped,
    seen: &mut HashSet<PathBuf>,
) -> Result<()> {
    let real = std::fs::canonicalize(dir).map_err(|e| Error::io(dir, e))?;
    if !seen.insert(real) {
        skipped.push((
            dir.to_path_buf(),
            "folder read already (a link loops back to it)".to_string(),
        ));
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .map(|e| e.map(|e| e.path()).map_err(|e| Error::io(dir, e)))
        .collect::<Result<_>>()?;
    // One folder's entries: their names decide the order.
    entries.sort_by(|a, b| {
        // Borrowed, not copied, for names that are UTF-8 (nearly all).
        fn name(p: &Path) -> std::borrow::Cow<'_, str> {
            p.file_name().unwrap_or_default().to_string_lossy()
        }
        natural_cmp(&name(a), &name(b)).then_with(|| a.cmp(b))
    });
    // A brat folder: each `.txt` with an `.ann` beside it is read through the `.ann`.
    let brat_texts: std::collections::HashSet<PathBuf> = entries
        .iter()
        .filter(|p| FileKind::of(p) == Some(FileKind::Brat))
        .map(|p| brat::text_file_of(p))
        .collect();
    for p in entries {
        if brat_texts.contains(&p) {
            continue;
        }
        if is_hidden(&p) {
            skipped.push((p, "hidden, not read".to_string()));
            continue;
        }
        if p.is_dir() {
            walk(&p, files, skipped, seen)?;
        } else if FileKind::of(&p) == Some(FileKind::Jsonl) && holds_spans(&p) {
            // A gold folder beside the articles (`NAME.gold.jsonl`).
            skipped.push((
                p,
                "holds spans (start, end, label), as gold files do, not documents".to_string(),
            ));
        } else if FileKind::of(&p).is_some() {
            files.push(p);
        } else {
            skipped.push((p, "unsupported file type".to_string()));
        }
    }
    Ok(())
}

/// True when the first line of the JSONL file at `p` is a span (top-level
/// `start` and `end` numbers), not a document: no document format has those.
fn holds_spans(p: &Path) -> bool {
    use std::io::{BufRead as _, Read as _};
    let Ok(f) = std::fs::File::open(p) else {
        return false;
    };
    let first = std::io::BufReader::new(f)
        .take(1 << 16)
        .lines()
        .map_while(std::result::Result::ok)
        .find(|l| !l.trim().is_empty());
    let Some(v) = first.and_then(|l| serde_json::from_str::<serde_json::Value>(&l).ok()) else {
        return false;
    };
    v.get("start").is_some_and(serde_json::Value::is_u64)
        && v.get("end").is_some_and(serde_json::Value::is_u64)
}

/// The file stem, used as a document's name and id.
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "doc".into())
}

/// Reads one file into documents (a JSONL file gives several).
pub fn read_file(path: &Path) -> Result<Vec<Document>> {
    let kind = FileKind::of(path).ok_or_else(|| {
        Error::invalid(
            path,
            "unsupported file type (expected .txt, .md, .html, .jsonl, .json or .ann)",
        )
    })?;
    if kind == FileKind::Brat {
        return Ok(vec![read_brat(path)?]);
    }
    let text = read_text(path, MAX_IMPORT_BYTES)?;
    let one = |text: String| {
        let name = stem(path);
        let mut d = Document::new(name.clone(), name, text);
        d.source = Some(path.to_path_buf());
        vec![d]
    };
    Ok(match kind {
        FileKind::Text | FileKind::Markdown => one(text),
        FileKind::Html => one(html_to_text(&text)),
        FileKind::Jsonl => read_jsonl(&text, path)?,
        FileKind::LabelStudio => read_label_studio(&text, path)?,
        FileKind::Brat => vec![read_brat(path)?],
    })
}

/// A JSON syntax error on line `line` (from 1) of `path`, whose text is
/// `line_text`: the column in code points (serde counts bytes) and the
/// message without serde's own "at line … column …".
pub(crate) fn json_error(
    path: &Path,
    line: usize,
    line_text: &str,
    e: &serde_json::Error,
) -> Error {
    let mut byte = e.column().saturating_sub(1).min(line_text.len());
    while !line_text.is_char_boundary(byte) {
        byte -= 1;
    }
    let full = e.to_string();
    let place = format!(" at line {} column {}", e.line(), e.column());
    Error::At {
        path: path.to_path_buf(),
        line,
        col: line_text[..byte].chars().count() + 1,
        msg: full.strip_suffix(&place).unwrap_or(&full).to_string(),
    }
}

/// Reads a JSONL file line by line, each line in the shape its keys tell
/// (doccano's or Newsmark's): a file that mixes them loses no spans. Runs
/// of lines of one shape are read together, in file order.
fn read_jsonl(text: &str, path: &Path) -> Result<Vec<Document>> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let doccano: Vec<bool> = lines.iter().map(|(_, l)| looks_like_doccano(l)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let kind = doccano[i];
        let j = i + doccano[i..].iter().take_while(|&&k| k == kind).count();
        let run = lines[i..j].iter().copied();
        if kind {
            out.extend(read_doccano_lines(run, path)?);
        } else {
            out.extend(
                parse_jsonl_lines(run, path)?
                    .into_iter()
                    .map(|d| d.into_document(path)),
            );
        }
        i = j;
    }
    Ok(out)
}

/// Imports files and folders into `project`.
pub fn import_paths(project: &mut Project, paths: &[PathBuf]) -> Result<ImportReport> {
    let (files, skipped) = collect_files(paths)?;
    let read: Vec<Result<Vec<Document>>> = files.par_iter().map(|f| read_file(f)).collect();
    let mut report = ImportReport {
        skipped,
        ..Default::default()
    };
    let mut batch = Vec::new();
    for (f, docs) in files.iter().zip(read) {
        let docs = docs?;
        if docs.is_empty() {
            report
                .skipped
                .push((f.clone(), "holds no documents".to_string()));
        }
        for d in docs {
            batch.push((f.clone(), d));
        }
    }
    add_documents(project, batch, &mut report);
    add_missing_labels(project);
    Ok(report)
}

/// Gives every label that a span uses and the project lacks a label entry
/// (next palette colour, no hotkey), so imported annotations stay valid.
pub fn add_missing_labels(project: &mut Project) {
    let mut missing: Vec<String> = Vec::new();
    for d in &project.documents {
        for s in d.spans() {
            if project.label(&s.label).is_none() && !missing.contains(&s.label) {
                missing.push(s.label.clone());
            }
        }
    }
    for name in missing {
        let n = project.labels.len();
        project.labels.push(crate::model::Label {
            name,
            color: crate::model::Label::palette(n),
            hotkey: None,
            description: String::new(),
        });
    }
}

/// Adds documents, reporting duplicates by text (also within the batch).
/// Texts are indexed by hash, so a big import stays linear.
pub fn add_documents(
    project: &mut Project,
    docs: Vec<(PathBuf, Document)>,
    report: &mut ImportReport,
) {
    let mut ids = crate::project::DocIds::of(project);
    let mut seen: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, d) in project.documents.iter().enumerate() {
        seen.entry(text_hash(d.text())).or_default().push(i);
    }
    for (path, doc) in docs {
        let h = text_hash(doc.text());
        let twin = seen.get(&h).and_then(|v| {
            v.iter()
                .map(|&i| &project.documents[i])
                .find(|d| d.text() == doc.text())
        });
        if let Some(twin) = twin {
            report.duplicates.push((path, twin.id.clone()));
            continue;
        }
        report.spans += doc.spans().len();
        let id = project.add_document_with_ids(doc, &mut ids);
        seen.entry(h).or_default().push(project.documents.len() - 1);
        report.added.push((path, id));
    }
}

fn text_hash(t: &str) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests;
