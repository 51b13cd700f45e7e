//! Layout of the article, paragraph by paragraph. Only the paragraphs on
//! screen are laid out; their galleys are cached and reused while the
//! width, font, theme and the chips in that paragraph stay the same. The
//! others have estimated heights until they are first seen, so opening or
//! scrolling a 1 MB article never lays out the whole text.
//!
//! Rows are laid out tight (font height) and then spaced: each row gets
//! the normal gap below it, or more when its spans stack underlines, so
//! only lines with nested spans are taller.

use std::collections::HashMap;
use std::hash::{Hash as _, Hasher as _};
use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Galley, Pos2, Rect};
use newsmark::{Document, SpanId, Status};

/// Paragraphs longer than this are laid out in pieces (at a space), so one
/// huge paragraph cannot make a frame slow.
const MAX_PIECE: usize = 6000;

/// A laid-out piece of the article: a line of the text, or part of a very
/// long one.
#[derive(Debug, Clone, Copy)]
pub struct Para {
    /// First byte.
    pub start: usize,
    /// End byte (exclusive), without the line break.
    pub end: usize,
    /// Followed by a paragraph break (not a continuation piece).
    pub breaks: bool,
}

/// A galley drawn this frame, in screen coordinates.
#[derive(Clone)]
pub struct Placed {
    /// Which paragraph.
    pub para: usize,
    /// Top-left of the galley on screen.
    pub pos: Pos2,
    /// The galley.
    pub galley: Arc<Galley>,
}

struct CachedGalley {
    key: u64,
    galley: Arc<Galley>,
    used: u64,
}

/// Caches of the drawing code, kept in the app state between frames.
#[derive(Default)]
pub struct UiCache {
    /// Title last sent to the window.
    pub title: String,
    doc_key: (usize, usize, usize),
    /// The article's paragraphs.
    pub paras: Vec<Para>,
    heights: Vec<f32>,
    exact: Vec<bool>,
    tops: Vec<f32>,
    tops_stale: bool,
    layout_key: u64,
    galleys: HashMap<usize, CachedGalley>,
    depth_key: (usize, u64),
    /// Nesting level of each span (0 = outermost), rejected spans excluded.
    pub depth: HashMap<SpanId, u8>,
    /// Deepest level in the document, capped.
    pub max_depth: u8,
    frame: u64,
    /// Galleys drawn in the last frame (for hit tests and tests).
    pub visible: Vec<Placed>,
    /// Chip rectangles drawn in the last frame.
    pub chips: Vec<(Rect, SpanId)>,
    chip_widths: HashMap<String, f32>,
    chip_font: f32,
    /// Where the article content started on screen in the last frame.
    pub origin: Pos2,
}

/// Levels of nesting drawn as separate underlines.
pub const MAX_LEVELS: u8 = 4;

/// Splits a text into paragraphs at line breaks; long lines into pieces.
pub fn split_paras(text: &str) -> Vec<Para> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let end = at + line.trim_end_matches(['\n', '\r']).len();
        let mut s = at;
        while end - s > MAX_PIECE {
            let cut = piece_end(text, s, end);
            out.push(Para {
                start: s,
                end: cut,
                breaks: cut == end,
            });
            s = cut;
        }
        if s < end || s == at {
            out.push(Para {
                start: s,
                end,
                breaks: true,
            });
        }
        at += line.len();
    }
    out
}

/// Where a piece of a long line that starts at `s` ends: after the first
/// space past [`MAX_PIECE`] bytes, else (text without spaces, as Chinese
/// is) at the next grapheme boundary there; never inside a character.
fn piece_end(text: &str, s: usize, end: usize) -> usize {
    use newsmark::model::offsets::{ceil_char_boundary, floor_char_boundary};
    let from = ceil_char_boundary(text, s + MAX_PIECE);
    if from >= end {
        return end;
    }
    let window = floor_char_boundary(text, (from + MAX_PIECE).min(end));
    if let Some(i) = text[from..window].find(' ') {
        return from + i + 1;
    }
    let mut g = unicode_segmentation::GraphemeCursor::new(from, end, true);
    match g.is_boundary(&text[..end], 0) {
        Ok(true) => from,
        _ => g
            .next_boundary(&text[..end], 0)
            .ok()
            .flatten()
            .unwrap_or(end),
    }
}

