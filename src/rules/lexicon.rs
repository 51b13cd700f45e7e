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
    /// First tokens of up to 8 bytes by their exact key (see [`key8`]),
    /// in an open-addressing table of (key, mask): the mask of the one
    /// entry that is the token itself when that is the only entry starting
    /// with it; else the mask of the token's one-token entry (0 for none)
    /// or [`WHOLE_GROUP`], and the groups above are searched for phrases.
    /// A token of up to 8 bytes missing here starts no entry. Most tokens
    /// are answered by this one read, where the groups take three (slot,
    /// entry, its lexicons) from tables too big for the fastest cache
    /// together.
    fast: Vec<(u64, u64)>,
    /// Per slot of `fast`: its entry (twice) when it is the only entry,
    /// else the range of `cands` to search (its group above, never empty).
    fast_aux: Vec<(u32, u32)>,
    /// One more than the highest lexicon index.
    lexicons: usize,
    /// Per [`bloom_bit`], set when a key of `fast` has it: 256 bytes that
    /// stay in the fastest cache and answer most tokens that start no
    /// entry without reading `fast`.
    bloom: Bits2048,
    /// Per [`pair_bit`] of (first token key, second token key) of the
    /// entries of two or more tokens: common words (`the`, `is`, `it`)
    /// start a phrase entry too (`the one`, `is expected`), and most of
    /// the time the next token rules every such phrase out at once.
    pairs: Bits2048,
}

/// The value of a [`FirstTokens::fast`] group slot whose phrases cannot be
/// ruled out by [`FirstTokens::pairs`]: the whole group is searched.
const WHOLE_GROUP: u64 = 1 << MASKED_LEXICONS;

/// 2048 bits, 256 bytes that stay in the fastest cache.
#[derive(Debug, Clone, Default)]
struct Bits2048([u64; 32]);

impl Bits2048 {
    /// Sets bit `b` (below 2048).
    fn set(&mut self, b: usize) {
        self.0[b / 64] |= 1 << (b % 64);
    }

    /// Is bit `b` (below 2048) set?
    #[inline]
    fn has(&self, b: usize) -> bool {
        self.0[b / 64] & 1 << (b % 64) != 0
    }
}

/// A key's bit in [`FirstTokens::bloom`] (other bits of the product than
/// [`fast_slot`] uses).
#[inline]
fn bloom_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 20) as usize & 2047
}

