//! Tests that drive the real window through egui_kittest: pointer drags,
//! key presses and the commands they trigger, on the same `AppState::ui`
//! the window runs.

use egui::{Key, Modifiers, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use newsmark::{Document, Origin, Project, Span, Status};

use super::app::{AppState, Command, Dialog, Why};

const TEXT: &str = "Fans 👍 cheered.\nShe said “we will win” and left 🎉 at 9.\nThird line.";

fn project() -> Project {
    let mut p = Project::new();
    p.documents.push(Document::new("d1", "first", TEXT));
    p.documents.push(Document::new(
        "d2",
        "second",
        "Another article with 25 people.",
    ));
    p
}

fn pending(p: &mut Project, doc: usize, needle: &str, label: &str) -> newsmark::SpanId {
    let text = p.documents[doc].text().to_string();
    let start = text.find(needle).expect("needle in text");
    let mut s = Span::manual(p.alloc_span_id(), start, start + needle.len(), label);
    s.status = Status::Pending;
    s.origin = Origin::Rule("test.rule".into());
    let id = s.id;
    p.documents[doc].add_span(s).expect("span fits");
    id
}

fn harness(state: AppState) -> Harness<'static, AppState> {
    let mut h = Harness::builder()
        .with_size(vec2(1280.0, 800.0))
        .build_ui_state(|ui, s: &mut AppState| s.ui(ui), state);
    h.run_steps(4);
    h
}

/// Left and right edges (inside) of the characters at the two byte offsets.
fn edges(h: &Harness<'_, AppState>, a: usize, b: usize) -> (Pos2, Pos2) {
    let ra = h.state().char_rect(a).expect("start drawn");
    let rb = h.state().char_rect(b).expect("end drawn");
    (
        ra.left_center() + vec2(1.0, 0.0),
        rb.right_center() - vec2(1.0, 0.0),
    )
}

fn drag(h: &mut Harness<'_, AppState>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    h.hover_at(from + (to - from) * 0.5);
    h.step();
    h.hover_at(to);
    h.step();
    h.drop_at(to);
    h.run_steps(3);
}

fn code_points(state: &AppState, id: newsmark::SpanId) -> (usize, usize, String) {
    let d = state.current_doc().expect("a document");
    let s = d.span(id).expect("span exists");
    (d.char_at(s.start), d.char_at(s.end), s.label.clone())
}

#[test]
fn drag_then_2_tags_a_quote_with_code_point_offsets_after_emoji() {
    let mut h = harness(AppState::new(project(), None));
    let open = TEXT.find('“').unwrap();
    let close = TEXT.find('”').unwrap();
    let (from, to) = edges(&h, open, close);
    drag(&mut h, from, to);
    let sel = h.state().selection.expect("a selection after the drag");
    assert_eq!(&TEXT[sel.0..sel.1], "“we will win”");
    h.key_press(Key::Num2);
    h.run_steps(2);
    let id = h.state().selected.expect("the new span is selected");
    // Code points: "Fans 👍 cheered.\n" is 16 of them, "She said " 9 more.
    let start = TEXT[..open].chars().count();
    assert_eq!(start, 25);
    assert_eq!(code_points(h.state(), id), (25, 38, "QUOTE".to_string()));
    assert!(h.state().dirty());
    assert!(h.state().title().contains('•'));
}

#[test]
fn drag_snaps_to_words_unless_alt_and_label_keys_relabel() {
    let mut h = harness(AppState::new(project(), None));
    let w = TEXT.find("will").unwrap();
    // From the middle of "will" to the middle of "win": snaps to "will win".
    let a = h.state().char_rect(w + 1).unwrap().center();
    let b = h.state().char_rect(w + 6).unwrap().center();
    drag(&mut h, a, b);
    let (s, e) = h.state().selection.unwrap();
    assert_eq!(&TEXT[s..e], "will win");
    h.key_press(Key::Num1);
    h.run_steps(2);
    let id = h.state().selected.unwrap();
    assert_eq!(code_points(h.state(), id).2, "CLAIM");
    // With a span selected, 3 relabels it.
    h.key_press(Key::Num3);
    h.run_steps(2);
    assert_eq!(code_points(h.state(), id).2, "FIGURE");
    // Delete removes it.
    h.key_press(Key::Delete);
    h.run_steps(2);
    assert!(h.state().current_doc().unwrap().spans().is_empty());
}

