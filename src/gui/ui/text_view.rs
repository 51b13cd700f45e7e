//! The article in the centre: wrapped text with spans drawn on it, only the
//! visible paragraphs laid out and painted. Drag selects (snapped to words
//! unless Alt is held), double-click a word, triple-click a sentence; a click
//! on a span or its chip selects the span.

use egui::{Color32, CornerRadius, FontId, Rect, Sense, Shape, Stroke, StrokeKind, Ui, pos2, vec2};
use newsmark::{Span, SpanId, Status};

use super::super::app::select::{sentence_at, snap_to_words, word_at};
use super::super::app::{AppState, Command};
use super::paint::{byte_of_char, char_left, chars_before, fade, label_color, row_pieces};
use super::text_layout::{MAX_LEVELS, Placed, Style, underline_offset};

/// Widest text column, for comfortable reading.
const MAX_COLUMN: f32 = 780.0;

/// Drag state, kept in egui's temporary memory between frames.
#[derive(Clone, Copy, Default)]
struct Drag {
    anchor: usize,
}

/// Draws the find bar (when open) and the article.
pub fn ui(state: &mut AppState, ui: &mut Ui) {
    if state.find.is_some() {
        find_bar(state, ui);
    }
    let Some(doc) = state.project.documents.get(state.doc) else {
        ui.centered_and_justified(|ui| {
            ui.label("No documents. Import articles with File > Import files… (Ctrl+I) or drop files here.");
        });
        return;
    };
    state.ui_cache.sync_doc(state.doc, doc, state.version);
    state.refresh_find();
    if state.project.documents.get(state.doc).is_none() {
        return;
    }
    let ctx = ui.ctx().clone();
    let visuals = ui.visuals().clone();
    let font = FontId::proportional(state.view.font_size);
    let row_h = ctx.fonts_mut(|f| f.row_height(&font));
    let char_w = ctx.fonts_mut(|f| f.glyph_width(&font, 'n'));
    let chip_size = (state.view.font_size * 0.6).max(8.0);

    let avail = ui.available_width();
    let column = (avail - 48.0).clamp(200.0, MAX_COLUMN);
    let style = Style {
        font_size: state.view.font_size,
        width: column,
        text: visuals.text_color(),
        row: row_h,
        gap: Style::gap_for(state.view.font_size),
    };
    state.ui_cache.sync_style(&style, char_w);
    state.ui_cache.begin_frame();

    let scroll_target = state.scroll_to.take();
    let mut area = egui::ScrollArea::vertical()
        .id_salt(("article", state.doc))
        .auto_shrink(false);
    if let Some(b) = scroll_target {
        let p = state.ui_cache.para_of_byte(b);
        let y = state.ui_cache.tops().get(p).copied().unwrap_or(0.0);
        // Put the target a third of the way down; refined next frame once its
        // paragraph (and those above) have exact heights.
        area = area.vertical_scroll_offset((y - ui.available_height() / 3.0).max(0.0));
        if !state.ui_cache.heights_changed() {
            ui.ctx().request_repaint();
        }
    }

    area.show_viewport(ui, |ui, viewport| {
        let total = *state.ui_cache.tops().last().unwrap_or(&0.0) + row_h * 2.0;
        ui.set_height(total);
        ui.set_width(ui.available_width());
        let origin = ui.min_rect().min + vec2(((avail - column) / 2.0).max(12.0), 12.0);
        state.ui_cache.origin = origin;
        let painter = ui.painter().clone();
        let first = state.ui_cache.para_at_y(viewport.min.y - 12.0);
        let mut i = first;
        while i < state.ui_cache.paras.len() {
            let top = state.ui_cache.tops()[i];
            if top > viewport.max.y {
                break;
            }
            paragraph(
                state,
                &ctx,
                &painter,
                i,
                origin + vec2(0.0, top),
                &style,
                chip_size,
            );
            i += 1;
        }
        let resp = ui.interact(
            Rect::from_min_size(ui.min_rect().min + viewport.min.to_vec2(), viewport.size()),
            ui.scope_id().with("article-input"),
            Sense::click_and_drag(),
        );
        resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Article, true, "Article"));
        pointer(state, ui, &resp);
    });
    if scroll_target.is_some() && state.ui_cache.heights_changed() {
        // Heights became exact while scrolling there: aim again next frame.
        state.scroll_to = scroll_target;
    }
    if state.ui_cache.heights_changed() {
        ui.ctx().request_repaint();
    }
}

