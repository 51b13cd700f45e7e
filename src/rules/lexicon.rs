//! All lexicon entries of a rule set, keyed by their first token, built
//! once when the set is compiled. Entries match ASCII case-insensitively
//! and only as whole tokens: the text token where an entry would start must
//! be the entry's own first token, so one hash lookup per token finds the
//! few entries to compare.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::analysis::MASKED_LEXICONS;
use super::bytes8::{load, lower8};
use super::text::{Token, tokenize};

/// Every lexicon entry, and the table of their first tokens (built at
/// first use).
#[derive(Debug, Clone, Default)]
pub struct LexTrie {
    /// Distinct ASCII-lowercased entries, in insertion order.
    entries: Vec<String>,
    /// Entry text to its index in `entries`.
    index: HashMap<String, usize>,
    /// Per entry, the lexicons that list it (sorted, no duplicates: an entry
    /// listed twice in a lexicon is one hit).
    lexes: Vec<Vec<u16>>,
    table: OnceLock<FirstTokens>,
}

/// Entries grouped by the hash of their first token (ASCII case folded),
/// in an open-addressing hash table. A lookup only narrows the entries
/// down: each is then compared with the text, so tokens that hash alike
/// cost a compare, never a wrong hit.
#[derive(Debug, Clone, Default)]
struct FirstTokens {
    /// Per slot, (hash, its range of `cands`), or an empty range when the
    /// slot is empty. Hashes are distinct; the table is small enough for
    /// the fastest cache, and a lookup reads one slot, then its entries.
    slots: Vec<(u32, u32, u32)>,
    /// Per group, its entries shortest first.
    cands: Vec<Cand>,
    /// Per entry, its range of `lex_list`, and the mask of its lexicons
    /// below [`MASKED_LEXICONS`], with bit 63 set when it has others.
    lex_of: Vec<(u32, u32, u64)>,
    /// Every entry's lexicons, one after another.
    lex_list: Vec<u16>,
    /// All entries' bytes, one after another.
    bytes: Vec<u8>,
    /// Longest first token, in bytes: a longer token starts no entry.
    max_len: usize,
    /// One more than the highest lexicon index.
    lexicons: usize,
}

/// An entry in a group of [`FirstTokens`].
#[derive(Debug, Clone, Copy, Default)]
struct Cand {
    /// Its first 8 bytes (ASCII lower-case, as `load` reads them).
    head: u64,
    /// Start in `bytes`.
    off: u32,
    /// Length in bytes.
    len: u32,
    /// Entry index.
    entry: u32,
}

/// A hash of `text[start..end]` equal for byte strings equal but for ASCII
/// case (setting bit 5 of every byte folds the case of letters).
#[inline]
fn hash_folded(text: &[u8], start: usize, end: usize) -> u32 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    const FOLD: u64 = 0x2020_2020_2020_2020;
    let n = end - start;
    let head = load(text, start, n.min(8)) | FOLD;
    let tail = if n > 8 {
        load(text, end - 8, 8) | FOLD
    } else {
        head
    };
    let h = (head ^ tail.rotate_left(29) ^ n as u64).wrapping_mul(K);
    (h >> 32) as u32
}

