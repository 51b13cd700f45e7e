//! Reading and writing project files: canonical RON, atomic saves with a
//! `.bak`, and load errors that name the file, line and column.

use std::fs;
use std::path::{Path, PathBuf};

use ron::ser::PrettyConfig;

use super::Project;
use super::schema::{self, DocsView, FORMAT_VERSION, ProjectFile, ProjectView};
use crate::error::{Error, Result};

/// Project files larger than this are refused rather than read into memory.
pub const MAX_PROJECT_BYTES: u64 = 2 << 30;

fn pretty() -> PrettyConfig {
    // Depth 4 puts each label and each span on one line, so one change to a
    // span is one changed line in a diff.
    PrettyConfig::new()
        .depth_limit(4)
        .indentor("  ")
        .new_line("\n")
        .struct_names(false)
}

fn view(p: &Project) -> ProjectView<'_> {
    ProjectView {
        format_version: FORMAT_VERSION,
        labels: &p.labels,
        rules: &p.rules,
        next_span_id: p.next_span_id(),
        documents: DocsView(&p.documents),
    }
}

/// Documents serialized together on all cores before they are written.
const SAVE_BATCH: usize = 256;

/// Writes the canonical form to `w`. Documents are serialized in parallel,
/// a batch at a time, each at top level and then indented to its place, so
/// the bytes equal those of serializing the whole project at once (a test
/// holds the two together) while memory holds one batch, not the corpus.
pub fn write_canonical(p: &Project, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    use rayon::prelude::*;
    let empty = ProjectView {
        documents: DocsView(&[]),
        ..view(p)
    };
    let header = ron::ser::to_string_pretty(&empty, pretty()).map_err(std::io::Error::other)?;
    if p.documents.is_empty() {
        w.write_all(header.as_bytes())?;
        return w.write_all(b"\n");
    }
    let head = header
        .strip_suffix("  documents: [],\n)")
        .ok_or_else(|| std::io::Error::other("unexpected project header layout"))?;
    w.write_all(head.as_bytes())?;
    w.write_all(b"  documents: [\n")?;
    // A document alone is at depth 1, inside the project at depth 3.
    let doc_config = pretty().depth_limit(2);
    for batch in p.documents.chunks(SAVE_BATCH) {
        let chunks: Vec<std::io::Result<String>> = batch
            .par_iter()
            .map(|d| {
                let one = ron::ser::to_string_pretty(&schema::DocView::new(d), doc_config.clone())
                    .map_err(std::io::Error::other)?;
                let mut out = String::with_capacity(one.len() + one.len() / 8 + 8);
                for line in one.split('\n') {
                    out.push_str("    ");
                    out.push_str(line);
                    out.push('\n');
                }
                out.pop();
                out.push_str(",\n");
                Ok(out)
            })
            .collect();
        for c in chunks {
            w.write_all(c?.as_bytes())?;
        }
    }
    w.write_all(b"  ],\n)\n")
}

/// The canonical form made by serializing the whole project in one go; the
/// reference [`write_canonical`] must match byte for byte.
#[doc(hidden)]
pub fn to_canonical_string_serial(p: &Project) -> String {
    let mut s = ron::ser::to_string_pretty(&view(p), pretty()).unwrap_or_default();
    s.push('\n');
    s
}

/// The project in its canonical text form, as [`save`] writes it.
pub fn to_canonical_string(p: &Project) -> Result<String> {
    let mut out = Vec::new();
    write_canonical(p, &mut out).map_err(|e| Error::Save {
        path: PathBuf::from("<memory>"),
        msg: e.to_string(),
    })?;
    String::from_utf8(out).map_err(|e| Error::Save {
        path: PathBuf::from("<memory>"),
        msg: e.to_string(),
    })
}

/// Saves the project atomically: the text streams to a temporary file in the
/// same folder, is flushed to disk, the old file is kept as `NAME.bak`, and
/// the temporary file is renamed over the old one. On any failure the old
/// file is left whole and the error says why.
pub fn save(p: &Project, path: &Path) -> Result<()> {
    write_atomic_with(path, |w| write_canonical(p, w))
}

