//! Work that runs off the UI thread: file dialogs, loading, saving,
//! autosave, import, export, suggestions. Each job sends one [`Output`]
//! back over a channel and asks for a repaint, so the window keeps drawing
//! while it runs. Long jobs count their progress in a shared counter the
//! status bar polls every frame, and stop early when their cancel flag is
//! set.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError, channel};
use std::time::{Duration, Instant};

use newsmark::{DocId, Document, Project};

use super::command::Command;

/// What a file dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Pick a project to open.
    Open,
    /// Pick where to save.
    SaveAs,
    /// Pick files to import.
    ImportFiles,
    /// Pick a folder to import.
    ImportFolder,
    /// Pick where to export.
    Export,
}

impl Purpose {
    /// Title of the dialog.
    pub fn title(self) -> &'static str {
        match self {
            Purpose::Open => "Open project",
            Purpose::SaveAs => "Save project as",
            Purpose::ImportFiles => "Import files",
            Purpose::ImportFolder => "Import folder",
            Purpose::Export => "Export to folder",
        }
    }
}

/// The result of a job.
#[derive(Debug)]
pub enum Output {
    /// A dialog closed. `quick` means it returned at once, which is what rfd
    /// does when no native dialog is available.
    Picked {
        /// What for.
        purpose: Purpose,
        /// Chosen paths (empty on cancel).
        paths: Vec<PathBuf>,
        /// Returned too fast for a person to have answered.
        quick: bool,
    },
    /// A project was read.
    Loaded {
        /// The project file it stands for.
        path: PathBuf,
        /// The project, or why not.
        result: Result<Project, String>,
        /// Read from the autosave copy rather than the file itself.
        restored: bool,
    },
    /// A recovery file of a never-saved project was read.
    Recovered {
        /// The recovery file.
        copy: PathBuf,
        /// The project, or why not.
        result: Result<Project, String>,
    },
    /// A save finished.
    Saved {
        /// Where.
        path: PathBuf,
        /// The history state that was saved.
        state: u64,
        /// Success or why not.
        result: Result<(), String>,
        /// What to do after a successful save.
        then: Option<Command>,
    },
    /// An autosave finished.
    Autosaved {
        /// The history state written.
        state: u64,
        /// Success or why not.
        result: Result<(), String>,
    },
    /// Files were read for an import.
    Imported {
        /// Documents with their source files, or why not.
        result: Result<Vec<(PathBuf, Document)>, String>,
        /// Files skipped and why (unsupported, or could not be read).
        skipped: Vec<(PathBuf, String)>,
        /// Stopped early: nothing is added.
        cancelled: bool,
    },
    /// Rule suggestions per document (byte offsets).
    Suggested {
        /// The project generation the texts were taken from.
        generation: u64,
        /// Document index and id, and its suggestions.
        results: Vec<(usize, DocId, Vec<newsmark::rules::Suggestion>)>,
        /// Stopped early: nothing is added.
        cancelled: bool,
    },
    /// Suggestions with explanations of one document, to explain spans
    /// whose explanation was not saved.
    Explained {
        /// Document id, text length and rules generation it was made for.
        key: (String, usize, u64),
        /// The suggestions.
        found: Vec<newsmark::rules::Suggestion>,
    },
    /// A job that reports a message only (export).
    Message {
        /// The text.
        text: String,
        /// Whether it is an error.
        error: bool,
    },
}

/// What a job counts its progress in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Documents.
    Documents,
    /// Files.
    Files,
    /// Bytes (shown as MB; the total is an estimate).
    Bytes,
}

/// How a job is shown and whether it can stop early.
#[derive(Debug, Clone)]
pub struct JobSpec {
    /// What the status bar says ("Suggesting").
    pub label: String,
    /// Saves and loads: the UI waits for these before quitting.
    pub blocks_quit: bool,
    /// The job checks its cancel flag: show Cancel (and let Esc stop it).
    pub cancellable: bool,
    /// What the progress counter counts.
    pub unit: Unit,
    /// What Cancel does, for its tooltip.
    pub cancel_note: &'static str,
}

impl JobSpec {
    /// A short job without progress or cancel.
    pub fn quiet(label: impl Into<String>, blocks_quit: bool) -> Self {
        Self {
            label: label.into(),
            blocks_quit,
            cancellable: false,
            unit: Unit::Documents,
            cancel_note: "",
        }
    }
}

/// The worker's side of a job: the cancel flag and the progress counters,
/// shared with the UI thread.
#[derive(Clone, Default)]
pub struct JobCtl {
    cancel: Arc<AtomicBool>,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
}

