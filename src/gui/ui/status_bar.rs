//! The status bar: document i of n, counts, saved or unsaved, running jobs
//! and the last message.

use egui::{Color32, RichText, Ui};

use super::super::app::{AppState, Command};

/// Draws the bar.
pub fn ui(state: &mut AppState, ui: &mut Ui) {
    ui.horizontal(|ui| {
        let n = state.project.documents.len();
        if let Some(d) = state.current_doc() {
            let [a, p, r] = AppState::counts(d);
            ui.label(format!("Document {} of {n}", state.doc + 1));
            ui.separator();
            ui.label(format!("{a} accepted · {p} pending · {r} rejected"));
        } else {
            ui.label("No documents");
        }
        ui.separator();
        if state.dirty() {
            ui.label(RichText::new("• Unsaved changes").color(Color32::from_rgb(0xd9, 0x77, 0x06)));
        } else {
            ui.label("Saved");
        }
        let mut cancel = false;
        for j in state.jobs.running() {
            // Autosave and dialogs are quick or wait on the user: no bar.
            if !j.spec.cancellable && j.fraction().is_none() {
                if j.label != "Autosave" && j.label != "Dialog" {
                    ui.separator();
                    ui.spinner();
                    ui.label(j.progress_text());
                }
                continue;
            }
            ui.separator();
            let text = j.progress_text();
            match j.fraction() {
                Some(f) => {
                    ui.add(
                        egui::ProgressBar::new(f)
                            .desired_width(140.0)
                            .desired_height(12.0),
                    );
                }
                None => {
                    ui.spinner();
                }
            }
            ui.label(text);
            if j.spec.cancellable {
                if j.ctl.cancelled() {
                    ui.weak("cancelling…");
                } else if ui
                    .small_button("Cancel")
                    .on_hover_text(format!("{} (Esc)", j.spec.cancel_note))
                    .clicked()
                {
                    cancel = true;
                }
            }
        }
        if cancel {
            state.send(Command::CancelJobs);
        }
        // Notes fade after a while; errors, and notes with details to read,
        // stay until the next message.
        if let Some(m) = state
            .message
            .as_ref()
            .filter(|m| m.error || !m.details.is_empty() || m.at.elapsed().as_secs() < 12)
        {
            ui.separator();
            let t = RichText::new(&m.text);
            let t = if m.error {
                t.color(ui.visuals().error_fg_color)
            } else {
                t
            };
            // Leave room for the hint on the right, or the two overlap.
            let room = (ui.available_width() - 100.0).max(0.0);
            let h = ui.spacing().interact_size.y;
            ui.allocate_ui(egui::vec2(room, h), |ui| {
                // With details, one tooltip holds the whole message and them.
                let label = ui.add(
                    egui::Label::new(t)
                        .truncate()
                        .show_tooltip_when_elided(m.details.is_empty()),
                );
                if !m.details.is_empty() {
                    label.on_hover_ui(|ui| {
                        ui.label(&m.text);
                        for d in &m.details {
                            ui.label(d);
                        }
                    });
                }
            });
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.weak("F1 shortcuts");
        });
    });
}
