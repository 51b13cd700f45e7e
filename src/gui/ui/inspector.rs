//! The right panel: the selected span (label, text, attributes, and for a
//! suggestion the rule that made it and why), then the document's spans as
//! a list; clicking one scrolls to it.

use egui::{Color32, RichText, ScrollArea, Ui};
use newsmark::{Label, Origin, Span, Status};

use super::super::app::{AppState, Command, Why};
use super::paint::label_color;

/// Draws the panel.
pub fn ui(state: &mut AppState, ui: &mut Ui) {
    ui.add_space(4.0);
    ui.strong("Selected span");
    ui.add_space(2.0);
    match state.selected_span().cloned() {
        Some(span) => span_ui(state, ui, &span),
        None => {
            ui.weak("Click a span or its label chip, or press Tab for the next suggestion. To tag, drag across text and press a label key:");
            for l in &state.project.labels {
                if let Some(k) = l.hotkey {
                    ui.horizontal(|ui| {
                        ui.monospace(k.to_string());
                        ui.label(
                            RichText::new(&l.name)
                                .color(label_color(&state.project, &l.name))
                                .strong(),
                        );
                        ui.weak(&l.description);
                    });
                }
            }
        }
    }
    ui.separator();
    span_list(state, ui);
}

fn span_ui(state: &mut AppState, ui: &mut Ui, span: &Span) {
    let Some(doc) = state.current_doc() else {
        return;
    };
    let text = doc.span_text(span).to_string();
    let (c0, c1) = (doc.char_at(span.start), doc.char_at(span.end));
    ui.horizontal(|ui| {
        let mut label = span.label.clone();
        egui::ComboBox::from_id_salt("span-label")
            .selected_text(
                RichText::new(&label)
                    .color(label_color(&state.project, &label))
                    .strong(),
            )
            .show_ui(ui, |ui| {
                for l in &state.project.labels {
                    ui.selectable_value(&mut label, l.name.clone(), &l.name);
                }
            })
            .response
            .accessible_name("Label of the span");
        if label != span.label {
            state.send(Command::Label(label));
        }
        let (status, col) = match span.status {
            Status::Accepted => ("accepted", Color32::from_rgb(0x16, 0xa3, 0x4a)),
            Status::Pending => ("suggestion, pending", Color32::from_rgb(0xca, 0x8a, 0x04)),
            Status::Rejected => ("rejected", Color32::GRAY),
        };
        ui.label(RichText::new(status).color(col));
    });
    ui.weak(format!("characters {c0}–{c1} · {}", span.id));
    ScrollArea::vertical()
        .id_salt("span-text")
        .max_height(110.0)
        .show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new(format!("“{text}”")).italics()).wrap());
        });
    if span.status == Status::Pending {
        ui.horizontal(|ui| {
            if ui.button("✔ Accept (A)").clicked() {
                state.send(Command::Accept);
            }
            if ui.button("× Reject (X)").clicked() {
                state.send(Command::Reject);
            }
        });
    }
    attributes(state, ui, span);
    if let Origin::Rule(rule) = &span.origin {
        ui.add_space(4.0);
        ui.strong("Why");
        ui.label(RichText::new(format!("rule {rule}")).monospace());
        if let Some(d) = state.rule_description(rule) {
            ui.label(d);
        }
        let doc = state.doc;
        match state.explanation(doc, span) {
            Why::Found(why) => {
                if !why.summary.is_empty() {
                    ui.label(&why.summary);
                }
                why_pieces(state, ui, span, &why.pieces);
            }
            Why::Working => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.weak("Finding why: the rules are running over this long article…");
                });
            }
            Why::Gone => {
                ui.weak("The current rules no longer make this suggestion.");
            }
            Why::NoRules(e) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("Cannot say why: the project's rules did not load. {e}"),
                );
            }
        }
    } else if let Origin::Import(tool) = &span.origin {
        ui.weak(format!("imported from {tool}"));
    }
    if ui.button("🗑 Delete span (Del)").clicked() {
        state.send(Command::DeleteSpan);
    }
}

/// The matched pieces, one per line as `role  "text"` in the body size.
/// Hovering one highlights it in the article; clicking scrolls there and
/// keeps it highlighted while the span stays selected.
fn why_pieces(state: &mut AppState, ui: &mut Ui, span: &Span, pieces: &[newsmark::Piece]) {
    let Some(doc) = state.current_doc() else {
        return;
    };
    let rows: Vec<(String, String, usize, usize)> = pieces
        .iter()
        .filter_map(|p| {
            let text = doc.text().get(p.start..p.end)?;
            // A piece can be a whole sentence: keep the panel short.
            let mut short: String = text.chars().take(120).collect();
            if short.len() < text.len() {
                short.push('…');
            }
            Some((
                p.role.clone(),
                short.replace(['\n', '\r'], " "),
                p.start,
                p.end,
            ))
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    ui.add_space(2.0);
    let pinned = state
        .highlight_pinned
        .filter(|(id, _, _)| *id == span.id)
        .map(|(_, a, b)| (a, b));
    let hl = ui.visuals().selection.bg_fill.gamma_multiply(0.35);
    for (role, text, start, end) in rows {
        let frame = egui::Frame::new()
            .inner_margin(egui::Margin::symmetric(4, 2))
            .corner_radius(3.0)
            .fill(if pinned == Some((start, end)) {
                hl
            } else {
                Color32::TRANSPARENT
            });
        let inner = frame.show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&role).monospace().weak());
                ui.add_space(6.0);
                ui.label(format!("“{text}”"));
            });
        });
        let resp = ui
            .interact(
                inner.response.rect,
                ui.scope_id().with(("why-piece", start, end)),
                egui::Sense::click(),
            )
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .on_hover_text("Click to show it in the article");
        resp.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{role} “{text}”"))
        });
        if resp.hovered() {
            state.highlight = Some((start, end));
        }
        if resp.clicked() {
            state.highlight_pinned = Some((span.id, start, end));
            state.scroll_to = Some(start);
        }
    }
}