#[test]
fn tab_a_accepts_x_rejects_and_undo_redo_restore_each_step() {
    let mut p = project();
    let q = pending(&mut p, 0, "“we will win”", "QUOTE");
    let f = pending(&mut p, 0, "9", "FIGURE");
    let mut h = harness(AppState::new(p, None));
    let status =
        |h: &Harness<'_, AppState>, id| h.state().current_doc().unwrap().span(id).unwrap().status;
    h.key_press(Key::Tab);
    h.run_steps(2);
    assert_eq!(h.state().selected, Some(q));
    h.key_press(Key::A);
    h.run_steps(2);
    assert_eq!(status(&h, q), Status::Accepted);
    // Accepting moves on to the next suggestion.
    assert_eq!(h.state().selected, Some(f));
    h.key_press(Key::X);
    h.run_steps(2);
    assert_eq!(status(&h, f), Status::Rejected);
    assert_eq!(
        h.state().current_doc().unwrap().state,
        newsmark::DocState::InProgress
    );

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(
        (status(&h, q), status(&h, f)),
        (Status::Accepted, Status::Pending)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(
        (status(&h, q), status(&h, f)),
        (Status::Pending, Status::Pending)
    );
    assert!(!h.state().dirty(), "undoing everything is the saved state");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run_steps(2);
    assert_eq!(
        (status(&h, q), status(&h, f)),
        (Status::Accepted, Status::Pending)
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
    assert_eq!(
        (status(&h, q), status(&h, f)),
        (Status::Accepted, Status::Rejected)
    );
}

#[test]
fn shift_a_asks_then_accepts_all_in_one_undo_step() {
    let mut p = project();
    pending(&mut p, 0, "“we will win”", "QUOTE");
    pending(&mut p, 0, "9", "FIGURE");
    let mut h = harness(AppState::new(p, None));
    h.key_press_modifiers(Modifiers::SHIFT, Key::A);
    h.run_steps(2);
    assert_eq!(h.state().dialog, Some(Dialog::AcceptAll { count: 2 }));
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().pending_count(), 0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().pending_count(), 2);
}

#[test]
fn single_keys_do_nothing_while_typing_in_a_field() {
    let mut p = project();
    pending(&mut p, 0, "9", "FIGURE");
    let mut h = harness(AppState::new(p, None));
    h.key_press(Key::Tab);
    h.run_steps(2);
    let id = h.state().selected.expect("Tab selects the suggestion");
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run_steps(3);
    assert!(h.ctx.text_edit_focused());
    // Typing "ax2" into the find field: the field gets the text, no shortcut fires.
    for (k, t) in [(Key::A, "a"), (Key::X, "x"), (Key::Num2, "2")] {
        h.key_down(k);
        h.event(egui::Event::Text(t.into()));
        h.key_up(k);
        h.step();
    }
    h.key_press(Key::Delete);
    h.run_steps(2);
    assert_eq!(h.state().find.as_ref().unwrap().query, "ax2");
    let d = h.state().current_doc().unwrap();
    assert_eq!(d.span(id).unwrap().status, Status::Pending);
    assert_eq!(d.spans().len(), 1);
    assert!(!h.state().dirty());
}

#[test]
fn save_then_reopen_gives_the_same_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut p = project();
    pending(&mut p, 0, "9", "FIGURE");
    newsmark::project::save(&p, &path).unwrap();
    let mut h = harness(AppState::new(p, Some(path.clone())));
    h.key_press(Key::Tab);
    h.key_press(Key::A);
    h.run_steps(2);
    let id = h.state().selected.unwrap();
    h.state_mut().execute(Command::SetAttr {
        span: id,
        key: "value".into(),
        value: "9".into(),
    });
    assert!(h.state().dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    h.state_mut().wait_for_jobs();
    h.run_steps(2);
    assert!(!h.state().dirty(), "{:?}", h.state().message);
    assert!(!h.state().title().contains('•'));
    let back = newsmark::project::load(&path).unwrap();
    assert_eq!(back, h.state().project);
    let d = back.documents[0].clone();
    let s = d.span(id).unwrap();
    assert_eq!(
        (s.status, s.attrs["value"].as_str()),
        (Status::Accepted, "9")
    );
}

#[test]
fn failed_save_keeps_changes_and_dirty_mark() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing-folder").join("p.ron");
    let mut p = project();
    pending(&mut p, 0, "9", "FIGURE");
    let mut h = harness(AppState::new(p, Some(path.clone())));
    h.key_press(Key::Tab);
    h.key_press(Key::A);
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    h.state_mut().wait_for_jobs();
    h.run_steps(2);
    assert!(h.state().dirty());
    let m = h.state().message.clone().unwrap();
    assert!(m.error && m.text.contains("Not saved"), "{m:?}");
    assert!(!path.exists());
    assert_eq!(h.state().pending_count(), 0);
}