fn text_of(state: &AppState) -> &str {
    state
        .project
        .documents
        .get(state.doc)
        .map_or("", |d| d.text())
}

#[allow(clippy::too_many_arguments)]
fn paragraph(
    state: &mut AppState,
    ctx: &egui::Context,
    painter: &egui::Painter,
    i: usize,
    pos: egui::Pos2,
    style: &Style,
    chip_size: f32,
) {
    let visuals = ctx.global_style().visuals.clone();
    let Some(p) = state.ui_cache.paras.get(i).copied() else {
        return;
    };
    let Some(doc) = state.project.documents.get(state.doc) else {
        return;
    };
    let text = doc.text();
    let spans: Vec<&Span> = doc
        .spans_overlapping(p.start, p.end.max(p.start + 1))
        .filter(|s| s.status != Status::Rejected)
        .collect();
    // Chips: one per span starting here, side by side before its first letter.
    let mut chips: Vec<(usize, f32)> = Vec::new();
    let mut chip_of: Vec<(usize, f32, SpanId)> = Vec::new();
    for s in spans
        .iter()
        .filter(|s| s.start >= p.start && s.start < p.end)
    {
        let w = state.ui_cache.chip_width(ctx, &s.label, chip_size);
        match chips.last_mut() {
            Some((b, total)) if *b == s.start => *total += w,
            _ => chips.push((s.start, w)),
        }
        chip_of.push((s.start, w, s.id));
    }
    // Underline levels each span needs, so rows are spaced only as much
    // as their own spans stack.
    let levels: Vec<(usize, usize, u8)> = spans
        .iter()
        .map(|s| {
            let d = state.ui_cache.depth.get(&s.id).copied().unwrap_or(0);
            (
                s.start.max(p.start),
                s.end.min(p.end),
                d.min(MAX_LEVELS - 1) + 1,
            )
        })
        .collect();
    let Some(galley) = state.ui_cache.galley(ctx, text, i, &chips, &levels, style) else {
        return;
    };
    let para_text = &text[p.start..p.end];
    let local = |b: usize| chars_before(para_text, b.clamp(p.start, p.end) - p.start);
    let dark = state.view.dark;
    let bg_alpha = if dark { 0.22 } else { 0.14 };

    // Backgrounds: accepted spans tinted (nesting darkens), the selected one stronger.
    for s in &spans {
        let col = label_color(&state.project, &s.label);
        let sel = state.selected == Some(s.id);
        let fill = match (s.status, sel) {
            (_, true) => fade(col, 0.3),
            (Status::Accepted, _) => fade(col, bg_alpha),
            _ => Color32::TRANSPARENT,
        };
        if fill == Color32::TRANSPARENT {
            continue;
        }
        for r in row_pieces(&galley, local(s.start), local(s.end)) {
            painter.rect_filled(r.rect.translate(pos.to_vec2()), 2.0, fill);
        }
    }
    // Find matches and the text selection.
    if let Some(f) = &state.find {
        for (k, &(a, b)) in f.matches.iter().enumerate() {
            if b <= p.start || a >= p.end {
                continue;
            }
            let col = if k == f.current {
                Color32::from_rgb(255, 170, 0)
            } else {
                Color32::from_rgba_unmultiplied(255, 210, 0, 110)
            };
            for r in row_pieces(&galley, local(a), local(b)) {
                painter.rect_filled(r.rect.translate(pos.to_vec2()), 2.0, col);
            }
        }
    }
    // A "Why" piece hovered or clicked in the inspector.
    let piece = state.highlight.or_else(|| {
        state
            .highlight_pinned
            .filter(|(id, _, _)| state.selected == Some(*id))
            .map(|(_, a, b)| (a, b))
    });
    if let Some((a, b)) = piece
        && b > p.start
        && a < p.end
    {
        let ring = if dark {
            Color32::from_rgb(255, 200, 60)
        } else {
            Color32::from_rgb(200, 120, 0)
        };
        for r in row_pieces(&galley, local(a), local(b)) {
            let rect = r.rect.translate(pos.to_vec2()).expand(1.0);
            painter.rect_filled(rect, 3.0, ring.gamma_multiply(0.25));
            painter.rect_stroke(rect, 3.0, Stroke::new(1.5, ring), StrokeKind::Outside);
        }
    }
    if let Some((a, b)) = state.selection
        && b > p.start
        && a < p.end
    {
        let col = visuals.selection.bg_fill;
        for r in row_pieces(&galley, local(a), local(b)) {
            painter.rect_filled(r.rect.translate(pos.to_vec2()), 0.0, col);
        }
    }
    painter.galley(pos, galley.clone(), style.text);

    // Underlines, one level per nesting depth; suggestions dashed and faded.
    for s in &spans {
        let col = label_color(&state.project, &s.label);
        let depth = state.ui_cache.depth.get(&s.id).copied().unwrap_or(0);
        let sel = state.selected == Some(s.id);
        let width = if sel { 3.0 } else { 2.0 };
        for r in row_pieces(&galley, local(s.start), local(s.end)) {
            let y = pos.y + r.text_bottom + underline_offset(depth);
            let (x0, x1) = (pos.x + r.rect.min.x, pos.x + r.rect.max.x);
            if s.status == Status::Pending {
                painter.extend(Shape::dashed_line(
                    &[pos2(x0, y), pos2(x1, y)],
                    Stroke::new(width, fade(col, 0.8)),
                    5.0,
                    3.0,
                ));
            } else {
                painter.line_segment([pos2(x0, y), pos2(x1, y)], Stroke::new(width, col));
            }
        }
    }

    // Chips: filled for accepted spans, outlined for suggestions.
    let mut by_start: Vec<(usize, f32, SpanId)> = chip_of;
    by_start.sort_by_key(|c| c.0);
    let mut k = 0;
    while k < by_start.len() {
        let start = by_start[k].0;
        let group: Vec<_> = by_start[k..]
            .iter()
            .take_while(|c| c.0 == start)
            .copied()
            .collect();
        k += group.len();
        let Some((left, font_h)) = char_left(&galley, local(start)) else {
            continue;
        };
        let total: f32 = group.iter().map(|c| c.1).sum();
        let mut x = pos.x + left.x - total;
        for (_, w, id) in group {
            let Some(s) = spans.iter().find(|s| s.id == id) else {
                continue;
            };
            let col = label_color(&state.project, &s.label);
            let h = chip_size + 5.0;
            let mid = pos.y + left.y + font_h * 0.5;
            let rect = Rect::from_min_size(pos2(x + 1.0, mid - h / 2.0), vec2(w - 3.0, h));
            let pending = s.status == Status::Pending;
            if pending {
                painter.rect_stroke(
                    rect,
                    CornerRadius::same(3),
                    Stroke::new(1.0, col),
                    StrokeKind::Inside,
                );
            } else {
                painter.rect_filled(rect, CornerRadius::same(3), col);
            }
            if state.selected == Some(id) {
                painter.rect_stroke(
                    rect.expand(1.5),
                    CornerRadius::same(4),
                    Stroke::new(1.5, visuals.strong_text_color()),
                    StrokeKind::Outside,
                );
            }
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                &s.label,
                FontId::proportional(chip_size),
                if pending { col } else { Color32::WHITE },
            );
            state.ui_cache.chips.push((rect, id));
            x += w;
        }
    }
    state.ui_cache.visible.push(Placed {
        para: i,
        pos,
        galley,
    });
}