impl FirstTokens {
    fn build(entries: &[String], lexes: &[Vec<u16>]) -> FirstTokens {
        // Grouped by hash, not by token: case folding makes some distinct
        // tokens (`é`, `É`) hash alike, and a lookup must see them all.
        let mut by_hash: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut toks = Vec::new();
        let mut t = FirstTokens::default();
        for (k, e) in entries.iter().enumerate() {
            // Tokens are found left to right looking one character ahead,
            // so an entry's first token (when it has a second) is the text
            // token where it starts. A one-token entry is that whole token.
            tokenize(e, &mut toks);
            let Some(tok) = toks.first().filter(|t| t.start == 0) else {
                // Entries are trimmed: this one starts with no token.
                continue;
            };
            let first = &e.as_bytes()[..tok.end];
            t.max_len = t.max_len.max(first.len());
            by_hash
                .entry(hash_folded(first, 0, first.len()))
                .or_default()
                .push(k as u32);
        }
        for ls in lexes {
            t.lexicons = t
                .lexicons
                .max(ls.iter().map(|&l| l as usize + 1).max().unwrap_or(0));
            let from = t.lex_list.len() as u32;
            t.lex_list.extend_from_slice(ls);
            let mask = ls
                .iter()
                .fold(0, |m, &l| m | 1u64 << (l as usize).min(MASKED_LEXICONS));
            t.lex_of.push((from, t.lex_list.len() as u32, mask));
        }
        t.slots = vec![(0, 0, 0); (by_hash.len() * 2).next_power_of_two().max(8)];
        let mut groups: Vec<_> = by_hash.into_iter().collect();
        groups.sort();
        let mask = t.slots.len() - 1;
        for (h, mut ks) in groups {
            ks.sort_by_key(|&k| (entries[k as usize].len(), k));
            let from = t.cands.len() as u32;
            for k in ks {
                let e = entries[k as usize].as_bytes();
                t.cands.push(Cand {
                    head: lower8(load(e, 0, e.len().min(8))),
                    off: t.bytes.len() as u32,
                    len: e.len() as u32,
                    entry: k,
                });
                t.bytes.extend_from_slice(e);
            }
            let mut s = h as usize & mask;
            while t.slots[s].2 > t.slots[s].1 {
                s = (s + 1) & mask;
            }
            t.slots[s] = (h, from, t.cands.len() as u32);
        }
        t
    }

    /// The entries that may start with the token `text[start..end]`,
    /// shortest first.
    #[inline]
    fn get(&self, text: &[u8], start: usize, end: usize) -> &[Cand] {
        if end - start > self.max_len {
            return &[];
        }
        let h = hash_folded(text, start, end);
        let mask = self.slots.len() - 1;
        let mut s = h as usize & mask;
        loop {
            let (sh, a, b) = self.slots[s];
            if b == a {
                return &[];
            }
            if sh == h {
                return &self.cands[a as usize..b as usize];
            }
            s = (s + 1) & mask;
        }
    }
}

impl LexTrie {
    /// Adds `entry` (non-empty) as a member of lexicon `lex`. Entries added
    /// after the first walk are not seen.
    pub fn insert(&mut self, entry: &str, lex: u16) {
        let e = entry.to_ascii_lowercase();
        if e.is_empty() {
            return;
        }
        let k = match self.index.get(&e) {
            Some(&k) => k,
            None => {
                self.index.insert(e.clone(), self.entries.len());
                self.entries.push(e);
                self.lexes.push(Vec::new());
                self.entries.len() - 1
            }
        };
        let lexes = &mut self.lexes[k];
        if !lexes.contains(&lex) {
            lexes.push(lex);
            lexes.sort_unstable();
        }
    }

    /// True when no entry was added.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// A walker for the walks over one text. `None` when there are no
    /// entries.
    pub fn walker(&self) -> Option<Walker<'_>> {
        if self.is_empty() {
            return None;
        }
        Some(Walker {
            table: self
                .table
                .get_or_init(|| FirstTokens::build(&self.entries, &self.lexes)),
        })
    }
}

/// Finds the entries starting at a token (see [`LexTrie::walker`]).
pub struct Walker<'a> {
    table: &'a FirstTokens,
}

impl<'a> Walker<'a> {
    /// One more than the highest lexicon index of any entry.
    pub fn lexicons(&self) -> usize {
        self.table.lexicons
    }