fn attributes(state: &mut AppState, ui: &mut Ui, span: &Span) {
    ui.add_space(4.0);
    ui.strong("Attributes");
    let mut keys: Vec<String> = span.attrs.keys().map(str::to_string).collect();
    if let Some(main) = Label::main_attr(&span.label)
        && !keys.iter().any(|k| k == main)
    {
        keys.insert(0, main.to_string());
    }
    for key in keys {
        ui.horizontal(|ui| {
            let name = ui.add_sized([72.0, 18.0], egui::Label::new(&key).truncate());
            let mut v = span.attrs.get(&key).cloned().unwrap_or_default();
            // An exact size: `desired_width` leaves out the field's margins,
            // and a row wider than the panel widens it a little every frame.
            let reserve = if span.attrs.contains_key(&key) {
                ui.spacing().interact_size.y + 2.0 * ui.spacing().item_spacing.x
            } else {
                0.0
            };
            let w = (ui.available_width() - reserve).max(60.0);
            let r = ui
                .add_sized(
                    [w, ui.spacing().interact_size.y],
                    egui::TextEdit::singleline(&mut v).id_salt(("attr", span.id, &key)),
                )
                .labelled_by(name.id);
            if r.changed() {
                state.send(Command::SetAttr {
                    span: span.id,
                    key: key.clone(),
                    value: v,
                });
            }
            if span.attrs.contains_key(&key)
                && ui
                    .small_button("×")
                    .on_hover_text("Remove attribute")
                    .clicked()
            {
                state.send(Command::RemoveAttr { span: span.id, key });
            }
        });
    }
    let id = ui.scope_id().with("new-attr");
    let mut name: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal(|ui| {
        ui.add(
            egui::TextEdit::singleline(&mut name)
                .hint_text("new attribute")
                .desired_width(120.0),
        )
        .accessible_name("New attribute name");
        if ui.button("Add").clicked() && !name.trim().is_empty() {
            state.send(Command::SetAttr {
                span: span.id,
                key: name.trim().to_string(),
                value: String::new(),
            });
            name.clear();
        }
    });
    ui.data_mut(|d| d.insert_temp(id, name));
}

fn span_list(state: &mut AppState, ui: &mut Ui) {
    let Some(doc) = state.current_doc() else {
        return;
    };
    let rows: Vec<usize> = doc
        .spans()
        .iter()
        .enumerate()
        .filter(|(_, s)| state.show_rejected || s.status != Status::Rejected)
        .map(|(i, _)| i)
        .collect();
    ui.horizontal(|ui| {
        ui.strong(format!("Spans ({})", rows.len()));
        ui.checkbox(&mut state.show_rejected, "show rejected");
    });
    let Some(doc) = state.current_doc() else {
        return;
    };
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let mut clicked = None;
    let selected = state.selected;
    let font = egui::FontId::proportional(ui.text_style_height(&egui::TextStyle::Body) * 0.92);
    ScrollArea::vertical()
        .id_salt(("span-list", state.doc))
        .auto_shrink(false)
        .show_rows(ui, row_h, rows.len(), |ui, range| {
            for &i in &rows[range] {
                let Some(s) = doc.spans().get(i) else {
                    continue;
                };
                let (rect, resp) = ui.allocate_exact_size(
                    egui::vec2(ui.available_width(), row_h),
                    egui::Sense::click(),
                );
                let v = ui.visuals();
                if selected == Some(s.id) {
                    ui.painter()
                        .rect_filled(rect, 3.0, v.selection.bg_fill.gamma_multiply(0.5));
                } else if resp.hovered() {
                    ui.painter()
                        .rect_filled(rect, 3.0, v.widgets.hovered.weak_bg_fill);
                }
                let col = label_color(&state.project, &s.label);
                let p = ui.painter().with_clip_rect(rect.intersect(ui.clip_rect()));
                let c = egui::pos2(rect.min.x + 8.0, rect.center().y);
                match s.status {
                    Status::Accepted => {
                        p.circle_filled(c, 4.0, col);
                    }
                    Status::Pending => {
                        p.circle_stroke(c, 4.0, egui::Stroke::new(1.3, col));
                    }
                    Status::Rejected => {
                        p.circle_stroke(c, 4.0, egui::Stroke::new(1.0, Color32::GRAY));
                    }
                }
                p.text(
                    egui::pos2(rect.min.x + 18.0, rect.center().y),
                    egui::Align2::LEFT_CENTER,
                    &s.label,
                    font.clone(),
                    col,
                );
                let snippet: String = doc.span_text(s).chars().take(80).collect();
                let text_col = if s.status == Status::Accepted {
                    v.text_color()
                } else {
                    v.weak_text_color()
                };
                p.text(
                    egui::pos2(rect.min.x + 78.0, rect.center().y),
                    egui::Align2::LEFT_CENTER,
                    snippet.replace(['\n', '\r'], " "),
                    font.clone(),
                    text_col,
                );
                let label = format!("{} {}", s.label, s.status.as_str());
                resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                if resp.clicked() {
                    clicked = Some(s.id);
                }
            }
        });
    if let Some(id) = clicked {
        state.send(Command::SelectSpan(id));
    }
}
