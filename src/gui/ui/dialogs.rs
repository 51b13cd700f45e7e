//! Dialogs over the window (unsaved changes, accept all, restore the
//! autosave, type a path) and the keyboard shortcuts overlay.

use egui::{Context, Id, Key, Modal, RichText};

use super::super::app::command::bindings;
use super::super::app::jobs::Purpose;
use super::super::app::{AppState, Command, Dialog};

/// Shows the open dialog, if any, and the shortcuts overlay.
pub fn ui(state: &mut AppState, ctx: &Context) {
    if state.show_shortcuts {
        shortcuts(state, ctx);
    }
    // Taken out while shown: a button may open the next dialog in its place.
    let Some(dialog) = state.dialog.take() else {
        return;
    };
    let mut keep = dialog.clone();
    let mut close = false;
    let esc = ctx.input(|i| i.key_pressed(Key::Escape));
    Modal::new(Id::unique("dialog")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        match dialog.clone() {
            Dialog::Unsaved { then } => {
                ui.heading("Unsaved changes");
                ui.label(format!(
                    "{} has changes that are not saved. Save them before you go on?",
                    state.name()
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        close = true;
                        state.save_and(then.clone());
                    }
                    if ui.button("Discard").clicked() {
                        close = true;
                        state.discard_and(then.clone());
                    }
                    if ui.button("Cancel").clicked() || esc {
                        close = true;
                    }
                });
            }
            Dialog::AcceptAll { count } => {
                ui.heading("Accept all suggestions?");
                ui.label(format!(
                    "Accept the {count} pending suggestion(s) in this document? Undo (Ctrl+Z) reverts it."
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let ok = ui.button(format!("Accept {count}"));
                    if ok.clicked() || ui.input(|i| i.key_pressed(Key::Enter)) {
                        close = true;
                        state.send(Command::AcceptAll);
                    }
                    if ui.button("Cancel").clicked() || esc {
                        close = true;
                    }
                });
            }
            Dialog::Restore { copy } => {
                ui.heading("Restore unsaved changes?");
                ui.label(format!(
                    "Newsmark found changes that were not saved when it last closed ({}).",
                    copy.display()
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        close = true;
                        state.restore(copy.clone());
                    }
                    if ui.button("Discard them").clicked() {
                        close = true;
                        std::fs::remove_file(&copy).ok();
                        state.say("Discarded the autosaved changes");
                    }
                    if ui.button("Decide later").clicked() || esc {
                        close = true;
                    }
                });
            }
            Dialog::Recover { copy } => {
                ui.heading("Restore unsaved work?");
                ui.label(format!(
                    "An untitled project was not saved when Newsmark last closed. Restore it? ({})",
                    copy.display()
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        close = true;
                        state.recover(copy.clone());
                    }
                    if ui.button("Discard it").clicked() {
                        close = true;
                        super::super::app::autosave::remove_recovery(&copy);
                        state.say("Discarded the unsaved work");
                    }
                    if ui.button("Decide later").clicked() || esc {
                        close = true;
                    }
                });
            }
            Dialog::Export {
                mut format,
                mut status,
                mut done_only,
                mut attrs,
                mut path,
            } => {
                use newsmark::formats::export::{DocFilter, ExportOptions, Format, StatusFilter};
                ui.heading("Export");
                egui::Grid::new("export").num_columns(2).show(ui, |ui| {
                    ui.label("Format");
                    let before = format;
                    egui::ComboBox::from_id_salt("export-format")
                        .selected_text(format.name())
                        .show_ui(ui, |ui| {
                            for f in Format::ALL {
                                ui.selectable_value(&mut format, f, f.name());
                            }
                        });
                    if format != before {
                        path = state.export_path(format);
                    }
                    ui.end_row();
                    ui.label("Spans");
                    ui.horizontal(|ui| {
                        for s in [StatusFilter::Accepted, StatusFilter::Pending, StatusFilter::All] {
                            ui.radio_value(&mut status, s, s.name());
                        }
                    });
                    ui.end_row();
                    ui.label("Documents");
                    ui.checkbox(&mut done_only, "only those marked done");
                    ui.end_row();
                    ui.label("Attributes");
                    ui.checkbox(&mut attrs, "include where the format can");
                    ui.end_row();
                    ui.label(if format == Format::Brat { "Folder" } else { "File" });
                    ui.horizontal(|ui| {
                        ui.add(egui::TextEdit::singleline(&mut path).desired_width(300.0));
                        if ui.button("Browse…").clicked() {
                            state.pick(Purpose::Export);
                        }
                    });
                    ui.end_row();
                });
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Export").clicked() && !path.trim().is_empty() {
                        close = true;
                        let mut opts = ExportOptions::new(format);
                        opts.status = status;
                        opts.docs = if done_only { DocFilter::Done } else { DocFilter::All };
                        opts.include_attrs = attrs;
                        state.export(opts, std::path::PathBuf::from(path.trim()));
                    }
                    if ui.button("Cancel").clicked() || esc {
                        close = true;
                    }
                });
                keep = Dialog::Export {
                    format,
                    status,
                    done_only,
                    attrs,
                    path,
                };
            }
            Dialog::TypedPath { purpose, mut text } => {
                ui.heading(purpose.title());
                ui.label(match purpose {
                    Purpose::Open => "Path of the project file (.ron):",
                    Purpose::SaveAs => "Save the project to (.ron):",
                    Purpose::ImportFiles => "Files to import (separate several with ';'):",
                    Purpose::ImportFolder => "Folder to import:",
                    Purpose::Export => "Folder to export to:",
                });
                let r = ui.add(
                    egui::TextEdit::singleline(&mut text)
                        .desired_width(420.0)
                        .hint_text("/path/to/file"),
                );
                if !r.has_focus() && !r.lost_focus() {
                    r.request_focus();
                }
                let enter = r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("OK").clicked() || enter {
                        let paths: Vec<_> = text
                            .split(';')
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(std::path::PathBuf::from)
                            .collect();
                        if !paths.is_empty() {
                            close = true;
                            state.picked(purpose, paths);
                        }
                    }
                    if ui.button("Cancel").clicked() || esc {
                        close = true;
                        // Nothing chosen: a quit waiting on this save is off.
                        state.picked(purpose, Vec::new());
                    }
                });
                keep = Dialog::TypedPath { purpose, text };
            }
        }
    });
    if !close && state.dialog.is_none() {
        state.dialog = Some(keep);
    }
}

