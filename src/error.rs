//! Errors of the library. Every error that comes from user input names the
//! file, and where it applies the line and column.

use std::path::{Path, PathBuf};

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error the library reports to the user.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// A save did not complete; the old file, if any, is untouched (`msg`
    /// says so when there was one).
    #[error("could not save {}: {msg}", path.display())]
    Save {
        /// The file that was to be written.
        path: PathBuf,
        /// Why.
        msg: String,
    },
    /// A text file is not valid UTF-8.
    #[error("{}:{line}:{col}: not valid UTF-8 (byte {byte} of the file)", path.display())]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Offset of the first bad byte.
        byte: usize,
        /// Its line, from 1.
        line: usize,
        /// Its column in characters, from 1.
        col: usize,
    },
    /// A file is larger than Newsmark reads.
    #[error("{}: file is {size} bytes, more than the limit of {limit} bytes", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// A syntax or content error at a place in a file.
    #[error("{}:{line}:{col}: {msg}", path.display())]
    At {
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        col: usize,
        /// What is wrong and what was expected.
        msg: String,
    },
    /// An error on one line of a line-oriented file (JSONL, brat `.ann`).
    #[error("{}: line {line}: {msg}", path.display())]
    Line {
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// What is wrong.
        msg: String,
    },
    /// A project file written by a newer Newsmark.
    #[error(
        "{}: project format version {found} is newer than this Newsmark understands (up to {supported}); update Newsmark to open it",
        path.display()
    )]
    NewerFormat {
        /// The file.
        path: PathBuf,
        /// Version in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// The user stopped the work; files not yet complete were removed.
    #[error("cancelled")]
    Cancelled,
    /// Any other problem with an input file.
    #[error("{}: {msg}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        msg: String,
    },
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// A content problem in `path`.
    pub fn invalid(path: &Path, msg: impl Into<String>) -> Self {
        Error::Invalid {
            path: path.to_path_buf(),
            msg: msg.into(),
        }
    }

    /// A problem on line `line` of `path`.
    pub fn line(path: &Path, line: usize, msg: impl Into<String>) -> Self {
        Error::Line {
            path: path.to_path_buf(),
            line,
            msg: msg.into(),
        }
    }
}
