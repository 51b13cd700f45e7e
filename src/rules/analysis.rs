//! Everything the rules look at in one document, computed once: tokens,
//! paragraphs, sentences, paired quotes and lexicon hits.

use super::lexicon::LexTrie;
use super::quotes::{QuotePair, pair_quotes};
use super::text::{Paragraph, Sentence, Token, split, tokenize};

/// A lexicon entry found in the text: where it starts (token index), which
/// lexicon, and how many tokens it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LexHit {
    /// First token.
    pub tok: u32,
    /// Lexicon index.
    pub lex: u16,
    /// Tokens covered.
    pub ntok: u16,
}

/// The analysed document.
#[derive(Debug, Default)]
pub struct Analysis<'t> {
    /// The text.
    pub text: &'t str,
    /// Tokens in order.
    pub tokens: Vec<Token>,
    /// Paragraphs in order.
    pub paras: Vec<Paragraph>,
    /// Sentences in order.
    pub sents: Vec<Sentence>,
    /// Paired quotes ordered by start.
    pub quotes: Vec<QuotePair>,
    /// Lexicon hits sorted by token.
    pub hits: Vec<LexHit>,
    /// `hit_at[i]..hit_at[i + 1]` are the hits starting at token `i`.
    hit_at: Vec<u32>,
    /// Per token, bit `l` set when an entry of lexicon `l` (< 64) starts there.
    lex_mask: Vec<u64>,
    /// Per token: its start lies inside an outermost quotation.
    in_quote: Vec<bool>,
    /// Per sentence, its token range (as [`Analysis::token_range`]).
    sent_toks: Vec<(u32, u32)>,
    repeated: std::sync::OnceLock<Vec<bool>>,
}

impl<'t> Analysis<'t> {
    /// Analyses `text`; `lexicons` holds every lexicon entry of the rule set.
    pub fn new(text: &'t str, lexicons: &LexTrie) -> Self {
        let mut a = Analysis {
            text,
            ..Default::default()
        };
        tokenize(text, &mut a.tokens);
        split(text, &mut a.paras, &mut a.sents);
        pair_quotes(text, &mut a.quotes);
        a.find_lexicon_hits(lexicons);
        a.mark_quoted_tokens();
        a.sent_toks = a
            .sents
            .iter()
            .map(|s| {
                let (t0, t1) = a.token_range(s.start, s.end);
                (t0 as u32, t1 as u32)
            })
            .collect();
        a
    }

    /// Lexicon hits: per token, every entry that starts at its start and
    /// ends at a token's end; per (token, lexicon) the longest one.
    fn find_lexicon_hits(&mut self, trie: &LexTrie) {
        let n = self.tokens.len();
        self.hit_at.reserve(n + 1);
        self.lex_mask.resize(n, 0);
        let bytes = self.text.as_bytes();
        let tokens = &self.tokens;
        let mut found: Vec<(u16, u16)> = Vec::new();
        for first in 0..n {
            self.hit_at.push(self.hits.len() as u32);
            if trie.is_empty() {
                continue;
            }
            found.clear();
            let mut last = first;
            trie.walk(bytes, tokens[first].start, |e, lexes| {
                while last < n && tokens[last].end < e {
                    last += 1;
                }
                if last < n && tokens[last].end == e {
                    let ntok = (last - first + 1) as u16;
                    found.extend(lexes.iter().map(|&l| (l, ntok)));
                }
            });
            if found.is_empty() {
                continue;
            }
            // Entries come shortest first: keep the longest per lexicon.
            found.sort_unstable();
            let mut mask = 0u64;
            for (k, &(lex, ntok)) in found.iter().enumerate() {
                if found.get(k + 1).is_some_and(|&(l, _)| l == lex) {
                    continue;
                }
                if lex < 64 {
                    mask |= 1 << lex;
                }
                self.hits.push(LexHit {
                    tok: first as u32,
                    lex,
                    ntok,
                });
            }
            self.lex_mask[first] = mask;
        }
        self.hit_at.push(self.hits.len() as u32);
    }