#[test]
fn quitting_with_unsaved_changes_asks_and_discard_quits() {
    let mut p = project();
    pending(&mut p, 0, "9", "FIGURE");
    let mut h = harness(AppState::new(p, None));
    h.key_press(Key::Tab);
    h.key_press(Key::X);
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run_steps(2);
    assert!(matches!(h.state().dialog, Some(Dialog::Unsaved { .. })));
    assert!(!h.state().quit_now);
    h.get_by_label("Discard").click();
    h.run_steps(2);
    assert!(h.state().quit_now);
}

#[test]
fn page_down_and_ctrl_d_move_between_documents() {
    let mut h = harness(AppState::new(project(), None));
    h.key_press(Key::PageDown);
    h.run_steps(2);
    assert_eq!(h.state().doc, 1);
    h.key_press(Key::PageUp);
    h.run_steps(2);
    assert_eq!(h.state().doc, 0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::D);
    h.run_steps(2);
    assert_eq!(h.state().doc, 1);
    assert_eq!(
        h.state().project.documents[0].state,
        newsmark::DocState::Done
    );
}

#[test]
fn autosave_copy_is_written_while_dirty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut p = project();
    pending(&mut p, 0, "9", "FIGURE");
    newsmark::project::save(&p, &path).unwrap();
    let mut state = AppState::new(p, Some(path.clone()));
    state.execute(Command::NextSuggestion);
    state.execute(Command::Accept);
    state.force_autosave();
    state.wait_for_jobs();
    let copy = super::app::autosave::path_for(&path);
    let saved = newsmark::project::load(&copy).unwrap();
    assert_eq!(saved, state.project);
    assert_eq!(super::app::autosave::pending_restore(&path), Some(copy));
}

#[test]
fn ctrl_r_suggests_pending_spans_as_one_undo_step() {
    let mut p = Project::new();
    p.documents.push(Document::new(
        "d",
        "d",
        "Prices rose 12% in May, the statistics office said.\n\"We expect more,\" Ms. Lee said.",
    ));
    let mut h = harness(AppState::new(p, None));
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    h.run_steps(2);
    h.state_mut().wait_for_jobs();
    h.run_steps(2);
    let n = h.state().pending_count();
    assert!(n > 0, "{:?}", h.state().message);
    let d = h.state().current_doc().unwrap();
    assert!(
        d.spans()
            .iter()
            .all(|s| matches!(s.origin, Origin::Rule(_)))
    );
    // Running it again adds nothing; undo removes them all at once.
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    h.run_steps(2);
    h.state_mut().wait_for_jobs();
    assert_eq!(h.state().pending_count(), n);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().pending_count(), 0);
}

/// A project whose first document gets suggestions from the default rules.
fn suggestible() -> Project {
    let mut p = Project::new();
    p.documents.push(Document::new(
        "d",
        "d",
        "Prices rose 12% in May, the statistics office said.\n\"We expect more,\" Ms. Lee said.",
    ));
    p.documents.push(Document::new(
        "e",
        "e",
        "Sales fell 3% in June, the company said.",
    ));
    p
}

/// Makes jobs started from now on wait until the returned flag is cleared.
fn hold_jobs(h: &mut Harness<'_, AppState>) -> std::sync::Arc<std::sync::atomic::AtomicBool> {
    let hold = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    h.state_mut().jobs.hold = Some(hold.clone());
    hold
}

#[test]
fn running_suggest_shows_progress_and_cancel_adds_nothing() {
    for use_esc in [false, true] {
        let mut h = harness(AppState::new(suggestible(), None));
        let hold = hold_jobs(&mut h);
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::R);
        h.run_steps(3);
        assert!(h.state().jobs.any_cancellable());
        h.get_by_label("Suggesting 0 / 2 documents");
        if use_esc {
            h.key_press(Key::Escape);
        } else {
            h.get_by_label("Cancel").click();
        }
        h.run_steps(2);
        h.state_mut().wait_for_jobs();
        h.run_steps(2);
        hold.store(false, std::sync::atomic::Ordering::Relaxed);
        let s = h.state();
        assert!(s.jobs.running().is_empty());
        assert!(
            s.project.documents.iter().all(|d| d.spans().is_empty()),
            "cancel adds nothing"
        );
        assert!(!s.history.can_undo() && !s.dirty());
        let m = s.message.clone().unwrap();
        assert!(m.text.contains("cancelled"), "{m:?}");
    }
}