/// Byte offset under a screen position, from the galleys drawn this frame.
pub fn byte_at(state: &AppState, at: egui::Pos2) -> Option<usize> {
    let vis = &state.ui_cache.visible;
    let doc = state.current_doc()?;
    let text = doc.text();
    let pick = vis
        .iter()
        .find(|v| at.y < v.pos.y + v.galley.size().y)
        .or(vis.last())?;
    let p = state.ui_cache.paras.get(pick.para)?;
    let c = pick.galley.cursor_from_pos(at - pick.pos).index.0;
    Some(p.start + byte_of_char(&text[p.start..p.end], c))
}

/// Screen rectangle of the character at byte `b`, if drawn in the last frame.
#[cfg(test)]
pub fn char_rect(state: &AppState, b: usize) -> Option<egui::Rect> {
    let doc = state.current_doc()?;
    let text = doc.text();
    let i = state.ui_cache.para_of_byte(b);
    let v = state.ui_cache.visible.iter().find(|v| v.para == i)?;
    let p = state.ui_cache.paras.get(i)?;
    let c = chars_before(text.get(p.start..p.end)?, b.checked_sub(p.start)?);
    let r = row_pieces(&v.galley, c, c + 1).first()?.rect;
    Some(r.translate(v.pos.to_vec2()))
}