/// True for characters of scripts written right to left (Hebrew, Arabic,
/// Syriac, Thaana, N'Ko and their presentation forms and neighbours).
fn is_rtl(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFE | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Drawn in place of a character whose glyphs would not come one per
/// character in the text's order (see [`append_logical`]).
pub const RTL_STAND_IN: char = '\u{FFFD}';

/// Scripts whose shaping can give a character several glyphs or move them
/// (split vowels in Bengali, Tamil, Malayalam; Thai, Khmer, Myanmar …).
fn is_complex(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x1CFF | 0xA800..=0xABFF | 0x10000..=0x1EFFF)
}

/// How much of a text is drawn as [`RTL_STAND_IN`]: right-to-left letters
/// always; complex scripts when a line came out with more or fewer glyphs
/// than characters; past that, everything but ASCII.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum StandIn {
    RightToLeft,
    Complex,
    NonAscii,
}

impl StandIn {
    fn replaces(self, c: char) -> bool {
        match self {
            StandIn::RightToLeft => is_rtl(c),
            StandIn::Complex => is_rtl(c) || is_complex(c),
            StandIn::NonAscii => !c.is_ascii(),
        }
    }
}

/// Appends `s` to `job` so that its glyphs come one per character in the
/// text's order: the view maps clicks and highlights by glyph index. The
/// shaper lays out a run that starts with a right-to-left letter
/// backwards (and egui 0.37 then repeats glyphs), so such letters are
/// drawn as [`RTL_STAND_IN`], and so are the characters `level` names.
fn append_logical(job: &mut LayoutJob, s: &str, lead: f32, fmt: &TextFormat, level: StandIn) {
    if s.chars().any(|c| level.replaces(c)) {
        let shown: String = s
            .chars()
            .map(|c| if level.replaces(c) { RTL_STAND_IN } else { c })
            .collect();
        job.append(&shown, lead, fmt.clone());
    } else {
        job.append(s, lead, fmt.clone());
    }
}

/// True when `g` has a glyph for each character of `text`, as the view's
/// mapping from glyphs to characters needs.
fn one_glyph_per_char(g: &Galley, text: &str) -> bool {
    let glyphs: usize = g
        .rows
        .iter()
        .map(|r| r.row.glyphs.len() + usize::from(r.ends_with_newline))
        .sum();
    glyphs == text.chars().count()
}

/// Style inputs of the layout.
#[derive(Clone, Copy)]
pub struct Style {
    /// Article font size.
    pub font_size: f32,
    /// Text column width.
    pub width: f32,
    /// Text colour.
    pub text: Color32,
    /// Height of one text row (font).
    pub row: f32,
    /// Space below a row without stacked underlines.
    pub gap: f32,
}

/// Where the underline of nesting level `level` (0 = outermost) sits
/// below the bottom of the letters.
pub fn underline_offset(level: u8) -> f32 {
    2.5 + 3.0 * f32::from(level.min(MAX_LEVELS - 1))
}

impl Style {
    /// The usual space below a row at this font size.
    pub fn gap_for(font_size: f32) -> f32 {
        (font_size * 0.34).round().max(5.0)
    }

    /// Space below a row whose deepest span has `levels` levels (0: none):
    /// the normal gap, or enough for the lowest underline (3 pt wide when
    /// selected) with a little air.
    pub fn gap_below(&self, levels: u8) -> f32 {
        if levels == 0 {
            return self.gap;
        }
        (underline_offset(levels - 1) + 3.0 + 1.5)
            .ceil()
            .max(self.gap)
    }

    /// Height of a row with no stacked spans (estimates before layout).
    pub fn line(&self) -> f32 {
        self.row + self.gap
    }

    fn key(&self) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.font_size.to_bits().hash(&mut h);
        self.width.to_bits().hash(&mut h);
        self.text.hash(&mut h);
        self.gap.to_bits().hash(&mut h);
        h.finish()
    }
}

/// Spaces the tight rows of `galley`: each row moves down by the gaps of
/// the rows above it and grows by its own gap, so rows still tile (hit
/// tests between lines land on the line above). `levels` are byte ranges
/// of spans in this piece with the number of underline levels they need.
fn space_rows(
    galley: &mut Arc<Galley>,
    para: &str,
    base: usize,
    levels: &[(usize, usize, u8)],
    style: &Style,
) {
    let local: Vec<(usize, usize, u8)> = levels
        .iter()
        .map(|&(a, b, l)| {
            let c = |x: usize| {
                para.get(..x.saturating_sub(base).min(para.len()))
                    .map_or(0, |t| t.chars().count())
            };
            (c(a), c(b), l)
        })
        .collect();
    let g = Arc::make_mut(galley);
    let mut rs = 0usize;
    let mut shift = 0.0;
    for placed in &mut g.rows {
        let n = placed.row.glyphs.len();
        let need = local
            .iter()
            .filter(|&&(a, b, _)| a < rs + n && b > rs)
            .map(|c| c.2)
            .max()
            .unwrap_or(0);
        let gap = style.gap_below(need);
        placed.pos.y += shift;
        Arc::make_mut(&mut placed.row).size.y += gap;
        shift += gap;
        rs += n + usize::from(placed.ends_with_newline);
    }
    g.rect.max.y += shift;
    g.mesh_bounds.max.y += shift;
}

