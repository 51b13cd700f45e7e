//! `newsmark open` and `newsmark` with no arguments: the annotation window.

use std::path::{Path, PathBuf};

use clap::Args;
use newsmark::Project;
use newsmark::formats::import::import_paths;
use newsmark::rules::{apply_suggestions, resolve_rules};

use super::{CmdResult, Failure};
use crate::gui::app::{AppState, Command, Dialog, autosave};
use crate::gui::{self, RunError, WindowOptions};

/// Arguments of `newsmark open`.
#[derive(Debug, Args, Default)]
pub struct OpenArgs {
    /// A project file (.ron), or article files and folders to import into a
    /// new, unsaved project.
    pub paths: Vec<PathBuf>,
    /// Render the window, write this PNG and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// Show document N (from 1).
    #[arg(long, value_name = "N")]
    pub doc: Option<usize>,
    /// Window size in points, like 1280x800.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub size: Option<[f32; 2]>,
    /// Start with the dark theme.
    #[arg(long)]
    pub dark: bool,
    /// Article text size in points.
    #[arg(long, value_name = "PT")]
    pub font_size: Option<f32>,
    /// Select the first pending suggestion (to show the inspector).
    #[arg(long)]
    pub review: bool,
}

fn parse_size(s: &str) -> Result<[f32; 2], String> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("expected WIDTHxHEIGHT, like 1280x800, got {s:?}"))?;
    let p = |v: &str| {
        v.trim()
            .parse::<f32>()
            .ok()
            .filter(|n| (200.0..=10000.0).contains(n))
            .ok_or_else(|| format!("bad size {s:?}: each side must be 200..10000"))
    };
    Ok([p(w)?, p(h)?])
}

fn is_project(p: &Path) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

/// Adds the rule engine's suggestions to every document.
fn suggest_all(project: &mut Project) -> Result<usize, Failure> {
    let rules = resolve_rules(project, None)?;
    Ok((0..project.documents.len())
        .map(|i| apply_suggestions(project, i, &rules))
        .sum())
}

/// Where the bundled samples are: next to the working folder, the
/// executable (`target/release/..`), or the source tree it was built from.
fn samples_dir() -> Option<PathBuf> {
    let mut candidates = vec![PathBuf::from("assets/samples")];
    if let Ok(exe) = std::env::current_exe() {
        for up in exe.ancestors().skip(1).take(4) {
            candidates.push(up.join("assets/samples"));
            candidates.push(up.join("share/newsmark/samples"));
        }
    }
    candidates.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples"));
    candidates.into_iter().find(|p| p.is_dir())
}

/// `newsmark` with no arguments: the samples with suggestions pending.
pub fn samples() -> CmdResult {
    need_display()?;
    run(sample_state()?, &OpenArgs::default())
}

fn sample_state() -> Result<AppState, Failure> {
    let mut project = Project::new();
    let mut note = None;
    match samples_dir() {
        Some(dir) => {
            // The gold files are for evaluation, not articles to annotate.
            let files: Vec<PathBuf> = std::fs::read_dir(&dir)
                .map_err(|e| Failure::input(format!("{}: {e}", dir.display())))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            let mut files = files;
            files.sort();
            import_paths(&mut project, &files)?;
            let n = suggest_all(&mut project)?;
            note = Some(format!(
                "Samples from {} with {n} suggestions: Tab goes to the next, A accepts, X rejects",
                dir.display()
            ));
        }
        None => eprintln!("newsmark: the bundled samples (assets/samples) were not found"),
    }
    let mut state = AppState::new(project, None);
    state.mark_unsaved();
    if let Some(n) = note {
        state.say(n);
    }
    Ok(state)
}

/// `newsmark open`.
pub fn open(a: OpenArgs) -> CmdResult {
    need_display()?;
    let mut state = match a.paths.as_slice() {
        [] => return samples_with(a),
        [p] if is_project(p) => {
            let project = newsmark::project::load(p)?;
            let mut s = AppState::new(project, Some(p.clone()));
            if a.screenshot.is_none()
                && let Some(copy) = autosave::pending_restore(p)
            {
                s.dialog = Some(Dialog::Restore { copy });
            }
            s
        }
        paths => {
            if let Some(p) = paths.iter().find(|p| is_project(p)) {
                return Err(Failure::input(format!(
                    "{}: open one project at a time (or only article files to import)",
                    p.display()
                )));
            }
            let mut project = Project::new();
            let report = import_paths(&mut project, paths)?;
            for (p, why) in &report.skipped {
                eprintln!("newsmark: skipped {}: {why}", p.display());
            }
            let mut s = AppState::new(project, None);
            s.mark_unsaved();
            s.say_imported(
                format!(
                    "Imported {} document(s) into a new project (Ctrl+S saves it)",
                    report.added.len()
                ),
                &report.skipped,
            );
            s
        }
    };
    configure(&mut state, &a)?;
    run(state, &a)
}

/// `newsmark open` without paths: the samples, with the other options.
fn samples_with(a: OpenArgs) -> CmdResult {
    let mut state = sample_state()?;
    configure(&mut state, &a)?;
    run(state, &a)
}

/// Fails early, before loading anything, when no window can be opened.
fn need_display() -> CmdResult {
    if gui::display_available() {
        Ok(())
    } else {
        Err(Failure::input(RunError::NoDisplay(None)))
    }
}

fn configure(state: &mut AppState, a: &OpenArgs) -> Result<(), Failure> {
    if let Some(n) = a.doc {
        let count = state.project.documents.len();
        if n == 0 || n > count {
            return Err(Failure {
                code: 2,
                msg: format!("--doc {n}: the project has {count} document(s), numbered from 1"),
            });
        }
        state.execute(Command::GoToDoc(n - 1));
    }
    if a.review {
        state.execute(Command::NextSuggestion);
    }
    Ok(())
}

fn run(mut state: AppState, a: &OpenArgs) -> CmdResult {
    // A screenshot shows the defaults and the flags only, so it is the
    // same on every machine; it also leaves the user's files alone.
    if a.screenshot.is_none() {
        if let Some(store) = gui::recent_store() {
            state.load_recent(store);
        }
        if let Some(store) = gui::prefs_store() {
            state.load_prefs(store);
        }
        state.recovery_dir = autosave::recovery_dir();
        state.offer_recovery();
    }
    if a.dark {
        state.view.dark = true;
    }
    if let Some(f) = a.font_size {
        state.view.font_size = f.clamp(9.0, 40.0);
    }
    if state.prefs_store.is_some() {
        // Flags are for this run: only changes made in the window are kept.
        state.prefs_saved = Some(state.view);
    }
    let opts = WindowOptions {
        size: a.size,
        screenshot: a.screenshot.clone(),
    };
    gui::run(state, opts).map_err(Failure::input)
}
