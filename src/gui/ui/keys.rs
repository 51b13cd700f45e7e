//! Turns key presses into commands. Single-key shortcuts (label hotkeys,
//! A, X, Tab, Delete, ...) never fire while a text field has focus or a
//! dialog is open.

use egui::{Context, Key, Modifiers};

use super::super::app::command::{bindings, hotkey_key};
use super::super::app::{AppState, Command};

/// Reads this frame's key presses and queues their commands.
pub fn handle(state: &mut AppState, ctx: &Context) {
    let typing = ctx.text_edit_focused();
    let blocked = state.dialog.is_some();
    if blocked {
        return;
    }
    if !typing && ctx.input(|i| i.key_pressed(Key::Tab)) {
        // Tab reviews suggestions here; keep egui from moving focus with it.
        ctx.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
    }
    let mut cmds = Vec::new();
    ctx.input_mut(|i| {
        for (b, cmd) in bindings() {
            if b.single && typing {
                continue;
            }
            let hit = if b.single {
                i.consume_key(b.modifiers, b.key)
            } else {
                i.consume_shortcut(&b.shortcut())
            };
            if hit {
                cmds.push(cmd);
            }
        }
        if typing {
            return;
        }
        // `?` arrives with Shift on most layouts.
        if i.consume_key(Modifiers::SHIFT, Key::Questionmark)
            || i.consume_key(Modifiers::NONE, Key::Questionmark)
        {
            cmds.push(Command::Shortcuts);
        }
        if state.show_shortcuts && i.consume_key(Modifiers::NONE, Key::Escape) {
            state.show_shortcuts = false;
        }
        // Esc stops long work before it clears the selection.
        if state.jobs.any_cancellable() && i.consume_key(Modifiers::NONE, Key::Escape) {
            cmds.push(Command::CancelJobs);
        }
        if i.consume_key(Modifiers::NONE, Key::Escape) {
            state.selection = None;
            state.selected = None;
        }
        for l in &state.project.labels {
            if let Some(k) = l.hotkey.and_then(hotkey_key)
                && i.consume_key(Modifiers::NONE, k)
            {
                cmds.push(Command::Label(l.name.clone()));
            }
        }
    });
    for c in cmds {
        state.send(c);
    }
}
