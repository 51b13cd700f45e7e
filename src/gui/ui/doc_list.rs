//! The document list on the left: filter, then one row per document with
//! its state and counts of accepted and pending spans.

use egui::{Align2, Color32, FontId, Sense, Stroke, Ui, WidgetInfo, pos2, vec2};
use newsmark::DocState;

use super::super::app::{AppState, Command};

/// Draws the list.
pub fn ui(state: &mut AppState, ui: &mut Ui) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.strong("Documents");
        ui.weak(format!("{}", state.project.documents.len()));
    });
    ui.add(
        egui::TextEdit::singleline(&mut state.filter)
            .hint_text("Filter by name")
            .desired_width(f32::INFINITY),
    );
    ui.add_space(4.0);
    let list = state.filtered_docs();
    if list.is_empty() {
        ui.weak(if state.project.documents.is_empty() {
            "No documents yet: File > Import (Ctrl+I), or drop files on the window."
        } else {
            "No document matches the filter."
        });
        return;
    }
    let row_h = ui.text_style_height(&egui::TextStyle::Body) * 2.0 + 8.0;
    egui::ScrollArea::vertical()
        .id_salt("doc-list")
        .auto_shrink(false)
        .show_rows(ui, row_h, list.len(), |ui, rows| {
            for &i in &list[rows] {
                row(state, ui, i, row_h);
            }
        });
}

fn row(state: &mut AppState, ui: &mut Ui, i: usize, h: f32) {
    let Some(d) = state.project.documents.get(i) else {
        return;
    };
    let [acc, pen, _] = AppState::counts(d);
    let state_text = match d.state {
        DocState::NotStarted => "not started",
        DocState::InProgress => "in progress",
        DocState::Done => "done",
    };
    let current = i == state.doc;
    let name = d.name.clone();
    let (rect, resp) = ui.allocate_exact_size(vec2(ui.available_width(), h), Sense::click());
    let v = ui.visuals();
    if current {
        ui.painter().rect_filled(
            rect.shrink(1.0),
            4.0,
            v.selection.bg_fill.gamma_multiply(0.45),
        );
    } else if resp.hovered() {
        ui.painter()
            .rect_filled(rect.shrink(1.0), 4.0, v.widgets.hovered.weak_bg_fill);
    }
    let body = FontId::proportional(ui.text_style_height(&egui::TextStyle::Body) * 0.95);
    let small = FontId::proportional(body.size * 0.85);
    let p = ui.painter().with_clip_rect(rect.intersect(ui.clip_rect()));
    let x = rect.min.x + 6.0;
    // State icon: empty ring, ring with a dot, filled green disc.
    let c = pos2(x + 6.0, rect.min.y + 5.0 + body.size * 0.6);
    let green = Color32::from_rgb(0x16, 0xa3, 0x4a);
    match d.state {
        DocState::NotStarted => {
            p.circle_stroke(c, 5.0, Stroke::new(1.2, v.weak_text_color()));
        }
        DocState::InProgress => {
            p.circle_stroke(
                c,
                5.0,
                Stroke::new(1.2, Color32::from_rgb(0xca, 0x8a, 0x04)),
            );
            p.circle_filled(c, 2.5, Color32::from_rgb(0xca, 0x8a, 0x04));
        }
        DocState::Done => {
            p.circle_filled(c, 5.5, green);
        }
    }
    let name_col = if current {
        v.strong_text_color()
    } else {
        v.text_color()
    };
    p.text(
        pos2(x + 18.0, rect.min.y + 5.0),
        Align2::LEFT_TOP,
        &name,
        body,
        name_col,
    );
    p.text(
        pos2(x + 18.0, rect.max.y - 5.0),
        Align2::LEFT_BOTTOM,
        format!("{acc} accepted · {pen} pending"),
        small,
        v.weak_text_color(),
    );
    let resp = resp.on_hover_text(format!(
        "{name}: {acc} accepted, {pen} pending, {state_text}"
    ));
    resp.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &name));
    if resp.clicked() {
        state.send(Command::GoToDoc(i));
    }
}
