//! Fixed word lists (pronouns, determiners, organisation words) that the
//! attribution code asks about for nearly every token: one hash probe per
//! question instead of a scan of the list.

use std::sync::OnceLock;

use super::bytes8::{HIGH, load, lower8};

/// A list of words, looked up ASCII case-insensitively.
pub struct WordSet {
    words: &'static [&'static str],
    table: OnceLock<Table>,
}

/// The words of up to 8 bytes as keys (see [`key`]) in an open-addressing
/// table; longer ones in a list.
struct Table {
    /// Bit `n` set when a word has `n` bytes (64 and up share bit 63).
    lens: u64,
    /// Keys, 0 for an empty slot (no key is 0: words are not empty and hold
    /// no NUL).
    slots: Vec<u64>,
    /// Bits of a key's hash that pick its slot.
    shift: u32,
    long: Vec<&'static str>,
}

/// A word of 1 to 8 bytes, ASCII-lower-cased, as a little-endian integer
/// (0 for a word holding a NUL byte, which no list word does: a key is
/// then never 0, nor one shorter word's).
#[inline]
fn key(w: &[u8]) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let x = load(w, 0, w.len());
    let own = if w.len() >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * w.len())) - 1
    };
    // A zero byte among the word's own: a borrow only runs upwards, from
    // a zero byte, so the lowest flagged byte is a true zero.
    if x.wrapping_sub(ONES) & !x & HIGH & own != 0 {
        return 0;
    }
    lower8(x)
}

#[inline]
fn slot(k: u64, shift: u32) -> usize {
    (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> shift) as usize
}

impl Table {
    fn new(words: &'static [&'static str]) -> Table {
        let short: Vec<u64> = words
            .iter()
            .filter(|w| !w.is_empty() && w.len() <= 8)
            .map(|w| key(w.as_bytes()))
            .collect();
        let bits = (short.len() * 2)
            .next_power_of_two()
            .max(8)
            .trailing_zeros();
        let mut t = Table {
            lens: words.iter().fold(0u64, |m, x| m | 1 << x.len().min(63)),
            slots: vec![0; 1 << bits],
            shift: 64 - bits,
            long: words.iter().copied().filter(|w| w.len() > 8).collect(),
        };
        let mask = t.slots.len() - 1;
        for k in short.into_iter().filter(|&k| k != 0) {
            let mut s = slot(k, t.shift);
            while t.slots[s] != 0 && t.slots[s] != k {
                s = (s + 1) & mask;
            }
            t.slots[s] = k;
        }
        t
    }
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
        let t = self.table.get_or_init(|| Table::new(self.words));
        let b = w.as_bytes();
        // Bit 0 of `lens` says whether the empty word is listed.
        if t.lens & 1 << b.len().min(63) == 0 || b.is_empty() {
            return b.is_empty() && t.lens & 1 != 0;
        }
        if b.len() > 8 {
            return t.long.iter().any(|x| x.eq_ignore_ascii_case(w));
        }
        let k = key(b);
        let mask = t.slots.len() - 1;
        let mut s = slot(k, t.shift);
        while t.slots[s] != 0 {
            if t.slots[s] == k {
                return true;
            }
            s = (s + 1) & mask;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: WordSet = WordSet::new(&[
        "the",
        "said",
        "é",
        "Ltd",
        "internationalisation",
        "",
        "abcdefgh",
        "ab",
    ]);

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
            "ab",
            // A NUL byte: `ab` and `ab\0` load alike.
            "ab\0",
            "\0",
            "a\0b",
            "abcdefg\0",
        ];
        for w in words {
            let scan = SET.words().iter().any(|x| x.eq_ignore_ascii_case(w));
            assert_eq!(SET.has(w), scan, "{w:?}");
        }
    }
}