#[test]
fn an_edit_made_while_suggest_runs_is_kept() {
    let mut h = harness(AppState::new(suggestible(), None));
    let hold = hold_jobs(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::R);
    h.run_steps(3);
    assert!(h.state().jobs.has("Suggesting"));
    // While the job runs: tag "statistics office" as a CLAIM.
    let text = h.state().current_doc().unwrap().text().to_string();
    let w = text.find("statistics office").unwrap();
    let (from, to) = edges(&h, w, w + "statistics office".len() - 1);
    drag(&mut h, from, to);
    h.key_press(Key::Num1);
    h.run_steps(2);
    let claim = h.state().selected.expect("the CLAIM is selected");
    assert!(h.state().jobs.has("Suggesting"), "the job still runs");
    hold.store(false, std::sync::atomic::Ordering::Relaxed);
    h.state_mut().wait_for_jobs();
    h.run_steps(2);
    let d = h.state().current_doc().unwrap();
    assert_eq!(d.span(claim).unwrap().status, Status::Accepted);
    assert!(h.state().pending_count() > 0, "{:?}", h.state().message);
    let d2 = &h.state().project.documents[1];
    assert!(!d2.spans().is_empty(), "both documents got suggestions");
    // The suggestions are one undo step on top of the edit.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    let d = h.state().current_doc().unwrap();
    assert_eq!(h.state().pending_count(), 0);
    assert!(
        d.span(claim).is_some(),
        "undoing suggestions keeps the edit"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(h.state().current_doc().unwrap().spans().is_empty());
}

#[test]
fn suggestions_for_a_replaced_project_are_dropped() {
    let mut h = harness(AppState::new(suggestible(), None));
    let hold = hold_jobs(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    h.run_steps(2);
    h.state_mut().discard_and(Command::New);
    h.state_mut()
        .project
        .documents
        .push(Document::new("d", "d", "Prices rose 12% in May."));
    hold.store(false, std::sync::atomic::Ordering::Relaxed);
    h.state_mut().wait_for_jobs();
    h.run_steps(2);
    assert!(h.state().project.documents[0].spans().is_empty());
}

/// Names of the files in a folder.
fn files_in(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn untitled_work_is_kept_in_a_recovery_file_and_offered_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recovery");
    let mut p = project();
    pending(&mut p, 0, "9", "FIGURE");
    let mut state = AppState::new(p, None);
    state.mark_unsaved();
    state.recovery_dir = Some(rec.clone());
    let mut h = harness(state);
    h.key_press(Key::Tab);
    h.key_press(Key::A);
    h.run_steps(2);
    h.state_mut().force_autosave();
    h.state_mut().wait_for_jobs();
    let files = files_in(&rec);
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(
        newsmark::project::load(&files[0]).unwrap(),
        h.state().project
    );
    let edited = h.state().project.clone();
    // The session "crashes": a file of a process that is gone.
    let orphan = rec.join("untitled-1-4999999.ron");
    std::fs::rename(&files[0], &orphan).unwrap();
    drop(h);

    let mut next = AppState::new(Project::new(), None);
    next.recovery_dir = Some(rec.clone());
    next.offer_recovery();
    assert_eq!(
        next.dialog,
        Some(Dialog::Recover {
            copy: orphan.clone()
        })
    );
    let mut h = harness(next);
    h.get_by_label("Restore").click();
    h.run_steps(2);
    h.state_mut().wait_for_jobs();
    h.run_steps(2);
    assert_eq!(h.state().project, edited);
    assert!(h.state().dirty() && h.state().path.is_none());
    // Save As gives the work a file; the recovery copy goes.
    let saved = dir.path().join("kept.ron");
    h.state_mut()
        .picked(super::app::jobs::Purpose::SaveAs, vec![saved.clone()]);
    h.state_mut().wait_for_jobs();
    h.run_steps(2);
    assert!(!h.state().dirty(), "{:?}", h.state().message);
    assert_eq!(newsmark::project::load(&saved).unwrap(), edited);
    assert_eq!(files_in(&rec), Vec::<std::path::PathBuf>::new());
}

#[test]
fn a_clean_quit_removes_the_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = AppState::new(project(), None);
    state.recovery_dir = Some(dir.path().to_path_buf());
    state.mark_unsaved();
    let mut h = harness(state);
    // Nothing changed yet: an untitled project straight from its sources
    // (samples, imported files) needs no copy.
    h.state_mut().force_autosave();
    h.state_mut().wait_for_jobs();
    assert!(files_in(dir.path()).is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::D);
    h.run_steps(2);
    h.state_mut().force_autosave();
    h.state_mut().wait_for_jobs();
    assert_eq!(files_in(dir.path()).len(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run_steps(2);
    h.get_by_label("Discard").click();
    h.run_steps(2);
    assert!(h.state().quit_now);
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn theme_and_font_size_are_remembered_and_damage_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("settings.txt");
    std::fs::write(&store, "theme = purple\n").unwrap();
    let mut state = AppState::new(project(), None);
    state.load_prefs(store.clone());
    let m = state.message.clone().unwrap();
    assert!(m.error && m.text.contains("settings.txt:1"), "{m:?}");
    assert_eq!(state.view, super::app::ViewSettings::default());
    let mut h = harness(state);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.state_mut().execute(Command::SetDark(true));
    h.run_steps(2);
    let mut next = AppState::new(project(), None);
    next.load_prefs(store);
    assert!(next.view.dark);
    assert_eq!(
        next.view.font_size,
        super::app::ViewSettings::default().font_size + 1.0
    );
}

/// A file dropped from outside, as the windowing layer hands it over.
#[derive(Debug)]
struct DroppedPath(std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_file_dropped_on_the_window_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dropped.txt");
    std::fs::write(&file, "Dropped article about 40 people.").unwrap();
    let mut h = harness(AppState::new(project(), None));
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(file.clone())));
    h.run_steps(2);
    h.state_mut().wait_for_jobs();
    h.run_steps(2);
    let s = h.state();
    assert_eq!(s.project.documents.len(), 3, "{:?}", s.message);
    let d = &s.project.documents[2];
    assert_eq!(d.text(), "Dropped article about 40 people.");
    assert_eq!(d.source.as_deref(), Some(file.as_path()));
    assert_eq!(s.doc, 2, "the imported document is shown");
    assert!(s.dirty());
}

#[test]
fn a_dropped_folder_is_read_in_natural_order_and_every_skipped_file_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("part-10.txt"), "Part ten, with 10 people.").unwrap();
    std::fs::write(d.join("part-2.txt"), "Part two, with 2 people.").unwrap();
    std::fs::write(d.join("photo.png"), [0u8, 1]).unwrap();
    std::fs::write(d.join("notes.docx"), [0u8, 1]).unwrap();
    let mut h = harness(AppState::new(project(), None));
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(d.to_path_buf())));
    h.run_steps(2);
    h.state_mut().wait_for_jobs();
    h.run_steps(2);
    let s = h.state();
    let names: Vec<&str> = s.project.documents[2..]
        .iter()
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(names, ["part-2", "part-10"]);
    let m = s.message.clone().expect("a message");
    assert!(m.text.contains("2 files skipped"), "{}", m.text);
    assert_eq!(m.details.len(), 2, "{:?}", m.details);
    assert!(
        m.details[0].ends_with("notes.docx: unsupported file type"),
        "{:?}",
        m.details
    );
    assert!(
        m.details[1].ends_with("photo.png: unsupported file type"),
        "{:?}",
        m.details
    );
    // Resting the pointer on the message shows every skipped file.
    // (The harness's clock stands still: no waiting for the tooltip delay.)
    h.ctx
        .global_style_mut(|st| st.interaction.tooltip_delay = 0.0);
    h.get_by_label_contains("2 files skipped").hover();
    h.run_steps(3);
    let tip = h.get_by_role(egui::accesskit::Role::Tooltip);
    tip.get_by_label_contains(&format!(
        "{}: unsupported file type",
        d.join("notes.docx").display()
    ));
    tip.get_by_label_contains("photo.png: unsupported file type");
}