    /// Calls `f(last, lexicons, mask)` for every entry that starts at token
    /// `first` of `text` (as `tokens`) and ends at the end of token `last`,
    /// shortest first; `mask` has bit `l` set for its lexicons `l` below
    /// [`MASKED_LEXICONS`], and bit 63 when it has others.
    #[inline]
    pub fn walk(
        &self,
        text: &[u8],
        tokens: &[Token],
        first: usize,
        mut f: impl FnMut(usize, &'a [u16], u64),
    ) {
        let Some(t) = tokens.get(first) else {
            return;
        };
        let cands = self.table.get(text, t.start, t.end);
        let mut last = first;
        for c in cands {
            let end = t.start + c.len as usize;
            if end > text.len() || !self.equal(text, t.start, c) {
                continue;
            }
            // Entries come shortest first: the token ends only move on.
            while last < tokens.len() && tokens[last].end < end {
                last += 1;
            }
            if last < tokens.len() && tokens[last].end == end {
                let (a, b, mask) = self.table.lex_of[c.entry as usize];
                f(last, &self.table.lex_list[a as usize..b as usize], mask);
            }
        }
    }

    /// True when `text[at..]` starts with entry `c`, but for ASCII case
    /// (the caller checked that the text is long enough).
    #[inline]
    fn equal(&self, text: &[u8], at: usize, c: &Cand) -> bool {
        let n = c.len as usize;
        // Most entries are a short word: one masked compare of 8 bytes.
        if lower8(load(text, at, n.min(8))) != c.head {
            return false;
        }
        n <= 8 || {
            let e = &self.table.bytes[c.off as usize + 8..(c.off + c.len) as usize];
            text[at + 8..at + n].eq_ignore_ascii_case(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hits at the token starting at byte `from`, as (end byte, lexicons).
    fn walk(t: &LexTrie, text: &str, from: usize) -> Vec<(usize, Vec<u16>)> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let first = toks.iter().position(|k| k.start == from).unwrap();
        let mut got = Vec::new();
        t.walker()
            .unwrap()
            .walk(text.as_bytes(), &toks, first, |last, l, _| {
                got.push((toks[last].end, l.to_vec()))
            });
        got
    }

    #[test]
    fn walks_all_entries_at_a_token_case_insensitively() {
        let mut t = LexTrie::default();
        t.insert("about", 0);
        t.insert("About a", 1);
        t.insert("about", 1);
        t.insert("about", 1);
        t.insert("a thing", 2);
        assert_eq!(
            walk(&t, "xx ABOUT A thing", 3),
            vec![(8, vec![0, 1]), (10, vec![1])]
        );
        assert!(walk(&t, "abut", 0).is_empty());
        // Two spaces are not the entry's one.
        assert_eq!(walk(&t, "about  a", 0), vec![(5, vec![0, 1])]);
        let mut t = LexTrie::default();
        t.insert("be", 0);
        t.insert("below", 1);
        t.insert("kilometres", 2);
        t.insert("low", 0);
        assert_eq!(walk(&t, "30 kilometres below its", 3), vec![(13, vec![2])]);
        // `be` is inside the token `below`, and `low` starts within it.
        assert_eq!(walk(&t, "30 kilometres below its", 14), vec![(19, vec![1])]);
        // An entry must end where a token does.
        let mut t = LexTrie::default();
        t.insert("5", 0);
        t.insert("5,000", 1);
        t.insert("a.m.", 2);
        t.insert("u.s", 3);
        assert_eq!(walk(&t, "5,000 at 5 a.m.", 0), vec![(5, vec![1])]);
        assert_eq!(walk(&t, "5,000 at 5 a.m.", 9), vec![(10, vec![0])]);
        assert_eq!(walk(&t, "5,000 at 5 a.m.", 11), vec![(15, vec![2])]);
        assert_eq!(walk(&t, "the U.S. said", 4), vec![(7, vec![3])]);
        // `é` and `É` differ only in bit 5 of a byte, so their tokens hash
        // alike; both entries are still found.
        let mut t = LexTrie::default();
        t.insert("café", 0);
        t.insert("CAFÉ au lait", 1);
        assert_eq!(walk(&t, "Café au lait", 0), vec![(5, vec![0])]);
        assert_eq!(walk(&t, "cafÉ AU LAIT", 0), vec![(13, vec![1])]);
    }
}
