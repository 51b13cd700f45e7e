//! Tokens for the token-based formats (spaCy, CoNLL): Unicode word-boundary
//! segments (UAX #29), cut further at every span boundary so that no span
//! starts or ends inside a token.

use unicode_segmentation::UnicodeSegmentation as _;

/// A token as a byte range of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset past the last character.
    pub end: usize,
}

/// Word-boundary segments of `text`, each cut again at the byte offsets in
/// `cuts` that fall inside it. `cuts` must be on character boundaries; it
/// need not be sorted or unique.
pub fn tokenize(text: &str, cuts: &[usize]) -> Vec<Tok> {
    let mut cuts = cuts.to_vec();
    cuts.sort_unstable();
    cuts.dedup();
    let mut next = 0;
    let mut out = Vec::new();
    for (start, seg) in text.split_word_bound_indices() {
        let end = start + seg.len();
        let mut from = start;
        while next < cuts.len() && cuts[next] <= from {
            next += 1;
        }
        while next < cuts.len() && cuts[next] < end {
            out.push(Tok {
                start: from,
                end: cuts[next],
            });
            from = cuts[next];
            next += 1;
        }
        out.push(Tok { start: from, end });
    }
    out
}

/// True when the token is only whitespace.
pub fn is_space(text: &str, t: Tok) -> bool {
    text.get(t.start..t.end)
        .is_some_and(|s| s.chars().all(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'a>(text: &'a str, cuts: &[usize]) -> Vec<&'a str> {
        tokenize(text, cuts)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn word_bounds_then_cuts() {
        let t = "“Hi,” she said 👍🏽.\r\nCafe\u{301}";
        assert_eq!(
            words(t, &[]),
            [
                "“",
                "Hi",
                ",",
                "”",
                " ",
                "she",
                " ",
                "said",
                " ",
                "👍🏽",
                ".",
                "\r\n",
                "Cafe\u{301}"
            ]
        );
        let she = t.find("she").unwrap();
        assert_eq!(words(t, &[she + 1])[5..7], ["s", "he"]);
        let all: String = words(t, &[3, she + 1, t.len()]).concat();
        assert_eq!(all, t);
    }
}
