//! Everything the rules look at in one document, computed once: tokens,
//! paragraphs, sentences, paired quotes and lexicon hits.

use super::lexicon::LexTrie;
use super::quotes::{QuotePair, pair_quotes};
use super::text::{Paragraph, Sentence, Token, flag, list_marker_len, split, tokenize_noting_rare};
use smallvec::SmallVec;

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

/// Lexicons with a bit in a token's mask (below 63): bit 63 is [`LONG`].
pub const MASKED_LEXICONS: usize = 63;

/// The bit of a token's mask saying that [`Analysis`]'s `long` hits hold
/// one starting there.
const LONG: u64 = 1 << MASKED_LEXICONS;

/// What a sentence is, as bits (tested many sentences at a time by
/// sentence rules).
pub mod sent_flag {
    /// An outermost quotation reaches into it.
    pub const QUOTED: u8 = 1;
    /// It ends with `?`.
    pub const QUESTION: u8 = 2;
    /// Its whole paragraph, with no final full stop.
    pub const HEADING: u8 = 4;
    /// Its whole paragraph, starting `By `.
    pub const BY: u8 = 8;
}

/// Lines without a full stop that hold a number and read as prose, one
/// after another below the story's first full sentence, at least half of
/// them with a comma or semicolon, that make a list of key facts rather
/// than headings.
const KEY_FACT_RUN: usize = 3;

/// A byline further down than this many paragraphs closes no title block:
/// a title, a subheading and a dek at most come before it.
const TITLE_BLOCK_PARAS: usize = 4;

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
    /// The hits a token's mask does not tell in full, sorted by token:
    /// entries of two or more tokens, and hits of lexicons from
    /// [`MASKED_LEXICONS`] on. A mask bit with no hit here is a one-token
    /// entry, as most are.
    long: Vec<LexHit>,
    /// Per token, bit `l` set when an entry of lexicon `l` (below
    /// [`MASKED_LEXICONS`]) starts there, and [`LONG`] when `long` holds a
    /// hit starting there.
    lex_mask: Vec<u64>,
    /// Per token: its start lies inside an outermost quotation.
    in_quote: Vec<bool>,
    /// Per sentence, its token range (as [`Analysis::token_range`]).
    sent_toks: Vec<(u32, u32)>,
    /// Per sentence, the union of its tokens' `lex_mask`.
    sent_masks: Vec<u64>,
    /// Per sentence, its [`sent_flag`] bits.
    sent_flags: Vec<u8>,
    /// The union of `sent_masks`: the lexicons (below
    /// [`MASKED_LEXICONS`]) with an entry in some sentence.
    text_mask: u64,
    /// The union of `sent_flags`.
    text_flags: u8,
    /// Most tokens one lexicon hit covers.
    max_hit_tokens: usize,
    /// Sentences above the byline at the top (the title block).
    title_sents: usize,
    repeated: std::sync::OnceLock<Vec<bool>>,
    /// Per paragraph, its [`super::furniture::bits`], found when first asked.
    furniture: std::sync::OnceLock<Vec<u8>>,
    /// Per lexicon, the tokens where one of its entries starts, in order.
    lex_pos: Vec<Vec<u32>>,
    /// Per bit of [`flag::RARE`], the tokens that have it.
    rare_pos: [Vec<u32>; 4],
    /// Per lexicon, where in `long` its latest hit is: the hit at the
    /// token being read, when it points past that token's first hit and at
    /// the lexicon (so the slots are never cleared). Finding a lexicon's hit
    /// stays one look however many lexicons share an entry.
    lex_slot: Vec<u32>,
}

/// The vectors of an analysis, kept per thread between runs so the next
/// document reuses their memory instead of asking the system again.
#[derive(Default)]
struct Buffers {
    tokens: Vec<Token>,
    paras: Vec<Paragraph>,
    sents: Vec<Sentence>,
    quotes: Vec<QuotePair>,
    long: Vec<LexHit>,
    lex_mask: Vec<u64>,
    in_quote: Vec<bool>,
    sent_toks: Vec<(u32, u32)>,
    sent_masks: Vec<u64>,
    sent_flags: Vec<u8>,
    rare_pos: [Vec<u32>; 4],
    lex_pos: Vec<Vec<u32>>,
    lex_slot: Vec<u32>,
}

thread_local! {
    static SPARE: std::cell::RefCell<Option<Buffers>> = const { std::cell::RefCell::new(None) };
}

/// Buffers larger than this many tokens go back to the system: one huge
/// document should not pin its memory to a thread.
const MAX_SPARE_TOKENS: usize = 1 << 20;

