//! Reading and writing project files: canonical RON, atomic saves with a
//! `.bak`, and load errors that name the file, line and column.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use ron::ser::PrettyConfig;

use super::Project;
use super::schema::{self, FORMAT_VERSION, ProjectFile};
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

fn to_file(p: &Project) -> ProjectFile {
    ProjectFile {
        format_version: FORMAT_VERSION,
        labels: p.labels.clone(),
        rules: p.rules.clone(),
        next_span_id: p.next_span_id(),
        documents: p.documents.iter().map(schema::doc_to_file).collect(),
    }
}

/// The project in its canonical text form, as [`save`] writes it.
pub fn to_canonical_string(p: &Project) -> Result<String> {
    let mut out = ron::ser::to_string_pretty(&to_file(p), pretty()).map_err(|e| Error::Save {
        path: PathBuf::from("<memory>"),
        msg: e.to_string(),
    })?;
    out.push('\n');
    Ok(out)
}

/// Saves the project atomically: the text goes to a temporary file in the
/// same folder, is flushed to disk, the old file is kept as `NAME.bak`, and
/// the temporary file is renamed over the old one. On any failure the old
/// file is left whole and the error says why.
pub fn save(p: &Project, path: &Path) -> Result<()> {
    let text = to_canonical_string(p).map_err(|e| Error::Save {
        path: path.to_path_buf(),
        msg: e.to_string(),
    })?;
    write_atomic(path, text.as_bytes())
}

/// Writes `bytes` to `path` atomically, keeping the previous file as
/// `path` + `.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |msg: String| Error::Save {
        path: path.to_path_buf(),
        msg,
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
    let tmp = dir.join(format!(".{file_name}.tmp-{}", std::process::id()));
    let write = || -> std::io::Result<()> {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
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
    String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        path: path.to_path_buf(),
        byte: e.utf8_error().valid_up_to(),
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
    let file: ProjectFile = ron::from_str(text).map_err(|e| Error::At {
        path: path.to_path_buf(),
        line: e.span.start.line,
        col: e.span.start.col,
        msg: e.code.to_string(),
    })?;
    let mut problems = Vec::new();
    let mut p = Project::new();
    p.labels = file.labels;
    p.rules = file.rules;
    p.set_next_span_id(file.next_span_id.max(1));
    p.documents.reserve(file.documents.len());
    for df in file.documents {
        let (doc, bad) = schema::doc_from_file(df);
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
