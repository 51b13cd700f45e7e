//! Geometry and colours for drawing spans on a galley: the row pieces a
//! character range covers, underlines per nesting level, label colours.

use egui::{Color32, Galley, Pos2, Rect, pos2};
use newsmark::model::Rgb;
use newsmark::{Label, Project};

/// The colour of a label (grey for a label the project does not define).
pub fn label_color(project: &Project, label: &str) -> Color32 {
    let Rgb(r, g, b) = project
        .label(label)
        .map_or(Rgb(0x80, 0x80, 0x80), |l: &Label| l.color);
    Color32::from_rgb(r, g, b)
}

/// A row piece of a character range: its rectangle (text row height) and
/// the y of the text's bottom, both relative to the galley.
#[derive(Debug, Clone, Copy)]
pub struct RowPiece {
    /// Covered area of the row.
    pub rect: Rect,
    /// Bottom of the letters on that row.
    pub text_bottom: f32,
}

/// Row pieces covered by chars `c0..c1` of the galley (galley coordinates).
pub fn row_pieces(galley: &Galley, c0: usize, c1: usize) -> Vec<RowPiece> {
    let mut out = Vec::new();
    let mut rs = 0usize;
    for row in &galley.rows {
        let n = row.row.glyphs.len();
        let re = rs + n;
        let (a, b) = (c0.max(rs), c1.min(re));
        if a < b {
            let glyphs = &row.row.glyphs;
            let x0 = glyphs.get(a - rs).map_or(0.0, |g| g.pos.x);
            let x1 = glyphs
                .get(b - rs - 1)
                .map_or(row.row.size.x, |g| g.pos.x + g.advance_width);
            let r = row.rect();
            let (mid, half) = glyphs.first().map_or((r.center().y, 8.0), |g| {
                (
                    row.pos.y + g.pos.y - g.font_ascent + g.font_height * 0.5,
                    g.font_height * 0.5,
                )
            });
            out.push(RowPiece {
                rect: Rect::from_min_max(
                    pos2(row.pos.x + x0, mid - half - 1.0),
                    pos2(row.pos.x + x1, mid + half + 1.0),
                ),
                text_bottom: mid + half,
            });
        }
        rs = re + usize::from(row.ends_with_newline);
        if rs >= c1 {
            break;
        }
    }
    out
}

/// Left edge of char `c` on its row (galley coordinates), and the row's
/// text band (top, bottom).
pub fn char_left(galley: &Galley, c: usize) -> Option<(Pos2, f32)> {
    let mut rs = 0usize;
    for row in &galley.rows {
        let n = row.row.glyphs.len();
        if c < rs + n {
            let g = row.row.glyphs.get(c - rs)?;
            let top = row.pos.y + g.pos.y - g.font_ascent;
            return Some((pos2(row.pos.x + g.pos.x, top), g.font_height));
        }
        rs += n + usize::from(row.ends_with_newline);
    }
    None
}

/// Code point count of `text[..byte]` (byte on a char boundary).
pub fn chars_before(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |t| t.chars().count())
}

/// Byte offset of char `c` in `text` (the end when past it).
pub fn byte_of_char(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

/// `c` with its alpha scaled.
pub fn fade(c: Color32, alpha: f32) -> Color32 {
    c.gamma_multiply(alpha)
}
