//! How each command changes the state. Project changes go through
//! [`AppState::apply`], which records them for undo.

use std::path::PathBuf;
use std::sync::Arc;

use newsmark::formats::import::{
    ImportReport, add_documents, add_missing_labels, collect_files, read_file,
};
use newsmark::rules::{Suggestion, resolve_rules};
use newsmark::{DocId, DocState, Project, Span, SpanId, Status};

use super::command::{Command, Scope};
use super::history::{Edit, MergeKey};
use super::jobs::{JobSpec, Output, ProgressWriter, Purpose, Unit, native_dialog};
use super::{AppState, Dialog, Find, autosave};

impl AppState {
    /// Applies an edit to the project and records it for undo. A document
    /// that had not been started becomes "in progress" in the same step.
    pub fn apply(&mut self, edit: Edit, merge: Option<MergeKey>) -> bool {
        let edit = match edit.doc() {
            Some(d)
                if self
                    .project
                    .documents
                    .get(d)
                    .is_some_and(|x| x.state == DocState::NotStarted)
                    && !matches!(edit, Edit::DocState { .. }) =>
            {
                Edit::Group(vec![
                    edit,
                    Edit::DocState {
                        doc: d,
                        before: DocState::NotStarted,
                        after: DocState::InProgress,
                    },
                ])
            }
            _ => edit,
        };
        match edit.apply(&mut self.project, true) {
            Ok(()) => {
                self.history.push(edit, merge);
                self.version += 1;
                true
            }
            Err(e) => {
                self.error(format!("Not changed: {}", e.0));
                false
            }
        }
    }

    /// Runs one command.
    pub fn execute(&mut self, cmd: Command) {
        match cmd {
            Command::New | Command::Open | Command::OpenPath(_) | Command::Quit
                if self.dirty() && !self.discard_ok =>
            {
                self.dialog = Some(Dialog::Unsaved { then: cmd });
            }
            Command::New => {
                self.discard_ok = false;
                self.replace_project(Project::new(), None);
                self.say("New project: import articles with Ctrl+I or by dropping files");
            }
            Command::Open => {
                self.pick(Purpose::Open);
            }
            Command::OpenPath(p) => {
                self.discard_ok = false;
                self.load(p, false);
            }
            Command::ImportFiles => {
                self.pick(Purpose::ImportFiles);
            }
            Command::ImportFolder => {
                self.pick(Purpose::ImportFolder);
            }
            Command::ImportPaths(paths) => self.import(paths),
            Command::Save => match self.path.clone() {
                Some(p) => self.save_to(p, None),
                None => {
                    self.after_save_as = None;
                    self.pick(Purpose::SaveAs);
                }
            },
            Command::SaveAs => {
                self.after_save_as = None;
                self.pick(Purpose::SaveAs);
            }
            Command::Export => self.export_dialog(),
            Command::Quit => {
                if self.jobs.any_blocking() {
                    self.quit_after_save = true;
                    self.say("Quitting when the save finishes…");
                    return;
                }
                if let Some(p) = &self.path
                    && !self.dirty()
                {
                    autosave::remove(p);
                }
                if self.discard_ok
                    && let Some(p) = &self.path
                {
                    autosave::remove(p);
                }
                self.jobs.cancel_all();
                // A clean quit: the user saved or chose to discard.
                self.remove_recovery();
                self.quit_now = true;
            }
            Command::Escape => {
                if self.show_shortcuts {
                    self.show_shortcuts = false;
                } else if self.jobs.any_cancellable() {
                    self.execute(Command::CancelJobs);
                } else {
                    self.selection = None;
                    self.selected = None;
                }
            }
            Command::CancelJobs => {
                if self.jobs.cancel_cancellable() > 0 {
                    self.say("Cancelling…");
                }
            }
            Command::Undo => self.undo_redo(true),
            Command::Redo => self.undo_redo(false),
            Command::Label(name) => self.label(&name),
            Command::DeleteSpan => self.delete_span(),
            Command::NextSuggestion => self.step_suggestion(true),
            Command::PrevSuggestion => self.step_suggestion(false),
            Command::Accept => self.decide(Status::Accepted),
            Command::Reject => self.decide(Status::Rejected),
            Command::AcceptAllAsk => {
                let count = self.pending_count();
                if count == 0 {
                    self.say("No pending suggestions in this document");
                } else {
                    self.dialog = Some(Dialog::AcceptAll { count });
                }
            }
            Command::AcceptAll => self.accept_all(),
            Command::SelectSpan(id) => self.select_span(id),
            Command::SetAttr { span, key, value } => self.set_attr(span, key, Some(value)),
            Command::RemoveAttr { span, key } => self.set_attr(span, key, None),
            Command::Suggest(scope) => self.suggest(scope),
            Command::ReloadRules => self.reload_rules(),
            Command::NextDoc => self.step_doc(true),
            Command::PrevDoc => self.step_doc(false),
            Command::GoToDoc(i) => self.go_to_doc(i),
            Command::MarkDone => {
                if let Some(d) = self.current_doc() {
                    let before = d.state;
                    if before != DocState::Done {
                        let doc = self.doc;
                        self.apply(
                            Edit::DocState {
                                doc,
                                before,
                                after: DocState::Done,
                            },
                            None,
                        );
                    }
                    self.step_doc(true);
                }
            }
            Command::Find => {
                let f = self.find.get_or_insert_with(Find::default);
                f.focus = true;
            }
            Command::Shortcuts => self.show_shortcuts = !self.show_shortcuts,
            Command::SetDark(d) => self.view.dark = d,
            Command::FontBigger => self.view.font_size = (self.view.font_size + 1.0).min(40.0),
            Command::FontSmaller => self.view.font_size = (self.view.font_size - 1.0).max(9.0),
        }
    }