/// egui drops a section's leading space when the row wraps right before
/// it; shift such rows right so the chip keeps its room.
fn push_wrapped_chips(galley: &mut Arc<Galley>, para: &str, base: usize, chips: &[(usize, f32)]) {
    let mut want: Vec<(usize, f32)> = chips
        .iter()
        .map(|&(b, w)| (para.get(..b - base).map_or(0, |t| t.chars().count()), w))
        .collect();
    want.sort_by_key(|c| c.0);
    let mut fixes = Vec::new();
    let mut rs = 0usize;
    for (ri, row) in galley.rows.iter().enumerate() {
        if ri > 0
            && let Ok(k) = want.binary_search_by_key(&rs, |c| c.0)
        {
            let w = want[k].1;
            let x = row.pos.x + row.row.glyphs.first().map_or(0.0, |g| g.pos.x);
            if x < w - 0.5 {
                fixes.push((ri, w - x));
            }
        }
        rs += row.row.glyphs.len() + usize::from(row.ends_with_newline);
    }
    if fixes.is_empty() {
        return;
    }
    let g = Arc::make_mut(galley);
    for (ri, dx) in fixes {
        if let Some(row) = g.rows.get_mut(ri) {
            row.pos.x += dx;
            let right = row.pos.x + row.row.size.x;
            g.rect.max.x = g.rect.max.x.max(right);
            g.mesh_bounds.max.x = g.mesh_bounds.max.x.max(right);
        }
    }
}

/// Greedy nesting levels: spans by start, longest first, each on the
/// lowest level free at its start.
fn depths(doc: &Document) -> (HashMap<SpanId, u8>, u8) {
    let mut spans: Vec<_> = doc
        .spans()
        .iter()
        .filter(|s| s.status != Status::Rejected)
        .collect();
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut level_end: Vec<usize> = Vec::new();
    let mut out = HashMap::with_capacity(spans.len());
    let mut max = 0u8;
    for s in spans {
        let l = match level_end.iter().position(|&e| e <= s.start) {
            Some(l) => l,
            None => {
                level_end.push(0);
                level_end.len() - 1
            }
        };
        level_end[l] = s.end;
        let l = u8::try_from(l).unwrap_or(u8::MAX);
        max = max.max(l);
        out.insert(s.id, l);
    }
    (out, max)
}

impl UiCache {
    /// Makes the paragraph list and depths match the document.
    pub fn sync_doc(&mut self, doc_index: usize, doc: &Document, version: u64) {
        let key = (doc_index, doc.text().as_ptr() as usize, doc.text().len());
        if key != self.doc_key {
            self.doc_key = key;
            self.paras = split_paras(doc.text());
            self.heights = vec![0.0; self.paras.len()];
            self.exact = vec![false; self.paras.len()];
            self.galleys.clear();
            self.layout_key = 0;
            self.depth_key = (usize::MAX, u64::MAX);
        }
        if self.depth_key != (doc_index, version) {
            self.depth_key = (doc_index, version);
            (self.depth, self.max_depth) = depths(doc);
        }
    }

    /// Resets heights to estimates when the layout style changed.
    pub fn sync_style(&mut self, style: &Style, char_w: f32) {
        let k = style.key();
        if k == self.layout_key {
            return;
        }
        self.layout_key = k;
        self.galleys.clear();
        let per_row = (style.width / char_w.max(1.0)).max(8.0);
        for (i, p) in self.paras.iter().enumerate() {
            // Bytes over-count non-ASCII characters a little; fine for an estimate.
            let rows = ((p.end - p.start) as f32 / per_row).ceil().max(1.0);
            self.heights[i] = Self::height_of(p, rows * style.line(), style);
            self.exact[i] = false;
        }
        self.tops_stale = true;
    }