#[test]
fn the_inspector_does_not_widen_itself_frame_after_frame() {
    let mut p = project();
    let id = pending(&mut p, 0, "9", "FIGURE");
    let mut st = AppState::new(p, None);
    st.execute(Command::SelectSpan(id));
    st.execute(Command::SetAttr {
        span: id,
        key: "value".into(),
        value: "48000".into(),
    });
    let mut h = harness(st);
    let width = |h: &Harness<'_, AppState>| h.get_by_label_contains("Delete span").rect().min.x;
    h.run_steps(3);
    let before = width(&h);
    h.run_steps(30);
    assert_eq!(width(&h), before, "the right panel moved");
}

#[test]
fn why_pieces_highlight_in_the_article_on_hover_and_click() {
    let mut h = harness(AppState::new(suggestible(), None));
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    h.run_steps(2);
    h.state_mut().wait_for_jobs();
    h.key_press(Key::Tab);
    h.run_steps(3);
    let span = h.state().selected_span().cloned().expect("a suggestion");
    let Why::Found(why) = h.state_mut().explanation(0, &span) else {
        panic!("rule suggestions explain themselves");
    };
    let piece = why.pieces.first().expect("matched pieces").clone();
    let text = h.state().current_doc().unwrap().text()[piece.start..piece.end].to_string();
    let label = format!("{} “{text}”", piece.role);
    let at = h.get_by_label(&label).rect().center();
    h.hover_at(egui::pos2(at.x as f32, at.y as f32));
    h.run_steps(2);
    assert_eq!(h.state().highlight, Some((piece.start, piece.end)));
    h.get_by_label(&label).click();
    h.run_steps(2);
    assert_eq!(
        h.state().highlight_pinned,
        Some((span.id, piece.start, piece.end))
    );
}