impl Drop for Analysis<'_> {
    fn drop(&mut self) {
        if self.tokens.capacity() > MAX_SPARE_TOKENS {
            return;
        }
        let b = Buffers {
            tokens: std::mem::take(&mut self.tokens),
            paras: std::mem::take(&mut self.paras),
            sents: std::mem::take(&mut self.sents),
            quotes: std::mem::take(&mut self.quotes),
            long: std::mem::take(&mut self.long),
            lex_mask: std::mem::take(&mut self.lex_mask),
            in_quote: std::mem::take(&mut self.in_quote),
            sent_toks: std::mem::take(&mut self.sent_toks),
            sent_masks: std::mem::take(&mut self.sent_masks),
            sent_flags: std::mem::take(&mut self.sent_flags),
            rare_pos: std::mem::take(&mut self.rare_pos),
            lex_pos: std::mem::take(&mut self.lex_pos),
            lex_slot: std::mem::take(&mut self.lex_slot),
        };
        // During thread teardown the slot may be gone: then just free.
        let _ = SPARE.try_with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                *s = Some(b);
            }
        });
    }
}

impl<'t> Analysis<'t> {
    /// Analyses `text`; `lexicons` holds every lexicon entry of the rule set.
    pub fn new(text: &'t str, lexicons: &LexTrie) -> Self {
        let b = SPARE
            .try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.take()))
            .ok()
            .flatten()
            .unwrap_or_default();
        let mut a = Analysis {
            text,
            tokens: b.tokens,
            paras: b.paras,
            sents: b.sents,
            quotes: b.quotes,
            long: b.long,
            lex_mask: b.lex_mask,
            in_quote: b.in_quote,
            sent_toks: b.sent_toks,
            sent_masks: b.sent_masks,
            sent_flags: b.sent_flags,
            text_mask: 0,
            text_flags: 0,
            max_hit_tokens: 0,
            title_sents: 0,
            repeated: Default::default(),
            furniture: Default::default(),
            lex_pos: b.lex_pos,
            rare_pos: b.rare_pos,
            lex_slot: b.lex_slot,
        };
        a.long.clear();
        a.lex_mask.clear();
        a.tokenize();
        split(text, &mut a.paras, &mut a.sents);
        pair_quotes(text, &mut a.quotes);
        a.find_lexicon_hits(lexicons);
        a.mark_quoted_tokens();
        a.sentence_summaries();
        a.title_sents = a.find_title_block();
        a
    }

    /// True when `s` is a byline: a whole paragraph starting `By ` with at
    /// most eight words before any date set off by a bar or bullet.
    pub fn is_byline(&self, s: &Sentence) -> bool {
        let t = &self.text[s.start..s.end];
        // `By Ann Lee, Business Reporter | Oct. 23, 2025 at 8:05 a.m.`: the
        // date after a bar or bullet is no part of the name line.
        let name = t.split(['|', '•', '·']).next().unwrap_or(t);
        s.whole_para && t.starts_with("By ") && name.split_whitespace().count() <= 8
    }

    /// How many sentences lie above the byline, when one of the first
    /// [`TITLE_BLOCK_PARAS`] paragraphs is a byline: the title, subheading
    /// and dek above it are no part of the story. 0 when there is none. A
    /// byline is a whole paragraph, so the sentences before it are those
    /// of the paragraphs above.
    fn find_title_block(&self) -> usize {
        self.sents
            .iter()
            .take_while(|s| s.para < TITLE_BLOCK_PARAS)
            .position(|s| self.is_byline(s))
            .unwrap_or(0)
    }

    /// Sentences above the byline at the top of the text (see
    /// [`Analysis::find_title_block`]).
    pub fn title_sents(&self) -> usize {
        self.title_sents
    }

    /// The tokens, and per bit of [`flag::RARE`] the tokens that have it,
    /// listed as the tokenizer makes them (no pass of their own).
    fn tokenize(&mut self) {
        let rare = &mut self.rare_pos;
        for v in rare.iter_mut() {
            v.clear();
        }
        tokenize_noting_rare(self.text, &mut self.tokens, |i, flags| {
            for (v, &b) in rare.iter_mut().zip(&flag::RARE) {
                if flags & b != 0 {
                    v.push(i as u32);
                }
            }
        });
    }

    /// Per sentence its token range, the lexicons starting in it and its
    /// [`sent_flag`]s. Sentences and tokens are both in text order: one
    /// sweep over the tokens gives all three.
    fn sentence_summaries(&mut self) {
        let (mut toks, mut masks, mut flags) = (
            std::mem::take(&mut self.sent_toks),
            std::mem::take(&mut self.sent_masks),
            std::mem::take(&mut self.sent_flags),
        );
        toks.clear();
        masks.clear();
        flags.clear();
        let n = self.tokens.len();
        let (tokens, lex_mask, in_quote) =
            (&self.tokens[..n], &self.lex_mask[..n], &self.in_quote[..n]);
        let (text, paras) = (self.text, &self.paras);
        let mut k = 0;
        // Per sentence: a line without a full stop that reads as a fact
        // (a digit and lower-case words), and a run of such lines.
        let mut fact_lines: SmallVec<[usize; 8]> = SmallVec::new();
        let mut run: SmallVec<[usize; 8]> = SmallVec::new();
        let (mut run_clauses, mut body) = (0, false);
        // A run ends: its lines are key facts when it is long enough and at
        // least half of them list clauses.
        let flush = |run: &mut SmallVec<[usize; 8]>,
                     clauses: &mut usize,
                     lines: &mut SmallVec<[usize; 8]>| {
            if run.len() >= KEY_FACT_RUN && *clauses * 2 >= run.len() {
                lines.extend_from_slice(run);
            }
            run.clear();
            *clauses = 0;
        };
        for (si, s) in self.sents.iter().enumerate() {
            while k < n && tokens[k].start() < s.start {
                k += 1;
            }
            let t0 = k;
            let (mut m, mut quoted) = (0u64, false);
            while k < n && tokens[k].start() < s.end {
                m |= lex_mask[k];
                // A quotation reaching into a sentence holds the start of
                // one of its tokens: the sentence's own first one when it
                // opened earlier (sentences are trimmed), else its opening
                // mark.
                quoted |= in_quote[k];
                k += 1;
            }
            toks.push((t0 as u32, k as u32));
            masks.push(m);
            // Only below the story's first full sentence: a headline, its
            // dek and a dateline are above it.
            body |= s.whole_para && s.terminated;
            let fact = body
                && s.whole_para
                && !s.terminated
                && tokens[t0..k].iter().any(|t| t.has(flag::DIGIT))
                && tokens[t0..k]
                    .iter()
                    .filter(|t| t.has(flag::LOWER))
                    .nth(2)
                    .is_some();
            // Key facts list clauses (`Revenue of $1.24 billion, up 14%`);
            // a list of headlines or times seldom does.
            let clauses = fact && text[s.start..s.end].contains([',', ';']);
            let next_para = run
                .last()
                .is_some_and(|&r| self.sents[r].para + 1 == s.para);
            if !fact || !next_para {
                flush(&mut run, &mut run_clauses, &mut fact_lines);
            }
            if fact {
                run.push(si);
                run_clauses += usize::from(clauses);
            }
            let bit = |b: bool, f: u8| if b { f } else { 0 };
            flags.push(
                bit(quoted, sent_flag::QUOTED)
                    | bit(s.question, sent_flag::QUESTION)
                    | bit(
                        // A list item (`- Rents rose 5.5%`) without a full
                        // stop is a key fact, not a heading.
                        s.whole_para
                            && !s.terminated
                            && paras
                                .get(s.para)
                                .is_none_or(|p| list_marker_len(&text[p.start..p.end]) == 0),
                        sent_flag::HEADING,
                    )
                    | bit(
                        s.whole_para && text[s.start..].starts_with("By "),
                        sent_flag::BY,
                    ),
            );
        }
        flush(&mut run, &mut run_clauses, &mut fact_lines);
        // `Revenue of $1.24 billion, up 14% year over year` and the lines
        // after it: a list of key facts set without full stops, not headings.
        for si in fact_lines {
            flags[si] &= !sent_flag::HEADING;
        }
        self.text_mask = masks.iter().fold(0, |m, x| m | x);
        self.text_flags = flags.iter().fold(0, |m, x| m | x);
        self.sent_toks = toks;
        self.sent_masks = masks;
        self.sent_flags = flags;
    }

    /// True when sentence `si` is a heading: its whole paragraph, without
    /// a full stop, and no list item or key fact (see `sentence_summaries`).
    #[inline]
    pub fn sent_heading(&self, si: usize) -> bool {
        self.sent_flags
            .get(si)
            .is_some_and(|f| f & sent_flag::HEADING != 0)
    }

    /// True when an outermost quotation reaches into sentence `si`.
    #[inline]
    pub fn sent_quoted(&self, si: usize) -> bool {
        self.sent_flags
            .get(si)
            .is_some_and(|f| f & sent_flag::QUOTED != 0)
    }

    /// False when no sentence has every lexicon of `lexicons` and every
    /// flag of `flags` (see [`Analysis::sents_admitting`]): then a rule
    /// gated on them need not look at the text.
    pub fn may_admit(&self, lexicons: u64, flags: u8) -> bool {
        self.text_mask & lexicons == lexicons && self.text_flags & flags == flags
    }

    /// The sentences among the first `n` that have every lexicon of
    /// `lexicons` (bits below [`MASKED_LEXICONS`], as
    /// [`Analysis::sent_may_have`] tells them) and every [`sent_flag`] of
    /// `flags`, in order: the test of all a sentence rule's conditions at
    /// once, before their values are looked at; one pass over two short
    /// arrays.
    pub fn sents_admitting(
        &self,
        n: usize,
        lexicons: u64,
        flags: u8,
    ) -> impl Iterator<Item = usize> + '_ {
        let n = n.min(self.sent_masks.len()).min(self.sent_flags.len());
        self.sent_masks[..n]
            .iter()
            .zip(&self.sent_flags[..n])
            .enumerate()
            .filter(move |(_, (m, f))| *m & lexicons == lexicons && *f & flags == flags)
            .map(|(si, _)| si)
    }

    /// False when no entry of lexicon `lex` starts in sentence `si` (a
    /// quick test before looking at hits; lexicons past the masked ones
    /// say true).
    #[inline]
    pub fn sent_may_have(&self, si: usize, lex: usize) -> bool {
        lex >= MASKED_LEXICONS || self.sent_masks.get(si).is_some_and(|m| m & (1 << lex) != 0)
    }

    /// Lexicon hits: per token, every entry that starts at its start and
    /// ends at a token's end; per (token, lexicon) the longest one.
    fn find_lexicon_hits(&mut self, trie: &LexTrie) {
        let n = self.tokens.len();
        self.lex_mask.resize(n, 0);
        // The lists are reused from the thread's last text.
        for v in self.lex_pos.iter_mut() {
            v.clear();
        }
        let Some(walker) = trie.walker() else {
            return;
        };
        if self.lex_pos.len() < walker.lexicons() {
            self.lex_pos.resize_with(walker.lexicons(), Vec::new);
        }
        if self.lex_slot.len() < walker.lexicons() {
            self.lex_slot.resize(walker.lexicons(), u32::MAX);
        }
        let slots = &mut self.lex_slot;
        let bytes = self.text.as_bytes();
        let tokens = &self.tokens;
        let long = &mut self.long;
        let lists = &mut self.lex_pos;
        let mut longest = 1;
        for first in 0..n {
            let from = long.len();
            let mut mask = 0;
            walker.walk(bytes, tokens, first, |last, lexes, m| {
                let ntok = (last - first + 1) as u16;
                longest = longest.max(ntok as usize);
                // Most hits: a one-token entry of masked lexicons, one push
                // per lexicon.
                let mut fresh = m & !mask & !LONG;
                while fresh != 0 {
                    lists[fresh.trailing_zeros() as usize].push(first as u32);
                    fresh &= fresh - 1;
                }
                mask |= m & !LONG;
                if ntok == 1 && m & LONG == 0 {
                    return;
                }
                // Entries come shortest first: a later one is the longer
                // hit of a lexicon already hit here.
                for &l in lexes {
                    let masked = (l as usize) < MASKED_LEXICONS;
                    if masked && ntok == 1 {
                        continue;
                    }
                    let slot = &mut slots[l as usize];
                    match long.get_mut(*slot as usize) {
                        Some(h) if *slot as usize >= from && h.lex == l => h.ntok = ntok,
                        _ => {
                            *slot = long.len() as u32;
                            long.push(LexHit {
                                tok: first as u32,
                                lex: l,
                                ntok,
                            });
                            if !masked {
                                lists[l as usize].push(first as u32);
                            }
                        }
                    }
                }
            });
            if long.len() > from {
                mask |= LONG;
            }
            self.lex_mask[first] = mask;
        }
        self.max_hit_tokens = longest;
    }

    /// Removes the hits of lexicon `verbs` (reporting verbs) that are also
    /// entries of lexicon `cues` (verbs with other senses: `added`,
    /// `states`, `estimated`) and have no speech cue: `that`, a pronoun,
    /// `:` or an opening quotation mark right after, or a comma or closing
    /// quotation mark at most four words before (`”, she added`).
    pub fn drop_uncued_verbs(&mut self, verbs: usize, cues: usize) {
        let is_open = |w: &str| matches!(w, "“" | "\"" | "«" | "„" | "‘" | ":");
        let is_close = |w: &str| matches!(w, "”" | "\"" | "»" | "’" | ",");
        let mut dropped: SmallVec<[usize; 8]> = SmallVec::new();
        for &t in self.lex_positions(verbs) {
            let i = t as usize;
            let Some(n) = self.lex_len_at(i, verbs) else {
                continue;
            };
            if self.lex_len_at(i, cues) != Some(n) {
                continue;
            }
            let next = self.word(i + n);
            // `that`, or a clause with a pronoun subject (`Trump added he …`).
            let cued_after = ["that", "he", "she", "they", "it", "we", "i", "there"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(next))
                || is_open(next);
            // The closer a few words before, if any: a comma or a closing
            // quotation mark (`”, she added`).
            let closer = (i.saturating_sub(5)..i).rev().find_map(|j| {
                let w = self.word(j);
                if is_close(w) {
                    Some(Some(w))
                } else if self.tokens[j].has(super::text::flag::PUNCT) {
                    Some(None)
                } else {
                    None
                }
            });
            let cued_before = matches!(closer, Some(Some(_)));
            // `Strand added a sacrifice fly`, `added two goals`: `added`
            // with an object is no speech, even after a comma (`Houston,
            // and Strand added …`); after a closing quotation mark it is
            // (`”, he added a few minutes later`).
            let quoted = matches!(closer, Some(Some(w)) if w != ",");
            let object = !quoted
                && self.word(i).eq_ignore_ascii_case("added")
                && (self
                    .tokens
                    .get(i + n)
                    .is_some_and(|t| t.has(super::text::flag::LIKE_NUM))
                    || ["a", "an", "another"]
                        .iter()
                        .any(|w| w.eq_ignore_ascii_case(next)));
            if object || !cued_after && !cued_before {
                dropped.push(i);
            }
        }
        if dropped.is_empty() {
            return;
        }
        for &i in &dropped {
            if verbs < MASKED_LEXICONS {
                self.lex_mask[i] &= !(1u64 << verbs);
            }
            // No lexicon has this index: the hit is never found again.
            for h in self.long_at_mut(i) {
                if h.lex as usize == verbs {
                    h.lex = u16::MAX;
                }
            }
        }
        if let Some(list) = self.lex_pos.get_mut(verbs) {
            list.retain(|t| dropped.binary_search(&(*t as usize)).is_err());
        }
    }

    /// Where the `long` hits starting at token `i` are in `long`.
    fn long_range(&self, i: usize) -> std::ops::Range<usize> {
        if self.lex_mask.get(i).is_none_or(|m| m & LONG == 0) {
            return 0..0;
        }
        let from = self.long.partition_point(|h| (h.tok as usize) < i);
        from..from + self.long[from..].partition_point(|h| h.tok as usize == i)
    }

    /// The `long` hits starting at token `i`.
    fn long_at(&self, i: usize) -> &[LexHit] {
        &self.long[self.long_range(i)]
    }

    /// [`Analysis::long_at`], to change.
    fn long_at_mut(&mut self, i: usize) -> &mut [LexHit] {
        let r = self.long_range(i);
        &mut self.long[r]
    }

    /// Every lexicon hit, sorted by token and lexicon: per (token, lexicon)
    /// the longest entry (what the tests compare with a whole-text search).
    #[cfg(test)]
    pub fn hits(&self) -> Vec<LexHit> {
        let mut v: Vec<LexHit> = (0..self.lex_pos.len())
            .flat_map(|l| {
                self.lex_positions(l).iter().filter_map(move |&t| {
                    Some(LexHit {
                        tok: t,
                        lex: l as u16,
                        ntok: self.lex_len_at(t as usize, l)? as u16,
                    })
                })
            })
            .collect();
        v.sort_unstable();
        v
    }

    /// Sets `in_quote` for tokens starting inside an outermost quotation
    /// (outermost quotations never overlap, so one sweep does it).
    fn mark_quoted_tokens(&mut self) {
        self.in_quote.clear();
        self.in_quote.resize(self.tokens.len(), false);
        // Per quotation, its tokens are a run found by binary search: most
        // tokens lie outside every quotation and are not looked at.
        for q in self.quotes.iter().filter(|q| q.depth == 0) {
            let (from, to) = self.token_range(q.start, q.end);
            self.in_quote[from..to].fill(true);
        }
    }

    /// True when token `i` starts inside a quotation (as
    /// `quote_at(start).is_some()`).
    #[inline]
    pub fn tok_in_quote(&self, i: usize) -> bool {
        self.in_quote.get(i).copied().unwrap_or(false)
    }

    /// True when an entry of lexicon `lex` starts at token `i`.
    #[inline]
    pub fn lex_starts_at(&self, i: usize, lex: usize) -> bool {
        if lex < MASKED_LEXICONS {
            return self.lex_mask.get(i).is_some_and(|m| m & (1 << lex) != 0);
        }
        self.lex_len_at(i, lex).is_some()
    }

    /// The tokens where an entry of lexicon `lex` starts, in order.
    pub fn lex_positions(&self, lex: usize) -> &[u32] {
        self.lex_pos.get(lex).map_or(&[], |v| &v[..])
    }

    /// True when an entry of lexicon `lex` starts at a token of `t0..t1`.
    pub fn has_lex_in(&self, lex: usize, t0: usize, t1: usize) -> bool {
        let p = self.lex_positions(lex);
        p.get(p.partition_point(|&t| (t as usize) < t0))
            .is_some_and(|&t| (t as usize) < t1)
    }

    /// The tokens with flag `bit`, in order, when `bit` is one of
    /// [`flag::RARE`] (few tokens have them, so the lists are short).
    pub fn rare_flag_positions(&self, bit: u16) -> Option<&[u32]> {
        let k = flag::RARE.iter().position(|&b| b == bit)?;
        Some(&self.rare_pos[k])
    }

    /// Bits of the lexicons below [`MASKED_LEXICONS`] with an entry
    /// starting at token `i` (bit 63 means nothing outside this module).
    #[inline]
    pub fn lex_mask(&self, i: usize) -> u64 {
        self.lex_mask.get(i).copied().unwrap_or(0)
    }

    /// Most tokens one lexicon hit covers (a bound on what a phrase spec
    /// consumes).
    pub fn max_hit_tokens(&self) -> usize {
        self.max_hit_tokens
    }

    /// Token range of sentence `si`.
    pub fn sent_tokens(&self, si: usize) -> (usize, usize) {
        self.sent_toks
            .get(si)
            .map_or((0, 0), |&(a, b)| (a as usize, b as usize))
    }

    /// Longest entry of lexicon `lex` starting at token `i`, in tokens.
    #[inline]
    pub fn lex_len_at(&self, i: usize, lex: usize) -> Option<usize> {
        let m = *self.lex_mask.get(i)?;
        let masked = lex < MASKED_LEXICONS;
        if masked && m & (1 << lex) == 0 {
            return None;
        }
        let long = self.long_at(i).iter().filter(|h| h.lex as usize == lex);
        match long.map(|h| h.ntok as usize).max() {
            Some(n) => Some(n),
            None => masked.then_some(1),
        }
    }

    /// Token index range of the tokens inside `start..end` (bytes).
    pub fn token_range(&self, start: usize, end: usize) -> (usize, usize) {
        let a = self.token_from(start);
        (a, a + self.tokens[a..].partition_point(|t| t.start() < end))
    }

    /// The text from token `s` to token `e - 1` (`s < e`), both whole.
    #[inline]
    pub fn tokens_text(&self, s: usize, e: usize) -> &'t str {
        &self.text[self.tokens[s].start()..self.tokens[e - 1].end()]
    }

    /// The first token starting at byte `pos` or after it (the number of
    /// tokens when there is none).
    pub fn token_from(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start() < pos)
    }

    /// Hits of lexicon `lex` with all their tokens in tokens `a..b`.
    pub fn hits_in_tokens(
        &self,
        lex: usize,
        a: usize,
        b: usize,
    ) -> impl Iterator<Item = LexHit> + '_ {
        // From the lexicon's own token list: a sentence holds about as many
        // hits as tokens, of all lexicons, and most of them are not `lex`'s.
        let list = self.lex_positions(lex);
        let from = list.partition_point(|&t| (t as usize) < a);
        list[from..]
            .iter()
            .take_while(move |&&t| (t as usize) < b)
            .filter_map(move |&t| {
                let n = self.lex_len_at(t as usize, lex)?;
                (t as usize + n <= b).then_some(LexHit {
                    tok: t,
                    lex: lex as u16,
                    ntok: n as u16,
                })
            })
    }

    /// The outermost quote covering byte `pos`, if any (the definition
    /// `tok_in_quote` is tested against).
    #[cfg(test)]
    pub fn quote_at(&self, pos: usize) -> Option<&QuotePair> {
        let k = self.quotes.partition_point(|q| q.start <= pos);
        self.quotes[..k]
            .iter()
            .rev()
            .filter(|q| q.depth == 0)
            .take(2)
            .find(|q| q.start <= pos && pos < q.end)
    }

    /// True when a quotation opens at byte `pos`.
    pub fn quote_opens_at(&self, pos: usize) -> bool {
        self.quotes.binary_search_by_key(&pos, |q| q.start).is_ok()
    }

    /// Index of the sentence holding byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let k = self.sents.partition_point(|s| s.start <= pos);
        k.checked_sub(1).filter(|&i| self.sents[i].end > pos)
    }

    /// Paragraph `p`'s [`super::furniture::bits`] (embedded post, bio).
    pub fn furniture(&self, p: usize) -> u8 {
        let f = self
            .furniture
            .get_or_init(|| super::furniture::classify(self.text, &self.paras));
        f.get(p).copied().unwrap_or(0)
    }

    /// Per paragraph: does the same paragraph text come again later?
    pub fn repeated_paras(&self) -> &[bool] {
        self.repeated.get_or_init(|| {
            // Paragraphs of 40 bytes or more, last first: one seen already
            // comes again later.
            // Hashed by length and the first and last 16 bytes, not the
            // whole text: hashing every paragraph cost a pass over the text.
            // Paragraphs that hash alike are compared in full.
            let mut seen: rustc_hash::FxHashSet<Para<'_>> =
                rustc_hash::FxHashSet::with_capacity_and_hasher(
                    self.paras.len(),
                    Default::default(),
                );
            let mut out = vec![false; self.paras.len()];
            for (i, p) in self.paras.iter().enumerate().rev() {
                let body = &self.text[p.start..p.end];
                if body.len() >= 40 && !seen.insert(Para(body)) {
                    out[i] = true;
                }
            }
            out
        })
    }

    /// True when token `i` is capitalised inside a sentence starting at
    /// token `t0` (not first, not after punctuation, not all capitals): a
    /// name (`in May`, `Will Smith`), not the lexicon's common word.
    pub fn name_like(&self, i: usize, t0: usize) -> bool {
        let t = self.tokens[i];
        i > t0
            && t.has(super::text::flag::TITLE)
            && !t.has(super::text::flag::UPPER)
            && !self.tokens[i - 1].has(super::text::flag::PUNCT)
    }

    /// True when a line feed lies between token `i` and the one before.
    #[inline]
    pub fn line_break_before(&self, i: usize) -> bool {
        let (Some(p), Some(t)) = (
            i.checked_sub(1).and_then(|p| self.tokens.get(p)),
            self.tokens.get(i),
        ) else {
            return false;
        };
        self.text.as_bytes()[p.end()..t.start()].contains(&b'\n')
    }

    /// Token text.
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens
            .get(i)
            .map(|t| &self.text[t.start()..t.end()])
            .unwrap_or("")
    }
}