    /// Discards unsaved changes and runs `then` (the "Discard" answer).
    pub fn discard_and(&mut self, then: Command) {
        self.discard_ok = true;
        self.execute(then);
        self.discard_ok = false;
    }

    /// Saves, then runs `then` (the "Save" answer).
    pub fn save_and(&mut self, then: Command) {
        match self.path.clone() {
            Some(p) => self.save_to(p, Some(then)),
            None => {
                // Saved under the chosen name, then `then` runs (the
                // window quits); cancelling the choice cancels both.
                if self.pick(Purpose::SaveAs) {
                    self.say("Choose where to save the project");
                    self.after_save_as = Some(then);
                }
            }
        }
    }

    fn replace_project(&mut self, project: Project, path: Option<PathBuf>) {
        // The old project was saved or discarded: its recovery copy goes.
        self.remove_recovery();
        self.generation += 1;
        self.project = project;
        self.path = path;
        self.history.clear();
        self.forget_rules();
        self.saved_state = 0;
        self.autosaved_state = 0;
        self.version += 1;
        self.doc = 0;
        self.selected = None;
        self.selection = None;
        self.scroll_to = None;
    }

    /// Shows a file dialog for `purpose` (or the typed-path dialog); false
    /// when none could be shown (one is open already).
    pub fn pick(&mut self, purpose: Purpose) -> bool {
        if self.typed_dialogs && purpose == Purpose::Export {
            self.say("Type the output path in the Export dialog");
            return false;
        }
        if self.typed_dialogs {
            let text = match (purpose, &self.path) {
                (Purpose::SaveAs, Some(p)) => p.display().to_string(),
                _ => String::new(),
            };
            self.dialog = Some(Dialog::TypedPath { purpose, text });
            return true;
        }
        if self.jobs.has("Dialog") {
            self.say("A file dialog is open already");
            return false;
        }
        let start = self.path.clone();
        self.jobs
            .spawn("Dialog", false, move |_| native_dialog(purpose, start));
        true
    }