#[test]
fn a_cancelled_save_leaves_the_file_and_keeps_the_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut p = project();
    pending(&mut p, 0, "9", "FIGURE");
    newsmark::project::save(&p, &path).unwrap();
    let on_disk = std::fs::read(&path).unwrap();
    let mut h = harness(AppState::new(p, Some(path.clone())));
    h.key_press(Key::Tab);
    h.key_press(Key::A);
    h.run_steps(2);
    let hold = hold_jobs(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    hold.store(false, std::sync::atomic::Ordering::Relaxed);
    h.state_mut().wait_for_jobs();
    h.run_steps(2);
    assert_eq!(std::fs::read(&path).unwrap(), on_disk);
    assert!(h.state().dirty());
    assert_eq!(h.state().pending_count(), 0, "the accept is kept");
    let m = h.state().message.clone().unwrap();
    assert!(m.error && m.text.contains("cancelled"), "{m:?}");
    // No temporary file is left behind.
    assert_eq!(files_in(dir.path()), vec![path]);
}

#[test]
fn explanations_come_back_after_save_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut p = suggestible();
    newsmark::rules::apply_suggestions(&mut p, 0, newsmark::rules::RuleSet::builtin());
    newsmark::project::save(&p, &path).unwrap();
    let back = newsmark::project::load(&path).unwrap();
    assert!(back.documents[0].spans().iter().all(|s| s.why.is_none()));
    let mut h = harness(AppState::new(back, Some(path)));
    h.key_press(Key::Tab);
    h.run_steps(3);
    let span = h.state().selected_span().cloned().expect("a suggestion");
    let original = newsmark::rules::RuleSet::builtin()
        .suggest_explained(p.documents[0].text())
        .into_iter()
        .find(|s| (s.start, s.end, &*s.label) == (span.start, span.end, span.label.as_str()))
        .and_then(|s| s.why)
        .expect("explained when suggested");
    let Why::Found(again) = h.state_mut().explanation(0, &span) else {
        panic!("recomputed");
    };
    assert_eq!(again, original);
    let piece = again.pieces.first().expect("matched pieces").clone();
    let text = h.state().current_doc().unwrap().text()[piece.start..piece.end].to_string();
    assert!(
        h.query_by_label(&format!("{} “{text}”", piece.role))
            .is_some()
    );
}

#[test]
fn ctrl_shift_l_reloads_an_edited_rule_file_and_reports_errors() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("my.rules.ron");
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/rules/news.ron"
    ))
    .unwrap();
    std::fs::write(&rules, &src).unwrap();
    let mut p = suggestible();
    p.rules = newsmark::project::RulesRef::File(rules.clone());
    let mut h = harness(AppState::new(p, None));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    h.run_steps(2);
    let m = h.state().message.clone().expect("a message");
    assert!(
        !m.error && m.text.starts_with("Rules reloaded"),
        "{}",
        m.text
    );
    std::fs::write(&rules, "(name: \"broken\", rules: [").unwrap();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    h.run_steps(2);
    let m = h.state().message.clone().expect("a message");
    assert!(m.error && m.text.contains("my.rules.ron:1:"), "{}", m.text);
}