/// The bit of [`FirstTokens::pairs`] for a first and second token key
/// (the second of at most its first 8 bytes).
#[inline]
fn pair_bit(first: u64, second: u64) -> usize {
    ((first ^ second.rotate_left(23)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & 2047
}

/// What follows an entry's first token.
#[derive(Debug, Clone, Copy)]
enum Second {
    /// Nothing: the entry is one token.
    Alone,
    /// A token with this key (of its first 8 bytes at most).
    Key(u64),
    /// Something that is no token (such an entry is searched for as any
    /// other, without the pair filter).
    Unknown,
}

/// An entry's first token of at most 8 bytes, as
/// [`FirstTokens::build_fast`] takes it.
#[derive(Debug, Clone, Copy)]
struct First {
    key: u64,
    entry: usize,
    /// Its length in bytes.
    len: usize,
    second: Second,
}

/// An entry in a group of [`FirstTokens`].
#[derive(Debug, Clone, Copy, Default)]
struct Cand {
    /// Its first 8 bytes (ASCII lower-case, as [`key8`] gives them).
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

/// Bytes `start..end` (at most 8) as an integer, ASCII lower-cased: equal
/// for byte strings of one length equal but for ASCII case. The key of a
/// token; 0 for none (a NUL byte is a token of its own, and its key is 0:
/// such keys are not looked up in the first-token table).
#[inline]
fn key8(text: &[u8], start: usize, end: usize) -> u64 {
    lower8(load(text, start, end - start))
}

/// The key of a token's first 8 bytes at most: what the phrase filter
/// knows a second token by, in entries and in the text alike.
#[inline]
fn head_key(text: &[u8], t: &Token) -> u64 {
    key8(text, t.start(), t.start() + (t.end() - t.start()).min(8))
}

/// The slot of `key` in a table of `1 << bits` slots.
#[inline]
fn fast_slot(key: u64, bits: u32) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
}

impl FirstTokens {
    /// Fills `fast`: per first token of at most 8 bytes, the mask of its
    /// entry when that is its only one and has no other token; else its
    /// group (see [`Walker::walk`]).
    fn build_fast(&mut self, entries: &[String], firsts: &[First]) {
        // Per key: the entries starting with it.
        let mut by_key: HashMap<u64, Vec<First>> = HashMap::new();
        for f in firsts {
            by_key.entry(f.key).or_default().push(*f);
        }
        let bits = (by_key.len() * 2)
            .next_power_of_two()
            .max(8)
            .trailing_zeros();
        self.fast = vec![(0, 0); 1 << bits];
        self.fast_aux = vec![(0, 0); 1 << bits];
        let mask = self.fast.len() - 1;
        let mut keys: Vec<_> = by_key.into_iter().collect();
        keys.sort_by_key(|(key, _)| *key);
        for (key, ks) in keys {
            let (value, aux) = match ks[..] {
                // One entry, of one token: the key is the whole entry.
                [
                    First {
                        entry: k,
                        second: Second::Alone,
                        ..
                    },
                ] => (self.lex_of[k].2, (k as u32, k as u32)),
                // The group of the key's hash: phrases (their pairs noted),
                // and the mask of its one-token entry, when it needs no list
                // of lexicons.
                _ => {
                    let group = self.group(entries[ks[0].entry].as_bytes(), 0, ks[0].len);
                    let mut value = 0;
                    for f in &ks {
                        match f.second {
                            Second::Alone => value |= self.lex_of[f.entry].2,
                            Second::Key(k2) => {
                                self.pairs.set(pair_bit(key, k2));
                            }
                            Second::Unknown => value |= WHOLE_GROUP,
                        }
                    }
                    (value, group)
                }
            };
            let mut s = fast_slot(key, bits);
            while self.fast[s].0 != 0 {
                s = (s + 1) & mask;
            }
            self.fast[s] = (key, value);
            self.fast_aux[s] = aux;
            self.bloom.set(bloom_bit(key));
        }
    }

    /// The fast table's answer for a token of 1 to 8 bytes by its key (not
    /// 0): `Some((mask, (entry, entry)))` for its only, one-token entry,
    /// `Some((mask, (from, to)))` with `from < to` when `cands[from..to]`
    /// holds its phrases (see [`FirstTokens::fast`] for `mask`), `None`
    /// when no entry starts with it.
    #[inline]
    fn fast_get(&self, key: u64) -> Option<(u64, (u32, u32))> {
        if !self.bloom.has(bloom_bit(key)) {
            return None;
        }
        let bits = self.fast.len().trailing_zeros();
        let mask = self.fast.len() - 1;
        let mut s = fast_slot(key, bits);
        loop {
            let (k, v) = self.fast[s];
            if k == key {
                return Some((v, self.fast_aux[s]));
            }
            if k == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    fn build(entries: &[String], lexes: &[Vec<u16>]) -> FirstTokens {
        // Grouped by hash, not by token: case folding makes some distinct
        // tokens (`é`, `É`) hash alike, and a lookup must see them all.
        let mut by_hash: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut toks = Vec::new();
        let mut firsts = Vec::new();
        let mut t = FirstTokens::default();
        for (k, e) in entries.iter().enumerate() {
            // Tokens are found left to right looking one character ahead,
            // so an entry's first token (when it has a second) is the text
            // token where it starts. A one-token entry is that whole token.
            tokenize(e, &mut toks);
            let Some(tok) = toks.first().filter(|t| t.start() == 0) else {
                // Entries are trimmed: this one starts with no token.
                continue;
            };
            let first = &e.as_bytes()[..tok.end()];
            t.max_len = t.max_len.max(first.len());
            if first.len() <= 8 {
                // The second token's key: a text token holding this entry
                // from its first token on has the entry's second token
                // next (the tokenizer looks one character ahead, so it
                // splits the entry's bytes in the text as in the entry,
                // but for the last token, which must end with the entry).
                let second = match toks.get(1) {
                    None if e.len() == first.len() => Second::Alone,
                    None => Second::Unknown,
                    Some(t2) => Second::Key(head_key(e.as_bytes(), t2)),
                };
                firsts.push(First {
                    key: key8(first, 0, first.len()),
                    entry: k,
                    len: first.len(),
                    second,
                });
            }
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
                    head: key8(e, 0, e.len().min(8)),
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
        t.build_fast(entries, &firsts);
        t
    }

    /// The entries that may start with the token `text[start..end]`,
    /// shortest first.
    #[inline]
    fn get(&self, text: &[u8], start: usize, end: usize) -> &[Cand] {
        let (a, b) = self.group(text, start, end);
        &self.cands[a as usize..b as usize]
    }

    /// [`FirstTokens::get`] as a range of `cands`.
    #[inline]
    fn group(&self, text: &[u8], start: usize, end: usize) -> (u32, u32) {
        if end - start > self.max_len {
            return (0, 0);
        }
        let h = hash_folded(text, start, end);
        let mask = self.slots.len() - 1;
        let mut s = h as usize & mask;
        loop {
            let (sh, a, b) = self.slots[s];
            if b == a {
                return (0, 0);
            }
            if sh == h {
                return (a, b);
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
    /// [`MASKED_LEXICONS`], and bit 63 when it has others. `lexicons` lists
    /// them all, except that it may be empty for an entry of one token
    /// whose mask tells them all (no bit 63).
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
        let n = t.end() - t.start();
        if n <= 8 {
            let key = key8(text, t.start(), t.end());
            if key != 0 {
                match self.table.fast_get(key) {
                    None => return,
                    Some((mask, (a, b))) if a < b => {
                        let cands = &self.table.cands[a as usize..b as usize];
                        if mask & WHOLE_GROUP != 0 {
                            self.walk_group(text, tokens, first, cands, f);
                            return;
                        }
                        // The one-token entry, then the phrases, unless
                        // the next token rules them all out.
                        if mask != 0 {
                            f(first, &[], mask);
                        }
                        let Some(t2) = tokens.get(first + 1) else {
                            return;
                        };
                        // Only the phrases: entries come shortest first,
                        // and the one-token entry was told above.
                        if self.table.pairs.has(pair_bit(key, head_key(text, t2))) {
                            let phrases = cands.partition_point(|c| c.len as usize <= n);
                            self.walk_group(text, tokens, first, &cands[phrases..], f);
                        }
                        return;
                    }
                    // Its lexicons are read only when the mask does not
                    // tell them all.
                    Some((mask, (entry, _))) if mask & 1 << MASKED_LEXICONS != 0 => {
                        let (a, b, _) = self.table.lex_of[entry as usize];
                        f(first, &self.table.lex_list[a as usize..b as usize], mask);
                        return;
                    }
                    Some((mask, _)) => {
                        f(first, &[], mask);
                        return;
                    }
                }
            }
        }
        let cands = self.table.get(text, t.start(), t.end());
        self.walk_group(text, tokens, first, cands, f);
    }

    /// [`Walker::walk`] over the entries `cands` of the token's group.
    #[inline]
    fn walk_group(
        &self,
        text: &[u8],
        tokens: &[Token],
        first: usize,
        cands: &[Cand],
        mut f: impl FnMut(usize, &'a [u16], u64),
    ) {
        let Some(t) = tokens.get(first) else {
            return;
        };
        let mut last = first;
        for c in cands {
            let end = t.start() + c.len as usize;
            if end > text.len() || !self.equal(text, t.start(), c) {
                continue;
            }
            // Entries come shortest first: the token ends only move on.
            while last < tokens.len() && tokens[last].end() < end {
                last += 1;
            }
            if last < tokens.len() && tokens[last].end() == end {
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
        if key8(text, at, at + n.min(8)) != c.head {
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

    /// The lexicons of a hit: listed, or (for a one-token entry) told by
    /// its mask alone; checked to agree with the mask either way.
    fn lexicons_of(listed: &[u16], mask: u64) -> Vec<u16> {
        let from_mask: Vec<u16> = (0..MASKED_LEXICONS as u16)
            .filter(|&l| mask >> l & 1 == 1)
            .collect();
        if listed.is_empty() {
            assert_eq!(mask >> MASKED_LEXICONS, 0, "a long hit lists its lexicons");
            return from_mask;
        }
        let masked: Vec<u16> = listed
            .iter()
            .copied()
            .filter(|&l| (l as usize) < MASKED_LEXICONS)
            .collect();
        assert_eq!(masked, from_mask);
        listed.to_vec()
    }

    /// The hits at the token starting at byte `from`, as (end byte, lexicons).
    fn walk(t: &LexTrie, text: &str, from: usize) -> Vec<(usize, Vec<u16>)> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let first = toks.iter().position(|k| k.start() == from).unwrap();
        let mut got = Vec::new();
        t.walker()
            .unwrap()
            .walk(text.as_bytes(), &toks, first, |last, l, m| {
                got.push((toks[last].end(), lexicons_of(l, m)))
            });
        got
    }

    proptest::proptest! {
        /// The table of first tokens answers every token as a search of
        /// its group does: one-token entries, entries of several tokens,
        /// first tokens of 8 and 9 bytes, lexicons on both sides of the
        /// mask's, case, `é`/`É` (alike but for bit 5) and NUL.
        #[test]
        fn first_tokens_answer_as_their_groups(
            entries in proptest::collection::vec((0usize..WORDS.len(), 0usize..WORDS.len(), 0usize..3, 0u16..70), 1..40),
            text in proptest::collection::vec(0usize..WORDS.len(), 0..60),
        ) {
            let mut t = LexTrie::default();
            for &(a, b, n, lex) in &entries {
                let e = match n {
                    0 => WORDS[a].to_string(),
                    1 => format!("{} {}", WORDS[a], WORDS[b]),
                    _ => format!("{}{}", WORDS[a], WORDS[b]),
                };
                t.insert(e.trim(), lex);
            }
            let text: String = text.iter().map(|&k| WORDS[k]).collect::<Vec<_>>().join(" ");
            let mut toks = Vec::new();
            tokenize(&text, &mut toks);
            let w = t.walker().unwrap();
            let b = text.as_bytes();
            for first in 0..toks.len() {
                let mut fast = Vec::new();
                w.walk(b, &toks, first, |last, l, m| fast.push((last, lexicons_of(l, m))));
                let mut slow = Vec::new();
                let cands = w.table.get(b, toks[first].start(), toks[first].end());
                w.walk_group(b, &toks, first, cands, |last, l, m| slow.push((last, lexicons_of(l, m))));
                proptest::prop_assert_eq!(fast, slow, "{:?} at {}", text, first);
            }
        }
    }

    /// Words for the test above.
    const WORDS: &[&str] = &[
        "the",
        "The",
        "THE",
        "one",
        "a",
        "more",
        "than",
        "abcdefgh",
        "abcdefghi",
        "ABCDEFGH",
        "café",
        "cafÉ",
        "\0",
        "5,000",
        "-",
        "x-ray",
        "$",
        "%",
        "of",
        "it's",
    ];

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
