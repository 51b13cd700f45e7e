//! Turns key presses into commands. Single-key shortcuts (label hotkeys,
//! A, X, Tab, Delete, ...) never fire while a text field has focus or a
//! dialog is open.

use egui::{Context, Event, Key, Modifiers};

use super::super::app::command::{bindings, hotkey_key};
use super::super::app::{AppState, Command};

/// Reads this frame's key presses and queues their commands, one per
/// press and in the order pressed: several presses of a key can arrive in
/// one frame (fast typing, key repeat, a slow frame), and each counts.
pub fn handle(state: &mut AppState, ctx: &Context) {
    let typing = ctx.text_edit_focused();
    let blocked = state.dialog.is_some();
    if blocked {
        return;
    }
    if !typing && ctx.input(|i| i.key_pressed(Key::Tab)) {
        // Tab reviews suggestions here: keep egui from moving focus with
        // it, and let go of a button focused from a text field, or Space
        // would press it (the "×" that removes an attribute) on the next
        // span.
        ctx.memory_mut(|m| {
            m.move_focus(egui::FocusDirection::None);
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
    }
    let fixed = bindings();
    let mut cmds = Vec::new();
    ctx.input_mut(|i| {
        i.events.retain(|ev| {
            let Event::Key {
                key,
                modifiers,
                pressed: true,
                ..
            } = ev
            else {
                return true;
            };
            match command_for(state, &fixed, *key, *modifiers, typing) {
                Some(c) => {
                    cmds.push(c);
                    false
                }
                None => true,
            }
        });
    });
    for c in cmds {
        state.send(c);
    }
}

/// The command of one key press, or `None` when it is not ours.
fn command_for(
    state: &AppState,
    fixed: &[(super::super::app::command::Binding, Command)],
    key: Key,
    mods: Modifiers,
    typing: bool,
) -> Option<Command> {
    // Most specific first, as the list is ordered.
    for (b, cmd) in fixed {
        if b.single && typing {
            continue;
        }
        if key == b.key && mods.matches_logically(b.modifiers) {
            return Some(cmd.clone());
        }
    }
    if typing {
        return None;
    }
    let plain = mods.matches_logically(Modifiers::NONE);
    // `?` arrives with Shift on most layouts.
    if key == Key::Questionmark && (plain || mods.matches_logically(Modifiers::SHIFT)) {
        return Some(Command::Shortcuts);
    }
    if key == Key::Escape && plain {
        return Some(Command::Escape);
    }
    if plain {
        for l in &state.project.labels {
            if l.hotkey.and_then(hotkey_key) == Some(key) {
                return Some(Command::Label(l.name.clone()));
            }
        }
    }
    None
}