    /// What to do with a path chosen in a dialog.
    pub fn picked(&mut self, purpose: Purpose, paths: Vec<PathBuf>) {
        let Some(first) = paths.first().cloned() else {
            self.after_save_as = None;
            return;
        };
        match purpose {
            Purpose::Open => self.execute(Command::OpenPath(first)),
            Purpose::SaveAs => {
                let p = if first.extension().is_none() {
                    first.with_extension("ron")
                } else {
                    first
                };
                let then = self.after_save_as.take();
                self.save_to(p, then);
            }
            Purpose::ImportFiles | Purpose::ImportFolder => self.import(paths),
            Purpose::Export => {
                if let Some(Dialog::Export { path, .. }) = &mut self.dialog {
                    *path = first.display().to_string();
                }
            }
        }
    }

    fn load(&mut self, path: PathBuf, restored: bool) {
        let from = if restored {
            autosave::path_for(&path)
        } else {
            path.clone()
        };
        self.say(format!("Opening {}…", from.display()));
        self.jobs.spawn("Opening", true, move |_| Output::Loaded {
            result: newsmark::project::load(&from).map_err(|e| e.to_string()),
            path,
            restored,
        });
    }

    /// Opens the autosave copy in place of the project (the "Restore" answer).
    pub fn restore(&mut self, copy: PathBuf) {
        let Some(path) = self.path.clone() else {
            return;
        };
        if copy == autosave::path_for(&path) {
            self.load(path, true);
        }
    }

    /// Opens a recovery file as an unsaved, untitled project (the
    /// "Restore" answer at start); the file stays until that work is saved.
    pub fn recover(&mut self, copy: PathBuf) {
        self.say(format!("Restoring {}…", copy.display()));
        self.jobs
            .spawn("Opening", true, move |_| Output::Recovered {
                result: newsmark::project::load(&copy).map_err(|e| e.to_string()),
                copy,
            });
    }

    fn save_to(&mut self, path: PathBuf, then: Option<Command>) {
        if self.jobs.has("Saving") {
            self.say("A save is running already");
            return;
        }
        let state = self.history.state_id();
        let copy = self.project.clone();
        // A rough size, for the progress bar only: the text, plus a line per span.
        let estimate = copy
            .documents
            .iter()
            .map(|d| d.text().len() + 200 + d.spans().len() * 110)
            .sum::<usize>()
            + 1000;
        self.say(format!("Saving {}…", path.display()));
        let spec = JobSpec {
            label: "Saving".into(),
            blocks_quit: true,
            cancellable: true,
            unit: Unit::Bytes,
            cancel_note: "Stop saving: the file on disk stays as it was, your changes stay open",
        };
        let ctl = self.jobs.spawn_with(spec, move |ctl| {
            let result = newsmark::project::io::write_atomic_with(&path, |w| {
                newsmark::project::io::write_canonical(&copy, &mut ProgressWriter { inner: w, ctl })
            })
            .map_err(|e| {
                if ctl.cancelled() {
                    "cancelled; the file on disk is unchanged".to_string()
                } else {
                    e.to_string()
                }
            });
            Output::Saved {
                result,
                path,
                state,
                then,
            }
        });
        ctl.set_total(estimate);
    }

    fn import(&mut self, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        let n = paths.len();
        self.say(format!("Importing {n} item(s)…"));
        let spec = JobSpec {
            label: "Importing".into(),
            blocks_quit: false,
            cancellable: true,
            unit: Unit::Files,
            cancel_note: "Stop importing: nothing is added",
        };
        self.jobs
            .spawn_with(spec, move |ctl| import_job(&paths, ctl));
    }

