//! The window's state and everything it does, without drawing: the open
//! project, what is selected, undo/redo, background jobs and autosave.
//! [`AppState::execute`] is the one place where commands change things.

pub mod autosave;
pub mod command;
mod execute;
pub mod history;
pub mod jobs;
pub mod prefs;
pub mod select;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use newsmark::{Document, Project, Span, SpanId, Status};

pub use command::{Command, Scope};
use history::History;
use jobs::{Jobs, Purpose};

/// Documents up to this size are explained on the UI thread: the rules run
/// over them in a few milliseconds at most. Longer ones use a job.
const EXPLAIN_INLINE_BYTES: usize = 128 * 1024;

/// What the window can say about why the rules made a span.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// The rule's explanation.
    Found(newsmark::Explanation),
    /// The rules are running over a long document to find it.
    Working,
    /// No explanation: not a rule's span, or the current rules no longer
    /// make this suggestion.
    Gone,
    /// The project's rule file could not be loaded: why.
    NoRules(String),
}

/// A line for the status bar.
#[derive(Debug, Clone)]
pub struct Message {
    /// The text.
    pub text: String,
    /// Shown in the error colour.
    pub error: bool,
    /// When it was posted.
    pub at: Instant,
    /// More lines, shown when the pointer rests on the message (every
    /// file an import skipped, with why); a message with them stays until
    /// the next one.
    pub details: Vec<String>,
}

/// A question or form shown over the window.
#[derive(Debug, Clone, PartialEq)]
pub enum Dialog {
    /// Unsaved changes: Save, Discard or Cancel, then run `then`.
    Unsaved {
        /// What was asked for (Quit, New, Open, ...).
        then: Command,
    },
    /// Accept all pending suggestions in the document?
    AcceptAll {
        /// How many.
        count: usize,
    },
    /// An autosave copy newer than the project was found.
    Restore {
        /// The copy.
        copy: PathBuf,
    },
    /// A recovery file of a never-saved project was found at start.
    Recover {
        /// The recovery file.
        copy: PathBuf,
    },
    /// Export settings and where to write.
    Export {
        /// Output format.
        format: newsmark::formats::export::Format,
        /// Which spans by status.
        status: newsmark::formats::export::StatusFilter,
        /// Only documents marked done.
        done_only: bool,
        /// Write attributes where the format can.
        attrs: bool,
        /// Output file (a folder for brat).
        path: String,
    },
    /// No native file dialog: type a path.
    TypedPath {
        /// What for.
        purpose: Purpose,
        /// The text typed so far.
        text: String,
    },
}

/// Appearance of the article.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewSettings {
    /// Dark theme.
    pub dark: bool,
    /// Article font size in points.
    pub font_size: f32,
}

impl Default for ViewSettings {
    fn default() -> Self {
        Self {
            dark: false,
            font_size: 17.0,
        }
    }
}

/// The find bar.
#[derive(Debug, Clone, Default)]
pub struct Find {
    /// The text searched for.
    pub query: String,
    /// Byte ranges of the matches in the current document.
    pub matches: Vec<(usize, usize)>,
    /// The match shown.
    pub current: usize,
    /// (query, document, version) the matches were computed for.
    key: Option<(String, usize, u64)>,
    /// Give the field keyboard focus on the next frame.
    pub focus: bool,
}

