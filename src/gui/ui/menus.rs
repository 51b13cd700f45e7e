//! The menu bar: File, Edit, Review, View, Help. Each entry sends a command
//! and shows the command's shortcut.

use egui::{Button, Ui};

use super::super::app::command::shortcut_text;
use super::super::app::{AppState, Command, Scope};

fn item(state: &mut AppState, ui: &mut Ui, cmd: Command, enabled: bool) {
    let mut b = Button::new(cmd.text());
    if let Some(s) = shortcut_text(ui.ctx(), &cmd) {
        b = b.shortcut_text(s);
    }
    if ui.add_enabled(enabled, b).clicked() {
        state.send(cmd);
        ui.close();
    }
}

/// Draws the menu bar.
pub fn ui(state: &mut AppState, ui: &mut Ui) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            item(state, ui, Command::New, true);
            item(state, ui, Command::Open, true);
            ui.menu_button("Open recent", |ui| {
                if state.recent.is_empty() {
                    ui.weak("Nothing yet");
                }
                for p in state.recent.clone() {
                    if ui.button(p.display().to_string()).clicked() {
                        state.send(Command::OpenPath(p));
                        ui.close();
                    }
                }
            });
            ui.separator();
            item(state, ui, Command::ImportFiles, true);
            item(state, ui, Command::ImportFolder, true);
            ui.separator();
            item(state, ui, Command::Save, true);
            item(state, ui, Command::SaveAs, true);
            item(state, ui, Command::Export, true);
            ui.separator();
            item(state, ui, Command::Quit, true);
        });
        ui.menu_button("Edit", |ui| {
            let (u, r) = (state.history.can_undo(), state.history.can_redo());
            item(state, ui, Command::Undo, u);
            item(state, ui, Command::Redo, r);
            ui.separator();
            item(state, ui, Command::Find, true);
            item(state, ui, Command::DeleteSpan, state.selected.is_some());
        });
        ui.menu_button("Review", |ui| {
            item(state, ui, Command::Suggest(Scope::Document), true);
            item(state, ui, Command::Suggest(Scope::Project), true);
            item(state, ui, Command::ReloadRules, true);
            ui.separator();
            item(state, ui, Command::NextSuggestion, true);
            item(state, ui, Command::PrevSuggestion, true);
            item(state, ui, Command::Accept, true);
            item(state, ui, Command::Reject, true);
            item(state, ui, Command::AcceptAllAsk, true);
            ui.separator();
            item(state, ui, Command::NextDoc, true);
            item(state, ui, Command::PrevDoc, true);
            item(state, ui, Command::MarkDone, true);
        });
        ui.menu_button("View", |ui| {
            let dark = state.view.dark;
            if ui.radio(!dark, "Light theme").clicked() {
                state.send(Command::SetDark(false));
            }
            if ui.radio(dark, "Dark theme").clicked() {
                state.send(Command::SetDark(true));
            }
            ui.separator();
            item(state, ui, Command::FontBigger, true);
            item(state, ui, Command::FontSmaller, true);
            ui.weak(format!("Text size {:.0} pt", state.view.font_size));
        });
        ui.menu_button("Help", |ui| {
            item(state, ui, Command::Shortcuts, true);
        });
    });
}