impl JobCtl {
    /// Whether the user asked the job to stop.
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
    /// The cancel flag itself, for library calls that poll it.
    pub fn flag(&self) -> &AtomicBool {
        &self.cancel
    }
    /// Asks the job to stop.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
    /// Sets how many units the job has in all (0: unknown).
    pub fn set_total(&self, n: usize) {
        self.total.store(n, Ordering::Relaxed);
    }
    /// Counts `n` more units done.
    pub fn add(&self, n: usize) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }
    /// Sets the units done.
    pub fn set_done(&self, n: usize) {
        self.done.store(n, Ordering::Relaxed);
    }
    /// (done, total) now.
    pub fn progress(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }
}

/// A writer that counts bytes into a job's progress and fails once the job
/// is cancelled, so an atomic save stops and leaves the old file whole.
pub struct ProgressWriter<'a> {
    /// Where the bytes go.
    pub inner: &'a mut dyn std::io::Write,
    /// The job.
    pub ctl: &'a JobCtl,
}

impl std::io::Write for ProgressWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.ctl.cancelled() {
            return Err(std::io::Error::other("cancelled"));
        }
        let n = self.inner.write(buf)?;
        self.ctl.add(n);
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A running job.
pub struct Job {
    /// How it is shown.
    pub spec: JobSpec,
    /// What the status bar says.
    pub label: String,
    rx: Receiver<Output>,
    /// Cancel flag and progress.
    pub ctl: JobCtl,
    /// When it started.
    pub started: Instant,
    /// Saves and loads: the UI waits for these before quitting.
    pub blocks_quit: bool,
}

impl Job {
    /// The message for a job whose worker ended without a result: it
    /// panicked (the panic is printed on the terminal). The window keeps
    /// running and says so, rather than letting the job vanish.
    fn died(&self) -> Output {
        Output::Message {
            text: format!(
                "{}: stopped by an internal error; its result was not applied (details on the terminal)",
                self.label
            ),
            error: true,
        }
    }

    /// Progress as a fraction, when the total is known.
    pub fn fraction(&self) -> Option<f32> {
        let (done, total) = self.ctl.progress();
        (total > 0).then(|| (done as f32 / total as f32).clamp(0.0, 1.0))
    }

    /// "Suggesting 340 / 10,000 documents", or the label and seconds.
    pub fn progress_text(&self) -> String {
        let (done, total) = self.ctl.progress();
        if total == 0 {
            return format!(
                "{} ({:.0} s)",
                self.label,
                self.started.elapsed().as_secs_f32()
            );
        }
        match self.spec.unit {
            Unit::Documents => format!(
                "{} {} / {} documents",
                self.label,
                thousands(done),
                thousands(total)
            ),
            Unit::Files => format!(
                "{} {} / {} files",
                self.label,
                thousands(done),
                thousands(total)
            ),
            Unit::Bytes => format!(
                "{} {:.1} / ~{:.1} MB",
                self.label,
                done as f64 / 1e6,
                total.max(done) as f64 / 1e6
            ),
        }
    }
}

/// `n` with thousands separators: 10000 -> "10,000".
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The running jobs.
#[derive(Default)]
pub struct Jobs {
    running: Vec<Job>,
    ctx: Option<egui::Context>,
    /// Tests: while set, new jobs wait before they start working (until it
    /// is cleared or they are cancelled), so a test can act while one runs.
    #[cfg(test)]
    pub hold: Option<Arc<AtomicBool>>,
}

impl Jobs {
    /// Remembers the context to wake when a job ends.
    pub fn set_context(&mut self, ctx: &egui::Context) {
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
    }

    /// Starts a short job (no progress, no cancel) on a new thread.
    pub fn spawn(
        &mut self,
        label: impl Into<String>,
        blocks_quit: bool,
        work: impl FnOnce(&JobCtl) -> Output + Send + 'static,
    ) {
        self.spawn_with(JobSpec::quiet(label, blocks_quit), work);
    }

    /// Starts `work` on a new thread, shown as `spec` says. Returns the
    /// job's controls (to set a known total before the worker starts).
    pub fn spawn_with(
        &mut self,
        spec: JobSpec,
        work: impl FnOnce(&JobCtl) -> Output + Send + 'static,
    ) -> JobCtl {
        let (tx, rx) = channel();
        let ctl = JobCtl::default();
        let worker = ctl.clone();
        let ctx = self.ctx.clone();
        #[cfg(test)]
        let hold = self.hold.clone();
        let spawned = std::thread::Builder::new()
            .name("newsmark-job".into())
            .spawn(move || {
                #[cfg(test)]
                if let Some(h) = hold {
                    while h.load(Ordering::Relaxed) && !worker.cancelled() {
                        std::thread::sleep(Duration::from_millis(2));
                    }
                }
                tx.send(work(&worker)).ok();
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            });
        let label = spec.label.clone();
        let blocks_quit = spec.blocks_quit;
        let handle = ctl.clone();
        match spawned {
            Ok(_) => self.running.push(Job {
                spec,
                label,
                rx,
                ctl,
                started: Instant::now(),
                blocks_quit,
            }),
            Err(e) => {
                // No thread: report it like a job that failed at once.
                let (tx, rx) = channel();
                tx.send(Output::Message {
                    text: format!("{label}: could not start a worker thread: {e}"),
                    error: true,
                })
                .ok();
                self.running.push(Job {
                    spec,
                    label,
                    rx,
                    ctl: JobCtl::default(),
                    started: Instant::now(),
                    blocks_quit,
                });
            }
        }
        handle
    }

