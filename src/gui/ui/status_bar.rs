//! The status bar: document i of n, counts, saved or unsaved, running jobs
//! and the last message.

use egui::{Color32, RichText, Ui};

use super::super::app::AppState;

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
        for j in state.jobs.running() {
            ui.separator();
            ui.spinner();
            ui.label(format!(
                "{} ({:.0} s)",
                j.label,
                j.started.elapsed().as_secs_f32()
            ));
        }
        // Notes fade after a while; errors stay until the next message.
        if let Some(m) = state
            .message
            .as_ref()
            .filter(|m| m.error || m.at.elapsed().as_secs() < 12)
        {
            ui.separator();
            let t = RichText::new(&m.text);
            ui.add(
                egui::Label::new(if m.error {
                    t.color(ui.visuals().error_fg_color)
                } else {
                    t
                })
                .truncate(),
            );
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.weak("F1 shortcuts");
        });
    });
}
