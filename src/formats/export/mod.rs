//! Labeled datasets out: Newsmark JSONL, spaCy DocBin, brat, doccano,
//! Label Studio, CoNLL BIO and CSV.
//!
//! [`export_project`] streams document by document to disk (each output
//! file is written to a temporary file beside it and renamed into place), so
//! no second copy of the corpus is held in memory. Offsets in every format
//! are Unicode code point offsets, end exclusive, as Python's `str` counts
//! them (a CRLF is two).

mod brat;
mod conll;
mod csv;
mod doccano;
mod jsonl;
mod label_studio;
mod msgpack;
mod names;
mod options;
mod progress;
mod sink;
mod spacy;
mod spacy_symbols;
mod splits;
mod tokens;

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::model::{Document, Span};
use crate::project::Project;

pub use options::{DocFilter, ExportOptions, Format, Split, StatusFilter};
pub use progress::Progress;
pub use spacy::hash_string as spacy_hash_string;
pub use splits::{assign as assign_split, part_sizes};

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportSummary {
    /// The files (or, for brat, folders) written, in order.
    pub files: Vec<PathBuf>,
    /// Documents exported.
    pub documents: usize,
    /// Spans exported.
    pub spans: usize,
    /// Things the format could not carry exactly, one line each.
    pub warnings: Vec<String>,
}

/// A warning about one span: `FORMAT: document "ID": span A..B LABEL WHAT`,
/// offsets in code points.
fn span_warning(format: &str, d: &Document, s: &Span, what: &str) -> String {
    format!(
        "{format}: document {:?}: span {}..{} {} {what}",
        d.id,
        d.char_at(s.start),
        d.char_at(s.end),
        s.label
    )
}

/// What one format writer wrote for one part.
#[derive(Debug, Default)]
pub(crate) struct Written {
    files: Vec<PathBuf>,
    spans: usize,
    warnings: Vec<String>,
}

impl Written {
    /// One file, committed, that holds `spans` spans; no warnings.
    fn one(file: PathBuf, spans: usize) -> Written {
        Written {
            files: vec![file],
            spans,
            warnings: Vec::new(),
        }
    }
}

/// The documents and choices one writer call works on.
pub(crate) struct Ctx<'a> {
    project: &'a Project,
    opts: &'a ExportOptions,
    /// Labels in output order (column order for CoNLL, config order elsewhere).
    labels: Vec<String>,
    /// Indices into `project.documents`, in output order.
    docs: &'a [usize],
}

impl<'a> Ctx<'a> {
    /// The documents of this part.
    fn documents(&self) -> impl Iterator<Item = &'a Document> + '_ {
        self.docs
            .iter()
            .filter_map(move |&i| self.project.documents.get(i))
    }

    /// The exported spans of a document, in document order. `with_rejected`:
    /// the format carries each span's status.
    fn spans<'d>(&self, d: &'d Document, with_rejected: bool) -> Vec<&'d Span> {
        d.spans()
            .iter()
            .filter(|s| self.opts.keeps(s, with_rejected))
            .collect()
    }

    /// Writes one JSON line a document to `path` (the JSONL formats):
    /// `line(document, its exported spans)`, `with_rejected` as in
    /// [`Ctx::spans`].
    fn write_json_lines<T: serde::Serialize>(
        &self,
        path: &Path,
        prog: &mut Progress,
        with_rejected: bool,
        line: impl Fn(&'a Document, &[&'a Span]) -> T,
    ) -> Result<Written> {
        let mut f = sink::AtomicFile::create(path)?;
        let mut spans = 0;
        for d in self.documents() {
            let kept = self.spans(d, with_rejected);
            spans += kept.len();
            f.write_json_line(&line(d, &kept))?;
            prog.tick()?;
        }
        Ok(Written::one(f.commit()?, spans))
    }

    /// The colour of a label as `#rrggbb` (grey for labels the project lacks).
    fn color(&self, label: &str) -> String {
        self.project
            .label(label)
            .map(|l| l.color.to_hex())
            .unwrap_or_else(|| "#64748b".into())
    }
}

