//! Text selection helpers: snapping a dragged range to whole words, and the
//! word or sentence around a position. All offsets are byte offsets on
//! character boundaries; nothing here knows about egui.

use unicode_segmentation::UnicodeSegmentation as _;

/// Byte range of the line (between `\n`s) that holds `pos`.
fn line_around(text: &str, pos: usize) -> (usize, usize) {
    let pos = pos.min(text.len());
    let start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
    (start, end)
}

/// Word-boundary segments of the line around `pos`, as absolute byte ranges.
fn segments(text: &str, pos: usize) -> Vec<(usize, usize)> {
    let (a, b) = line_around(text, pos);
    text[a..b]
        .split_word_bound_indices()
        .map(|(i, w)| (a + i, a + i + w.len()))
        .collect()
}

fn is_blank(text: &str, (a, b): (usize, usize)) -> bool {
    text[a..b].chars().all(char::is_whitespace)
}

/// Widens `start..end` to whole words: the start moves back to the start of
/// the word it falls in, the end forward to the end of its word. Whitespace
/// at either edge is dropped. Returns `None` when only whitespace is left.
pub fn snap_to_words(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let (mut start, mut end) = (start.min(end), start.max(end).min(text.len()));
    if start >= end {
        return None;
    }
    // Start: the segment holding `start`, skipping blank segments forward.
    let segs = segments(text, start);
    if let Some(i) = segs.iter().position(|&(a, b)| a <= start && start < b) {
        let seg = segs[i..]
            .iter()
            .find(|&&s| !is_blank(text, s))
            .copied()
            .unwrap_or(segs[i]);
        start = seg.0;
    }
    // End: the segment holding the last selected character, skipping blank
    // segments backward.
    let last = text[..end].char_indices().next_back().map_or(0, |(i, _)| i);
    let segs = segments(text, last);
    if let Some(i) = segs.iter().position(|&(a, b)| a <= last && last < b) {
        let seg = segs[..=i]
            .iter()
            .rev()
            .find(|&&s| !is_blank(text, s))
            .copied()
            .unwrap_or(segs[i]);
        end = seg.1;
    }
    (start < end && !text[start..end].trim().is_empty()).then_some((start, end))
}

/// The word at `pos` (a double-click), or `None` on whitespace.
pub fn word_at(text: &str, pos: usize) -> Option<(usize, usize)> {
    segments(text, pos)
        .into_iter()
        .find(|&(a, b)| a <= pos && pos < b)
        .filter(|&s| !is_blank(text, s))
}

/// The sentence at `pos` (a triple-click), without trailing whitespace.
pub fn sentence_at(text: &str, pos: usize) -> Option<(usize, usize)> {
    let (a, b) = line_around(text, pos);
    text[a..b]
        .split_sentence_bound_indices()
        .map(|(i, s)| (a + i, a + i + s.trim_end().len()))
        .find(|&(s, e)| s <= pos && pos < e.max(s + 1))
        .filter(|&(s, e)| s < e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snaps_to_words_and_drops_blank_edges() {
        let t = "He said “all good” today.";
        let a = t.find("ll").unwrap();
        let b = t.find("oo").unwrap();
        let (s, e) = snap_to_words(t, a, b).unwrap();
        assert_eq!(&t[s..e], "all good");
        // From inside the marks' neighbours: the marks come with it.
        let s0 = t.find('“').unwrap();
        let e0 = t.find('”').unwrap() + '”'.len_utf8();
        assert_eq!(
            snap_to_words(t, s0, e0).map(|(s, e)| &t[s..e]),
            Some("“all good”")
        );
        // A drag that starts on a space starts at the next word.
        let sp = t.find(" said").unwrap();
        assert_eq!(
            snap_to_words(t, sp, sp + 3).map(|(s, e)| &t[s..e]),
            Some("said")
        );
        assert_eq!(snap_to_words(t, 2, 3), None);
    }

    #[test]
    fn words_and_sentences_after_emoji() {
        let t = "Wow 👍 it rose 12%. Then it fell.\nNext line.";
        let p = t.find("rose").unwrap() + 1;
        assert_eq!(word_at(t, p).map(|(s, e)| &t[s..e]), Some("rose"));
        assert_eq!(
            sentence_at(t, p).map(|(s, e)| &t[s..e]),
            Some("Wow 👍 it rose 12%.")
        );
        let q = t.find("fell").unwrap();
        assert_eq!(
            sentence_at(t, q).map(|(s, e)| &t[s..e]),
            Some("Then it fell.")
        );
        assert_eq!(word_at(t, 3), None);
    }
}