#[test]
fn a_long_article_is_explained_off_the_ui_thread() {
    // Past the inline limit: the explanation comes from a job, and the
    // frame that selects the span says it is coming.
    let para = "Prices rose 12% in May, the statistics office said. \
                \"We expect more,\" Ms. Lee said.\n\n";
    let text = para.repeat(200 * 1024 / para.len());
    let p = suggested_as_read_back("long", &text);
    let mut h = harness(AppState::new(p, None));
    let hold = hold_jobs(&mut h);
    h.key_press(Key::Tab);
    h.run_steps(3);
    let span = h.state().selected_span().cloned().expect("a suggestion");
    assert_eq!(h.state_mut().explanation(0, &span), Why::Working);
    assert!(
        h.query_by_label_contains("rules are running over this long article")
            .is_some()
    );
    // The rules are reloaded meanwhile: a result made with the old ones is
    // not used, a new job runs with the new ones.
    h.state_mut().forget_rules();
    assert_eq!(h.state_mut().explanation(0, &span), Why::Working);
    h.state_mut()
        .explained_done(("long".into(), text.len(), 0), Vec::new());
    assert_eq!(h.state_mut().explanation(0, &span), Why::Working);
    hold.store(false, std::sync::atomic::Ordering::Relaxed);
    h.state_mut().wait_for_jobs();
    h.run_steps(2);
    let original = newsmark::rules::RuleSet::builtin()
        .suggest_explained(&text)
        .into_iter()
        .find(|s| (s.start, s.end, &*s.label) == (span.start, span.end, span.label.as_str()))
        .and_then(|s| s.why)
        .expect("explained when suggested");
    assert_eq!(h.state_mut().explanation(0, &span), Why::Found(original));
    assert!(
        h.query_all_by_label_contains("Finding why")
            .next()
            .is_none()
    );
}

#[test]
fn a_rule_file_that_does_not_load_is_named_in_the_inspector() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    std::fs::write(&bad, "(rules: [ (id: \"x\", ").unwrap();
    let mut p = suggested_as_read_back("a", "Prices rose 12% in May, the office said.\n");
    p.rules = newsmark::project::RulesRef::File(bad.clone());
    let mut h = harness(AppState::new(p, None));
    h.key_press(Key::Tab);
    h.run_steps(3);
    let span = h.state().selected_span().cloned().expect("a suggestion");
    let Why::NoRules(e) = h.state_mut().explanation(0, &span) else {
        panic!("a rule file that does not load is not the rules no longer matching");
    };
    assert!(e.contains("broken.ron"), "{e}");
    assert!(
        h.query_by_label_contains("the project's rules did not load")
            .is_some()
    );
    // Mended and reloaded, the explanation comes back.
    std::fs::write(&bad, newsmark::rules::BUILTIN_RON).unwrap();
    h.state_mut().forget_rules();
    assert!(matches!(h.state_mut().explanation(0, &span), Why::Found(_)));
}

/// A project of one document `id` with the built-in rules' suggestions, as
/// read back from a project file: explanations are not saved.
fn suggested_as_read_back(id: &str, text: &str) -> Project {
    let mut p = Project::new();
    p.documents.push(Document::new(id, id, text.to_string()));
    newsmark::rules::apply_suggestions(&mut p, 0, newsmark::rules::RuleSet::builtin());
    let unexplained = p.documents[0]
        .spans()
        .iter()
        .cloned()
        .map(|mut s| {
            s.why = None;
            s
        })
        .collect();
    assert!(p.documents[0].set_spans(unexplained).is_empty());
    p
}

#[test]
fn every_press_counts_when_several_arrive_in_one_frame() {
    let mut p = project();
    let q = pending(&mut p, 0, "“we will win”", "QUOTE");
    let f = pending(&mut p, 0, "9", "FIGURE");
    let mut h = harness(AppState::new(p, None));
    // Tab, A, A in one frame: select, accept, accept the next.
    h.key_press(Key::Tab);
    h.key_press(Key::A);
    h.key_press(Key::A);
    h.run_steps(3);
    let d = h.state().current_doc().unwrap();
    assert_eq!(d.span(q).unwrap().status, Status::Accepted);
    assert_eq!(d.span(f).unwrap().status, Status::Accepted);
}

