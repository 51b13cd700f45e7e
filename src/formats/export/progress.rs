//! Progress reporting: a count of documents written out of the total.

/// Calls the caller's callback as documents are written.
pub struct Progress<'a> {
    done: usize,
    total: usize,
    report: &'a mut dyn FnMut(usize, usize),
}

impl<'a> Progress<'a> {
    /// Starts at zero of `total` and reports that.
    pub fn new(total: usize, report: &'a mut dyn FnMut(usize, usize)) -> Self {
        report(0, total);
        Self {
            done: 0,
            total,
            report,
        }
    }

    /// One more document written.
    pub fn tick(&mut self) {
        self.done += 1;
        (self.report)(self.done, self.total);
    }

    /// Documents written so far.
    pub fn done(&self) -> usize {
        self.done
    }
}