    fn height_of(p: &Para, galley_h: f32, style: &Style) -> f32 {
        if p.start == p.end {
            // A blank line: a paragraph gap, not a full line.
            return (style.row * 0.5).round();
        }
        galley_h
            + if p.breaks {
                (style.row * 0.35).round()
            } else {
                0.0
            }
    }

    /// Top of each paragraph and the total height.
    pub fn tops(&mut self) -> &[f32] {
        if self.tops_stale || self.tops.len() != self.paras.len() + 1 {
            self.tops.clear();
            let mut y = 0.0;
            self.tops.push(0.0);
            for h in &self.heights {
                y += h;
                self.tops.push(y);
            }
            self.tops_stale = false;
        }
        &self.tops
    }

    /// The first paragraph whose bottom is below `y`.
    pub fn para_at_y(&mut self, y: f32) -> usize {
        let tops = self.tops();
        tops.partition_point(|&t| t <= y).saturating_sub(1)
    }

    /// The paragraph holding byte `pos`.
    pub fn para_of_byte(&self, pos: usize) -> usize {
        self.paras
            .partition_point(|p| p.end < pos)
            .min(self.paras.len().saturating_sub(1))
    }

    /// Width of a label chip.
    pub fn chip_width(&mut self, ctx: &egui::Context, label: &str, size: f32) -> f32 {
        if self.chip_font != size {
            self.chip_font = size;
            self.chip_widths.clear();
        }
        if let Some(w) = self.chip_widths.get(label) {
            return *w;
        }
        let g = ctx.fonts_mut(|f| {
            f.layout_no_wrap(
                label.to_string(),
                FontId::proportional(size),
                Color32::WHITE,
            )
        });
        let w = g.size().x + 8.0;
        self.chip_widths.insert(label.to_string(), w);
        w
    }

    /// The galley of paragraph `i` with `chips` (byte offset, total width)
    /// making room for label chips, and rows spaced for the underline
    /// `levels` (byte range, levels) of its spans. Records its exact height.
    pub fn galley(
        &mut self,
        ctx: &egui::Context,
        text: &str,
        i: usize,
        chips: &[(usize, f32)],
        levels: &[(usize, usize, u8)],
        style: &Style,
    ) -> Option<Arc<Galley>> {
        let p = *self.paras.get(i)?;
        if p.start == p.end {
            return None;
        }
        let mut h = std::collections::hash_map::DefaultHasher::new();
        chips.len().hash(&mut h);
        for (b, w) in chips {
            b.hash(&mut h);
            w.to_bits().hash(&mut h);
        }
        levels.hash(&mut h);
        let key = h.finish();
        if let Some(c) = self.galleys.get_mut(&i)
            && c.key == key
        {
            c.used = self.frame;
            return Some(c.galley.clone());
        }
        let fmt = TextFormat {
            font_id: FontId::proportional(style.font_size),
            color: style.text,
            ..Default::default()
        };
        let para = text.get(p.start..p.end)?;
        let mut galley = None;
        for level in [StandIn::RightToLeft, StandIn::Complex, StandIn::NonAscii] {
            let mut job = LayoutJob::default();
            // Leave room for a chip pushed to the start of a wrapped row (below).
            let widest = chips.iter().map(|c| c.1).fold(0.0, f32::max);
            job.wrap.max_width = (style.width - widest).max(100.0);
            let mut at = p.start;
            let mut lead = 0.0;
            for &(b, w) in chips {
                if b > at {
                    append_logical(&mut job, text.get(at..b)?, lead, &fmt, level);
                    at = b;
                    lead = 0.0;
                }
                lead += w;
            }
            append_logical(&mut job, text.get(at..p.end)?, lead, &fmt, level);
            let g = ctx.fonts_mut(|f| f.layout_job(job));
            let fits = one_glyph_per_char(&g, para);
            galley = Some(g);
            if fits {
                break;
            }
        }
        let mut galley = galley?;
        push_wrapped_chips(&mut galley, text.get(p.start..p.end)?, p.start, chips);
        space_rows(
            &mut galley,
            text.get(p.start..p.end)?,
            p.start,
            levels,
            style,
        );
        let hgt = Self::height_of(&p, galley.size().y, style);
        if let Some(old) = self.heights.get_mut(i)
            && (*old - hgt).abs() > 0.01
        {
            *old = hgt;
            self.tops_stale = true;
        }
        if let Some(e) = self.exact.get_mut(i) {
            *e = true;
        }
        self.galleys.insert(
            i,
            CachedGalley {
                key,
                galley: galley.clone(),
                used: self.frame,
            },
        );
        Some(galley)
    }