/// Everything the window shows and does.
pub struct AppState {
    /// The project being annotated.
    pub project: Project,
    /// Its file, if it has one.
    pub path: Option<PathBuf>,
    /// Undo and redo.
    pub history: History,
    /// History state at the last save or load (`u64::MAX`: never saved).
    saved_state: u64,
    /// Bumped on every change to the project; caches key on it.
    pub version: u64,
    /// Index of the document on screen.
    pub doc: usize,
    /// The selected span.
    pub selected: Option<SpanId>,
    /// Selected text (byte range in the current document).
    pub selection: Option<(usize, usize)>,
    /// Filter for the document list.
    pub filter: String,
    /// Theme and font size.
    pub view: ViewSettings,
    /// Status bar message.
    pub message: Option<Message>,
    /// The find bar, when open.
    pub find: Option<Find>,
    /// The dialog shown, if any.
    pub dialog: Option<Dialog>,
    /// The shortcuts overlay is shown.
    pub show_shortcuts: bool,
    /// Show rejected suggestions in the span list.
    pub show_rejected: bool,
    /// Background work.
    pub jobs: Jobs,
    /// Commands queued by widgets this frame.
    pub queue: Vec<Command>,
    /// A byte offset the article should scroll to.
    pub scroll_to: Option<usize>,
    /// Recently opened projects, newest first.
    pub recent: Vec<PathBuf>,
    /// Where the recent list is kept (none in tests).
    pub recent_store: Option<PathBuf>,
    /// Use the typed-path dialog instead of native ones (none available).
    pub typed_dialogs: bool,
    /// The window may close now.
    pub quit_now: bool,
    /// Quit once the running save ends.
    quit_after_save: bool,
    /// Discard changes for the next New/Open/Quit (the user said so).
    discard_ok: bool,
    /// What to run once the project is saved under the name being chosen
    /// (quitting, after "Save" in the unsaved-changes question).
    after_save_as: Option<Command>,
    last_autosave: Instant,
    autosaved_state: u64,
    /// Bumped when another project replaces this one, so results of jobs
    /// started on the old one are not applied to the new one.
    pub generation: u64,
    /// Folder for recovery files of never-saved projects (none in tests
    /// unless a test sets one).
    pub recovery_dir: Option<PathBuf>,
    /// This session's recovery file, once written (or adopted on restore).
    pub recovery_file: Option<PathBuf>,
    /// A byte range of the article to highlight (a "Why" piece hovered or
    /// clicked); hover highlights last one frame.
    pub highlight: Option<(usize, usize)>,
    /// The highlight stays until the selection changes (a piece was clicked).
    pub highlight_pinned: Option<(SpanId, usize, usize)>,
    /// Where theme and font size are kept (none in tests).
    pub prefs_store: Option<PathBuf>,
    /// View settings last written to the preferences file.
    pub prefs_saved: Option<ViewSettings>,
    /// Rule id -> description, filled from the project's rules on first use.
    rule_texts: Option<std::collections::HashMap<String, String>>,
    /// The project's rule set, or why it could not be loaded; tried once
    /// (until [`AppState::forget_rules`]), not on every frame.
    rules: Option<Result<Arc<newsmark::rules::ProjectRules>, String>>,
    /// Suggestions of the current rules on one document (its id and text
    /// length), to explain spans whose explanation was not saved.
    explained: Option<(String, usize, Vec<newsmark::rules::Suggestion>)>,
    /// The document (id, text length, rules generation) whose suggestions
    /// a background job is computing for [`Self::explained`].
    explaining: Option<(String, usize, u64)>,
    /// Counts rule reloads, so a job started with older rules is ignored.
    rules_generation: u64,
    /// Drawing caches (galleys, paragraph heights); owned by the UI code.
    pub ui_cache: super::ui::UiCache,
}

impl AppState {
    /// A window state for `project`, saved at `path` if it came from a file.
    pub fn new(project: Project, path: Option<PathBuf>) -> Self {
        Self {
            project,
            path,
            history: History::default(),
            saved_state: 0,
            version: 0,
            doc: 0,
            selected: None,
            selection: None,
            filter: String::new(),
            view: ViewSettings::default(),
            message: None,
            find: None,
            dialog: None,
            show_shortcuts: false,
            show_rejected: false,
            jobs: Jobs::default(),
            queue: Vec::new(),
            scroll_to: None,
            recent: Vec::new(),
            recent_store: None,
            typed_dialogs: false,
            quit_now: false,
            quit_after_save: false,
            discard_ok: false,
            after_save_as: None,
            last_autosave: Instant::now(),
            autosaved_state: 0,
            generation: 0,
            recovery_dir: None,
            recovery_file: None,
            highlight: None,
            highlight_pinned: None,
            prefs_store: None,
            prefs_saved: None,
            rule_texts: None,
            rules: None,
            explained: None,
            explaining: None,
            rules_generation: 0,
            ui_cache: Default::default(),
        }
    }

