//! Progress reporting: a count of documents written out of the total, and
//! the caller's cancel flag, checked once a document.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::{Error, Result};

/// Calls the caller's callback as documents are written.
pub struct Progress<'a> {
    done: usize,
    total: usize,
    report: &'a mut dyn FnMut(usize, usize),
    cancel: Option<&'a AtomicBool>,
}

impl<'a> Progress<'a> {
    /// Starts at zero of `total` and reports that.
    pub fn new(
        total: usize,
        report: &'a mut dyn FnMut(usize, usize),
        cancel: Option<&'a AtomicBool>,
    ) -> Self {
        report(0, total);
        Self {
            done: 0,
            total,
            report,
            cancel,
        }
    }

    /// One more document written; fails with [`Error::Cancelled`] once the
    /// caller has asked to stop, so the file being written is dropped whole.
    pub fn tick(&mut self) -> Result<()> {
        self.done += 1;
        (self.report)(self.done, self.total);
        match self.cancel {
            Some(c) if c.load(Ordering::Relaxed) => Err(Error::Cancelled),
            _ => Ok(()),
        }
    }

    /// Documents written so far.
    pub fn done(&self) -> usize {
        self.done
    }
}
