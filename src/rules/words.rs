//! Fixed word lists (pronouns, determiners, organisation words) that the
//! attribution code asks about for nearly every token: one hash probe per
//! question instead of a scan of the list.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A list of words, looked up ASCII case-insensitively.
pub struct WordSet {
    words: &'static [&'static str],
    /// Bit `n` set when a word has `n` bytes (64 and up share bit 63), and
    /// the words up to [`PACKED`] bytes, packed.
    table: OnceLock<(u64, FxHashSet<u128>)>,
}

/// Longest word held packed; longer ones are compared one by one.
const PACKED: usize = 15;

/// `w` (at most [`PACKED`] bytes) ASCII-lower-cased, and its length, in one
/// integer.
#[inline]
fn pack(w: &[u8]) -> u128 {
    let mut x = [0u8; 16];
    x[..w.len()].copy_from_slice(w);
    x[..w.len()].make_ascii_lowercase();
    x[15] = w.len() as u8;
    u128::from_le_bytes(x)
}

impl WordSet {
    /// The set of `words`.
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            table: OnceLock::new(),
        }
    }

    /// The words, as given.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// True when `w` is one of the words, but for ASCII case.
    #[inline]
    pub fn has(&self, w: &str) -> bool {
        let (lens, set) = self.table.get_or_init(|| {
            let lens = self
                .words
                .iter()
                .fold(0u64, |m, x| m | 1 << x.len().min(63));
            let set = self
                .words
                .iter()
                .filter(|x| x.len() <= PACKED)
                .map(|x| pack(x.as_bytes()))
                .collect();
            (lens, set)
        });
        let b = w.as_bytes();
        if lens & 1 << b.len().min(63) == 0 {
            return false;
        }
        if b.len() <= PACKED {
            return set.contains(&pack(b));
        }
        self.words.iter().any(|x| x.eq_ignore_ascii_case(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: WordSet = WordSet::new(&["the", "said", "é", "Ltd", "internationalisation", ""]);

    #[test]
    fn finds_words_as_a_scan_would() {
        let words = [
            "the",
            "THE",
            "tHe",
            "th",
            "thee",
            "said",
            "Said",
            "é",
            "É",
            "ltd",
            "LTD",
            "Ltd",
            "internationalisation",
            "INTERNATIONALISATION",
            "internationalisatio",
            "",
            "x",
        ];
        for w in words {
            let scan = SET.words().iter().any(|x| x.eq_ignore_ascii_case(w));
            assert_eq!(SET.has(w), scan, "{w:?}");
        }
    }
}