    /// Marks the state as having unsaved changes (a project built in memory,
    /// such as imported files or samples with suggestions).
    pub fn mark_unsaved(&mut self) {
        self.saved_state = u64::MAX;
    }

    /// Whether there are unsaved changes.
    pub fn dirty(&self) -> bool {
        self.history.state_id() != self.saved_state
    }

    /// The document on screen.
    pub fn current_doc(&self) -> Option<&Document> {
        self.project.documents.get(self.doc)
    }

    /// The selected span, if it still exists.
    pub fn selected_span(&self) -> Option<&Span> {
        self.current_doc()?.span(self.selected?)
    }

    /// The project's display name.
    pub fn name(&self) -> String {
        self.path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(|| "Untitled".into(), |n| n.to_string_lossy().into_owned())
    }

    /// The window title: name, a dot when unsaved, the program.
    pub fn title(&self) -> String {
        let mark = if self.dirty() { " •" } else { "" };
        format!("{}{mark} — Newsmark", self.name())
    }

    /// Posts a status message.
    pub fn say(&mut self, text: impl Into<String>) {
        self.say_with_details(text, Vec::new());
    }

    /// Posts a status message with more lines behind it (see
    /// [`Message::details`]).
    pub fn say_with_details(&mut self, text: impl Into<String>, details: Vec<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
            at: Instant::now(),
            details,
        });
    }

    /// Posts `head`, the message of an import, with what it passed over:
    /// the first skipped file and why in the message, and every one with
    /// why behind it (see [`Message::details`]).
    pub fn say_imported(&mut self, head: String, skipped: &[(PathBuf, String)]) {
        let file_name = |p: &Path| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        };
        let note = match skipped {
            [] => String::new(),
            [(p, why)] => format!(", 1 file skipped ({}: {why})", file_name(p)),
            [(p, why), ..] => format!(
                ", {} files skipped ({}: {why}; point here for all)",
                skipped.len(),
                file_name(p)
            ),
        };
        let details = skipped
            .iter()
            .map(|(p, why)| format!("{}: {why}", p.display()))
            .collect();
        self.say_with_details(head + &note, details);
    }

    /// Posts an error message (kept until the next message).
    pub fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
            at: Instant::now(),
            details: Vec::new(),
        });
    }

    /// Queues a command (widgets call this; it runs after drawing).
    pub fn send(&mut self, cmd: Command) {
        self.queue.push(cmd);
    }

    /// Runs the queued commands.
    pub fn run_queue(&mut self) {
        for cmd in std::mem::take(&mut self.queue) {
            self.execute(cmd);
        }
    }

    /// Counts of accepted, pending and rejected spans in a document.
    pub fn counts(doc: &Document) -> [usize; 3] {
        let mut c = [0; 3];
        for s in doc.spans() {
            c[match s.status {
                Status::Accepted => 0,
                Status::Pending => 1,
                Status::Rejected => 2,
            }] += 1;
        }
        c
    }

    /// Indices of the documents whose name matches the filter.
    pub fn filtered_docs(&self) -> Vec<usize> {
        let f = self.filter.trim().to_lowercase();
        self.project
            .documents
            .iter()
            .enumerate()
            .filter(|(_, d)| f.is_empty() || d.name.to_lowercase().contains(&f))
            .map(|(i, _)| i)
            .collect()
    }

    /// Recomputes the find matches when the query, document or spans changed.
    pub fn refresh_find(&mut self) {
        let key = |f: &Find| (f.query.clone(), self.doc, self.version);
        let Some(f) = &self.find else { return };
        if f.key.as_ref() == Some(&key(f)) {
            return;
        }
        let matches = match self.current_doc() {
            Some(d) => find_all(d.text(), &f.query, 10_000),
            None => Vec::new(),
        };
        if let Some(f) = &mut self.find {
            f.key = Some((f.query.clone(), self.doc, self.version));
            f.matches = matches;
            f.current = f.current.min(f.matches.len().saturating_sub(1));
        }
    }

    /// Handles the results of finished jobs, and the autosave timer.
    pub fn tick(&mut self) {
        for out in self.jobs.poll() {
            self.job_done(out);
        }
        self.autosave_tick();
    }

    /// Waits for every running job and handles its result (tests, quitting).
    pub fn wait_for_jobs(&mut self) {
        for out in self.jobs.wait_all(std::time::Duration::from_secs(60)) {
            self.job_done(out);
        }
    }

    fn autosave_tick(&mut self) {
        if self.last_autosave.elapsed() >= autosave::INTERVAL {
            self.force_autosave();
        }
    }

    /// Writes the autosave copy now if there are unsaved changes not copied
    /// yet: next to the project file, or for a project never saved, to the
    /// recovery folder.
    pub fn force_autosave(&mut self) {
        let state = self.history.state_id();
        if !self.dirty() || state == self.autosaved_state || self.jobs.has("Autosave") {
            return;
        }
        let target = match (&self.path, &self.recovery_dir) {
            (Some(p), _) => autosave::path_for(p),
            (None, Some(dir)) => {
                if let Err(e) = std::fs::create_dir_all(dir) {
                    self.last_autosave = Instant::now();
                    self.error(format!(
                        "Could not keep a recovery copy in {}: {e}; save the project to keep your work",
                        dir.display()
                    ));
                    return;
                }
                self.recovery_file
                    .get_or_insert_with(|| autosave::new_recovery_file(dir))
                    .clone()
            }
            (None, None) => return,
        };
        self.last_autosave = Instant::now();
        let copy = self.project.clone();
        self.jobs
            .spawn("Autosave", false, move |_| jobs::Output::Autosaved {
                state,
                result: autosave::write(&copy, &target),
            });
    }

    /// Removes this session's recovery file (saved, discarded or quit cleanly).
    pub fn remove_recovery(&mut self) {
        if let Some(f) = self.recovery_file.take() {
            autosave::remove_recovery(&f);
        }
    }

    /// Offers to restore the newest recovery file left by an earlier
    /// session, unless another question is shown already.
    pub fn offer_recovery(&mut self) {
        if self.dialog.is_some() {
            return;
        }
        if let Some(copy) = self
            .recovery_dir
            .as_deref()
            .and_then(autosave::newest_recovery)
        {
            self.dialog = Some(Dialog::Recover { copy });
        }
    }

    /// Adds a path to the recent list and stores the list.
    fn remember(&mut self, path: &Path) {
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &abs);
        self.recent.insert(0, abs);
        self.recent.truncate(10);
        if let Some(store) = &self.recent_store {
            let text: String = self
                .recent
                .iter()
                .map(|p| format!("{}\n", p.display()))
                .collect();
            if let Some(dir) = store.parent() {
                std::fs::create_dir_all(dir).ok();
            }
            // The list is a convenience: failing to store it is not worth a message.
            std::fs::write(store, text).ok();
        }
    }

    /// The project's rule set, loaded once, or why it cannot be loaded.
    fn project_rules(&mut self) -> Result<Arc<newsmark::rules::ProjectRules>, String> {
        self.rules
            .get_or_insert_with(|| {
                newsmark::rules::resolve_rules(&self.project, self.path.as_deref())
                    .map(Arc::new)
                    .map_err(|e| e.to_string())
            })
            .clone()
    }

    /// The description of a rule of the project's rule set.
    pub fn rule_description(&mut self, id: &str) -> Option<String> {
        if self.rule_texts.is_none() {
            let texts = match self.project_rules() {
                Ok(r) => r
                    .rule_ids()
                    .into_iter()
                    .filter_map(|id| r.rule(&id).map(|info| (id, info.description)))
                    .collect(),
                Err(_) => Default::default(),
            };
            self.rule_texts = Some(texts);
        }
        self.rule_texts.as_ref().and_then(|t| t.get(id).cloned())
    }

    /// Why the rules suggest `span` of document `doc`: the explanation kept
    /// with the span, or else (explanations are not saved in project files)
    /// the one the current rules give for the same range, label and rule.
    /// Those are worked out on the UI thread for a short document and by a
    /// background job for a long one, so selecting a span never stalls a
    /// frame: [`Why::Working`] until the job is done.
    pub fn explanation(&mut self, doc: usize, span: &newsmark::Span) -> Why {
        if let Some(w) = &span.why {
            return Why::Found(w.clone());
        }
        let newsmark::Origin::Rule(rule) = &span.origin else {
            return Why::Gone;
        };
        let Some(d) = self.project.documents.get(doc) else {
            return Why::Gone;
        };
        let (id, len) = (d.id.clone(), d.text().len());
        let fresh = matches!(&self.explained, Some((i, l, _)) if *i == id && *l == len);
        if !fresh {
            let key = (id.clone(), len, self.rules_generation);
            if self.explaining.as_ref() == Some(&key) {
                return Why::Working;
            }
            let rules = match self.project_rules() {
                Ok(r) => r,
                Err(e) => return Why::NoRules(e),
            };
            let Some(text) = self.project.documents.get(doc).map(|d| d.text()) else {
                return Why::Gone;
            };
            if text.len() > EXPLAIN_INLINE_BYTES {
                let text = text.to_string();
                self.explaining = Some(key.clone());
                self.jobs
                    .spawn("Finding why", false, move |_| jobs::Output::Explained {
                        key,
                        found: rules.suggest_explained(&text),
                    });
                return Why::Working;
            }
            let found = rules.suggest_explained(text);
            self.explained = Some((id, len, found));
        }
        let Some((_, _, found)) = self.explained.as_ref() else {
            return Why::Gone;
        };
        found
            .iter()
            .find(|s| {
                s.start == span.start
                    && s.end == span.end
                    && *s.label == *span.label
                    && *s.rule == **rule
            })
            .and_then(|s| s.why.clone())
            .map_or(Why::Gone, Why::Found)
    }

    /// Keeps the suggestions a "Finding why" job computed, unless the rules
    /// or the document changed since it started.
    pub fn explained_done(
        &mut self,
        key: (String, usize, u64),
        found: Vec<newsmark::rules::Suggestion>,
    ) {
        if self.explaining.as_ref() == Some(&key) {
            self.explaining = None;
            self.explained = Some((key.0, key.1, found));
        }
    }

    /// Forgets cached rule texts (another project or rule file).
    pub fn forget_rules(&mut self) {
        self.rule_texts = None;
        self.rules = None;
        self.explained = None;
        self.explaining = None;
        self.rules_generation += 1;
    }

    /// Reads theme and font size from `store` and keeps them there when
    /// they change. A damaged file gives the defaults and a message.
    pub fn load_prefs(&mut self, store: PathBuf) {
        match prefs::load(&store) {
            Ok(Some(v)) => self.view = v,
            Ok(None) => {}
            Err(e) => self.error(format!("Preferences not read, using defaults: {e}")),
        }
        self.prefs_saved = Some(self.view);
        self.prefs_store = Some(store);
    }

    /// Writes the preferences if the view settings changed since last time.
    pub fn store_prefs(&mut self) {
        let Some(store) = &self.prefs_store else {
            return;
        };
        if self.prefs_saved == Some(self.view) {
            return;
        }
        self.prefs_saved = Some(self.view);
        if let Err(e) = prefs::store(store, &self.view) {
            self.error(format!("Preferences not saved: {e}"));
        }
    }

    /// Reads the recent list from `store`.
    pub fn load_recent(&mut self, store: PathBuf) {
        if let Ok(text) = std::fs::read_to_string(&store) {
            self.recent = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(PathBuf::from)
                .collect();
        }
        self.recent_store = Some(store);
    }
}

/// Byte ranges where `query` occurs in `text`, at most `limit`. A query
/// without capitals matches ASCII letters in either case.
pub fn find_all(text: &str, query: &str, limit: usize) -> Vec<(usize, usize)> {
    if query.is_empty() {
        return Vec::new();
    }
    let fold = !query.chars().any(char::is_uppercase);
    let (hay, needle) = if fold {
        (text.to_ascii_lowercase(), query.to_ascii_lowercase())
    } else {
        (text.to_string(), query.to_string())
    };
    // ASCII lowercasing keeps byte offsets, so matches index `text` too.
    hay.match_indices(&needle)
        .take(limit)
        .map(|(i, m)| (i, i + m.len()))
        .collect()
}