    /// Handles a finished job.
    pub fn job_done(&mut self, out: Output) {
        match out {
            Output::Picked {
                purpose,
                paths,
                quick,
            } => {
                if paths.is_empty() && quick {
                    // rfd returns at once when there is no native dialog.
                    self.typed_dialogs = true;
                    self.pick(purpose);
                } else {
                    self.picked(purpose, paths);
                }
            }
            Output::Loaded {
                path,
                result,
                restored,
            } => match result {
                Ok(p) => {
                    let n = p.documents.len();
                    self.replace_project(p, Some(path.clone()));
                    if restored {
                        self.mark_unsaved();
                        self.say("Restored the autosaved changes; save to keep them");
                    } else {
                        self.say(format!("Opened {} ({n} documents)", path.display()));
                        if let Some(copy) = autosave::pending_restore(&path) {
                            self.dialog = Some(Dialog::Restore { copy });
                        }
                    }
                    self.remember(&path);
                }
                Err(e) => self.error(format!("Could not open: {e}")),
            },
            Output::Recovered { copy, result } => match result {
                Ok(p) => {
                    self.replace_project(p, None);
                    self.mark_unsaved();
                    // Keep updating the same file until the work is saved.
                    self.recovery_file = Some(copy);
                    self.say("Restored the unsaved project; File > Save as… keeps it");
                }
                Err(e) => self.error(format!("Could not restore: {e}")),
            },
            Output::Saved {
                path,
                state,
                result,
                then,
            } => match result {
                Ok(()) => {
                    self.saved_state = state;
                    // The work has a file now: the recovery copy is not needed.
                    self.remove_recovery();
                    autosave::remove(&path);
                    self.path = Some(path.clone());
                    self.remember(&path);
                    self.say(format!("Saved {}", path.display()));
                    if let Some(then) = then {
                        self.discard_and(then);
                    } else if self.quit_after_save {
                        self.quit_after_save = false;
                        self.execute(Command::Quit);
                    }
                }
                Err(e) => {
                    self.quit_after_save = false;
                    self.error(format!("Not saved, your changes are kept: {e}"));
                }
            },
            Output::Autosaved { state, result } => match result {
                Ok(()) => self.autosaved_state = state,
                Err(e) => self.error(e),
            },
            Output::Imported {
                result,
                skipped,
                cancelled,
            } => match result {
                _ if cancelled => self.say("Import cancelled: nothing was added"),
                Ok(docs) => self.add_imported(docs, skipped),
                Err(e) => self.error(format!("Import failed: {e}")),
            },
            Output::Suggested {
                generation,
                results,
                cancelled,
            } => {
                if cancelled {
                    self.say("Suggest cancelled: no suggestions were added");
                } else if generation != self.generation {
                    self.say("Suggestions were for a project that is no longer open");
                } else {
                    self.add_suggestions(results);
                }
            }
            Output::Explained { key, found } => self.explained_done(key, found),
            Output::Message { text, error } => {
                if error {
                    self.error(text);
                } else {
                    self.say(text);
                }
            }
        }
    }

    fn add_imported(
        &mut self,
        docs: Vec<(PathBuf, newsmark::Document)>,
        skipped: Vec<(PathBuf, String)>,
    ) {
        let first_new = self.project.documents.len();
        let mut report = ImportReport::default();
        add_documents(&mut self.project, docs, &mut report);
        // Imported annotations may use labels the project lacks.
        add_missing_labels(&mut self.project);
        let added: Vec<_> = self.project.documents[first_new..].to_vec();
        let n = added.len();
        if n > 0 {
            self.history.push(Edit::AddDocs { docs: added }, None);
            self.version += 1;
            self.go_to_doc(first_new);
        }
        let mut msg = format!("Imported {n} document(s)");
        if !report.duplicates.is_empty() {
            msg += &format!(", {} already in the project", report.duplicates.len());
        }
        self.say_imported(msg, &skipped);
    }

    fn undo_redo(&mut self, undo: bool) {
        let res = if undo {
            self.history.undo(&mut self.project)
        } else {
            self.history.redo(&mut self.project)
        };
        match res {
            None => self.say(if undo {
                "Nothing to undo"
            } else {
                "Nothing to redo"
            }),
            Some(Err(e)) => self.error(format!(
                "Could not {}: {}",
                if undo { "undo" } else { "redo" },
                e.0
            )),
            Some(Ok(edit)) => {
                self.version += 1;
                if let Some(d) = edit.doc()
                    && d != self.doc
                    && d < self.project.documents.len()
                {
                    self.go_to_doc(d);
                }
                if self.doc >= self.project.documents.len() {
                    self.doc = self.project.documents.len().saturating_sub(1);
                }
                self.selection = None;
                self.selected = edit
                    .span()
                    .filter(|id| self.current_doc().is_some_and(|d| d.span(*id).is_some()));
                self.say(if undo { "Undone" } else { "Redone" });
            }
        }
    }