fn shortcuts(state: &mut AppState, ctx: &Context) {
    let mut open = true;
    egui::Window::new("Keyboard shortcuts")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        // The list is taller than a small window: it scrolls inside one.
        .max_height((ctx.content_rect().height() - 80.0).max(120.0))
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| shortcut_rows(state, ctx, ui));
        });
    if !open {
        state.show_shortcuts = false;
    }
}

fn shortcut_rows(state: &AppState, ctx: &Context, ui: &mut egui::Ui) {
    egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
        let mut row = |k: String, what: String| {
            ui.monospace(k);
            ui.label(what);
            ui.end_row();
        };
        row(
            "drag".into(),
            "select text, snapped to words (hold Alt for exact characters)".into(),
        );
        row(
            "double / triple click".into(),
            "select a word / a sentence".into(),
        );
        row(
            "click".into(),
            "select the span (again: the span around it)".into(),
        );
        for l in &state.project.labels {
            if let Some(k) = l.hotkey {
                row(
                    k.to_string(),
                    format!("tag selection as {} / relabel span", l.name),
                );
            }
        }
        for (b, cmd) in bindings() {
            row(ctx.format_shortcut(&b.shortcut()), cmd.text());
        }
        row("F1, ?".into(), "this overlay".into());
        row("Esc".into(), "clear the selection, close dialogs".into());
    });
    ui.add_space(6.0);
    ui.label(RichText::new("Single keys do nothing while a text field has focus.").weak());
}