    /// Sets `in_quote` for tokens starting inside an outermost quotation
    /// (outermost quotations never overlap, so one sweep does it).
    fn mark_quoted_tokens(&mut self) {
        self.in_quote = vec![false; self.tokens.len()];
        let mut k = 0;
        let outer: Vec<(usize, usize)> = self
            .quotes
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| (q.start, q.end))
            .collect();
        for (i, t) in self.tokens.iter().enumerate() {
            while k < outer.len() && outer[k].1 <= t.start {
                k += 1;
            }
            if let Some(&(s, e)) = outer.get(k) {
                self.in_quote[i] = s <= t.start && t.start < e;
            }
        }
    }

    /// True when token `i` starts inside a quotation (as
    /// `quote_at(start).is_some()`).
    pub fn tok_in_quote(&self, i: usize) -> bool {
        self.in_quote.get(i).copied().unwrap_or(false)
    }

    /// True when an entry of lexicon `lex` starts at token `i`.
    pub fn lex_starts_at(&self, i: usize, lex: usize) -> bool {
        if lex < 64 {
            return self.lex_mask.get(i).is_some_and(|m| m & (1 << lex) != 0);
        }
        self.lex_len_at(i, lex).is_some()
    }

    /// Token range of sentence `si`.
    pub fn sent_tokens(&self, si: usize) -> (usize, usize) {
        self.sent_toks
            .get(si)
            .map_or((0, 0), |&(a, b)| (a as usize, b as usize))
    }

    /// Longest entry of lexicon `lex` starting at token `i`, in tokens.
    pub fn lex_len_at(&self, i: usize, lex: usize) -> Option<usize> {
        if lex < 64 && self.lex_mask.get(i)? & (1 << lex) == 0 {
            return None;
        }
        let from = *self.hit_at.get(i)? as usize;
        let to = self.hit_at.get(i + 1).map_or(from, |&t| t as usize);
        self.hits[from..to]
            .iter()
            .filter(|h| h.lex as usize == lex)
            .map(|h| h.ntok as usize)
            .max()
    }

    /// Token index range of the tokens inside `start..end` (bytes).
    pub fn token_range(&self, start: usize, end: usize) -> (usize, usize) {
        let a = self.tokens.partition_point(|t| t.start < start);
        let b = self.tokens.partition_point(|t| t.start < end);
        (a, b.max(a))
    }

    /// Hits of lexicon `lex` with all their tokens inside `start..end`.
    pub fn hits_in(
        &self,
        lex: usize,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = LexHit> + '_ {
        let (a, b) = self.token_range(start, end);
        let from = self.hits.partition_point(|h| (h.tok as usize) < a);
        self.hits[from..]
            .iter()
            .take_while(move |h| (h.tok as usize) < b)
            .filter(move |h| h.lex as usize == lex && h.tok as usize + h.ntok as usize <= b)
            .copied()
    }

    /// The outermost quote covering byte `pos`, if any.
    pub fn quote_at(&self, pos: usize) -> Option<&QuotePair> {
        let k = self.quotes.partition_point(|q| q.start <= pos);
        self.quotes[..k]
            .iter()
            .rev()
            .filter(|q| q.depth == 0)
            .take(2)
            .find(|q| q.start <= pos && pos < q.end)
    }

    /// Index of the sentence holding byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let k = self.sents.partition_point(|s| s.start <= pos);
        k.checked_sub(1).filter(|&i| self.sents[i].end > pos)
    }

    /// Per paragraph: does the same paragraph text come again later?
    pub fn repeated_paras(&self) -> &[bool] {
        self.repeated.get_or_init(|| {
            let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
            let mut out = vec![false; self.paras.len()];
            for (i, p) in self.paras.iter().enumerate().rev() {
                let body = &self.text[p.start..p.end];
                if body.len() >= 40 && seen.contains_key(body) {
                    out[i] = true;
                }
                seen.insert(body, i);
            }
            out
        })
    }

    /// Token text.
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens
            .get(i)
            .map(|t| &self.text[t.start..t.end])
            .unwrap_or("")
    }
}