/// Labels in output order: the `--labels` list as given, or the project's
/// labels followed by any other label a span uses.
fn output_labels(p: &Project, opts: &ExportOptions) -> Result<Vec<String>> {
    let mut used: Vec<String> = p.labels.iter().map(|l| l.name.clone()).collect();
    for d in &p.documents {
        for s in d.spans() {
            if !used.contains(&s.label) {
                used.push(s.label.clone());
            }
        }
    }
    match &opts.labels {
        None => Ok(used),
        Some(want) => {
            if let Some(bad) = want.iter().find(|l| !used.contains(l)) {
                return Err(Error::invalid(
                    Path::new("--labels"),
                    format!("unknown label {bad:?}; the project has {}", used.join(", ")),
                ));
            }
            let mut out: Vec<String> = Vec::new();
            for l in want {
                if !out.contains(l) {
                    out.push(l.clone());
                }
            }
            Ok(out)
        }
    }
}

/// The output path of one part: `out` itself without a split, else
/// `out/NAME.EXT` (or the folder `out/NAME` for brat).
fn part_path(out: &Path, format: Format, part: Option<&str>) -> PathBuf {
    match (part, format.extension()) {
        (None, _) => out.to_path_buf(),
        (Some(n), Some(ext)) => out.join(format!("{n}.{ext}")),
        (Some(n), None) => out.join(n),
    }
}

/// Refuses an export whose output `out` is the project file `project`
/// itself (or a link to it): the export would replace the project, and no
/// `.bak` is kept of an export's target.
pub fn refuse_overwriting_project(project: &Path, out: &Path) -> Result<()> {
    let same = match (std::fs::canonicalize(project), std::fs::canonicalize(out)) {
        (Ok(p), Ok(o)) => p == o,
        _ => false,
    };
    if same {
        return Err(Error::invalid(
            out,
            "this is the project file being exported; choose another output path",
        ));
    }
    Ok(())
}

/// Exports the project to `out`: a file, or for brat a folder; with a split,
/// `out` is a folder holding one file (or folder) per part. `progress` is
/// called with (documents done, documents in total).
pub fn export_project(
    p: &Project,
    opts: &ExportOptions,
    out: &Path,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ExportSummary> {
    export_project_cancellable(p, opts, out, progress, None)
}

/// [`export_project`] that stops with [`Error::Cancelled`] soon after
/// `cancel` is set. The file being written when it stops is removed; files of
/// earlier parts (a split, brat's one file per document) stay.
pub fn export_project_cancellable(
    p: &Project,
    opts: &ExportOptions,
    out: &Path,
    progress: &mut dyn FnMut(usize, usize),
    cancel: Option<&std::sync::atomic::AtomicBool>,
) -> Result<ExportSummary> {
    let labels = output_labels(p, opts)?;
    let chosen: Vec<usize> = p
        .documents
        .iter()
        .enumerate()
        .filter(|(_, d)| match opts.docs {
            DocFilter::All => true,
            DocFilter::Done => d.state == crate::model::DocState::Done,
        })
        .map(|(i, _)| i)
        .collect();
    let parts: Vec<(Option<String>, Vec<usize>)> = match &opts.split {
        None => vec![(None, chosen.clone())],
        Some(split) => {
            std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
            let assigned = splits::assign(split, &chosen);
            split
                .parts
                .iter()
                .map(|(n, _)| Some(n.clone()))
                .zip(assigned)
                .collect()
        }
    };
    if opts.split.is_none() && opts.format == Format::Brat {
        std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    }
    let mut prog = Progress::new(chosen.len(), progress, cancel);
    let mut summary = ExportSummary {
        documents: chosen.len(),
        ..Default::default()
    };
    for (name, docs) in &parts {
        let target = part_path(out, opts.format, name.as_deref());
        let ctx = Ctx {
            project: p,
            opts,
            labels: labels.clone(),
            docs,
        };
        let w = match opts.format {
            Format::Jsonl => jsonl::write(&ctx, &target, &mut prog)?,
            Format::Spacy => spacy::write(&ctx, &target, &mut prog)?,
            Format::Brat => brat::write(&ctx, &target, &mut prog)?,
            Format::Doccano => doccano::write(&ctx, &target, &mut prog)?,
            Format::LabelStudio => label_studio::write(&ctx, &target, &mut prog)?,
            Format::Conll => conll::write(&ctx, &target, &mut prog)?,
            Format::Csv => csv::write(&ctx, &target, &mut prog)?,
        };
        summary.files.extend(w.files);
        summary.spans += w.spans;
        summary.warnings.extend(w.warnings);
    }
    Ok(summary)
}