/// A paragraph's text, hashed by its length and its first and last 16
/// bytes (or fewer, in a shorter one); equal only in full.
#[derive(PartialEq, Eq)]
struct Para<'t>(&'t str);

impl std::hash::Hash for Para<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        let b = self.0.as_bytes();
        let n = b.len().min(16);
        h.write_usize(b.len());
        h.write(&b[..n]);
        h.write(&b[b.len() - n..]);
    }
}

#[cfg(test)]
mod tests {
    use aho_corasick::{AhoCorasickBuilder, MatchKind};

    use super::*;

    const LEXICONS: &[&[&str]] = &[
        &[
            "about",
            "about a",
            "more than",
            "a",
            "an",
            "and/or",
            "US$",
            "$",
            "€",
            "per cent",
        ],
        &["said", "according to", "a", "told"],
        &["Mr", "the president", "president"],
        &[
            "5",
            "5,000",
            "u.s",
            "a.m.",
            "o’clock",
            "café",
            "CAFÉ au lait",
            "🙂 ok",
            "e\u{301}",
        ],
    ];

    const TEXTS: &[&str] = &[
        "About a million people, more than 5,000, said MORE THAN that. US$ 5 and $6 or €7.",
        "“He told us,” Mr. Smith said, according to aides; per  cent and per cent and/or anda.",
        "The President said: ‘a “nested” one’ and \"straight\" 'single' «guillemets» „low“\nx “open",
        "",
        "a",
        "5,000 or 5 at 9 a.m. in the U.S. at six o’clock, Café au lait, café au lait 🙂 OK e\u{301}!",
        // A word that is an entry and starts a phrase: the next token
        // other, apart, on the next line, or missing.
        "Talk about it, ABOUT A dozen, about  a few, about\na, café au, café, about",
    ];