    /// Starts a frame: drops galleys not drawn for a while, so memory stays
    /// bounded by what was recently on screen.
    pub fn begin_frame(&mut self) {
        self.frame += 1;
        self.visible.clear();
        self.chips.clear();
        if self.galleys.len() > 400 {
            let f = self.frame;
            self.galleys.retain(|_, c| f - c.used < 120);
        }
    }

    /// Whether the heights changed in this frame (the layout should settle).
    pub fn heights_changed(&self) -> bool {
        self.tops_stale
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_lines_and_long_paragraphs() {
        let t = "one\r\n\ntwo";
        let p = split_paras(t);
        let texts: Vec<&str> = p.iter().map(|p| &t[p.start..p.end]).collect();
        assert_eq!(texts, vec!["one", "", "two"]);
        let long = "word ".repeat(3000);
        let p = split_paras(&long);
        assert!(p.len() > 1);
        assert_eq!(p[0].start, 0);
        for w in p.windows(2) {
            assert_eq!(w[0].end, w[1].start);
            assert!(!w[0].breaks);
        }
        assert_eq!(p.last().unwrap().end, long.len());
    }

    #[test]
    fn right_to_left_text_keeps_one_glyph_per_character_in_text_order() {
        let ctx = egui::Context::default();
        let _ = ctx.run_ui(Default::default(), |_| {});
        for t in [
            "שלום 40 עולם, and more.",
            "الوزير قال in the 25 news",
            "mixed عربي and עברית 7",
        ] {
            let mut job = LayoutJob::default();
            append_logical(
                &mut job,
                t,
                0.0,
                &TextFormat::default(),
                StandIn::RightToLeft,
            );
            let g = ctx.fonts_mut(|f| f.layout_job(job));
            let glyphs: String = g
                .rows
                .iter()
                .flat_map(|r| r.row.glyphs.iter().map(|g| g.chr))
                .collect();
            let want: String = t
                .chars()
                .map(|c| if is_rtl(c) { RTL_STAND_IN } else { c })
                .collect();
            assert_eq!(glyphs, want);
            assert!(one_glyph_per_char(&g, t));
            let xs: Vec<f32> = g.rows[0].row.glyphs.iter().map(|g| g.pos.x).collect();
            assert!(xs.windows(2).all(|w| w[0] <= w[1]), "{t}: {xs:?}");
        }
        // Laid out as it is, the Arabic line has more glyphs than
        // characters: the check that makes the view fall back sees it.
        let t = "الوزير قال in the 25 news";
        let mut job = LayoutJob::default();
        job.append(t, 0.0, TextFormat::default());
        let g = ctx.fonts_mut(|f| f.layout_job(job));
        assert!(!one_glyph_per_char(&g, t));
    }

    #[test]
    fn long_lines_of_any_script_split_between_characters() {
        // Byte 6000 fell inside a character of the first two: the window
        // panicked. The others have no space to cut at.
        let lines = [
            format!("a{}", "я".repeat(9_000)),
            format!("a{}", "слово ".repeat(2_000)),
            "数据".repeat(5_000),
            "e\u{301}".repeat(5_000),
        ];
        for t in lines {
            let p = split_paras(&t);
            assert!(p.len() > 1, "{}", &t[..8]);
            assert_eq!((p[0].start, p.last().unwrap().end), (0, t.len()));
            for w in p.windows(2) {
                assert_eq!(w[0].end, w[1].start);
                assert!(t.is_char_boundary(w[0].end));
                // No accent split from its letter.
                assert!(!t[w[0].end..].starts_with('\u{301}'));
                assert!(w[0].end - w[0].start <= 2 * MAX_PIECE);
            }
        }
    }

    #[test]
    fn nested_spans_get_deeper_levels() {
        use newsmark::Span;
        let mut d = Document::new("d", "d", "a".repeat(100));
        d.add_span(Span::manual(SpanId(1), 0, 90, "CLAIM")).unwrap();
        d.add_span(Span::manual(SpanId(2), 10, 40, "QUOTE"))
            .unwrap();
        d.add_span(Span::manual(SpanId(3), 20, 25, "FIGURE"))
            .unwrap();
        d.add_span(Span::manual(SpanId(4), 50, 60, "FIGURE"))
            .unwrap();
        let (l, max) = depths(&d);
        assert_eq!(
            (l[&SpanId(1)], l[&SpanId(2)], l[&SpanId(3)], l[&SpanId(4)]),
            (0, 1, 2, 1)
        );
        assert_eq!(max, 2);
    }
}