    /// Results of the jobs that have ended.
    pub fn poll(&mut self) -> Vec<Output> {
        let mut out = Vec::new();
        self.running.retain(|j| match j.rx.try_recv() {
            Ok(o) => {
                out.push(o);
                false
            }
            Err(TryRecvError::Empty) => true,
            Err(TryRecvError::Disconnected) => {
                out.push(j.died());
                false
            }
        });
        out
    }

    /// Blocks until every job has ended (tests, and quitting after a save).
    pub fn wait_all(&mut self, timeout: Duration) -> Vec<Output> {
        let deadline = Instant::now() + timeout;
        let mut out = Vec::new();
        for j in self.running.drain(..) {
            let left = deadline.saturating_duration_since(Instant::now());
            match j.rx.recv_timeout(left) {
                Ok(o) => out.push(o),
                Err(RecvTimeoutError::Disconnected) => out.push(j.died()),
                Err(RecvTimeoutError::Timeout) => {}
            }
        }
        out
    }

    /// The running jobs.
    pub fn running(&self) -> &[Job] {
        &self.running
    }

    /// Whether a save or load is running.
    pub fn any_blocking(&self) -> bool {
        self.running.iter().any(|j| j.blocks_quit)
    }

    /// Whether a job with this label prefix runs (to avoid starting twice).
    pub fn has(&self, label_prefix: &str) -> bool {
        self.running
            .iter()
            .any(|j| j.label.starts_with(label_prefix))
    }

    /// Asks every job to stop.
    pub fn cancel_all(&self) {
        for j in &self.running {
            j.ctl.cancel();
        }
    }

    /// Whether a job that can be cancelled runs (and is not cancelled yet).
    pub fn any_cancellable(&self) -> bool {
        self.running
            .iter()
            .any(|j| j.spec.cancellable && !j.ctl.cancelled())
    }

    /// Asks the jobs that can stop early to stop; returns how many.
    pub fn cancel_cancellable(&self) -> usize {
        let mut n = 0;
        for j in self.running.iter().filter(|j| j.spec.cancellable) {
            if !j.ctl.cancelled() {
                j.ctl.cancel();
                n += 1;
            }
        }
        n
    }
}

/// Shows a native file dialog for `purpose` (blocking: call on a worker).
pub fn native_dialog(purpose: Purpose, start: Option<PathBuf>) -> Output {
    let t = Instant::now();
    let mut d = rfd::FileDialog::new().set_title(purpose.title());
    if let Some(dir) = start.as_ref().and_then(|p| p.parent()) {
        d = d.set_directory(dir);
    }
    let paths: Vec<PathBuf> = match purpose {
        Purpose::Open => d
            .add_filter("Newsmark project", &["ron"])
            .pick_file()
            .into_iter()
            .collect(),
        Purpose::SaveAs => d
            .add_filter("Newsmark project", &["ron"])
            .set_file_name("project.ron")
            .save_file()
            .into_iter()
            .collect(),
        Purpose::ImportFiles => d
            .add_filter("Articles", &["txt", "md", "html", "htm", "jsonl"])
            .pick_files()
            .unwrap_or_default(),
        Purpose::ImportFolder => d.pick_folder().into_iter().collect(),
        Purpose::Export => d.save_file().into_iter().collect(),
    };
    Output::Picked {
        purpose,
        quick: paths.is_empty() && t.elapsed() < Duration::from_millis(400),
        paths,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_that_panics_is_reported_not_dropped() {
        let mut jobs = Jobs::default();
        jobs.spawn("Export", false, |_| panic!("a bug in the job"));
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut got = Vec::new();
        while got.is_empty() && Instant::now() < deadline {
            got = jobs.poll();
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(jobs.running().is_empty());
        match got.as_slice() {
            [Output::Message { text, error: true }] => {
                assert!(
                    text.starts_with("Export: stopped by an internal error"),
                    "{text}"
                );
            }
            _ => panic!("no error message for the failed job"),
        }
        // `wait_all` reports it too.
        jobs.spawn("Save", true, |_| panic!("a bug in the job"));
        match jobs.wait_all(Duration::from_secs(10)).as_slice() {
            [Output::Message { text, error: true }] => assert!(text.starts_with("Save:"), "{text}"),
            _ => panic!("no error message from wait_all"),
        }
    }

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(340), "340");
        assert_eq!(thousands(10_000), "10,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