/// Writes `bytes` to `path` atomically, keeping the previous file as
/// `path` + `.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Writes whatever `fill` writes to `path` atomically (temporary file in the
/// same folder, fsync, backup of the old file as `.bak`, rename).
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    let existed = path.exists();
    let fail = |msg: String| Error::Save {
        path: path.to_path_buf(),
        msg: if existed {
            format!("{msg} (the previous file is unchanged)")
        } else {
            msg
        },
    };
    // A link is written through: the file it points to is the one replaced
    // (and backed up), and the link stays a link.
    let real = real_path(path).map_err(|e| fail(format!("following the link: {e}")))?;
    let path = real.as_path();
    // The new file keeps the old one's permissions (a private project stays
    // private), set before any text is written.
    let perms = match fs::metadata(path) {
        Ok(m) if m.is_dir() => return Err(fail("it is a folder".into())),
        Ok(m) => Some(file_permissions(m.permissions())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(fail(e.to_string())),
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| fail("the path names no file".into()))?
        .to_string_lossy()
        .into_owned();
    folder_check(&dir).map_err(fail)?;
    let tmp = dir.join(format!(".{file_name}.tmp-{}", std::process::id()));
    let write = || -> std::io::Result<()> {
        let f = fs::File::create(&tmp)?;
        if let Some(p) = &perms {
            f.set_permissions(p.clone())?;
        }
        let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
        fill(&mut w)?;
        let f = w.into_inner().map_err(|e| e.into_error())?;
        f.sync_all()?;
        Ok(())
    };
    if let Err(e) = write() {
        fs::remove_file(&tmp).ok();
        return Err(fail(format!("writing {}: {e}", tmp.display())));
    }
    if path.exists() {
        let bak = dir.join(format!("{file_name}.bak"));
        if let Err(e) = keep_backup(path, &bak) {
            fs::remove_file(&tmp).ok();
            return Err(fail(format!("keeping the backup {}: {e}", bak.display())));
        }
    }
    if let Err(e) = fs::rename(&tmp, path) {
        fs::remove_file(&tmp).ok();
        return Err(fail(format!("renaming {} into place: {e}", tmp.display())));
    }
    // Make the rename itself durable; not every platform can open a folder.
    if let Ok(d) = fs::File::open(&dir) {
        d.sync_all().ok();
    }
    Ok(())
}

/// Read and write permission bits only: set-id and sticky bits of the old
/// file are not handed on.
fn file_permissions(p: fs::Permissions) -> fs::Permissions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::Permissions::from_mode(p.mode() & 0o777)
    }
    #[cfg(not(unix))]
    p
}

/// `Ok` when `dir` is a folder; else why a file cannot be written in it
/// (missing, not a folder, or what the system said).
pub fn folder_check(dir: &Path) -> std::result::Result<(), String> {
    match fs::metadata(dir) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(format!("{} is not a folder", dir.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(format!("the folder {} does not exist", dir.display()))
        }
        Err(e) => Err(format!("the folder {}: {e}", dir.display())),
    }
}

/// `path` with every symbolic link along it followed, also when the last
/// one points to a file that does not exist yet; `path` itself when it is
/// no link.
fn real_path(path: &Path) -> std::io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    // A loop of links fails here as it would on open.
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = fs::read_link(&p)?;
                p = match p.parent() {
                    Some(d) if target.is_relative() => d.join(target),
                    _ => target,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// Copies the current file to `bak` atomically (hard link when possible).
fn keep_backup(path: &Path, bak: &Path) -> std::io::Result<()> {
    let tmp = bak.with_extension("bak.tmp");
    fs::remove_file(&tmp).ok();
    if fs::hard_link(path, &tmp).is_err() {
        fs::copy(path, &tmp)?;
    }
    fs::rename(&tmp, bak)
}

/// Reads a file as UTF-8 text, refusing files over `limit` bytes and naming
/// the first invalid byte. A UTF-8 byte order mark is dropped.
pub fn read_text(path: &Path, limit: u64) -> Result<String> {
    let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() {
        return Err(Error::invalid(path, "is a folder, expected a file"));
    }
    if meta.len() > limit {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit,
        });
    }
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    bytes_to_text(path, bytes)
}

/// UTF-8 decoding with the error naming the file and byte; drops a BOM.
pub fn bytes_to_text(path: &Path, mut bytes: Vec<u8>) -> Result<String> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let byte = e.utf8_error().valid_up_to();
        // The bytes before it are valid: its line and column are counted there.
        let good = std::str::from_utf8(&e.as_bytes()[..byte]).unwrap_or_default();
        let line_start = good.rfind('\n').map_or(0, |k| k + 1);
        Error::InvalidUtf8 {
            path: path.to_path_buf(),
            byte,
            line: good.matches('\n').count() + 1,
            col: good[line_start..].chars().count() + 1,
        }
    })
}