    /// Lexicon hits as an overlapping aho-corasick search over the whole
    /// text, kept where they start and end on token edges; lexicon `k` of
    /// [`LEXICONS`] has index `base + k`.
    fn reference_hits(text: &str, tokens: &[Token], base: u16) -> Vec<LexHit> {
        let (mut pats, mut lex) = (Vec::new(), Vec::new());
        for (k, l) in LEXICONS.iter().enumerate() {
            for e in *l {
                pats.push(*e);
                lex.push(base + k as u16);
            }
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&pats)
            .unwrap();
        let mut hits = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let Ok(first) = tokens.binary_search_by_key(&m.start(), |t| t.start()) else {
                continue;
            };
            let Some(last) = (first..tokens.len()).find(|&k| tokens[k].end() >= m.end()) else {
                continue;
            };
            if tokens[last].end() == m.end() {
                hits.push(LexHit {
                    tok: first as u32,
                    lex: lex[m.pattern().as_usize()],
                    ntok: (last - first + 1) as u16,
                });
            }
        }
        hits.sort_unstable();
        hits.dedup_by(|b, a| {
            a.tok == b.tok && a.lex == b.lex && {
                a.ntok = a.ntok.max(b.ntok);
                true
            }
        });
        hits
    }

    #[test]
    fn trie_hits_equal_a_whole_text_search() {
        // From 0, lexicons all have a mask bit; from 61 the last ones have
        // none and are told by their hits alone.
        for base in [0, MASKED_LEXICONS as u16 - 2] {
            let mut trie = LexTrie::default();
            for (k, l) in LEXICONS.iter().enumerate() {
                for e in *l {
                    trie.insert(e, base + k as u16);
                }
            }
            let lexicons = base as usize..base as usize + LEXICONS.len();
            for text in TEXTS {
                let a = Analysis::new(text, &trie);
                assert_eq!(a.hits(), reference_hits(text, &a.tokens, base), "{text}");
                for (i, _) in a.tokens.iter().enumerate() {
                    for l in 0..lexicons.end + 1 {
                        assert_eq!(a.lex_starts_at(i, l), a.lex_len_at(i, l).is_some());
                        if !lexicons.contains(&l) {
                            assert_eq!(a.lex_len_at(i, l), None);
                        }
                    }
                }
                for l in 0..lexicons.end + 1 {
                    let want: Vec<u32> = a
                        .hits()
                        .iter()
                        .filter(|h| h.lex as usize == l)
                        .map(|h| h.tok)
                        .collect();
                    assert_eq!(a.lex_positions(l), &want[..], "{text} {l}");
                }
            }
        }
        let trie = {
            let mut t = LexTrie::default();
            for (k, l) in LEXICONS.iter().enumerate() {
                for e in *l {
                    t.insert(e, k as u16);
                }
            }
            t
        };
        // The thread's next analysis reuses the lists: one with no lexicons
        // finds none of the last text's entries, nor one whose verbs were
        // dropped (`added` with no speech cue).
        let text = TEXTS[1];
        let a = Analysis::new(text, &trie);
        assert!(!a.lex_positions(1).is_empty());
        drop(a);
        let a = Analysis::new(text, &LexTrie::default());
        assert!((0..LEXICONS.len()).all(|l| a.lex_positions(l).is_empty()));
        drop(a);
        // Dropped verbs are gone from every view, masked or not, one token
        // or more.
        for (v, c) in [(0, 1), (70, 71), (0, 71)] {
            let mut verbs = LexTrie::default();
            for e in ["added", "added up"] {
                verbs.insert(e, v);
                verbs.insert(e, c);
            }
            let text = "Prices added 3%. “Yes,” she added. Costs added up.";
            let mut a = Analysis::new(text, &verbs);
            assert_eq!(a.lex_positions(v as usize), &[1, 10, 13]);
            assert_eq!(a.lex_len_at(13, v as usize), Some(2));
            a.drop_uncued_verbs(v as usize, c as usize);
            assert_eq!(a.lex_positions(v as usize), &[10], "{v}");
            for i in [1, 13] {
                assert!(!a.lex_starts_at(i, v as usize));
                assert_eq!(a.lex_len_at(i, v as usize), None);
                assert!(a.lex_starts_at(i, c as usize));
            }
            assert!(a.hits().iter().all(|h| h.lex != v || h.tok == 10));
        }
    }

    #[test]
    fn quoted_tokens_and_repeated_paragraphs() {
        let trie = LexTrie::default();
        for text in TEXTS {
            let a = Analysis::new(text, &trie);
            for (i, t) in a.tokens.iter().enumerate() {
                assert_eq!(
                    a.tok_in_quote(i),
                    a.quote_at(t.start()).is_some(),
                    "{text} {i}"
                );
            }
        }
        let p = "A paragraph of more than forty bytes, repeated below.";
        let text = format!(
            "{p}\nShort one\n{p}\nShort one\nOther text of more than forty bytes here.\n{p}"
        );
        let a = Analysis::new(&text, &trie);
        assert_eq!(
            a.repeated_paras(),
            &[true, false, true, false, false, false]
        );
        // Same length, head and tail, different middle: not repeated.
        let (x, y) = (
            format!("{}A{}", "h".repeat(20), "t".repeat(20)),
            format!("{}B{}", "h".repeat(20), "t".repeat(20)),
        );
        let text = format!("{x}\n{y}\n{x}");
        let a = Analysis::new(&text, &trie);
        assert_eq!(a.repeated_paras(), &[true, false, false]);
        // The sentences' token ranges, found in one sweep, are the ones a
        // search for each gives, and so are their quotes and lexicons.
        let mut lexicons = LexTrie::default();
        for (k, l) in LEXICONS.iter().enumerate() {
            for e in *l {
                lexicons.insert(e, k as u16);
            }
        }
        for text in TEXTS.iter().copied().chain([text.as_str()]) {
            let a = Analysis::new(text, &lexicons);
            // The tokens of each rare flag, listed while tokenizing.
            for bit in flag::RARE {
                let want: Vec<u32> = (0..a.tokens.len() as u32)
                    .filter(|&i| a.tokens[i as usize].has(bit))
                    .collect();
                assert_eq!(a.rare_flag_positions(bit), Some(&want[..]), "{text} {bit}");
            }
            for (si, s) in a.sents.iter().enumerate() {
                assert_eq!(a.sent_tokens(si), a.token_range(s.start, s.end), "{text}");
                let overlaps = a
                    .quotes
                    .iter()
                    .any(|q| q.depth == 0 && q.start < s.end && s.start < q.end);
                assert_eq!(a.sent_quoted(si), overlaps, "{text} {si}");
                let (t0, t1) = a.sent_tokens(si);
                for l in 0..LEXICONS.len() {
                    let starts = (t0..t1).any(|t| a.lex_starts_at(t, l));
                    assert_eq!(a.sent_may_have(si, l), starts, "{text} {si} {l}");
                }
            }
        }
    }
}
