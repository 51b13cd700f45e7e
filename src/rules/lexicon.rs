//! All lexicon entries of a rule set in one anchored aho-corasick automaton,
//! built once when the set is compiled. Entries match ASCII
//! case-insensitively and only as whole tokens, so the automaton is run
//! anchored at token starts instead of over every byte of the text (which
//! would also report `a` inside every word).

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{Anchored, MatchKind, StartKind, automaton::Automaton, dfa::DFA};

/// Every lexicon entry, and the automaton over them (built at first use).
#[derive(Debug, Clone)]
pub struct LexTrie {
    /// Distinct ASCII-lowercased entries, in insertion order.
    entries: Vec<String>,
    /// Entry text to its index in `entries`.
    index: HashMap<String, usize>,
    /// Per entry, the lexicons that list it (sorted, no duplicates: an entry
    /// listed twice in a lexicon is one hit).
    lexes: Vec<Vec<u16>>,
    /// Per byte (lowercased): some entry starts with it.
    first: Box<[bool; 256]>,
    /// Per pair of bytes (lowercased, `a * 256 + b`): some entry starts
    /// with them; a pair with `b` past the entry's end when it is one byte
    /// long is any pair. Most tokens start no entry, and this skips the
    /// automaton for them.
    pairs: Box<[u64; 1024]>,
    /// Anchored DFA over all entries, stepped byte by byte so every entry
    /// that starts at a given byte is seen.
    ac: OnceLock<Option<DFA>>,
}

impl Default for LexTrie {
    fn default() -> Self {
        LexTrie {
            entries: Vec::new(),
            index: HashMap::new(),
            lexes: Vec::new(),
            first: Box::new([false; 256]),
            pairs: Box::new([0; 1024]),
            ac: OnceLock::new(),
        }
    }
}

impl LexTrie {
    /// Adds `entry` (non-empty) as a member of lexicon `lex`. Entries added
    /// after the first [`LexTrie::walk`] are not seen.
    pub fn insert(&mut self, entry: &str, lex: u16) {
        let e = entry.to_ascii_lowercase();
        let Some(&b) = e.as_bytes().first() else {
            return;
        };
        self.first[b as usize] = true;
        match e.as_bytes().get(1) {
            Some(&c) => self.set_pair(b, c),
            // A one-byte entry: whatever follows its first byte.
            None => (0..=255u8).for_each(|c| self.set_pair(b, c)),
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

    fn set_pair(&mut self, a: u8, b: u8) {
        let k = (a as usize) << 8 | b.to_ascii_lowercase() as usize;
        self.pairs[k >> 6] |= 1 << (k & 63);
    }

    /// Might an entry start at `text[from..]`? False means none does.
    #[inline]
    fn may_start(&self, text: &[u8], from: usize) -> bool {
        let Some(&a) = text.get(from) else {
            return false;
        };
        let a = a.to_ascii_lowercase();
        match text.get(from + 1) {
            Some(&b) => {
                let k = (a as usize) << 8 | b.to_ascii_lowercase() as usize;
                self.pairs[k >> 6] & (1 << (k & 63)) != 0
            }
            None => self.first[a as usize],
        }
    }

    /// True when no entry was added.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn automaton(&self) -> Option<&DFA> {
        self.ac
            .get_or_init(|| {
                DFA::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .start_kind(StartKind::Anchored)
                    .prefilter(false)
                    .build(&self.entries)
                    .ok()
            })
            .as_ref()
    }

    /// Calls `f(end, lexicons)` for every entry that matches `text` at
    /// `from`, shortest first; `end` is the byte after the entry (one
    /// walk; texts use a [`LexTrie::walker`]).
    #[cfg(test)]
    pub fn walk(&self, text: &[u8], from: usize, f: impl FnMut(usize, &[u16])) {
        if let Some(w) = self.walker() {
            w.walk(text, from, f);
        }
    }

    /// A walker for the walks over one text: the automaton and its start
    /// state looked up once. `None` when there are no entries.
    pub fn walker(&self) -> Option<Walker<'_>> {
        if self.is_empty() {
            return None;
        }
        let dfa = self.automaton()?;
        let start = dfa.start_state(Anchored::Yes).ok()?;
        Some(Walker {
            trie: self,
            dfa,
            start,
        })
    }
}

/// Walks the automaton from token starts (see [`LexTrie::walker`]).
pub struct Walker<'a> {
    trie: &'a LexTrie,
    dfa: &'a DFA,
    start: aho_corasick::automaton::StateID,
}

impl Walker<'_> {
    /// Calls `f(end, lexicons)` for every entry that matches `text` at
    /// `from`, shortest first; `end` is the byte after the entry.
    #[inline]
    pub fn walk(&self, text: &[u8], from: usize, mut f: impl FnMut(usize, &[u16])) {
        if !self.trie.may_start(text, from) {
            return;
        }
        let dfa = self.dfa;
        let mut sid = self.start;
        // Stepping the automaton directly: a search call per entry found
        // costs more than the walk itself.
        for (k, &b) in text[from..].iter().enumerate() {
            sid = dfa.next_state(Anchored::Yes, sid, b);
            if !dfa.is_special(sid) {
                continue;
            }
            if dfa.is_dead(sid) {
                return;
            }
            if dfa.is_match(sid) {
                let end = from + k + 1;
                // A state's matches also hold the entries that are suffixes
                // of its text (`low` in `below`), listed after its own: only
                // the first can start here (entries are distinct, so a state
                // has at most one of its own), and it does when its length
                // reaches back to `from`.
                let pid = dfa.match_pattern(sid, 0);
                if end - dfa.pattern_len(pid) == from
                    && let Some(l) = self.trie.lexes.get(pid.as_usize())
                {
                    f(end, l);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_all_prefix_entries_case_insensitively() {
        let mut t = LexTrie::default();
        t.insert("about", 0);
        t.insert("About a", 1);
        t.insert("about", 1);
        t.insert("about", 1);
        let mut got = Vec::new();
        t.walk(b"xx ABOUT A thing", 3, |e, l| got.push((e, l.to_vec())));
        assert_eq!(got, vec![(8, vec![0, 1]), (10, vec![1])]);
        got.clear();
        t.walk(b"abut", 0, |e, l| got.push((e, l.to_vec())));
        assert!(got.is_empty());
        let mut t = LexTrie::default();
        t.insert("be", 0);
        t.insert("below", 1);
        t.insert("kilometres", 2);
        let mut got = Vec::new();
        t.walk(b"30 kilometres below its", 3, |e, l| {
            got.push((e, l.to_vec()))
        });
        t.walk(b"30 kilometres below its", 14, |e, l| {
            got.push((e, l.to_vec()))
        });
        assert_eq!(got, vec![(13, vec![2]), (16, vec![0]), (19, vec![1])]);
        // `low` ends where `below` does but starts later: not a hit here.
        let mut t = LexTrie::default();
        t.insert("be", 0);
        t.insert("below", 1);
        t.insert("low", 0);
        got.clear();
        t.walk(b"below", 0, |e, l| got.push((e, l.to_vec())));
        assert_eq!(got, vec![(2, vec![0]), (5, vec![1])]);
    }
}
