//! Everything the rules look at in one document, computed once: tokens,
//! paragraphs, sentences, paired quotes and lexicon hits.

use aho_corasick::AhoCorasick;

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
    repeated: std::sync::OnceLock<Vec<bool>>,
}

impl<'t> Analysis<'t> {
    /// Analyses `text`. `ac` holds every lexicon entry; `entry_lex[p]` is the
    /// lexicon of pattern `p`.
    pub fn new(text: &'t str, ac: Option<&AhoCorasick>, entry_lex: &[u16]) -> Self {
        let mut a = Analysis {
            text,
            ..Default::default()
        };
        tokenize(text, &mut a.tokens);
        split(text, &mut a.paras, &mut a.sents);
        pair_quotes(text, &mut a.quotes);
        if let Some(ac) = ac {
            a.find_lexicon_hits(ac, entry_lex);
        }
        let mut k = 0;
        a.hit_at.reserve(a.tokens.len() + 1);
        for i in 0..=a.tokens.len() {
            while k < a.hits.len() && (a.hits[k].tok as usize) < i {
                k += 1;
            }
            a.hit_at.push(k as u32);
        }
        a
    }

    fn find_lexicon_hits(&mut self, ac: &AhoCorasick, entry_lex: &[u16]) {
        let text = self.text;
        for m in ac.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            // Whole words only: the match must start and end on token edges.
            let Ok(first) = self.tokens.binary_search_by_key(&s, |t| t.start) else {
                continue;
            };
            let mut last = first;
            while last < self.tokens.len() && self.tokens[last].end < e {
                last += 1;
            }
            if self.tokens.get(last).is_none_or(|t| t.end != e) {
                continue;
            }
            let Some(&lex) = entry_lex.get(m.pattern().as_usize()) else {
                continue;
            };
            self.hits.push(LexHit {
                tok: first as u32,
                lex,
                ntok: (last - first + 1) as u16,
            });
        }
        self.hits.sort_unstable();
        self.hits.dedup_by(|b, a| {
            a.tok == b.tok && a.lex == b.lex && {
                a.ntok = a.ntok.max(b.ntok);
                true
            }
        });
    }

    /// Longest entry of lexicon `lex` starting at token `i`, in tokens.
    pub fn lex_len_at(&self, i: usize, lex: usize) -> Option<usize> {
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
