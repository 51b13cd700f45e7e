//! Drawing the window: one file per part of the screen. Widgets only read
//! the state and queue [`Command`]s; the commands run after drawing.

mod dialogs;
mod doc_list;
mod inspector;
mod keys;
mod menus;
mod paint;
mod status_bar;
mod text_layout;
mod text_view;

use egui::{CentralPanel, Panel, ViewportCommand};

use super::app::{AppState, Command};

pub use text_layout::UiCache;

impl AppState {
    /// Screen rectangle of the character at byte `b` of the current
    /// document, if it was drawn in the last frame (tests aim with it).
    #[cfg(test)]
    pub fn char_rect(&self, b: usize) -> Option<egui::Rect> {
        text_view::char_rect(self, b)
    }

    /// Draws the whole window into `ui` and handles its input. Usable from
    /// `eframe`, `egui_kittest` and a bare `egui::Context::run_ui`.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.jobs.set_context(&ctx);
        self.tick();
        // Set again by the inspector while a "Why" piece is hovered.
        self.highlight = None;
        ctx.set_theme(if self.view.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });

        // Closing the window with unsaved changes asks first.
        if ctx.input(|i| i.viewport().close_requested()) && !self.quit_now {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.send(Command::Quit);
        }
        let dropped: Vec<_> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.send(Command::ImportPaths(dropped));
        }
        keys::handle(self, &ctx);

        Panel::top("menu").show(ui, |ui| menus::ui(self, ui));
        Panel::bottom("status").show(ui, |ui| status_bar::ui(self, ui));
        Panel::left("documents")
            .resizable(true)
            .default_size(230.0)
            .size_range(160.0..=480.0)
            .show(ui, |ui| doc_list::ui(self, ui));
        Panel::right("inspector")
            .resizable(true)
            .default_size(330.0)
            .size_range(240.0..=600.0)
            .show(ui, |ui| inspector::ui(self, ui));
        CentralPanel::default().show(ui, |ui| text_view::ui(self, ui));
        dialogs::ui(self, &ctx);

        self.run_queue();
        self.store_prefs();
        let title = self.title();
        if self.ui_cache.title != title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.ui_cache.title = title;
        }
        if self.quit_now {
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        // Poll running jobs, and wake for the autosave timer, without input.
        if !self.jobs.running().is_empty() {
            // Often enough for a smooth progress bar, cheap when idle.
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        } else if self.dirty() {
            ctx.request_repaint_after(super::app::autosave::INTERVAL);
        }
    }
}