#[test]
fn space_after_tab_does_not_press_a_button_left_focused() {
    let mut p = project();
    let q = pending(&mut p, 0, "“we will win”", "QUOTE");
    let f = pending(&mut p, 0, "9", "FIGURE");
    for id in [q, f] {
        p.documents[0]
            .update_span(id, |s| {
                s.attrs.insert("note", "kept".into());
            })
            .unwrap();
    }
    let mut h = harness(AppState::new(p, None));
    h.key_press(Key::Tab);
    h.run_steps(2);
    assert_eq!(h.state().selected, Some(q));
    // Into the attribute field, then Tab: egui moves focus to its "×".
    h.get_by_label("note").click();
    h.run_steps(2);
    assert!(h.ctx.text_edit_focused());
    h.key_press(Key::Tab);
    h.run_steps(2);
    assert!(!h.ctx.text_edit_focused());
    // Tab reviews the next suggestion; Space must not remove its attribute.
    h.key_press(Key::Tab);
    h.run_steps(2);
    assert_eq!(h.state().selected, Some(f));
    h.key_press(Key::Space);
    h.run_steps(2);
    let d = h.state().current_doc().unwrap();
    assert_eq!(
        d.span(f).unwrap().attrs.get("note").map(String::as_str),
        Some("kept")
    );
    assert_eq!(
        d.span(q).unwrap().attrs.get("note").map(String::as_str),
        Some("kept")
    );
}

#[test]
fn a_relabelled_span_drops_the_old_labels_attribute() {
    let mut p = project();
    let q = pending(&mut p, 0, "“we will win”", "QUOTE");
    let f = pending(&mut p, 0, "9", "FIGURE");
    p.documents[0]
        .update_span(q, |s| {
            s.attrs.insert("speaker", "She".into());
        })
        .unwrap();
    p.documents[0]
        .update_span(f, |s| {
            s.attrs.insert("value", "9".into());
        })
        .unwrap();
    let mut h = harness(AppState::new(p, None));
    // The QUOTE becomes a CLAIM: who said it is now its claimant.
    h.key_press(Key::Tab);
    h.run_steps(2);
    h.key_press(Key::Num1);
    h.run_steps(2);
    let d = h.state().current_doc().unwrap();
    let s = d.span(q).unwrap();
    assert_eq!(s.label, "CLAIM");
    assert_eq!(s.attrs.get("claimant").map(String::as_str), Some("She"));
    assert!(s.attrs.get("speaker").is_none());
    // The FIGURE becomes a CLAIM: its value is no claimant.
    h.key_press(Key::Tab);
    h.run_steps(2);
    assert_eq!(h.state().selected, Some(f));
    h.key_press(Key::Num1);
    h.run_steps(2);
    let s = h.state().current_doc().unwrap().span(f).unwrap();
    assert_eq!(s.label, "CLAIM");
    assert!(s.attrs.get("value").is_none() && s.attrs.get("claimant").is_none());
}

#[test]
fn save_in_the_quit_question_of_an_untitled_project_saves_then_quits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chosen.ron");
    let mut p = project();
    pending(&mut p, 0, "9", "FIGURE");
    let mut state = AppState::new(p, None);
    state.typed_dialogs = true;
    let mut h = harness(state);
    h.key_press(Key::Tab);
    h.key_press(Key::X);
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run_steps(2);
    h.get_by_label("Save").click();
    h.run_steps(2);
    assert!(matches!(h.state().dialog, Some(Dialog::TypedPath { .. })));
    h.state_mut()
        .picked(super::app::jobs::Purpose::SaveAs, vec![path.clone()]);
    h.state_mut().dialog = None;
    h.run_steps(2);
    h.state_mut().wait_for_jobs();
    h.run_steps(2);
    assert!(path.exists());
    assert!(!h.state().dirty());
    assert!(h.state().quit_now, "{:?}", h.state().message);
}

#[test]
fn esc_after_a_in_one_frame_accepts_first_then_clears() {
    let mut p = project();
    let q = pending(&mut p, 0, "“we will win”", "QUOTE");
    pending(&mut p, 0, "9", "FIGURE");
    let mut h = harness(AppState::new(p, None));
    h.key_press(Key::Tab);
    h.run_steps(2);
    assert_eq!(h.state().selected, Some(q));
    // Esc used to clear the selection before the queued accept ran.
    h.key_press(Key::A);
    h.key_press(Key::Escape);
    h.run_steps(2);
    let d = h.state().current_doc().unwrap();
    assert_eq!(d.span(q).unwrap().status, Status::Accepted);
    assert_eq!(h.state().selected, None);
}