    fn label(&mut self, name: &str) {
        if self.project.label(name).is_none() {
            self.error(format!("No label {name} in this project"));
            return;
        }
        let doc = self.doc;
        if let Some((start, end)) = self.selection {
            let Some(d) = self.current_doc() else { return };
            if let Some(old) = d.find_same(start, end, name) {
                let id = old.id;
                self.say(format!("A {name} covers that text already"));
                self.selection = None;
                self.selected = Some(id);
                return;
            }
            let span = Span::manual(self.project.alloc_span_id(), start, end, name);
            let id = span.id;
            if self.apply(Edit::AddSpan { doc, span }, None) {
                self.selection = None;
                self.selected = Some(id);
            }
            return;
        }
        let Some(before) = self.selected_span().cloned() else {
            self.say("Select text first (drag across it), or click a span, then press a label key");
            return;
        };
        let mut after = before.clone();
        after.label = name.to_string();
        relabel_attrs(&mut after.attrs, &before.label, name);
        // A person chose the label: that decides a suggestion.
        after.status = Status::Accepted;
        if after != before {
            self.apply(
                Edit::ChangeSpan {
                    doc,
                    before: Box::new(before),
                    after: Box::new(after),
                },
                None,
            );
        }
    }

    fn delete_span(&mut self) {
        let Some(span) = self.selected_span().cloned() else {
            self.say("Click a span first, then press Delete");
            return;
        };
        let doc = self.doc;
        if self.apply(Edit::RemoveSpan { doc, span }, None) {
            self.selected = None;
        }
    }

    /// Pending suggestions in the current document.
    pub fn pending_count(&self) -> usize {
        self.current_doc().map_or(0, |d| {
            d.spans()
                .iter()
                .filter(|s| s.status == Status::Pending)
                .count()
        })
    }

    fn step_suggestion(&mut self, forward: bool) {
        let Some(d) = self.current_doc() else { return };
        let spans = d.spans();
        let n = spans.len();
        let here = self
            .selected
            .and_then(|id| spans.iter().position(|s| s.id == id));
        // Without a selected span, start from the top (or the bottom backwards).
        let order: Vec<usize> = match (here, forward) {
            (Some(i), true) => (i + 1..n).chain(0..=i).collect(),
            (Some(i), false) => (0..i).rev().chain((i..n).rev()).collect(),
            (None, true) => (0..n).collect(),
            (None, false) => (0..n).rev().collect(),
        };
        match order
            .into_iter()
            .find(|&i| spans.get(i).is_some_and(|s| s.status == Status::Pending))
        {
            Some(i) => {
                let id = spans[i].id;
                self.select_span(id);
            }
            None => self.say("No pending suggestions in this document"),
        }
    }

    fn decide(&mut self, status: Status) {
        let Some(before) = self.selected_span().cloned() else {
            self.step_suggestion(true);
            return;
        };
        if before.status != Status::Pending {
            if status == Status::Rejected {
                self.say("X rejects suggestions; press Delete to remove a span");
            } else {
                self.step_suggestion(true);
            }
            return;
        }
        let doc = self.doc;
        let mut after = before.clone();
        after.status = status;
        if self.apply(
            Edit::ChangeSpan {
                doc,
                before: Box::new(before),
                after: Box::new(after),
            },
            None,
        ) {
            if self.pending_count() > 0 {
                self.step_suggestion(true);
            } else {
                self.say("All suggestions in this document are decided");
            }
        }
    }

