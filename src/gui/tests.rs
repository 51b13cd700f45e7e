//! Tests that drive the real window through egui_kittest: pointer drags,
//! key presses and the commands they trigger, on the same `AppState::ui`
//! the window runs.

use egui::{Key, Modifiers, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use newsmark::{Document, Origin, Project, Span, Status};

use super::app::{AppState, Command, Dialog};

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
