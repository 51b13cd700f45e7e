//! Streamed output files that appear whole or not at all: bytes go to a
//! temporary file in the same folder, which is renamed over the target on
//! [`AtomicFile::commit`]. Dropped without a commit, the temporary is removed.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A file being written; see the module docs.
pub struct AtomicFile {
    path: PathBuf,
    tmp: PathBuf,
    out: Option<BufWriter<File>>,
    sync: bool,
}

impl AtomicFile {
    /// Starts writing `path` (its folder must exist).
    pub fn create(path: &Path) -> Result<Self> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path
            .file_name()
            .ok_or_else(|| Error::invalid(path, "the output path names no file"))?
            .to_string_lossy()
            .into_owned();
        if !dir.is_dir() {
            return Err(Error::invalid(
                path,
                format!(
                    "cannot write it: the folder {} does not exist",
                    dir.display()
                ),
            ));
        }
        let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let f = File::create(&tmp).map_err(|e| Error::io(path, e))?;
        Ok(Self {
            path: path.to_path_buf(),
            tmp,
            out: Some(BufWriter::with_capacity(1 << 16, f)),
            sync: true,
        })
    }

    /// Skips the flush to disk before the rename: for the many small files
    /// of a brat folder, where one sync each would dominate the export.
    /// The rename still makes each file appear whole.
    pub fn without_sync(mut self) -> Self {
        self.sync = false;
        self
    }

    /// The buffered writer.
    pub fn writer(&mut self) -> &mut BufWriter<File> {
        // Only `commit` takes the writer, and it consumes self.
        self.out.as_mut().expect("writer present until commit")
    }

    /// Writes bytes, naming the file on failure.
    pub fn write_all(&mut self, bytes: &[u8]) -> Result<()> {
        let path = self.path.clone();
        self.writer()
            .write_all(bytes)
            .map_err(|e| Error::io(&path, e))
    }

    /// Writes one value as a JSON line (JSONL formats).
    pub fn write_json_line(&mut self, value: &impl serde::Serialize) -> Result<()> {
        serde_json::to_writer(self.writer(), value).map_err(|e| self.err(e.into()))?;
        self.write_all(b"\n")
    }

    /// An I/O error on this file.
    pub fn err(&self, e: std::io::Error) -> Error {
        Error::io(&self.path, e)
    }

    /// Flushes, syncs and renames the file into place.
    pub fn commit(mut self) -> Result<PathBuf> {
        let Some(w) = self.out.take() else {
            return Ok(self.path.clone());
        };
        let f = w
            .into_inner()
            .map_err(|e| Error::io(&self.path, e.into_error()))?;
        if self.sync {
            f.sync_all().map_err(|e| Error::io(&self.path, e))?;
        }
        drop(f);
        fs::rename(&self.tmp, &self.path).map_err(|e| Error::io(&self.path, e))?;
        Ok(self.path.clone())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.out.take().is_some() {
            fs::remove_file(&self.tmp).ok();
        }
    }
}

/// Writes a small file whole, atomically.
pub fn write_small(path: &Path, bytes: &[u8]) -> Result<PathBuf> {
    let mut f = AtomicFile::create(path)?;
    f.write_all(bytes)?;
    f.commit()
}

/// [`write_small`] without the sync (see [`AtomicFile::without_sync`]).
pub fn write_small_unsynced(path: &Path, bytes: &[u8]) -> Result<PathBuf> {
    let mut f = AtomicFile::create(path)?.without_sync();
    f.write_all(bytes)?;
    f.commit()
}