    fn accept_all(&mut self) {
        let doc = self.doc;
        let Some(d) = self.current_doc() else { return };
        let before = d.spans().to_vec();
        let mut after = before.clone();
        let mut n = 0;
        for s in &mut after {
            if s.status == Status::Pending {
                s.status = Status::Accepted;
                n += 1;
            }
        }
        if n > 0 && self.apply(Edit::ReplaceSpans { doc, before, after }, None) {
            self.say(format!("Accepted {n} suggestion(s)"));
        }
    }

    fn set_attr(&mut self, id: SpanId, key: String, value: Option<String>) {
        let key = key.trim().to_string();
        if key.is_empty() {
            self.error("An attribute needs a name");
            return;
        }
        let Some(before) = self.current_doc().and_then(|d| d.span(id)).cloned() else {
            return;
        };
        let mut after = before.clone();
        match &value {
            Some(v) => {
                after.attrs.insert(key.clone(), v.clone());
            }
            None => {
                after.attrs.remove(&key);
            }
        }
        if after != before {
            let doc = self.doc;
            let merge = value.is_some().then_some((id, key));
            self.apply(
                Edit::ChangeSpan {
                    doc,
                    before: Box::new(before),
                    after: Box::new(after),
                },
                merge,
            );
        }
    }

    fn select_span(&mut self, id: SpanId) {
        if let Some(s) = self.current_doc().and_then(|d| d.span(id)) {
            self.scroll_to = Some(s.start);
            self.selected = Some(id);
            self.selection = None;
        }
    }

    fn export_dialog(&mut self) {
        use newsmark::formats::export::{Format, StatusFilter};
        let format = Format::Jsonl;
        self.dialog = Some(Dialog::Export {
            format,
            status: StatusFilter::Accepted,
            done_only: false,
            attrs: true,
            path: self.export_path(format),
        });
    }

    /// A default output path for a format: next to the project, named after it.
    pub fn export_path(&self, format: newsmark::formats::export::Format) -> String {
        let stem = self
            .path
            .as_deref()
            .and_then(|p| p.file_stem())
            .map_or_else(|| "export".into(), |s| s.to_string_lossy().into_owned());
        let dir = self
            .path
            .as_deref()
            .and_then(|p| p.parent())
            .map(PathBuf::from)
            .unwrap_or_default();
        let name = match format.extension() {
            Some(ext) => format!("{stem}.{}.{ext}", format.name()),
            None => format!("{stem}-{}", format.name()),
        };
        dir.join(name).display().to_string()
    }

    /// Reads the project's rules again, so descriptions and explanations
    /// follow an edited rule file, and says what was loaded or why not.
    fn reload_rules(&mut self) {
        self.forget_rules();
        match resolve_rules(&self.project, self.path.as_deref()) {
            Ok(r) => {
                let from = match &self.project.rules {
                    newsmark::project::RulesRef::Builtin => "the built-in rule set".to_string(),
                    newsmark::project::RulesRef::File(p) => p.display().to_string(),
                };
                self.say(format!(
                    "Rules reloaded: {} rules from {from}",
                    r.rule_ids().len()
                ));
            }
            Err(e) => self.error(format!("Could not load the rules: {e}")),
        }
    }

