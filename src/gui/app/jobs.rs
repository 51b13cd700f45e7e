//! Work that runs off the UI thread: file dialogs, loading, saving,
//! autosave, import. Each job sends one [`Output`] back over a channel and
//! asks for a repaint, so the window keeps drawing while it runs.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use newsmark::{Document, Project};

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
        /// Files skipped and why.
        skipped: Vec<(PathBuf, String)>,
    },
    /// Rule suggestions per document (byte offsets).
    Suggested {
        /// Document index and its suggestions.
        results: Vec<(usize, Vec<newsmark::rules::Suggestion>)>,
        /// Stopped early: nothing is added.
        cancelled: bool,
    },
    /// A job that reports a message only (export).
    Message {
        /// The text.
        text: String,
        /// Whether it is an error.
        error: bool,
    },
}

/// A running job.
pub struct Job {
    /// What the status bar says.
    pub label: String,
    rx: Receiver<Output>,
    /// Set to ask the job to stop early (jobs that can, check it).
    pub cancel: Arc<AtomicBool>,
    /// When it started.
    pub started: Instant,
    /// Saves and loads: the UI waits for these before quitting.
    pub blocks_quit: bool,
}

/// The running jobs.
#[derive(Default)]
pub struct Jobs {
    running: Vec<Job>,
    ctx: Option<egui::Context>,
}

impl Jobs {
    /// Remembers the context to wake when a job ends.
    pub fn set_context(&mut self, ctx: &egui::Context) {
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
    }

    /// Starts `work` on a new thread.
    pub fn spawn(
        &mut self,
        label: impl Into<String>,
        blocks_quit: bool,
        work: impl FnOnce(&AtomicBool) -> Output + Send + 'static,
    ) {
        let (tx, rx) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = cancel.clone();
        let ctx = self.ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("newsmark-job".into())
            .spawn(move || {
                tx.send(work(&flag)).ok();
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            });
        let label = label.into();
        match spawned {
            Ok(_) => self.running.push(Job {
                label,
                rx,
                cancel,
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
                    label,
                    rx,
                    cancel: Arc::new(AtomicBool::new(false)),
                    started: Instant::now(),
                    blocks_quit,
                });
            }
        }
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
            Err(TryRecvError::Disconnected) => false,
        });
        out
    }

    /// Blocks until every job has ended (tests, and quitting after a save).
    pub fn wait_all(&mut self, timeout: Duration) -> Vec<Output> {
        let deadline = Instant::now() + timeout;
        let mut out = Vec::new();
        for j in self.running.drain(..) {
            let left = deadline.saturating_duration_since(Instant::now());
            if let Ok(o) = j.rx.recv_timeout(left) {
                out.push(o);
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
            j.cancel.store(true, Ordering::Relaxed);
        }
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