/// The `format_version` written near the top of a project file, if found.
fn probe_version(text: &str) -> Option<u32> {
    let head = &text[..crate::model::offsets::floor_char_boundary(text, 4096)];
    let at = head.find("format_version")?;
    let rest = head[at + "format_version".len()..].trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Loads a project. Any span that does not fit its text, or any other
/// problem [`super::check`] finds, is an error: nothing is dropped silently.
pub fn load(path: &Path) -> Result<Project> {
    let (p, problems) = load_with_problems(path)?;
    if let Some(first) = problems.first() {
        let more = match problems.len() {
            1 => String::new(),
            n => format!(" (and {} more; run `newsmark check`)", n - 1),
        };
        return Err(Error::invalid(path, format!("{first}{more}")));
    }
    Ok(p)
}

/// Parses project text. `path` is only used in messages.
pub fn from_str(text: &str, path: &Path) -> Result<(Project, Vec<String>)> {
    match probe_version(text) {
        Some(v) if v > FORMAT_VERSION => {
            return Err(Error::NewerFormat {
                path: path.to_path_buf(),
                found: v,
                supported: FORMAT_VERSION,
            });
        }
        Some(0) => {
            return Err(Error::invalid(
                path,
                "format_version 0 is not a Newsmark project",
            ));
        }
        _ => {}
    }
    let file = match parse_canonical_parallel(text) {
        Some(f) => f,
        None => ron::from_str::<ProjectFile>(text).map_err(|e| Error::At {
            path: path.to_path_buf(),
            line: e.span.start.line,
            col: e.span.start.col,
            msg: e.code.to_string(),
        })?,
    };
    if file.format_version == 0 || file.format_version > FORMAT_VERSION {
        return Err(Error::invalid(
            path,
            format!("unsupported format_version {}", file.format_version),
        ));
    }
    let mut problems = Vec::new();
    let mut p = Project::new();
    p.labels = file.labels;
    p.rules = file.rules;
    p.set_next_span_id(file.next_span_id.max(1));
    // Offset conversion is per document and independent: spread it over the cores.
    use rayon::prelude::*;
    let docs: Vec<_> = file
        .documents
        .into_par_iter()
        .map(schema::doc_from_file)
        .collect();
    p.documents.reserve(docs.len());
    for (doc, bad) in docs {
        for b in bad {
            problems.push(format!(
                "document {:?}, span {} ({}..{}): {}",
                b.doc, b.id, b.start, b.end, b.reason
            ));
        }
        p.documents.push(doc);
    }
    problems.extend(super::check::problems(&p));
    p.reserve_ids_above_existing();
    Ok((p, problems))
}

/// Fast path for files in canonical form: the documents are cut apart at
/// their known indentation and parsed on all cores. Any surprise (a hand
/// edit, a syntax error) returns `None`, and the caller parses the whole file
/// the ordinary way, which also gives errors their true line and column.
fn parse_canonical_parallel(text: &str) -> Option<ProjectFile> {
    use rayon::prelude::*;
    const DOCS: &str = "\n  documents: [\n";
    const TAIL: &str = "\n  ],\n)\n";
    let at = text.find(DOCS)?;
    let body = text[at + DOCS.len()..].strip_suffix(TAIL)?;
    let mut chunks = Vec::new();
    let mut start = 0;
    // Every document starts with a line "    (" and ends with a line "    ),".
    for i in memchr::memmem::find_iter(body.as_bytes(), "\n    ),") {
        let end = i + "\n    )".len();
        chunks.push(body.get(start..end)?);
        start = end + 1; // past the comma
        if body.get(start..start + 1) == Some("\n") {
            start += 1;
        }
    }
    if start != body.len() + 1 && start != body.len() {
        return None;
    }
    let header = format!("{}\n  documents: [],\n)", &text[..at]);
    let mut file: ProjectFile = ron::from_str(&header).ok()?;
    let docs: Option<Vec<schema::DocFile>> = chunks
        .par_iter()
        .map(|c| c.strip_prefix("    (").and_then(|_| parse_doc_chunk(c)))
        .collect();
    file.documents = docs?;
    Some(file)
}

/// One document of a canonical file: its span lines one at a time (most of
/// a big project, see [`super::span_lines`]), the rest with `ron`.
fn parse_doc_chunk(c: &str) -> Option<schema::DocFile> {
    const OPEN: &str = "\n      spans: [\n";
    const CLOSE: &str = "\n      ],";
    let Some(s0) = memchr::memmem::find(c.as_bytes(), OPEN.as_bytes()) else {
        return ron::from_str(c).ok();
    };
    let lines_at = s0 + OPEN.len();
    let s1 = lines_at - 1 + memchr::memmem::find(&c.as_bytes()[lines_at - 1..], CLOSE.as_bytes())?;
    let lines = c.get(lines_at..s1)?;
    let spans: Option<Vec<schema::SpanFile>> = lines
        .split('\n')
        .map(|l| {
            l.strip_prefix("        ")
                .and_then(super::span_lines::parse)
        })
        .collect();
    let rest = format!("{}\n      spans: [],{}", &c[..s0], &c[s1 + CLOSE.len()..]);
    let mut doc: schema::DocFile = ron::from_str(&rest).ok()?;
    doc.spans = spans?;
    Some(doc)
}

/// Loads a project and lists every problem instead of stopping at the first.
/// Syntax errors still fail, with line and column.
pub fn load_with_problems(path: &Path) -> Result<(Project, Vec<String>)> {
    let text = read_text(path, MAX_PROJECT_BYTES)?;
    from_str(&text, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probes_version() {
        assert_eq!(probe_version("(\n  format_version: 7,\n"), Some(7));
        assert_eq!(probe_version("()"), None);
    }
}