    /// Runs an export off the UI thread with the dialog's settings.
    pub fn export(&mut self, opts: newsmark::formats::export::ExportOptions, out: PathBuf) {
        if self.jobs.has("Exporting") {
            self.say("An export is running already");
            return;
        }
        if let Some(project) = &self.path
            && let Err(e) = newsmark::formats::export::refuse_overwriting_project(project, &out)
        {
            self.error(format!("Export refused: {e}"));
            return;
        }
        let copy = self.project.clone();
        self.say(format!("Exporting to {}…", out.display()));
        let spec = JobSpec {
            label: "Exporting".into(),
            blocks_quit: false,
            cancellable: true,
            unit: Unit::Documents,
            cancel_note: "Stop exporting: the file being written is removed; finished files stay",
        };
        self.jobs.spawn_with(spec, move |ctl| {
            let mut progress = |done: usize, total: usize| {
                ctl.set_total(total);
                ctl.set_done(done);
            };
            let flag = ctl.flag();
            match newsmark::formats::export::export_project_cancellable(
                &copy,
                &opts,
                &out,
                &mut progress,
                Some(flag),
            ) {
                Ok(sum) => Output::Message {
                    text: format!(
                        "Exported {} document(s), {} span(s) as {} to {}{}",
                        sum.documents,
                        sum.spans,
                        opts.format,
                        out.display(),
                        if sum.warnings.is_empty() {
                            String::new()
                        } else {
                            format!(" ({} warning(s): {})", sum.warnings.len(), sum.warnings[0])
                        }
                    ),
                    error: false,
                },
                Err(newsmark::Error::Cancelled) => Output::Message {
                    text: "Export cancelled: the file being written was removed".into(),
                    error: false,
                },
                Err(e) => Output::Message {
                    text: format!("Export failed: {e}"),
                    error: true,
                },
            }
        });
    }

    fn step_doc(&mut self, forward: bool) {
        let list = self.filtered_docs();
        let pos = list.iter().position(|&i| i == self.doc);
        let next = match (pos, forward) {
            (Some(p), true) => list.get(p + 1),
            (Some(p), false) => p.checked_sub(1).and_then(|p| list.get(p)),
            (None, _) => list.first(),
        };
        match next {
            Some(&i) => self.go_to_doc(i),
            None => self.say(if forward {
                "This is the last document"
            } else {
                "This is the first document"
            }),
        }
    }

    fn go_to_doc(&mut self, i: usize) {
        if i < self.project.documents.len() {
            self.doc = i;
            self.selected = None;
            self.selection = None;
            self.scroll_to = None;
            if let Some(f) = &mut self.find {
                f.current = 0;
            }
        }
    }

    fn suggest(&mut self, scope: Scope) {
        if self.jobs.has("Suggesting") {
            self.say("Suggestions are being computed already");
            return;
        }
        let rules = match resolve_rules(&self.project, self.path.as_deref()) {
            Ok(r) => Arc::new(r),
            Err(e) => {
                self.error(format!("Could not load the rules: {e}"));
                return;
            }
        };
        let docs: Vec<(usize, DocId, String)> = match scope {
            Scope::Document => self
                .current_doc()
                .map(|d| vec![(self.doc, d.id.clone(), d.text().to_string())])
                .unwrap_or_default(),
            Scope::Project => self
                .project
                .documents
                .iter()
                .enumerate()
                .map(|(i, d)| (i, d.id.clone(), d.text().to_string()))
                .collect(),
        };
        if docs.is_empty() {
            return;
        }
        if docs.len() > 1 {
            self.say("Keep working meanwhile; Esc cancels and adds nothing");
        }
        let generation = self.generation;
        let spec = JobSpec {
            label: "Suggesting".into(),
            blocks_quit: false,
            cancellable: true,
            unit: Unit::Documents,
            cancel_note: "Stop: no suggestions are added",
        };
        let total = docs.len();
        let ctl = self.jobs.spawn_with(spec, move |ctl| {
            use rayon::prelude::*;
            let results: Vec<(usize, DocId, Vec<Suggestion>)> = docs
                .into_par_iter()
                .map(|(i, id, text)| {
                    if ctl.cancelled() {
                        return (i, id, Vec::new());
                    }
                    let s = rules.suggest(&text);
                    ctl.add(1);
                    (i, id, s)
                })
                .collect();
            Output::Suggested {
                generation,
                results,
                cancelled: ctl.cancelled(),
            }
        });
        ctl.set_total(total);
    }