fn pointer(state: &mut AppState, ui: &Ui, resp: &egui::Response) {
    let drag_id = ui.scope_id().with("drag");
    let exact = ui.input(|i| i.modifiers.alt);
    if resp.drag_started() {
        let origin = ui.input(|i| i.pointer.press_origin());
        if let Some(b) = origin.and_then(|p| byte_at(state, p)) {
            ui.data_mut(|d| d.insert_temp(drag_id, Drag { anchor: b }));
            state.selected = None;
        }
    }
    if resp.dragged()
        && let Some(drag) = ui.data(|d| d.get_temp::<Drag>(drag_id))
        && let Some(head) = resp.interact_pointer_pos().and_then(|p| byte_at(state, p))
    {
        let (a, b) = (drag.anchor.min(head), drag.anchor.max(head));
        let text = text_of(state);
        state.selection = if exact {
            (a < b).then_some((a, b))
        } else {
            snap_to_words(text, a, b)
        };
        // Keep the selection in view while dragging past the edge.
        if let Some(p) = resp.interact_pointer_pos() {
            let r = resp.rect;
            if p.y > r.max.y - 20.0 || p.y < r.min.y + 20.0 {
                ui.scroll_to_rect(Rect::from_center_size(p, vec2(1.0, 40.0)), None);
            }
        }
    }
    if resp.drag_stopped() {
        ui.data_mut(|d| d.remove::<Drag>(drag_id));
    }
    let Some(at) = resp.interact_pointer_pos() else {
        return;
    };
    if resp.triple_clicked() {
        if let Some(b) = byte_at(state, at) {
            state.selection = sentence_at(text_of(state), b);
            state.selected = None;
        }
    } else if resp.double_clicked() {
        if let Some(b) = byte_at(state, at) {
            state.selection = word_at(text_of(state), b);
            state.selected = None;
        }
    } else if resp.clicked() {
        click(state, at);
    }
}

/// A click selects the chip's span, else the innermost span under the
/// pointer; clicking again cycles outwards through nested spans.
fn click(state: &mut AppState, at: egui::Pos2) {
    state.selection = None;
    if let Some(&(_, id)) = state.ui_cache.chips.iter().find(|(r, _)| r.contains(at)) {
        state.send(Command::SelectSpan(id));
        return;
    }
    let Some(b) = byte_at(state, at) else {
        state.selected = None;
        return;
    };
    let Some(doc) = state.current_doc() else {
        return;
    };
    let mut under: Vec<&Span> = doc
        .spans_at(b)
        .filter(|s| s.status != Status::Rejected)
        .collect();
    under.sort_by_key(|s| s.len());
    let next = match state
        .selected
        .and_then(|id| under.iter().position(|s| s.id == id))
    {
        Some(k) => under.get((k + 1) % under.len()).map(|s| s.id),
        None => under.first().map(|s| s.id),
    };
    state.selected = next;
}

fn find_bar(state: &mut AppState, ui: &mut Ui) {
    let mut close = false;
    let mut step: i32 = 0;
    ui.horizontal(|ui| {
        let Some(f) = &mut state.find else { return };
        ui.label("Find:");
        let r = ui.add(
            egui::TextEdit::singleline(&mut f.query)
                .hint_text("text in this document")
                .desired_width(260.0),
        );
        if f.focus {
            r.request_focus();
            f.focus = false;
        }
        if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            step = if ui.input(|i| i.modifiers.shift) {
                -1
            } else {
                1
            };
            r.request_focus();
        }
        if r.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            close = true;
        }
        let n = f.matches.len();
        ui.label(if f.query.is_empty() {
            String::new()
        } else if n == 0 {
            "no matches".to_string()
        } else {
            format!("{} of {n}", f.current + 1)
        });
        if ui
            .button("Previous")
            .on_hover_text("Previous match (Shift+Enter)")
            .clicked()
        {
            step = -1;
        }
        if ui
            .button("Next")
            .on_hover_text("Next match (Enter)")
            .clicked()
        {
            step = 1;
        }
        if ui.button("×").on_hover_text("Close (Esc)").clicked() {
            close = true;
        }
    });
    ui.separator();
    state.refresh_find();
    if close {
        state.find = None;
        return;
    }
    if let Some(f) = &mut state.find {
        let n = f.matches.len();
        if n > 0 && step != 0 {
            f.current = (f.current as i64 + i64::from(step)).rem_euclid(n as i64) as usize;
        }
        if step != 0
            && let Some(&(a, _)) = f.matches.get(f.current)
        {
            state.scroll_to = Some(a);
        }
    }
}