    /// Adds suggestions computed off the UI thread as pending spans, one
    /// undo step for all of them. Spans that exist already (with any status)
    /// are not suggested again, so edits made meanwhile are kept.
    pub fn add_suggestions(&mut self, results: Vec<(usize, DocId, Vec<Suggestion>)>) {
        let mut edits = Vec::new();
        let mut total = 0;
        for (doc, id, sugg) in results {
            // The document may have gone meanwhile (an import undone).
            let Some(d) = self.project.documents.get(doc).filter(|d| d.id == id) else {
                continue;
            };
            if d.text().is_empty() {
                continue;
            }
            let before = d.spans().to_vec();
            let mut after = before.clone();
            let mut seen: std::collections::HashSet<(usize, usize, String)> = before
                .iter()
                .map(|s| (s.start, s.end, s.label.clone()))
                .collect();
            let fresh: Vec<Suggestion> = sugg
                .into_iter()
                .filter(|s| {
                    d.check_range(s.start, s.end).is_ok()
                        && seen.insert((s.start, s.end, s.label.to_string()))
                })
                .collect();
            for s in fresh {
                after.push(s.into_pending(self.project.alloc_span_id()));
            }
            let n = after.len() - before.len();
            if n > 0 {
                total += n;
                edits.push(Edit::ReplaceSpans { doc, before, after });
            }
        }
        if edits.is_empty() {
            self.say("No new suggestions");
            return;
        }
        // One undo step; document states are left as they are.
        let edit = Edit::Group(edits);
        match edit.apply(&mut self.project, true) {
            Ok(()) => {
                self.history.push(edit, None);
                self.version += 1;
            }
            Err(e) => {
                self.error(format!("Could not add suggestions: {}", e.0));
                return;
            }
        }
        self.say(format!(
            "{total} new suggestion(s); Tab goes to the next, A accepts, X rejects"
        ));
    }
}

/// Reads the files of an import on a worker, counting files done. A file
/// that cannot be read is skipped with its reason, not the whole import.
fn import_job(paths: &[PathBuf], ctl: &super::jobs::JobCtl) -> Output {
    use rayon::prelude::*;
    let (files, mut skipped) = match collect_files(paths) {
        Ok(x) => x,
        Err(e) => {
            return Output::Imported {
                result: Err(e.to_string()),
                skipped: Vec::new(),
                cancelled: false,
            };
        }
    };
    ctl.set_total(files.len());
    let read: Vec<Option<Result<Vec<newsmark::Document>, String>>> = files
        .par_iter()
        .map(|f| {
            if ctl.cancelled() {
                return None;
            }
            let r = read_file(f).map_err(|e| e.to_string());
            ctl.add(1);
            Some(r)
        })
        .collect();
    if ctl.cancelled() {
        return Output::Imported {
            result: Ok(Vec::new()),
            skipped,
            cancelled: true,
        };
    }
    let mut docs = Vec::new();
    for (f, r) in files.into_iter().zip(read) {
        match r {
            Some(Ok(ds)) if ds.is_empty() => skipped.push((f, "holds no documents".into())),
            Some(Ok(ds)) => docs.extend(ds.into_iter().map(|d| (f.clone(), d))),
            Some(Err(e)) => skipped.push((f, e)),
            None => {}
        }
    }
    Output::Imported {
        result: Ok(docs),
        skipped,
        cancelled: false,
    }
}

/// The attributes of a span relabelled from `from` to `to`: the old label's
/// own attribute goes (a FIGURE does not keep a `claimant`), except that
/// who said it carries over between a QUOTE's `speaker` and a CLAIM's
/// `claimant`.
fn relabel_attrs(attrs: &mut newsmark::Attrs, from: &str, to: &str) {
    use newsmark::model::Label;
    let (Some(old), new) = (Label::main_attr(from), Label::main_attr(to)) else {
        return;
    };
    if Some(old) == new {
        return;
    }
    let Some(v) = attrs.remove(old) else {
        return;
    };
    let person = |a: &str| matches!(a, "speaker" | "claimant");
    if let Some(new) = new.filter(|n| person(n) && person(old) && !v.is_empty())
        && attrs.get(new).is_none_or(String::is_empty)
    {
        attrs.insert(new, v);
    }
}
